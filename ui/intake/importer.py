"""File ▸ Import Files… and files dropped on the window: read and add them off the UI thread, with
progress and Cancel, then one undo step for the whole import and one message about what was not
imported.

Each file is its own transaction (`import_file` does that), so a refused file changes nothing and
a cancelled import keeps the files finished before the Cancel.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMainWindow, QMessageBox, QProgressDialog, QWidget

from app.changes import Changes
from app.errors import FactdeskError
from app.intake import Cancelled, PasswordNeeded
from app.intake.telegram import probe as telegram_probe
from app.messages import Text, words_of
from app.services import sources
from app.services.intake import ImportOutcome, import_file
from app.workspace import Workspace
from ui.messages import words
from ui.session import ServiceCommand, WorkspaceSession
from ui.settings import Settings
from ui.tasks import JobRunner, Pool, Task, dismiss_progress, run_task
from ui.widgets import show_refusal

log = logging.getLogger(__name__)

def refusal_words(exc: FactdeskError) -> str:
    """Why a file was refused, for a list under "Not imported:": the reason alone when the message
    is the importer's "NAME was not imported: REASON" (the list names the file already)."""
    said = words_of(exc)
    if isinstance(said, Text) and said.template.endswith("was not imported: {reason}"):
        return words(said.values["reason"])
    return words(exc)


def file_filters() -> str:
    """The import dialog's file types, in the analyst's language (a function: lupdate and the
    translation must both see each literal, which a module-level tuple passed to tr() hides)."""
    return ";;".join(
        (
            QCoreApplication.translate("Importer", "Documents (*.txt *.docx *.pdf *.html *.htm *.mhtml *.mht)"),
            QCoreApplication.translate("Importer", "Word documents (*.docx)"),
            QCoreApplication.translate("Importer", "PDF files (*.pdf)"),
            QCoreApplication.translate("Importer", "Web pages (*.html *.htm *.mhtml *.mht)"),
            QCoreApplication.translate("Importer", "Plain text (*.txt)"),
            QCoreApplication.translate("Importer", "Telegram exports (result.json messages*.html)"),
            QCoreApplication.translate("Importer", "ClaimReview JSON-LD (*.json *.jsonld *.html *.htm)"),
            QCoreApplication.translate("Importer", "All files (*)"),
        )
    )


# -- the work, off the UI thread ---------------------------------------------------------------------


@dataclass
class ImportBatch:
    """What an import of several files did: what was made, found again, refused; whether it stopped."""

    created: list[ImportOutcome] = field(default_factory=list)
    duplicates: list[tuple[str, ImportOutcome]] = field(default_factory=list)  # (file name, outcome)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (file name, reason)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (file name, warning)
    locked: list[tuple[Path, bool]] = field(default_factory=list)  # (path, a password was given but wrong)
    stopped: bool = False  # cancelled before every file was read

    def changes(self) -> Changes:
        merged = Changes()
        for outcome in self.created:
            merged.merge(outcome.changes)
        return merged


def import_job(
    workspace: Workspace,
    paths: Sequence[Path],
    *,
    progress: Callable[[int, int], None],
    cancelled: Callable[[], bool],
    passwords: dict[str, str] | None = None,
) -> ImportBatch:
    """Import `paths` one by one (runs in a worker thread: no widgets). A Cancel stops between files,
    or inside a slow PDF; what was imported before it stays, and is reported. `passwords` (by path)
    open protected PDFs; a protected file without the right one is set aside in `locked`."""
    passwords = passwords or {}
    batch = ImportBatch()
    total = len(paths)
    if total > 1:  # a bulk import: a backup first, if anything changed since the newest one
        from app.backup import backup_if_changed

        try:
            backup_if_changed(workspace, reason="import")
        except FactdeskError as exc:
            raise FactdeskError(
                QCoreApplication.translate(
                    "import", "No backup could be made before the import, so nothing was imported: %1"
                ).replace("%1", words(exc))
            ) from exc
    for index, path in enumerate(paths):
        if cancelled():
            batch.stopped = True
            break
        progress(index, total)
        name = Path(path).name or str(path)
        try:
            outcome = import_file(workspace, path, cancelled=cancelled, password=passwords.get(str(path)))
        except Cancelled:
            batch.stopped = True
            break
        except PasswordNeeded as exc:
            batch.locked.append((Path(path), exc.wrong))
            continue
        except FactdeskError as exc:
            batch.refused.append((name, refusal_words(exc)))
            continue
        except OSError as exc:
            batch.refused.append((name, exc.strerror or str(exc)))
            continue
        except Exception:  # never a traceback for the analyst; the details go to the log
            log.exception("Importing %s failed", path)
            batch.refused.append(
                (name, QCoreApplication.translate("import", "something unexpected went wrong (see the log)."))
            )
            continue
        batch.warnings.extend((name, warning) for warning in outcome.warnings)
        if outcome.created:
            batch.created.append(outcome)
        else:
            batch.duplicates.append((name, outcome))
    else:
        progress(total, total)
    return batch


def import_command(session: WorkspaceSession, batch: ImportBatch) -> ServiceCommand:
    """One undo step for the sources an import made: the first redo only announces them (they are
    written already); undo deletes them, keeping snapshots; redo puts them back."""
    ws = session.workspace
    ids = [outcome.source_id for outcome in batch.created]
    state: dict = {"first": True, "snapshots": []}

    def do() -> Changes:
        if state["first"]:
            state["first"] = False
            return batch.changes()
        changes = Changes()
        for snapshot in state["snapshots"]:
            changes.merge(sources.restore_source(ws, snapshot))
        state["snapshots"] = []
        return changes

    def undo() -> Changes:
        changes = Changes()
        snapshots = []
        for source_id in reversed(ids):
            deleted = sources.delete_source(ws, source_id)
            snapshots.append(deleted.previous["snapshot"])
            changes.merge(deleted)
        state["snapshots"] = list(reversed(snapshots))
        return changes

    text = (
        QCoreApplication.translate("import", "Import “%1”").replace("%1", batch.created[0].title)
        if len(ids) == 1
        else QCoreApplication.translate("import", "Import %1 Files").replace("%1", str(len(ids)))
    )
    return ServiceCommand(session, text, do, undo)


# -- the flow in the window ---------------------------------------------------------------------------


@dataclass
class _Job:
    task: Task
    dialog: QProgressDialog
    paths: list[Path]
    session: WorkspaceSession
    quiet: bool = False  # the workspace was closed meanwhile: say nothing when it reports


class Importer(JobRunner):
    """Import files into the open workspace. `pool` is given from outside in tests (an ImmediatePool)."""

    job_name = "import"

    import_finished = Signal(object)  # the ImportBatch, or None if the import failed as a whole
    show_source_requested = Signal(int)  # the analyst asked to see a source (a duplicate's original)

    def __init__(self, *, window: QWidget, settings: Settings | None = None, pool: Pool | None = None) -> None:
        super().__init__(window=window, pool=pool)
        self._settings = settings
        from ui.intake.telegram import TelegramImporter

        self.telegram = TelegramImporter(window=window, pool=pool)  # Telegram exports, by content

    def set_session(self, session) -> None:
        super().set_session(session)
        self.telegram.set_session(session)

    def import_dialog(self) -> bool:
        """File ▸ Import Files…: ask for files and import them; True if importing started."""
        if self._session is None:
            return False
        folder = self._settings.files_folder() if self._settings is not None else Path.home()
        paths, _ = QFileDialog.getOpenFileNames(
            self._window, self.tr("Import Files"), str(folder), file_filters()
        )
        if paths and self._settings is not None:
            self._settings.set_files_folder(Path(paths[0]).parent)
        return self.import_files([Path(p) for p in paths]) if paths else False

    def import_files(self, paths: Sequence[Path], *, passwords: dict[str, str] | None = None) -> bool:
        """Import `paths` as sources (`passwords`, by path, open protected PDFs); True if importing started."""
        session = self._session
        paths = [Path(p) for p in paths]
        if session is None or not paths:
            return False
        if session.workspace.read_only:
            show_refusal(
                self._window,
                self.tr("%1 is open read-only; nothing can be imported into it.").replace("%1", session.path.name),
            )
            return False
        if self._job is not None:
            show_refusal(self._window, self.tr("Files are being imported already; wait for them or cancel."))
            return False
        exports = [p for p in paths if telegram_probe(p)]
        if exports:  # a Telegram export: its own dialog (channel, dates, keyword) and import
            paths = [p for p in paths if p not in exports]
            started = self.telegram.start(exports[0])
            if len(exports) > 1:
                self._status(self.tr("One Telegram export at a time: import the others after this one."))
            if not paths:
                return started
        task = Task(partial(import_job, passwords=dict(passwords or {})), session.workspace, paths)
        dialog = QProgressDialog(self.tr("Importing…"), self.tr("Cancel"), 0, len(paths), self._window)
        dialog.setObjectName("import_progress")
        dialog.setWindowTitle(self.tr("Import Files"))
        dialog.setWindowModality(Qt.WindowModality.NonModal)  # a modal one pumps the event loop at each step
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(400)
        job = _Job(task, dialog, paths, session)
        self._job = job
        dialog.canceled.connect(lambda: self._on_dialog_canceled(job))
        task.progressed.connect(lambda done, total: self._on_progressed(job, done, total))
        task.succeeded.connect(lambda batch: self._on_succeeded(job, batch))
        task.failed.connect(lambda message: self._on_failed(job, message))
        task.cancelled.connect(lambda: self._on_failed(job, None))
        dialog.setValue(0)
        run_task(task, self.pool)
        return True

    # -- reports from the task ----------------------------------------------------------------------

    def _on_progressed(self, job: _Job, done: int, total: int) -> None:
        if job.task.is_cancelled() or total <= 0:
            return
        job.dialog.setMaximum(total)
        job.dialog.setValue(min(done, total))
        if done < total:
            job.dialog.setLabelText(
                self.tr("%1 of %2: %3")
                .replace("%1", str(done + 1))
                .replace("%2", str(total))
                .replace("%3", job.paths[done].name)
            )

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
                self._status(self.tr("Import cancelled."))
        self.import_finished.emit(None)

    def _on_succeeded(self, job: _Job, batch: ImportBatch) -> None:
        talk = self._finish(job)
        if batch.created:
            if job.session is self._session:
                job.session.push(import_command(job.session, batch))
            else:  # the workspace was closed meanwhile: the sources are there; nothing to refresh
                log.info("An import finished after its workspace was closed")
        if talk:
            self._status(self._status_text(batch))
            self._tell(batch)
        self.import_finished.emit(batch)
        if talk and batch.locked and not batch.stopped and job.session is self._session:
            self._ask_passwords(batch)

    # -- protected files -----------------------------------------------------------------------------

    def _ask_passwords(self, batch: ImportBatch) -> None:
        """Ask for the password of each protected file and import those given (again, if one was wrong)."""
        given: dict[str, str] = {}
        skipped = []
        for path, wrong in batch.locked:
            password = self.ask_password(path.name, wrong=wrong)
            if password is None:
                skipped.append(path.name)
            else:
                given[str(path)] = password
        if skipped:
            self._status(self.tr("Not imported (no password given): %1").replace("%1", ", ".join(skipped)))
        if given:
            self.import_files([Path(p) for p in given], passwords=given)

    def password_dialog(self, name: str, *, wrong: bool = False) -> QInputDialog:
        """The dialog asking for a protected file's password; says so when the last one was wrong."""
        dialog = QInputDialog(self._window)
        dialog.setObjectName("import_password")
        dialog.setWindowTitle(self.tr("Password Needed"))
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        if wrong:
            label = self.tr("That password does not open “%1”. Try again:").replace("%1", name)
        else:
            label = self.tr("“%1” is protected by a password. Enter it to import the file:").replace("%1", name)
        dialog.setLabelText(label)
        dialog.setOkButtonText(self.tr("Import"))
        return dialog

    def ask_password(self, name: str, *, wrong: bool = False) -> str | None:
        """The password the analyst typed for `name`, or None if they cancelled."""
        dialog = self.password_dialog(name, wrong=wrong)
        try:
            accepted = dialog.exec() == QInputDialog.DialogCode.Accepted
            return dialog.textValue() if accepted else None
        finally:
            dialog.deleteLater()

    # -- telling ------------------------------------------------------------------------------------

    def _status_text(self, batch: ImportBatch) -> str:
        text = self.tr("Imported %n file(s).", "", len(batch.created))
        if batch.stopped:
            text += " " + self.tr("The import was cancelled; the files after that were not imported.")
        return text

    def _tell(self, batch: ImportBatch) -> None:
        """One message about what needs the analyst's attention: refused files, warnings, duplicates."""
        if not (batch.refused or batch.warnings or batch.duplicates):
            return
        parts = []
        if batch.refused:
            lines = "\n".join(  # the reader's reasons usually name the file already
                f"• {reason}" if name in reason else f"• {name}: {reason}" for name, reason in batch.refused
            )
            parts.append(self.tr("Not imported:") + "\n" + lines)
        for name, outcome in batch.duplicates:
            parts.append(
                self.tr("%1: the same file is already in the workspace as “%2”.")
                .replace("%1", name)
                .replace("%2", outcome.title)
            )
        if batch.warnings:
            lines = "\n".join(f"• {name}: {words(warning)}" for name, warning in batch.warnings)
            parts.append(self.tr("Notes:") + "\n" + lines)
        box = QMessageBox(self._window)
        box.setObjectName("import_summary")
        box.setWindowTitle(self.tr("Import Files"))
        box.setIcon(QMessageBox.Icon.Warning if batch.refused else QMessageBox.Icon.Information)
        box.setText(
            self.tr("Imported %n file(s).", "", len(batch.created))
            + (" " + self.tr("The import was cancelled.") if batch.stopped else "")
        )
        box.setInformativeText("\n\n".join(parts))
        show = None
        if batch.duplicates:
            show = box.addButton(self.tr("Show It"), QMessageBox.ButtonRole.ActionRole)
            show.setObjectName("import_show_duplicate")
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if show is not None and clicked is show:
            self.show_source_requested.emit(batch.duplicates[-1][1].source_id)

    def _status(self, message: str) -> None:
        if isinstance(self._window, QMainWindow):
            self._window.statusBar().showMessage(message, 8000)
