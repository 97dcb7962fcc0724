"""One writer per workspace: a lock file next to the workspace, held with an OS advisory lock.

`weekly.factdesk` is held through `weekly.factdesk.lock`, a small JSON file naming who holds it
(user, host, process id, since when, Factdesk version), so a second Factdesk can say who. The
lock file alone would outlive a crash; what makes the hold real is an OS advisory lock on it
(`flock` on POSIX, `msvcrt.locking` on Windows) kept for as long as the workspace is open. The
kernel drops that lock when the process ends, however it ends, so a lock file whose advisory lock
is free is stale (its holder crashed) and is taken over. Where the file system offers no advisory
locks (some network shares), a lock file of this host whose process is gone is stale too.

Within one process a workspace is held once: further opens of the same file share the hold
(counted), and the lock file goes when the last of them closes.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import socket
import sys
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app import app_version
from app.clock import utcnow
from app.errors import WorkspaceError, WorkspaceLocked
from app.messages import Text, msg

LOCK_SUFFIX = ".lock"
#: Windows locks a byte range; lock one far past the JSON so readers can still read the holder.
_WIN_LOCK_OFFSET = 1 << 20


@dataclass(frozen=True)
class Holder:
    """Who holds a workspace, as written in its lock file."""

    user: str
    host: str
    pid: int
    since: datetime | None
    version: str

    def describe(self) -> Text:
        user = self.user or msg("someone")
        host = self.host or msg("an unknown computer")
        if self.since is None:
            return msg("{user} on {host} (since an unknown time)", user=user, host=host)
        return msg("{user} on {host} (since {since})", user=user, host=host, since=self.since)


def lock_path(workspace: Path) -> Path:
    return workspace.with_name(workspace.name + LOCK_SUFFIX)


def read_holder(workspace: Path) -> Holder | None:
    """The holder named in the lock file of `workspace`, or None (no file, or unreadable)."""
    try:
        data = json.loads(lock_path(workspace).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    try:
        since = datetime.fromisoformat(str(data.get("since", "")))
    except ValueError:
        since = None
    pid = data.get("pid")
    return Holder(
        user=str(data.get("user", "")),
        host=str(data.get("host", "")),
        pid=pid if isinstance(pid, int) else 0,
        since=since,
        version=str(data.get("version", "")),
    )


class WorkspaceLock:
    """A hold on a workspace for writing; `release()` it when the workspace closes."""

    def __init__(self, key: Path, fd: int, *, stale: bool = False) -> None:
        self._key = key
        self._fd = fd
        self._count = 1
        #: the lock file was left behind by a Factdesk that did not close the workspace (a crash,
        #: a kill, a power cut): the open checks the whole file before anything is written
        self.stale = stale

    @property
    def path(self) -> Path:
        return lock_path(self._key)

    def release(self) -> None:
        with _registry_guard:
            self._count -= 1
            if self._count > 0:
                return
            _registry.pop(self._key, None)
            # remove the file while still holding the advisory lock: whoever opened it meanwhile sees
            # (by its inode) that it locked a file no longer in place, and starts again
            with contextlib.suppress(OSError):
                os.unlink(self.path)
            _unlock(self._fd)
            with contextlib.suppress(OSError):
                os.close(self._fd)


_registry: dict[Path, WorkspaceLock] = {}
_registry_guard = threading.Lock()


def held_here(workspace: Path) -> bool:
    """True while this process holds `workspace` open for writing."""
    with _registry_guard:
        return Path(os.path.realpath(workspace)) in _registry


def acquire(workspace: Path, *, user: str) -> WorkspaceLock:
    """Hold `workspace` for writing, or raise WorkspaceLocked naming who holds it."""
    key = Path(os.path.realpath(workspace))
    with _registry_guard:
        held = _registry.get(key)
        if held is not None:
            held._count += 1
            return held
        fd, stale = _take(key, user=user)
        lock = WorkspaceLock(key, fd, stale=stale)
        _registry[key] = lock
        return lock


def _take(workspace: Path, *, user: str) -> tuple[int, bool]:
    """The lock file's descriptor, held, and whether a lock file was left behind (stale)."""
    path = lock_path(workspace)
    for _attempt in range(20):
        left_behind = path.exists()  # a clean close removes it while still holding the lock
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
                error = WorkspaceLocked(  # offered read-only, like a workspace someone else holds
                    msg(
                        "{name} cannot be opened for writing: its folder is not writable. "
                        "You can open it read-only, or copy it to a folder you can write to.",
                        name=workspace.name,
                    )
                )
                error.holder = None  # type: ignore[attr-defined]
                raise error from exc
            raise WorkspaceError(
                msg("{name} cannot be locked for writing: {why}.", name=workspace.name, why=exc.strerror or str(exc))
            ) from exc
        try:
            locked = _try_lock(fd)
        except OSError:  # no advisory locks on this file system: judge by the recorded process
            locked = _stale_by_pid(workspace)
        if not locked:
            os.close(fd)
            raise _locked_error(workspace)
        if not _same_file(fd, path):  # the holder released (and removed) it between our open and lock
            _unlock(fd)
            os.close(fd)
            continue
        try:
            _write_holder(fd, user=user)
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.unlink(path)
            _unlock(fd)
            os.close(fd)
            raise WorkspaceError(
                msg("{name} cannot be locked for writing: {why}.", name=workspace.name, why=exc.strerror or str(exc))
            ) from exc
        return fd, left_behind
    raise _locked_error(workspace)


def _locked_error(workspace: Path) -> WorkspaceLocked:
    holder = read_holder(workspace)
    who = holder.describe() if holder else msg("another Factdesk")
    error = WorkspaceLocked(
        msg(
            "{name} is open in Factdesk by {who}. Only one Factdesk at a time can change a "
            "workspace; you can open it read-only.",
            name=workspace.name,
            who=who,
        )
    )
    error.holder = holder  # type: ignore[attr-defined]
    return error


def _write_holder(fd: int, *, user: str) -> None:
    data = {
        "user": user,
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "since": utcnow().isoformat(timespec="seconds"),
        "version": app_version(),
    }
    payload = (json.dumps(data, ensure_ascii=False) + "\n").encode("utf-8")
    os.lseek(fd, 0, os.SEEK_SET)
    os.ftruncate(fd, 0)
    os.write(fd, payload)
    os.fsync(fd)


def _same_file(fd: int, path: Path) -> bool:
    try:
        mine, there = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (mine.st_dev, mine.st_ino) == (there.st_dev, there.st_ino)


def _stale_by_pid(workspace: Path) -> bool:
    """Without advisory locks: True (take it) when no holder is recorded, or the holder is a
    process of this host that is gone; a holder on another computer cannot be checked."""
    holder = read_holder(workspace)
    if holder is None or holder.pid <= 0:
        return True
    if holder.host != socket.gethostname():
        return False
    return holder.pid == os.getpid() or not _pid_alive(holder.pid)


def _pid_alive(pid: int) -> bool:
    if sys.platform == "win32":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EDEADLK):
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)
