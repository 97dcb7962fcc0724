"""One writer per workspace: a second process is told who holds it and may open it read-only; a
lock left by a killed process is taken over; one process may open a workspace more than once."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app import lock as locks
from app.errors import WorkspaceError, WorkspaceLocked
from app.services import sources as source_service
from app.workspace import Workspace

ROOT = Path(__file__).resolve().parents[1]

HOLDER = textwrap.dedent(
    """
    import sys, time
    from app.workspace import Workspace
    ws = Workspace.open(sys.argv[1], user="Olena")
    print("held", flush=True)
    sys.stdin.readline()  # hold until told (or killed)
    ws.close()
    print("released", flush=True)
    """
)


def start_holder(path: Path) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    line = proc.stdout.readline()
    assert line.strip() == "held", proc.stderr.read()
    return proc


def finish(proc: subprocess.Popen) -> None:
    proc.kill()
    proc.communicate(timeout=30)  # reaps it and closes its pipes


@pytest.fixture
def closed(ws):
    source_service.create_source(ws, title="Kept", text="Text.")
    ws.close()
    return ws.path


def test_lock_file_names_the_holder_and_goes_on_close(closed):
    ws = Workspace.open(closed, user="Olena")
    lock_file = locks.lock_path(closed)
    data = json.loads(lock_file.read_text(encoding="utf-8"))
    assert data["user"] == "Olena" and data["host"] == socket.gethostname() and data["pid"] == os.getpid()
    assert data["since"].endswith("+00:00") and data["version"]
    ws.close()
    assert not lock_file.exists()
    ws.close()  # closing twice is harmless


def test_second_process_is_told_who_holds_it_and_can_read_only(closed):
    proc = start_holder(closed)
    try:
        with pytest.raises(WorkspaceLocked) as info:
            Workspace.open(closed, user="Taras")
        message = str(info.value)
        assert "Olena" in message and socket.gethostname() in message and "since" in message
        assert "read-only" in message
        with Workspace.open(closed, read_only=True) as viewer:
            assert viewer.read_only
            assert [s.title for s in source_service.list_sources(viewer)] == ["Kept"]
            with pytest.raises(WorkspaceError, match="read-only"):
                source_service.create_source(viewer, title="No", text="Text.")
        proc.stdin.write("\n")
        proc.stdin.flush()
        assert proc.stdout.readline().strip() == "released"
        assert proc.wait(30) == 0
    finally:
        finish(proc)
    with Workspace.open(closed, user="Taras") as mine:  # free again
        assert mine.read_only is False


def test_lock_of_a_killed_process_is_taken_over(closed):
    proc = start_holder(closed)
    os.kill(proc.pid, signal.SIGKILL)
    finish(proc)
    assert locks.lock_path(closed).exists()  # the file outlived it, the OS lock did not
    with Workspace.open(closed, user="Taras") as ws:
        assert json.loads(locks.lock_path(closed).read_text())["user"] == "Taras"
        source_service.create_source(ws, title="After", text="Text.")


def test_a_process_may_open_a_workspace_twice_and_the_lock_stays_until_both_close(closed):
    first = Workspace.open(closed)
    second = Workspace.open(closed)
    first.close()
    assert locks.lock_path(closed).exists()
    source_service.create_source(second, title="Still writable", text="Text.")
    second.close()
    assert not locks.lock_path(closed).exists()


def test_create_holds_the_new_workspace(tmp_path):
    path = tmp_path / "new.factdesk"
    with Workspace.create(path):
        assert locks.held_here(path)
    assert not locks.held_here(path) and not locks.lock_path(path).exists()


def test_a_write_command_respects_the_lock_and_a_read_command_falls_back_to_read_only(closed, tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("A note to import.", encoding="utf-8")
    proc = start_holder(closed)
    try:
        run = lambda *args: subprocess.run(  # noqa: E731
            [sys.executable, "-m", "app.cli", *args], cwd=ROOT, capture_output=True, text=True, timeout=120
        )
        result = run("import", str(closed), str(note))
        assert result.returncode == 1 and "is open in Factdesk by Olena" in result.stderr
        assert "Traceback" not in result.stderr
        result = run("dump", str(closed))
        assert result.returncode == 0, result.stderr
        assert "Reading it read-only" in result.stderr and '"Kept"' in result.stdout
    finally:
        finish(proc)


def test_clean_close_leaves_no_journal(closed):
    with Workspace.open(closed) as ws:
        source_service.create_source(ws, title="More", text="Text.")
        assert closed.with_name(closed.name + "-wal").exists()
    assert not closed.with_name(closed.name + "-wal").exists()
    assert not closed.with_name(closed.name + "-shm").exists()
