"""The fault battery's shared pieces: a zygote process that forks cheap children to kill, the
children's acknowledgements, and the figures (runs, losses, detections, time) kept in
`last-run.json` beside the tests so they can be quoted; that file is git-ignored."""

from __future__ import annotations

import json
import os
import platform
import signal
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.atomic import write_atomic

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
FIGURES = HERE / "last-run.json"


def record(test: str, **figures: Any) -> None:
    """Put `figures` under `test` in last-run.json (other tests' figures are kept)."""
    try:
        data = json.loads(FIGURES.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    data["machine"] = {"python": platform.python_version(), "sqlite": sqlite3.sqlite_version, "cpus": os.cpu_count()}
    data.setdefault("tests", {})[test] = {"at": datetime.now(UTC).isoformat(timespec="seconds"), **figures}
    text = json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    write_atomic(FIGURES, text.encode("utf-8"), force=True)


def integrity(path: Path) -> str:
    """PRAGMA integrity_check of the workspace at `path`, on a connection of its own ("ok" when sound)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return "; ".join(str(row[0]) for row in conn.execute("PRAGMA integrity_check"))
    finally:
        conn.close()


class Zygote:
    """Talks to zygote.py: `run` forks a child doing a job of jobs.py, `kill` ends it with SIGKILL."""

    def __init__(self) -> None:
        env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), str(HERE)]))
        self._proc = subprocess.Popen(
            [sys.executable, str(HERE / "zygote.py")],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=env,
        )

    def _ask(self, line: str, answer: str) -> str:
        self._proc.stdin.write(line + "\n")
        self._proc.stdin.flush()
        reply = self._proc.stdout.readline().strip()
        verb, _, value = reply.partition(" ")
        assert verb == answer, f"the zygote answered {reply!r} to {line!r}"
        return value

    def run(self, job: str, **kwargs) -> int:
        return int(self._ask(f"run {job} {json.dumps(kwargs)}", "pid"))

    def wait(self, pid: int) -> int:
        """The child's wait status once it has ended."""
        return int(self._ask(f"wait {pid}", "exit"))

    def kill(self, pid: int) -> int:
        os.kill(pid, signal.SIGKILL)
        return self.wait(pid)

    def close(self) -> None:
        self._proc.stdin.close()
        self._proc.wait(timeout=30)
        self._proc.stdout.close()


def read_acks(path: Path) -> list[str]:
    """The acknowledgement lines a child wrote (a line cut by the kill cannot occur: one write each)."""
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []
