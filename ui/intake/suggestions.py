"""The "Suggested claims" list below the source: the sentences most worth checking, best first.

The panel only shows and asks; the source pane computes the suggestions and turns an accepted or
dismissed one into an (undoable) change.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.intake.suggest import Suggestion

MAX_SUGGESTED_CHARS = 5_000_000  # above this (some 6 s of ranking), no suggestions are worked out
SHOWN_CHARS = 140  # a suggested sentence is shown up to this long, then elided
SPAN_ROLE = Qt.ItemDataRole.UserRole


class SuggestionList(QListWidget):
    """Enter accepts the current suggestion, Delete (or Backspace) dismisses it."""

    accept_requested = Signal()
    dismiss_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None:
            self.accept_requested.emit()
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentItem() is not None:
            self.dismiss_requested.emit()
        else:
            super().keyPressEvent(event)


class SuggestionsPanel(QWidget):
    accepted = Signal(int, int)  # start, end (Python offsets into the source)
    dismissed = Signal(int, int)
    current_changed = Signal(object)  # (start, end) of the current suggestion, or None

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggle = QToolButton(objectName="suggestions_toggle", checkable=True, checked=True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolTip(self.tr("Show or hide the sentences Factdesk suggests checking"))
        self.toggle.toggled.connect(self._on_toggled)
        self.note = QLabel(objectName="suggestions_note", wordWrap=True)
        self.note.setStyleSheet("color: palette(mid);")
        self.list = SuggestionList(objectName="suggestions_list")
        self.list.setWordWrap(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setToolTip(self.tr("Enter or double-click: mark as a claim · Delete: dismiss"))
        self.list.itemDoubleClicked.connect(lambda _item: self.accept_current())
        self.list.accept_requested.connect(self.accept_current)
        self.list.dismiss_requested.connect(self.dismiss_current)
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.accept_button = QPushButton(self.tr("Mark as Claim"), objectName="suggestion_accept")
        self.accept_button.clicked.connect(self.accept_current)
        self.dismiss_button = QPushButton(self.tr("Dismiss"), objectName="suggestion_dismiss")
        self.dismiss_button.clicked.connect(self.dismiss_current)

        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.toggle)
        header.addStretch(1)
        header.addWidget(self.accept_button)
        header.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addWidget(self.note)
        layout.addWidget(self.list)
        self.list.setMaximumHeight(150)
        self.set_suggestions("", [])

    # -- filling -----------------------------------------------------------------------------------

    def set_suggestions(self, text: str, suggestions: Sequence[Suggestion], *, note: str = "") -> None:
        current = self.current_span()
        self.list.blockSignals(True)
        self.list.clear()
        for item in suggestions:
            sentence = " ".join(text[item.start : item.end].split())
            shown = sentence if len(sentence) <= SHOWN_CHARS else sentence[: SHOWN_CHARS - 1].rstrip() + "…"
            row = QListWidgetItem(shown)
            row.setData(SPAN_ROLE, (item.start, item.end))
            reasons = ", ".join(reason_words(reason) for reason in item.reasons) or self.tr("no particular reason")
            row.setToolTip(f"{sentence}\n\n" + self.tr("Why: %1").replace("%1", reasons))
            self.list.addItem(row)
            if (item.start, item.end) == current:
                self.list.setCurrentItem(row)
        self.list.blockSignals(False)
        self.note.setText(note)
        self.note.setVisible(bool(note) and self.toggle.isChecked())
        self.toggle.setText(self.tr("Suggested claims (%1)").replace("%1", str(len(suggestions))))
        self._update_buttons()

    def spans(self) -> list[tuple[int, int]]:
        return [self.list.item(row).data(SPAN_ROLE) for row in range(self.list.count())]

    def current_span(self) -> tuple[int, int] | None:
        item = self.list.currentItem()
        return tuple(item.data(SPAN_ROLE)) if item is not None else None

    # -- acting ------------------------------------------------------------------------------------

    def accept_current(self) -> None:
        span = self.current_span()
        if span is not None:
            self.accepted.emit(*span)

    def dismiss_current(self) -> None:
        span = self.current_span()
        if span is None:
            return
        row = self.list.currentRow()
        self.dismissed.emit(*span)
        # the next suggestion becomes current, so Delete can dismiss several in a row
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))

    def _on_current_changed(self, *_args) -> None:
        self._update_buttons()
        self.current_changed.emit(self.current_span())

    def _on_toggled(self, shown: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.list.setVisible(shown)
        self.note.setVisible(shown and bool(self.note.text()))
        self._update_buttons()

    def _update_buttons(self) -> None:
        shown = self.toggle.isChecked()
        has = self.list.currentItem() is not None
        self.accept_button.setVisible(shown)
        self.dismiss_button.setVisible(shown)
        self.accept_button.setEnabled(has)
        self.dismiss_button.setEnabled(has)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)


def reason_words(reason: str) -> str:
    """Why a sentence was suggested (app.intake.suggest names it in English), in the analyst's language."""
    return {
        "attributed statement": QCoreApplication.translate("SuggestionsPanel", "attributed statement"),
        "attributed (according to)": QCoreApplication.translate("SuggestionsPanel", "attributed (according to)"),
        "speech of a named person": QCoreApplication.translate("SuggestionsPanel", "speech of a named person"),
        "direct quotation": QCoreApplication.translate("SuggestionsPanel", "direct quotation"),
        "figures": QCoreApplication.translate("SuggestionsPanel", "figures"),
        "date": QCoreApplication.translate("SuggestionsPanel", "date"),
        "comparison or superlative": QCoreApplication.translate("SuggestionsPanel", "comparison or superlative"),
        "named people or bodies": QCoreApplication.translate("SuggestionsPanel", "named people or bodies"),
        "named people or places": QCoreApplication.translate("SuggestionsPanel", "named people or places"),
        "institution": QCoreApplication.translate("SuggestionsPanel", "institution"),
        "calls something fake or false": QCoreApplication.translate(
            "SuggestionsPanel", "calls something fake or false"
        ),
        "reported event": QCoreApplication.translate("SuggestionsPanel", "reported event"),
        "absolute claim": QCoreApplication.translate("SuggestionsPanel", "absolute claim"),
    }.get(reason, reason)
