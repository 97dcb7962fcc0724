"""The workspace JSON format: dump/load round trips, and every kind of bad input refused whole."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from app import transfer
from app.demo import demo_data
from app.errors import FactdeskError, ValidationError, WorkspaceError
from app.services import catalog, claims, evidence, sources
from app.transfer import SECTIONS, dump, dump_json, load, load_file
from app.workspace import Workspace


def sections(data: dict) -> dict:
    """The parts of a dump that describe the workspace (not when or by what it was written)."""
    return {key: data[key] for key in SECTIONS}


def renumbered(data: dict) -> dict:
    """`sections(data)` with every id replaced by its item's place in its list, so dumps of
    workspaces whose ids differ can be compared."""
    data = copy.deepcopy(sections(data))
    maps = {
        kind: {item["id"]: i for i, item in enumerate(data[kind])}
        for kind in ("sources", "actors", "claims", "evidence")
    }
    for kind, mapping in maps.items():
        for item in data[kind]:
            item["id"] = mapping[item["id"]]
    for claim in data["claims"]:
        claim["source"] = maps["sources"][claim["source"]]
        claim["claimant"] = maps["actors"].get(claim["claimant"])
    for link in data["links"]:
        link["claim"], link["evidence"] = maps["claims"][link["claim"]], maps["evidence"][link["evidence"]]
    return data


@pytest.fixture
def fresh(tmp_path):
    """A second empty workspace, to load into."""
    with Workspace.create(tmp_path / "second.factdesk", user="tester") as second:
        yield second


EMOJI_TEXT = "Заява 🙂 речника: «Зброя, передана Києву, потрапляє до протестувальників у Франції» 🇫🇷 — so he said."


def add_cyrillic_source(ws: Workspace) -> int:
    """A source with Cyrillic and emoji before its claim, a claim on it rated, tagged and linked."""
    source_id = sources.create_source(ws, title="Заява МЗС 🙂", text=EMOJI_TEXT, language="uk").subject
    quote = "Зброя, передана Києву, потрапляє до протестувальників у Франції"
    start = EMOJI_TEXT.index(quote)
    claim_id = claims.create_claim(
        ws, source_id, start, start + len(quote), tags=["зброя", "Weapons diversion"]
    ).subject
    with ws.writing() as session:
        false = catalog.rating_by_label(session, "False").id
    claims.update_claim(ws, claim_id, rating_id=false, status="in_review", summary="Ні.")
    claims.set_claimant(ws, claim_id, "Марія Захарова", "речниця МЗС")
    evidence.create_and_link(
        ws, claim_id, {"title": "Міністерство внутрішніх справ Франції", "url": "interieur.gouv.fr"}, stance="refutes"
    )
    return claim_id


def test_dump_of_an_empty_workspace(ws):
    data = json.loads(dump_json(ws))
    assert data["format"] == "factdesk-workspace" and data["version"] == 1
    assert sections(data) == {key: [] for key in SECTIONS}
    assert [r["label"] for r in data["rating_scale"]["ratings"]] == [
        "True", "Mostly true", "Misleading", "Mostly false", "False", "Unproven",
    ]  # fmt: skip


def test_round_trip_reproduces_the_workspace(ws, fresh):
    summary = load(ws, demo_data())
    assert (summary.sources, summary.claims, summary.evidence, summary.links, summary.actors) == (1, 5, 6, 7, 5)
    claim_id = add_cyrillic_source(ws)
    from app.services.similar import link_claims

    link_claims(ws, claim_id, 1, "same_narrative", score=71)  # "checked before?" links travel too
    first = json.loads(dump_json(ws))  # through text, as a file would be
    assert [(r["claim"], r["other"], r["kind"], r["score"]) for r in first["relations"]] == [
        (claim_id, 1, "same_narrative", 71)
    ]

    load(fresh, first)
    second = json.loads(dump_json(fresh))

    assert sections(second) == sections(first)
    claim = next(c for c in second["claims"] if c["id"] == claim_id)
    text = next(s["text"] for s in second["sources"] if s["id"] == claim["source"])
    assert text[claim["start"] : claim["end"]] == claim["quote"]
    assert claim["start"] == EMOJI_TEXT.index("Зброя")  # code points: the emoji counts as one
    assert claim["tags"] == ["weapons diversion", "зброя"]  # the demo's tag, matched case-insensitively
    assert claim["rating"] == "False"
    assert claim["claimant"] is not None and claim["status"] == "in_review"
    assert "🙂" in dump_json(fresh)  # written as itself, not as \\ud83d escapes


def test_round_trip_keeps_link_order_and_survives_id_gaps(ws, fresh):
    load(ws, demo_data())
    # delete rows so the first workspace's ids have gaps; reorder one claim's links
    claims.delete_claim(ws, 1)
    evidence.delete_evidence(ws, 1)
    links = [row.link_id for row in evidence.links_for_claim(ws, 2)]
    evidence.reorder_links(ws, 2, list(reversed(links)))
    first = dump(ws)
    assert [link["evidence"] for link in first["links"] if link["claim"] == 2] == [3, 4]

    load(fresh, first)
    second = dump(fresh)
    assert renumbered(second) == renumbered(first)
    assert [link["evidence"] for link in second["links"] if link["claim"] == 1] == [2, 3]


def test_loading_into_a_workspace_reuses_claimants_and_tags(ws):
    load(ws, demo_data())
    data = demo_data()
    data["actors"][0]["name"] = data["actors"][0]["name"].upper()
    data["claims"][0]["tags"] = ["CLUSTER MUNITIONS", "  brand   new  "]
    summary = load(ws, data)
    assert (summary.claims, summary.actors, summary.tags) == (5, 0, 1)
    after = dump(ws)
    assert len(after["actors"]) == 5 and len(after["claims"]) == 10
    assert after["claims"][5]["claimant"] == after["claims"][0]["claimant"]
    assert after["claims"][5]["tags"] == ["brand new", "cluster munitions"]
    assert (
        summary.describe("ws.factdesk") == "Added 1 source, 5 claims, 6 pieces of evidence and 7 links to ws.factdesk."
    )


def test_optional_keys_take_their_defaults(ws):
    text = "Line one.\r\nThe claim is here.\r\nEnd."
    data = {
        "format": "factdesk-workspace",
        "version": 1,
        "generator": "somebody else's tool",  # unknown keys are allowed everywhere
        "sources": [{"id": 7, "title": " A source ", "text": text, "colour": "blue"}],
        "claims": [{"id": "x", "source": "7", "quote": "The claim is here.", "start": 11, "end": 29}],
        "evidence": [{"id": 1, "title": "A page", "url": "example.org/page"}],
        "links": [{"claim": "x", "evidence": "1"}],
    }
    summary = load(ws, data)
    assert (summary.sources, summary.claims, summary.links) == (1, 1, 1)
    out = dump(ws)
    source, claim, ev, link = out["sources"][0], out["claims"][0], out["evidence"][0], out["links"][0]
    assert source["title"] == "A source" and source["kind"] == "article" and source["published"] is None
    assert source["text"] == "Line one.\nThe claim is here.\nEnd."  # line endings normalised, offsets moved
    assert (claim["start"], claim["end"]) == (10, 28) and source["text"][10:28] == claim["quote"]
    assert claim["status"] == "new" and claim["rating"] is None and claim["tags"] == [] and claim["claimant"] is None
    assert ev["kind"] == "document" and ev["url"] == "https://example.org/page"
    assert link["stance"] == "context" and link["note"] == ""


def test_dates_accept_iso_datetimes(ws):
    data = demo_data()
    data["claims"][0]["claimed_on"] = "2023-07-07T18:30:00+03:00"
    data["evidence"][0]["accessed"] = "2023-07-10T08:00:00Z"
    load(ws, data)
    out = dump(ws)
    assert out["claims"][0]["claimed_on"] == "2023-07-07" and out["evidence"][0]["accessed"] == "2023-07-10"


def _set(path: str, value):
    """A change to the demo data: `path` like "claims.1.start"; value may be a function of the old value."""

    def change(data):
        *parents, last = path.split(".")
        target = data
        for part in parents:
            target = target[int(part) if part.isdigit() else part]
        key = int(last) if last.isdigit() else last
        target[key] = value(target[key]) if callable(value) else value

    return change


def _delete(path: str):
    def change(data):
        *parents, last = path.split(".")
        target = data
        for part in parents:
            target = target[int(part) if part.isdigit() else part]
        del target[last]

    return change


def _append_copy_of_first_link(data):
    data["links"].append(dict(data["links"][0]))


INVALID = {
    "quote not at its offsets": (
        _set("claims.1.start", lambda v: v + 1),
        [
            'claims[1] (id "france"): the quote "The weapons supplied to Kyiv',
            "is not at",
            'in source "digest"',
            "(it is at",
        ],
    ),
    "quote not in the text": (
        _set("claims.0.quote", "neither the US nor Ukraine signed"),
        ['claims[0] (id "cluster"): the quote "neither the US nor Ukraine signed" is not at'],
    ),
    "span past the end of the text": (
        _set("claims.4.end", 10**6),
        ['claims[4] (id "znpp"): the quote', "is not at"],
    ),
    "unknown rating label": (
        _set("claims.0.rating", "Pants on fire"),
        ['claims[0] (id "cluster"):', "'Pants on fire' is not a rating", "Mostly true"],
    ),
    "rating that is not a text": (
        _set("claims.0.rating", 5),
        ['claims[0] (id "cluster"): "rating" (the label', "must be a text"],
    ),
    "broken character in a tag": (
        _set("claims.1.tags", ["ok", "\udfff"]),
        ['claims[1] (id "france"): "tags"[1] holds a broken'],
    ),
    "dangling source": (
        _set("claims.2.source", "nope"),
        ['claims[2] (id "drones"): there is no source with the id "nope" in the file'],
    ),
    "dangling claimant": (
        _set("claims.3.claimant", 99),
        ['claims[3] (id "contractors"): there is no actor with the id 99 in the file'],
    ),
    "dangling evidence in a link": (
        _set("links.2.evidence", "gone"),
        ['links[2]: there is no evidence with the id "gone" in the file'],
    ),
    "bad date": (
        _set("evidence.2.published", "6 July 2023"),
        ['evidence[2] (id "unsc"): "published" must be an ISO 8601 date', '"6 July 2023"'],
    ),
    "impossible date": (_set("claims.0.claimed_on", "2023-02-30"), ['claims[0] (id "cluster"): "claimed_on"']),
    "bad status": (
        _set("claims.3.status", "checked"),
        ['claims[3] (id "contractors"): "status" must be one of new, researching, in_review, done, not "checked"'],
    ),
    "bad stance": (
        _set("links.1.stance", "agrees"),
        ['links[1] (claim "cluster", evidence "untc"): "stance" must be one of supports, refutes, context'],
    ),
    "bad source kind": (_set("sources.0.kind", "book"), ['sources[0] (id "digest"): "kind" must be one of article']),
    "bad evidence kind": (_set("evidence.0.kind", "rumour"), ['evidence[0] (id "ccm-parties"): "kind"']),
    "bad url": (_set("evidence.1.url", "not a url"), ['evidence[1] (id "untc"):', "does not look like a web address"]),
    "duplicate id": (
        _set("evidence.1.id", "ccm-parties"),
        ['evidence[1] (id "ccm-parties"): the id "ccm-parties" is already used by evidence[0]'],
    ),
    "duplicate id as number and text": (
        lambda d: d["actors"].extend([{"id": 1, "name": "A"}, {"id": "1", "name": "B"}]),
        ['actors[6] (id "1"): the id "1" is already used by actors[5]'],
    ),
    "repeated link": (
        _append_copy_of_first_link,
        [
            'links[7] (claim "cluster", evidence "ccm-parties"): '
            "this evidence is already linked to this claim by links[0]"
        ],
    ),
    "missing required key": (_delete("claims.0.quote"), ['claims[0] (id "cluster"): "quote" is missing']),
    "missing id": (_delete("sources.0.id"), ['sources[0]: "id" is missing']),
    "null title": (_set("evidence.3.title", None), ['evidence[3] (id "interieur"): "title" cannot be null']),
    "empty title": (_set("sources.0.title", "   "), ['sources[0] (id "digest"): "title" cannot be empty']),
    "offset that is not a number": (
        _set("claims.0.start", "12"),
        ['claims[0] (id "cluster"): "start" must be a whole number'],
    ),
    "true as an id": (_set("claims.0.id", True), ['claims[0]: "id" must be a non-empty text or a whole number']),
    "tags not a list": (_set("claims.0.tags", "a, b"), ['claims[0] (id "cluster"): "tags" must be a list']),
    "a tag that is not a text": (
        _set("claims.0.tags", ["ok", 3]),
        ['claims[0] (id "cluster"): "tags"[1] must be a text'],
    ),
    "text that is not a text": (
        _set("sources.0.text", ["para"]),
        ['sources[0] (id "digest"): "text" must be a text, not a list'],
    ),
    "broken character": (
        _set("evidence.0.note", "bad \ud800 here"),
        ['evidence[0] (id "ccm-parties"): "note" holds a broken character'],
    ),
    "entry that is not an object": (_set("claims.2", "a claim"), ["claims[2]: must be an object, not a text"]),
    "section that is not a list": (_set("evidence", {"e1": {}}), ['"evidence" must be a list, not an object']),
    "wrong format marker": (
        _set("format", "factdesk-backup"),
        ['"factdesk-backup"', '(expected "factdesk-workspace")'],
    ),
    "no format marker": (_delete("format"), ['it has no "format"']),
    "newer version": (_set("version", 2), ["version 2", "newer Factdesk"]),
    "version as text": (_set("version", "1"), ['"version" must be a whole number']),
}


@pytest.mark.parametrize("change, expected", INVALID.values(), ids=INVALID.keys())
def test_invalid_input_is_refused_whole(ws, change, expected):
    load(ws, demo_data())
    before = dump(ws)
    data = demo_data()
    change(data)
    with pytest.raises(ValidationError) as refused:
        load(ws, data)
    message = str(refused.value)
    for fragment in expected:
        assert fragment in message
    assert sections(dump(ws)) == sections(before)


@pytest.mark.parametrize(
    "data, expected",
    [
        ([], "The file holds a list, not a Factdesk workspace export"),
        ("factdesk", "The file holds a text"),
        (None, "The file holds null"),
    ],
)
def test_data_that_is_not_an_object_is_refused(ws, data, expected):
    with pytest.raises(ValidationError, match=expected):
        load(ws, data)


def test_a_failure_while_writing_leaves_nothing_behind(ws, monkeypatch):
    """Sources, evidence and claims are flushed before tags are added: one transaction undoes them all."""
    load(ws, demo_data())
    before = dump(ws)

    def broken(session, names):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(transfer.catalog, "ensure_tags", broken)
    with pytest.raises(RuntimeError):
        load(ws, demo_data())
    assert sections(dump(ws)) == sections(before)


# -- files -------------------------------------------------------------------------------------


def write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_load_file_creates_the_workspace(tmp_path):
    file = write(tmp_path / "demo.json", json.dumps(demo_data()))
    target = tmp_path / "new.factdesk"
    message = load_file(target, file)
    assert message == f"Created {target} and added 1 source, 5 claims, 6 pieces of evidence and 7 links."
    with Workspace.open(target) as ws:
        assert len(dump(ws)["claims"]) == 5
    assert load_file(target, file) == f"Added 1 source, 5 claims, 6 pieces of evidence and 7 links to {target}."


def test_load_file_accepts_a_byte_order_mark(tmp_path):
    file = write(tmp_path / "bom.json", "\ufeff" + json.dumps(demo_data()))
    assert "5 claims" in load_file(tmp_path / "w.factdesk", file)


@pytest.mark.parametrize(
    "content, expected",
    [
        (
            '{"format": "factdesk-workspace",\n  "version": 1,,}',
            "bad.json is not valid JSON: Expecting property name enclosed in double quotes at line 2, column 16.",
        ),
        ("{", "bad.json is not valid JSON: Expecting property name enclosed in double quotes at line 1, column 2."),
        ("", "bad.json is not valid JSON: Expecting value at line 1, column 1."),
        ("[1, 2]", "The file holds a list"),
        (b'{"format": "\xff"}', "bad.json is not UTF-8 text (byte 12"),
        ("[" * 100_000 + "]" * 100_000, "bad.json cannot be read as JSON"),
        (
            '{"format": "factdesk-workspace", "version": 1, "sources": [{"id": ' + "9" * 5000 + "}]}",
            "cannot be read as JSON",
        ),
    ],
    ids=["syntax error", "truncated", "empty", "a list", "not UTF-8", "nested too deep", "huge number"],
)
def test_load_file_refuses_bad_files_without_creating_anything(tmp_path, content, expected):
    file = write(tmp_path / "bad.json", content)
    target = tmp_path / "new.factdesk"
    with pytest.raises(ValidationError) as refused:
        load_file(target, file)
    assert expected in str(refused.value)
    assert not target.exists()


def test_load_file_names_a_missing_file_and_a_folder(tmp_path):
    with pytest.raises(ValidationError, match=r"There is no file at .*missing\.json"):
        load_file(tmp_path / "w.factdesk", tmp_path / "missing.json")
    with pytest.raises(ValidationError, match="is a folder, not a JSON file"):
        load_file(tmp_path / "w.factdesk", tmp_path)
    assert not (tmp_path / "w.factdesk").exists()


def test_load_file_refuses_a_file_over_the_size_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(transfer, "MAX_JSON_BYTES", 100)
    file = write(tmp_path / "big.json", json.dumps(demo_data()))
    with pytest.raises(ValidationError, match=r"big.json is \d+ MB; Factdesk loads JSON files of up to 0 MB"):
        load_file(tmp_path / "w.factdesk", file)


def test_a_failed_load_removes_the_workspace_it_created(tmp_path):
    """The rating labels are checked inside the transaction, after the workspace exists."""
    data = demo_data()
    data["claims"][4]["rating"] = "Pants on fire"
    file = write(tmp_path / "data.json", json.dumps(data))
    with pytest.raises(ValidationError, match=r'claims\[4\] \(id "znpp"\)'):
        load_file(tmp_path / "new.factdesk", file)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data.json"]


def test_a_failed_load_leaves_an_existing_workspace_as_it_was(tmp_path):
    target = tmp_path / "w.factdesk"
    load_file(target, write(tmp_path / "good.json", json.dumps(demo_data())))
    with Workspace.open(target) as ws:
        before = sections(dump(ws))
    data = demo_data()
    data["claims"][0]["rating"] = "Nope"
    with pytest.raises(ValidationError):
        load_file(target, write(tmp_path / "bad.json", json.dumps(data)))
    with Workspace.open(target) as ws:
        assert sections(dump(ws)) == before


def test_load_file_into_something_that_is_not_a_workspace(tmp_path):
    notes = write(tmp_path / "notes.txt", "just some notes\n" * 20)
    with pytest.raises(WorkspaceError, match=r"notes\.txt is not a Factdesk workspace"):
        load_file(notes, write(tmp_path / "d.json", json.dumps(demo_data())))
    assert notes.read_text(encoding="utf-8") == "just some notes\n" * 20


def test_load_file_notices_swapped_arguments(tmp_path):
    with pytest.raises(FactdeskError, match="Name the workspace first"):
        load_file(tmp_path / "d.json", tmp_path / "w.factdesk")


def test_the_example_in_the_documentation_loads(ws):
    doc = (Path(__file__).resolve().parents[1] / "docs" / "workspace-json.md").read_text(encoding="utf-8")
    example = json.loads(doc.split("```json\n", 1)[1].split("```", 1)[0])
    summary = load(ws, example)
    assert summary.describe("x") == "Added 1 source, 1 claim, 1 piece of evidence and 1 link to x."
    claim = dump(ws)["claims"][0]
    assert (claim["start"], claim["end"], claim["rating"], claim["status"]) == (36, 64, "Unproven", "researching")


def test_tags_equal_when_case_folded_become_one(ws):
    data = demo_data()
    data["claims"][0]["tags"] = ["Straße", "STRASSE", "straße", ""]
    load(ws, data)
    assert dump(ws)["claims"][0]["tags"] == ["Straße"]


@pytest.mark.parametrize(
    ("relation", "expected"),
    [
        ({"claim": "c1", "other": "c1"}, "a claim cannot repeat itself"),
        ({"claim": "c1", "other": "nope"}, "nope"),
        ({"claim": "c1", "other": "c2", "kind": "merged"}, "kind"),
        ({"claim": "c1", "other": "c2", "score": 140}, "from 0 to 100"),
    ],
)
def test_load_refuses_a_bad_relation_and_adds_nothing(ws, relation, expected):
    data = demo_data()
    first, second = (c["id"] for c in data["claims"][:2])
    relation = {k: {"c1": first, "c2": second}.get(v, v) if k in ("claim", "other") else v for k, v in relation.items()}
    data["relations"] = [relation]
    with pytest.raises(ValidationError, match=expected):
        load(ws, data)
    assert json.loads(dump_json(ws))["claims"] == []
