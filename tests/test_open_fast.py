"""Opening does not read the whole file: the window and the command line open with `defer_check`
and SQLite's check runs after (in the background); only a lock file left behind by a session that
did not close (a crash) makes the open check first, before anything can be written."""

from __future__ import annotations

import json

import pytest

from app import integrity, transfer
from app import lock as locks
from app.services import sources as source_service
from app.workspace import Workspace


@pytest.fixture
def closed(ws):
    for i in range(5):
        source_service.create_source(ws, title=f"Source {i}", text="Some text. " * 50)
    ws.close()
    return ws.path


@pytest.fixture
def checks(monkeypatch):
    """How many times the whole-file check ran."""
    calls: list[int] = []
    real = integrity.check_on_open

    def counting(conn, size):
        calls.append(size)
        return real(conn, size)

    monkeypatch.setattr(integrity, "check_on_open", counting)
    return calls


def test_an_open_checks_the_whole_file_unless_deferred(closed, checks):
    with Workspace.open(closed) as ws:
        assert ws.checked
    assert len(checks) == 1
    with Workspace.open(closed, defer_check=True) as ws:
        assert not ws.checked  # the open read no more than the schema
        assert len(checks) == 1
        assert ws.check_now() == [] and ws.checked and not ws.read_only
    assert len(checks) == 2


def test_after_an_unclean_shutdown_the_deferred_open_checks_first(closed, checks):
    # a Factdesk that was killed leaves its lock file behind (the kernel frees the advisory lock)
    locks.lock_path(closed).write_text(json.dumps({"user": "olena", "pid": 999999}), encoding="utf-8")
    with Workspace.open(closed, defer_check=True) as ws:
        assert ws.checked and len(checks) == 1
    assert not locks.lock_path(closed).exists()
    with Workspace.open(closed, defer_check=True) as ws:  # closed cleanly this time: no check
        assert not ws.checked and len(checks) == 1


def test_factdesk_load_into_an_existing_workspace_does_not_check_it_whole(closed, checks, tmp_path):
    data = {"format": "factdesk-workspace", "version": 1, "evidence": [{"id": "e", "title": "Letter"}]}
    file = tmp_path / "more.json"
    file.write_text(json.dumps(data), encoding="utf-8")
    assert "1 piece of evidence" in transfer.load_file(closed, file)
    assert checks == []


def test_the_stale_signal_of_the_lock(tmp_path):
    path = tmp_path / "w.factdesk"
    hold = locks.acquire(path, user="a")
    assert not hold.stale
    hold.release()
    locks.lock_path(path).write_text("{}", encoding="utf-8")
    hold = locks.acquire(path, user="a")
    assert hold.stale
    hold.release()
