"""How long the window stalls while the source pane shows a very long text.

    uv run python benchmarks/source_view_bench.py [--chars 4000000]

Three sources of `--chars` characters (Ukrainian sentences) go into a fresh workspace: one in
paragraphs of ~240 characters, one as a single line, and one in paragraphs again (shown after the
single line, so clearing a big document is measured too). Each is shown in the real `SourcePane`
while a 5 ms timer runs on the UI thread; the longest gap between its ticks is the longest time the
window could not paint or answer. Also printed: how long `show_source` took to return, how long
until the whole text was in, and until the suggestions (ranked on another thread) were shown.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from app.services import sources
from app.workspace import Workspace
from ui.session import WorkspaceSession
from ui.source.pane import SourcePane

SENTENCE = "Речник заявив, що у 2023 році 185 000 контрактників прийнято до армії, сказав він. "


def texts(chars: int) -> dict[str, str]:
    body = (SENTENCE * (chars // len(SENTENCE) + 1))[:chars]
    paragraphs = "\n".join(body[i : i + 240].strip() for i in range(0, chars, 240))
    return {"paragraphs": paragraphs, "single line": body}


def wait_until(app: QApplication, done) -> None:
    loop = QEventLoop()
    check = QTimer(interval=20)
    check.timeout.connect(lambda: done() and loop.quit())
    check.start()
    loop.exec()
    check.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chars", type=int, default=4_000_000)
    args = parser.parse_args()

    app = QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="factdesk-bench-"))
    ws = Workspace.create(folder / "long.factdesk")
    ids = {
        name: sources.create_source(ws, title=name, text=text, language="uk").subject
        for name, text in texts(args.chars).items()
    }
    pane = SourcePane()
    pane.resize(900, 800)
    pane.show()
    pane.set_session(WorkspaceSession(ws))
    app.processEvents()
    gc.freeze()  # as ui.application does once the window is up

    ticks: list[float] = []
    timer = QTimer(interval=5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()

    print(f"{args.chars:,} characters per source; load average {os.getloadavg()[0]:.2f}")
    print(f"{'source':<12} {'show_source':>12} {'text in':>9} {'suggested':>10} {'longest stall':>14}")
    for name in ("paragraphs", "single line", "paragraphs"):
        pane.show_source(None)
        app.processEvents()
        ticks.clear()
        start = time.perf_counter()
        ticks.append(start)
        pane.show_source(ids[name])
        returned = time.perf_counter() - start
        wait_until(app, lambda: not pane.loading)
        loaded = time.perf_counter() - start
        wait_until(app, lambda: pane.suggestions.list.count() > 0)
        suggested = time.perf_counter() - start
        stall = max(b - a for a, b in itertools.pairwise(ticks)) if len(ticks) > 1 else returned
        print(f"{name:<12} {returned * 1000:>9.0f} ms {loaded:>7.2f} s {suggested:>8.2f} s {stall * 1000:>11.0f} ms")
    timer.stop()
    pane.set_session(None)
    ws.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
