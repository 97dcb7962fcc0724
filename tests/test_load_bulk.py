"""`factdesk load` writes in bulk: the number of statements does not grow with the number of rows,
and what a bulk load writes (ids, links, tags, claimants, custody, attachments) is what it should."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import event
from sqlmodel import select

from app.models import Actor, CustodyEvent, Tag
from app.transfer import dump, load
from app.workspace import Workspace


def document(n: int, *, pieces: int = 2) -> dict:
    """A file of `n` claims on one source, each with `pieces` pieces of evidence, two claimants and
    tags shared between claims (some spelled differently)."""
    words = [f"word{i}" for i in range(n)]
    text = " ".join(words)
    claims, evidence, links, at = [], [], [], 0
    for i, word in enumerate(words):
        claims.append(
            {
                "id": f"c{i}",
                "source": "s1",
                "quote": word,
                "start": at,
                "end": at + len(word),
                "claimant": f"a{i % 2}",
                "rating": "False" if i % 2 else None,
                "tags": ["Shared", "shared", f"tag {i % 5}"],
            }
        )
        at += len(word) + 1
        for j in range(pieces):
            evidence.append({"id": f"e{i}.{j}", "title": f"Piece {i}.{j}"})
            links.append({"claim": f"c{i}", "evidence": f"e{i}.{j}", "stance": "refutes" if j else "supports"})
    return {
        "format": "factdesk-workspace",
        "version": 1,
        "sources": [{"id": "s1", "title": "Speech", "text": text}],
        "actors": [{"id": "a0", "name": "Speaker"}, {"id": "a1", "name": "Other", "role": "MP"}],
        "claims": claims,
        "evidence": evidence,
        "links": links,
        "relations": [{"claim": "c0", "other": "c1", "kind": "repeats", "score": 80}] if n > 1 else [],
    }


def count_statements(ws: Workspace, data: dict) -> int:
    seen: list[str] = []

    def note(conn, cursor, statement, parameters, context, executemany):
        seen.append(statement)

    event.listen(ws.engine, "before_cursor_execute", note)
    try:
        load(ws, data)
    finally:
        event.remove(ws.engine, "before_cursor_execute", note)
    return len(seen)


def test_statements_do_not_grow_with_the_rows(tmp_path):
    with Workspace.create(tmp_path / "a.factdesk") as small, Workspace.create(tmp_path / "b.factdesk") as large:
        few = count_statements(small, document(5))
        many = count_statements(large, document(200))
    # one ORM insert and flush per row made it grow by thousands; now a few more executemany
    # batches at most (SQLAlchemy pages a large executemany)
    assert many <= few + 10, (few, many)


def test_a_bulk_load_writes_what_the_file_says(ws):
    summary = load(ws, document(30))
    assert (summary.claims, summary.evidence, summary.links, summary.actors) == (30, 60, 60, 2)
    assert summary.tags == 6  # "Shared" once, whatever its spelling, and tag 0..4
    data = dump(ws)
    assert [c["quote"] for c in data["claims"]] == [f"word{i}" for i in range(30)]
    names = {a["id"]: a["name"] for a in data["actors"]}
    assert [names[c["claimant"]] for c in data["claims"][:2]] == ["Speaker", "Other"]
    assert data["claims"][1]["rating"] == "False" and data["claims"][0]["rating"] is None
    assert data["claims"][3]["tags"] == ["Shared", "tag 3"]
    titles = {e["id"]: e["title"] for e in data["evidence"]}
    claim_ids = {c["id"]: c["quote"] for c in data["claims"]}
    first = [(claim_ids[x["claim"]], titles[x["evidence"]], x["stance"]) for x in data["links"][:2]]
    assert first == [("word0", "Piece 0.0", "supports"), ("word0", "Piece 0.1", "refutes")]
    assert len(data["relations"]) == 1 and data["relations"][0]["score"] == 80
    with ws.reading() as session:
        created = session.exec(select(CustodyEvent).where(CustodyEvent.action == "created")).all()
    by_id = {e["id"]: e["title"] for e in data["evidence"]}
    assert len(created) == 60
    assert all(by_id[e.evidence_id] == e.evidence_title and json.loads(e.detail) == {"loaded": True} for e in created)
    assert all(e.user == "tester" for e in created)


def test_a_second_load_reuses_claimants_and_tags_and_fills_an_empty_role(ws):
    load(ws, document(3))
    again = document(3)
    again["actors"][0]["role"] = "Minister"
    summary = load(ws, again)
    assert summary.actors == 0 and summary.tags == 0
    with ws.reading() as session:
        actors = {a.name: a.role for a in session.exec(select(Actor))}
        tags = sorted(t.name for t in session.exec(select(Tag)))
    assert actors == {"Speaker": "Minister", "Other": "MP"}
    assert tags == ["Shared", "tag 0", "tag 1", "tag 2"]


def test_attachments_in_bulk_keep_positions_custody_and_refuse_a_repeat(ws, tmp_path):
    (tmp_path / "a.txt").write_bytes(b"first file")
    (tmp_path / "b.txt").write_bytes(b"second file")
    data = {
        "format": "factdesk-workspace",
        "version": 1,
        "evidence": [
            {"id": "e1", "title": "Saved page", "attachments": [{"file": "a.txt"}, {"file": "b.txt", "url": "x.org"}]},
            {"id": "e2", "title": "Other", "attachments": [{"file": "a.txt", "name": "again.txt"}]},
        ],
    }
    summary = load(ws, data, base=tmp_path)
    assert summary.attachments == 3
    listed = dump(ws)["evidence"]
    assert [a["name"] for a in listed[0]["attachments"]] == ["a.txt", "b.txt"]
    assert listed[0]["attachments"][1]["url"] == "https://x.org"
    with ws.reading() as session:
        attached = session.exec(select(CustodyEvent).where(CustodyEvent.action == "attached")).all()
    assert sorted(json.loads(e.detail)["name"] for e in attached) == ["a.txt", "again.txt", "b.txt"]
    assert all(e.attachment_id is not None and e.sha256 for e in attached)
    assert [json.loads(e.detail)["deduplicated"] for e in sorted(attached, key=lambda e: e.id)] == [False, False, True]

    before = dump(ws)
    twice = {
        "format": "factdesk-workspace",
        "version": 1,
        "evidence": [{"id": "e1", "title": "Twice", "attachments": [{"file": "a.txt"}, {"file": "a.txt"}]}],
    }
    with pytest.raises(Exception, match=r'"attachments"\[1\]: a\.txt is already attached to “Twice” \(as a\.txt\)'):
        load(ws, twice, base=tmp_path)
    assert dump(ws)["evidence"] == before["evidence"]


def test_deleting_and_restoring_a_source_is_bulk_and_complete(tmp_path):
    from app.services import sources

    counts = {}
    for n in (5, 120):
        with Workspace.create(tmp_path / f"s{n}.factdesk") as ws:
            load(ws, document(n))
            before = dump(ws)
            source_id = before["sources"][0]["id"]
            seen: list[str] = []

            def note(conn, cursor, statement, parameters, context, executemany, seen=seen):
                seen.append(statement)

            event.listen(ws.engine, "before_cursor_execute", note)
            snapshot = sources.delete_source(ws, int(source_id)).previous["snapshot"]
            assert dump(ws)["claims"] == [] and dump(ws)["links"] == []
            sources.restore_source(ws, snapshot)
            event.remove(ws.engine, "before_cursor_execute", note)
            counts[n] = len(seen)
            after = dump(ws)
            for key in ("claims", "links", "relations", "tags"):
                assert after[key] == before[key], key
    assert counts[120] <= counts[5] + 10, counts
