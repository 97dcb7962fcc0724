"""Automatic backups while a workspace is open: on opening (if it changed since its newest backup)
and every 30 minutes (settings) if it changed meanwhile. Each runs off the UI thread: VACUUM INTO
reads one snapshot, so editing goes on while it runs."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from app import backup
from ui.tasks import Pool, Task, run_task

log = logging.getLogger(__name__)


def backup_job(path: Path, change_count: int, reason: str, *, progress, cancelled) -> backup.BackupInfo | None:
    """Runs in a worker thread: back up `path` if its counter moved since the newest backup."""
    if not backup.needs_backup(path, change_count):
        return None
    return backup.take_backup(path, reason=reason, cancelled=cancelled)


class BackupScheduler(QObject):
    backup_taken = Signal(object)  # BackupInfo
    backup_failed = Signal(str)  # a message fit for the user

    def __init__(self, *, parent: QObject | None = None, pool: Pool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool
        self._session = None
        self._task: Task | None = None
        self.timer = QTimer(self, objectName="backup_timer")
        self.timer.timeout.connect(lambda: self.backup_soon("interval"))

    def set_session(self, session, *, interval_minutes: int = 30) -> None:
        """Follow another workspace (or none). A backup still running for the old one is stopped
        (its temporary file removed; the older backups stay) and waited for."""
        self.timer.stop()
        self.stop()
        self._session = session
        if session is not None and not session.workspace.read_only:
            self.timer.start(max(1, interval_minutes) * 60_000)
            self.backup_soon("open")

    @property
    def busy(self) -> bool:
        return self._task is not None

    def stop(self, timeout: float = 60) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            if not task.wait(timeout):
                log.warning("A backup did not stop within %s seconds", timeout)

    def backup_soon(self, reason: str) -> Task | None:
        """Start a backup in the background if the workspace changed since its newest one."""
        session = self._session
        if session is None or session.workspace.read_only or self._task is not None:
            return None
        try:
            count = session.workspace.change_count()
        except Exception:  # the file went away or broke: the open or the next write will say so
            log.warning("Could not read the change counter of %s", session.path, exc_info=True)
            return None
        task = Task(backup_job, session.path, count, reason, parent=self)
        self._task = task
        task.succeeded.connect(lambda info: self._finished(task, info))
        task.failed.connect(lambda message: self._failed(task, message))
        task.cancelled.connect(lambda: self._finished(task, None))
        run_task(task, self.pool)
        return task

    def _finished(self, task: Task, info) -> None:
        if self._task is task:
            self._task = None
        task.deleteLater()
        if info is not None:
            self.backup_taken.emit(info)

    def _failed(self, task: Task, message: str) -> None:
        stale = self._task is not task
        self._finished(task, None)
        if not stale:
            log.warning("Backup failed: %s", message)
            self.backup_failed.emit(message)
