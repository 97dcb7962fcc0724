"""Small widgets and helpers the panes and dialogs share."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCompleter, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QToolButton, QWidget

from app.errors import ValidationError
from app.services.evidence import clean_url
from ui.messages import words

_NO_DATE = QDate(1900, 1, 1)


class OptionalDateEdit(QWidget):
    """A date that may be unset ("not set"), with a calendar and a clear button.

    `edited` fires once the analyst has finished changing it (not at every keystroke).
    """

    edited = Signal(object)  # datetime.date or None

    def __init__(self, *, objectName: str = "", parent: QWidget | None = None) -> None:  # noqa: N803 - Qt's spelling
        super().__init__(parent)
        self.setObjectName(objectName)
        self.edit = QDateEdit(calendarPopup=True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setMinimumDate(_NO_DATE)
        self.edit.setSpecialValueText(self.tr("not set"))
        self.edit.setDate(_NO_DATE)
        self.clear_button = QToolButton(text="×", toolTip=self.tr("Clear the date"), autoRaise=True)
        self.clear_button.clicked.connect(self._on_clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.edit)
        self._last: date | None = None
        self.edit.editingFinished.connect(self._emit_if_changed)
        self.edit.calendarWidget().clicked.connect(lambda _d: self._emit_if_changed())

    def date(self) -> date | None:
        value = self.edit.date()
        return None if value == _NO_DATE else value.toPython()

    def set_date(self, value: date | None) -> None:
        self._last = value
        self.edit.setDate(QDate(value) if value else _NO_DATE)

    def _on_clear(self) -> None:
        self.edit.setDate(_NO_DATE)
        self._emit_if_changed()

    def _emit_if_changed(self) -> None:
        value = self.date()
        if value != self._last:
            self._last = value
            self.edited.emit(value)


class TagLineEdit(QLineEdit):
    """Comma-separated tags, completing the word being typed from the workspace's tags."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words = QStringListModel(self)
        self._completer = QCompleter(self._words, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._completer.setWidget(self)
        self._completer.activated.connect(self._insert_completion)
        self.textEdited.connect(self._on_text_edited)

    def set_known_tags(self, names: list[str]) -> None:
        self._words.setStringList(names)

    def tags(self) -> list[str]:
        return [part.strip() for part in self.text().split(",") if part.strip()]

    def set_tags(self, names: list[str]) -> None:
        self.setText(", ".join(names))

    def _current_word(self) -> str:
        return self.text()[: self.cursorPosition()].split(",")[-1].strip()

    def _on_text_edited(self, _text: str) -> None:
        word = self._current_word()
        if not word:
            self._completer.popup().hide()
            return
        self._completer.setCompletionPrefix(word)
        if self._completer.completionCount():
            self._completer.complete()
        else:
            self._completer.popup().hide()

    def _insert_completion(self, completion: str) -> None:
        before = self.text()[: self.cursorPosition()]
        after = self.text()[self.cursorPosition() :]
        head = before.rsplit(",", 1)[0] + ", " if "," in before else ""
        rest = after.split(",", 1)[1] if "," in after else ""
        text = f"{head}{completion}, {rest.strip()}".rstrip()
        self.setText(text)
        self.setCursorPosition(len(head) + len(completion) + 2)


class ProblemLabel(QLabel):
    """A dialog's line, in red, for what stops it being accepted; hidden while there is none.
    Checking in the dialog keeps the analyst's typing, where a refusal after OK would lose it."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="dialog_error", wordWrap=True)
        self.setStyleSheet("color: #B71C1C")
        self.hide()

    def say(self, problem: str | None) -> bool:
        """Show `problem` (or hide the line); True if there was one."""
        self.setText(problem or "")
        self.setVisible(bool(problem))
        return bool(problem)


def url_problem(url: str) -> str | None:
    """Why the services would refuse `url`, or None."""
    try:
        clean_url(url)
    except ValidationError as exc:
        return words(exc)
    return None


def local_shortcut(keys: QKeySequence | str, widget: QWidget, slot) -> QShortcut:
    """A shortcut that acts only while `widget` has focus. (Qt's default context is the whole
    window, and PySide6 ignores a `context=` keyword given with a callable.)"""
    shortcut = QShortcut(QKeySequence(keys), widget)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(slot)
    return shortcut


def show_refusal(parent: QWidget | None, message: object, *, title: str | None = None) -> None:
    """Tell the analyst why something was not done: a message in words, never a traceback.
    `message` may be the error itself: its words are put in the analyst's language."""
    QMessageBox.warning(parent, title or "Factdesk", words(message))
