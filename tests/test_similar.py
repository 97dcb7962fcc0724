""" "Checked before?": reworded claims are found in their own language, and links are recorded, never merged."""

from __future__ import annotations

import pytest

from app.errors import ValidationError
from app.models import Claim, ClaimRelation
from app.services import claims, similar, sources
from app.text import lemmas, meaning

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


def test_fold_and_lemmas():
    assert similar.fold("ЁЛКА Café зв’язок") == "елка cafe звязок"
    assert similar.fold("Їжак й") == "їжак й"  # ї and й are letters, not accented і and и
    assert lemmas.lemmas_of("україни", "uk") == lemmas.lemmas_of("україна", "uk") == ("україна",)
    assert lemmas.index_text("185 000, 185,000 і 185 тисяч") == "n185000 n185000 і n185000"
    assert meaning.text_units("Зброя та Франція", "uk", meaning.builtin())[1:2] != []


def test_reworded_ukrainian_claim_is_found(ws, archive):
    matches = similar.similar_claims(ws, archive["uk_new"])
    # the old Ukrainian claim first; the English telling of the same claim is found too, through the lexicon
    assert [m.claim_id for m in matches] == [archive["uk_old"], archive["en_new"]]
    assert matches[1].language == "en" and "west" in matches[1].shared
    best = matches[0]
    assert best.score >= similar.MIN_SCORE
    assert {"зброя", "франції", "протестувальників"} <= set(best.shared)
    assert best.language == "uk"
    assert best.status == "done"  # shown with its verdict and dates
    assert best.created_at is not None


def test_reworded_english_claim_is_found(ws, archive):
    matches = {m.claim_id: m for m in similar.similar_claims(ws, archive["en_new"])}
    assert archive["en_old"] in matches and archive["uk_other"] not in matches
    assert {"weapons", "police"} <= set(matches[archive["en_old"]].shared)
    assert matches[archive["en_old"]].language == "en"
    assert "rioters ≈ protesters (synonym)" in matches[archive["en_old"]].via


def test_recycled_fake_is_found_reworded_and_across_ukrainian_and_russian(ws):
    def add(text, lang):
        source = sources.create_source(ws, title=text[:20], text=text, language=lang).subject
        return claims.create_claim(ws, source, 0, len(text)).subject

    old = add("Україна готує провокацію на Запорізькій АЕС", "uk")
    add("На Запорізькій АЕС відновили живлення енергоблоку", "uk")  # the same plant, another claim
    reworded = add("Київ планує диверсію на Запорізькій атомній станції", "uk")
    russian = add("Украина готовит провокацию на Запорожской АЭС", "ru")
    found = similar.similar_claims(ws, reworded)
    assert old in [m.claim_id for m in found][:2]
    match = next(m for m in found if m.claim_id == old)
    assert "провокацію" in match.shared and match.language == "uk"
    assert "диверсію ≈ провокацію (synonym)" in match.via
    assert any("(abbreviation)" in v and "аес" in v for v in match.via)
    across = similar.similar_claims(ws, russian)
    assert next(m.claim_id for m in across) == old
    assert "провокацию ≈ провокацію (synonym)" in across[0].via


def test_numbers_are_facts(ws):
    def add(text, lang):
        source = sources.create_source(ws, title=text[:20], text=text, language=lang).subject
        return claims.create_claim(ws, source, 0, len(text)).subject

    old = add("У 2023 році до армії росії прийняли 185 000 контрактників", "uk")
    add("У 2023 році до армії росії прийняли 20 000 контрактників", "uk")
    found = similar.similar_to_text(ws, "За 2023 рік російська армія набрала 185 тисяч контрактників", language="uk")
    assert next(m.claim_id for m in found) == old


def test_an_analysts_group_joins_words_the_lexicon_does_not(ws):
    def add(text, lang):
        source = sources.create_source(ws, title=text[:20], text=text, language=lang).subject
        return claims.create_claim(ws, source, 0, len(text)).subject

    old = add("Мер Харкова втік до Польщі з бюджетними грошима", "uk")
    text = "Очільник Харкова втік до Польщі з бюджетними грошима"
    before = {m.claim_id: m for m in similar.similar_to_text(ws, text, language="uk")}
    changes = similar.add_synonym_group(ws, ["мер", "очільник міста", " очільник "])
    group_id = changes.subject
    after = {m.claim_id: m for m in similar.similar_to_text(ws, text, language="uk")}
    assert after[old].score > before.get(old, similar.Match(0, "", "", 0, ())).score
    assert any("(yours)" in v for v in after[old].via)
    with pytest.raises(ValidationError):
        similar.add_synonym_group(ws, ["мер", "Мер"])  # one word is no group
    removed = similar.remove_synonym_group(ws, group_id)
    assert similar.synonym_groups(ws) == []
    similar.restore_synonym_group(ws, removed.previous["synonym_group"])
    assert [g.terms for g in similar.synonym_groups(ws)] == ["мер\nочільник міста\nочільник"]


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
