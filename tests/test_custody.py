"""The custody log: every handling of a piece of evidence recorded, append-only, outliving the evidence."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from app.services import attachments, claims, custody, evidence, sources
from app.transfer import load

PNG = b"\x89PNG\r\n\x1a\n" + b"\x01" * 16


def _two_claims(ws, sample_text):
    source_id = sources.create_source(ws, title="Weekly review", text=sample_text).subject
    first = claims.create_claim(ws, source_id, 0, 20).subject
    second = claims.create_claim(ws, source_id, 30, 60).subject
    return first, second


def _actions(ws, evidence_id):
    return [entry.action for entry in custody.log_for(ws, evidence_id)]


def test_every_handling_is_recorded_with_who_and_when(ws, sample_text, tmp_path):
    first, second = _two_claims(ws, sample_text)
    changes = evidence.create_and_link(ws, first, {"title": "Ministry page"}, stance="refutes")
    evidence_id = changes.previous["evidence_id"]
    link_id = evidence.link(ws, second, evidence_id, stance="supports").subject
    evidence.update_link(ws, link_id, stance="context")
    evidence.update_evidence(ws, evidence_id, excerpt="The figure was 3.1%.")
    (tmp_path / "shot.png").write_bytes(PNG)
    attachments.attach_file(ws, evidence_id, tmp_path / "shot.png")
    (row,) = attachments.attachments_of(ws, evidence_id)
    attachments.save_copy(ws, row.id, tmp_path / "copy.png")
    attachments.verify(ws)
    evidence.unlink(ws, link_id)
    assert _actions(ws, evidence_id) == [
        "created", "linked", "linked", "edited", "edited", "attached", "exported", "checked", "unlinked",
    ]  # fmt: skip
    log = custody.log_for(ws, evidence_id)
    assert {entry.user for entry in log} == {"tester"}
    assert all(entry.at.utcoffset().total_seconds() == 0 for entry in log)
    assert log[2].detail["claim_id"] == second and log[2].detail["stance"] == "supports"
    assert log[3].describe() == f"stance on claim #{second} changed from supports to context"
    assert log[4].detail["fields"]["excerpt"] == ["", "The figure was 3.1%."]
    assert log[5].sha256 == row.sha256 and log[5].attachment_id == row.id
    assert log[6].detail["to"].endswith("copy.png")
    assert log[7].describe() == "integrity check: 1 attachment intact"


def test_the_log_cannot_be_changed_or_deleted(ws):
    evidence_id = evidence.create_evidence(ws, title="Page").subject
    for statement in ("UPDATE custody_event SET user = 'someone else'", "DELETE FROM custody_event"):
        with pytest.raises(IntegrityError, match="append-only"), ws.writing() as session:
            session.execute(text(statement))
    with sqlite3.connect(ws.path) as con, pytest.raises(sqlite3.IntegrityError, match="append-only"):
        con.execute("DELETE FROM custody_event WHERE id = 1")
    assert _actions(ws, evidence_id) == ["created"]


def test_a_refused_change_writes_no_entry(ws, tmp_path):
    evidence_id = evidence.create_evidence(ws, title="Page").subject
    (tmp_path / "big.bin").write_bytes(b"x" * 100)
    with pytest.raises(Exception, match="at most"):
        attachments.attach_file(ws, evidence_id, tmp_path / "big.bin", limit=10)
    assert _actions(ws, evidence_id) == ["created"]


def test_deletion_is_recorded_the_log_outlives_the_evidence_and_undo_restores_the_same_id(ws, sample_text, tmp_path):
    first, second = _two_claims(ws, sample_text)
    evidence_id = evidence.create_and_link(ws, first, {"title": "Ministry page"}, stance="refutes").previous[
        "evidence_id"
    ]
    evidence.link(ws, second, evidence_id)
    (tmp_path / "shot.png").write_bytes(PNG)
    attachments.attach_file(ws, evidence_id, tmp_path / "shot.png")
    assert [c for c, _q in evidence.linked_claims(ws, evidence_id)] == [first, second]

    snap = evidence.delete_evidence(ws, evidence_id).previous["snapshot"]
    deleted = custody.log_for(ws, evidence_id)[-1]
    assert deleted.action == "deleted" and deleted.evidence_title == "Ministry page"
    assert [c["claim_id"] for c in deleted.detail["claims"]] == [first, second]
    assert deleted.detail["attachments"][0]["name"] == "shot.png"
    assert attachments.attachments_of(ws, evidence_id) == []

    evidence.restore_evidence(ws, snap)
    assert evidence.get_evidence(ws, evidence_id).title == "Ministry page"
    assert [a.name for a in attachments.attachments_of(ws, evidence_id)] == ["shot.png"]
    assert {link.link_id for link in evidence.links_for_claim(ws, second)} == {snap.links[1]["id"]}
    assert _actions(ws, evidence_id)[-2:] == ["deleted", "restored"]
    assert attachments.verify(ws).ok


def test_failed_checks_flag_the_latest_check_only(ws, tmp_path):
    evidence_id = evidence.create_evidence(ws, title="Page").subject
    (tmp_path / "shot.png").write_bytes(PNG)
    attachments.attach_file(ws, evidence_id, tmp_path / "shot.png")
    (row,) = attachments.attachments_of(ws, evidence_id)
    attachments.verify(ws)
    assert custody.failed_checks(ws) == {}
    with sqlite3.connect(ws.path) as con:
        con.execute("DROP TRIGGER blob_never_changes")  # as someone with sqlite3 and intent would
        con.execute("UPDATE blob SET data = x'00' || substr(data, 2)")
    attachments.verify(ws)
    assert custody.failed_checks(ws) == {evidence_id: {row.id: "altered"}}
    assert custody.log_for(ws, evidence_id)[-1].describe() == "integrity check FAILED: shot.png (altered)"


def test_loaded_evidence_starts_its_log(ws):
    load(ws, {"format": "factdesk-workspace", "version": 1, "evidence": [{"id": 1, "title": "From JSON"}]})
    (entry,) = custody.whole_log(ws)
    assert entry.action == "created" and entry.detail == {"loaded": True}


def test_a_report_export_is_logged_for_each_cited_piece(tmp_path):
    from app.demo import write_demo
    from app.services import custody
    from app.workspace import Workspace
    from exports.docx_report import write_docx
    from exports.report_data import build_snapshot

    path = tmp_path / "demo.factdesk"
    write_demo(path)
    with Workspace.open(path) as ws:
        snapshot = build_snapshot(ws, None)
        cited = [e.evidence_id for e in snapshot.evidence]
        result = write_docx(snapshot, tmp_path / "report.docx")
        custody.record_report_export(ws, cited, report=snapshot.title, target=result.path)
        for evidence_id in cited:
            last = custody.log_for(ws, evidence_id)[-1]
            assert last.action == "exported" and "report.docx" in last.describe()
            assert snapshot.title in last.describe()
