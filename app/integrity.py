"""Is a workspace sound? SQLite's own checks, and a look for a journal deleted behind our back.

Every open checks the file: the full `integrity_check` up to 64 MB (60 ms for a 25 MB workspace
of 5,000 claims, warm cache), `quick_check` above (it skips comparing indexes with their tables:
1.4 s for a 480 MB workspace of 100,000 claims, where integrity_check takes 2.1 s). Both read
every page: O(file size). The full `integrity_check` (which also compares every index with its
table) and `foreign_key_check` run from Tools ▸ Check Workspace Integrity and `factdesk check`.
"""

from __future__ import annotations

import contextlib
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

#: at most this many problems are listed (SQLite stops counting there)
MAX_PROBLEMS = 20


@dataclass
class IntegrityReport:
    problems: list[str] = field(default_factory=list)  # what integrity_check reported (empty: ok)
    foreign_keys: list[str] = field(default_factory=list)  # rows whose reference is missing

    @property
    def ok(self) -> bool:
        return not self.problems and not self.foreign_keys

    def lines(self) -> list[str]:
        return [*self.problems, *self.foreign_keys]


#: up to this size the open runs the full integrity_check (which also compares every index with its
#: table: quick_check misses a flipped byte in an indexed value); above it, quick_check
FULL_CHECK_ON_OPEN_BYTES = 64 * 1024 * 1024


def check_on_open(conn: sqlite3.Connection, size: int) -> list[str]:
    """What the open runs: an empty list when sound, else what SQLite reported."""
    pragma = "integrity_check" if size <= FULL_CHECK_ON_OPEN_BYTES else "quick_check"
    rows = [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}({MAX_PROBLEMS})")]
    return [] if rows == ["ok"] else rows


def quick_check(conn: sqlite3.Connection) -> list[str]:
    """SQLite's quick_check: an empty list when the file is sound, else what SQLite reported."""
    rows = [str(row[0]) for row in conn.execute(f"PRAGMA quick_check({MAX_PROBLEMS})")]
    return [] if rows == ["ok"] else rows


def full_check(
    path: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> IntegrityReport:
    """integrity_check and foreign_key_check, on a read-only connection of its own (the workspace may
    stay open and be edited meanwhile: the check reads one snapshot). Raises sqlite3.Error when the
    file cannot be read at all, and sqlite3.OperationalError("interrupted") when cancelled."""
    conn = _reader(Path(path))
    try:
        if progress is not None or cancelled is not None:
            ticks = [0]

            def handler() -> int:
                ticks[0] += 1
                if progress is not None:
                    progress(ticks[0], 0)  # SQLite gives no total: a busy indicator
                return 1 if cancelled is not None and cancelled() else 0

            conn.set_progress_handler(handler, 50_000)
        report = IntegrityReport()
        conn.execute("BEGIN")  # one snapshot for both checks
        rows = [str(row[0]) for row in conn.execute(f"PRAGMA integrity_check({MAX_PROBLEMS})")]
        if rows != ["ok"]:
            report.problems = rows
        for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check").fetchmany(MAX_PROBLEMS):
            report.foreign_keys.append(f"row {rowid} of {table} refers to a missing row of {parent}")
        conn.execute("COMMIT")
        return report
    finally:
        conn.close()


def _reader(path: Path) -> sqlite3.Connection:
    """A connection that cannot write (query_only), opened read-write where allowed so that closing
    it, as the last connection, folds and removes the -wal like any close; else read-only."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=10)
        conn.execute("PRAGMA query_only=1")
        return conn
    except sqlite3.Error:
        return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)


def lost_wal_frames(path: Path) -> bool:
    """True when the workspace's -wal was deleted while it still held changes not yet copied into
    the main file: its -shm (the WAL index, left behind) says frames were written beyond what was
    checkpointed, and the -wal they were in is gone. Read before SQLite opens (and rebuilds) it."""
    path = Path(path)
    wal = path.with_name(path.name + "-wal")
    shm = path.with_name(path.name + "-shm")
    if wal.exists() or not shm.exists():
        return False
    try:
        with shm.open("rb") as fh:
            head = fh.read(136)
    except OSError:
        return False
    if len(head) < 136:
        return False
    # the WAL index header (native byte order): iVersion at 0, isInit at 12, mxFrame at 16;
    # the checkpoint info follows the two header copies, at 96: nBackfill
    order = sys.byteorder
    version = int.from_bytes(head[0:4], order)
    is_init = head[12]
    max_frame = int.from_bytes(head[16:20], order)
    backfilled = int.from_bytes(head[96:100], order)
    return version == 3007000 and is_init == 1 and max_frame > backfilled


def wal_checkpoint(conn: sqlite3.Connection) -> None:
    """Fold the -wal into the main file (best effort: never waits long for a reader)."""
    with contextlib.suppress(sqlite3.Error):
        conn.execute("PRAGMA busy_timeout=1000")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
