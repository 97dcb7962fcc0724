"""Exporting a report as a Word document: choose the report and the file, write it off the UI thread
with progress and Cancel, then say where it went.

The writer (exports.docx_report.write_docx) writes to a temporary file and moves the finished file
into place in one step, so a cancelled or failed export leaves no half-written file and an older
file untouched; an existing file is replaced only after the analyst said so.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QProcess, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QWidget,
)

from app.errors import FactdeskError
from app.filenames import safe_filename, unique_path
from app.services import custody, reports
from app.workspace import Workspace
from ui.labels import in_quotes
from ui.messages import words
from ui.reports.check import ExportCheckDialog
from ui.reports.model import period_text
from ui.session import WorkspaceSession
from ui.settings import Settings
from ui.tasks import JobRunner, Pool, Task, TaskCancelled, dismiss_progress, run_task
from ui.widgets import show_refusal

log = logging.getLogger(__name__)

SUFFIX = ".docx"

Writer = Callable[..., Any]  # exports.docx_report.write_docx, or a stand-in in tests


# -- file names ------------------------------------------------------------------------------------


def with_docx_suffix(path: Path) -> Path:
    """The path with .docx at the end (a save dialog may hand back a name without it)."""
    return path if path.suffix.lower() == SUFFIX else path.with_name(path.name + SUFFIX)


# -- the work, off the UI thread ----------------------------------------------------------------------


@dataclass(frozen=True)
class ExportOutcome:
    path: Path
    claims: int
    missing_styles: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


def export_job(
    workspace: Workspace,
    report_id: int,
    target: Path,
    template: Path | None,
    replace: bool = False,
    writer: Writer | None = None,
    *,
    progress: Callable[[int, int], None],
    cancelled: Callable[[], bool],
) -> ExportOutcome:
    """Build the report's snapshot and write it to `target` (runs in a worker thread: no widgets).

    The writer puts the file in place only when it is complete, and not at all once `cancelled()`
    returns True; `replace` lets it replace a file the analyst agreed to replace.
    """
    from exports.report_data import build_snapshot

    snapshot = build_snapshot(workspace, report_id)
    if cancelled():
        raise TaskCancelled
    if writer is None:
        try:
            from exports.docx_report import write_docx as writer
        except ImportError as exc:
            log.exception("The Word writer could not be loaded")
            raise FactdeskError(
                QCoreApplication.translate("export", "Word export is not available in this copy of Factdesk.")
            ) from exc
    try:
        result = writer(snapshot, target, template=template, force=replace, progress=progress, cancelled=cancelled)
    except OSError as exc:  # the real writer words its own; this is for any other
        message = QCoreApplication.translate("export", "The report could not be written to %1: %2")
        message = message.replace("%1", str(target)).replace("%2", exc.strerror or str(exc))
        if isinstance(exc, PermissionError):
            message += " " + QCoreApplication.translate(
                "export", "If the file is open in Word or another program, close it and try again."
            )
        raise FactdeskError(message) from exc
    path = Path(getattr(result, "path", target))
    warnings = tuple(getattr(result, "warnings", ()) or ())
    try:
        custody.record_report_export(
            workspace, (e.evidence_id for e in snapshot.evidence), report=snapshot.title, target=path
        )
    except FactdeskError as exc:  # the report is written; say that its evidence's logs are not
        log.warning("Custody entries for %s were not written: %s", path, exc)
        warnings += (words(exc),)
    return ExportOutcome(
        path=path,
        claims=int(getattr(result, "claims", len(snapshot.claims))),
        missing_styles=tuple(getattr(result, "missing_styles", ()) or ()),
        warnings=warnings,
    )


# -- the flow in the window ------------------------------------------------------------------------------


@dataclass
class _Job:
    task: Task
    dialog: QProgressDialog
    title: str
    quiet: bool = False  # the workspace was closed meanwhile: say nothing when it reports


class ReportExporter(JobRunner):
    """File ▸ Export Report… from start to end. `pool` and `writer` are given from outside in tests."""

    job_name = "export"

    export_finished = Signal(object)  # the Path written, or None if nothing was
    claim_requested = Signal(int)  # a line of the check before export was opened

    def __init__(
        self,
        *,
        window: QWidget,
        settings: Settings,
        pool: Pool | None = None,
        writer: Writer | None = None,
    ) -> None:
        super().__init__(window=window, pool=pool)
        self._settings = settings
        self.writer = writer

    # -- asking --------------------------------------------------------------------------------------

    def export(self, report_id: int | None = None, *, current: int | None = None) -> bool:
        """Export `report_id`, or ask which report (offering `current` first); True if writing started."""
        session = self._session
        if session is None:
            return False
        if self._job is not None:
            show_refusal(self._window, self.tr("A report is being exported already; wait for it or cancel it."))
            return False
        if report_id is None:
            report_id = self._ask_report(current)
            if report_id is None:
                return False
        try:
            report = reports.get_report(session.workspace, report_id)
        except FactdeskError as exc:
            show_refusal(self._window, exc)
            return False
        template = Path(report.template_path) if report.template_path else self._settings.default_template()
        if template is not None and not template.is_file():
            show_refusal(
                self._window,
                self.tr(
                    "The template %1 cannot be found. Choose another in the report's details, "
                    "or use the template that comes with Factdesk."
                ).replace("%1", str(template)),
                title=self.tr("Export Report"),
            )
            return False
        if not self._passes_check(report_id, report.title):
            return False
        chosen = self._ask_target(report.title)
        if chosen is None:
            return False
        target, replace = chosen
        self._start(session, report_id, report.title, target, template, replace)
        return True

    def _passes_check(self, report_id: int, title: str) -> bool:
        """What an editor would catch, shown before the file is asked for: True to export anyway."""
        try:
            items = reports.check_report(self._session.workspace, report_id)
        except FactdeskError as exc:
            show_refusal(self._window, exc)
            return False
        if not items:
            return True
        dialog = ExportCheckDialog(title, items, parent=self._window)
        try:
            go = dialog.exec() == QDialog.DialogCode.Accepted
            claim_id = dialog.requested_claim
        finally:
            dialog.deleteLater()
        if claim_id is not None:
            self.claim_requested.emit(claim_id)
        return go and claim_id is None

    def _ask_report(self, current: int | None) -> int | None:
        found = reports.list_reports(self._session.workspace)
        if not found:
            QMessageBox.information(
                self._window,
                self.tr("Export Report"),
                self.tr("This workspace has no reports yet. Make one in View ▸ Reports (Ctrl+Shift+R)."),
            )
            return None
        if len(found) == 1:
            return found[0].id
        titles = [r.title for r in found]
        labels = []
        for report in found:
            period = period_text(report.period_start, report.period_end)
            label = f"{report.title} ({period})" if period else report.title
            labels.append(f"{label} #{report.id}" if titles.count(report.title) > 1 else label)
        ids = [r.id for r in found]
        chosen, ok = QInputDialog.getItem(
            self._window,
            self.tr("Export Report"),
            self.tr("Which report?"),
            labels,
            ids.index(current) if current in ids else 0,
            False,
        )
        return ids[labels.index(chosen)] if ok and chosen in labels else None

    def _ask_target(self, title: str) -> tuple[Path, bool] | None:
        """The file to write, and whether the analyst agreed to replace it; None if they gave up."""
        folder = self._settings.last_export_folder()
        if folder is None or not folder.is_dir():
            folder = self._session.workspace.path.parent
        path, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export Report"),
            str(unique_path(folder, safe_filename(title, suffix=SUFFIX))),  # never an existing file's name
            self.tr("Word documents (*.docx)"),
            options=QFileDialog.Option.DontConfirmOverwrite,  # asked below, once the suffix is known
        )
        if not path:
            return None
        target = with_docx_suffix(Path(path))
        self._settings.set_last_export_folder(target.parent)
        if target.exists():
            answer = QMessageBox.question(
                self._window,
                self.tr("Replace File?"),
                self.tr("%1 already exists in %2. Replace it?")
                .replace("%1", target.name)
                .replace("%2", str(target.parent)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
            return target, True
        return target, False

    # -- writing -------------------------------------------------------------------------------------

    def _start(
        self,
        session: WorkspaceSession,
        report_id: int,
        title: str,
        target: Path,
        template: Path | None,
        replace: bool,
    ) -> None:
        task = Task(export_job, session.workspace, report_id, target, template, replace, self.writer)
        dialog = QProgressDialog(self.tr("Exporting “%1”…").replace("%1", title), self.tr("Cancel"), 0, 0, self._window)
        dialog.setObjectName("export_progress")
        dialog.setWindowTitle(self.tr("Export Report"))
        _readable_progress(dialog)
        # not modal: a modal progress dialog pumps the event loop at every step
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(400)
        job = _Job(task, dialog, title)
        self._job = job
        dialog.canceled.connect(lambda: self._on_dialog_canceled(job))
        task.progressed.connect(lambda done, total: self._on_task_progressed(job, done, total))
        task.succeeded.connect(lambda outcome: self._on_task_succeeded(job, outcome))
        task.failed.connect(lambda message: self._on_task_failed(job, message))
        task.cancelled.connect(lambda: self._on_task_cancelled(job))
        dialog.setValue(0)
        run_task(task, self.pool)

    def _on_task_progressed(self, job: _Job, done: int, total: int) -> None:
        if job.task.is_cancelled():
            return
        if total > 0:
            job.dialog.setMaximum(total)
            job.dialog.setValue(min(done, total))
            job.dialog.setLabelText(
                self.tr("Exporting “%1”: claim %2 of %3…")
                .replace("%1", job.title)
                .replace("%2", str(done))
                .replace("%3", str(total))
            )

    def _finish(self, job: _Job, path: Path | None) -> bool:
        """Close the job's dialog; False if the job was abandoned (nothing more to say about it)."""
        dismiss_progress(job.dialog)
        job.dialog.deleteLater()
        if self._job is job:
            self._job = None
        self.export_finished.emit(path)
        return not job.quiet

    def _on_task_succeeded(self, job: _Job, outcome: ExportOutcome) -> None:
        if self._finish(job, outcome.path):
            self._status(self.tr("Exported the report to %1").replace("%1", str(outcome.path)))
            self._show_done(outcome)

    def _on_task_failed(self, job: _Job, message: str) -> None:
        if self._finish(job, None):
            show_refusal(self._window, message, title=self.tr("The report was not exported"))

    def _on_task_cancelled(self, job: _Job) -> None:
        if self._finish(job, None):
            self._status(self.tr("Export cancelled; no file was written."))

    # -- telling -------------------------------------------------------------------------------------

    def _status(self, message: str) -> None:
        if isinstance(self._window, QMainWindow):
            self._window.statusBar().showMessage(message, 8000)

    def _show_done(self, outcome: ExportOutcome) -> None:
        box = QMessageBox(self._window)
        box.setObjectName("export_done")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Report Exported"))
        box.setText(
            self.tr("The report (%n claim(s)) was saved as %1.", "", outcome.claims).replace("%1", str(outcome.path))
        )
        notes = []
        if outcome.missing_styles:
            notes.append(
                self.tr("The template has no styles named %1; Factdesk's own were used for them.").replace(
                    "%1", ", ".join(in_quotes(name) for name in outcome.missing_styles)
                )
            )
            box.setIcon(QMessageBox.Icon.Warning)
        notes.extend(words(warning) for warning in outcome.warnings)
        if notes:
            box.setInformativeText("\n\n".join(notes))
        open_button = box.addButton(self.tr("&Open"), QMessageBox.ButtonRole.AcceptRole)
        folder_button = box.addButton(self.tr("Show in &Folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(open_button)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is open_button:
            open_file(outcome.path)
        elif clicked is folder_button:
            show_in_folder(outcome.path)


def _readable_progress(dialog: QProgressDialog) -> None:
    """A long report title (or Ukrainian words) wraps onto a second line instead of widening the
    dialog past the screen or being cut; the bar says how far it is in figures as well."""
    label = QLabel(dialog, objectName="export_progress_label", wordWrap=True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    width = dialog.fontMetrics().averageCharWidth() * 60
    label.setFixedWidth(width)
    label.setMinimumHeight(dialog.fontMetrics().lineSpacing() * 3)  # up to three lines, never cut
    dialog.setLabel(label)
    bar = QProgressBar(dialog, objectName="export_progress_bar", textVisible=True)
    bar.setFormat("%v / %m")  # claims written of all; a busy stripe until the writer says how many
    dialog.setBar(bar)
    dialog.setMinimumWidth(width + 40)


def open_file(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_in_folder(path: Path) -> bool:
    """Show the file in the system's file manager, selected where the platform allows."""
    if sys.platform == "win32":
        return QProcess.startDetached("explorer.exe", ["/select,", str(path)])[0]
    if sys.platform == "darwin":
        return QProcess.startDetached("open", ["-R", str(path)])[0]
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
