"""Services: sources, claims, verdicts and their audit trail, evidence links, deletion and undo."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import text
from sqlmodel import select

from app.changes import ACTOR, CLAIM, EVIDENCE, LINK, SOURCE, TAG
from app.errors import NotFound, ValidationError
from app.models import Actor, AuditEvent, Claim, ClaimEvidence, ClaimStatus, ClaimTag, Evidence, Tag
from app.services import catalog
from app.services import claims as claim_service
from app.services import evidence as evidence_service
from app.services import sources as source_service
from app.services.claims import SORT_KEYS, ClaimFilter

TEXT = (
    "The minister said that   unemployment fell by 50% last year. "
    "Critics replied that unemployment rose. "
    "A spokesman claimed the budget_deficit was zero."
)


# -- helpers -----------------------------------------------------------------------------------


def make_source(ws, text: str = TEXT, title: str = "Press briefing", **fields) -> int:
    return source_service.create_source(ws, title=title, text=text, **fields).subject


def mark(ws, source_id: int, quote: str, *, occurrence: int = 0, **fields) -> int:
    """Create a claim on the `occurrence`-th place `quote` appears in the source."""
    body = source_service.get_source(ws, source_id).text
    start = -1
    for _ in range(occurrence + 1):
        start = body.index(quote, start + 1)
    return claim_service.create_claim(ws, source_id, start, start + len(quote), **fields).subject


def rating_id(ws, label: str) -> int:
    return next(r.id for r in catalog.ratings(ws) if r.label == label)


def ids(ws, **flt) -> list[int]:
    return claim_service.claim_ids(ws, ClaimFilter(**flt))


def count(ws, model) -> int:
    with ws.reading() as session:
        return len(session.exec(select(model)).all())


@pytest.fixture
def source_id(ws) -> int:
    return make_source(ws)


# -- sources -------------------------------------------------------------------------------------


def test_create_source_stores_fields_and_reports_the_new_id(ws):
    changes = source_service.create_source(
        ws, title="  Briefing  ", text="Body.", outlet="Ministry", published="2023-07-09", kind="statement"
    )
    assert changes.created == {SOURCE: {changes.subject}}
    assert changes.updated == {} and changes.deleted == {}
    source = source_service.get_source(ws, changes.subject)
    assert (source.title, source.outlet, source.published, source.kind) == (
        "Briefing", "Ministry", date(2023, 7, 9), "statement",
    )


@pytest.mark.parametrize("title", ["", "   ", None])
def test_create_source_requires_a_title(ws, title):
    with pytest.raises(ValidationError, match="title"):
        source_service.create_source(ws, title=title, text="Body.")
    assert source_service.list_sources(ws) == []


@pytest.mark.parametrize("body", ["", " \n\t "])
def test_create_source_refuses_empty_text(ws, body):
    with pytest.raises(ValidationError, match="empty"):
        source_service.create_source(ws, title="T", text=body)
    assert source_service.list_sources(ws) == []


def test_create_source_refuses_unknown_kind_and_bad_date(ws):
    with pytest.raises(ValidationError, match="kind"):
        source_service.create_source(ws, title="T", text="Body.", kind="rumour")
    with pytest.raises(ValidationError, match="date"):
        source_service.create_source(ws, title="T", text="Body.", published="last tuesday")
    assert source_service.list_sources(ws) == []


def test_create_source_normalises_line_endings_only(ws):
    sid = make_source(ws, text="  One\r\nTwo\rThree\n  ")
    assert source_service.get_source(ws, sid).text == "  One\nTwo\nThree\n  "


def test_update_source_returns_previous_values(ws, source_id):
    changes = source_service.update_source(ws, source_id, title="New title", outlet="Outlet", author="")
    assert changes.previous == {"title": "Press briefing", "outlet": ""}  # author did not change
    assert changes.updated == {SOURCE: {source_id}}
    source = source_service.get_source(ws, source_id)
    assert (source.title, source.outlet) == ("New title", "Outlet")


def test_update_source_refuses_unknown_field_and_missing_source(ws, source_id):
    with pytest.raises(ValidationError):
        source_service.update_source(ws, source_id, text="rewriting the text would break claims")
    with pytest.raises(NotFound):
        source_service.update_source(ws, 999, title="X")


def test_list_sources_counts_claims(ws, source_id):
    other = make_source(ws, title="Other")
    mark(ws, source_id, "unemployment fell by 50% last year")
    mark(ws, source_id, "unemployment rose")
    rows = {row.id: row for row in source_service.list_sources(ws)}
    assert (rows[source_id].claims, rows[other].claims) == (2, 0)
    assert rows[other].title == "Other"


def test_claim_spans_are_ordered_and_carry_the_rating_colour(ws, source_id):
    late = mark(ws, source_id, "budget_deficit was zero", rating_id=rating_id(ws, "False"))
    early = mark(ws, source_id, "unemployment fell")
    spans = source_service.claim_spans(ws, source_id)
    assert [s.claim_id for s in spans] == [early, late]
    assert spans[0].colour is None and spans[1].colour == "#C62828"
    assert TEXT[spans[1].start : spans[1].end] == "budget_deficit was zero"


# -- claims: marking -----------------------------------------------------------------------------


def test_create_claim_stores_quote_and_context(ws, source_id):
    start = TEXT.index("unemployment rose")
    changes = claim_service.create_claim(ws, source_id, start, start + len("unemployment rose"))
    assert changes.created == {CLAIM: {changes.subject}}
    claim = claim_service.get_claim(ws, changes.subject).claim
    assert claim.quote == "unemployment rose"
    assert (claim.start, claim.end) == (start, start + len("unemployment rose"))
    assert claim.prefix == TEXT[start - 32 : start]
    assert claim.suffix == TEXT[claim.end : claim.end + 32]
    assert claim.status == "new" and claim.rating_id is None


def test_create_claim_trims_whitespace_at_the_span_ends(ws):
    body = "Intro.   The claim itself.  \n Next."
    sid = make_source(ws, text=body)
    start = body.index("Intro.") + len("Intro.")
    end = body.index("Next.")
    claim = claim_service.get_claim(ws, claim_service.create_claim(ws, sid, start, end).subject).claim
    assert claim.quote == "The claim itself."
    assert body[claim.start : claim.end] == claim.quote


@pytest.mark.parametrize("span", [(-1, 5), (0, len(TEXT) + 1), (10, 10), (12, 5)])
def test_create_claim_refuses_a_span_outside_the_text(ws, source_id, span):
    with pytest.raises(ValidationError, match="not inside"):
        claim_service.create_claim(ws, source_id, *span)
    assert claim_service.count_claims(ws) == 0


def test_create_claim_refuses_a_selection_of_only_whitespace(ws, source_id):
    start = TEXT.index("   ")
    with pytest.raises(ValidationError, match="no text"):
        claim_service.create_claim(ws, source_id, start, start + 3)
    assert claim_service.count_claims(ws) == 0


def test_create_claim_on_missing_source_is_not_found(ws):
    with pytest.raises(NotFound):
        claim_service.create_claim(ws, 42, 0, 3)


def test_create_claim_with_fields_and_tags(ws, source_id):
    changes = claim_service.create_claim(
        ws, source_id, 0, 3, tags=["Economy", "jobs"], status="researching", summary="  a   summary ",
    )
    detail = claim_service.get_claim(ws, changes.subject)
    assert detail.claim.status == "researching" and detail.claim.summary == "a summary"
    assert detail.tags == ["Economy", "jobs"]
    assert changes.created[CLAIM] == {changes.subject}
    assert len(changes.created[TAG]) == 2


def test_create_claim_refuses_bad_fields(ws, source_id):
    with pytest.raises(ValidationError, match="status"):
        claim_service.create_claim(ws, source_id, 0, 3, status="finished")
    with pytest.raises(NotFound):
        claim_service.create_claim(ws, source_id, 0, 3, rating_id=999)
    with pytest.raises(ValidationError):
        claim_service.create_claim(ws, source_id, 0, 3, quote="not editable")
    assert claim_service.count_claims(ws) == 0


# -- claims: editing and the audit trail -------------------------------------------------------


def test_update_claim_returns_previous_values(ws, source_id):
    cid = mark(ws, source_id, "unemployment rose")
    changes = claim_service.update_claim(
        ws, cid, statement="Unemployment rose in 2022.", status="researching", claimed_on="2023-07-01"
    )
    assert changes.previous == {"statement": "", "status": "new", "claimed_on": None}
    assert changes.updated == {CLAIM: {cid}} and changes.subject == cid
    claim = claim_service.get_claim(ws, cid).claim
    assert (claim.statement, claim.status, claim.claimed_on) == (
        "Unemployment rose in 2022.", "researching", date(2023, 7, 1),
    )


def test_update_claim_with_same_values_changes_nothing(ws, source_id):
    cid = mark(ws, source_id, "unemployment rose", status="done", summary="S")
    before = claim_service.get_claim(ws, cid).claim.updated_at
    changes = claim_service.update_claim(ws, cid, status="done", summary="S")
    assert changes.previous == {}
    assert claim_service.audit_events(ws, cid) == []
    assert claim_service.get_claim(ws, cid).claim.updated_at == before


def test_audit_records_rating_changes_by_label(ws, source_id):
    cid = mark(ws, source_id, "unemployment rose")
    claim_service.update_claim(ws, cid, rating_id=rating_id(ws, "Misleading"))
    claim_service.update_claim(ws, cid, rating_id=rating_id(ws, "False"))
    claim_service.update_claim(ws, cid, rating_id=None)
    events = claim_service.audit_events(ws, cid)
    assert [(e.field, e.old_value, e.new_value) for e in events] == [
        ("rating", "", "Misleading"),
        ("rating", "Misleading", "False"),
        ("rating", "False", ""),
    ]
    assert {e.user for e in events} == {"tester"}
    assert {e.claim_quote for e in events} == {"unemployment rose"}


def test_audit_records_status_and_summary_changes(ws, source_id):
    cid = mark(ws, source_id, "unemployment rose")
    claim_service.update_claim(ws, cid, status="in_review", summary="Contradicted by statistics.")
    events = claim_service.audit_events(ws, cid)
    assert sorted((e.field, e.old_value, e.new_value, e.user) for e in events) == [
        ("status", "new", "in_review", "tester"),
        ("summary", "", "Contradicted by statistics.", "tester"),
    ]
    assert all(e.at is not None and e.claim_id == cid for e in events)


def test_audit_ignores_statement_rationale_and_unchanged_values(ws, source_id):
    cid = mark(ws, source_id, "unemployment rose", status="researching")
    claim_service.update_claim(ws, cid, statement="Reworded.", rationale="Long reasoning.", status="researching")
    claim_service.update_claim(ws, cid, claimed_on="2023-01-01")
    assert claim_service.audit_events(ws, cid) == []


def test_audit_events_of_one_claim_only(ws, source_id):
    first = mark(ws, source_id, "unemployment rose")
    second = mark(ws, source_id, "unemployment fell")
    claim_service.update_claim(ws, first, status="done")
    claim_service.update_claim(ws, second, status="done")
    assert [e.claim_id for e in claim_service.audit_events(ws, first)] == [first]
    assert len(claim_service.audit_events(ws)) == 2


def test_update_claim_refuses_unknown_rating_and_claimant(ws, source_id):
    cid = mark(ws, source_id, "unemployment rose")
    with pytest.raises(NotFound):
        claim_service.update_claim(ws, cid, rating_id=999)
    with pytest.raises(NotFound):
        claim_service.update_claim(ws, cid, claimant_id=999)
    assert claim_service.audit_events(ws, cid) == []


# -- claimants and tags --------------------------------------------------------------------------


def test_set_claimant_creates_an_actor_once_ignoring_case_in_cyrillic(ws, source_id):
    first = mark(ws, source_id, "unemployment rose")
    second = mark(ws, source_id, "unemployment fell")
    created = claim_service.set_claimant(ws, first, "Марія Захарова", role="spokeswoman")
    reused = claim_service.set_claimant(ws, second, "  марія захарова ")
    assert ACTOR in created.created and not reused.created
    actors = catalog.list_actors(ws)
    assert [(a.name, a.role) for a in actors] == [("Марія Захарова", "spokeswoman")]
    assert created.created == {ACTOR: {actors[0].id}} and created.updated == {CLAIM: {first}}
    detail_first, detail_second = claim_service.get_claim(ws, first), claim_service.get_claim(ws, second)
    assert detail_first.claimant.id == detail_second.claimant.id == actors[0].id
    assert created.previous == {"claimant_id": None}


def test_set_claimant_with_empty_name_clears_it(ws, source_id):
    cid = mark(ws, source_id, "unemployment rose")
    claim_service.set_claimant(ws, cid, "Dmitry Medvedev")
    actor_id = claim_service.get_claim(ws, cid).claim.claimant_id
    changes = claim_service.set_claimant(ws, cid, "  ")
    assert changes.previous == {"claimant_id": actor_id}
    assert claim_service.get_claim(ws, cid).claimant is None
    assert len(catalog.list_actors(ws)) == 1  # the actor stays


def test_set_tags_matches_existing_tags_ignoring_case(ws, source_id):
    first = mark(ws, source_id, "unemployment rose")
    second = mark(ws, source_id, "unemployment fell")
    created = claim_service.set_tags(ws, first, ["Економіка", "NATO", "nato"])
    assert len(created.created[TAG]) == 2
    reused = claim_service.set_tags(ws, second, ["економіка", "Nato", "  New   tag "])
    assert len(reused.created[TAG]) == 1
    assert sorted(t.name for t in catalog.list_tags(ws)) == sorted(["Економіка", "NATO", "New tag"])
    assert claim_service.get_claim(ws, second).tags == sorted(["Економіка", "NATO", "New tag"])


def test_set_tags_returns_previous_tags_and_replaces_them(ws, source_id):
    cid = mark(ws, source_id, "unemployment rose", tags=["a", "b"])
    a_id = next(t.id for t in catalog.list_tags(ws) if t.name == "a")
    changes = claim_service.set_tags(ws, cid, ["b", "c"])
    assert changes.previous["tags"] == ["a", "b"]
    assert [row["name"] for row in changes.previous["dropped"]] == ["a"]  # no claim carries "a" now
    assert changes.updated == {CLAIM: {cid}} and changes.deleted == {TAG: {a_id}}
    assert claim_service.get_claim(ws, cid).tags == ["b", "c"]
    assert count(ws, Tag) == 2
    undo = claim_service.set_tags(ws, cid, changes.previous["tags"], put_back=changes.previous["dropped"])
    assert claim_service.get_claim(ws, cid).tags == ["a", "b"]
    assert TAG not in undo.created  # "a" came back under its old id
    assert next(t.id for t in catalog.list_tags(ws) if t.name == "a") == a_id
    assert count(ws, Tag) == 2  # "c", which only this claim carried, went with the undo
    claim_service.set_tags(ws, cid, [])
    assert claim_service.get_claim(ws, cid).tags == []
    assert count(ws, Tag) == 0
    assert not catalog.delete_unused_tags(ws).deleted


# -- finding and sorting claims ------------------------------------------------------------------


@pytest.fixture
def catalogue(ws):
    """Three sources with claims to filter and sort."""
    a = make_source(ws, title="Alpha briefing", text="Питання: МІНІСТР сказав правду. Другий рядок тексту.")
    b = make_source(ws, title="beta report", text=TEXT)
    c = make_source(ws, title="Gamma post", text="Prices rose 5% and 50% and 500 times. a_b and axb.")
    claims = {
        "minister": mark(ws, a, "МІНІСТР сказав правду", status="done", claimed_on="2023-07-03"),
        "fell": mark(ws, b, "unemployment fell by 50% last year", status="researching", claimed_on="2023-07-09"),
        "rose": mark(ws, b, "unemployment rose", summary="Rose sharply"),
        "deficit": mark(ws, b, "budget_deficit was zero", status="done", claimed_on="2023-07-05"),
        "pct": mark(ws, c, "Prices rose 5% and 50%"),
        "times": mark(ws, c, "500 times"),
        "a_b": mark(ws, c, "a_b"),
        "axb": mark(ws, c, "axb"),
    }
    claim_service.update_claim(ws, claims["fell"], rating_id=rating_id(ws, "Misleading"))
    claim_service.update_claim(ws, claims["deficit"], rating_id=rating_id(ws, "False"))
    claim_service.update_claim(ws, claims["minister"], rating_id=rating_id(ws, "True"))
    claim_service.set_claimant(ws, claims["minister"], "Олег Петренко")
    claim_service.set_claimant(ws, claims["fell"], "Anna Zed")
    claim_service.set_claimant(ws, claims["deficit"], "bob Young")
    claim_service.set_tags(ws, claims["fell"], ["economy"])
    claim_service.set_tags(ws, claims["deficit"], ["Economy", "budget"])
    return {"sources": {"a": a, "b": b, "c": c}, **claims}


def test_claim_ids_unfiltered_in_creation_order(ws, catalogue):
    expected = [catalogue[k] for k in ("minister", "fell", "rose", "deficit", "pct", "times", "a_b", "axb")]
    assert ids(ws) == expected
    assert ids(ws, descending=True) == expected[::-1]


def test_claim_ids_filter_by_status_rating_and_unrated(ws, catalogue):
    assert ids(ws, status="done") == [catalogue["minister"], catalogue["deficit"]]
    assert ids(ws, rating_id=rating_id(ws, "False")) == [catalogue["deficit"]]
    assert set(ids(ws, rating_id=0)) == {catalogue[k] for k in ("rose", "pct", "times", "a_b", "axb")}


def test_claim_ids_filter_by_tag_and_source(ws, catalogue):
    economy = next(t.id for t in catalog.list_tags(ws) if t.name == "economy")
    assert ids(ws, tag_id=economy) == [catalogue["fell"], catalogue["deficit"]]
    assert ids(ws, source_id=catalogue["sources"]["b"]) == [catalogue[k] for k in ("fell", "rose", "deficit")]
    assert ids(ws, source_id=catalogue["sources"]["b"], status="done") == [catalogue["deficit"]]


def test_claim_ids_text_search_folds_cyrillic_case(ws, catalogue):
    assert ids(ws, text="міністр") == [catalogue["minister"]]
    assert ids(ws, text="СКАЗАВ Правду") == [catalogue["minister"]]
    assert ids(ws, text="петренко") == [catalogue["minister"]]  # the claimant's name
    assert ids(ws, text="UNEMPLOYMENT") == [catalogue["fell"], catalogue["rose"]]
    assert ids(ws, text="sharply") == [catalogue["rose"]]  # the summary
    assert ids(ws, text="unemployment zero") == []  # every word must match


def test_claim_ids_text_search_takes_percent_and_underscore_literally(ws, catalogue):
    assert ids(ws, text="50%") == [catalogue["fell"], catalogue["pct"]]
    assert ids(ws, text="5%") == [catalogue["pct"]]
    assert ids(ws, text="a_b") == [catalogue["a_b"]]
    assert ids(ws, text="%") == [catalogue["fell"], catalogue["pct"]]
    assert ids(ws, text="_") == [catalogue["deficit"], catalogue["a_b"]]


@pytest.mark.parametrize("key", sorted(SORT_KEYS))
def test_claim_ids_every_sort_key_orders_and_reverses(ws, catalogue, key):
    ascending = ids(ws, sort=key)
    descending = ids(ws, sort=key, descending=True)
    assert sorted(ascending) == sorted(descending) == sorted(v for k, v in catalogue.items() if k != "sources")
    rows = claim_service.claim_rows(ws, ascending)
    details = {cid: claim_service.get_claim(ws, cid) for cid in ascending}

    def value(cid):
        d = details[cid]
        return {
            "created": cid,
            "quote": d.claim.quote.casefold(),
            "claimant": d.claimant.name.casefold() if d.claimant else None,
            "rating": d.rating.position if d.rating else None,
            "status": [s.value for s in ClaimStatus].index(d.claim.status),
            "claimed_on": d.claim.claimed_on,
            "source": rows[cid].source.casefold(),
        }[key]

    def well_ordered(order, reverse):
        present = [value(c) for c in order if value(c) is not None]
        absent = [c for c in order if value(c) is None]
        assert order[len(present):] == absent, "empty values sort last both ways"
        assert present == sorted(present, reverse=reverse)

    well_ordered(ascending, False)
    well_ordered(descending, True)


def test_claim_ids_sort_by_rating_follows_the_scale(ws, catalogue):
    rated = [c for c in ids(ws, sort="rating") if c in (catalogue["minister"], catalogue["fell"], catalogue["deficit"])]
    assert rated == [catalogue["minister"], catalogue["fell"], catalogue["deficit"]]  # True, Misleading, False


def test_claim_ids_ties_fall_back_to_creation_order(ws, catalogue):
    assert ids(ws, sort="status")[-2:] == [catalogue["minister"], catalogue["deficit"]]  # both "done"
    assert ids(ws, sort="status", descending=True)[:2] == [catalogue["deficit"], catalogue["minister"]]


def test_claim_ids_sort_by_status_follows_the_workflow(ws, catalogue):
    order = [claim_service.get_claim(ws, c).claim.status for c in ids(ws, sort="status")]
    workflow = [s.value for s in ClaimStatus]
    assert order == sorted(order, key=workflow.index)


def test_claim_rows_join_rating_claimant_and_source(ws, catalogue):
    rows = claim_service.claim_rows(ws, [catalogue["deficit"], catalogue["rose"]])
    deficit, rose = rows[catalogue["deficit"]], rows[catalogue["rose"]]
    assert (deficit.quote, deficit.status, deficit.rating, deficit.colour, deficit.claimant, deficit.source) == (
        "budget_deficit was zero", "done", "False", "#C62828", "bob Young", "beta report",
    )
    assert deficit.claimed_on == date(2023, 7, 5)
    assert (rose.rating, rose.colour, rose.claimant, rose.claimed_on) == ("", "", "", None)
    assert claim_service.claim_rows(ws, []) == {}


def test_get_claim_gives_the_whole_detail(ws, catalogue):
    detail = claim_service.get_claim(ws, catalogue["deficit"])
    assert detail.claim.quote == "budget_deficit was zero"
    assert detail.source_title == "beta report"
    assert detail.claimant.name == "bob Young"
    assert detail.rating.label == "False"
    assert detail.tags == ["budget", "economy"]  # "Economy" found the existing "economy"
    with pytest.raises(NotFound):
        claim_service.get_claim(ws, 10_000)


# -- cascade rules -------------------------------------------------------------------------------


@pytest.fixture
def linked(ws, source_id):
    """A claim with two tags and two pieces of evidence linked."""
    cid = mark(ws, source_id, "unemployment rose", tags=["economy", "jobs"])
    claim_service.update_claim(ws, cid, status="researching")
    ev1 = evidence_service.create_evidence(ws, title="Labour statistics", url="stats.example.org").subject
    ev2 = evidence_service.create_evidence(ws, title="Interview", kind="statement").subject
    l1 = evidence_service.link(ws, cid, ev1, stance="refutes", note="Table 3").subject
    l2 = evidence_service.link(ws, cid, ev2, stance="context").subject
    return {"source": source_id, "claim": cid, "evidence": [ev1, ev2], "links": [l1, l2]}


def test_deleting_a_source_takes_its_claims_links_and_tag_rows_only(ws, linked):
    changes = source_service.delete_source(ws, linked["source"])
    assert changes.deleted == {SOURCE: {linked["source"]}, CLAIM: {linked["claim"]}}
    assert (count(ws, Claim), count(ws, ClaimEvidence), count(ws, ClaimTag)) == (0, 0, 0)
    assert (count(ws, Evidence), count(ws, Tag)) == (2, 2)
    assert len(claim_service.audit_events(ws, linked["claim"])) == 1  # audit outlives the claim


def test_deleting_a_claim_takes_its_links_not_the_evidence(ws, linked):
    changes = claim_service.delete_claim(ws, linked["claim"])
    assert changes.deleted == {CLAIM: {linked["claim"]}, LINK: set(linked["links"])}
    assert (count(ws, Claim), count(ws, ClaimEvidence), count(ws, ClaimTag)) == (0, 0, 0)
    assert (count(ws, Evidence), count(ws, Tag)) == (2, 2)


def test_deleting_evidence_takes_its_links(ws, linked):
    ev1, ev2 = linked["evidence"]
    changes = evidence_service.delete_evidence(ws, ev1)
    assert changes.deleted == {EVIDENCE: {ev1}, LINK: {linked["links"][0]}}
    assert changes.updated == {CLAIM: {linked["claim"]}}
    assert [row.evidence_id for row in evidence_service.links_for_claim(ws, linked["claim"])] == [ev2]
    assert count(ws, Claim) == 1


def test_deleting_an_actor_leaves_claims_unattributed(ws, source_id):
    cid = mark(ws, source_id, "unemployment rose")
    claim_service.set_claimant(ws, cid, "Dmitry Medvedev")
    with ws.writing() as session:
        session.exec(text("DELETE FROM actor"))
    assert count(ws, Actor) == 0
    assert claim_service.get_claim(ws, cid).claim.claimant_id is None
    assert claim_service.get_claim(ws, cid).claimant is None


def test_deleting_a_rating_in_use_fails(ws, source_id):
    used, unused = rating_id(ws, "False"), rating_id(ws, "Unproven")
    mark(ws, source_id, "unemployment rose", rating_id=used)
    with pytest.raises(sa_exc.IntegrityError), ws.writing() as session:
        session.exec(text("DELETE FROM rating WHERE id = :id"), params={"id": used})
    assert used in {r.id for r in catalog.ratings(ws)}
    with ws.writing() as session:  # one nobody uses can go
        session.exec(text("DELETE FROM rating WHERE id = :id"), params={"id": unused})
    assert unused not in {r.id for r in catalog.ratings(ws)}


def test_audit_events_survive_their_claims_deletion(ws, linked):
    claim_service.delete_claim(ws, linked["claim"])
    with ws.reading() as session:
        events = session.exec(select(AuditEvent)).all()
    assert [(e.claim_id, e.claim_quote, e.field) for e in events] == [(linked["claim"], "unemployment rose", "status")]


# -- undo support --------------------------------------------------------------------------------


def test_restore_claim_puts_it_back_whole_under_its_id(ws, linked):
    cid = linked["claim"]
    before = claim_service.get_claim(ws, cid)
    links_before = evidence_service.links_for_claim(ws, cid)
    snap = claim_service.delete_claim(ws, cid).previous["snapshot"]
    with pytest.raises(NotFound):
        claim_service.get_claim(ws, cid)
    changes = claim_service.restore_claim(ws, snap)
    assert changes.subject == cid
    assert changes.created == {CLAIM: {cid}, LINK: set(linked["links"])}
    after = claim_service.get_claim(ws, cid)
    assert after.claim.model_dump() == before.claim.model_dump()
    assert after.tags == before.tags == ["economy", "jobs"]
    assert evidence_service.links_for_claim(ws, cid) == links_before
    assert [e.field for e in claim_service.audit_events(ws, cid)] == ["status"]


def test_new_claims_never_reuse_a_deleted_id(ws, linked):
    claim_service.delete_claim(ws, linked["claim"])
    new = mark(ws, linked["source"], "unemployment fell")
    assert new > linked["claim"]
    assert claim_service.audit_events(ws, new) == []


def test_restore_claim_skips_evidence_deleted_meanwhile(ws, linked):
    snap = claim_service.delete_claim(ws, linked["claim"]).previous["snapshot"]
    evidence_service.delete_evidence(ws, linked["evidence"][0])
    changes = claim_service.restore_claim(ws, snap)
    assert changes.created[LINK] == {linked["links"][1]}
    assert [r.link_id for r in evidence_service.links_for_claim(ws, linked["claim"])] == [linked["links"][1]]


def test_restore_source_brings_back_its_claims(ws, linked):
    sid = linked["source"]
    second = mark(ws, sid, "budget_deficit was zero")
    before = source_service.get_source(ws, sid)
    snap = source_service.delete_source(ws, sid).previous["snapshot"]
    assert source_service.list_sources(ws) == []
    changes = source_service.restore_source(ws, snap)
    assert changes.created[SOURCE] == {sid}
    assert changes.created[CLAIM] == {linked["claim"], second}
    assert source_service.get_source(ws, sid).model_dump() == before.model_dump()
    assert ids(ws, source_id=sid) == [linked["claim"], second]
    assert claim_service.get_claim(ws, linked["claim"]).tags == ["economy", "jobs"]
    assert [r.link_id for r in evidence_service.links_for_claim(ws, linked["claim"])] == linked["links"]


def test_restore_evidence_brings_back_its_links(ws, linked):
    ev1 = linked["evidence"][0]
    before = evidence_service.links_for_claim(ws, linked["claim"])
    snap = evidence_service.delete_evidence(ws, ev1).previous["snapshot"]
    changes = evidence_service.restore_evidence(ws, snap)
    assert changes.created == {EVIDENCE: {ev1}, LINK: {linked["links"][0]}}
    assert evidence_service.links_for_claim(ws, linked["claim"]) == before
    assert evidence_service.get_evidence(ws, ev1).url == "https://stats.example.org"


def test_unlink_then_relink(ws, linked):
    l1 = linked["links"][0]
    before = evidence_service.links_for_claim(ws, linked["claim"])
    changes = evidence_service.unlink(ws, l1)
    assert changes.deleted == {LINK: {l1}}
    assert changes.updated == {CLAIM: {linked["claim"]}, EVIDENCE: {linked["evidence"][0]}}
    assert [r.link_id for r in evidence_service.links_for_claim(ws, linked["claim"])] == [linked["links"][1]]
    assert count(ws, Evidence) == 2  # the evidence stays
    redo = evidence_service.relink(ws, changes.previous["link"])
    assert redo.created == {LINK: {l1}}
    assert evidence_service.links_for_claim(ws, linked["claim"]) == before


def test_reorder_links_returns_the_previous_order(ws, linked):
    l1, l2 = linked["links"]
    changes = evidence_service.reorder_links(ws, linked["claim"], [l2, l1])
    assert changes.previous == {"order": [l1, l2]}
    assert changes.updated == {LINK: {l1, l2}, CLAIM: {linked["claim"]}}
    rows = evidence_service.links_for_claim(ws, linked["claim"])
    assert [(r.link_id, r.position) for r in rows] == [(l2, 0), (l1, 1)]
    evidence_service.reorder_links(ws, linked["claim"], changes.previous["order"])
    assert [r.link_id for r in evidence_service.links_for_claim(ws, linked["claim"])] == [l1, l2]


def test_reorder_links_must_name_each_link_once(ws, linked):
    l1, l2 = linked["links"]
    for bad in ([l1], [l1, l1], [l1, l2, 999]):
        with pytest.raises(ValidationError):
            evidence_service.reorder_links(ws, linked["claim"], bad)


def test_linking_the_same_evidence_twice_is_refused(ws, linked):
    with pytest.raises(ValidationError, match="already linked"):
        evidence_service.link(ws, linked["claim"], linked["evidence"][0])
    assert count(ws, ClaimEvidence) == 2


def test_link_appends_with_stance_and_note(ws, linked):
    ev3 = evidence_service.create_evidence(ws, title="Third").subject
    changes = evidence_service.link(ws, linked["claim"], ev3, stance="supports", note="  n ")
    assert changes.created == {LINK: {changes.subject}}
    assert changes.updated == {CLAIM: {linked["claim"]}, EVIDENCE: {ev3}}
    last = evidence_service.links_for_claim(ws, linked["claim"])[-1]
    assert (last.link_id, last.evidence_id, last.stance, last.note, last.position) == (
        changes.subject, ev3, "supports", "n", 2,
    )
    first = evidence_service.links_for_claim(ws, linked["claim"])[0]
    assert (first.stance, first.note, first.title) == ("refutes", "Table 3", "Labour statistics")


def test_link_refuses_unknown_stance(ws, linked):
    ev3 = evidence_service.create_evidence(ws, title="Third").subject
    with pytest.raises(ValidationError, match="stance"):
        evidence_service.link(ws, linked["claim"], ev3, stance="agrees")


def test_create_and_link_makes_evidence_and_link_together(ws, linked):
    changes = evidence_service.create_and_link(
        ws, linked["claim"], {"title": "Ministry data", "publisher": "Ministry"}, stance="supports", note="p. 4"
    )
    ev_id = changes.previous["evidence_id"]
    assert changes.created == {EVIDENCE: {ev_id}, LINK: {changes.subject}}
    assert changes.updated == {CLAIM: {linked["claim"]}}
    last = evidence_service.links_for_claim(ws, linked["claim"])[-1]
    assert (last.link_id, last.evidence_id, last.title, last.publisher, last.stance, last.note, last.position) == (
        changes.subject, ev_id, "Ministry data", "Ministry", "supports", "p. 4", 2,
    )


def test_create_and_link_on_missing_claim_writes_nothing(ws, linked):
    with pytest.raises(NotFound):
        evidence_service.create_and_link(ws, 999, {"title": "Orphan"}, stance="supports")
    assert count(ws, Evidence) == 2


def test_update_evidence_reports_the_claims_it_touches(ws, linked):
    ev1 = linked["evidence"][0]
    changes = evidence_service.update_evidence(ws, ev1, title="Labour statistics 2023")
    assert changes.previous == {"title": "Labour statistics"}
    assert changes.updated == {EVIDENCE: {ev1}, CLAIM: {linked["claim"]}}


# -- the sample article --------------------------------------------------------------------------


SAMPLE_QUOTES = [
    "185,000 contractors were accepted into the Russian army",
    "Bulgaria and Portugal became the 22nd and 23rd countries signing NATO membership declarations with Ukraine",
    "Five commanders who defended Mariupol returned from Turkey to Ukraine",
]


def test_claims_on_the_sample_article(ws, sample_text):
    sid = source_service.create_source(ws, title="Weekly review, 9 July 2023", text=sample_text).subject
    stored = source_service.get_source(ws, sid).text
    assert stored == sample_text.replace("\r\n", "\n")
    made = []
    for quote in SAMPLE_QUOTES:
        start = stored.index(quote)
        cid = claim_service.create_claim(ws, sid, start, start + len(quote)).subject
        detail = claim_service.get_claim(ws, cid)
        assert detail.claim.quote == quote
        assert stored[detail.claim.start : detail.claim.end] == quote
        assert stored[detail.claim.end :].startswith(detail.claim.suffix)
        assert stored[: detail.claim.start].endswith(detail.claim.prefix)
        made.append(cid)
    claim_service.set_claimant(ws, made[0], "Dmitry Medvedev")
    assert ids(ws, text="medvedev") == [made[0]]
    assert ids(ws, text="185,000") == [made[0]]
    assert [s.claim_id for s in source_service.claim_spans(ws, sid)] == sorted(
        made, key=lambda c: stored.index(claim_service.get_claim(ws, c).claim.quote)
    )
    assert source_service.list_sources(ws)[0].claims == len(SAMPLE_QUOTES)
