"""Backups: made with VACUUM INTO, verified, named, listed, rotated, restored; the headless commands."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app import backup
from app.backup import BackupFailed, BackupPolicy, list_backups, restore, rotate, take_backup
from app.errors import FileExists, WorkspaceError
from app.services import sources as source_service
from app.workspace import APPLICATION_ID, Workspace

ROOT = Path(__file__).resolve().parents[1]


def query(path: Path, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        return conn.execute(sql).fetchall()


def add_claims(ws: Workspace, n: int, title: str = "Source") -> int:
    from app.services import claims as claim_service

    text = " ".join(f"Claim number {i}." for i in range(n))
    source_id = source_service.create_source(ws, title=title, text=text).subject
    start = 0
    for i in range(n):
        sentence = f"Claim number {i}."
        start = text.index(sentence, start)
        claim_service.create_claim(ws, source_id, start, start + len(sentence))
        start += len(sentence)
    return source_id


def fake_backup(folder: Path, stem: str, when: datetime, reason: str = "open") -> Path:
    """A real (tiny) SQLite file named like a backup taken at `when`."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{stem}.{when.strftime('%Y%m%dT%H%M%SZ')}.{reason}.0-claims.factdesk.bak"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE claim (id INTEGER PRIMARY KEY)")
    return path


# -- taking -------------------------------------------------------------------------------------


def test_backup_is_a_verified_complete_workspace_in_its_own_folder(ws):
    add_claims(ws, 3)
    info = take_backup(ws.path, reason="manual")
    assert info.path.parent == backup.backup_folder(ws.path)
    assert info.path.parent.parent == backup.backup_root()
    assert info.path.name.startswith("test.") and info.path.name.endswith(".manual.3-claims.factdesk.bak")
    assert info.claims == 3 and info.reason == "manual" and info.size == info.path.stat().st_size
    assert info.taken_at.tzinfo is not None and abs(info.taken_at - datetime.now(UTC)) < timedelta(minutes=1)
    assert query(info.path, "PRAGMA integrity_check") == [("ok",)]
    assert query(info.path, "PRAGMA application_id") == [(APPLICATION_ID,)]
    assert query(info.path, "SELECT count(*) FROM claim") == [(3,)]
    assert query(info.path, "PRAGMA journal_mode") == [("delete",)]  # nothing beside it
    assert sorted(p.name for p in info.path.parent.iterdir()) == [info.path.name]  # no temporary left
    assert info.change_count == ws.change_count() > 0
    assert list_backups(ws.path) == [info]


def test_backup_while_another_connection_writes_sees_one_snapshot(ws):
    """VACUUM INTO reads a snapshot: a writer keeps going and the backup is consistent."""
    add_claims(ws, 200)
    stop = threading.Event()
    errors = []

    def writer():
        try:
            i = 0
            while not stop.is_set():
                source_service.create_source(ws, title=f"w{i}", text="Text.")
                i += 1
        except Exception as exc:  # surfaced below
            errors.append(exc)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        infos = [take_backup(ws.path, reason="interval") for _ in range(3)]
    finally:
        stop.set()
        thread.join(30)
    assert errors == []
    for info in infos:
        assert query(info.path, "PRAGMA integrity_check") == [("ok",)]
        assert info.claims == 200


def test_backup_to_a_folder_and_to_a_file_for_the_command_line(ws, tmp_path):
    into = tmp_path / "elsewhere"
    into.mkdir()
    info = take_backup(ws.path, into, reason="manual")
    assert info.path.parent == into
    exact = tmp_path / "copy.factdesk"
    info = take_backup(ws.path, exact, reason="manual")
    assert info.path == exact and query(exact, "PRAGMA quick_check") == [("ok",)]
    with pytest.raises(FileExists):
        take_backup(ws.path, exact, reason="manual")
    assert list_backups(ws.path) == []  # the default folder was not touched


def test_two_backups_in_one_second_get_two_names(ws):
    first = take_backup(ws.path, reason="import")
    second = take_backup(ws.path, reason="restore")
    assert first.path != second.path and first.path.exists() and second.path.exists()
    assert [b.path for b in list_backups(ws.path)][:2] == [second.path, first.path]


def test_backup_of_a_damaged_workspace_fails_and_leaves_no_file(ws, tmp_path):
    ws.close()
    data = bytearray(ws.path.read_bytes())
    data[4096 * 2 : 4096 * 6] = b"\x00" * (4096 * 4)  # zero a few pages (schema and data)
    ws.path.write_bytes(bytes(data))
    with pytest.raises(WorkspaceError):
        take_backup(ws.path, reason="manual")
    folder = backup.backup_folder(ws.path)
    assert not folder.exists() or not [p for p in folder.iterdir() if not p.name.startswith(".")]


def test_failed_verification_keeps_the_older_backups(ws, monkeypatch):
    older = take_backup(ws.path, reason="manual")
    source_service.create_source(ws, title="New", text="Text.")
    monkeypatch.setattr(backup, "_verify", lambda tmp, source: (_ for _ in ()).throw(BackupFailed("bad copy")))
    with pytest.raises(BackupFailed, match="bad copy"):
        take_backup(ws.path, reason="manual")
    assert list_backups(ws.path) == [older]
    assert sorted(p.name for p in older.path.parent.iterdir()) == [older.path.name]


def test_change_counter_tells_whether_a_backup_is_needed(ws):
    assert not backup.needs_backup(ws.path, ws.change_count())  # new and empty: nothing to keep
    source_service.create_source(ws, title="A", text="Text.")
    assert backup.needs_backup(ws.path, ws.change_count())
    assert backup.backup_if_changed(ws, reason="open") is not None
    assert not backup.needs_backup(ws.path, ws.change_count())
    assert backup.backup_if_changed(ws, reason="open") is None
    source_service.create_source(ws, title="B", text="Text.")
    assert backup.needs_backup(ws.path, ws.change_count())


def test_a_workspace_older_than_its_newest_backup_is_reported_on_open(ws):
    source_service.create_source(ws, title="A", text="Text.")
    ws.close()
    old = ws.path.read_bytes()
    with Workspace.open(ws.path) as again:
        source_service.create_source(again, title="B", text="Text.")
        take_backup(again.path, reason="manual")
    ws.path.write_bytes(old)  # an older copy put in its place (or a -wal lost)
    with Workspace.open(ws.path) as again:
        assert len(again.warnings) == 1 and "older than its newest backup" in again.warnings[0]


# -- rotating -----------------------------------------------------------------------------------


def test_rotation_keeps_recent_daily_and_weekly(tmp_path):
    workspace = tmp_path / "w.factdesk"
    workspace.touch()
    folder = backup.backup_folder(workspace)
    now = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
    made = []
    for hours in range(0, 24 * 60, 6):  # every 6 hours for 60 days: 240 backups
        made.append(fake_backup(folder, "w", now - timedelta(hours=hours)))
    policy = BackupPolicy(keep_recent=3, keep_daily=5, keep_weekly=4)
    removed = rotate(workspace, policy)
    kept = list_backups(workspace, policy)
    assert len(removed) + len(kept) == 240
    kept_times = [b.taken_at for b in kept]
    assert kept_times[:3] == [now, now - timedelta(hours=6), now - timedelta(hours=12)]  # the 3 newest
    days = {t.astimezone().date() for t in kept_times}
    assert len(days) >= 5
    weeks = {t.astimezone().isocalendar()[:2] for t in kept_times}
    assert len(weeks) == 4
    assert len(kept) <= 3 + 5 + 4
    # the newest of each kept day really is that day's newest
    for day in sorted(days)[-5:]:
        of_day = [
            p
            for p in made
            if datetime.strptime(p.name.split(".")[1], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC).astimezone().date() == day
        ]
        assert any(b.path == max(of_day, key=lambda p: p.name) for b in kept)


def test_take_backup_rotates_with_the_policy_in_force(ws):
    policy = BackupPolicy(keep_recent=2, keep_daily=0, keep_weekly=0)
    for i in range(4):
        source_service.create_source(ws, title=f"S{i}", text="Text.")
        take_backup(ws.path, reason="interval", pol=policy)
    kept = list_backups(ws.path, policy)
    assert len(kept) == 2
    assert kept[0].change_count == ws.change_count()


# -- restoring ----------------------------------------------------------------------------------


def test_restore_puts_the_backup_back_after_backing_up_the_present(ws):
    add_claims(ws, 2)
    old = take_backup(ws.path, reason="manual")
    add_claims(ws, 5, title="Later")
    path = ws.path
    ws.close()
    before = restore(path, old)
    assert before is not None and before.reason == "restore" and before.claims == 7
    assert not path.with_name(path.name + "-wal").exists()
    with Workspace.open(path) as again:
        assert [s.title for s in source_service.list_sources(again)] == ["Source"]
        assert again.warnings == []  # its counter was moved past every backup's
        assert again.change_count() > before.change_count
    assert query(path, "PRAGMA journal_mode") == [("wal",)]
    # and the restore itself can be undone
    restore(path, before)
    with Workspace.open(path) as again:
        assert sorted(s.title for s in source_service.list_sources(again)) == ["Later", "Source"]


def test_restore_refuses_while_the_workspace_is_open(ws):
    info = take_backup(ws.path, reason="manual")
    with pytest.raises(WorkspaceError, match="Close"):
        restore(ws.path, info)


def test_restore_refuses_a_damaged_backup_and_changes_nothing(ws):
    info = take_backup(ws.path, reason="manual")
    ws.close()
    data = bytearray(info.path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    info.path.write_bytes(bytes(data))
    before = ws.path.read_bytes()
    with pytest.raises(BackupFailed, match="damaged"):
        restore(ws.path, info)
    assert ws.path.read_bytes() == before


def test_set_aside_keeps_the_file_and_its_journal_untouched(ws):
    source_service.create_source(ws, title="A", text="Text.")
    path = ws.path
    wal = path.with_name(path.name + "-wal")
    assert wal.exists()
    contents = (path.read_bytes(), wal.read_bytes())
    aside = backup.set_aside(path)
    ws.engine.dispose()
    assert not path.exists() and not wal.exists()
    assert aside.name.startswith("test.damaged-") and aside.suffix == ".factdesk"
    assert (aside.read_bytes(), aside.with_name(aside.name + "-wal").read_bytes()) == contents


# -- the commands -------------------------------------------------------------------------------


def factdesk(*args: str, env=None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def test_backup_and_check_commands(tmp_path):
    from app.demo import write_demo

    path = write_demo(tmp_path / "demo.factdesk")
    result = factdesk("backup", str(path))
    assert result.returncode == 0, result.stderr
    written = Path(result.stdout.strip())
    assert written.is_file() and written.name.endswith("-claims.factdesk.bak")
    assert query(written, "PRAGMA integrity_check") == [("ok",)]
    result = factdesk("backup", str(path), str(tmp_path / "mine.factdesk"))
    assert result.returncode == 0 and Path(result.stdout.strip()) == tmp_path / "mine.factdesk"

    result = factdesk("check", str(path))
    assert result.returncode == 0 and "no damage found" in result.stdout

    data = bytearray(path.read_bytes())
    data[4096 * 3 : 4096 * 5] = b"\x5a" * (4096 * 2)
    path.write_bytes(bytes(data))
    result = factdesk("check", str(path))
    assert result.returncode == 1
    assert "damaged" in result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    result = factdesk("dump", str(path))
    assert result.returncode == 1 and "damaged and was not opened" in result.stderr
    assert "the newest good backup is from" in result.stderr and "Traceback" not in result.stderr

    result = factdesk("restore", str(path))
    assert result.returncode == 0, result.stderr
    assert "set aside, untouched" in result.stderr and f"Restored {path}" in result.stdout
    assert [p.name for p in tmp_path.glob("demo.damaged-*.factdesk")]
    assert factdesk("check", str(path)).returncode == 0
    assert sorted(p.name for p in tmp_path.glob("demo.factdesk*")) == ["demo.factdesk"]  # one file, no journal
