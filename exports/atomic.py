"""Writing a file so that a crash, a kill or an error leaves the old file or the new one, never half of one.

The new content goes to a temporary file in the target's own folder (so the final rename stays on
one file system), is flushed and fsynced, and then replaces the target with `os.replace`, which is
atomic. On any failure the temporary file is removed. A process killed outright cannot clean up:
its temporary file (named `.factdesk-tmp-…`) is left for `sweep()` to remove later.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from exports.errors import ExportError, TargetExists

TEMP_PREFIX = ".factdesk-tmp-"
TEMP_SUFFIX = ".part"


def check_target(target: Path, *, force: bool = False) -> Path:
    """The absolute target, or an ExportError saying why it cannot be written (nothing is changed)."""
    target = Path(target).expanduser().absolute()
    folder = target.parent
    if target.is_dir():
        raise ExportError(f"{target} is a folder; choose a file name for the report.")
    if not folder.exists():
        raise ExportError(f"The folder {folder} does not exist.")
    if not folder.is_dir():
        raise ExportError(f"{folder} is not a folder.")
    if (target.exists() or target.is_symlink()) and not force:
        raise TargetExists(f"{target} already exists; it was left as it is.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportError(f"{target} cannot be written: the folder {folder} is not writable.")
    return target


@contextlib.contextmanager
def atomic_write(target: Path, *, force: bool = False) -> Iterator[BinaryIO]:
    """Open a temporary file to write the new content of `target` into; on leaving the block
    without an error it replaces `target` (only if it does not exist, unless `force`).

    Any exception inside the block (ExportCancelled included) removes the temporary file and
    leaves `target` untouched; OS errors come out as ExportError with a message in words.
    """
    target = check_target(target, force=force)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=target.parent)
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
    _sync_folder(target.parent)


def write_atomic(target: Path, write: Callable[[BinaryIO], object], *, force: bool = False) -> Path:
    """Call `write(file)` to fill a temporary file, then put it in place of `target` atomically."""
    with atomic_write(target, force=force) as fh:
        write(fh)
    return Path(target).expanduser().absolute()


def sweep(folder: Path, *, older_than: float = 3600.0) -> list[Path]:
    """Remove our temporary files (`.factdesk-tmp-*.part`) older than `older_than` seconds from
    `folder` (a younger one may belong to an export still running); returns what was removed."""
    removed: list[Path] = []
    now = time.time()
    try:
        entries = list(Path(folder).glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"))
    except OSError:
        return removed
    for path in entries:
        try:
            if not path.is_file() or path.is_symlink() or now - path.stat().st_mtime < older_than:
                continue
            path.unlink()
        except OSError:
            continue
        removed.append(path)
    return removed


def _commit(tmp: Path, target: Path, *, force: bool) -> None:
    if force:
        os.replace(tmp, target)
        return
    # no-clobber: a hard link fails if the target appeared meanwhile; where links are not
    # supported (FAT, some network shares) fall back to a last check and a rename
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise TargetExists(f"{target} already exists; it was left as it is.") from None
    except OSError:
        if target.exists():
            raise TargetExists(f"{target} already exists; it was left as it is.") from None
        os.replace(tmp, target)
    else:
        with contextlib.suppress(OSError):
            tmp.unlink()


def _set_mode(tmp: Path, target: Path) -> None:
    """mkstemp makes a private (0600) file; give the report the mode a new file would get, or the old file's."""
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


def _sync_folder(folder: Path) -> None:
    """fsync the folder so the rename itself survives a power cut (POSIX; best effort)."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _os_error(exc: OSError, target: Path) -> ExportError:
    if isinstance(exc, ExportError):
        return exc
    code = exc.errno
    if code == errno.ENOSPC:
        return ExportError(f"There is not enough free disk space to write {target}; it was left as it was.")
    if code in (errno.EACCES, errno.EPERM):
        if sys.platform == "win32" and target.exists():
            return ExportError(
                f"{target} cannot be replaced: it may be open in another program. Close it and try again."
            )
        return ExportError(f"{target} cannot be written: permission denied.")
    if code in (errno.EBUSY, errno.ETXTBSY):
        return ExportError(f"{target} cannot be replaced: it is in use. Close it and try again.")
    if code == errno.ENOENT:
        return ExportError(f"The folder {target.parent} does not exist.")
    if code == errno.EROFS:
        return ExportError(f"{target} cannot be written: the disk is read-only.")
    if code == errno.ENAMETOOLONG:
        return ExportError(f"The file name {target.name!r} is too long.")
    return ExportError(f"{target} cannot be written: {exc.strerror or exc}.")
