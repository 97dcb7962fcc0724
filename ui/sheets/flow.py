"""Spreadsheets in the window: File ▸ Import Claims from Spreadsheet… (read with progress and
Cancel, the mapping dialog, the rows written off the UI thread, one undo step) and File ▸ Export ▸
Spreadsheet… (claims, verdicts and evidence to XLSX or CSV, written off the UI thread)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QProgressDialog, QWidget

from app.changes import Changes
from app.errors import FactdeskError
from app.sheets import SheetImport, Table, import_table, read_table
from app.sheets.claims import ImportSnapshot, rating_labels, remove_import, restore_import
from app.workspace import Workspace
from ui.messages import words
from ui.session import ServiceCommand, WorkspaceSession
from ui.settings import Settings
from ui.sheets.dialog import MappingDialog
from ui.tasks import JobRunner, Pool, Task, TaskCancelled, dismiss_progress, run_task
from ui.widgets import show_refusal

log = logging.getLogger(__name__)


def sheet_filters() -> str:
    return ";;".join(
        (
            QCoreApplication.translate("Sheets", "Spreadsheets (*.xlsx *.xlsm *.csv *.tsv)"),
            QCoreApplication.translate("Sheets", "Excel workbooks (*.xlsx *.xlsm)"),
            QCoreApplication.translate("Sheets", "CSV files (*.csv *.tsv)"),
            QCoreApplication.translate("Sheets", "All files (*)"),
        )
    )


# -- the work, off the UI thread ---------------------------------------------------------------------


def read_job(
    path: Path, *, progress: Callable[[int, int], None], cancelled: Callable[[], bool]
) -> tuple[Table, dict[str, int] | None]:
    progress(0, 0)
    return read_table(path, cancelled=cancelled), None


def write_job(
    workspace: Workspace,
    table: Table,
    mapping: dict[str, int],
    header: bool,
    *,
    progress: Callable[[int, int], None],
    cancelled: Callable[[], bool],
) -> SheetImport:
    progress(0, 0)
    if cancelled():
        raise TaskCancelled()
    return import_table(workspace, table, mapping, header=header)


def export_job(
    workspace: Workspace,
    target: Path,
    report_id: int | None,
    *,
    progress: Callable[[int, int], None],
    cancelled: Callable[[], bool],
):
    from exports.report_data import build_snapshot
    from exports.sheet import write_sheet

    progress(0, 0)
    snapshot = build_snapshot(workspace, report_id)
    if cancelled():
        raise TaskCancelled()
    return write_sheet(snapshot, target, force=True)  # the save dialog asked before replacing


def import_command(session: WorkspaceSession, outcome: SheetImport) -> ServiceCommand:
    """One undo step for everything an import made: the first redo only announces it (it is
    written already); undo deletes its sources and claims in one transaction; redo puts them back."""
    ws = session.workspace
    state: dict = {"first": True, "saved": None}

    def do() -> Changes:
        if state["first"]:
            state["first"] = False
            return outcome.changes
        saved: ImportSnapshot = state["saved"]
        state["saved"] = None
        return restore_import(ws, saved)

    def undo() -> Changes:
        changes, state["saved"] = remove_import(ws, list(outcome.sources))
        return changes

    text = QCoreApplication.translate("Sheets", "Import Claims from “%1”").replace("%1", outcome.name)
    return ServiceCommand(session, text, do, undo)


# -- the flow in the window ---------------------------------------------------------------------------


@dataclass
class _Job:
    task: Task
    dialog: QProgressDialog
    session: WorkspaceSession
    quiet: bool = False


class SheetFlow(JobRunner):
    """Spreadsheets in and out for the open workspace. `pool` is given in tests (an ImmediatePool)."""

    job_name = "spreadsheet"

    import_finished = Signal(object)  # the SheetImport, or None
    export_finished = Signal(object)  # the SheetResult, or None

    def __init__(self, *, window: QWidget, settings: Settings | None = None, pool: Pool | None = None) -> None:
        super().__init__(window=window, pool=pool)
        self._settings = settings
        self.last_dialog: MappingDialog | None = None  # for tests: the dialog shown last

    # -- import ---------------------------------------------------------------------------------------

    def import_dialog(self) -> bool:
        if self._session is None:
            return False
        folder = self._settings.files_folder() if self._settings is not None else Path.home()
        path, _ = QFileDialog.getOpenFileName(
            self._window, self.tr("Import Claims from Spreadsheet"), str(folder), sheet_filters()
        )
        if not path:
            return False
        if self._settings is not None:
            self._settings.set_files_folder(Path(path).parent)
        return self.import_file(Path(path))

    def import_file(self, path: Path) -> bool:
        """Read `path`, then ask for the mapping and import; True if reading started."""
        session = self._session
        if session is None:
            return False
        if session.workspace.read_only:
            show_refusal(
                self._window,
                self.tr("%1 is open read-only; nothing can be imported into it.").replace("%1", session.path.name),
            )
            return False
        if self._job is not None:
            show_refusal(self._window, self.tr("A spreadsheet is being read or written already; wait or cancel."))
            return False
        task = Task(read_job, Path(path))
        self._start(
            task,
            session,
            self.tr("Reading %1…").replace("%1", Path(path).name),
            lambda job, result: self._on_read(job, Path(path), result[0]),
        )
        return True

    def _on_read(self, job: _Job, path: Path, table: Table) -> None:
        if not self._finish(job) or job.session is not self._session:
            return
        session = job.session
        try:
            ratings = rating_labels(session.workspace)
        except FactdeskError as exc:
            show_refusal(self._window, exc)
            return
        dialog = MappingDialog(table, ratings, reread=lambda sheet: read_table(path, sheet=sheet), parent=self._window)
        self.last_dialog = dialog
        dialog.accepted.connect(lambda: self._write(session, dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _write(self, session: WorkspaceSession, dialog: MappingDialog) -> None:
        if session is not self._session:
            return
        table, mapping, header = dialog.table, dialog.mapping(), dialog.header
        task = Task(write_job, session.workspace, table, mapping, header)
        label = self.tr("Importing claims from %1…").replace("%1", table.name)
        self._start(task, session, label, self._on_imported)

    def _on_imported(self, job: _Job, outcome: SheetImport) -> None:
        talk = self._finish(job)
        if job.session is self._session:
            job.session.push(import_command(job.session, outcome))
        if talk:
            self._status(
                self.tr("Claims imported from %1: %2.").replace("%1", outcome.name).replace("%2", f"{outcome.claims:,}")
            )
            if outcome.problems:
                box = QMessageBox(self._window)
                box.setObjectName("sheet_import_summary")
                box.setIcon(QMessageBox.Icon.Information)
                box.setWindowTitle(self.tr("Import Claims from Spreadsheet"))
                box.setText(
                    self.tr("Claims imported: %1. Rows left out: %2.")
                    .replace("%1", f"{outcome.claims:,}")
                    .replace("%2", f"{len(outcome.problems):,}")
                )
                box.setDetailedText("\n".join(words(p.describe()) for p in outcome.problems))
                box.setInformativeText("\n".join(words(p.describe()) for p in outcome.problems[:10]))
                box.open()
        self.import_finished.emit(outcome)

    # -- export ---------------------------------------------------------------------------------------

    def export_dialog(self, report_id: int | None = None) -> bool:
        session = self._session
        if session is None:
            return False
        if self._job is not None:
            show_refusal(self._window, self.tr("A spreadsheet is being read or written already; wait or cancel."))
            return False
        folder = self._settings.files_folder() if self._settings is not None else Path.home()
        suggested = str(Path(folder) / (session.path.stem + ".xlsx"))
        path, chosen = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export Spreadsheet"),
            suggested,
            ";;".join((self.tr("Excel workbook (*.xlsx)"), self.tr("CSV, UTF-8 (*.csv)"))),
        )
        if not path:
            return False
        target = Path(path)
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_suffix(".csv" if "csv" in chosen.lower() else ".xlsx")
        return self.export_to(target, report_id)

    def export_to(self, target: Path, report_id: int | None = None) -> bool:
        session = self._session
        if session is None or self._job is not None:
            return False
        task = Task(export_job, session.workspace, Path(target), report_id)
        self._start(task, session, self.tr("Writing %1…").replace("%1", Path(target).name), self._on_exported)
        return True

    def _on_exported(self, job: _Job, result) -> None:
        if self._finish(job):
            self._status(
                self.tr("Wrote %1 (claims: %2).").replace("%1", str(result.path)).replace("%2", f"{result.claims:,}")
            )
        self.export_finished.emit(result)

    # -- the job and its dialog -----------------------------------------------------------------------

    def _start(self, task: Task, session: WorkspaceSession, label: str, done: Callable[[_Job, object], None]) -> _Job:
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, self._window)
        dialog.setObjectName("sheet_progress")
        dialog.setWindowTitle(self.tr("Spreadsheet"))
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(400)
        job = _Job(task, dialog, session)
        self._job = job
        dialog.canceled.connect(lambda: self._on_dialog_canceled(job))
        task.succeeded.connect(lambda result: done(job, result))
        task.failed.connect(lambda message: self._on_failed(job, message))
        task.cancelled.connect(lambda: self._on_failed(job, None))
        run_task(task, self.pool)
        return job

    def _finish(self, job: _Job) -> bool:
        dismiss_progress(job.dialog)
        job.dialog.deleteLater()
        if self._job is job:
            self._job = None
        return not job.quiet

    def _on_failed(self, job: _Job, message: str | None) -> None:
        if self._finish(job):
            if message:
                show_refusal(self._window, message, title=self.tr("Spreadsheet"))
            else:
                self._status(self.tr("Cancelled; nothing was changed."))
        self.import_finished.emit(None)

    def _status(self, message: str) -> None:
        if isinstance(self._window, QMainWindow):
            self._window.statusBar().showMessage(message, 8000)
