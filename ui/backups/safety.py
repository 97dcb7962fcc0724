"""The window's side of data safety: a workspace that is locked or damaged when opened, restoring a
backup, backing up by hand, and the full integrity check (off the UI thread, with Cancel)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from app import backup, integrity
from app.errors import FactdeskError, WorkspaceDamaged, WorkspaceLocked
from app.workspace import Workspace
from ui.backups.dialog import RestoreDialog, claims_words, content_words, local_time, reason_words
from ui.backups.scheduler import BackupScheduler
from ui.messages import words
from ui.tasks import Pool, Task, dismiss_progress, run_task
from ui.widgets import show_refusal

log = logging.getLogger(__name__)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class DataSafety(QObject):
    """Owned by the main window (`window`), which it asks to close and open workspaces."""

    def __init__(self, *, window: QWidget, settings, pool: Pool | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self.pool = pool
        backup.set_policy(settings.backup_policy())
        self.scheduler = BackupScheduler(parent=self, pool=pool)
        self.scheduler.backup_taken.connect(self._on_backup_taken)
        self.scheduler.backup_failed.connect(self._on_backup_failed)
        self._check: Task | None = None
        self.last_message: QMessageBox | None = None  # the last question asked (tests look at it)

    def set_session(self, session) -> None:
        self.scheduler.set_session(session, interval_minutes=backup.policy().interval_minutes)

    def apply_settings(self) -> None:
        """The backup settings changed: use them from now on."""
        backup.set_policy(self._settings.backup_policy())

    # -- opening -----------------------------------------------------------------------------------

    def open_locked(self, path: Path, error: WorkspaceLocked, *, user: str | None) -> Workspace | None:
        """Another Factdesk holds `path`: say who, and open it read-only if the analyst wants."""
        box = self._box(
            QMessageBox.Icon.Information,
            self.tr("Workspace in Use") if getattr(error, "holder", None) else self.tr("Open Read-Only?"),
            _escape(words(error)),
            self.tr(
                "Read-only, you can read everything and export reports, but not change anything. "
                "Changes made in the other Factdesk show up when you open the workspace again."
            ),
        )
        read_only = box.addButton(self.tr("Open Read-Only"), QMessageBox.ButtonRole.AcceptRole)
        read_only.setObjectName("open_read_only")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(read_only)
        box.exec()
        if box.clickedButton() is not read_only:
            return None
        try:
            return Workspace.open(path, user=user, read_only=True)
        except FactdeskError as exc:
            show_refusal(self._window, exc, title=self.tr("Cannot open workspace"))
            return None

    def open_damaged(self, path: Path, error: WorkspaceDamaged) -> bool:
        """`path` failed SQLite's check: set it aside untouched, say so, and offer the newest good
        backup. True when a backup was restored in its place (the caller opens it then)."""
        try:
            aside = backup.set_aside(path)
        except FactdeskError as exc:
            show_refusal(self._window, f"{words(error)}\n\n{words(exc)}", title=self.tr("Damaged workspace"))
            return False
        newest = backup.newest_good_backup(path)
        details = self.tr("The damaged file was kept as it is, renamed to <b>%1</b>.").replace(
            "%1", _escape(aside.name)
        )
        if newest is None:
            details += "<br><br>" + self.tr("There is no backup of this workspace.")
        else:
            details += "<br><br>" + self.tr("The newest good backup is from <b>%1</b> (%2).").replace(
                "%1", local_time(newest.taken_at)
            ).replace("%2", claims_words(newest.claims))
        box = self._box(QMessageBox.Icon.Critical, self.tr("Damaged workspace"), _escape(words(error)), details)
        problems = getattr(error, "problems", None) or []
        if problems:  # SQLite's own report, in its own (English) words, for whoever repairs the file
            box.setDetailedText("\n".join(words(problem) for problem in problems))
        restore = choose = None
        if newest is not None:
            restore = box.addButton(self.tr("Restore This Backup"), QMessageBox.ButtonRole.AcceptRole)
            restore.setObjectName("restore_newest")
            choose = box.addButton(self.tr("Choose Another Backup…"), QMessageBox.ButtonRole.ActionRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(restore)
        else:
            box.addButton(QMessageBox.StandardButton.Ok)
        box.exec()
        clicked = box.clickedButton()
        if clicked is not None and clicked is choose:
            dialog = RestoreDialog(path, parent=self._window)
            if not dialog.exec() or dialog.selected() is None:
                return False
            newest = dialog.selected()
        elif clicked is None or clicked is not restore:
            return False
        return self._restore(path, newest)

    def check_after_open(self, workspace: Workspace) -> list[str] | None:
        """Start SQLite's check of a workspace opened without it (`defer_check`), off the UI thread,
        so a large workspace shows at once. Returns what it found when it is over already (the
        tests' immediate pool), for the caller to handle as damage found on open; else None, and
        damage found later stops writes (Workspace.check_now) and is told, with a backup offered."""
        if workspace.checked:
            return None
        task = Task(_open_check_job, workspace, parent=self)
        opening, found = [True], []

        def done(problems) -> None:
            task.deleteLater()
            if opening[0]:
                found.append(problems)
                return
            window = self._window
            if problems and window.session is not None and window.session.workspace is workspace:
                self._damage_found(workspace, problems)

        task.succeeded.connect(done)
        task.failed.connect(
            lambda message: self._window.statusBar().showMessage(
                self.tr("The workspace could not be checked: %1").replace("%1", message), 30000
            )
        )
        run_task(task, self.pool)
        opening[0] = False
        return found[0] if found else None

    def _damage_found(self, workspace: Workspace, problems: list[str]) -> None:
        """The check found damage in the open workspace: writes have stopped; say so, mark the
        window read-only, and offer to close it and restore the newest good backup."""
        from app.workspace import _damaged

        window, path = self._window, workspace.path
        self._show_damaged(workspace)
        newest = backup.newest_good_backup(path)
        details = (
            self.tr("The newest good backup is from <b>%1</b> (%2).")
            .replace("%1", local_time(newest.taken_at))
            .replace("%2", claims_words(newest.claims))
            if newest is not None
            else self.tr("There is no backup of this workspace.")
        )
        text = _escape(words(workspace.damage_message()))
        box = self._box(QMessageBox.Icon.Critical, self.tr("Damaged workspace"), text, details)
        box.setDetailedText("\n".join(words(problem) for problem in problems))
        restore = None
        if newest is not None:
            restore = box.addButton(self.tr("Close and Restore a Backup…"), QMessageBox.ButtonRole.AcceptRole)
            restore.setObjectName("restore_after_damage")
        keep = box.addButton(self.tr("Keep Reading"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("keep_reading")
        box.setDefaultButton(keep)
        box.exec()
        if restore is not None and box.clickedButton() is restore:
            window.close_workspace(forget_last=False)
            if self.open_damaged(path, _damaged(path, problems)):
                window.open_workspace(path)
            elif window.session is None:
                window._show_welcome()

    def _show_damaged(self, workspace: Workspace) -> None:
        """The window says the workspace is damaged and read-only; its editing actions go grey."""
        window = self._window
        window.setWindowTitle(self.tr("%1 (damaged, read-only) — Factdesk").replace("%1", workspace.path.name))
        window.saved_label.setText(self.tr("Damaged: changes are no longer saved"))
        window._update_actions()

    def tell_warnings(self, workspace: Workspace) -> None:
        for warning in workspace.warnings:
            QMessageBox.warning(self._window, self.tr("Changes may be missing"), words(warning))

    # -- the menu ------------------------------------------------------------------------------------

    def restore_dialog(self) -> bool:
        """File ▸ Restore from Backup…: pick a backup, confirm, close, restore, reopen."""
        session = self._window.session
        if session is None:
            return False
        path = session.path
        try:
            count = session.workspace.change_count()
        except Exception:  # only to mark the backup that matches it
            count = None
        dialog = RestoreDialog(path, change_count=count, parent=self._window)
        if not dialog.exec() or dialog.selected() is None:
            return False
        chosen, content = dialog.selected(), dialog.selected_content()
        dialog.deleteLater()
        # the time alone does not tell backups of the same minute apart: say why it was taken,
        # what it holds and which file it is
        box = self._box(
            QMessageBox.Icon.Question,
            self.tr("Restore from Backup"),
            self.tr("Replace what %1 holds now with the backup from %2?")
            .replace("%1", _escape(path.name))
            .replace("%2", local_time(chosen.taken_at)),
            self.tr("That backup: %1.<br>It holds %2.<br>File: %3")
            .replace("%1", _escape(reason_words(chosen.reason)))
            .replace("%2", _escape(content_words(chosen, content)))
            .replace("%3", _escape(chosen.path.name))
            + "<br><br>"
            + self.tr(
                "What it holds now is backed up first. The workspace is closed and opened again, "
                "and the undo history is cleared."
            ),
        )
        go = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        go.setObjectName("confirm_restore")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not go:
            return False
        if session.workspace.read_only:
            show_refusal(self._window, self.tr("%1 is open read-only; it cannot be restored.").replace("%1", path.name))
            return False
        self.scheduler.stop()
        self._window.close_workspace(forget_last=False)
        restored = self._restore(path, chosen)
        self._window.open_workspace(path)
        return restored

    def _restore(self, path: Path, chosen: backup.BackupInfo) -> bool:
        try:
            before = backup.restore(path, chosen, user=self._settings.user_name())
        except FactdeskError as exc:
            show_refusal(self._window, exc, title=self.tr("The backup was not restored"))
            return False
        message = self.tr("Restored the backup from %1.").replace("%1", local_time(chosen.taken_at))
        if before is not None:
            message += " " + self.tr("What the workspace held before is in the backup from %1.").replace(
                "%1", local_time(before.taken_at)
            )
        self._window.statusBar().showMessage(message, 15000)
        return True

    def back_up_now(self) -> bool:
        session = self._window.session
        if session is None:
            return False
        try:
            info = backup.take_backup(session.path, reason="manual")
        except FactdeskError as exc:
            show_refusal(self._window, exc, title=self.tr("No backup was made"))
            return False
        self._on_backup_taken(info)
        return True

    def check_integrity(self) -> Task | None:
        """Tools ▸ Check Workspace Integrity: SQLite's full check, off the UI thread, with Cancel."""
        session = self._window.session
        if session is None or self._check is not None:
            return None
        path = session.path
        dialog = QProgressDialog(
            self.tr("Checking %1…").replace("%1", path.name), self.tr("Cancel"), 0, 0, self._window
        )
        dialog.setObjectName("integrity_progress")
        dialog.setWindowTitle(self.tr("Check Workspace Integrity"))
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        task = Task(_check_job, path, parent=self)
        self._check = task
        dialog.canceled.connect(task.cancel)

        def done(outcome) -> None:
            self._check = None
            dismiss_progress(dialog)
            dialog.deleteLater()
            task.deleteLater()
            if outcome is not None:
                self._tell_check(path, outcome)

        task.succeeded.connect(done)
        task.failed.connect(lambda message: (done(None), show_refusal(self._window, message)))
        task.cancelled.connect(
            lambda: (done(None), self._window.statusBar().showMessage(self.tr("Check cancelled."), 5000))
        )
        dialog.setValue(0)
        run_task(task, self.pool)
        return task

    def _tell_check(self, path: Path, report: integrity.IntegrityReport | str) -> None:
        if isinstance(report, integrity.IntegrityReport) and report.ok:
            QMessageBox.information(
                self._window,
                self.tr("Check Workspace Integrity"),
                self.tr("No damage found in %1: SQLite's integrity and foreign-key checks passed.").replace(
                    "%1", path.name
                ),
            )
            return
        lines = report.lines() if isinstance(report, integrity.IntegrityReport) else [report]
        session = self._window.session
        if session is not None and session.path == path and not session.workspace.damage:
            session.workspace.stop_writes(lines)  # nothing more is written to a damaged file
            self._show_damaged(session.workspace)
        newest = backup.newest_good_backup(path)
        details = (
            self.tr("The newest good backup is from %1: File ▸ Restore from Backup…").replace(
                "%1", local_time(newest.taken_at)
            )
            if newest is not None
            else self.tr("There is no backup of it.")
        )
        self._box(
            QMessageBox.Icon.Critical,
            self.tr("Check Workspace Integrity"),
            _escape(self.tr("%1 is damaged. SQLite reported:").replace("%1", path.name)),
            "<br>".join(_escape(line) for line in lines[:10]) + "<br><br>" + details,
            ok=True,
        ).exec()

    # -- telling ---------------------------------------------------------------------------------------

    def _on_backup_taken(self, info: backup.BackupInfo) -> None:
        self._window.statusBar().showMessage(
            self.tr("Backed up (%1) at %2.")
            .replace("%1", reason_words(info.reason).lower())
            .replace("%2", local_time(info.taken_at)),
            8000,
        )

    def _on_backup_failed(self, message: str) -> None:
        self._window.statusBar().showMessage(self.tr("The automatic backup failed: %1").replace("%1", message), 30000)

    def _box(self, icon, title: str, text: str, informative: str, *, ok: bool = False) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, self._window)
        box.setObjectName("data_safety_message")
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setInformativeText(informative)
        if ok:
            box.addButton(QMessageBox.StandardButton.Ok)
        self.last_message = box
        return box


def _open_check_job(workspace: Workspace, *, progress, cancelled) -> list[str]:
    return workspace.check_now()


def _check_job(path: Path, *, progress, cancelled) -> integrity.IntegrityReport | str:
    import sqlite3

    try:
        return integrity.full_check(path, progress=progress, cancelled=cancelled)
    except sqlite3.Error as exc:
        if "interrupted" in str(exc) and cancelled():
            from ui.tasks import TaskCancelled

            raise TaskCancelled from exc
        return f"SQLite could not read it ({exc})."
