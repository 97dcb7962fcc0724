"""Battery 5: SIGKILL while a report is exported (40 runs) and while a backup is taken (50 runs).

A child writes reports (or backups) one after another until it is killed at a random moment. After
each kill the previous report is a whole Word document (the old one or a new one, never a broken
one) and every backup is a sound workspace; the temporary file a kill leaves behind is gone after
the next start's sweep (`ui.application.sweep_leftovers`, which the app runs when it starts).
"""

from __future__ import annotations

import os
import random
import sqlite3
import time
import zipfile
from pathlib import Path

import docx
from support import read_acks, record

from app.atomic import TEMP_PREFIX
from app.demo import write_demo
from app.workspace import Workspace
from exports.docx_report import write_docx
from exports.report_data import build_snapshot

SEED = 55_2026


def temp_files(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{TEMP_PREFIX}*"))


def next_start(settings, folders: list[Path]) -> list[Path]:
    """What the app's start does, a minute after the crash: sweep the folders it wrote to."""
    from ui.application import sweep_leftovers

    minute_ago = time.time() - 60
    for folder in folders:
        for path in temp_files(folder):
            os.utime(path, (minute_ago, minute_ago))
    return sweep_leftovers(settings)


def readable_report(path: Path, title: str) -> bool:
    try:
        with zipfile.ZipFile(path) as zf:
            if zf.testzip() is not None:
                return False
        return docx.Document(str(path)).paragraphs[0].text == title
    except Exception:
        return False


def test_sigkill_during_report_export_keeps_the_previous_report(zygote, tmp_path, settings):
    workspace = tmp_path / "demo.factdesk"
    write_demo(workspace)
    with Workspace.open(workspace) as ws:
        snapshot = build_snapshot(ws, None)
    out = tmp_path / "reports"
    out.mkdir()
    target = out / "weekly.docx"
    write_docx(snapshot, target)  # the previous report
    settings.set_last_export_folder(out)
    rng = random.Random(SEED)
    unreadable, orphans, left_after_sweep, writes = 0, 0, 0, 0
    started = time.perf_counter()
    for run in range(1, 41):
        acks = tmp_path / f"export-{run}.txt"
        pid = zygote.run("export", workspace=str(workspace), target=str(target), acks=str(acks))
        time.sleep(rng.uniform(0.02, 0.4))
        assert zygote.kill(pid) == 9
        writes += max(len(read_acks(acks)) - 1, 0)
        unreadable += not readable_report(target, snapshot.title)
        orphans += bool(temp_files(out))
        next_start(settings, [out])
        left_after_sweep += len(temp_files(out))
    elapsed = time.perf_counter() - started
    record(
        "5a SIGKILL during report export",
        runs=40,
        seed=SEED,
        reports_completed_before_the_kills=writes,
        unreadable_reports=unreadable,
        kills_that_left_a_temporary_file=orphans,
        temporary_files_left_after_next_start=left_after_sweep,
        seconds=round(elapsed, 1),
    )
    assert unreadable == 0 and left_after_sweep == 0
    assert orphans > 0, "no kill landed mid-write: the test proved nothing"


def sound(path: Path) -> bool:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def test_sigkill_during_backup_keeps_every_backup_sound(zygote, tmp_path, settings):
    from app.backup import backup_folder, list_backups, take_backup

    workspace = tmp_path / "weekly.factdesk"
    write_demo(workspace)
    first = take_backup(workspace, reason="manual")  # the previous backup
    folder = backup_folder(workspace)
    assert first.path.parent == folder
    settings.add_recent(workspace)
    rng = random.Random(SEED + 1)
    unsound, missing, orphans, left_after_sweep, taken = 0, 0, 0, 0, 0
    started = time.perf_counter()
    for run in range(1, 51):
        acks = tmp_path / f"backup-{run}.txt"
        pid = zygote.run("backups", workspace=str(workspace), acks=str(acks), data_home=os.environ["XDG_DATA_HOME"])
        time.sleep(rng.uniform(0.0, 0.3))
        assert zygote.kill(pid) == 9
        taken += max(len(read_acks(acks)) - 1, 0)
        found = list_backups(workspace)
        missing += not found
        unsound += sum(not sound(info.path) for info in found)
        orphans += bool(temp_files(folder))
        next_start(settings, [folder])
        left_after_sweep += len(temp_files(folder))
    elapsed = time.perf_counter() - started
    record(
        "5b SIGKILL during backup",
        runs=50,
        seed=SEED + 1,
        backups_completed_before_the_kills=taken,
        runs_left_with_no_backup=missing,
        unsound_backups=unsound,
        kills_that_left_a_temporary_file=orphans,
        temporary_files_left_after_next_start=left_after_sweep,
        seconds=round(elapsed, 1),
    )
    assert missing == 0 and unsound == 0 and left_after_sweep == 0
    assert orphans > 0, "no kill landed mid-backup: the test proved nothing"
