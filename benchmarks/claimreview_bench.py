"""How fast `factdesk claimreview` writes (and lints) ClaimReview for a big workspace.

    uv run python benchmarks/claimreview_bench.py [--claims 10000] [--runs 3] [--keep DIR]

Builds a workspace with benchmarks/make_workspace.py (--claims N: N claims, N/5 sources, 3N pieces
of evidence), then gives every claim a verdict, a fact-check URL and an appearance and the
workspace an organisation (one UPDATE each), so that every claim is exported. Then it times
`factdesk claimreview WS -o OUT.json --lint` as a process of its own — start-up, opening the
workspace, reading the claims, building the JSON-LD, the lint and the write — and prints the best
and median of --runs runs against the goal (issue 17: 10,000 claims in ≤ 5 s).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

GOAL_SECONDS = 5.0


def prepare(path: Path, claims: int) -> None:
    from make_workspace import build

    build(path, claims, 7, progress=lambda line: None)
    conn = sqlite3.connect(path)
    with conn:
        ratings = [r for (r,) in conn.execute("SELECT id FROM rating ORDER BY position")]
        conn.execute(
            f"UPDATE claim SET rating_id = coalesce(rating_id, (id % {len(ratings)}) + {min(ratings)}), "
            "review_url = 'https://checks.example.org/claims/' || id, "
            "appearance_url = 'https://t.me/channel/' || id, appearance_date = '2024-01-02'"
        )
        conn.executemany(
            "INSERT OR REPLACE INTO workspace_setting (key, value) VALUES (?, ?)",
            [("org_name", "Bench Checks"), ("org_url", "https://checks.example.org"), ("org_logo", "")],
        )
    conn.close()


def time_export(path: Path, out: Path) -> float:
    # as an installed Factdesk runs: with its modules' bytecode cached (the first run writes it)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    started = time.perf_counter()
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from app.cli import main; sys.exit(main())",
            "claimreview",
            str(path),
            "-o",
            str(out),
            "--lint",
            "--force",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    seconds = time.perf_counter() - started
    if proc.returncode not in (0, 1):
        raise SystemExit(f"factdesk claimreview failed ({proc.returncode}): {proc.stderr.strip()}")
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="build the workspace in DIR and keep it")
    args = parser.parse_args(argv)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="factdesk-crbench-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"claimreview-{args.claims}.factdesk"
    out = folder / "claimreview.json"
    if not path.exists():
        print(f"Building a workspace of {args.claims:,} claims…", flush=True)
        started = time.perf_counter()
        prepare(path, args.claims)
        print(f"  built in {time.perf_counter() - started:.0f} s", flush=True)
    first = time_export(path, out)  # writes the bytecode caches, as installing does
    times = [time_export(path, out) for _ in range(args.runs)]
    print(f"first run (compiling Factdesk's modules, as no installed copy does): {first:.2f} s")
    items = len(json.loads(out.read_text(encoding="utf-8")))
    best, median = min(times), statistics.median(times)
    verdict = "ok" if median <= GOAL_SECONDS else "OVER"
    print(f"factdesk claimreview --lint, {items:,} ClaimReview items: best {best:.2f} s, median {median:.2f} s "
          f"(goal ≤ {GOAL_SECONDS:g} s: {verdict}); {out.stat().st_size / 2**20:.1f} MB written")  # fmt: skip
    return 0 if median <= GOAL_SECONDS else 1


if __name__ == "__main__":
    raise SystemExit(main())
