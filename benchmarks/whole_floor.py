"""Floors for whole operations, each run as a process the way `factdesk …` is (benchmarks/run.py):

    python benchmarks/whole_floor.py export WORKSPACE OUT.docx
        the same report document `factdesk export WORKSPACE -o OUT.docx` writes (every claim),
        made by plain lxml calls (benchmarks/report_bench.py `floor`) from the same snapshot
    python benchmarks/whole_floor.py load WORKSPACE DUMP.json
        a new workspace (`Workspace.create`: the same schema, FTS and lemma triggers) filled from
        the dump with one plain executemany per table in one transaction, ids as in the file

Each prints one JSON line: its own peak memory (ru_maxrss of this process, MB).
"""

from __future__ import annotations

import json
import resource
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def export_floor(workspace: str, out: str) -> None:
    from report_bench import floor

    from app.workspace import Workspace
    from exports.report_data import build_snapshot
    from exports.word import DEFAULT_TEMPLATE

    with Workspace.open(workspace, read_only=True, defer_check=True) as ws:
        snapshot = build_snapshot(ws)
    floor(snapshot, DEFAULT_TEMPLATE, Path(out))


def load_floor(workspace: str, dump: str) -> None:
    from app.anchoring import select as select_quote
    from app.text.sql import register
    from app.workspace import Workspace

    data = json.loads(Path(dump).read_text(encoding="utf-8"))
    Workspace.create(workspace, user="floor").close()
    conn = sqlite3.connect(workspace, isolation_level=None)
    register(conn)
    for pragma in ("PRAGMA foreign_keys=ON", "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL"):
        conn.execute(pragma)
    conn.execute("BEGIN IMMEDIATE")
    stamp = "2025-01-01 00:00:00.000000"
    ratings = {label.casefold(): i for i, label in conn.execute("SELECT id, label FROM rating")}
    conn.executemany(
        "INSERT INTO source(id, title, kind, outlet, author, url, language, text, created_at, updated_at)"
        f" VALUES (?, ?, ?, ?, ?, ?, ?, ?, '{stamp}', '{stamp}')",
        [(s["id"], s["title"], s.get("kind", "article"), s.get("outlet", ""), s.get("author", ""), s.get("url", ""),
          s.get("language", ""), s["text"]) for s in data["sources"]],
    )  # fmt: skip
    conn.executemany(
        "INSERT INTO actor(id, name, role) VALUES (?, ?, ?)",
        [(a["id"], a["name"], a.get("role", "")) for a in data["actors"]],
    )
    conn.executemany(
        "INSERT INTO evidence(id, title, kind, url, publisher, excerpt, note, created_at, updated_at)"
        f" VALUES (?, ?, ?, ?, ?, ?, ?, '{stamp}', '{stamp}')",
        [(e["id"], e["title"], e.get("kind", "document"), e.get("url", ""), e.get("publisher", ""),
          e.get("excerpt", ""), e.get("note", "")) for e in data["evidence"]],
    )  # fmt: skip
    texts = {s["id"]: s["text"] for s in data["sources"]}
    rows = []
    for c in data["claims"]:
        anchor = select_quote(texts[c["source"]], c["start"], c["end"])
        rows.append((c["id"], c["source"], anchor.exact, c["start"], c["end"], anchor.prefix, anchor.suffix,
                     c.get("statement", ""), c.get("claimant"), c.get("status", "new"),
                     ratings.get((c.get("rating") or "").casefold()), c.get("summary", ""),
                     c.get("rationale", "")))  # fmt: skip
    conn.executemany(
        'INSERT INTO claim(id, source_id, quote, start, "end", prefix, suffix, statement, claimant_id, status,'
        f" rating_id, summary, rationale, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
        f" '{stamp}', '{stamp}')",
        rows,
    )
    tags = sorted({t for c in data["claims"] for t in c.get("tags", [])})
    tag_ids = {t: i + 1 for i, t in enumerate(tags)}
    conn.executemany("INSERT INTO tag(id, name) VALUES (?, ?)", [(i, t) for t, i in tag_ids.items()])
    conn.executemany(
        "INSERT OR IGNORE INTO claim_tag(claim_id, tag_id) VALUES (?, ?)",
        [(c["id"], tag_ids[t]) for c in data["claims"] for t in c.get("tags", [])],
    )
    conn.executemany(
        "INSERT INTO claim_evidence(claim_id, evidence_id, stance, note, position) VALUES (?, ?, ?, ?, ?)",
        [(x["claim"], x["evidence"], x.get("stance", "context"), x.get("note", ""), i)
         for i, x in enumerate(data["links"])],
    )  # fmt: skip
    conn.executemany(
        "INSERT INTO custody_event(at, user, action, evidence_id, evidence_title, detail)"
        f" VALUES ('{stamp}', 'floor', 'created', ?, ?, '{{\"loaded\": true}}')",
        [(e["id"], e["title"]) for e in data["evidence"]],
    )
    conn.execute("COMMIT")
    conn.close()


def main(argv: list[str]) -> int:
    kind, *args = argv
    {"export": export_floor, "load": load_floor}[kind](*args)
    print(json.dumps({"rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
