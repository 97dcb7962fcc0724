"""SIGKILL while the analyst types (issue 18, finding 4): the real window runs in a child process,
typing goes into a claim's field through key events, the child is killed with SIGKILL before the
field was saved, and the next window offers the typing back from the journal beside the workspace.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from support import ROOT, record

from app import journal
from app.services import claims, sources
from app.workspace import Workspace

CHILD = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from app import journal
    from ui.main_window import MainWindow
    from ui.settings import Settings

    workspace, settings, claim_id, field, text, gap, hold = sys.argv[1:]
    window = MainWindow(settings=Settings(QSettings(settings, QSettings.Format.IniFormat)))
    window.show()
    assert window.open_workspace(Path(workspace))
    window.claims_pane.select_claim(int(claim_id))
    pane = window.verdict_pane
    if hold == "1":
        pane._save_timer.setInterval(3_600_000)  # killed within the pause: the field is never saved
    widget = getattr(pane, field)
    widget.setFocus()
    QTest.qWait(50)
    print("ready", flush=True)
    for n, ch in enumerate(text, 1):
        QTest.keyClicks(widget, ch)
        QTest.qWait(int(gap))
        print("typed", n, flush=True)
    while not any(e.text == text for e in journal.read(Path(workspace))):
        QTest.qWait(10)
    print("journaled", flush=True)
    QTest.qWait(600_000)
    """
)

WORDING = "The minister said the sky is green"
RATIONALE = "Photos from three weather stations show a blue sky that day; the minister misread a chart. "


def _workspace(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "typing.factdesk"
    with Workspace.create(path, user="setup") as ws:
        source_id = sources.create_source(ws, title="Speech", text="The sky is green, he said on Monday.").subject
        claim_id = claims.create_claim(ws, source_id, 0, 16).subject
    return path, claim_id


def _start(tmp_path: Path, path: Path, claim_id: int, field: str, text: str, *, gap: int, hold: bool):
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    settings = tmp_path / "child-settings.ini"
    args = [str(path), str(settings), str(claim_id), field, text, str(gap), "1" if hold else "0"]
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def _kill(proc: subprocess.Popen) -> int:
    os.kill(proc.pid, signal.SIGKILL)
    status = proc.wait(timeout=30)
    proc.stdout.close()
    return status


def _read_until(proc: subprocess.Popen, wanted: str, timeout: float = 60) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            raise AssertionError(f"the child ended before saying {wanted!r}")
        if line.startswith(wanted):
            return line.strip()
    raise AssertionError(f"the child never said {wanted!r}")


def test_typing_killed_before_it_was_saved_is_offered_back(tmp_path, window, qtbot, monkeypatch):
    """A wording typed and not yet saved, then kill -9: the next start asks "Restore what you were
    typing in Wording of claim N?" and, answered yes, puts it in as an undoable edit."""
    path, claim_id = _workspace(tmp_path)
    proc = _start(tmp_path, path, claim_id, "statement", WORDING, gap=0, hold=True)
    try:
        _read_until(proc, "journaled")
    finally:
        status = _kill(proc)
    assert status == -signal.SIGKILL
    with Workspace.open(path, user="checker") as ws:
        assert claims.get_claim(ws, claim_id).claim.statement == ""  # the kill came before the save
    assert [(e.claim_id, e.field, e.text) for e in journal.read(path)] == [(claim_id, "statement", WORDING)]

    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes
    )
    assert window.open_workspace(path)
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert f"Restore what you were typing in Wording of claim {claim_id}?" in asked[0]
    assert WORDING in asked[0]
    ws = window.session.workspace
    assert claims.get_claim(ws, claim_id).claim.statement == WORDING
    assert not journal.journal_path(path).exists()
    window.close_workspace()
    assert not journal.journal_path(path).exists()


def test_steady_typing_killed_mid_word_is_in_the_journal(tmp_path):
    """A rationale typed with no pause long enough to save it (a key every 40 ms), killed mid-way:
    the journal holds what was typed up to a moment before the kill."""
    path, claim_id = _workspace(tmp_path)
    proc = _start(tmp_path, path, claim_id, "rationale", RATIONALE, gap=40, hold=False)
    killed_after = 60
    try:
        _read_until(proc, "ready")
        _read_until(proc, f"typed {killed_after}")
    finally:
        status = _kill(proc)
    assert status == -signal.SIGKILL
    with Workspace.open(path, user="checker") as ws:
        assert claims.get_claim(ws, claim_id).claim.rationale == ""  # never a pause: never saved
    entries = journal.read(path)
    assert len(entries) == 1 and entries[0].field == "rationale"
    kept = entries[0].text
    assert RATIONALE.startswith(kept)
    # the journal lags the keys by at most its interval (150 ms) and one write: a few keys
    lost = killed_after - len(kept)
    record("typing killed mid-word", typed=killed_after, journaled=len(kept), keys_not_journaled=lost)
    assert lost <= 10, f"only {len(kept)} of {killed_after} typed characters were journaled"
