"""A Telegram channel export of N posts, imported headless: the time and the child's peak memory.

    uv run python benchmarks/telegram_bench.py [--posts 300000] [--keep DIR]

Writes a `result.json` with the structure Telegram Desktop gives a channel (name, type, id, then
`messages`: posts with `date`/`date_unixtime`, `from`/`from_id`, `text` as a string or a mixed list
with a `text_link`, `text_entities`, edits, forwards, photos left out as placeholders, service
messages, a `\\x01` control character written as Telegram writes it), makes a new workspace, runs
`factdesk import WS result.json` as a child process and reports its wall time and peak RSS
(ru_maxrss of the child), then the cost of the source table's search triggers per post.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TEXT_UK = (
    "Міністерство оборони заявило що ворог втратив за добу понад тисячу солдатів на фронті у Донецькій області "
    "уряд ухвалив нове рішення щодо мобілізації тарифи на світло зростуть з першого числа наступного місяця"
)
WORDS_UK = tuple(TEXT_UK.split())
TEXT_RU = (
    "по данным источника в правительстве цены на бензин вырастут вдвое уже в следующем квартале эксперты "
    "считают что это связано с санкциями и ростом курса доллара"
)
WORDS_RU = tuple(TEXT_RU.split())
START = 1_688_169_600  # 2023-07-01 00:00 UTC


def _sentence(rng: random.Random) -> str:
    words = rng.choice((WORDS_UK, WORDS_RU))
    return " ".join(rng.choice(words) for _ in range(rng.randint(8, 30))).capitalize() + "."


def message(rng: random.Random, message_id: int, stamp: int, channel: str, chat_id: int) -> dict:
    """One post (or, now and then, a service message) shaped as tdesktop writes it."""
    when = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(stamp + 3 * 3600))  # the exporter's local time
    if message_id % 997 == 0:
        return {
            "id": message_id,
            "type": "service",
            "date": when,
            "date_unixtime": str(stamp),
            "actor": channel,
            "actor_id": f"channel{chat_id}",
            "action": "pin_message",
            "message_id": message_id - 1,
            "text": "",
            "text_entities": [],
        }
    body = " ".join(_sentence(rng) for _ in range(rng.randint(1, 4)))
    item: dict = {
        "id": message_id,
        "type": "message",
        "date": when,
        "date_unixtime": str(stamp),
        "from": channel,
        "from_id": f"channel{chat_id}",
    }
    if message_id % 5 == 0:
        item["edited"] = when
        item["edited_unixtime"] = str(stamp + 600)
    if message_id % 11 == 0:
        item["forwarded_from"] = "Інший канал"
    if message_id % 7 == 0:
        item["photo"] = "(File not included. Change data exporting settings to download.)"
        item["width"], item["height"] = 1280, 720
    if message_id % 3 == 0:
        link = {"type": "text_link", "text": "Джерело", "href": f"https://example.org/news/{message_id}"}
        item["text"] = [body + " ", link, ""]
        item["text_entities"] = [{"type": "plain", "text": body + " "}, link]
    else:
        item["text"] = body
        item["text_entities"] = [{"type": "plain", "text": body}]
    return item


def write_export(
    path: Path,
    posts: int,
    *,
    seed: int = 7,
    channel: str = "Тестовий канал",
    chat_id: int = 1487851422,
    start: int = START,
    step: int = 300,
) -> Path:
    """A single-channel result.json of `posts` messages, written streaming (flat memory)."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        name = json.dumps(channel, ensure_ascii=False)
        out.write(f'{{\n "name": {name},\n "type": "public_channel",\n "id": {chat_id},\n "messages": [\n')
        for n in range(1, posts + 1):
            text = json.dumps(message(rng, n, start + n * step, channel, chat_id), ensure_ascii=False, indent=1)
            if n == 2:  # a control character, written as tdesktop writes it (not JSON)
                text = (
                    text.replace("Джерело", "Джерело\\x01", 1)
                    if "Джерело" in text
                    else text.replace('"text": "', '"text": "\\x01', 1)
                )
            out.write("  " + text.replace("\n", "\n  ") + (",\n" if n < posts else "\n"))
        out.write(" ]\n}\n")
    return path


def run(posts: int, folder: Path, *, reuse: bool = False) -> dict:
    export = folder / "result.json"
    if not (reuse and export.exists()):
        write_export(export, posts)
    workspace = folder / "bench.factdesk"
    for old in folder.glob("bench.factdesk*"):
        old.unlink()
    subprocess.run(
        [sys.executable, "-m", "app.cli", "new", str(workspace)], check=True, cwd=ROOT, stdout=subprocess.DEVNULL
    )
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "import", str(workspace), str(export)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    out = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)  # the child's own rusage (communicate() would reap it first)
    child.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.perf_counter() - started
    peak = usage.ru_maxrss  # KiB on Linux
    return {
        "posts": posts,
        "export_mb": round(export.stat().st_size / 1e6, 1),
        "seconds": round(elapsed, 1),
        "peak_rss_mb": round(peak / 1024, 1),
        "exit": child.returncode,
        "output": out.strip(),
    }


def trigger_cost(count: int = 20000) -> dict:
    """Seconds per 1,000 posts inserted with and without the source table's search triggers."""
    from sqlalchemy import insert

    from app.models import Source
    from app.workspace import Workspace

    figures = {}
    with tempfile.TemporaryDirectory() as tmp:
        for label in ("with triggers", "without triggers"):
            ws = Workspace.create(Path(tmp) / f"{label.replace(' ', '-')}.factdesk")
            if label == "without triggers":
                with ws.writing() as session:
                    for suffix in ("ai", "ad", "au"):
                        session.connection().exec_driver_sql(f"DROP TRIGGER source_fts_{suffix}")
            rng = random.Random(1)
            rows = [
                {
                    "title": f"t{i}",
                    "kind": "post",
                    "outlet": "c",
                    "author": "",
                    "url": "",
                    "language": "uk",
                    "text": " ".join(_sentence(rng) for _ in range(3)),
                    "original_name": "",
                    "layout": "",
                    "external_key": f"k{i}",
                }
                for i in range(count)
            ]
            started = time.perf_counter()
            for start in range(0, count, 2000):
                with ws.writing() as session:
                    session.execute(insert(Source.__table__), rows[start : start + 2000])
            figures[label] = round((time.perf_counter() - started) / count * 1000, 3)
            ws.close()
    return {"seconds_per_1000_posts": figures}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=300_000)
    parser.add_argument("--keep", type=Path, help="write the export and the workspace here and keep them")
    parser.add_argument("--reuse", action="store_true", help="with --keep: use the export written there before")
    args = parser.parse_args()
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        result = run(args.posts, args.keep, reuse=args.reuse)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            result = run(args.posts, Path(tmp))
    print(json.dumps(result, ensure_ascii=False, indent=1), flush=True)
    print(json.dumps(trigger_cost(), ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
