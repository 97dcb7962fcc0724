"""Atomic writes: the old file or the new one, never half of one; no temporary files left behind."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.atomic import (
    TEMP_PREFIX,
    TEMP_SUFFIX,
    atomic_write,
    check_target,
    sweep,
    sweep_folders,
    temp_prefix,
    write_atomic,
)
from app.errors import FileExists, WriteError
from tests.conftest import permissions_apply

ROOT = Path(__file__).resolve().parents[1]


def leftovers(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{TEMP_PREFIX}*"))


def test_a_new_file_is_written_whole_with_ordinary_permissions(tmp_path):
    target = tmp_path / "report.docx"
    assert write_atomic(target, lambda fh: fh.write(b"new content")) == target
    assert target.read_bytes() == b"new content"
    assert write_atomic(tmp_path / "dump.json", b"{}") == tmp_path / "dump.json"  # bytes will do too
    assert (tmp_path / "dump.json").read_bytes() == b"{}"
    assert leftovers(tmp_path) == []
    if sys.platform != "win32":
        umask = os.umask(0)
        os.umask(umask)
        assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask  # not mkstemp's private 0600


def test_an_existing_file_is_kept_unless_forced_and_keeps_its_mode(tmp_path):
    target = tmp_path / "report.docx"
    target.write_bytes(b"old")
    target.chmod(0o640)
    with pytest.raises(FileExists, match="already exists"):
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
    with pytest.raises(FileExists), atomic_write(target) as fh:
        fh.write(b"ours")
        target.write_bytes(b"someone else's")  # e.g. another export finished first
    assert target.read_bytes() == b"someone else's"
    assert leftovers(tmp_path) == []


def test_targets_that_cannot_be_written_give_a_message(tmp_path):
    with pytest.raises(WriteError, match="does not exist"):
        check_target(tmp_path / "nowhere" / "r.docx")
    (tmp_path / "dir.docx").mkdir()
    with pytest.raises(WriteError, match="is a folder"):
        check_target(tmp_path / "dir.docx", force=True)


@pytest.mark.skipif(not permissions_apply(), reason="this process may write anywhere (root)")
def test_a_read_only_folder_gives_a_message(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(WriteError, match=r"not writable|permission denied"):
            write_atomic(folder / "r.docx", lambda fh: fh.write(b"x"))
    finally:
        folder.chmod(0o700)


def test_a_process_killed_midway_leaves_the_old_file_and_sweep_cleans_up(tmp_path):
    target = tmp_path / "report.docx"
    target.write_bytes(b"old")
    code = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from app.atomic import atomic_write\n"
        f"with atomic_write(Path({str(target)!r}), force=True) as fh:\n"
        "    fh.write(b'half a report'); fh.flush()\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, timeout=60)
    assert result.returncode != 0
    assert target.read_bytes() == b"old"
    stray = leftovers(tmp_path)
    assert len(stray) == 1 and stray[0].name.endswith(TEMP_SUFFIX)
    assert sweep(tmp_path) == []  # too young: the grace period lets a just-ended writer's rename land
    assert sweep(tmp_path, dead_grace=0) == stray  # its writer is gone: no need to wait an hour
    assert leftovers(tmp_path) == [] and target.read_bytes() == b"old"


def test_a_temporary_file_names_its_host_and_process(tmp_path):
    with atomic_write(tmp_path / "r.docx") as fh:
        fh.write(b"x")
        (tmp,) = leftovers(tmp_path)
        assert tmp.name.startswith(temp_prefix()) and f"-{os.getpid()}-" in tmp.name
        assert sweep(tmp_path, dead_grace=0) == []  # its writer (this process) is alive
    assert (tmp_path / "r.docx").read_bytes() == b"x" and leftovers(tmp_path) == []


def test_sweep_spares_a_live_writers_file_and_removes_a_dead_ones(tmp_path):
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    try:
        host = temp_prefix()[len(TEMP_PREFIX) :].split("-")[0]
        live_tmp = tmp_path / f"{TEMP_PREFIX}{host}-{live.pid}-abc{TEMP_SUFFIX}"
        dead_tmp = tmp_path / f"{TEMP_PREFIX}{host}-{int(dead.stdout)}-def{TEMP_SUFFIX}"
        other_host = tmp_path / f"{TEMP_PREFIX}00000000-{int(dead.stdout)}-ghi{TEMP_SUFFIX}"
        minute_ago = time.time() - 60
        for path in (live_tmp, dead_tmp, other_host):
            path.write_bytes(b"half")
            os.utime(path, (minute_ago, minute_ago))
        assert sweep_folders([tmp_path, None, tmp_path / "missing", tmp_path]) == [dead_tmp]
        assert live_tmp.exists() and other_host.exists()  # another computer's pid says nothing here
        hours_ago = time.time() - 2 * 3600
        os.utime(live_tmp, (hours_ago, hours_ago))
        assert sweep(tmp_path) == [live_tmp]  # an hour old: stale even if its pid was reused
    finally:
        live.kill()
        live.wait()


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


def test_dump_writes_a_json_file_atomically_and_never_over_one_unasked(tmp_path, capsys):
    import json

    from app.cli import main
    from app.demo import write_demo

    workspace = tmp_path / "demo.factdesk"
    write_demo(workspace)
    out = tmp_path / "dump.json"
    assert main(["dump", str(workspace), "-o", str(out)]) == 0
    assert "Wrote" in capsys.readouterr().err
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "factdesk-workspace" and data["claims"]
    assert leftovers(tmp_path) == []
    out.write_text("keep me", encoding="utf-8")
    assert main(["dump", str(workspace), "--output", str(out)]) == 1
    assert "already exists" in capsys.readouterr().err and out.read_text(encoding="utf-8") == "keep me"
    assert main(["dump", str(workspace), "-o", str(out), "--force"]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["claims"] == data["claims"]
    assert main(["dump", str(workspace)]) == 0  # stdout stays the default
    assert json.loads(capsys.readouterr().out)["claims"] == data["claims"]


def test_the_start_sweeps_the_folders_factdesk_wrote_to(tmp_path, settings):
    from ui.application import sweep_leftovers

    work, reports, elsewhere = (tmp_path / name for name in ("work", "reports", "elsewhere"))
    for folder in (work, reports, elsewhere):
        folder.mkdir()
    settings.add_recent(work / "weekly.factdesk")
    settings.set_last_export_folder(reports)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    host = temp_prefix()[len(TEMP_PREFIX) :].split("-")[0]
    strays = [
        folder / f"{TEMP_PREFIX}{host}-{int(dead.stdout)}-x{TEMP_SUFFIX}" for folder in (work, reports, elsewhere)
    ]
    minute_ago = time.time() - 60
    for stray in strays:
        stray.write_bytes(b"half")
        os.utime(stray, (minute_ago, minute_ago))
    assert sorted(sweep_leftovers(settings)) == sorted(strays[:2])
    assert strays[2].exists()  # a folder Factdesk did not write to is left alone
