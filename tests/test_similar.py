""" "Checked before?": reworded claims are found in their own language, and links are recorded, never merged."""

from __future__ import annotations

import pytest

from app.errors import ValidationError
from app.models import Claim, ClaimRelation
from app.services import claims, similar, sources

UK_OLD = "Західна зброя, яку постачають Україні, потрапляє до рук протестувальників у Франції."
UK_NEW = "Зброя, що її постачає Захід Україні, опиняється в руках протестувальників у Франції, заявила Захарова."
UK_OTHER = "Погода в Києві сьогодні буде сонячною, без опадів, повідомив Укргідрометцентр."
EN_OLD = "Weapons supplied to Kyiv end up in the hands of protesters who use them against the police in France."
EN_NEW = "The weapons the West supplies to Ukraine end up with rioters fighting French police, Zakharova claimed."
EN_OTHER = "Grain exports through the Black Sea corridor rose by a third in June."


@pytest.fixture
def archive(ws):
    ids = {}
    for name, text, lang in (
        ("uk_old", UK_OLD, "uk"),
        ("uk_other", UK_OTHER, "uk"),
        ("en_old", EN_OLD, "en"),
        ("en_other", EN_OTHER, "en"),
        ("uk_new", UK_NEW, "uk"),
        ("en_new", EN_NEW, "en"),
    ):
        source = sources.create_source(ws, title=name, text=text, language=lang).subject
        ids[name] = claims.create_claim(ws, source, 0, len(text)).subject
    claims.update_claim(ws, ids["uk_old"], status="done", summary="Немає доказів")
    return ids


def test_fold_and_stem():
    assert similar.fold("ЁЛКА Café зв’язок") == "елка cafe звязок"
    assert similar.fold("Їжак й") == "їжак й"  # ї and й are letters, not accented і and и
    assert similar.stem("україни") == similar.stem("україна") == "україн"
    assert similar.stem("weapons") == similar.stem("weapon")
    assert "та" not in similar.words("Зброя та Франція")


def test_reworded_ukrainian_claim_is_found(ws, archive):
    matches = similar.similar_claims(ws, archive["uk_new"])
    assert [m.claim_id for m in matches] == [archive["uk_old"]]
    best = matches[0]
    assert best.score >= similar.MIN_SCORE
    assert {"зброя", "франції", "протестувальників"} <= set(best.shared)
    assert best.status == "done"  # shown with its verdict and dates
    assert best.created_at is not None


def test_reworded_english_claim_is_found_and_languages_stay_apart(ws, archive):
    matches = similar.similar_claims(ws, archive["en_new"])
    assert [m.claim_id for m in matches] == [archive["en_old"]]
    assert {"weapons", "police", "france"} & set(matches[0].shared)
    # a text alone, in a language, is compared with that language's claims only
    assert similar.similar_to_text(ws, EN_OLD, language="uk") == []
    assert [m.claim_id for m in similar.similar_to_text(ws, EN_OLD, language="en")] == [
        archive["en_old"],
        archive["en_new"],
    ]


def test_nothing_alike_finds_nothing(ws, archive):
    assert similar.similar_claims(ws, archive["en_other"]) == []
    assert similar.similar_to_text(ws, "", language="en") == []
    assert similar.similar_to_text(ws, "the of and", language="en") == []


def test_linking_is_recorded_once_seen_from_both_sides_and_undoable(ws, archive):
    new, old = archive["uk_new"], archive["uk_old"]
    changes = similar.link_claims(ws, new, old, "repeats", score=81)
    relation_id = changes.subject
    assert changes.ids(similar.RELATION) == {relation_id}
    mine, theirs = similar.relations(ws, new), similar.relations(ws, old)
    assert [(r.other_claim_id, r.kind, r.outgoing) for r in mine] == [(old, "repeats", True)]
    assert [(r.other_claim_id, r.kind, r.outgoing) for r in theirs] == [(new, "repeats", False)]
    assert mine[0].user == "tester" and mine[0].score == 81
    assert similar.similar_claims(ws, new)[0].linked == "repeats"
    with pytest.raises(ValidationError):
        similar.link_claims(ws, old, new, "same_narrative")  # the pair is linked already
    with pytest.raises(ValidationError):
        similar.link_claims(ws, new, new, "repeats")
    with pytest.raises(ValidationError):
        similar.link_claims(ws, new, old, "merge")
    # nothing was merged: both claims are still there, untouched
    with ws.reading() as session:
        assert session.get(Claim, new) is not None and session.get(Claim, old).summary == "Немає доказів"
    removed = similar.unlink_claims(ws, relation_id)
    assert similar.relations(ws, new) == []
    similar.relink_claims(ws, removed.previous["relation"])
    assert [r.id for r in similar.relations(ws, old)] == [relation_id]
    # deleting a claim takes its relations with it; undoing the deletion puts them back
    deleted = claims.delete_claim(ws, old)
    with ws.reading() as session:
        assert session.get(ClaimRelation, relation_id) is None
    claims.restore_claim(ws, deleted.previous["snapshot"])
    assert [r.id for r in similar.relations(ws, new)] == [relation_id]
    # and so does undoing the deletion of the source that held one of them
    source_of_new = claims.get_claim(ws, new).claim.source_id
    gone = sources.delete_source(ws, source_of_new)
    assert similar.relations(ws, old) == []
    sources.restore_source(ws, gone.previous["snapshot"])
    assert [r.id for r in similar.relations(ws, old)] == [relation_id]
