"""Geometry checks for the layout tests: widgets painted over their siblings, or cut by their parent.

A layout never overlaps its widgets while its parent has at least the layout's minimum size; when
the parent is squeezed below it (an explicit minimum height smaller than the contents, a splitter
or dock with too little room), the layout squeezes its children below their own minimums and they
overlap. These checks find both, on what is visible.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QFocusFrame,
    QLabel,
    QMainWindow,
    QRubberBand,
    QScrollArea,
    QSizeGrip,
    QSizePolicy,
    QTabBar,
    QWidget,
)

from ui.application import TRANSLATIONS

#: overlays that sit on top of other widgets by design
_OVERLAYS = (QFocusFrame, QRubberBand, QSizeGrip)


def install_language(app: QApplication, language: str) -> list[QTranslator]:
    """Install the window's catalogue for `language` the way ui/application.py does (call before
    building widgets: they translate their words when built). Returns what to remove afterwards."""
    installed = []
    if language != "en":
        translator = QTranslator(app)
        assert translator.load(str(TRANSLATIONS / f"factdesk_{language}.qm")), language
        app.installTranslator(translator)
        installed.append(translator)
    return installed


def _visible_children(widget: QWidget) -> list[QWidget]:
    return [
        c
        for c in widget.findChildren(QWidget, options=_direct())
        if c.isVisible() and not c.isWindow() and not isinstance(c, _OVERLAYS) and not _parked(widget, c)
    ]


def _parked(parent: QWidget, child: QWidget) -> bool:
    """QMainWindow keeps the tab bar of dock tabs it does not use out of sight, far off its top left."""
    return (
        isinstance(parent, QMainWindow)
        and isinstance(child, QTabBar)
        and not child.geometry().intersects(parent.rect())
    )


def _direct():
    from PySide6.QtCore import Qt

    return Qt.FindChildOption.FindDirectChildrenOnly


def _name(widget: QWidget) -> str:
    chain = []
    while widget is not None and len(chain) < 4:
        chain.append(widget.objectName() or type(widget).__name__)
        widget = widget.parentWidget()
    return " < ".join(chain)


def _is_viewport(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget


def _needed(widget: QWidget):
    """The least size the widget's layout promised it (Qt's qSmartMinSize, roughly)."""
    hint = widget.minimumSizeHint()
    explicit = widget.minimumSize()
    width = explicit.width() or hint.width()
    height = explicit.height() or hint.height()
    policy = widget.sizePolicy()
    if policy.horizontalPolicy() == QSizePolicy.Policy.Ignored:
        width = explicit.width()
    if policy.verticalPolicy() == QSizePolicy.Policy.Ignored:
        height = explicit.height()
    return width, height


def layout_problems(root: QWidget) -> list[str]:
    """Every visible widget under `root` that overlaps a visible sibling, sticks out of its parent,
    or (a button or a one-line label) is smaller than its text needs."""
    problems: list[str] = []
    stack = [root]
    while stack:
        parent = stack.pop()
        children = _visible_children(parent)
        stack.extend(children)
        scrolled = _is_viewport(parent)  # contents of a scroll area move inside it: not "cut"
        inside = QRect(0, 0, parent.width(), parent.height()).adjusted(-1, -1, 1, 1)
        for child in children:
            geometry = child.geometry()
            if not scrolled and not inside.contains(geometry):
                problems.append(f"{_name(child)} {_rect(geometry)} is cut by its parent {_rect(parent.rect())}")
            if scrolled and isinstance(parent.parentWidget(), QScrollArea):
                area = parent.parentWidget()
                if area.horizontalScrollBarPolicy() == area.horizontalScrollBarPolicy().ScrollBarAlwaysOff and (
                    geometry.width() > parent.width() + 1
                ):
                    problems.append(
                        f"{_name(child)} is wider ({geometry.width()}) than its scroll area ({parent.width()})"
                    )
            if isinstance(child, QAbstractButton) or (isinstance(child, QLabel) and not child.wordWrap()):
                width, height = _needed(child)
                if child.width() + 1 < width or child.height() + 1 < height:
                    problems.append(
                        f"{_name(child)} is {child.width()}×{child.height()}, its text needs {width}×{height}"
                    )
        for i, first in enumerate(children):
            for second in children[i + 1 :]:
                overlap = first.geometry().intersected(second.geometry())
                if overlap.width() > 1 and overlap.height() > 1:
                    problems.append(
                        f"{_name(first)} {_rect(first.geometry())} overlaps {_name(second)} {_rect(second.geometry())}"
                    )
    return problems


def _rect(rect: QRect) -> str:
    return f"({rect.x()},{rect.y()} {rect.width()}×{rect.height()})"
