"""Light and dark (issue 12): View ▸ Theme, kept in the settings, and every text colour legible.

The contrast test computes the WCAG ratio of each text colour against the background it is painted
on, in the light and the dark palette: the palettes' own pairs, the muted and meaning-carrying
colours, the rating buttons, the claim marks in the source (the rating's colour laid under the
text), the selection and the search results' selection.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QStyleHints
from PySide6.QtWidgets import QApplication

from app.demo import write_demo
from app.services import catalog
from ui import theme
from ui.theme import DARK, LIGHT, Theme, blend, contrast, text_on

R = QPalette.ColorRole
WCAG_TEXT = 4.5


@pytest.fixture
def back_to_system(qapp):
    yield
    theme.apply(Theme.SYSTEM)
    assert not theme.is_dark()


def pairs(palette: QPalette, colours: theme.Colours, ratings: list[str]) -> dict[str, tuple[QColor, QColor]]:
    """(text, background) of everything the window writes, by what it is."""
    c = palette.color
    text, base, window = c(R.Text), c(R.Base), c(R.Window)
    found = {
        "text on base": (text, base),
        "text on alternate rows": (text, c(R.AlternateBase)),
        "window text": (c(R.WindowText), window),
        "button text": (c(R.ButtonText), c(R.Button)),
        "selected text": (c(R.HighlightedText), c(R.Highlight)),
        "placeholder": (c(R.PlaceholderText), base),
        "tooltip": (c(R.ToolTipText), c(R.ToolTipBase)),
        "link": (QColor(colours.link), base),
        "claim mark, other claims": (text, QColor(colours.other_claim)),
        "claim mark, unrated": (text, QColor(colours.current_unrated)),
        "search results' selection": (QColor("black"), QColor("#D6EAF8")),  # ui/search/results.py
        "integrity banner": (QColor("white"), QColor("#C62828")),  # ui/evidence/detail.py
    }
    for name in ("muted", "danger", "supports", "refutes", "context"):
        found[f"{name} on base"] = (QColor(getattr(colours, name)), base)
        found[f"{name} on window"] = (QColor(getattr(colours, name)), window)
        found[f"{name} on alternate rows"] = (QColor(getattr(colours, name)), c(R.AlternateBase))
    for colour in ratings:
        # the claim shown, in the source: the rating's colour laid under the text
        found[f"claim mark rated {colour}"] = (text, blend(colour, base, colours.rating_alpha))
        found[f"rating button {colour}"] = (QColor(text_on(colour)), QColor(colour))
    return found


def test_every_text_colour_reaches_4_5_to_1_in_both_palettes(ws, qapp):
    ratings = [r.colour for r in catalog.ratings(ws)]
    assert len(ratings) >= 6
    failures = []
    for scheme, palette, colours in (("light", theme.light_palette(), LIGHT), ("dark", theme.dark_palette(), DARK)):
        for name, (fore, back) in pairs(palette, colours, ratings).items():
            ratio = contrast(fore, back)
            if ratio < WCAG_TEXT:
                failures.append(f"{scheme}: {name}: {fore.name()} on {back.name()} is {ratio:.2f}:1")
    assert not failures, "\n".join(failures)


def test_contrast_is_computed_as_wcag_says():
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert contrast("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)
    # the old rating buttons: white on the yellow of "Misleading" could not be read
    assert contrast("#FFFFFF", "#F9A825") < 3
    assert text_on("#F9A825") == "#000000"


def test_view_theme_forces_dark_and_is_remembered(qtbot, window, settings, tmp_path, back_to_system):
    from ui.main_window import MainWindow

    assert window.open_workspace(write_demo(tmp_path / "demo.factdesk"))
    window.claims_pane.select_claim(window.claims_pane.model.claim_id(0))
    assert not theme.is_dark()
    where = window.verdict_pane.where
    light_muted = where.palette().color(R.WindowText)
    window.theme_actions[Theme.DARK].trigger()
    assert theme.is_dark()
    assert settings.theme() == "dark"
    assert QApplication.instance().style().name().lower() == "fusion"
    # muted text follows, and stays legible on the dark window
    dark_muted = where.palette().color(R.WindowText)
    assert dark_muted != light_muted
    assert contrast(dark_muted, QApplication.instance().palette().color(R.Window)) >= WCAG_TEXT
    # the marks in the source are painted again in dark colours
    backgrounds = {s.format.background().color().name().upper() for s in window.source_pane.view.extraSelections()}
    assert DARK.other_claim.upper() in backgrounds
    assert LIGHT.other_claim.upper() not in backgrounds
    window.close()

    again = MainWindow(settings=settings)  # the next start
    qtbot.addWidget(again)
    assert theme.is_dark()
    assert again.theme_actions[Theme.DARK].isChecked()
    again.theme_actions[Theme.SYSTEM].trigger()
    assert settings.theme() == "system"
    assert not theme.is_dark()  # the offscreen platform has no dark scheme of its own


def test_system_choice_follows_the_desktops_scheme(qapp, monkeypatch, back_to_system):
    """Where the desktop says dark and the style does not follow by itself, Fusion goes dark."""
    monkeypatch.setattr(QStyleHints, "colorScheme", lambda _self: Qt.ColorScheme.Dark)
    assert theme.apply(Theme.SYSTEM)
    assert theme.is_dark()
    monkeypatch.setattr(QStyleHints, "colorScheme", lambda _self: Qt.ColorScheme.Light)
    assert not theme.apply(Theme.SYSTEM)
    assert not theme.is_dark()
