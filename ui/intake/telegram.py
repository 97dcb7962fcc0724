"""A Telegram export dropped on the window or chosen in File ▸ Import Files…: a small dialog for
the channel, the date range and a keyword, then the import off the UI thread with progress (by
bytes read) and Cancel, and one undo step for every post it added.

The importer (ui/intake/importer.py) recognises the export by content (`app.intake.telegram.probe`)
and hands it here. Cancel, or a file that breaks midway, leaves the workspace as it was
(app.services.telegram removes what the run had added).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.errors import FactdeskError
from app.intake import telegram
from app.services import telegram as service
from ui.messages import words
from ui.session import ServiceCommand, WorkspaceSession
from ui.tasks import JobRunner, Pool, Task, dismiss_progress, run_task
from ui.widgets import show_refusal

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TelegramOptions:
    """What the analyst chose in the dialog."""

    chat: telegram.Chat
    selection: telegram.Selection
    handle: str = ""


class TelegramDialog(QDialog):
    """Which channel, which days, which word: the choices before a Telegram export is imported."""

    def __init__(self, name: str, chats: list[telegram.Chat], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("telegram_import")
        self.setWindowTitle(self.tr("Import Telegram Export"))
        self._chats = chats
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("“%1” is a Telegram export. Each post becomes a source.").replace("%1", name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.channel = QComboBox()
        self.channel.setObjectName("telegram_channel")
        for chat in chats:
            label = chat.name or self.tr("(no name)")
            if chat.messages:
                label = self.tr("%1 — %2 messages").replace("%1", label).replace("%2", str(chat.messages))
            self.channel.addItem(label)
        form.addRow(self.tr("&Channel:"), self.channel)
        self.channel.setEnabled(len(chats) > 1)
        self.handle = QLineEdit()
        self.handle.setObjectName("telegram_handle")
        self.handle.setPlaceholderText(self.tr("@username, for each post's t.me link (optional)"))
        form.addRow(self.tr("&Username:"), self.handle)
        self.limit_dates = QCheckBox(self.tr("Only posts &from"))
        self.limit_dates.setObjectName("telegram_limit_dates")
        today = QDate.currentDate()
        self.since = QDateEdit(today.addDays(-7))
        self.until = QDateEdit(today)
        for edit, name_ in ((self.since, "telegram_since"), (self.until, "telegram_until")):
            edit.setObjectName(name_)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
        self.limit_dates.toggled.connect(self.since.setEnabled)
        self.limit_dates.toggled.connect(self.until.setEnabled)
        row = QHBoxLayout()
        row.addWidget(self.limit_dates)
        row.addWidget(self.since)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.until)
        row.addStretch(1)
        form.addRow(self.tr("Dates:"), row)
        self.keyword = QLineEdit()
        self.keyword.setObjectName("telegram_keyword")
        self.keyword.setPlaceholderText(self.tr("only posts containing this word or phrase (optional)"))
        form.addRow(self.tr("&Keyword:"), self.keyword)
        layout.addLayout(form)
        note = QLabel(
            self.tr("Days are counted in this computer's time zone. Posts already in the workspace are skipped.")
        )
        note.setWordWrap(True)
        note.setEnabled(False)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def _accept(self) -> None:
        if self.limit_dates.isChecked() and self.since.date() > self.until.date():
            show_refusal(self, self.tr("The first day comes after the last one."))
            return
        self.accept()

    def options(self) -> TelegramOptions:
        since = until = None
        if self.limit_dates.isChecked():
            since, until = self.since.date().toPython(), self.until.date().toPython()
        selection = telegram.Selection(since=since, until=until, grep=self.keyword.text().strip())
        return TelegramOptions(self._chats[self.channel.currentIndex()], selection, self.handle.text().strip())


def import_command(session: WorkspaceSession, outcome: service.TelegramOutcome, text: str) -> ServiceCommand:
    """One undo step for the posts an import added: the first redo only announces them; undo
    deletes them (keeping their rows); redo writes them back."""
    ws = session.workspace
    state: dict = {"first": True, "rows": []}

    def do() -> Changes:
        if state["first"]:
            state["first"] = False
            return outcome.changes()
        changes = service.restore_posts(ws, state["rows"])
        state["rows"] = []
        return changes

    def undo() -> Changes:
        state["rows"], changes = service.remove_posts(ws, outcome.ranges)
        return changes

    return ServiceCommand(session, text, do, undo)


@dataclass
class _Job:
    task: Task
    dialog: QProgressDialog
    path: Path
    session: WorkspaceSession
    quiet: bool = False


def _job(workspace, path: Path, options: TelegramOptions, *, progress, cancelled) -> service.TelegramOutcome:
    """The import in a worker thread; progress in KiB (a Qt int holds no byte count above 2 GB)."""
    return service.import_export(
        workspace,
        path,
        selection=options.selection,
        channel=options.chat,
        handle=options.handle,
        progress=lambda done, total: progress(done // 1024, max(total // 1024, 1)),
        cancelled=cancelled,
    )


def _list_job(path: Path, *, progress, cancelled) -> list[telegram.Chat]:
    """A full-account export's channels, read in a worker thread (progress in KiB)."""
    return service.channel_choices(
        path, progress=lambda done, total: progress(done // 1024, max(total // 1024, 1)), cancelled=cancelled
    )


class TelegramImporter(JobRunner):
    """Imports one Telegram export at a time into the open workspace."""

    job_name = "Telegram import"
    finished = Signal(object)  # the TelegramOutcome, or None

    def __init__(self, *, window: QWidget, pool: Pool | None = None) -> None:
        super().__init__(window=window, pool=pool)
        #: tests replace this to answer the dialog without showing it
        self.ask = self._ask

    def _ask(self, path: Path, chats: list[telegram.Chat]) -> TelegramOptions | None:
        dialog = TelegramDialog(path.name, chats, self._window)
        try:
            return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def start(self, path: Path) -> bool:
        """Ask for the choices, then import; True if importing started."""
        session = self._session
        if session is None:
            return False
        if self._job is not None:
            show_refusal(self._window, self.tr("A Telegram export is being imported already; wait for it or cancel."))
            return False
        try:
            quick = telegram.probe(path) == "html" or telegram.header(path) is not None
            if quick:  # one chat: its name is in the export's first lines
                return self._choose(path, service.channel_choices(path), session)
        except FactdeskError as exc:
            show_refusal(self._window, words(exc), title=self.tr("Nothing was imported"))
            return False
        # a full-account export: read through once, off the UI thread, to list its channels
        task = Task(partial(_list_job, path))
        dialog = self._progress(self.tr("Reading the list of channels in “%1”…").replace("%1", path.name))
        job = _Job(task, dialog, path, session)
        self._job = job
        self._connect(job, lambda chats: self._on_listed(job, chats))
        run_task(task, self.pool)
        return True

    def _on_listed(self, job: _Job, chats: list[telegram.Chat]) -> None:
        if self._finish(job) and job.session is self._session:
            self._choose(job.path, chats, job.session)

    def _progress(self, label: str) -> QProgressDialog:
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 100, self._window)
        dialog.setObjectName("telegram_progress")
        dialog.setWindowTitle(self.tr("Import Telegram Export"))
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(400)
        dialog.setValue(0)
        return dialog

    def _connect(self, job: _Job, succeeded) -> None:
        job.dialog.canceled.connect(lambda: self._on_dialog_canceled(job))
        job.task.progressed.connect(lambda done, total: self._on_progressed(job, done, total))
        job.task.succeeded.connect(succeeded)
        job.task.failed.connect(lambda message: self._on_failed(job, message))
        job.task.cancelled.connect(lambda: self._on_failed(job, None))

    def _choose(self, path: Path, chats: list[telegram.Chat], session: WorkspaceSession) -> bool:
        """Ask for the channel, dates and keyword, then import in a worker thread."""
        if not chats:
            show_refusal(self._window, self.tr("%1 holds no channel to import.").replace("%1", path.name))
            return False
        options = self.ask(path, chats)
        if options is None or self._session is not session:
            return False
        task = Task(partial(_job, options=options), session.workspace, path)
        dialog = self._progress(self.tr("Importing the posts of “%1”…").replace("%1", options.chat.name))
        job = _Job(task, dialog, path, session)
        self._job = job
        self._connect(job, lambda outcome: self._on_succeeded(job, outcome))
        run_task(task, self.pool)
        return True

    def _on_progressed(self, job: _Job, done: int, total: int) -> None:
        if job.task.is_cancelled() or total <= 0:
            return
        job.dialog.setMaximum(total)
        job.dialog.setValue(min(done, total))

    def _finish(self, job: _Job) -> bool:
        dismiss_progress(job.dialog)
        job.dialog.deleteLater()
        if self._job is job:
            self._job = None
        return not job.quiet

    def _on_failed(self, job: _Job, message: str | None) -> None:
        if self._finish(job):
            if message:
                show_refusal(self._window, message, title=self.tr("Nothing was imported"))
            else:
                self._status(self.tr("Import cancelled; nothing was added."))
        self.finished.emit(None)

    def _on_succeeded(self, job: _Job, outcome: service.TelegramOutcome) -> None:
        talk = self._finish(job)
        if outcome.added and job.session is self._session:
            text = self.tr("Import Posts of “%1”").replace("%1", outcome.channel)
            job.session.push(import_command(job.session, outcome, text))
        if talk:
            summary = (
                self.tr("Posts imported from “%1”: %2").replace("%1", outcome.channel).replace("%2", str(outcome.added))
            )
            self._status(summary)
            details = []
            if outcome.already:
                details.append(self.tr("Already in the workspace (skipped): %1").replace("%1", str(outcome.already)))
            if outcome.filtered:
                details.append(
                    self.tr("Outside the dates or without the keyword: %1").replace("%1", str(outcome.filtered))
                )
            if outcome.skipped:
                details.append(
                    self.tr("Service messages and empty posts (skipped): %1").replace("%1", str(outcome.skipped))
                )
            details += [words(warning) for warning in outcome.warnings]
            box = QMessageBox(self._window)
            box.setObjectName("telegram_summary")
            box.setWindowTitle(self.tr("Import Telegram Export"))
            box.setIcon(QMessageBox.Icon.Information)
            box.setText(summary)
            box.setInformativeText("\n".join(details))
            box.addButton(QMessageBox.StandardButton.Close)
            box.setWindowModality(Qt.WindowModality.WindowModal)
            box.finished.connect(box.deleteLater)
            box.open()
        self.finished.emit(outcome)

    def _status(self, message: str) -> None:
        if isinstance(self._window, QMainWindow):
            self._window.statusBar().showMessage(message, 8000)
