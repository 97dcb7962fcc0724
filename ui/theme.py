"""Light and dark: View ▸ Theme (System, Light, Dark), and the colours the panes paint with.

*System* follows the desktop's colour scheme (`QStyleHints.colorScheme`), and changes with it.
Where the platform's style does not follow a scheme by itself (Linux without a desktop theme, the
"windowsvista" style, an X session with no settings daemon), and whenever *Dark* is forced, the
window uses Qt's Fusion style with a palette of our own, so every platform looks the same way
dark. *Light* forced on such a platform is the style's own palette.

Colours that carry meaning (a stance, an altered file, a claim's mark in the source, the rating
buttons) come from here, in a light and a dark set; every text colour reaches a WCAG contrast of
at least 4.5:1 on the background it is painted on (tests/test_ui_theme.py computes each pair).
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget
from shiboken6 import isValid


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


@dataclass(frozen=True)
class Colours:
    """What the panes paint with beyond the palette, for one scheme."""

    muted: str  # secondary text: where a claim was said, the file's details, hints
    danger: str  # an altered or missing attachment
    link: str  # an address in a list
    supports: str  # stances
    refutes: str
    context: str
    other_claim: str  # background of the claims marked in the source, not the one shown
    current_unrated: str  # background of the claim shown, while it has no rating
    suggested: str  # the dotted underline of a suggested sentence (not text)
    rating_alpha: int  # how much of the rating's colour is laid under the claim shown (0–255)


LIGHT = Colours(
    muted="#546E7A",
    danger="#C62828",
    link="#1565C0",
    supports="#1B5E20",
    refutes="#C62828",
    context="#546E7A",
    other_claim="#E3EAF4",
    current_unrated="#FFE082",
    suggested="#9AA5B1",
    rating_alpha=90,
)
DARK = Colours(
    muted="#A9BAC3",
    danger="#FF8A80",
    link="#8AB4F8",
    supports="#81C784",
    refutes="#FF8A80",
    context="#B0BEC5",
    other_claim="#34445A",
    current_unrated="#6B5518",
    suggested="#7D8A97",
    rating_alpha=110,
)


# -- contrast (WCAG 2.x) --------------------------------------------------------------------------


def luminance(colour: QColor | str) -> float:
    colour = QColor(colour)

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(text: QColor | str, background: QColor | str) -> float:
    """WCAG contrast ratio, 1 to 21."""
    a, b = sorted((luminance(text), luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def blend(top: QColor | str, bottom: QColor | str, alpha: int) -> QColor:
    """`top` laid over `bottom` with `alpha` (0–255): what a translucent mark looks like."""
    top, bottom = QColor(top), QColor(bottom)
    f = alpha / 255
    return QColor.fromRgbF(
        top.redF() * f + bottom.redF() * (1 - f),
        top.greenF() * f + bottom.greenF() * (1 - f),
        top.blueF() * f + bottom.blueF() * (1 - f),
    )


def text_on(background: QColor | str) -> str:
    """Black or white, whichever reads better on `background` (a rating's own colour)."""
    return "#000000" if contrast("#000000", background) >= contrast("#FFFFFF", background) else "#FFFFFF"


# -- palettes ---------------------------------------------------------------------------------------


def dark_palette() -> QPalette:
    """Fusion's palette, dark: text #E6E6E6 on #1E1E1E (contrast 14:1), muted text 9:1."""
    p = QPalette()
    role_, group_ = QPalette.ColorRole, QPalette.ColorGroup
    for role, value in (
        (role_.Window, "#2D2D30"),
        (role_.WindowText, "#E6E6E6"),
        (role_.Base, "#1E1E1E"),
        (role_.AlternateBase, "#27272A"),
        (role_.ToolTipBase, "#3A3A3D"),
        (role_.ToolTipText, "#E6E6E6"),
        (role_.PlaceholderText, "#A0A0A0"),
        (role_.Text, "#E6E6E6"),
        (role_.Button, "#3A3A3D"),
        (role_.ButtonText, "#E6E6E6"),
        (role_.BrightText, "#FF8A80"),
        (role_.Light, "#505054"),
        (role_.Midlight, "#444447"),
        (role_.Mid, "#37373A"),
        (role_.Dark, "#1A1A1C"),
        (role_.Shadow, "#000000"),
        (role_.Highlight, "#2F65CA"),
        (role_.HighlightedText, "#FFFFFF"),
        (role_.Link, DARK.link),
        (role_.LinkVisited, "#C58AF9"),
    ):
        p.setColor(role, QColor(value))
    for role in (role_.WindowText, role_.Text, role_.ButtonText):
        p.setColor(group_.Disabled, role, QColor("#7A7A7A"))
    p.setColor(group_.Disabled, role_.Base, QColor("#262629"))
    p.setColor(group_.Disabled, role_.Button, QColor("#323235"))
    p.setColor(group_.Disabled, role_.Highlight, QColor("#4A4A4D"))
    return p


def light_palette() -> QPalette:
    """Fusion's light palette, with a selection dark enough for white text (5:1, Fusion's own
    #308CC6 gives 3.7:1) and a placeholder that can be read (5.3:1)."""
    p = QPalette(QColor("#EFEFEF"), QColor("#EFEFEF"))
    role_ = QPalette.ColorRole
    for role, value in (
        (role_.Base, "#FFFFFF"),
        (role_.AlternateBase, "#F7F7F7"),
        (role_.Text, "#000000"),
        (role_.WindowText, "#000000"),
        (role_.ButtonText, "#000000"),
        (role_.PlaceholderText, "#6B6B6B"),
        (role_.Highlight, "#2A6FB8"),
        (role_.HighlightedText, "#FFFFFF"),
        (role_.ToolTipBase, "#FFFFDC"),
        (role_.ToolTipText, "#000000"),
        (role_.Link, LIGHT.link),
    ):
        p.setColor(role, QColor(value))
    return p


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colours() -> Colours:
    """The set for the palette in use now."""
    return DARK if is_dark() else LIGHT


def colour(name: str) -> QColor:
    return QColor(getattr(colours(), name))


def stance_colour(stance) -> QColor:
    """A stance's colour (app.models.Stance or its value) in the theme in force."""
    name = getattr(stance, "value", stance)
    return QColor(getattr(colours(), name, None) or colours().context)


# -- applying -----------------------------------------------------------------------------------------


class _Applier(QObject):
    """Follows the desktop's scheme while the choice is System; recolours muted widgets."""

    changed = Signal(bool)  # a theme was put in force; dark or not

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.choice = Theme.SYSTEM
        self.overridden = False  # our palette (and Fusion) is in use, not the style's own
        self.muted: weakref.WeakSet[QWidget] = weakref.WeakSet()
        app.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)

    def _on_scheme_changed(self, _scheme) -> None:
        if self.choice == Theme.SYSTEM:
            apply(self.choice)


def _applier() -> _Applier:
    app = QApplication.instance()
    found = app.findChild(_Applier, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return found or _Applier(app)


def apply(choice: Theme | str) -> bool:
    """Put the theme in force for the whole application; True if it is dark."""
    app = QApplication.instance()
    state = _applier()
    state.choice = choice = Theme(choice)
    hints = app.styleHints()
    if choice == Theme.SYSTEM:
        hints.unsetColorScheme()
        wanted_dark = hints.colorScheme() == Qt.ColorScheme.Dark
    else:
        wanted_dark = choice == Theme.DARK
        hints.setColorScheme(Qt.ColorScheme.Dark if wanted_dark else Qt.ColorScheme.Light)
    if state.overridden:  # back to the style's own palette, to see whether it follows by itself
        app.setPalette(app.style().standardPalette())
        state.overridden = False
    follows = is_dark(app.palette()) == wanted_dark
    if not follows or app.style().name().lower() == "fusion":
        # the platform's style does not follow the scheme (or it is Fusion, whose colours are
        # ours to choose): Fusion with our palette, whose every pair is legible
        _use_fusion(app)
        app.setPalette(dark_palette() if wanted_dark else light_palette())
        state.overridden = True
    _recolour(state)
    dark = is_dark(app.palette())
    state.changed.emit(dark)
    return dark


def changed() -> Signal:
    """Emitted (dark or not) whenever a theme is put in force, by the menu or the desktop."""
    return _applier().changed


def _use_fusion(app: QApplication) -> None:
    if app.style().name().lower() != "fusion" and "fusion" in (k.lower() for k in QStyleFactory.keys()):  # noqa: SIM118
        app.setStyle("Fusion")


def current_choice() -> Theme:
    return _applier().choice


def mute(widget: QWidget) -> None:
    """Paint `widget`'s text in the muted colour of the theme in force, now and after a change."""
    state = _applier()
    state.muted.add(widget)
    _mute(widget)


def _mute(widget: QWidget) -> None:
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colours().muted))
    palette.setColor(QPalette.ColorRole.Text, QColor(colours().muted))
    widget.setPalette(palette)


def _recolour(state: _Applier) -> None:
    for widget in list(state.muted):
        if isValid(widget):
            _mute(widget)
        else:  # its window closed: the wrapper outlived it
            state.muted.discard(widget)
    for widget in QApplication.allWidgets():
        widget.update()
