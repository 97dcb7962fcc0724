"""Battery 4: 200 damaged copies of a workspace, and a deleted -wal.

Each copy is damaged one way (cut short, a page zeroed, the header overwritten, a byte flipped in
a b-tree page's header or cell pointers, in a record's contents, or anywhere). SQLite's own
`integrity_check` is asked first, on the untouched damaged bytes; then the copy is opened as the
app opens it. Every copy whose damage integrity_check sees must be refused on open
(WorkspaceDamaged or NotAWorkspace), none opened silently; the copies it does not see are
counted, with those whose data came out different (a silent change: what page checksums would
catch). The assessment of checksums is in docs/reliability.md.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import struct
import time
from pathlib import Path

from support import record

from app.demo import write_demo
from app.errors import NotAWorkspace, WorkspaceDamaged, WorkspaceError
from app.services import claims, evidence, sources
from app.workspace import Workspace

SEED = 6_2026
KINDS = {  # how many copies of each kind of damage: 200 in all
    "truncated": 25,
    "zeroed page": 35,
    "header overwritten": 20,
    "flip in b-tree page header or cell pointers": 30,
    "flip in record contents": 60,
    "flip anywhere": 30,
}


def build(path: Path) -> None:
    """The demo workspace and enough more (evidence, claims, long texts) to fill some pages."""
    write_demo(path)
    rng = random.Random(1)
    with Workspace.open(path) as ws:
        text = " ".join(f"Речення {n} про бюджет і 2023 рік." for n in range(3000))
        source_id = sources.create_source(ws, title="A long source", text=text).subject
        for n in range(120):
            evidence.create_evidence(ws, title=f"Evidence {n}", excerpt="слово " * rng.randrange(10, 400))
        for n in range(80):
            start = rng.randrange(0, len(text) - 200)
            claims.create_claim(ws, source_id, start, start + 60, statement=f"Claim {n}", tags=[f"tag {n % 7}"])


def pages(data: bytes) -> tuple[int, list[tuple[int, int]]]:
    """The page size, and the b-tree pages as (page number, type byte)."""
    size = struct.unpack(">H", data[16:18])[0]
    size = 65536 if size == 1 else size
    found = []
    for number in range(1, len(data) // size + 1):
        start = (number - 1) * size + (100 if number == 1 else 0)
        kind = data[start]
        if kind in (0x02, 0x05, 0x0A, 0x0D):
            found.append((number, kind))
    return size, found


def damage(data: bytes, kind: str, rng: random.Random) -> tuple[bytes, str]:
    """One damaged copy of `data` and where the damage is."""
    size, btree = pages(data)
    buf = bytearray(data)
    if kind == "truncated":
        cut = rng.choice([0, 50, 100, size // 2, size, *[rng.randrange(size, len(data)) for _ in range(3)]])
        cut = rng.choice([cut, cut - cut % size])  # at a page boundary half of the time
        return bytes(buf[:cut]), f"cut at {cut}"
    if kind == "zeroed page":
        number = rng.randrange(1, len(data) // size + 1)
        buf[(number - 1) * size : number * size] = bytes(size)
        return bytes(buf), f"page {number}"
    if kind == "header overwritten":
        start = rng.choice([0, 16, 18, 24, 28, 32, 40, 44, 52, 56, 68, rng.randrange(0, 100)])
        length = rng.randrange(1, 100 - start + 1)
        buf[start : start + length] = bytes(rng.randrange(256) for _ in range(length))
        return bytes(buf), f"bytes {start}–{start + length}"
    if kind == "flip in b-tree page header or cell pointers":
        number, page_kind = rng.choice(btree)
        base = (number - 1) * size + (100 if number == 1 else 0)
        header = 8 if page_kind in (0x0A, 0x0D) else 12
        cells = struct.unpack(">H", data[base + 3 : base + 5])[0]
        offset = base + rng.randrange(0, header + 2 * cells)
    elif kind == "flip in record contents":
        leaves = [(number, _content_start(data, number, size)) for number, kind in btree if kind == 0x0D]
        number, content = rng.choice([(n, c) for n, c in leaves if c < size])
        offset = (number - 1) * size + rng.randrange(content, size)
    else:
        offset = rng.randrange(0, len(data))
    bit = 1 << rng.randrange(8)
    buf[offset] ^= bit
    return bytes(buf), f"byte {offset} (page {offset // size + 1}) ^ {bit:#04x}"


def _content_start(data: bytes, number: int, size: int) -> int:
    """Where a b-tree page's cell content area starts, from the start of the page."""
    base = (number - 1) * size + (100 if number == 1 else 0)
    return struct.unpack(">H", data[base + 5 : base + 7])[0] or 65536


def integrity_sees(path: Path) -> bool:
    """Does integrity_check (or SQLite, failing to read the file at all) see the damage?"""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            rows = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return True
    return rows != ["ok"]


def contents(path: Path) -> list | None:
    """Every row of every table, to tell a silent change of data from damage to unused space."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            tables = [
                r[0]
                for r in conn.execute(
                    "SELECT name FROM sqlite_schema WHERE type='table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
                )
            ]  # the full-text tables' shadow tables included; some have no rowid, so sort here
            conn.text_factory = bytes  # text as stored, even if a flip left invalid UTF-8
            return [(t, sorted(map(repr, conn.execute(f'SELECT * FROM "{t}"')))) for t in tables]
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return None


def test_damaged_copies_are_refused_never_opened_silently(tmp_path):
    base = tmp_path / "base.factdesk"
    build(base)
    original = base.read_bytes()
    assert not base.with_name(base.name + "-wal").exists(), "the base must be checkpointed (closed)"
    expected = contents(base)
    rng = random.Random(SEED)
    rows, failures = [], []
    started = time.perf_counter()
    number = 0
    for kind, count in KINDS.items():
        for _ in range(count):
            number += 1
            copy = tmp_path / f"copy-{number:03}.factdesk"
            data, where = damage(original, kind, rng)
            copy.write_bytes(data)
            seen = integrity_sees(copy)
            changed = not seen and contents(copy) != expected
            try:
                Workspace.open(copy, user="checker").close()
                outcome = "opened"
            except (WorkspaceDamaged, NotAWorkspace) as exc:
                outcome = type(exc).__name__
            except WorkspaceError as exc:  # refused, but not called damage
                outcome = f"{type(exc).__name__}: {exc}"
            except Exception as exc:  # a crash, not a message
                outcome = f"crash {type(exc).__name__}: {exc}"
            rows.append((kind, where, seen, changed, outcome))
            if (seen and outcome == "opened") or outcome.startswith("crash"):
                failures.append(f"{kind} {where}: integrity_check sees it: {seen}, open: {outcome}")
            for leftover in tmp_path.glob(f"copy-{number:03}.factdesk*"):
                leftover.unlink()
    elapsed = time.perf_counter() - started

    def count(kind=None, **where) -> int:
        keys = ("kind", "where", "seen", "changed", "outcome")
        return sum(
            1
            for row in rows
            if (kind is None or row[0] == kind)
            and all(dict(zip(keys, row, strict=True))[k] == v for k, v in where.items())
        )

    by_kind = {
        kind: {
            "copies": n,
            "seen_by_integrity_check": count(kind, seen=True),
            "refused_on_open": n - count(kind, outcome="opened"),
            "unseen": count(kind, seen=False),
            "unseen_and_data_changed": count(kind, seen=False, changed=True),
        }
        for kind, n in KINDS.items()
    }
    record(
        "4 damaged copies",
        copies=len(rows),
        seed=SEED,
        pages=len(original) // pages(original)[0],
        seen_by_integrity_check=count(seen=True),
        refused_on_open=len(rows) - count(outcome="opened"),
        seen_but_opened=sum(1 for r in rows if r[2] and r[4] == "opened"),
        unseen_by_integrity_check=count(seen=False),
        unseen_flips_in_record_contents=by_kind["flip in record contents"]["unseen"],
        unseen_flips_in_record_contents_that_changed_data=by_kind["flip in record contents"]["unseen_and_data_changed"],
        unseen_and_data_changed_all_kinds=count(seen=False, changed=True),
        crashes=sum(1 for r in rows if r[4].startswith("crash")),
        by_kind=by_kind,
        seconds=round(elapsed, 1),
    )
    assert len(rows) == 200
    assert failures == []


def test_a_deleted_wal_with_committed_changes_is_noticed(tmp_path):
    """Changes committed into the -wal but not yet folded into the main file, then the -wal
    deleted (as a careless copy or a cleaner would): the main file is sound but older. SQLite
    cannot tell; the -shm left behind can, and the open says so in `warnings`."""
    path = tmp_path / "wal.factdesk"
    with Workspace.create(path) as ws:
        evidence.create_evidence(ws, title="checkpointed")
    snapshot, both_gone = tmp_path / "crashed", tmp_path / "both"
    snapshot.mkdir()
    both_gone.mkdir()
    with Workspace.open(path) as ws:
        evidence.create_evidence(ws, title="only in the wal")  # far below the auto-checkpoint's 1,000 pages
        wal = path.with_name(path.name + "-wal")
        shm = path.with_name(path.name + "-shm")
        assert wal.stat().st_size > 0
        for file in (path, shm):  # the files as a crash would leave them, minus the -wal
            shutil.copy2(file, snapshot / file.name)
        shutil.copy2(path, both_gone / path.name)  # and minus the -shm too
    copy = snapshot / path.name
    sound = not integrity_sees(copy)
    with Workspace.open(copy, user="checker") as reopened:
        warned = list(reopened.warnings)
        titles = [hit.evidence.title for hit in evidence.find_evidence(reopened)]
    with Workspace.open(both_gone / path.name, user="checker") as reopened:
        warned_without_shm = list(reopened.warnings)
    record(
        "4b deleted -wal",
        main_file_sound=sound,
        changes_lost=["only in the wal"],
        noticed_with_shm_left=bool(warned),
        noticed_with_shm_also_gone=bool(warned_without_shm),
        warning=warned[0] if warned else None,
    )
    assert sound and titles == ["checkpointed"]
    assert warned and "deleted" in warned[0]
