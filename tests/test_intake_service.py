"""Importing into a workspace: originals kept as blobs, duplicates found, refusals change nothing,
dismissed suggestions remembered; the schema migration; the CLI's import and suggest."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import func, text
from sqlmodel import select

from app import migrations
from app.cli import main
from app.errors import ValidationError
from app.models import Blob, DismissedSuggestion, Source
from app.services import claims as claim_service
from app.services import intake
from app.services import sources as source_service
from app.workspace import APPLICATION_ID, Workspace, _make_engine

DATA = Path(__file__).parent / "data"
DOCX = DATA / "intake" / "weekly-review-2023-07-09.docx"
TXT = DATA / "weekly-review-2023-07-09.txt"


def counts(ws) -> tuple[int, int]:
    with ws.reading() as session:
        return (
            session.exec(select(func.count()).select_from(Source)).one(),
            session.exec(select(func.count()).select_from(Blob)).one(),
        )


def test_import_keeps_the_original_and_prefills_metadata(ws):
    outcome = intake.import_file(ws, DOCX)
    assert outcome.created and outcome.duplicate_of is None
    source = source_service.get_source(ws, outcome.source_id)
    assert source.title == "Weekly review of disinformation narratives, July 3–9, 2023"
    assert (source.author, source.language, source.original_name) == ("OPORA", "en", DOCX.name)
    assert "Zakharova" in source.text
    original = intake.original_of(ws, outcome.source_id)
    assert original.data == DOCX.read_bytes()
    assert original.name == DOCX.name
    assert original.media_type.endswith("wordprocessingml.document")
    assert outcome.changes.created == {"source": {outcome.source_id}}


def test_the_same_bytes_again_are_found_not_imported_twice(ws, tmp_path):
    first = intake.import_file(ws, TXT)
    renamed = tmp_path / "another name.txt"
    renamed.write_bytes(TXT.read_bytes())
    again = intake.import_file(ws, renamed)
    assert (again.created, again.source_id, again.duplicate_of) == (False, first.source_id, first.source_id)
    assert counts(ws) == (1, 1)
    copy = intake.import_file(ws, renamed, allow_duplicate=True)
    assert copy.created and copy.duplicate_of == first.source_id and copy.source_id != first.source_id
    assert counts(ws) == (2, 1)  # one original, two sources
    assert intake.source_for_original(ws, again.summary["sha256"]) == first.source_id


def test_a_refused_file_changes_nothing(ws, tmp_path):
    intake.import_file(ws, TXT)
    before = counts(ws)
    bad = tmp_path / "report.docx"
    bad.write_bytes(b"not a word document at all")
    with pytest.raises(ValidationError, match=r"report\.docx was not imported"):
        intake.import_file(ws, bad)
    with pytest.raises(ValidationError, match="no such file"):
        intake.import_file(ws, tmp_path / "missing.pdf")
    assert counts(ws) == before


def test_blob_and_source_are_one_transaction(ws, monkeypatch):
    def boom(text):
        raise RuntimeError("disk full")

    monkeypatch.setattr(source_service, "normalise_text", boom)
    with pytest.raises(RuntimeError):
        intake.import_file(ws, TXT)
    assert counts(ws) == (0, 0)


def test_overrides_replace_found_metadata_and_are_checked(ws):
    outcome = intake.import_file(
        ws, DOCX, overrides={"title": "My title", "published": "2023-07-11", "kind": "statement"}
    )
    source = source_service.get_source(ws, outcome.source_id)
    assert (source.title, str(source.published), source.kind) == ("My title", "2023-07-11", "statement")
    with pytest.raises(ValidationError, match="date"):
        intake.import_file(ws, TXT, overrides={"published": "last week"})
    with pytest.raises(ValidationError, match="no field"):
        intake.import_file(ws, TXT, overrides={"colour": "red"})
    assert counts(ws) == (1, 1)


def test_paste_is_imported_with_its_text_kept(ws):
    outcome = intake.import_text(ws, "Medvedev said that 185,000 soldiers were recruited.", html=None)
    source = source_service.get_source(ws, outcome.source_id)
    assert source.text == "Medvedev said that 185,000 soldiers were recruited."
    assert intake.original_of(ws, outcome.source_id).media_type == "text/plain"


def test_delete_and_undo_keep_the_original(ws):
    outcome = intake.import_file(ws, DOCX)
    sid = outcome.source_id
    claim_service.create_claim(ws, sid, 0, 20)
    changes = source_service.delete_source(ws, sid)
    assert counts(ws) == (0, 1)  # the original stays for undo
    source_service.restore_source(ws, changes.previous["snapshot"])
    restored = source_service.get_source(ws, sid)
    assert (restored.original_sha256, restored.original_name) == (outcome.summary["sha256"], DOCX.name)
    assert intake.original_of(ws, sid).data == DOCX.read_bytes()


def test_an_original_in_use_cannot_be_deleted(ws):
    intake.import_file(ws, TXT)
    with pytest.raises(sa_exc.IntegrityError), ws.writing() as session:
        session.execute(text("DELETE FROM blob"))


# -- suggestions ---------------------------------------------------------------------------------------


def test_dismissed_and_claimed_sentences_are_not_suggested_again(ws, tmp_path):
    sid = intake.import_file(ws, TXT).source_id
    first = intake.suggestions_for(ws, sid, top=15)
    assert len(first) == 15
    text_of = source_service.get_source(ws, sid).text
    assert any("185,000" in text_of[s.start : s.end] for s in first)

    intake.dismiss_suggestion(ws, sid, first[0].start, first[0].end)
    intake.dismiss_suggestion(ws, sid, first[0].start, first[0].end)  # twice is once
    claim_service.create_claim(ws, sid, first[1].start + 3, first[1].end - 3)
    second = intake.suggestions_for(ws, sid, top=15)
    spans = {(s.start, s.end) for s in second}
    assert (first[0].start, first[0].end) not in spans and (first[1].start, first[1].end) not in spans
    assert len(second) == 15

    path = ws.path
    ws.close()
    with Workspace.open(path) as reopened:  # the dismissal was stored
        assert {(s.start, s.end) for s in intake.suggestions_for(reopened, sid, top=15)} == spans
        intake.restore_suggestion(reopened, sid, first[0].start, first[0].end)
        assert (first[0].start, first[0].end) in {(s.start, s.end) for s in intake.suggestions_for(reopened, sid)}
        intake.dismiss_suggestion(reopened, sid, first[0].start, first[0].end)
        source_service.delete_source(reopened, sid)
        with reopened.reading() as session:  # dismissals go with their source
            assert session.exec(select(func.count()).select_from(DismissedSuggestion)).one() == 0


def test_dismissing_outside_the_text_is_refused(ws):
    sid = intake.import_text(ws, "Short text here.").source_id
    with pytest.raises(ValidationError, match="not inside"):
        intake.dismiss_suggestion(ws, sid, 5, 500)


# -- migration 0004 ------------------------------------------------------------------------------------


def test_upgrade_from_0003_keeps_every_claim_and_downgrade_too(tmp_path):
    path = tmp_path / "old.factdesk"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
        conn.commit()
    engine = _make_engine(path)
    try:
        migrations.upgrade(engine, "0003")
        with engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO source (title, kind, outlet, author, url, language, text, created_at, updated_at) "
                "VALUES ('Old', 'article', '', '', '', 'en', 'Old text here.', '2024-01-01', '2024-01-01')"
            )
            conn.exec_driver_sql(
                'INSERT INTO claim (source_id, quote, start, "end", prefix, suffix, statement, status, summary, '
                "rationale, created_at, updated_at) VALUES (1, 'Old', 0, 3, '', '', '', 'new', '', '', "
                "'2024-01-01', '2024-01-01')"
            )
        migrations.upgrade(engine)
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM claim").scalar() == 1
            assert conn.exec_driver_sql("SELECT original_sha256, original_name FROM source").all() == [(None, "")]
        from alembic import command

        command.downgrade(migrations.config(engine), "0003")
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM claim").scalar() == 1
            columns = [row[1] for row in conn.exec_driver_sql("PRAGMA table_info(source)")]
            assert "original_sha256" not in columns and "original_name" not in columns
        migrations.upgrade(engine)
        assert migrations.state(engine).current == migrations.state(engine).head
    finally:
        engine.dispose()


# -- CLI ------------------------------------------------------------------------------------------------


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_import_and_suggest(capsys, tmp_path):
    path = tmp_path / "w.factdesk"
    Workspace.create(path).close()
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"garbage")
    code, out, _ = run(capsys, "import", path, DOCX, TXT)
    assert code == 0
    assert (
        out.splitlines()[0]
        == f"Imported {DOCX.name} as source #1: Weekly review of disinformation narratives, July 3–9, 2023"
    )
    code, out, _ = run(capsys, "import", path, TXT, bad)
    assert code == 1
    assert out.splitlines() == [
        f"{TXT.name} is already in the workspace as source #2: weekly-review-2023-07-09",
        "Refused: bad.pdf was not imported: it is named as a PDF but is not one (damaged, or another file renamed).",
    ]
    code, out, _ = run(capsys, "import", "--json", path, bad)
    assert code == 1
    assert json.loads(out)[0]["status"] == "refused"

    code, out, _ = run(capsys, "suggest", path, 1, "--top", 3)
    assert code == 0
    assert out.startswith(" 1. [") and "185,000" in out
    code, out, _ = run(capsys, "suggest", path, 1, "--json")
    rows = json.loads(out)
    assert len(rows) == 15 and {"start", "end", "score", "reasons", "text"} <= set(rows[0])
    code, _, err = run(capsys, "suggest", path, 99)
    assert code == 1 and "#99" in err
