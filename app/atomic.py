"""Writing a file so that a crash, a kill or an error leaves the old file or the new one, never half of one.

Every file Factdesk writes (reports, JSON dumps, backups, saved attachments) goes through here.
The new content goes to a temporary file in the target's own folder (so the final rename stays on
one file system), is flushed and fsynced, and then replaces the target with `os.replace`, which is
atomic; the folder is fsynced after. On any failure the temporary file is removed. A process killed
outright cannot clean up: its temporary file (`.factdesk-tmp-<host>-<pid>-<random>.part`) is left
for `sweep()`, which the app runs at start over the folders it wrote to. The host and process id in
the name let `sweep()` tell a dead writer's leftover from a file another Factdesk is still writing.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import socket
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from app.errors import FileExists, WriteError
from app.messages import msg

TEMP_PREFIX = ".factdesk-tmp-"
TEMP_SUFFIX = ".part"
#: what SQLite may leave beside a temporary database (a backup's VACUUM INTO target) when killed
_SIDECARS = ("", "-journal", "-wal", "-shm")
#: a leftover of a dead process on this host is swept once it is this old (seconds): not at once,
#: because a sandbox (Flatpak, a container) has a process namespace of its own, where another
#: Factdesk's live writer can look dead; a writer still at work keeps its file's time fresh
DEAD_GRACE = 30.0
#: anything else of ours (a live process, another host, a name we cannot read) once it is this old
STALE_AFTER = 3600.0


def _host_tag() -> str:
    try:
        name = socket.gethostname()
    except OSError:
        name = ""
    return hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:8]


_HOST = _host_tag()


def temp_prefix() -> str:
    """The start of the name of a temporary file this process makes: prefix, host tag and pid."""
    return f"{TEMP_PREFIX}{_HOST}-{os.getpid()}-"


def check_target(target: Path, *, force: bool = False) -> Path:
    """The absolute target, or a WriteError saying why it cannot be written (nothing is changed)."""
    target = Path(target).expanduser().absolute()
    folder = target.parent
    if target.is_dir():
        raise WriteError(msg("{target} is a folder; choose a file name.", target=target))
    if not folder.exists():
        raise WriteError(msg("The folder {folder} does not exist.", folder=folder))
    if not folder.is_dir():
        raise WriteError(msg("{folder} is not a folder.", folder=folder))
    if (target.exists() or target.is_symlink()) and not force:
        raise FileExists(msg("{target} already exists; it was left as it is.", target=target))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise WriteError(msg(
            "{target} cannot be written: the folder {folder} is not writable.",
            target=target,
            folder=folder,
        ))
    return target


@contextlib.contextmanager
def atomic_write(target: Path, *, force: bool = False) -> Iterator[BinaryIO]:
    """Open a temporary file to write the new content of `target` into; on leaving the block
    without an error it replaces `target` (only if it does not exist, unless `force`).

    Any exception inside the block removes the temporary file and leaves `target` untouched;
    OS errors come out as WriteError (FileExists when the target appeared) with a message in words.
    """
    target = check_target(target, force=force)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=temp_prefix(), suffix=TEMP_SUFFIX, dir=target.parent)
    except OSError as exc:
        raise _os_error(exc, target) from exc
    tmp = Path(tmp_name)
    committed = False
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        _set_mode(tmp, target)
        _commit(tmp, target, force=force)
        committed = True
    except OSError as exc:
        raise _os_error(exc, target) from exc
    finally:
        if not committed:
            with contextlib.suppress(OSError):
                tmp.unlink()
    sync_folder(target.parent)


def write_atomic(target: Path, data: bytes | Callable[[BinaryIO], object], *, force: bool = False) -> Path:
    """Put `data` (bytes, or a function that writes into the file it is given) in place of
    `target` atomically; returns the absolute path written."""
    with atomic_write(target, force=force) as fh:
        if isinstance(data, bytes | bytearray | memoryview):
            fh.write(data)
        else:
            data(fh)
    return Path(target).expanduser().absolute()


def sweep(folder: Path, *, older_than: float = STALE_AFTER, dead_grace: float = DEAD_GRACE) -> list[Path]:
    """Remove the temporary files a killed writer left in `folder`; returns what was removed.

    Only files named like ours (`.factdesk-tmp-*.part`, and the `-journal`, `-wal` or `-shm` SQLite
    keeps beside a temporary database) are touched. One written by a process of
    this host that is no longer running goes once it is `dead_grace` seconds old; any other (a
    live process, another computer sharing the folder) only once it is `older_than` seconds old.
    """
    removed: list[Path] = []
    now = time.time()
    try:
        entries = [path for end in _SIDECARS for path in Path(folder).glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}{end}")]
    except OSError:
        return removed
    for path in entries:
        try:
            if not path.is_file() or path.is_symlink():
                continue
            age = now - path.stat().st_mtime
            limit = dead_grace if _writer_gone(path.name) else older_than
            if age < limit:
                continue
            path.unlink()
        except OSError:
            continue
        removed.append(path)
    return removed


def sweep_folders(folders: Iterable[Path | None]) -> list[Path]:
    """`sweep()` each distinct existing folder (None and missing ones are skipped)."""
    removed: list[Path] = []
    seen: set[Path] = set()
    for folder in folders:
        if folder is None:
            continue
        try:
            folder = Path(folder).expanduser().absolute()
            if folder in seen or not folder.is_dir():
                continue
        except OSError:
            continue
        seen.add(folder)
        removed.extend(sweep(folder))
    return removed


def _writer_gone(name: str) -> bool:
    """True when the name says the file was made on this host by a process that has ended."""
    parts = name[len(TEMP_PREFIX) :].split("-")
    if len(parts) < 3 or parts[0] != _HOST or not parts[1].isdigit():
        return False
    pid = int(parts[1])
    if pid == os.getpid():
        return False
    return not _pid_alive(pid)


def _pid_alive(pid: int) -> bool:
    if sys.platform == "win32":
        return True  # os.kill(pid, 0) would end the process there; rely on age alone
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # EPERM: it exists, owned by someone else
        return True
    return True


def _commit(tmp: Path, target: Path, *, force: bool) -> None:
    if force:
        os.replace(tmp, target)
        return
    # no-clobber: a hard link fails if the target appeared meanwhile; where links are not
    # supported (FAT, some network shares) fall back to a last check and a rename
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise FileExists(msg("{target} already exists; it was left as it is.", target=target)) from None
    except OSError:
        if target.exists():
            raise FileExists(msg("{target} already exists; it was left as it is.", target=target)) from None
        os.replace(tmp, target)
    else:
        with contextlib.suppress(OSError):
            tmp.unlink()


def _set_mode(tmp: Path, target: Path) -> None:
    """mkstemp makes a private (0600) file; give the file the mode a new file would get, or the old file's."""
    if sys.platform == "win32":
        return
    try:
        mode = target.stat().st_mode & 0o7777 if target.exists() else 0o666 & ~_umask()
        os.chmod(tmp, mode)
    except OSError:
        pass


def _umask() -> int:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022


def sync_folder(folder: Path) -> None:
    """fsync the folder so the rename itself survives a power cut (POSIX; best effort)."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _os_error(exc: OSError, target: Path) -> WriteError:
    code = exc.errno
    if code in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return WriteError(msg(
            "There is not enough free disk space to write {target}; it was left as it was.",
            target=target,
        ))
    if code in (errno.EACCES, errno.EPERM):
        if sys.platform == "win32" and target.exists():
            return WriteError(
                msg(
                    "{target} cannot be replaced: it may be open in another program. Close it and try again.",
                    target=target,
                )
            )
        return WriteError(msg("{target} cannot be written: permission denied.", target=target))
    if code in (errno.EBUSY, errno.ETXTBSY):
        return WriteError(msg(
            "{target} cannot be replaced: it is in use. Close it and try again.",
            target=target,
        ))
    if code == errno.ENOENT:
        return WriteError(msg("The folder {parent} does not exist.", parent=target.parent))
    if code == errno.EROFS:
        return WriteError(msg("{target} cannot be written: the disk is read-only.", target=target))
    if code == errno.ENAMETOOLONG:
        return WriteError(msg("The file name “{name}” is too long.", name=target.name))
    return WriteError(msg(
        "{target} cannot be written: {why}.",
        target=target,
        why=exc.strerror or str(exc),
    ))
