"""Spreadsheet import: 10,000 rows of an XLSX imported by `factdesk import --map` as a process
(the target: ≤ 10 s), beside the floor: reading the same file with openpyxl alone (read-only).

    uv run python benchmarks/sheet_bench.py [--rows 10000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import openpyxl

_WORDS = [
    "уряд",
    "заявив",
    "що",
    "експорт",
    "зерна",
    "зріс",
    "удвічі",
    "минулого",
    "року",
    "але",
    "дані",
    "митниці",
    "показують",
    "інше",
]


def make_xlsx(path: Path, rows: int) -> None:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Claims")
    sheet.append(["Quote", "Claimant", "Date", "URL", "Outlet", "Tags", "Rating"])
    start = date(2024, 1, 1)
    ratings = ["False", "True", "Misleading", None]
    for i in range(rows):
        words = " ".join(_WORDS[(i + k) % len(_WORDS)] for k in range(12))
        sheet.append([
            f"{words} ({i})", f"Speaker {i % 300}", start + timedelta(days=i % 365),
            f"https://example.org/post/{i % 2000}", f"Outlet {i % 40}", f"topic{i % 25}, week{i % 52}",
            ratings[i % 4],
        ])  # fmt: skip
    book.save(path)


def floor(path: Path) -> tuple[float, int]:
    started = time.perf_counter()
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    count = sum(1 for _ in book.active.iter_rows(values_only=True))
    book.close()
    return time.perf_counter() - started, count


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="sheet-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    xlsx, ws = folder / "claims.xlsx", folder / "bench.factdesk"
    ws.unlink(missing_ok=True)
    make_xlsx(xlsx, args.rows)
    subprocess.run([sys.executable, "-m", "app.cli", "new", str(ws)], check=True, capture_output=True)
    read_s, count = floor(xlsx)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "app.cli", "import", str(ws), str(xlsx), "--map",
         "quote=A,claimant=B,date=C,url=D,outlet=E,tags=F,rating=G"],
        capture_output=True, text=True,
    )  # fmt: skip
    import_s = time.perf_counter() - started
    print(done.stdout.strip())
    if done.returncode != 0:
        print(done.stderr, file=sys.stderr)
        return 1
    print(f"rows: {args.rows:,} ({xlsx.stat().st_size / 1e6:.1f} MB XLSX)")
    print(f"floor, openpyxl read-only alone: {read_s:.2f} s ({count:,} rows)")
    print(f"factdesk import as a process:    {import_s:.2f} s (target ≤ 10 s)")
    return 0 if import_s <= 10 else 1


if __name__ == "__main__":
    sys.exit(main())
