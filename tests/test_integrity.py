"""Integrity on open: damage is refused (never opened as if fine), a cut-short file of a workspace
with backups counts as damaged, a journal deleted behind our back is noticed, the full check."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app import backup, integrity
from app.errors import NotAWorkspace, WorkspaceDamaged
from app.services import sources as source_service
from app.workspace import Workspace

ROOT = Path(__file__).resolve().parents[1]


def zero_pages(path: Path, first: int, last: int) -> None:
    data = bytearray(path.read_bytes())
    data[4096 * first : 4096 * last] = b"\x00" * (4096 * (last - first))
    path.write_bytes(bytes(data))


@pytest.fixture
def closed(ws):
    for i in range(30):
        source_service.create_source(ws, title=f"Source {i}", text="Some text. " * 200)
    ws.close()
    return ws.path


def test_a_damaged_workspace_is_refused_untouched_and_unlocked(closed):
    zero_pages(closed, 3, 6)
    before = closed.read_bytes()
    with pytest.raises(WorkspaceDamaged, match=r"damaged and was not opened: SQLite's check found") as info:
        Workspace.open(closed)
    assert info.value.problems
    assert closed.read_bytes() == before
    assert not closed.with_name(closed.name + ".lock").exists()  # the lock was let go


def test_a_cut_short_workspace_is_damaged_when_it_has_backups_else_not_a_workspace(closed, tmp_path):
    other = tmp_path / "other.factdesk"
    other.write_bytes(closed.read_bytes()[:50])  # no backups: nothing says it was ever a workspace
    with pytest.raises(NotAWorkspace):
        Workspace.open(other)
    backup.take_backup(closed, reason="manual")
    closed.write_bytes(closed.read_bytes()[:50])
    with pytest.raises(WorkspaceDamaged, match="cut short or overwritten"):
        Workspace.open(closed)


def test_full_check_reports_in_sqlites_words(closed):
    assert integrity.full_check(closed).ok
    zero_pages(closed, 4, 5)
    try:
        report = integrity.full_check(closed)
    except Exception as exc:  # some damage stops SQLite from reading at all
        assert "malformed" in str(exc)
    else:
        assert not report.ok and report.lines()


CRASH = textwrap.dedent(
    """
    import os, sys
    from app.services import sources
    from app.workspace import Workspace
    ws = Workspace.open(sys.argv[1])
    for i in range(5):
        sources.create_source(ws, title=f"Unsaved {i}", text="Only in the journal.")
    os._exit(0)  # a crash: no close, no checkpoint
    """
)


def test_a_deleted_journal_with_changes_in_it_is_reported_and_nothing_crashes(closed):
    result = subprocess.run([sys.executable, "-c", CRASH, str(closed)], cwd=ROOT, capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr
    wal = closed.with_name(closed.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    assert integrity.lost_wal_frames(closed) is False  # the journal is still there
    wal.unlink()  # what a careless sync tool or cleaner does
    assert integrity.lost_wal_frames(closed) is True
    with Workspace.open(closed) as ws:
        assert any("was deleted while it still held changes" in w for w in ws.warnings)
        titles = [s.title for s in source_service.list_sources(ws)]
        assert len(titles) == 30 and not any(t.startswith("Unsaved") for t in titles)
    assert integrity.full_check(closed).ok
    with Workspace.open(closed) as ws:  # told once: the journal index is rebuilt after
        assert ws.warnings == []


def test_a_crash_with_the_journal_kept_loses_nothing(closed):
    result = subprocess.run([sys.executable, "-c", CRASH, str(closed)], cwd=ROOT, capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr
    with Workspace.open(closed) as ws:
        assert ws.warnings == []
        assert sum(s.title.startswith("Unsaved") for s in source_service.list_sources(ws)) == 5
