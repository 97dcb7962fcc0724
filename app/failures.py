"""SQLite's write failures (disk full, read-only, I/O error, busy, damage) in words for the analyst.

A failed write transaction is rolled back by SQLite as a whole, so the message can always say that
the change was not saved and that everything saved before it is still there.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from app.errors import DiskFull, WorkspaceDamaged, WorkspaceError, WorkspaceReadOnly, WorkspaceWriteFailed
from app.messages import msg

#: with less free space than this, an I/O error while writing is taken for a full disk
LOW_SPACE = 16 * 1024 * 1024


def write_failure(path: Path, exc: BaseException) -> WorkspaceError | None:
    """The WorkspaceError to raise for `exc` (a sqlite3 error, or SQLAlchemy's wrapping of one)
    raised while writing to the workspace at `path`; None if it is not one of those failures."""
    reason = getattr(exc, "orig", None) or exc
    if not isinstance(reason, sqlite3.Error):
        return None
    name = getattr(reason, "sqlite_errorname", "") or ""
    text = str(reason).lower()
    if name.startswith("SQLITE_FULL") or "database or disk is full" in text:
        return DiskFull(_disk_full())
    if name.startswith("SQLITE_READONLY") or "readonly database" in text:
        return WorkspaceReadOnly(
            msg(
                "{name} cannot be written (the file, its folder or the disk is read-only): the change was not "
                "saved; everything saved before it is still there. Check that the workspace is on a writable "
                "disk, or save a copy elsewhere.",
                name=path.name,
            )
        )
    if name.startswith("SQLITE_IOERR") or "disk i/o error" in text:
        if _low_space(path):
            return DiskFull(_disk_full())
        return WorkspaceWriteFailed(
            msg(
                "{name} could not be written (a disk error): the change was not saved; everything saved before "
                "it is still there. The disk may be full, removed or failing; check it and try again.",
                name=path.name,
            )
        )
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in text:
        return WorkspaceWriteFailed(
            msg(
                "{name} is busy: another program kept it locked, so the change was not saved; everything saved "
                "before it is still there. Try again in a moment.",
                name=path.name,
            )
        )
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in text:
        return WorkspaceDamaged(
            msg(
                "{name} is damaged: the change was not saved; everything saved before it is still there. "
                "Close it and restore it from a backup (File ▸ Restore from Backup…).",
                name=path.name,
            )
        )
    if name.startswith("SQLITE_CANTOPEN") or "unable to open database" in text:
        return WorkspaceWriteFailed(
            msg(
                "{name} can no longer be opened (was it moved or deleted?): the change was not saved; "
                "everything saved before it is still there.",
                name=path.name,
            )
        )
    return None


def _disk_full():
    return msg(
        "The disk is full: the change was not saved; everything saved before it is still there. "
        "Free some space and try again."
    )


def _low_space(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < LOW_SPACE
    except OSError:
        return False
