"""Accessible names and descriptions for every interactive widget.

A screen reader says a widget's accessible name, then its description. Rather than repeat the
words in every pane, each window is given them when it is first shown, from what a sighted analyst
reads: the label that is the widget's buddy (a form's "Claimant:"), a button's text, a field's
placeholder, the group, tab or dock it sits in, and its tooltip for the description. A widget that
was named by hand keeps its name.
"""

from __future__ import annotations

import re
import weakref

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from shiboken6 import isValid

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
    QAbstractSlider,
    QTabBar,
)


def plain(text: str) -> str:
    """Words as read aloud: no mnemonic "&", no trailing colon or ellipsis."""
    text = re.sub(r"&(?!&)", "", text or "").replace("&&", "&")
    return text.strip().rstrip(":").rstrip("…").strip()


def is_interactive(widget: QWidget) -> bool:
    """A widget the analyst works with, not a part of another (a combo box's own line edit, a
    spin box's, a calendar popup's buttons, a scroll bar)."""
    if not isinstance(widget, INTERACTIVE):
        return False
    parent = widget.parentWidget()
    if isinstance(widget, QAbstractSlider) and parent is not None and parent.objectName().startswith("qt_scrollarea"):
        return False  # a scroll area's own scroll bar
    if isinstance(widget, QHeaderView) and isinstance(parent, QAbstractItemView):
        return False  # a table's header: the table is named
    ancestor = widget.parentWidget()
    while ancestor is not None:
        if isinstance(ancestor, (QComboBox, QAbstractSpinBox, QCalendarWidget, QTabBar)):
            return False
        if isinstance(ancestor, (QLineEdit, QAbstractScrollArea)) and isinstance(widget, QAbstractButton):
            return widget.focusPolicy() != Qt.FocusPolicy.NoFocus  # a line edit's clear button
        ancestor = ancestor.parentWidget()
    return True


def _buddies(root: QWidget) -> dict[int, str]:
    found = {}
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and plain(label.text()):
            found[id(buddy)] = plain(label.text())
            # a combo box or date field hands focus to its own editor; name the whole
            proxy = buddy.focusProxy()
            if proxy is not None:
                found.setdefault(id(proxy), plain(label.text()))
    return found


def _context(widget: QWidget) -> str:
    """The group, tab or dock a widget sits in, for a list or field with no label of its own."""
    child, ancestor = widget, widget.parentWidget()
    while ancestor is not None:
        if isinstance(ancestor, QGroupBox) and plain(ancestor.title()):
            return plain(ancestor.title())
        if isinstance(ancestor, QTabWidget):
            index = ancestor.indexOf(child)
            if index >= 0 and plain(ancestor.tabText(index)):
                return re.sub(r"\s*\(\d+\)$", "", plain(ancestor.tabText(index)))
        if isinstance(ancestor, QDockWidget) and plain(ancestor.windowTitle()):
            return plain(ancestor.windowTitle())
        child, ancestor = ancestor, ancestor.parentWidget()
    window = widget.window()
    return plain(window.windowTitle()) if window is not None else ""


def _own_words(widget: QWidget) -> str:
    if isinstance(widget, QAbstractButton):
        text = plain(widget.text())
        if text and any(ch.isalnum() for ch in text):
            return text
        return plain(widget.toolTip()) or text
    if isinstance(widget, QLineEdit):
        return plain(widget.placeholderText())
    if isinstance(widget, QPlainTextEdit):
        return plain(widget.placeholderText())
    if isinstance(widget, QTextEdit):
        return plain(widget.placeholderText())
    if isinstance(widget, QComboBox) and widget.isEditable() and widget.lineEdit() is not None:
        return plain(widget.lineEdit().placeholderText())
    return ""


def name_widgets(root: QWidget) -> list[QWidget]:
    """Give each interactive widget under `root` (and `root`) a name and a description if it has
    none; return those still without a name (none, unless a widget offers no words at all)."""
    buddies = _buddies(root)
    nameless = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not is_interactive(widget):
            continue
        if not widget.accessibleName():
            name = buddies.get(id(widget)) or _own_words(widget) or plain(widget.toolTip())
            if not name:
                context = _context(widget)
                kind = _kind(widget)
                name = f"{context} {kind}".strip() if context and kind else context or kind
            widget.setAccessibleName(name)
        if not widget.accessibleDescription():
            description = plain(widget.toolTip()) or _own_words(widget)
            if description and description != widget.accessibleName():
                widget.setAccessibleDescription(description)
            else:
                widget.setAccessibleDescription(widget.accessibleName())
        if not widget.accessibleName():
            nameless.append(widget)
    return nameless


def _kind(widget: QWidget) -> str:
    translate = QApplication.translate
    if isinstance(widget, QTabBar):
        return translate("accessibility", "tabs")
    if isinstance(widget, QAbstractItemView):
        return translate("accessibility", "list")
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return translate("accessibility", "text")
    if isinstance(widget, QLineEdit):
        return translate("accessibility", "field")
    return ""


class _Namer(QObject):
    """Names a window's widgets the first time focus enters it, and each widget as it takes focus
    (a rating button made after the window was named): a screen reader speaks on focus."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("accessibility_namer")
        self._named: weakref.WeakSet[QWidget] = weakref.WeakSet()
        app.focusChanged.connect(self._on_focus_changed)

    def _on_focus_changed(self, _old, new) -> None:
        if new is None or not isValid(new):
            return
        window = new.window()
        if window not in self._named:
            self._named.add(window)
            name_widgets(window)
        elif not new.accessibleName():
            name_widgets(new)


def install(app: QApplication) -> None:
    """Name every window's widgets as focus reaches them (once per application)."""
    if app.findChild(_Namer, "accessibility_namer") is None:
        _Namer(app)
