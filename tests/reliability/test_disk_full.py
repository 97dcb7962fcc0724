"""Battery 3: disk full and read-only, made real with a file-size limit (RLIMIT_FSIZE, SIGXFSZ
ignored, so a write past it fails with EFBIG as it would with ENOSPC on a full disk).

A write that fails rolls back whole, says so in words and leaves the workspace (and the window)
usable; nothing saved before is lost. Mid-import and mid-export run in child processes; the
window's case runs here, with the limit lowered for a moment and put back.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import random
import resource
import signal
import sqlite3
import time
from pathlib import Path

import pytest
from sqlmodel import select
from support import integrity, record

from app.atomic import sweep_folders
from app.errors import DiskFull, WorkspaceReadOnly, WorkspaceWriteFailed
from app.failures import write_failure
from app.models import Blob, Evidence
from app.services import claims, evidence, sources
from app.workspace import Workspace
from tests.conftest import permissions_apply
from ui import commands


@contextlib.contextmanager
def file_size_limit(limit: int):
    """Writes past `limit` bytes of any file fail with EFBIG in this process, until the block ends."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)


def big_text(chars: int, seed: int = 3) -> str:
    rng = random.Random(seed)
    words = ["заява", "claim", "факт", "перевірка", "source", "evidence", "2023", "—", "Київ"]
    out, size = [], 0
    while size < chars:
        sentence = " ".join(rng.choice(words) for _ in range(12)) + ".\n"
        out.append(sentence)
        size += len(sentence)
    return "".join(out)


def test_disk_full_mid_import_rolls_back_and_says_so(zygote, tmp_path):
    path = tmp_path / "full.factdesk"
    with Workspace.create(path) as ws:
        kept = sources.create_source(ws, title="Saved before", text="already saved text").subject
    big = tmp_path / "big.txt"
    big.write_text(big_text(6_000_000), encoding="utf-8")
    sizes = [p.stat().st_size for p in tmp_path.glob("full.factdesk*")]
    limit = max(sizes) + 1_000_000  # the import needs ~2 × 8 MB (the text and its original)
    result = tmp_path / "result.json"
    started = time.perf_counter()
    pid = zygote.run("import_when_full", workspace=str(path), file=str(big), limit=limit, result=str(result))
    assert zygote.wait(pid) == 0
    elapsed = time.perf_counter() - started
    outcome = json.loads(result.read_text(encoding="utf-8"))
    assert "imported" not in outcome, "the import went through despite the limit"
    assert outcome["error"] in ("DiskFull", "WorkspaceWriteFailed")
    assert "not saved" in outcome["message"] and "full" in outcome["message"]
    assert outcome["after"] == "saved"  # the same open workspace takes the next (small) edit
    check = integrity(path)
    with Workspace.open(path) as ws:
        titles = [s.title for s in sources.list_sources(ws)]
        with ws.reading() as session:
            blobs = session.exec(select(Blob.sha256)).all()
            after = session.exec(select(Evidence.title)).all()
        assert sources.get_source(ws, kept).text == "already saved text"
    record(
        "3a disk full mid-import",
        file_mb=round(big.stat().st_size / 2**20, 1),
        limit_mb=round(limit / 2**20, 1),
        error=outcome["error"],
        message=outcome["message"],
        integrity=check,
        half_imported_sources=len(titles) - 1,
        seconds=round(elapsed, 1),
    )
    assert check == "ok"
    assert titles == ["Saved before"] and hashlib.sha256(big.read_bytes()).hexdigest() not in blobs
    assert after == ["after the failed import"]


def test_disk_full_mid_backup_keeps_the_workspace_and_the_older_backups(zygote, tmp_path):
    from app.backup import backup_folder, list_backups, take_backup

    path = tmp_path / "weekly.factdesk"
    with Workspace.create(path) as ws:
        sources.create_source(ws, title="Saved before", text=big_text(3_000_000))
    older = take_backup(path, reason="manual")
    before = path.read_bytes()
    result = tmp_path / "backup.json"
    limit = older.size // 2  # room for half a backup
    pid = zygote.run(
        "backup_when_full", workspace=str(path), limit=limit, result=str(result), data_home=os.environ["XDG_DATA_HOME"]
    )
    assert zygote.wait(pid) == 0
    outcome = json.loads(result.read_text(encoding="utf-8"))
    assert outcome.get("error") == "BackupFailed", outcome
    assert "disk space" in outcome["message"] and "unchanged" in outcome["message"]
    assert path.read_bytes() == before and integrity(path) == "ok"
    found = list_backups(path)
    assert [info.path for info in found] == [older.path] and integrity(older.path) == "ok"
    folder = backup_folder(path)
    left = [p for p in folder.iterdir() if p.name.startswith(".factdesk-tmp")]
    minute_ago = time.time() - 60
    for stray in left:  # the next start, a minute later, sweeps what the failed backup left
        os.utime(stray, (minute_ago, minute_ago))
    sweep_folders([folder])
    after_sweep = [p.name for p in folder.iterdir() if p.name.startswith(".factdesk-tmp")]
    record(
        "3d disk full mid-backup",
        message=outcome["message"],
        older_backups_kept=len(found),
        temp_files_left_by_the_failed_backup=[p.name for p in left],
        temp_files_left_after_next_start=after_sweep,
    )
    assert after_sweep == []


def test_disk_full_in_the_window_rolls_back_says_so_and_keeps_the_undo_stack(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, message, *a, **k: shown.append(message))
    path = tmp_path / "window.factdesk"
    with Workspace.create(path) as ws:
        source_id = sources.create_source(ws, title="S", text="The minister said the bridge opened.").subject
        claim_id = claims.create_claim(ws, source_id, 4, 35, rationale="saved rationale").subject
    assert window.open_workspace(path)
    session = window.session
    assert session.push(commands.update_claim(session, claim_id, summary="a first, saved edit"))
    steps = session.undo_stack.count()
    with session.workspace.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")  # so the next write grows the -wal from 0
    with file_size_limit(64 * 1024):
        ok = session.push(commands.update_claim(session, claim_id, rationale="z" * 100_000))
    assert not ok
    assert len(shown) == 1 and "not saved" in shown[0] and "full" in shown[0], shown
    assert session.undo_stack.count() == steps  # the failed edit is not on the stack
    detail = claims.get_claim(session.workspace, claim_id)
    assert detail.claim.rationale == "saved rationale" and detail.claim.summary == "a first, saved edit"
    # the window goes on: the next edit is saved, and undo still undoes the first one
    assert session.push(commands.update_claim(session, claim_id, status="researching"))
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert claims.get_claim(session.workspace, claim_id).claim.summary == ""
    assert integrity(path) == "ok"
    record("3b disk full in the window", message=shown[0], undo_steps_kept=steps)


def test_disk_full_mid_export_keeps_the_previous_report(zygote, tmp_path):
    from app.demo import write_demo

    demo = tmp_path / "demo.factdesk"
    write_demo(demo)
    target = tmp_path / "report.docx"
    target.write_bytes(b"the previous report")
    result = tmp_path / "export.json"
    pid = zygote.run("export_when_full", workspace=str(demo), target=str(target), limit=20_000, result=str(result))
    assert zygote.wait(pid) == 0
    outcome = json.loads(result.read_text(encoding="utf-8"))
    assert outcome["error"] == "ExportError" and "disk space" in outcome["message"], outcome
    assert target.read_bytes() == b"the previous report"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".factdesk-tmp")) == []
    record("3c disk full mid-export", message=outcome["message"], previous_report_intact=True, temp_files_left=0)


def test_read_only_and_full_are_told_in_words():
    """What SQLite says, as the analyst reads it (the codes a real read-only or full disk gives)."""

    def error(name: str, text: str) -> sqlite3.OperationalError:
        exc = sqlite3.OperationalError(text)
        exc.sqlite_errorname = name
        return exc

    ws = Path("/somewhere/weekly.factdesk")
    full = write_failure(ws, error("SQLITE_FULL", "database or disk is full"))
    assert isinstance(full, DiskFull) and str(full).startswith("The disk is full: the change was not saved")
    ro = write_failure(ws, error("SQLITE_READONLY", "attempt to write a readonly database"))
    assert isinstance(ro, WorkspaceReadOnly) and "read-only" in str(ro) and "not saved" in str(ro)
    io = write_failure(ws, error("SQLITE_IOERR_WRITE", "disk I/O error"))
    assert isinstance(io, WorkspaceWriteFailed) and "not saved" in str(io)
    assert write_failure(ws, sqlite3.IntegrityError("UNIQUE constraint failed")) is None


def test_a_workspace_sqlite_can_only_read_refuses_writes_in_words(tmp_path):
    """Beneath the app the connections turn read-only (as on a read-only mount): an edit is
    refused in words, and what was saved is still there."""
    from sqlalchemy import event

    path = tmp_path / "ro.factdesk"
    with Workspace.create(path) as ws:
        evidence.create_evidence(ws, title="kept")
    with Workspace.open(path) as ws:
        event.listen(ws.engine, "connect", lambda conn, _record: conn.execute("PRAGMA query_only=ON"))
        ws.engine.dispose()  # new connections, each read-only
        with pytest.raises(WorkspaceReadOnly, match="not saved"):
            evidence.create_evidence(ws, title="refused")
    with Workspace.open(path) as ws, ws.reading() as session:
        assert session.exec(select(Evidence.title)).all() == ["kept"]


@pytest.mark.skipif(not permissions_apply(), reason="this process may write anywhere (root)")
def test_a_read_only_file_refuses_writes_in_words(tmp_path):
    path = tmp_path / "ro.factdesk"
    with Workspace.create(path) as ws:
        evidence.create_evidence(ws, title="kept")
    ws = Workspace.open(path)
    try:
        for file in tmp_path.glob("ro.factdesk*"):
            file.chmod(0o444)
        ws.engine.dispose()
        with pytest.raises(WorkspaceWriteFailed, match="not saved"):
            evidence.create_evidence(ws, title="refused")
    finally:
        ws.close()
        for file in tmp_path.glob("ro.factdesk*"):
            file.chmod(0o644)
