"""SQLite's write failures (disk full, read-only, I/O error, busy, damage) in words for the analyst.

A failed write transaction is rolled back by SQLite as a whole, so the message can always say that
the change was not saved and that everything saved before it is still there.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from app.errors import DiskFull, WorkspaceDamaged, WorkspaceError, WorkspaceReadOnly, WorkspaceWriteFailed

#: with less free space than this, an I/O error while writing is taken for a full disk
LOW_SPACE = 16 * 1024 * 1024
_NOT_SAVED = "the change was not saved; everything saved before it is still there."


def write_failure(path: Path, exc: BaseException) -> WorkspaceError | None:
    """The WorkspaceError to raise for `exc` (a sqlite3 error, or SQLAlchemy's wrapping of one)
    raised while writing to the workspace at `path`; None if it is not one of those failures."""
    reason = getattr(exc, "orig", None) or exc
    if not isinstance(reason, sqlite3.Error):
        return None
    name = getattr(reason, "sqlite_errorname", "") or ""
    text = str(reason).lower()
    if name.startswith("SQLITE_FULL") or "database or disk is full" in text:
        return DiskFull(f"The disk is full: {_NOT_SAVED} Free some space and try again.")
    if name.startswith("SQLITE_READONLY") or "readonly database" in text:
        return WorkspaceReadOnly(
            f"{path.name} cannot be written (the file, its folder or the disk is read-only): {_NOT_SAVED} "
            "Check that the workspace is on a writable disk, or save a copy elsewhere."
        )
    if name.startswith("SQLITE_IOERR") or "disk i/o error" in text:
        if _low_space(path):
            return DiskFull(f"The disk is full: {_NOT_SAVED} Free some space and try again.")
        return WorkspaceWriteFailed(
            f"{path.name} could not be written (a disk error): {_NOT_SAVED} "
            "The disk may be full, removed or failing; check it and try again."
        )
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in text:
        return WorkspaceWriteFailed(
            f"{path.name} is busy: another program kept it locked, so {_NOT_SAVED} Try again in a moment."
        )
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in text:
        return WorkspaceDamaged(
            f"{path.name} is damaged: {_NOT_SAVED} Close it and restore it from a backup (File ▸ Restore from Backup)."
        )
    if name.startswith("SQLITE_CANTOPEN") or "unable to open database" in text:
        return WorkspaceWriteFailed(f"{path.name} can no longer be opened (was it moved or deleted?): {_NOT_SAVED}")
    return None


def _low_space(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < LOW_SPACE
    except OSError:
        return False
