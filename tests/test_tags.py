"""Tag management: rename, display title, merge, delete, and tags going when their last claim drops them."""

from __future__ import annotations

import pytest
from sqlmodel import select

from app.changes import CLAIM, TAG
from app.errors import ValidationError
from app.models import ClaimTag, Report, Tag
from app.services import catalog
from app.services import claims as claim_service
from app.services import reports as report_service
from app.services import sources as source_service

TEXT = "One claim here. Another claim there. A third claim everywhere."


@pytest.fixture
def tagged(ws):
    source_id = source_service.create_source(ws, title="Briefing", text=TEXT).subject
    ids = {}
    for word, tags in (("One", ["war", "economy"]), ("Another", ["War", "energy"]), ("third", ["economy"])):
        start = TEXT.index(word)
        ids[word] = claim_service.create_claim(ws, source_id, start, start + len(word), tags=tags).subject
    return ids


def usage(ws) -> dict[str, int]:
    return {t.name: t.claims for t in catalog.tag_usage(ws)}


def tag_id(ws, name: str) -> int:
    return next(t.id for t in catalog.list_tags(ws) if t.name == name)


def test_tag_usage_counts_claims_per_tag(ws, tagged):
    assert usage(ws) == {"economy": 2, "energy": 1, "war": 2}


def test_rename_and_title_are_undone_with_previous(ws, tagged):
    war = tag_id(ws, "war")
    changes = catalog.update_tag(ws, war, name="  War  in   Ukraine ", title="Війна в Україні")
    assert changes.previous == {"name": "war", "title": ""}
    assert changes.updated[CLAIM] == {tagged["One"], tagged["Another"]}
    assert claim_service.get_claim(ws, tagged["One"]).tags == ["War in Ukraine", "economy"]
    assert next(t for t in catalog.tag_usage(ws) if t.id == war).heading == "Війна в Україні"
    catalog.update_tag(ws, war, **changes.previous)
    assert {t.name: t.title for t in catalog.list_tags(ws)}["war"] == ""


def test_rename_onto_another_tag_is_refused_with_a_hint_to_merge(ws, tagged):
    with pytest.raises(ValidationError, match="merge"):
        catalog.update_tag(ws, tag_id(ws, "war"), name="ECONOMY")
    with pytest.raises(ValidationError, match="empty"):
        catalog.update_tag(ws, tag_id(ws, "war"), name="   ")
    assert usage(ws) == {"economy": 2, "energy": 1, "war": 2}


def test_merge_moves_claims_and_undo_puts_every_link_back(ws, tagged):
    war, energy, economy = tag_id(ws, "war"), tag_id(ws, "energy"), tag_id(ws, "economy")
    report = report_service.create_report(ws, title="Weekly", by_filter=True, filter_tag_id=energy).subject
    changes = catalog.merge_tags(ws, [war, energy, economy], into=economy)
    assert usage(ws) == {"economy": 3}
    assert changes.deleted[TAG] == {war, energy}
    with ws.reading() as session:
        assert session.get(Report, report).filter_tag_id == economy  # the report follows the merge
    catalog.restore_tags(ws, changes.previous["snapshot"])
    assert usage(ws) == {"economy": 2, "energy": 1, "war": 2}
    assert claim_service.get_claim(ws, tagged["Another"]).tags == ["energy", "war"]  # no "economy" left behind
    assert (tag_id(ws, "war"), tag_id(ws, "energy")) == (war, energy)
    with ws.reading() as session:
        assert session.get(Report, report).filter_tag_id == energy


def test_merge_needs_two_tags(ws, tagged):
    with pytest.raises(ValidationError, match="two tags"):
        catalog.merge_tags(ws, [tag_id(ws, "war")], into=tag_id(ws, "war"))


def test_delete_takes_the_tag_from_its_claims_and_undo_restores_it(ws, tagged):
    war = tag_id(ws, "war")
    catalog.update_tag(ws, war, title="Війна")
    changes = catalog.delete_tags(ws, [war])
    assert "war" not in usage(ws)
    assert claim_service.get_claim(ws, tagged["One"]).tags == ["economy"]
    catalog.restore_tags(ws, changes.previous["snapshot"])
    assert {t.name: t.title for t in catalog.list_tags(ws)}["war"] == "Війна"
    assert usage(ws)["war"] == 2


def test_a_tag_goes_when_its_last_claim_drops_it_and_undo_brings_it_back_with_its_title(ws, tagged):
    energy = tag_id(ws, "energy")
    catalog.update_tag(ws, energy, title="Енергетика")
    changes = claim_service.set_tags(ws, tagged["Another"], ["war"])
    assert changes.deleted == {TAG: {energy}}
    with ws.reading() as session:
        assert session.get(Tag, energy) is None
        assert not session.exec(select(ClaimTag).where(ClaimTag.tag_id == energy)).all()
    claim_service.set_tags(ws, tagged["Another"], changes.previous["tags"], put_back=changes.previous["dropped"])
    assert {t.name: (t.id, t.title) for t in catalog.list_tags(ws)}["energy"] == (energy, "Енергетика")


def test_a_tag_a_report_filters_by_stays_when_its_last_claim_drops_it(ws, tagged):
    energy = tag_id(ws, "energy")
    report_service.create_report(ws, title="Energy", by_filter=True, filter_tag_id=energy)
    changes = claim_service.set_tags(ws, tagged["Another"], ["war"])
    assert TAG not in changes.deleted
    assert usage(ws)["energy"] == 0


def test_the_undo_stack_undoes_tag_management_in_the_window(window, qtbot, tmp_path):
    """The dialog's commands go through the window's undo stack (Ctrl+Z)."""
    from app.workspace import Workspace
    from ui.catalog import commands

    Workspace.create(tmp_path / "desk.factdesk", user="tester").close()
    assert window.open_workspace(tmp_path / "desk.factdesk")
    session = window.session
    ws = session.workspace
    source_id = source_service.create_source(ws, title="S", text=TEXT).subject
    claim_service.create_claim(ws, source_id, 0, 3, tags=["alpha", "beta"])
    alpha, beta = tag_id(ws, "alpha"), tag_id(ws, "beta")
    session.push(commands.merge_tags(session, [alpha, beta], into=alpha))
    assert usage(ws) == {"alpha": 1}
    session.undo_stack.undo()
    assert usage(ws) == {"alpha": 1, "beta": 1}
    session.undo_stack.redo()
    session.undo_stack.undo()
    assert tag_id(ws, "beta") == beta


# -- tags in the report ------------------------------------------------------------------------------


def test_sections_prefer_the_most_shared_tag_and_never_a_tag_every_claim_carries():
    from exports.report_data import sections

    chosen, common = sections({1: ["weekly", "war", "economy"], 2: ["weekly", "war"], 3: ["weekly", "energy"]})
    assert chosen == {1: "war", 2: "war", 3: "energy"}
    assert common == ("weekly",)
    chosen, common = sections({1: ["weekly"], 2: ["weekly"]})  # one topic: no sections, said once
    assert chosen == {1: "", 2: ""} and common == ("weekly",)
    assert sections({1: ["war"]}) == ({1: "war"}, ())  # a single claim still gets its heading


def test_report_headings_use_display_titles_and_say_the_shared_tag(ws, tagged, tmp_path):
    import docx

    from exports.docx_report import write_docx
    from exports.report_data import build_snapshot

    for name in ("war", "economy", "energy"):
        catalog.update_tag(ws, tag_id(ws, name), title={"war": "Війна", "economy": "Економіка"}.get(name, ""))
    for claim_id in tagged.values():
        names = claim_service.get_claim(ws, claim_id).tags
        claim_service.set_tags(ws, claim_id, [*names, "weekly review"])
    report = report_service.create_report(
        ws, title="Огляд", language="uk", claim_order="section", claim_ids=list(tagged.values())
    ).subject
    write_docx(build_snapshot(ws, report), tmp_path / "r.docx")
    doc = docx.Document(str(tmp_path / "r.docx"))
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    # "One" (war, economy: 2 claims each) goes under the first of their titles alphabetically, Війна,
    # with "Another"; "third" under Економіка; "weekly review", on every claim, is no section
    assert headings[1:3] == ["Війна", "Економіка"]
    assert "weekly review" not in headings
    assert any(p.text == "Усі твердження цього звіту мають теги: «weekly review»." for p in doc.paragraphs)
