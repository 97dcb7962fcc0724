"""Verified, rotating backups of a workspace, made with SQLite's own VACUUM INTO.

Where: each workspace has a folder of its own under the backup root, named after the workspace
and a short hash of its full path (`weekly-review-28-1a2b3c4d/`). The root is the user's data
folder (`~/.local/share/factdesk/backups` on Linux, `%LOCALAPPDATA%\\factdesk\\backups` on
Windows, `~/Library/Application Support/factdesk/backups` on macOS) unless the settings name
another. Backups live apart from the workspace so that deleting, syncing or mailing the folder of
the workspace does not take them along, and a damaged workspace can still find its own.

A backup is `<stem>.<UTC time>.<reason>.<N>-claims.factdesk.bak`, itself a complete workspace
(rollback-journal mode, nothing beside it). The name carries when, why and how many claims, so
listing backups opens none of them; the workspace's change counter (SQLite's `user_version`,
bumped by every write transaction) is copied into the backup's header by VACUUM INTO and read
from its first 100 bytes, which tells whether the workspace changed since.

How: VACUUM INTO writes a consistent snapshot (a read transaction: under WAL, writers carry on)
to a temporary file in the backup folder; the file is fsynced, opened and `quick_check`ed, and
only then renamed to its final name and the folder fsynced; older backups are rotated away after
that, never before. A kill at any moment leaves at worst a `.factdesk-tmp-*.part` file, swept at
the next backup.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import secrets
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from app.atomic import sweep, sync_folder, temp_prefix
from app.clock import utcnow
from app.errors import FileExists, WorkspaceDamaged, WorkspaceError, WriteError
from app.messages import msg

BACKUP_SUFFIX = ".factdesk.bak"
_NAME = re.compile(
    r"^(?P<stem>.*)\.(?P<stamp>\d{8}T\d{6}Z)(?:-(?P<seq>\d+))?\.(?P<reason>[a-z0-9-]+)"
    r"\.(?P<claims>\d+)-claims" + re.escape(BACKUP_SUFFIX) + "$"
)
_STAMP = "%Y%m%dT%H%M%SZ"
TEMP_SUFFIX = ".part"

#: why a backup was taken (the reason is part of the file name)
REASONS = ("open", "interval", "upgrade", "import", "restore", "manual")


class BackupFailed(WriteError):
    """A backup could not be made or verified; the workspace and the older backups are unchanged."""


@dataclass(frozen=True)
class BackupPolicy:
    """How many backups to keep, and where (None: the user's data folder)."""

    keep_recent: int = 10
    keep_daily: int = 7
    keep_weekly: int = 4
    folder: Path | None = None
    interval_minutes: int = 30


_policy = BackupPolicy()


def policy() -> BackupPolicy:
    """The policy in force for this process (the window sets it from its settings)."""
    return _policy


def set_policy(new: BackupPolicy) -> None:
    global _policy
    _policy = new


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # aware, UTC
    reason: str
    claims: int
    size: int
    change_count: int | None = None  # the workspace's change counter when it was taken

    @property
    def name(self) -> str:
        return self.path.name


# -- where -----------------------------------------------------------------------------------------


def backup_root(pol: BackupPolicy | None = None) -> Path:
    pol = pol or _policy
    if pol.folder is not None:
        return Path(pol.folder).expanduser()
    import platformdirs

    return platformdirs.user_data_path("factdesk", appauthor=False) / "backups"


def backup_folder(workspace_path: str | Path, pol: BackupPolicy | None = None) -> Path:
    """The folder holding the backups of the workspace at `workspace_path` (it may not exist yet)."""
    path = Path(workspace_path)
    full = os.path.realpath(path) if path.exists() else os.path.abspath(path)
    digest = hashlib.sha256(os.fsencode(full)).hexdigest()[:8]
    return backup_root(pol) / f"{_short(_stem(path))}-{digest}"


def _stem(path: Path) -> str:
    name = path.name
    return name[: -len(".factdesk")] if name.endswith(".factdesk") else path.stem or name


def _short(text: str, limit: int = 80) -> str:
    """At most `limit` bytes of UTF-8 (file names have a 255-byte limit)."""
    return text.encode("utf-8", "surrogateescape")[:limit].decode("utf-8", "ignore") or "workspace"


# -- listing ---------------------------------------------------------------------------------------


def parse_name(path: Path) -> BackupInfo | None:
    """The backup a file name describes (size and change counter read from the file), or None."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        taken_at = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupInfo(
        path=path,
        taken_at=taken_at,
        reason=match["reason"],
        claims=int(match["claims"]),
        size=size,
        change_count=header_change_count(path),
    )


def list_backups(workspace_path: str | Path, pol: BackupPolicy | None = None) -> list[BackupInfo]:
    """The backups of a workspace, newest first."""
    return _list_folder(backup_folder(workspace_path, pol))


def _list_folder(folder: Path) -> list[BackupInfo]:
    try:
        entries = list(folder.glob(f"*{BACKUP_SUFFIX}"))
    except OSError:
        return []
    infos = [info for info in map(parse_name, entries) if info is not None]
    infos.sort(key=lambda b: (b.taken_at, _seq(b.path)), reverse=True)
    return infos


def _seq(path: Path) -> int:
    match = _NAME.match(path.name)
    return int(match["seq"] or 1) if match else 0


def header_change_count(path: Path) -> int | None:
    """The change counter (`user_version`) in an SQLite file's header (valid for a closed,
    non-WAL file such as a backup); None when the file is not SQLite."""
    try:
        with open(path, "rb") as fh:
            header = fh.read(100)
    except OSError:
        return None
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        return None
    return int.from_bytes(header[60:64], "big")


def needs_backup(workspace_path: str | Path, change_count: int, pol: BackupPolicy | None = None) -> bool:
    """True when the workspace (whose counter is `change_count` now) changed since its newest backup.

    Right after a restore it holds exactly the content of the backup restored, which is kept: no
    second copy of it is taken (it would sit above the "before restoring" backup, looking the same).
    """
    backups = list_backups(workspace_path, pol)
    if not backups:
        return change_count != 0 or _has_content(Path(workspace_path))
    if backups[0].change_count == change_count:
        return False
    return restored_from(workspace_path, change_count, pol) is None


#: in a workspace's backup folder: "<change counter>\n<backup file>" of its last restore
RESTORED_NOTE = "restored.txt"


def restored_from(workspace_path: str | Path, change_count: int, pol: BackupPolicy | None = None) -> Path | None:
    """The backup file the workspace was restored from, when it has not changed since (its counter
    is still the one the restore gave it) and that backup is still there; else None."""
    try:
        lines = (backup_folder(workspace_path, pol) / RESTORED_NOTE).read_text(encoding="utf-8").splitlines()
        count, name = int(lines[0]), Path(lines[1])
    except (OSError, ValueError, IndexError, UnicodeDecodeError):
        return None
    return name if count == change_count and name.is_file() else None


def _note_restored(workspace_path: Path, backup_file: Path, change_count: int, pol: BackupPolicy | None) -> None:
    folder = backup_folder(workspace_path, pol)
    note = folder / RESTORED_NOTE
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f"{temp_prefix()}{secrets.token_hex(4)}{TEMP_SUFFIX}"
        tmp.write_text(f"{change_count}\n{backup_file.absolute()}\n", encoding="utf-8")
        os.replace(tmp, note)
    except OSError:  # at worst, the next open backs the restored content up once more
        with contextlib.suppress(OSError):
            note.unlink()


@dataclass(frozen=True)
class BackupContent:
    """What a backup holds, read from it: enough to tell backups of the same minute apart."""

    sources: int
    claims: int
    evidence: int
    last_change: datetime | None  # aware, UTC: the latest edit recorded in it


def backup_content(path: str | Path) -> BackupContent | None:
    """Open a backup (read-only) and count what it holds; None if it cannot be read."""
    queries = {
        "sources": "SELECT count(*) FROM source",
        "claims": "SELECT count(*) FROM claim",
        "evidence": "SELECT count(*) FROM evidence",
    }
    stamps = (
        "SELECT max(updated_at) FROM claim",
        "SELECT max(created_at) FROM source",
        "SELECT max(updated_at) FROM evidence",
        "SELECT max(updated_at) FROM report",
        "SELECT max(at) FROM audit_event",
    )
    try:
        with contextlib.closing(_connect_ro(Path(path))) as conn:
            counts = {name: conn.execute(sql).fetchone()[0] for name, sql in queries.items()}
            moments = []
            for sql in stamps:
                with contextlib.suppress(sqlite3.Error):
                    value = conn.execute(sql).fetchone()[0]
                    if value:
                        moments.append(_moment(value))
    except sqlite3.Error:
        return None
    moments = [m for m in moments if m is not None]
    return BackupContent(last_change=max(moments) if moments else None, **counts)


def _moment(value: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def backup_if_changed(workspace, *, reason: str, pol: BackupPolicy | None = None) -> BackupInfo | None:
    """Back up an open workspace (anything with `path`, `read_only` and `change_count()`) if it
    changed since its newest backup; None when no backup was needed."""
    if workspace.read_only or not needs_backup(workspace.path, workspace.change_count(), pol):
        return None
    return take_backup(workspace.path, reason=reason, pol=pol)


def _has_content(path: Path) -> bool:
    """A workspace made before change counting: worth a first backup if it holds any source."""
    try:
        with contextlib.closing(_connect_source(path)) as conn:
            return conn.execute("SELECT EXISTS (SELECT 1 FROM source)").fetchone()[0] == 1
    except sqlite3.Error:
        return False


# -- taking ----------------------------------------------------------------------------------------


def take_backup(
    workspace_path: str | Path,
    dest: str | Path | None = None,
    *,
    reason: str,
    pol: BackupPolicy | None = None,
    cancelled: Callable[[], bool] | None = None,
    protect: Path | None = None,
) -> BackupInfo:
    """Back the workspace up and return the verified backup.

    `dest` None: into the workspace's backup folder, then rotate (never removing `protect`). A
    folder: into it, named as usual, no rotation. A file name: exactly there (never over an
    existing file).
    """
    source = Path(workspace_path)
    reason = re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-") or "manual"
    if not source.is_file():
        raise BackupFailed(msg("There is no workspace at {source} to back up.", source=source))
    target: Path | None = None
    rotate_after = dest is None
    if dest is None:
        folder = backup_folder(source, pol)
    else:
        dest = Path(dest).expanduser()
        if dest.is_dir():
            folder = dest.absolute()
        else:
            target, folder = dest.absolute(), dest.absolute().parent
            if target.exists():
                raise FileExists(msg("{target} already exists; it was left as it is.", target=target))
            if not folder.is_dir():
                raise BackupFailed(msg("The folder {folder} does not exist.", folder=folder))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupFailed(msg(
            "The backup folder {folder} cannot be made: {why}.",
            folder=folder,
            why=exc.strerror or str(exc),
        )) from exc
    sweep(folder)
    tmp = folder / f"{temp_prefix()}{secrets.token_hex(4)}{TEMP_SUFFIX}"
    try:
        _vacuum_into(source, tmp, cancelled=cancelled)
        _fsync(tmp)
        claims, count = _verify(tmp, source)
        stamp = utcnow()
        final = target or _free_name(folder, _stem(source), stamp, reason, claims)
        _place(tmp, final)
        sync_folder(folder)
    except OSError as exc:
        raise BackupFailed(_words(exc, source, folder)) from exc
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):  # VACUUM INTO journals its output
            with contextlib.suppress(OSError):
                leftover.unlink()
    info = BackupInfo(
        path=final, taken_at=stamp, reason=reason, claims=claims, size=final.stat().st_size, change_count=count
    )
    if rotate_after:
        rotate(source, pol, keep=final, protect=protect)
    return info


def _vacuum_into(source: Path, tmp: Path, *, cancelled: Callable[[], bool] | None) -> None:
    try:
        conn = _connect_source(source)
    except sqlite3.Error as exc:
        raise BackupFailed(msg("{name} cannot be read for a backup ({exc}).", name=source.name, exc=str(exc))) from exc
    try:
        if cancelled is not None:
            conn.set_progress_handler(lambda: 1 if cancelled() else 0, 10_000)
        conn.execute("VACUUM INTO ?", (str(tmp),))
    except sqlite3.Error as exc:
        text = str(exc)
        if "interrupted" in text:
            raise BackupFailed(msg("The backup was cancelled; the older backups are unchanged.")) from exc
        if "full" in text or "disk I/O" in text:
            raise BackupFailed(
                msg(
                    "There is not enough free disk space for a backup of {name} in {parent}; the workspace and its "
                    "older backups are unchanged.",
                    name=source.name,
                    parent=tmp.parent,
                )
            ) from exc
        if "malformed" in text or "not a database" in text:
            raise WorkspaceDamaged(msg(
                "{name} is damaged, so no backup of it was made ({text}).",
                name=source.name,
                text=text,
            )) from exc
        raise BackupFailed(msg(
            "The backup of {name} failed ({text}); the older backups are unchanged.",
            name=source.name,
            text=text,
        )) from exc
    finally:
        conn.close()


def _verify(tmp: Path, source: Path) -> tuple[int, int]:
    """quick_check the new file; its claim count and change counter."""
    try:
        with contextlib.closing(_connect_ro(tmp)) as conn:
            verdict = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
            if verdict != ["ok"]:
                raise BackupFailed(
                    msg(
                        "The new backup of {name} failed SQLite's check ({problems}); it was discarded and the older "
                        "backups kept.",
                        name=source.name,
                        problems="; ".join(verdict),
                    )
                )
            claims = conn.execute("SELECT count(*) FROM claim").fetchone()[0]
            count = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.Error as exc:
        raise BackupFailed(msg(
            "The new backup of {name} could not be checked ({exc}); it was discarded.",
            name=source.name,
            exc=str(exc),
        )) from exc
    return int(claims), int(count)


def _free_name(folder: Path, stem: str, stamp: datetime, reason: str, claims: int) -> Path:
    """The backup's name; a second one in the same second gets the next number (never a number a
    rotated-away backup had, so names keep the order they were taken in)."""
    base = f"{_short(stem)}.{stamp.strftime(_STAMP)}"
    taken = [_seq(p) for p in folder.glob(f"{glob_escape(base)}*{BACKUP_SUFFIX}") if _NAME.match(p.name)]
    seq = max(taken, default=0) + 1
    return folder / f"{base}{'' if seq == 1 else f'-{seq}'}.{reason}.{claims}-claims{BACKUP_SUFFIX}"


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def _place(tmp: Path, final: Path) -> None:
    """Rename without ever replacing an existing file (a hard link fails if the name is taken)."""
    try:
        os.link(tmp, final)
    except FileExistsError:
        raise FileExists(msg("{target} already exists; it was left as it is.", target=final)) from None
    except OSError:  # no hard links here (FAT, some shares): a last check, then a rename
        if final.exists():
            raise FileExists(msg("{target} already exists; it was left as it is.", target=final)) from None
        os.replace(tmp, final)


# -- rotating --------------------------------------------------------------------------------------


def rotate(
    workspace_path: str | Path,
    pol: BackupPolicy | None = None,
    *,
    keep: Path | None = None,
    protect: Path | None = None,
) -> list[Path]:
    """Remove the backups the policy no longer keeps: all but the newest `keep_recent`, the newest
    of each of the last `keep_daily` days and of the last `keep_weekly` weeks that have backups
    (days and weeks in local time). The newest backup always stays. Returns what was removed."""
    pol = pol or _policy
    backups = list_backups(workspace_path, pol)
    kept: set[Path] = {b.path for b in backups[: max(pol.keep_recent, 1)]}
    kept.update(p for p in (keep, protect) if p is not None)
    days: set = set()
    weeks: set = set()
    for backup in backups:  # newest first: the first seen of a day is that day's newest
        local = backup.taken_at.astimezone()
        day, week = local.date(), local.isocalendar()[:2]
        if day not in days and len(days) < pol.keep_daily:
            days.add(day)
            kept.add(backup.path)
        if week not in weeks and len(weeks) < pol.keep_weekly:
            weeks.add(week)
            kept.add(backup.path)
    removed = []
    for backup in backups:
        if backup.path not in kept:
            with contextlib.suppress(OSError):
                backup.path.unlink()
                removed.append(backup.path)
    return removed


# -- restoring -------------------------------------------------------------------------------------


def check_backup(backup: BackupInfo) -> list[str]:
    """SQLite's quick_check of a backup file: ["ok"] when it is sound."""
    try:
        with contextlib.closing(_connect_ro(backup.path)) as conn:
            return [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
    except sqlite3.Error as exc:
        return [str(exc)]


def newest_good_backup(workspace_path: str | Path, pol: BackupPolicy | None = None) -> BackupInfo | None:
    """The newest backup that passes quick_check (checked newest first, stopping at the first good one)."""
    for backup in list_backups(workspace_path, pol):
        if check_backup(backup) == ["ok"]:
            return backup
    return None


def restore(
    workspace_path: str | Path, backup: BackupInfo, *, pol: BackupPolicy | None = None, user: str = ""
) -> BackupInfo | None:
    """Put the content of `backup` in place of the workspace (which must be closed), after taking
    a backup of its current state ("restore"). Returns that backup (None when there was no
    workspace file to back up, e.g. a damaged one set aside).

    The workspace is checkpointed and closed first so no -wal of the old content is left to be
    paired with the new file; the new content is prepared beside it and renamed over it atomically.
    """
    from app import lock as locks

    path = Path(workspace_path)
    if locks.held_here(path):
        raise WorkspaceError(msg("Close {name} before restoring a backup into it.", name=path.name))
    verdict = check_backup(backup)
    if verdict != ["ok"]:
        raise BackupFailed(msg(
            "The backup {name} is damaged itself ({problems}); nothing was changed.",
            name=backup.name,
            problems="; ".join(verdict),
        ))
    hold = locks.acquire(path, user=user or "factdesk") if path.parent.is_dir() else None
    try:
        before = None
        if path.exists():
            # the backup being restored stays, even if the policy would now let it go
            before = take_backup(path, reason="restore", pol=pol, protect=backup.path)
            _checkpoint_and_close(path)
        counts = [b.change_count or 0 for b in list_backups(path, pol)] + [backup.change_count or 0]
        tmp = path.with_name(f"{temp_prefix()}{secrets.token_hex(4)}{TEMP_SUFFIX}")
        try:
            _copy_for_restore(backup.path, tmp, change_count=max(counts) + 1)
            _fsync(tmp)
            for sidecar in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                sidecar.unlink(missing_ok=True)
            os.replace(tmp, path)
            sync_folder(path.parent)
            _note_restored(path, backup.path, max(counts) + 1, pol)
        except OSError as exc:
            raise BackupFailed(msg(
                "{name} could not be replaced by the backup: {why}.",
                name=path.name,
                why=exc.strerror or str(exc),
            )) from exc
        finally:
            for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
                with contextlib.suppress(OSError):
                    leftover.unlink()
        return before
    finally:
        if hold is not None:
            hold.release()


def _checkpoint_and_close(path: Path) -> None:
    """Fold the -wal into the main file and close, so the -wal is gone (refuse if it stays: another
    program still has the workspace open)."""
    wal = path.with_name(path.name + "-wal")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=10)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise BackupFailed(msg(
            "{name} could not be closed cleanly before the restore ({exc}).",
            name=path.name,
            exc=str(exc),
        )) from exc
    if wal.exists() and wal.stat().st_size > 0:
        raise BackupFailed(
            msg(
                "{name} is still open in another program (its journal {journal} is in use); close it there and try "
                "again. Nothing was changed.",
                name=path.name,
                journal=wal.name,
            )
        )


def _copy_for_restore(backup: Path, tmp: Path, *, change_count: int) -> None:
    try:
        with contextlib.closing(_connect_ro(backup)) as src:
            src.execute("VACUUM INTO ?", (str(tmp),))
        conn = sqlite3.connect(str(tmp), isolation_level=None)
        try:
            conn.execute(f"PRAGMA user_version={int(change_count) & 0x7FFFFFFF}")
            conn.execute("PRAGMA journal_mode=WAL")
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise BackupFailed(msg(
            "The backup {name} could not be copied ({exc}); nothing was changed.",
            name=backup.name,
            exc=str(exc),
        )) from exc


# -- a damaged workspace ---------------------------------------------------------------------------


def set_aside(workspace_path: str | Path) -> Path:
    """Rename a damaged workspace (with its -wal and -shm, which belong to it) out of the way,
    untouched: `name.damaged-YYYYmmdd-HHMMSS.factdesk`. Returns the new path of the main file."""
    path = Path(workspace_path)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    stem = _stem(path)
    seq = 1
    while True:
        aside = path.with_name(f"{stem}.damaged-{stamp}{'' if seq == 1 else f'-{seq}'}.factdesk")
        if not aside.exists():
            break
        seq += 1
    try:
        for suffix in ("-wal", "-shm"):
            sidecar = path.with_name(path.name + suffix)
            if sidecar.exists():
                os.replace(sidecar, aside.with_name(aside.name + suffix))
        os.replace(path, aside)
        sync_folder(path.parent)
    except OSError as exc:
        raise WorkspaceError(msg(
            "{name} could not be set aside: {why}.",
            name=path.name,
            why=exc.strerror or str(exc),
        )) from exc
    return aside


# -- small helpers ---------------------------------------------------------------------------------


def _connect_source(path: Path) -> sqlite3.Connection:
    """A connection to read the workspace from: read-write when allowed (so closing it cleans up the
    -wal like any last connection), read-only otherwise. It never writes."""
    for mode in ("rw", "ro"):
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode={mode}", uri=True, timeout=10, isolation_level=None)
            conn.execute("PRAGMA busy_timeout=10000")
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
            return conn
        except sqlite3.Error:
            if mode == "ro":
                raise
    raise AssertionError("unreachable")


def _connect_ro(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)




def _words(exc: OSError, source: Path, folder: Path) -> str:
    import errno

    if exc.errno in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return msg(
            "There is not enough free disk space for a backup of {name} in {parent}; the workspace and its "
            "older backups are unchanged.",
            name=source.name,
            parent=folder,
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return msg(
            "The backup folder {folder} is not writable; no backup of {name} was made.", folder=folder, name=source.name
        )
    return msg("The backup of {name} failed: {why}.", name=source.name, why=exc.strerror or str(exc))


def with_folder(pol: BackupPolicy, folder: Path | None) -> BackupPolicy:
    return replace(pol, folder=folder)
