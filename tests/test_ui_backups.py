"""Data safety in the window: automatic backups, File ▸ Restore from Backup…, a damaged workspace
set aside with the newest backup offered, a locked workspace opened read-only, the full check."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QDialog, QMessageBox

from app import backup
from app.demo import write_demo
from app.services import sources as source_service
from tests.conftest import keep_picture
from ui.backups.dialog import RestoreDialog
from ui.tasks import ImmediatePool

ROOT = Path(__file__).resolve().parents[1]
def shoot(widget, name: str) -> None:
    keep_picture(widget, name)


class Answers:
    """Stands in for QMessageBox.exec: records each box and clicks the button asked for."""

    def __init__(self, monkeypatch, *choices: str, shot: str | None = None) -> None:
        self.choices = list(choices)
        self.seen: list[QMessageBox] = []
        self.texts: list[str] = []
        self.shot = shot
        answers = self

        def fake_exec(box: QMessageBox) -> int:
            answers.seen.append(box)
            answers.texts.append(box.text() + "\n" + box.informativeText())
            box.show()
            if answers.shot and len(answers.seen) == 1:
                shoot(box, answers.shot)
            choice = answers.choices.pop(0) if answers.choices else "Cancel"
            for button in box.buttons():
                if button.objectName() == choice or button.text().replace("&", "") == choice:
                    button.click()
                    return 0
            raise AssertionError(f"no button {choice!r} in {[b.text() for b in box.buttons()]}")

        monkeypatch.setattr(QMessageBox, "exec", fake_exec)


@pytest.fixture(autouse=True)
def _default_policy():
    yield
    backup.set_policy(backup.BackupPolicy())  # the window sets it from its settings; never leak it


@pytest.fixture
def immediate(window):
    window.safety.pool = ImmediatePool()
    window.safety.scheduler.pool = ImmediatePool()
    return window


def test_opening_a_changed_workspace_backs_it_up_off_the_ui_thread(immediate, tmp_path):
    path = write_demo(tmp_path / "demo.factdesk")
    assert backup.list_backups(path) == []
    assert immediate.open_workspace(path)
    backups = backup.list_backups(path)
    assert [b.reason for b in backups] == ["open"] and backups[0].claims > 0
    immediate.close_workspace()
    assert immediate.open_workspace(path)  # nothing changed since: no second backup
    assert len(backup.list_backups(path)) == 1
    immediate.safety.scheduler.backup_soon("interval")  # the 30-minute timer, unchanged: nothing
    assert len(backup.list_backups(path)) == 1
    immediate.session.run(lambda: source_service.create_source(immediate.session.workspace, title="N", text="T."))
    immediate.safety.scheduler.timer.timeout.emit()
    assert [b.reason for b in backup.list_backups(path)] == ["interval", "open"]


def test_restore_from_backup_lists_backups_asks_and_reopens(immediate, tmp_path, monkeypatch):
    path = write_demo(tmp_path / "demo.factdesk")
    assert immediate.open_workspace(path)
    ws = immediate.session.workspace
    first = backup.list_backups(path)[0]
    sources_before = [s.title for s in source_service.list_sources(ws)]
    immediate.session.run(lambda: source_service.create_source(ws, title="Added later", text="Text."))
    assert immediate.safety.back_up_now()

    dialog = RestoreDialog(path, parent=immediate)
    assert dialog.table.rowCount() == 2 and dialog.table.item(0, 1).text() == "Backed up by hand"
    assert dialog.table.item(1, 1).text() == "Opened after changes"
    dialog.show()
    shoot(dialog, "restore-dialog.png")
    dialog.close()

    def pick_oldest(self) -> int:
        self.table.selectRow(self.table.rowCount() - 1)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RestoreDialog, "exec", pick_oldest)
    answers = Answers(monkeypatch, "confirm_restore", shot="restore-confirm.png")
    immediate.session.undo_stack.push(QUndoCommand("marker"))
    assert immediate.safety.restore_dialog()
    assert "Replace what demo.factdesk holds now" in answers.texts[0]
    assert immediate.session is not None and immediate.session.path == path
    assert immediate.session.undo_stack.count() == 0
    assert [s.title for s in source_service.list_sources(immediate.session.workspace)] == sources_before
    reasons = [b.reason for b in backup.list_backups(path)]
    # the reopen right after the restore takes no backup: "before restoring" stays on top
    assert reasons == ["restore", "manual", "open"] and first.path.exists()


def test_a_damaged_workspace_is_set_aside_and_the_newest_backup_offered(immediate, tmp_path, monkeypatch):
    path = write_demo(tmp_path / "demo.factdesk")
    good = backup.take_backup(path, reason="manual")
    data = bytearray(path.read_bytes())
    data[4096 * 3 : 4096 * 6] = b"\x00" * (4096 * 3)
    path.write_bytes(bytes(data))
    damaged = bytes(data)

    answers = Answers(monkeypatch, "restore_newest", shot="damaged-offer.png")
    assert immediate.open_workspace(path)
    text = answers.texts[0]
    assert "damaged and was not opened" in text and "SQLite's check found" in text
    assert "newest good backup" in text
    aside = [p for p in tmp_path.iterdir() if ".damaged-" in p.name and p.suffix == ".factdesk"]
    assert len(aside) == 1 and aside[0].read_bytes() == damaged  # kept, untouched
    assert immediate.session is not None and immediate.session.path == path
    assert len(source_service.list_sources(immediate.session.workspace)) > 0
    assert good.path.exists()


def test_a_damaged_workspace_without_backups_is_never_opened(immediate, tmp_path, monkeypatch):
    path = write_demo(tmp_path / "demo.factdesk")
    data = bytearray(path.read_bytes())
    data[4096 * 3 : 4096 * 6] = b"\x00" * (4096 * 3)
    path.write_bytes(bytes(data))
    answers = Answers(monkeypatch, "OK")
    assert not immediate.open_workspace(path)
    assert "There is no backup" in answers.texts[0]
    assert immediate.session is None and not path.exists()


HOLDER = textwrap.dedent(
    """
    import sys
    from app.workspace import Workspace
    ws = Workspace.open(sys.argv[1], user="Olena")
    print("held", flush=True)
    sys.stdin.readline()
    """
)


def test_a_workspace_held_by_another_factdesk_opens_read_only(immediate, tmp_path, monkeypatch):
    path = write_demo(tmp_path / "demo.factdesk")
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout.readline().strip() == "held"
        answers = Answers(monkeypatch, "open_read_only", shot="locked-prompt.png")
        assert immediate.open_workspace(path)
        assert "is open in Factdesk by Olena" in answers.texts[0]
        assert immediate.session.workspace.read_only
        assert "(read-only)" in immediate.windowTitle()
        for name in ("new_source_action", "import_files_action", "restore_action", "mark_action"):
            assert not getattr(immediate, name).isEnabled(), name
        assert immediate.export_report_action.isEnabled()
        verdict = immediate.verdict_pane
        immediate.claims_pane.table.selectRow(0)
        assert verdict.claim_id is not None
        assert verdict.summary.isReadOnly() and verdict.rationale.isReadOnly()
        assert not verdict.rating.isEnabled() and not verdict.status.isEnabled()
        assert not verdict.add_button.isEnabled()
        refusals = []
        monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: refusals.append(text))
        from ui import commands

        assert not immediate.session.push(commands.create_source(immediate.session, title="X", text="Y"))
        assert refusals and "read-only" in refusals[0]
        shoot(immediate, "read-only-window.png")
        assert backup.list_backups(path) == []  # the reader never backs up
    finally:
        proc.kill()
        proc.communicate(timeout=30)


def test_cancel_on_the_locked_prompt_opens_nothing(immediate, tmp_path, monkeypatch):
    path = write_demo(tmp_path / "demo.factdesk")
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout.readline().strip() == "held"
        Answers(monkeypatch, "Cancel")
        assert not immediate.open_workspace(path)
        assert immediate.session is None
    finally:
        proc.kill()
        proc.communicate(timeout=30)


def test_check_integrity_from_the_menu(immediate, tmp_path, monkeypatch):
    path = write_demo(tmp_path / "demo.factdesk")
    assert immediate.open_workspace(path)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    immediate.check_integrity_action.trigger()
    assert told and "No damage found" in told[0]


def test_backup_settings_in_the_preferences_take_effect(qtbot, settings, tmp_path):
    from ui.preferences import PreferencesDialog

    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    page = dialog.backups
    assert (page.recent.value(), page.daily.value(), page.weekly.value()) == (10, 7, 4)
    page.folder.setText("relative/folder")
    dialog.accept()
    assert "full path" in dialog.error.text() and dialog.result() != QDialog.DialogCode.Accepted
    page.recent.setValue(3)
    page.weekly.setValue(0)
    page.folder.setText(str(tmp_path / "backups"))
    dialog.tabs.setCurrentWidget(page)
    dialog.show()
    shoot(dialog, "preferences-backups.png")
    dialog.accept()
    policy = settings.backup_policy()
    assert (policy.keep_recent, policy.keep_daily, policy.keep_weekly) == (3, 7, 0)
    assert policy.folder == tmp_path / "backups" and backup.policy() == policy
    workspace = tmp_path / "w.factdesk"
    assert backup.backup_folder(workspace).parent == tmp_path / "backups"


def test_an_import_of_several_files_is_preceded_by_a_backup(ws, tmp_path):
    from ui.intake.importer import import_job

    files = []
    for i in range(2):
        files.append(tmp_path / f"note{i}.txt")
        files[-1].write_text(f"Note number {i}. It says something.", encoding="utf-8")
    source_service.create_source(ws, title="Before", text="Text.")
    batch = import_job(ws, files, progress=lambda *_: None, cancelled=lambda: False)
    assert len(batch.created) == 2
    backups = backup.list_backups(ws.path)
    assert [b.reason for b in backups] == ["import"]
    with sqlite3.connect(backups[0].path) as conn:
        assert conn.execute("SELECT title FROM source").fetchall() == [("Before",)]  # taken before
    conn.close()
    import_job(ws, files[:1], progress=lambda *_: None, cancelled=lambda: False)  # one file: no backup
    assert len(backup.list_backups(ws.path)) == 1


# -- issue 18, finding 6: after a restore, the backup you need is still at the top ---------------------


def test_after_a_restore_the_before_restoring_backup_stays_on_top(immediate, tmp_path, monkeypatch):
    path = write_demo(tmp_path / "demo.factdesk")
    assert immediate.open_workspace(path)
    ws = immediate.session.workspace
    immediate.session.run(lambda: source_service.create_source(ws, title="Added later", text="Text."))
    assert immediate.safety.back_up_now()
    oldest = backup.list_backups(path)[-1]

    def pick(self) -> int:
        self.table.selectRow(self.backups.index(oldest))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RestoreDialog, "exec", pick)
    answers = Answers(monkeypatch, "confirm_restore")
    assert immediate.safety.restore_dialog()
    # the confirmation names more than the time: why it was taken, what it holds, which file
    text = answers.texts[0]
    assert "Opened after changes" in text and oldest.path.name in text
    assert "source(s)" in text and "piece(s) of evidence" in text and "last change" in text
    after = backup.list_backups(path)
    assert [b.reason for b in after] == ["restore", "manual", "open"]  # no copy of the restored content

    # reopening again takes none either; the first change afterwards is backed up as usual
    immediate.close_workspace()
    assert immediate.open_workspace(path)
    assert len(backup.list_backups(path)) == 3
    immediate.session.run(lambda: source_service.create_source(immediate.session.workspace, title="N", text="T."))
    immediate.safety.scheduler.backup_soon("interval")
    assert backup.list_backups(path)[0].reason == "interval"


def test_restore_rows_say_what_each_backup_holds(immediate, tmp_path, monkeypatch):
    path = write_demo(tmp_path / "demo.factdesk")
    assert immediate.open_workspace(path)
    ws = immediate.session.workspace
    opened = backup.list_backups(path)[0]
    immediate.session.run(lambda: source_service.create_source(ws, title="Added later", text="Text."))
    assert immediate.safety.back_up_now()
    count = ws.change_count()
    dialog = RestoreDialog(path, change_count=count, parent=immediate)
    holds = [dialog.table.item(row, 2).text() for row in range(dialog.table.rowCount())]
    content = backup.backup_content(opened.path)
    assert content is not None and content.last_change is not None
    assert holds[0].startswith("The same as the workspace now: ")
    assert f"{content.sources + 1} source(s)" in holds[0] and f"{content.sources} source(s)" in holds[1]
    assert all("last change" in text for text in holds)
    assert holds[0] != holds[1]
    dialog.show()
    shoot(dialog, "restore-rows.png")
    dialog.close()


def test_restore_keeps_the_backup_it_restores_from_rotation(ws, tmp_path):
    policy = backup.BackupPolicy(keep_recent=2, keep_daily=0, keep_weekly=0, folder=tmp_path / "backups")
    source_service.create_source(ws, title="First", text="Text.")
    first = backup.take_backup(ws.path, reason="manual", pol=policy)
    source_service.create_source(ws, title="Second", text="Text.")
    backup.take_backup(ws.path, reason="manual", pol=policy)
    source_service.create_source(ws, title="Third", text="Text.")
    path = ws.path
    ws.close()
    # the "before restoring" backup would push `first` out of the two kept: it must stay until copied
    before = backup.restore(path, first, pol=policy)
    assert before is not None and first.path.exists()
    from app.workspace import Workspace

    with Workspace.open(path) as again:
        assert [s.title for s in source_service.list_sources(again)] == ["First"]
        assert not backup.needs_backup(path, again.change_count(), policy)
