"""Rating scales: Ukrainian labels (migration 0008), editing labels, colours, order and values,
scales of one's own, the active scale, and guards for ratings claims carry."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from app import migrations
from app.changes import RATING
from app.errors import ValidationError
from app.services import catalog
from app.services import claims as claim_service
from app.services import sources as source_service
from app.workspace import APPLICATION_ID, Workspace, _make_engine

UKRAINIAN = ["Правда", "Переважно правда", "Маніпуляція", "Переважно неправда", "Неправда", "Не доведено"]


def labels(ws, language: str, scale_id: int | None = None) -> list[str]:
    return [catalog.rating_label(r, language) for r in catalog.ratings(ws, scale_id)]


def test_a_new_workspace_has_the_default_scale_in_both_languages(ws):
    assert labels(ws, "en") == ["True", "Mostly true", "Misleading", "Mostly false", "False", "Unproven"]
    assert labels(ws, "uk") == UKRAINIAN
    for rating in catalog.ratings(ws):
        assert rating.description_uk and rating.description_uk != rating.description


def test_upgrade_from_0007_gives_the_default_scale_ukrainian_words_and_keeps_claims(tmp_path):
    path = tmp_path / "old.factdesk"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
        conn.commit()
    engine = _make_engine(path)
    try:
        migrations.upgrade(engine, "0007")
        with engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO source (title, kind, outlet, author, url, language, text, created_at, updated_at, layout) "
                "VALUES ('Old', 'article', '', '', '', 'uk', 'Old text here.', '2024-01-01', '2024-01-01', '')"
            )
            false_id = conn.exec_driver_sql("SELECT id FROM rating WHERE label = 'False'").scalar()
            conn.exec_driver_sql(
                'INSERT INTO claim (source_id, quote, start, "end", prefix, suffix, statement, status, summary, '
                "rationale, created_at, updated_at, rating_id) VALUES (1, 'Old', 0, 3, '', '', '', 'new', '', '', "
                f"'2024-01-01', '2024-01-01', {false_id})"
            )
            conn.exec_driver_sql("INSERT INTO tag (name) VALUES ('war')")
            # a team's own scale, made before 0008: left as it is
            conn.exec_driver_sql("INSERT INTO rating_scale (name, is_default) VALUES ('Team', 0)")
            conn.exec_driver_sql(
                "INSERT INTO rating (scale_id, label, description, colour, value, position) "
                "VALUES (2, 'False', 'Theirs', '#000000', 1, 0)"
            )
        migrations.upgrade(engine)
        with engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT label, label_uk FROM rating WHERE scale_id = 1 ORDER BY position")
            assert [uk for _, uk in rows] == UKRAINIAN
            assert conn.exec_driver_sql("SELECT label_uk FROM rating WHERE scale_id = 2").scalar() == ""
            assert conn.exec_driver_sql("SELECT name, title FROM tag").all() == [("war", "")]
            assert conn.exec_driver_sql("SELECT rating_id FROM claim").scalar() == false_id
        from alembic import command

        command.downgrade(migrations.config(engine), "0007")
        with engine.connect() as conn:
            assert "label_uk" not in [row[1] for row in conn.exec_driver_sql("PRAGMA table_info(rating)")]
            assert conn.exec_driver_sql("SELECT rating_id FROM claim").scalar() == false_id
        migrations.upgrade(engine)
    finally:
        engine.dispose()
    with Workspace.open(path, user="tester") as upgraded:
        assert labels(upgraded, "uk") == UKRAINIAN


def test_edit_a_rating_and_undo_with_previous(ws):
    first = catalog.ratings(ws)[0]
    changes = catalog.update_rating(ws, first.id, label_uk="Це правда", colour="#00aa00", value=7)
    assert changes.updated == {RATING: {first.id}}
    assert changes.previous == {"label_uk": "Правда", "colour": "#2E7D32", "value": 5}
    assert catalog.rating_label(catalog.ratings(ws)[0], "uk") == "Це правда"
    assert catalog.ratings(ws)[0].colour == "#00AA00"
    catalog.update_rating(ws, first.id, **changes.previous)
    assert labels(ws, "uk") == UKRAINIAN


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"colour": "red"}, "#RRGGBB"),
        ({"value": -1}, "whole number"),
        ({"value": "5"}, "whole number"),
        ({"label": "", "label_uk": ""}, "needs a label"),
        ({"label": "FALSE"}, "already has a rating"),
        ({"label_uk": "неправда"}, "already has a rating"),
    ],
)
def test_bad_rating_edits_are_refused_and_change_nothing(ws, fields, message):
    first = catalog.ratings(ws)[0]
    with pytest.raises(ValidationError, match=message):
        catalog.update_rating(ws, first.id, **fields)
    assert labels(ws, "uk") == UKRAINIAN and catalog.ratings(ws)[0].colour == "#2E7D32"


def test_a_ukrainian_only_label_serves_english_readers_too(ws):
    scale = catalog.create_scale(ws, "Команда").subject
    catalog.add_rating(ws, scale, label_uk="Фейк", colour="#B71C1C", value=1)
    assert labels(ws, "en", scale) == ["Фейк"] and labels(ws, "uk", scale) == ["Фейк"]


def test_add_move_and_remove_ratings_keep_the_order(ws):
    scale = catalog.create_scale(ws, "Team").subject
    ids = [catalog.add_rating(ws, scale, label=name).subject for name in ("Fake", "Manipulation", "False")]
    moved = catalog.move_rating(ws, ids[2], -2)
    assert labels(ws, "en", scale) == ["False", "Fake", "Manipulation"]
    catalog.move_rating(ws, ids[2], moved.previous["offset"])
    assert labels(ws, "en", scale) == ["Fake", "Manipulation", "False"]
    removed = catalog.delete_rating(ws, ids[1])
    assert labels(ws, "en", scale) == ["Fake", "False"]
    catalog.restore_rating(ws, removed.previous["snapshot"])
    assert labels(ws, "en", scale) == ["Fake", "Manipulation", "False"]
    assert [r.id for r in catalog.ratings(ws, scale)] == ids


def test_a_rating_claims_carry_cannot_be_removed(ws):
    source_id = source_service.create_source(ws, title="S", text="Some words here.").subject
    false = catalog.ratings(ws)[4]
    claim_service.create_claim(ws, source_id, 0, 4, rating_id=false.id)
    with pytest.raises(ValidationError, match="1 claim"):
        catalog.delete_rating(ws, false.id)
    assert catalog.rating_use(ws, false.scale_id) == {false.id: 1}


def test_duplicate_choose_and_delete_scales(ws):
    default = catalog.active_scale_id(ws)
    copy = catalog.create_scale(ws, "Our scale", copy_of=default).subject
    assert labels(ws, "uk", copy) == UKRAINIAN
    with pytest.raises(ValidationError, match="already a rating scale"):
        catalog.create_scale(ws, "our SCALE")
    changes = catalog.set_active_scale(ws, copy)
    assert catalog.active_scale_id(ws) == copy and changes.previous == {"scale_id": default}
    assert [r.scale_id for r in catalog.ratings(ws)] == [copy] * 6  # the verdict pane offers the new scale
    with pytest.raises(ValidationError, match="workspace's scale"):
        catalog.delete_scale(ws, copy)
    catalog.set_active_scale(ws, default)
    removed = catalog.delete_scale(ws, copy)
    assert [s.id for s in catalog.list_scales(ws)] == [default]
    catalog.restore_scale(ws, removed.previous["snapshot"])
    assert labels(ws, "uk", copy) == UKRAINIAN


def test_rating_by_label_finds_ukrainian_labels_too(ws):
    with ws.reading() as session:
        assert catalog.rating_by_label(session, "неправда").label == "False"
        assert catalog.rating_by_label(session, "false").label_uk == "Неправда"


# -- the workspace JSON ------------------------------------------------------------------------------


def test_dump_carries_ukrainian_words_and_tag_titles_and_load_takes_them(ws, tmp_path):
    from app import transfer

    source_id = source_service.create_source(ws, title="S", text="Some words here.").subject
    claim_service.create_claim(ws, source_id, 0, 4, tags=["war"])
    war = catalog.list_tags(ws)[0].id
    catalog.update_tag(ws, war, title="Війна")
    data = transfer.dump(ws)
    assert data["tags"] == [{"name": "war", "title": "Війна"}]
    assert data["rating_scale"]["ratings"][4]["label_uk"] == "Неправда"

    with Workspace.create(tmp_path / "other.factdesk", user="tester") as other:
        with other.writing() as session:  # a workspace whose default scale lacks the Ukrainian words
            for rating in catalog.ratings(other):
                session.get(type(rating), rating.id).label_uk = ""
        transfer.load(other, data)
        assert {t.name: t.title for t in catalog.list_tags(other)} == {"war": "Війна"}
        assert labels(other, "uk") == UKRAINIAN


def test_a_dump_from_before_0008_still_loads(ws):
    from app import transfer

    source_id = source_service.create_source(ws, title="S", text="Some words here.").subject
    claim_service.create_claim(ws, source_id, 0, 4, tags=["war"], rating_id=catalog.ratings(ws)[4].id)
    data = transfer.dump(ws)
    del data["tags"]
    for rating in data["rating_scale"]["ratings"]:
        del rating["label_uk"], rating["description_uk"]
    summary = transfer.load(ws, data)
    assert summary.claims == 1
    assert labels(ws, "uk") == UKRAINIAN


def test_bad_tags_in_a_file_are_refused_in_words(ws):
    from app import transfer

    data = transfer.dump(ws)
    data["tags"] = [{"title": "no name"}]
    with pytest.raises(ValidationError, match='"tags"\\[0\\] must be an object with a "name"'):
        transfer.load(ws, data)


# -- the report --------------------------------------------------------------------------------------


def test_a_ukrainian_report_shows_ukrainian_verdicts_scale_and_corrections(ws, tmp_path):
    import docx

    from app.services import reports
    from exports.docx_report import write_docx
    from exports.report_data import build_snapshot

    source_id = source_service.create_source(ws, title="S", text="Some words here.").subject
    scale = catalog.ratings(ws)
    claim_id = claim_service.create_claim(ws, source_id, 0, 4, rating_id=scale[1].id).subject
    claim_service.update_claim(ws, claim_id, status="done")
    claim_service.update_claim(ws, claim_id, rating_id=scale[4].id)  # a correction after publication
    report = reports.create_report(ws, title="Огляд", language="uk", claim_ids=[claim_id]).subject
    snap = build_snapshot(ws, report)
    assert snap.claims[0].rating.label == "Неправда"
    assert snap.claims[0].rating.description == "Твердження не відповідає дійсності."
    assert [r.label for r in snap.scale] == UKRAINIAN
    correction = snap.claims[0].corrections[0]
    assert (correction.old_rating, correction.new_rating) == ("Переважно правда", "Неправда")
    write_docx(snap, tmp_path / "uk.docx")
    text = "\n".join(p.text for p in docx.Document(str(tmp_path / "uk.docx")).paragraphs)
    text += "\n".join(c.text for t in docx.Document(str(tmp_path / "uk.docx")).tables for c in t._cells)
    assert "Неправда" in text and "Переважно правда" in text and "False" not in text
    assert build_snapshot(ws, report, language="en").claims[0].rating.label == "False"
