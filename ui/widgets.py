"""Small widgets and helpers the panes and dialogs share."""

from __future__ import annotations

import re
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from app.errors import ValidationError
from app.services.evidence import clean_url
from ui.messages import words

_DATE_PARTS = re.compile(r"^\s*(\d{1,4})\s*[./\-\s]\s*(\d{1,2})\s*[./\-\s]\s*(\d{1,4})\s*\.?\s*$")


def _full_year(year: int, digits: int, today: date) -> int:
    """A two-digit year in the century that puts it nearest the past: 19 → 2019, 85 → 1985."""
    if digits > 2:
        return year
    year += 2000
    return year - 100 if year > today.year + 10 else year


def parse_date(
    text: str, *, today: date | None = None, month_first: bool = False, words: dict[str, int] | None = None
) -> date | None:
    """The date `text` names, or None for an empty text; ValueError when it names none.

    ISO (2019-06-20, 2019/06/20) and day-first forms (20.06.2019, 20/06/2019, 20-06-19) are read;
    `month_first` (a locale writing 06/20/2019) reads a slashed form month first when that makes a
    date. `words` maps words such as "today" to a number of days from today."""
    today = today or date.today()
    cleaned = text.strip().lower()
    if not cleaned:
        return None
    offsets = {"today": 0, "yesterday": -1, **{k.lower(): v for k, v in (words or {}).items()}}
    if cleaned in offsets:
        return today + timedelta(days=offsets[cleaned])
    match = _DATE_PARTS.match(cleaned)
    if match is None:
        raise ValueError(text)
    first, second, third = match.groups()
    if len(first) == 4:  # year first: ISO order
        candidates = [(int(first), int(second), int(third))]
    else:
        year = _full_year(int(third), len(third), today)
        day_first = (year, int(second), int(first))
        month_first_order = (year, int(first), int(second))
        slashed = "/" in cleaned
        candidates = [month_first_order, day_first] if month_first and slashed else [day_first, month_first_order]
        if len(third) not in (2, 4):
            raise ValueError(text)
    for year, month, day in candidates:
        try:
            if 1000 <= year <= 9999:
                return date(year, month, day)
        except ValueError:
            continue
    raise ValueError(text)


def _locale_month_first() -> bool:
    """Whether the locale writes a short date month before day (en_US: 6/20/19)."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat).lower()
    return pattern.find("m") < pattern.find("d")


class DateField(QWidget):
    """A date that may be unset: typed (2019-06-20, 20.06.2019, 20/06/19, "today"), picked from a
    calendar, or cleared; empty means "not set".

    The text is read when the field is left (Tab, Enter, a click elsewhere); text that names no
    date stays as typed, with a line saying so, and changes nothing. `edited` fires once the date
    has really changed. The calendar opens at the date, else at `set_hint`'s, else today.
    """

    edited = Signal(object)  # datetime.date or None

    def __init__(self, *, objectName: str = "", parent: QWidget | None = None) -> None:  # noqa: N803 - Qt's spelling
        super().__init__(parent)
        self.setObjectName(objectName)
        self.edit = QLineEdit(objectName=f"{objectName}_text" if objectName else "")
        self.edit.setPlaceholderText(self.tr("not set: e.g. 2019-06-20"))
        # as wide as a date and its hint, the buttons beside it (not at the far end of a wide form)
        metrics = self.edit.fontMetrics()
        self.edit.setFixedWidth(max(metrics.horizontalAdvance(self.edit.placeholderText()), 120) + 32)
        self.edit.setToolTip(
            self.tr("Type a date as 2019-06-20, 20.06.2019, 20/06/2019 or “today”; leave it empty for no date.")
        )
        self.calendar_button = QToolButton(toolTip=self.tr("Pick the date from a calendar"), autoRaise=True)
        self.calendar_button.setArrowType(Qt.ArrowType.DownArrow)
        self.calendar_button.setStyleSheet("QToolButton::menu-indicator { image: none; }")  # one arrow, not two
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the text to the next field
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.clear_button = QToolButton(text="×", toolTip=self.tr("Clear the date"), autoRaise=True)
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.clicked.connect(self.clear)
        self.calendar = QCalendarWidget(objectName=f"{objectName}_calendar" if objectName else "")
        self.calendar.setGridVisible(True)
        menu = QMenu(self.calendar_button)
        picker = QWidgetAction(menu)
        picker.setDefaultWidget(self.calendar)
        menu.addAction(picker)
        menu.aboutToShow.connect(self._on_calendar_opening)
        self.calendar_button.setMenu(menu)
        self._menu = menu
        self.calendar.clicked.connect(self._on_calendar_picked)
        self.calendar.activated.connect(self._on_calendar_picked)
        self.message = QLabel(objectName=f"{objectName}_problem" if objectName else "", wordWrap=True)
        self.message.setStyleSheet("color: #B71C1C")
        self.message.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        row.addWidget(self.clear_button)
        row.addWidget(self.calendar_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.setFocusProxy(self.edit)
        self._last: date | None = None
        self._hint: date | None = None
        self.edit.editingFinished.connect(self.commit)
        self.edit.installEventFilter(self)  # Ctrl+Z: see eventFilter

    # -- value -------------------------------------------------------------------------------------

    def date(self) -> date | None:
        """The date the field holds: what is typed when it names a date, else the last good one."""
        try:
            return self._parse(self.edit.text())
        except ValueError:
            return self._last

    def set_date(self, value: date | None, *, keep_typing: bool = False) -> None:
        """Show `value`; with `keep_typing`, text that names no date stays (with its message) while
        `value` is the date the field already had, so the analyst can correct it."""
        if keep_typing and value == self._last and self.problem():
            return
        self._last = value
        text = value.isoformat() if value else ""
        if self.edit.text() != text:
            self.edit.setText(text)
        self.message.hide()

    def set_hint(self, value: date | None) -> None:
        """Where the calendar opens while no date is set (the source's date, say)."""
        self._hint = value

    def problem(self) -> str | None:
        """Why the typed text is not a date, or None."""
        try:
            self._parse(self.edit.text())
        except ValueError:
            return self.tr("“%1” is not a date: type e.g. 2019-06-20 or 20.06.2019, or leave it empty.").replace(
                "%1", self.edit.text().strip()
            )
        return None

    def clear(self) -> None:
        self.edit.clear()
        self.commit()

    # -- behaviour ---------------------------------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:
        """Ctrl+Z (or redo) undoes typing in the field while there is typing not yet read; once the
        text is the field's date, the key is left to the window's Undo, as its Edit menu says."""
        if watched is self.edit and event.type() == QEvent.Type.ShortcutOverride:
            undo = event.matches(QKeySequence.StandardKey.Undo)
            redo = event.matches(QKeySequence.StandardKey.Redo) and not self.edit.isRedoAvailable()
            shown = self._last.isoformat() if self._last else ""
            if (undo or redo) and self.edit.text().strip() == shown:
                event.ignore()
                return True
        return super().eventFilter(watched, event)

    def _parse(self, text: str) -> date | None:
        words = {self.tr("today"): 0, self.tr("yesterday"): -1}
        return parse_date(text, month_first=_locale_month_first(), words=words)

    def commit(self) -> None:
        """Read what is typed: a date (or none) becomes the field's value; anything else is kept
        as typed with a line saying why, and changes nothing."""
        problem = self.problem()
        self.message.setText(problem or "")
        self.message.setVisible(bool(problem))
        if problem:
            return  # the typing stays, with the line saying why it is not a date: nothing changes
        value = self._parse(self.edit.text())
        shown = value.isoformat() if value else ""
        if self.edit.text() != shown:  # "today", 20.06.19: shown as the date it was read as
            self.edit.blockSignals(True)
            self.edit.setText(shown)
            self.edit.blockSignals(False)
        if value != self._last:
            self._last = value
            self.edited.emit(value)

    def _on_calendar_opening(self) -> None:
        start = self.date() or self._hint or date.today()
        self.calendar.setSelectedDate(QDate(start))
        self.calendar.setCurrentPage(start.year, start.month)

    def _on_calendar_picked(self, picked: QDate) -> None:
        self._menu.hide()
        self.edit.setText(picked.toPython().isoformat())
        self.commit()
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)


#: the name the panes and dialogs knew it by
OptionalDateEdit = DateField


class TagLineEdit(QLineEdit):
    """Comma-separated tags, completing the word being typed from the workspace's tags.

    Listen to `finished`, not `editingFinished`: Qt ends the editing before the completer hands
    over the pick, so `editingFinished` sees "MH1" where the analyst picked "MH17"."""

    finished = Signal()  # the analyst is done with the field, any pick from the list included

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words = QStringListModel(self)
        self._completer = QCompleter(self._words, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._completer.setWidget(self)
        self._completer.activated.connect(self._insert_completion)
        self.textEdited.connect(self._on_text_edited)
        self.editingFinished.connect(lambda: QTimer.singleShot(0, self, self._finish))

    def set_known_tags(self, names: list[str]) -> None:
        self._words.setStringList(names)

    def tags(self) -> list[str]:
        return [part.strip() for part in self.text().split(",") if part.strip()]

    def settled_tags(self) -> list[str]:
        """The tags, less the word still being typed at the end (a pause mid-word is not a new tag)."""
        names = self.tags()
        at_end = self.cursorPosition() == len(self.text())
        typing = self.hasFocus() and at_end and not self.text().rstrip().endswith(",")
        return names[:-1] if typing and names else names

    def set_tags(self, names: list[str]) -> None:
        self.setText(", ".join(names))

    def choosing(self) -> bool:
        """The list of completions is open: what is typed is not what will be saved yet."""
        return self._completer.popup().isVisible()

    def _finish(self) -> None:
        if not self.choosing():
            self.finished.emit()

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
        self.finished.emit()  # a pick is a decision: saved at once


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
