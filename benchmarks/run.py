"""Factdesk at scale: the figures of issue 7 on a synthetic five-year archive, in one table.

    uv run python benchmarks/run.py [--claims 100000] [--json OUT.json] [--queries 100]

Builds the workspace once (benchmarks/make_workspace.py; cached by size in $FACTDESK_BENCH_CACHE,
else <tmp>/factdesk-bench), then measures each figure in a child process of its own, so one
measurement's imports, caches and memory never flatter another:

- start to first paint: the real `ui.application.run` on the workspace, against a bare PySide6
  QMainWindow started the same way in the same run (the floor); "workspace shown" is the first
  paint of the claims list holding the workspace's rows;
- opening the workspace (`Workspace.open`, with the share of its `PRAGMA quick_check`);
- scrolling the claims list to the end and a filter change, in the window: the longest stall of
  the event loop (a 5 ms timer's largest gap) while they run;
- search latency (median, p95) over varied queries, Ukrainian, Russian and English, one to three
  words, phrases and prefixes; the "checked before?" lookup (median, p95);
- peak memory (ru_maxrss) of the window with the workspace open, scrolled, filtered and searched,
  against the bare window; the workspace file's size;
- whole operations as a user runs them, each a `factdesk …` process beside a floor process in the
  same run (benchmarks/whole_floor.py), medians of three: `factdesk export` of 1,000 claims against
  the same document written by plain lxml (`export_1k_s`, `export_1k_floor_s`), `factdesk load` of
  a 10,000-claim dump against plain executemany into the same schema (`load_10k_s`,
  `load_10k_floor_s`); each child's own peak memory comes from os.wait4.

    uv run python benchmarks/run.py --quick --check
        only the whole operations, on 1,000 claims each; exit 1 when a ratio is over 3 × its target
        (CI runs this after the tests)

The page cache is warm (the file was just built or read): "cold" here means a fresh process.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

TARGETS = {
    "start_ratio": 1.5,
    "search_p95_ms": 50,
    "checked_before_p95_ms": 100,
    "scroll_to_end_max_stall_ms": 50,
    "filter_change_max_stall_ms": 50,
    "rss_above_bare_mb": 150,
    # whole operations as a user runs them (a process each), against a floor measured in the same run
    "export_1k_ratio": 2.0,
    "load_10k_ratio": 2.0,
}
#: `--check` fails when a whole operation's ratio is worse than this many times its target
CHECK_SLACK = 3.0


def cache_dir() -> Path:
    folder = Path(os.environ.get("FACTDESK_BENCH_CACHE") or Path(tempfile.gettempdir()) / "factdesk-bench")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def workspace_for(claims: int, seed: int = 7) -> Path:
    path = cache_dir() / f"workspace-{claims}-s{seed}.factdesk"
    if not path.exists():
        from make_workspace import build

        print(f"Building a workspace of {claims:,} claims at {path} (once; it is kept for later runs)…", flush=True)
        summary = build(path, claims, seed, progress=lambda line: print(line, flush=True))
        print(f"  built in {summary['seconds']:.0f} s", flush=True)
    return path


def _maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _child(kind: str, *args: str, timeout: float = 600) -> dict:
    """Run `kind` in a fresh interpreter; it prints one JSON line last."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["QT_LOGGING_RULES"] = "qt.qpa.*=false"
    # an installed Factdesk starts from compiled bytecode: keep it (outside the tree), as it would
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(cache_dir() / "pycache")
    home = tempfile.mkdtemp(prefix="factdesk-bench-home-")
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[var] = str(Path(home) / var.lower())  # no remembered layout, recent files or backups
    started = time.time()
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", kind, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
    )
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"child {kind} failed ({proc.returncode}):\n{proc.stdout[-2000:]}\n{proc.stderr[-4000:]}")
    result = json.loads(lines[-1])
    result["_started"] = started
    return result


# -- children --------------------------------------------------------------------------------------------


def child_bare() -> dict:
    """The floor: a bare PySide6 main window, shown and painted once."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Factdesk"))
    window.resize(1400, 860)
    out: dict = {}

    class Painted(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and watched is window and "first_paint" not in out:
                out["first_paint"] = time.time()
                app.quit()
            return False

    app.installEventFilter(Painted(app))  # application-wide, as for Factdesk: the same instrument on both
    window.show()
    app.exec()
    out["rss_mb"] = _maxrss_mb()
    return out


def child_app(path: str) -> dict:
    """The real start: `ui.application.run` on the workspace; first paint, then the list shown."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    from ui.application import make_application

    app = make_application([sys.argv[0]])
    out: dict = {}

    class Painted(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                name = watched.objectName() if hasattr(watched, "objectName") else ""
                if name in ("main_window", "startup_frame") and "first_paint" not in out:
                    out["first_paint"] = time.time()  # the first Factdesk window painted
                if name == "main_window" and "window_paint" not in out:
                    out["window_paint"] = time.time()  # the main window, menus and panes
                parent = watched.parent() if hasattr(watched, "parent") else None
                if (
                    "shown" not in out
                    and parent is not None
                    and parent.objectName() == "claims_table"
                    and parent.model().rowCount() > 0
                ):
                    out["shown"] = time.time()
                    out["rows"] = parent.model().rowCount()
                    QTimer.singleShot(0, app.quit)
            return False

    app.installEventFilter(Painted(app))
    QTimer.singleShot(60_000, app.quit)
    from ui import application

    application.run(workspace=Path(path))
    out["rss_mb"] = _maxrss_mb()
    return out


def child_open(path: str) -> dict:
    import sqlite3

    from app.workspace import Workspace

    started = time.perf_counter()
    ws = Workspace.open(path)
    opened = time.perf_counter() - started
    ws.close()
    conn = sqlite3.connect(path)
    started = time.perf_counter()
    conn.execute("PRAGMA quick_check").fetchall()
    quick = time.perf_counter() - started
    conn.close()
    return {"open_s": opened, "quick_check_s": quick}


def _queries(count: int, seed: int = 11) -> list[str]:
    """Queries as analysts type them: common and rare words, 1–3 of them, phrases, prefixes, 3 scripts."""
    from make_workspace import CORE

    rng = random.Random(seed)
    words = {lang: text.split() for lang, text in CORE.items()}
    queries = []
    shapes = ["word", "word", "two", "three", "phrase", "prefix", "prefix", "word_prefix", "mixed_case", "or"]
    for n in range(count):
        lang = ("uk", "ru", "en")[n % 3]
        pick = words[lang]
        shape = shapes[n % len(shapes)]
        if shape == "word":
            q = rng.choice(pick)
        elif shape == "two":
            q = " ".join(rng.sample(pick, 2))
        elif shape == "three":
            q = " ".join(rng.sample(pick, 3))
        elif shape == "phrase":
            q = f'"{" ".join(rng.sample(pick, 2))}"'
        elif shape == "prefix":
            w = rng.choice([w for w in pick if len(w) >= 5])
            q = w[: rng.randint(3, len(w) - 1)] + "*"
        elif shape == "word_prefix":
            w = rng.choice([w for w in pick if len(w) >= 5])
            q = f"{rng.choice(pick)} {w[:4]}*"
        elif shape == "mixed_case":
            q = rng.choice(pick).upper()
        else:
            q = " OR ".join(rng.sample(pick, 2))
        queries.append(q)
    return queries


def _pct(values: list[float], p: float) -> float:
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))
    return values[k]


def child_search(path: str, count: str) -> dict:
    from app.services import search
    from app.workspace import Workspace

    ws = Workspace.open(path)
    queries = _queries(int(count))
    for q in queries[:5]:  # warm the connection pool and SQLite's caches
        search.search(ws, q)
    times, found = [], 0
    slowest = []
    for q in queries:
        started = time.perf_counter()
        results = search.search(ws, q, limit=20)
        elapsed = (time.perf_counter() - started) * 1000
        times.append(elapsed)
        found += not results.empty
        slowest.append((elapsed, q))
    ws.close()
    slowest.sort(reverse=True)
    return {
        "median_ms": statistics.median(times),
        "p95_ms": _pct(times, 95),
        "max_ms": max(times),
        "queries": len(times),
        "with_hits": found,
        "slowest": [f"{q} ({t:.0f} ms)" for t, q in slowest[:3]],
    }


def child_similar(path: str, count: str) -> dict:
    from app.services import similar
    from app.workspace import Workspace

    ws = Workspace.open(path)
    with ws.engine.connect() as conn:
        total = conn.exec_driver_sql("SELECT max(id) FROM claim").scalar()
    rng = random.Random(5)
    ids = [rng.randint(1, total) for _ in range(int(count))]
    similar.similar_claims(ws, ids[0])
    times, with_matches = [], 0
    for claim_id in ids:
        started = time.perf_counter()
        matches = similar.similar_claims(ws, claim_id)
        times.append((time.perf_counter() - started) * 1000)
        with_matches += bool(matches)
    ws.close()
    return {
        "median_ms": statistics.median(times),
        "p95_ms": _pct(times, 95),
        "lookups": len(ids),
        "found": with_matches,
    }


def child_filter(path: str, count: str) -> dict:
    """The claims list's quick filter through the lemma index: the ids of the claims a word (in any
    form, or its claimant, role or tag) admits."""
    from app.services.claims import ClaimFilter, claim_ids
    from app.workspace import Workspace

    ws = Workspace.open(path)
    words = [q.strip('"*').split()[0] for q in _queries(int(count)) if q.strip('"*').split()]
    claim_ids(ws, ClaimFilter(text=words[0]))
    times = []
    for word in words:
        started = time.perf_counter()
        claim_ids(ws, ClaimFilter(text=word))
        times.append((time.perf_counter() - started) * 1000)
    ws.close()
    return {"median_ms": statistics.median(times), "p95_ms": _pct(times, 95), "filters": len(times)}


def run_text(claims: int, queries: int) -> dict:
    """Only the search box, the claims filter's words and "checked before?" (`--only search`)."""
    path = workspace_for(claims)
    figures: dict = {"claims": claims, "workspace": str(path), "file_size_mb": path.stat().st_size / 1e6}
    found = _child("search", str(path), str(queries))
    figures |= {"search_median_ms": found["median_ms"], "search_p95_ms": found["p95_ms"]}
    figures["search_slowest"] = found["slowest"]
    filtered = _child("filter", str(path), str(queries))
    figures |= {"filter_words_median_ms": filtered["median_ms"], "filter_words_p95_ms": filtered["p95_ms"]}
    alike = _child("similar", str(path), str(queries))
    figures |= {"checked_before_median_ms": alike["median_ms"], "checked_before_p95_ms": alike["p95_ms"]}
    figures["checked_before_found"] = f"{alike['found']} of {alike['lookups']}"
    figures["load_average"] = os.getloadavg()
    return figures


def child_ui(path: str) -> dict:
    """The window on the workspace: scroll the claims list to the end, change filters, search; the
    longest gap of a 5 ms timer is the longest the window could not answer."""
    from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from app.models import ClaimStatus
    from ui.application import make_application
    from ui.main_window import MainWindow
    from ui.settings import Settings

    app = make_application([sys.argv[0]])
    settings = Settings(QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings=settings)
    window.show()
    started = time.perf_counter()
    window.open_workspace(Path(path))
    out: dict = {"install_s": time.perf_counter() - started}
    pane = window.claims_pane
    table = pane.table
    QApplication.processEvents()

    clock = QElapsedTimer()
    state = {"last": 0, "max_gap": 0.0}

    def tick():
        now = clock.nsecsElapsed() / 1e6
        state["max_gap"] = max(state["max_gap"], now - state["last"] - 5)
        state["last"] = now

    ticker = QTimer(interval=5)
    ticker.timeout.connect(tick)

    def measure(steps: list, gap_ms: int = 30) -> float:
        """Run each step on the event loop, `gap_ms` apart; the largest stall seen meanwhile."""
        loop_done = {"flag": False}
        queue = list(steps)

        def next_step():
            if not queue:
                QTimer.singleShot(200, lambda: loop_done.update(flag=True))
                return
            queue.pop(0)()
            QTimer.singleShot(gap_ms, next_step)

        clock.start()
        state.update(last=0, max_gap=0.0)
        ticker.start()
        QTimer.singleShot(20, next_step)
        while not loop_done["flag"]:
            app.processEvents()
            time.sleep(0.001)
        ticker.stop()
        return state["max_gap"]

    bar = table.verticalScrollBar()
    pages = [lambda v=v: bar.setValue(v) for v in range(0, bar.maximum(), max(1, bar.pageStep() * 40))]
    t0 = time.perf_counter()
    out["scroll_max_stall_ms"] = measure([*pages, lambda: table.scrollToBottom(), lambda: table.viewport().repaint()])
    out["scroll_s"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    table.scrollToBottom()
    table.viewport().repaint()
    out["scroll_to_end_jump_ms"] = (time.perf_counter() - t0) * 1000
    out["rows"] = pane.model.rowCount()

    done = pane.status_filter.findData(ClaimStatus.DONE.value)

    def filter_steps():
        return [
            lambda: pane.status_filter.setCurrentIndex(done),
            lambda: pane.rating_filter.setCurrentIndex(3),
            lambda: pane.status_filter.setCurrentIndex(0),
            lambda: pane.tag_filter.setCurrentIndex(5),
            lambda: pane.tag_filter.setCurrentIndex(0),
            lambda: pane.rating_filter.setCurrentIndex(0),
            lambda: pane.quick_filter.setText("оборон"),
            lambda: None,
            lambda: None,
            lambda: None,
            lambda: None,
            lambda: None,
            lambda: None,
            lambda: None,
            lambda: pane.quick_filter.setText(""),
        ]

    times, shown = [], []
    for setter in (lambda: pane.status_filter.setCurrentIndex(done), lambda: pane.status_filter.setCurrentIndex(0)):
        arrived = []
        connection = pane.model.loaded.connect(lambda arrived=arrived: arrived.append(time.perf_counter()))
        t0 = time.perf_counter()
        setter()
        times.append((time.perf_counter() - t0) * 1000)
        while not arrived:
            app.processEvents()
            time.sleep(0.001)
        table.viewport().repaint()
        shown.append((time.perf_counter() - t0) * 1000)
        pane.model.loaded.disconnect(connection)
    out["filter_change_ms"] = max(times)  # what the UI thread spends on it
    out["filter_change_shown_ms"] = max(shown)  # until the list shows the new rows
    out["filter_max_stall_ms"] = measure(filter_steps(), gap_ms=40)
    # the search box, as typed (debounced, on a worker thread)
    box = window.search_bar.box
    typed = []
    for text in ("о", "об", "обо", "обор", "оборо", "оборон", "оборона", "оборона у", "оборона укр"):
        typed.append(lambda t=text: (box.setText(t), window.search_bar._timer.start()))
    out["search_typing_max_stall_ms"] = measure(typed, gap_ms=60)
    out["rss_mb"] = _maxrss_mb()
    window.close()
    return out


CHILDREN = {
    "bare": child_bare,
    "app": child_app,
    "open": child_open,
    "search": child_search,
    "similar": child_similar,
    "filter": child_filter,
    "ui": child_ui,
}


# -- the parent ---------------------------------------------------------------------------------------------


def run(claims: int, queries: int) -> dict:
    path = workspace_for(claims)
    figures: dict = {"claims": claims, "workspace": str(path), "file_size_mb": path.stat().st_size / 1e6}
    print("Measuring (each in a fresh process)…", flush=True)
    _child("bare"), _child("app", str(path))  # compile and cache the bytecode; not counted
    bare = [_child("bare") for _ in range(3)]
    starts = [_child("app", str(path)) for _ in range(3)]
    figures["bare_window_first_paint_s"] = statistics.median(b["first_paint"] - b["_started"] for b in bare)
    figures["bare_window_rss_mb"] = statistics.median(b["rss_mb"] for b in bare)
    figures["start_first_paint_s"] = statistics.median(a["first_paint"] - a["_started"] for a in starts)
    figures["start_main_window_paint_s"] = statistics.median(a["window_paint"] - a["_started"] for a in starts)
    figures["start_workspace_shown_s"] = statistics.median(a["shown"] - a["_started"] for a in starts)
    figures["start_rss_mb"] = statistics.median(a["rss_mb"] for a in starts)
    opened = [_child("open", str(path)) for _ in range(3)]
    figures["open_workspace_s"] = statistics.median(o["open_s"] for o in opened)
    figures["quick_check_s"] = statistics.median(o["quick_check_s"] for o in opened)
    found = _child("search", str(path), str(queries))
    figures |= {
        "search_median_ms": found["median_ms"],
        "search_p95_ms": found["p95_ms"],
        "search_max_ms": found["max_ms"],
        "search_queries": found["queries"],
        "search_queries_with_hits": found["with_hits"],
        "search_slowest": found["slowest"],
    }
    alike = _child("similar", str(path), str(queries))
    figures |= {
        "checked_before_median_ms": alike["median_ms"],
        "checked_before_p95_ms": alike["p95_ms"],
        "checked_before_lookups": alike["lookups"],
        "checked_before_found": alike["found"],
    }
    ui = _child("ui", str(path))
    figures |= {
        "window_install_s": ui["install_s"],
        "scroll_to_end_max_stall_ms": ui["scroll_max_stall_ms"],
        "scroll_to_end_jump_ms": ui["scroll_to_end_jump_ms"],
        "filter_change_ms": ui["filter_change_ms"],
        "filter_change_shown_ms": ui["filter_change_shown_ms"],
        "filter_change_max_stall_ms": ui["filter_max_stall_ms"],
        "search_typing_max_stall_ms": ui["search_typing_max_stall_ms"],
        "peak_rss_mb": ui["rss_mb"],
    }
    figures["load_average"] = os.getloadavg()
    figures["cpus"] = os.cpu_count()
    return figures


# -- whole operations, as processes ----------------------------------------------------------------------


def _timed(argv: list[str], env: dict | None = None) -> tuple[float, float, str]:
    """Run `argv` as a process: (wall seconds, its own peak memory in MB, stdout). os.wait4 gives
    this child's rusage alone (RUSAGE_CHILDREN would be a high-water mark over every child)."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=err, text=True, env=env)
        _pid, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here: Popen must not wait again
        out.seek(0), err.seek(0)
        stdout, stderr = out.read(), err.read()
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} failed ({proc.returncode}):\n{stdout[-2000:]}\n{stderr[-2000:]}")
    return seconds, usage.ru_maxrss / 1024, stdout


def _child_env() -> dict:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed Factdesk starts from compiled bytecode
    env["PYTHONPYCACHEPREFIX"] = str(cache_dir() / "pycache")
    home = tempfile.mkdtemp(prefix="factdesk-bench-home-")
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[var] = str(Path(home) / var.lower())
    return env


def run_whole(export_claims: int, load_claims: int, repeat: int = 3) -> dict:
    """`factdesk export` and `factdesk load` as processes, each beside its floor in the same run
    (benchmarks/whole_floor.py), medians of `repeat`, alternating so load on the machine hits both."""
    factdesk = str(Path(sys.executable).parent / "factdesk")
    floor_script = str(ROOT / "benchmarks" / "whole_floor.py")
    env = _child_env()
    work = Path(tempfile.mkdtemp(prefix="factdesk-whole-"))
    figures: dict = {}
    source = workspace_for(export_claims)
    _timed([factdesk, "dump", str(source), "-o", str(work / "warm.json")], env)  # compile the bytecode; not counted
    ops, floors, op_rss, floor_rss = [], [], [], []
    for i in range(repeat):
        shutil.copy(source, work / f"export-{i}.factdesk")  # export writes custody entries into it
        copy = work / f"export-{i}.factdesk"
        t, rss, _ = _timed([factdesk, "export", str(copy), "-o", str(work / f"e{i}.docx")], env)
        ops.append(t), op_rss.append(rss)
        t, rss, _ = _timed([sys.executable, floor_script, "export", str(source), str(work / f"f{i}.docx")], env)
        floors.append(t), floor_rss.append(rss)
    figures |= {"export_claims": export_claims, "export_1k_s": statistics.median(ops),
                "export_1k_floor_s": statistics.median(floors), "export_1k_rss_mb": statistics.median(op_rss),
                "export_1k_floor_rss_mb": statistics.median(floor_rss)}  # fmt: skip
    dump = work / "dump.json"
    _timed([factdesk, "dump", str(workspace_for(load_claims)), "-o", str(dump)], env)
    ops, floors, op_rss, floor_rss = [], [], [], []
    for i in range(repeat):
        t, rss, _ = _timed([factdesk, "load", str(work / f"load-{i}.factdesk"), str(dump)], env)
        ops.append(t), op_rss.append(rss)
        t, rss, _ = _timed([sys.executable, floor_script, "load", str(work / f"floor-{i}.factdesk"), str(dump)], env)
        floors.append(t), floor_rss.append(rss)
    figures |= {"load_claims": load_claims, "load_10k_s": statistics.median(ops),
                "load_10k_floor_s": statistics.median(floors), "load_10k_rss_mb": statistics.median(op_rss),
                "load_10k_floor_rss_mb": statistics.median(floor_rss)}  # fmt: skip
    figures["export_1k_ratio"] = figures["export_1k_s"] / figures["export_1k_floor_s"]
    figures["load_10k_ratio"] = figures["load_10k_s"] / figures["load_10k_floor_s"]
    figures["load_average"] = os.getloadavg()
    shutil.rmtree(work, ignore_errors=True)
    return figures


def check_whole(figures: dict) -> list[str]:
    """The whole-operation ratios worse than CHECK_SLACK × their targets, in words."""
    return [
        f"{key} is {figures[key]:.1f}×, over {CHECK_SLACK:g} × its target of {TARGETS[key]:g}×"
        for key in ("export_1k_ratio", "load_10k_ratio")
        if key in figures and figures[key] > CHECK_SLACK * TARGETS[key]
    ]


def table(f: dict) -> str:
    ratio = f["start_first_paint_s"] / f["bare_window_first_paint_s"]
    shown_ratio = f["start_workspace_shown_s"] / f["bare_window_first_paint_s"]
    window_ratio = f["start_main_window_paint_s"] / f["bare_window_first_paint_s"]
    above = f["peak_rss_mb"] - f["bare_window_rss_mb"]

    def mark(ok: bool) -> str:
        return "ok" if ok else "MISSED"

    rows = [
        ("workspace", f"{f['claims']:,} claims, {f['file_size_mb']:.0f} MB", ""),
        ("bare PySide6 window: first paint", f"{f['bare_window_first_paint_s']:.2f} s", "(the floor)"),
        (
            "Factdesk: first paint (the startup frame)",
            f"{f['start_first_paint_s']:.2f} s  ({ratio:.2f}× bare)",
            mark(ratio <= TARGETS["start_ratio"]) + " ≤ 1.5×",
        ),
        (
            "Factdesk: main window (menus, panes) painted",
            f"{f['start_main_window_paint_s']:.2f} s  ({window_ratio:.2f}× bare)",
            "",
        ),
        (
            "Factdesk: workspace shown (claims list painted)",
            f"{f['start_workspace_shown_s']:.2f} s  ({shown_ratio:.2f}× bare)",
            "",
        ),
        (
            "open the workspace (Workspace.open)",
            f"{f['open_workspace_s']:.2f} s",
            f"of it quick_check {f['quick_check_s']:.2f} s",
        ),
        (
            "scroll the claims list to the end: longest stall",
            f"{f['scroll_to_end_max_stall_ms']:.0f} ms",
            mark(f["scroll_to_end_max_stall_ms"] <= 50) + " ≤ 50 ms",
        ),
        ("  jump to the end and paint", f"{f['scroll_to_end_jump_ms']:.0f} ms", ""),
        (
            "filter change: longest stall",
            f"{f['filter_change_max_stall_ms']:.0f} ms",
            mark(f["filter_change_max_stall_ms"] <= 50) + " ≤ 50 ms",
        ),
        (
            "  one status filter change: UI thread / list shown",
            f"{f['filter_change_ms']:.0f} / {f['filter_change_shown_ms']:.0f} ms",
            "(ids queried on a worker thread)",
        ),
        ("typing in the search box: longest stall", f"{f['search_typing_max_stall_ms']:.0f} ms", ""),
        (
            "search: median / p95",
            f"{f['search_median_ms']:.1f} / {f['search_p95_ms']:.1f} ms",
            mark(f["search_p95_ms"] <= 50) + " p95 ≤ 50 ms",
        ),
        (
            "  queries with hits / slowest",
            f"{f['search_queries_with_hits']}/{f['search_queries']}",
            "; ".join(f["search_slowest"]),
        ),
        (
            "checked before?: median / p95",
            f"{f['checked_before_median_ms']:.1f} / {f['checked_before_p95_ms']:.1f} ms",
            mark(f["checked_before_p95_ms"] <= 100) + " p95 ≤ 100 ms",
        ),
        (
            "peak memory: window with the workspace / bare",
            f"{f['peak_rss_mb']:.0f} / {f['bare_window_rss_mb']:.0f} MB",
            mark(above <= 150) + f" +{above:.0f} MB (≤ +150)",
        ),
        ("machine", f"{f['cpus']} CPUs, load {f['load_average'][0]:.2f} {f['load_average'][1]:.2f}", ""),
    ]
    width = max(len(r[0]) for r in rows)
    value_width = max(len(r[1]) for r in rows)
    return "\n".join(f"{a:<{width}}  {b:<{value_width}}  {c}" for a, b, c in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument("--json", type=Path, metavar="OUT.json")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    parser.add_argument("--only", choices=["search"], help="only search, the claims filter and checked before?")
    parser.add_argument("--quick", action="store_true", help="only the whole operations, on 1,000 claims (CI)")
    parser.add_argument("--check", action="store_true", help="exit 1 when a whole operation is over 3× its target")
    args = parser.parse_args(argv)
    if args.child:
        kind, *rest = args.child
        print(json.dumps(CHILDREN[kind](*rest)), flush=True)
        return 0
    if args.only == "search":
        figures = run_text(args.claims, args.queries)
        for key, value in figures.items():
            print(f"{key:<28} {value:.1f}" if isinstance(value, float) else f"{key:<28} {value}")
        if args.json:
            args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=2), encoding="utf-8")
        return 0
    if args.quick:
        figures = run_whole(1000, 1000)
        for key, value in figures.items():
            print(f"{key:<28} {value:.2f}" if isinstance(value, float) else f"{key:<28} {value}")
    else:
        figures = run(args.claims, args.queries) | run_whole(1000, 10_000)
        print()
        print(table(figures))
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=2), encoding="utf-8")
        print(f"\nWrote {args.json}")
    failed = check_whole(figures) if args.check else []
    for line in failed:
        print(f"check: {line}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
