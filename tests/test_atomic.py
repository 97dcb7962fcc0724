"""Atomic writes: the old file or the new one, never half of one; no temporary files left behind."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from exports.atomic import TEMP_PREFIX, TEMP_SUFFIX, atomic_write, check_target, sweep, write_atomic
from exports.errors import ExportError, TargetExists

ROOT = Path(__file__).resolve().parents[1]


def leftovers(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{TEMP_PREFIX}*"))


def test_a_new_file_is_written_whole_with_ordinary_permissions(tmp_path):
    target = tmp_path / "report.docx"
    assert write_atomic(target, lambda fh: fh.write(b"new content")) == target
    assert target.read_bytes() == b"new content"
    assert leftovers(tmp_path) == []
    if sys.platform != "win32":
        umask = os.umask(0)
        os.umask(umask)
        assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask  # not mkstemp's private 0600


def test_an_existing_file_is_kept_unless_forced_and_keeps_its_mode(tmp_path):
    target = tmp_path / "report.docx"
    target.write_bytes(b"old")
    target.chmod(0o640)
    with pytest.raises(TargetExists, match="already exists"):
        write_atomic(target, lambda fh: fh.write(b"new"))
    assert target.read_bytes() == b"old" and leftovers(tmp_path) == []
    write_atomic(target, lambda fh: fh.write(b"new"), force=True)
    assert target.read_bytes() == b"new" and leftovers(tmp_path) == []
    if sys.platform != "win32":
        assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_writer_failing_midway_leaves_the_old_file_and_no_temporary_file(tmp_path):
    target = tmp_path / "report.docx"
    target.write_bytes(b"old")

    def half(fh):
        fh.write(b"PK\x03\x04" + b"x" * 10_000)
        raise RuntimeError("the writer broke")

    with pytest.raises(RuntimeError, match="broke"):
        write_atomic(target, half, force=True)
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


def test_a_file_that_appears_meanwhile_is_not_overwritten(tmp_path):
    target = tmp_path / "report.docx"
    with pytest.raises(TargetExists), atomic_write(target) as fh:
        fh.write(b"ours")
        target.write_bytes(b"someone else's")  # e.g. another export finished first
    assert target.read_bytes() == b"someone else's"
    assert leftovers(tmp_path) == []


def test_targets_that_cannot_be_written_give_a_message(tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        check_target(tmp_path / "nowhere" / "r.docx")
    (tmp_path / "dir.docx").mkdir()
    with pytest.raises(ExportError, match="is a folder"):
        check_target(tmp_path / "dir.docx", force=True)


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root may write anywhere")
def test_a_read_only_folder_gives_a_message(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportError, match=r"not writable|permission denied"):
            write_atomic(folder / "r.docx", lambda fh: fh.write(b"x"))
    finally:
        folder.chmod(0o700)


def test_a_process_killed_midway_leaves_the_old_file_and_sweep_cleans_up(tmp_path):
    target = tmp_path / "report.docx"
    target.write_bytes(b"old")
    code = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from exports.atomic import atomic_write\n"
        f"with atomic_write(Path({str(target)!r}), force=True) as fh:\n"
        "    fh.write(b'half a report'); fh.flush()\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, timeout=60)
    assert result.returncode != 0
    assert target.read_bytes() == b"old"
    stray = leftovers(tmp_path)
    assert len(stray) == 1 and stray[0].name.endswith(TEMP_SUFFIX)
    assert sweep(tmp_path) == []  # too young: it might belong to an export still running
    assert sweep(tmp_path, older_than=0) == stray
    assert leftovers(tmp_path) == [] and target.read_bytes() == b"old"


def test_sweep_removes_only_old_temporary_files_of_ours(tmp_path):
    old = tmp_path / f"{TEMP_PREFIX}abc{TEMP_SUFFIX}"
    young = tmp_path / f"{TEMP_PREFIX}def{TEMP_SUFFIX}"
    other = tmp_path / "notes.part"
    for path in (old, young, other):
        path.write_bytes(b"x")
    hours_ago = time.time() - 2 * 3600
    os.utime(old, (hours_ago, hours_ago))
    os.utime(other, (hours_ago, hours_ago))
    assert sweep(tmp_path) == [old]
    assert not old.exists() and young.exists() and other.exists()
    assert sweep(tmp_path / "missing") == []
