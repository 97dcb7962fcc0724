"""Damage that appears while a workspace is open (a disk going bad, another program writing into
the file): the check after a fast open finds it, writes stop at once, the analyst is told and
offered the newest good backup; the damaged file is left as it is."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox

from app import backup
from app.demo import write_demo
from app.errors import WorkspaceDamaged
from app.services import sources as source_service
from app.workspace import Workspace
from ui.tasks import ImmediatePool


def damage(path) -> None:
    """Zero pages 3–5 of the main file in place (the open connection does not see it yet)."""
    with open(path, "r+b") as fh:
        fh.seek(4096 * 3)
        fh.write(b"\x00" * 4096 * 3)


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def closed(ws):
    for i in range(30):
        source_service.create_source(ws, title=f"Source {i}", text="Some text. " * 200)
    ws.close()
    return ws.path


def test_damage_found_while_open_stops_writes_and_leaves_the_file_alone(closed):
    ws = Workspace.open(closed, defer_check=True)
    source_service.create_source(ws, title="Before", text="Written before the damage.")
    ws.close()
    ws = Workspace.open(closed, defer_check=True)
    damage(closed)
    problems = ws.check_now()
    assert problems and ws.damage == problems and ws.read_only
    with pytest.raises(WorkspaceDamaged, match="stopped saving changes") as info:
        source_service.create_source(ws, title="After", text="Must not be written.")
    assert info.value.problems == problems
    before = digest(closed)
    ws.close()  # no checkpoint into a damaged file
    assert digest(closed) == before


class LaterPool:
    """A pool that keeps each task until `run()`: the check is still running when the window shows."""

    def __init__(self) -> None:
        self.pending = []

    def start(self, runnable) -> None:
        self.pending.append(runnable)

    def run(self) -> None:
        while self.pending:
            self.pending.pop(0).run()


def answering(monkeypatch, *choices: str) -> list[str]:
    """Stands in for QMessageBox.exec: clicks the buttons named, one box after another."""
    texts: list[str] = []
    left = list(choices)

    def fake_exec(box: QMessageBox) -> int:
        texts.append(box.text() + "\n" + box.informativeText())
        choice = left.pop(0)
        for button in box.buttons():
            if button.objectName() == choice or button.text().replace("&", "") == choice:
                button.click()
                return 0
        raise AssertionError(f"no button {choice!r} in {[b.text() for b in box.buttons()]}")

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return texts


def test_the_window_opens_at_once_and_is_told_when_the_check_finds_damage(window, tmp_path, monkeypatch):
    path = write_demo(tmp_path / "demo.factdesk")
    backup.take_backup(path, reason="manual")
    later = LaterPool()
    window.safety.pool = later
    window.safety.scheduler.pool = ImmediatePool()
    assert window.open_workspace(path)
    assert window.session is not None and not window.session.workspace.checked  # shown before the check
    damage(path)
    texts = answering(monkeypatch, "keep_reading")
    later.run()  # the check finishes
    assert len(texts) == 1
    assert "demo.factdesk is damaged" in texts[0] and "stopped saving changes" in texts[0]
    assert "newest good backup" in texts[0]
    assert "damaged, read-only" in window.windowTitle()
    assert window.session is not None and window.session.workspace.read_only  # still open, for reading
    refused: list[str] = []
    monkeypatch.setattr("ui.main_window.show_refusal", lambda parent, message, **kw: refused.append(str(message)))
    assert not window.session.push(QUndoCommand("an edit"))  # what every edit in the window goes through
    assert refused and "stopped saving changes" in refused[0]
    with pytest.raises(WorkspaceDamaged):
        source_service.create_source(window.session.workspace, title="x", text="y")


def test_restoring_the_backup_after_damage_found_while_open(window, tmp_path, monkeypatch):
    path = write_demo(tmp_path / "demo.factdesk")
    good = backup.take_backup(path, reason="manual")
    later = LaterPool()
    window.safety.pool = later
    window.safety.scheduler.pool = ImmediatePool()
    assert window.open_workspace(path)
    damage(path)
    damaged = path.read_bytes()
    texts = answering(monkeypatch, "restore_after_damage", "restore_newest")
    later.run()  # the check finds the damage: close, set aside, restore
    later.run()  # the restored workspace's own check
    assert len(texts) == 2 and "stopped saving changes" in texts[0] and "set aside" not in texts[0]
    aside = [p for p in tmp_path.iterdir() if ".damaged-" in p.name and p.suffix == ".factdesk"]
    assert len(aside) == 1 and aside[0].read_bytes() == damaged  # set aside untouched
    assert window.session is not None and window.session.path == path
    assert not window.session.workspace.read_only
    assert len(source_service.list_sources(window.session.workspace)) > 0 and good.path.exists()


def test_tools_check_integrity_finding_damage_stops_writes(window, tmp_path, monkeypatch):
    path = write_demo(tmp_path / "demo.factdesk")
    window.safety.pool = ImmediatePool()
    window.safety.scheduler.pool = ImmediatePool()
    assert window.open_workspace(path)
    damage(path)
    texts = answering(monkeypatch, "OK")
    window.safety.check_integrity()
    assert texts and "is damaged" in texts[0]
    assert window.session.workspace.damage and "damaged, read-only" in window.windowTitle()
    with pytest.raises(WorkspaceDamaged):
        source_service.create_source(window.session.workspace, title="x", text="y")
