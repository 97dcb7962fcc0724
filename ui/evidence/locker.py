"""The evidence locker's work in the window: attaching files and pasted images off the UI thread,
with progress and Cancel, as one undo step; and the integrity check on demand (Tools ▸ Verify).

Each file is its own transaction (the services do that), so a refused or cancelled file leaves
nothing behind and the files finished before it stay (and are undone together).
"""

from __future__ import annotations

import atexit
import logging
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QEvent, QIODevice, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QProgressDialog, QWidget

from app.changes import EVIDENCE, Changes
from app.errors import FactdeskError
from app.models import Stance
from app.services import attachments, evidence
from app.services.attachments import AttachmentCancelled, IntegrityReport
from app.workspace import Workspace
from ui.messages import words
from ui.session import ServiceCommand, WorkspaceSession
from ui.settings import Settings
from ui.tasks import JobRunner, Pool, Task, dismiss_progress, run_task
from ui.widgets import show_refusal

log = logging.getLogger(__name__)


# -- what to attach, and the work off the UI thread --------------------------------------------------


@dataclass(frozen=True)
class Item:
    """One file (a path) or a pasted image (bytes and a name) to attach."""

    name: str
    path: Path | None = None
    data: bytes | None = None
    size: int = 0


@dataclass
class Outcome:
    kind: str  # "attached" (id: the attachment) or "created" (id: the new evidence)
    id: int
    changes: Changes


@dataclass
class Batch:
    done: list[Outcome] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)
    stopped: bool = False

    def changes(self) -> Changes:
        merged = Changes()
        for outcome in self.done:
            merged.merge(outcome.changes)
        return merged


def attach_job(
    workspace: Workspace,
    items: Sequence[Item],
    evidence_id: int | None,
    claim_id: int | None,
    limit: int,
    *,
    progress: Callable[[int, int], None],
    cancelled: Callable[[], bool],
) -> Batch:
    """Attach each item to `evidence_id`, or make each a new piece of evidence linked to `claim_id`.
    Runs in a worker thread: no widgets. Progress counts bytes over all the items."""
    batch = Batch()
    total = sum(item.size for item in items) or 1
    before = 0
    for item in items:
        if cancelled():
            batch.stopped = True
            break

        def step(done: int, _size: int, base: int = before) -> None:
            progress(base + done, total)

        try:
            if evidence_id is not None:
                if item.path is not None:
                    changes = attachments.attach_file(
                        workspace, evidence_id, item.path, limit=limit, progress=step, cancelled=cancelled
                    )
                else:
                    changes = attachments.attach_data(workspace, evidence_id, item.data, item.name, limit=limit)
                batch.done.append(Outcome("attached", changes.subject, changes))
            else:
                changes = attachments.add_evidence_with_file(
                    workspace,
                    claim_id,
                    path=item.path,
                    data=item.data,
                    name=item.name,
                    stance=Stance.CONTEXT,
                    limit=limit,
                    progress=step if item.path is not None else None,
                    cancelled=cancelled,
                )
                batch.done.append(Outcome("created", changes.previous["evidence_id"], changes))
        except AttachmentCancelled:
            batch.stopped = True
            break
        except FactdeskError as exc:
            batch.refused.append((item.name, words(exc)))
        except Exception:  # never a traceback for the analyst; the details go to the log
            log.exception("Attaching %s failed", item.name)
            batch.refused.append((item.name, QCoreApplication.translate("locker", "something unexpected went wrong.")))
        before += item.size
    else:
        progress(total, total)
    return batch


def locker_command(session: WorkspaceSession, batch: Batch, text: str) -> ServiceCommand:
    """One undo step for what an attach did (already written: the first redo only announces it);
    undo removes the attachments / deletes the new evidence, redo puts them back under their ids."""
    ws = session.workspace
    state: dict[str, Any] = {"first": True, "saved": []}

    def do() -> Changes:
        if state["first"]:
            state["first"] = False
            return batch.changes()
        changes = Changes()
        for kind, saved in state["saved"]:
            if kind == "attached":
                changes.merge(attachments.reattach(ws, saved))
            else:
                changes.merge(evidence.restore_evidence(ws, saved))
        state["saved"] = []
        return changes

    def undo() -> Changes:
        changes, saved = Changes(), []
        for outcome in reversed(batch.done):
            if outcome.kind == "attached":
                removed = attachments.detach(ws, outcome.id)
                saved.append(("attached", removed.previous["attachment"]))
            else:
                removed = evidence.delete_evidence(ws, outcome.id)
                saved.append(("created", removed.previous["snapshot"]))
            changes.merge(removed)
        state["saved"] = list(reversed(saved))
        return changes

    return ServiceCommand(session, text, do, undo)


def detach_command(session: WorkspaceSession, attachment_id: int) -> ServiceCommand:
    ws = session.workspace
    state: dict[str, Any] = {}

    def do() -> Changes:
        changes = attachments.detach(ws, attachment_id)
        state["saved"] = changes.previous["attachment"]
        return changes

    return ServiceCommand(
        session,
        QCoreApplication.translate("locker", "Remove Attachment"),
        do,
        lambda: attachments.reattach(ws, state["saved"]),
    )


class _PasteKey(QObject):
    """Ctrl+V (the platform's Paste) on a widget calls `slot`: an item view claims the key for its
    keyboard search before a QShortcut would see it, so the key is caught here first."""

    def __init__(self, widget: QWidget, slot: Callable[[], object]) -> None:
        super().__init__(widget)
        self._slot = slot
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and event.matches(
            QKeySequence.StandardKey.Paste
        ):
            event.accept()
            if kind == QEvent.Type.KeyPress:
                self._slot()
            return True
        return False


def on_paste(widget: QWidget, slot: Callable[[], object]) -> QObject:
    return _PasteKey(widget, slot)


def clipboard_png() -> bytes | None:
    """The clipboard's image as PNG bytes (a screenshot), or None."""
    mime = QGuiApplication.clipboard().mimeData()
    if mime is None:
        return None
    if mime.hasFormat("image/png"):  # keep the bytes as they came: no re-encoding
        data = bytes(mime.data("image/png"))
        if data.startswith(b"\x89PNG"):
            return data
    if not mime.hasImage():
        return None
    image = QGuiApplication.clipboard().image()
    if image.isNull():
        return None
    return png_bytes(image)


def png_bytes(image: QImage) -> bytes:
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(array)


def screenshot_name(now: datetime | None = None) -> str:
    now = now or datetime.now(UTC)
    # the name becomes the evidence's title, which reports print: in the analyst's language
    return QCoreApplication.translate("locker", "Screenshot %1 UTC.png").replace("%1", f"{now:%Y-%m-%d %H.%M.%S}")


# -- temporary copies for the system viewer ------------------------------------------------------------

_temp_folder: Path | None = None


def temp_folder() -> Path:
    """A private folder (mode 0700) for read-only copies handed to viewers; removed when Factdesk quits."""
    global _temp_folder
    if _temp_folder is None or not _temp_folder.is_dir():
        _temp_folder = Path(tempfile.mkdtemp(prefix="factdesk-open-"))
        atexit.register(_remove_temp, _temp_folder)
    return _temp_folder


def _remove_temp(folder: Path) -> None:
    for path in folder.rglob("*"):  # the copies are read-only: make them removable
        path.chmod(0o700)
    shutil.rmtree(folder, ignore_errors=True)


# -- the flow in the window ---------------------------------------------------------------------------


@dataclass
class _Job:
    task: Task
    dialog: QProgressDialog
    session: WorkspaceSession
    what: str  # "attach" or "verify"
    quiet: bool = False


class Locker(JobRunner):
    """Attaching and verifying for the open workspace. `pool` is given from outside in tests."""

    job_name = "attachment job"

    attached = Signal(object)  # the Batch
    verified = Signal(object)  # the IntegrityReport
    flags_changed = Signal()

    def __init__(self, *, window: QWidget, settings: Settings | None = None, pool: Pool | None = None) -> None:
        super().__init__(window=window, pool=pool)
        self._settings = settings

    def files_folder(self) -> Path:
        """Where Attach Files… opens: the same folder as Import Files… (ui.settings.files_folder)."""
        return self._settings.files_folder() if self._settings is not None else Path.home()

    def remember_files_folder(self, folder: Path) -> None:
        if self._settings is not None:
            self._settings.set_files_folder(folder)

    def limit(self) -> int:
        mb = self._settings.attachment_limit_mb() if self._settings is not None else 200
        return mb * attachments.MB

    # -- attaching -------------------------------------------------------------------------------------

    def attach_paths(self, paths: Sequence[Path], *, evidence_id: int | None = None, claim_id: int | None = None):
        items = []
        for path in paths:
            path = Path(path)
            try:
                size = path.stat().st_size if path.is_file() else 0
            except OSError:
                size = 0
            items.append(Item(path.name or str(path), path=path, size=size))
        return self._attach(items, evidence_id, claim_id)

    def attach_bytes(self, data: bytes, name: str, *, evidence_id: int | None = None, claim_id: int | None = None):
        return self._attach([Item(name, data=data, size=len(data))], evidence_id, claim_id)

    def _attach(self, items: list[Item], evidence_id: int | None, claim_id: int | None) -> bool:
        session = self._session
        if session is None or not items or (evidence_id is None and claim_id is None):
            return False
        if self._job is not None:
            show_refusal(self._window, self.tr("Files are being attached or checked already; wait or cancel."))
            return False
        task = Task(attach_job, session.workspace, items, evidence_id, claim_id, self.limit())
        job = self._start(task, session, "attach", self.tr("Attaching…"), self.tr("Attach Files"))
        task.succeeded.connect(lambda batch: self._on_attached(job, batch, evidence_id))
        run_task(task, self.pool)
        return True

    def _on_attached(self, job: _Job, batch: Batch, evidence_id: int | None) -> None:
        talk = self._finish(job)
        if batch.done and job.session is self._session:
            if len(batch.done) == 1:
                text = self.tr("Attach File") if evidence_id is not None else self.tr("Add Evidence from File")
            else:
                text = self.tr("Attach %1 Files").replace("%1", str(len(batch.done)))
            job.session.push(locker_command(job.session, batch, text))
        if talk:
            if batch.refused:
                lines = "\n".join(
                    f"• {why}" if name in why else f"• {name}: {why}" for name, why in batch.refused
                )
                show_refusal(self._window, self.tr("Not attached:") + "\n" + lines, title=self.tr("Attach Files"))
            elif batch.stopped:
                self._status(self.tr("Attaching was cancelled; nothing of the file being copied was kept."))
            else:
                self._status(self.tr("Attached %n file(s).", "", len(batch.done)))
        self.attached.emit(batch)

    # -- verifying -------------------------------------------------------------------------------------

    def verify(self) -> bool:
        session = self._session
        if session is None:
            return False
        if self._job is not None:
            show_refusal(self._window, self.tr("Files are being attached or checked already; wait or cancel."))
            return False
        task = Task(_verify_job, session.workspace)
        job = self._start(task, session, "verify", self.tr("Checking every attachment…"), self.tr("Verify"))
        task.succeeded.connect(lambda report: self._on_verified(job, report))
        run_task(task, self.pool)
        return True

    def _on_verified(self, job: _Job, report: IntegrityReport) -> None:
        talk = self._finish(job)
        if job.session is self._session and report.evidence:
            ids = {p.evidence_id for p in report.problems if p.evidence_id is not None}
            job.session.publish(Changes().update(EVIDENCE, *ids, *_all_evidence_ids(job.session.workspace)))
        self.flags_changed.emit()
        if talk:
            box = QMessageBox(self._window)
            box.setObjectName("verify_summary")
            box.setWindowTitle(self.tr("Verify Attachments"))
            if report.ok:
                box.setIcon(QMessageBox.Icon.Information)
                box.setText(words(report.summary()))
            else:
                box.setIcon(QMessageBox.Icon.Critical)
                box.setText(words(report.summary()) + " " + self.tr("The items are flagged in red."))
                box.setDetailedText("\n".join(words(p.describe()) for p in report.problems))
                box.setInformativeText("\n".join(words(p.describe()) for p in report.problems[:8]))
            box.setModal(True)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()  # not exec(): the check's result is already recorded; nothing waits on it
            self.last_summary = box
        self.verified.emit(report)

    # -- shared ----------------------------------------------------------------------------------------

    def _start(self, task: Task, session: WorkspaceSession, what: str, label: str, title: str) -> _Job:
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 1000, self._window)
        dialog.setObjectName(f"{what}_progress")
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(400)
        job = _Job(task, dialog, session, what)
        self._job = job
        dialog.canceled.connect(lambda: self._on_dialog_canceled(job))
        task.progressed.connect(lambda done, total: self._on_progressed(job, done, total))
        task.failed.connect(lambda message: self._on_failed(job, message))
        task.cancelled.connect(lambda: self._on_failed(job, None))
        dialog.setValue(0)
        return job

    def _on_progressed(self, job: _Job, done: int, total: int) -> None:
        if job.task.is_cancelled() or total <= 0:
            return
        job.dialog.setValue(int(1000 * min(done, total) / total))

    def _finish(self, job: _Job) -> bool:
        dismiss_progress(job.dialog)
        job.dialog.deleteLater()
        if self._job is job:
            self._job = None
        return not job.quiet

    def _on_failed(self, job: _Job, message: str | None) -> None:
        if self._finish(job):
            if message:
                show_refusal(self._window, message)
            else:
                self._status(self.tr("Stopped; nothing was changed."))

    def _status(self, message: str) -> None:
        if isinstance(self._window, QMainWindow):
            self._window.statusBar().showMessage(message, 8000)


def _verify_job(workspace: Workspace, *, progress, cancelled) -> IntegrityReport:
    return attachments.verify(workspace, progress=progress, cancelled=cancelled)


def _all_evidence_ids(workspace: Workspace) -> list[int]:
    return list(attachments.attachment_counts(workspace))
