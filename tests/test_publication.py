"""ClaimReview's workspace fields (migration 0010): the organisation, a claim's review URL and
appearance, claimants' sameAs, external verdicts; in the services and through dump and load."""

from __future__ import annotations

import json

import pytest

from app.demo import demo_data
from app.errors import ValidationError
from app.services import claims, publication
from app.transfer import dump, dump_json, load


def test_publication_fields_round_trip_through_dump_and_load(ws, tmp_path):
    from app.workspace import Workspace

    load(ws, demo_data())
    publication.set_organisation(ws, "Factdesk Team", "https://factdesk.example", "https://factdesk.example/logo.png")
    claims.update_claim(
        ws, 1, review_url="https://factdesk.example/checks/1", appearance_url="https://t.me/ch/5",
        appearance_date="2026-11-20",
    )  # fmt: skip
    with ws.reading() as session:
        actor_id = session.get(claims.Claim, 1).claimant_id
    publication.set_same_as(ws, actor_id, ["https://www.wikidata.org/wiki/Q1", "https://example.org"])
    data = json.loads(dump_json(ws))
    data["claims"][1]["external_verdicts"] = [
        {
            "publisher": "AFP",
            "rating": "Faux",
            "url": "https://factuel.afp.com/x",
            "date": "2022-02-11",
            "language": "fr",
        }
    ]
    assert data["organisation"] == {
        "name": "Factdesk Team", "url": "https://factdesk.example", "logo": "https://factdesk.example/logo.png",
    }  # fmt: skip
    first = data["claims"][0]
    assert (first["review_url"], first["appearance_url"], first["appearance_date"]) == (
        "https://factdesk.example/checks/1", "https://t.me/ch/5", "2026-11-20",
    )  # fmt: skip

    with Workspace.create(tmp_path / "b.factdesk", user="t") as other:
        load(other, data)
        again = dump(other)
    assert again["organisation"] == data["organisation"]
    assert again["claims"][0]["review_url"] == "https://factdesk.example/checks/1"
    assert again["claims"][0]["appearance_date"] == "2026-11-20"
    assert again["claims"][1]["external_verdicts"] == data["claims"][1]["external_verdicts"]
    claimant = next(a for a in again["actors"] if a["id"] == again["claims"][0]["claimant"])
    assert claimant["same_as"] == ["https://www.wikidata.org/wiki/Q1", "https://example.org"]


def test_old_dumps_without_the_fields_still_load(ws):
    data = demo_data()
    for claim in data["claims"]:
        for key in ("review_url", "appearance_url", "appearance_date", "external_verdicts"):
            claim.pop(key, None)
    data.pop("organisation", None)
    load(ws, data)
    out = dump(ws)
    assert out["organisation"] == {"name": "", "url": "", "logo": ""}
    assert all(c["review_url"] == "" and c["external_verdicts"] == [] for c in out["claims"])


def test_a_load_never_overwrites_the_organisation(ws):
    publication.set_organisation(ws, "Ours", "https://ours.example")
    data = demo_data() | {
        "organisation": {"name": "Theirs", "url": "https://theirs.example", "logo": "https://t.example/l.png"}
    }
    load(ws, data)
    assert publication.organisation(ws) == publication.Organisation(
        "Ours", "https://ours.example", "https://t.example/l.png"
    )


@pytest.mark.parametrize(
    "change, expected",
    [
        (lambda d: d["claims"][0].update(review_url="not a url"), '"review_url": “not a url” is not a web address'),
        (lambda d: d["claims"][0].update(appearance_date="yesterday"), '"appearance_date" must be an ISO 8601 date'),
        (lambda d: d["claims"][0].update(external_verdicts={}), '"external_verdicts" must be a list'),
        (lambda d: d["claims"][0].update(external_verdicts=[{"publisher": "X"}]), 'needs a "rating" or a "url"'),
        (lambda d: d.update(organisation={"url": "ftp://x"}), '"organisation"'),
        (lambda d: d["actors"][0].update(same_as=["javascript:alert(1)"]), "is not a web address"),
    ],
)
def test_bad_publication_fields_are_refused_whole(ws, change, expected):
    data = demo_data()
    change(data)
    with pytest.raises(ValidationError) as info:
        load(ws, data)
    assert expected in str(info.value)
    assert dump(ws)["claims"] == []


def test_the_services_refuse_what_is_not_a_web_address(ws):
    load(ws, demo_data())
    with pytest.raises(ValidationError, match="not a web address"):
        claims.update_claim(ws, 1, review_url="factdesk example")
    with pytest.raises(ValidationError, match="not a web address"):
        publication.set_organisation(ws, "X", "javascript:alert(1)")
    changes = claims.update_claim(ws, 1, review_url="https://a.example/1")
    assert changes.previous == {"review_url": "https://factdesk.example/checks/cluster"}


def test_undoing_a_deletion_puts_external_verdicts_back(ws):
    from app.services import sources

    data = demo_data()
    data["claims"][0]["external_verdicts"] = [{"publisher": "AFP", "rating": "Vrai", "url": "https://afp.example/1"}]
    load(ws, data)
    changes = claims.delete_claim(ws, 1)
    assert publication.external_verdicts(ws, [1]) == {}
    claims.restore_claim(ws, changes.previous["snapshot"])
    assert [v.rating for v in publication.external_verdicts(ws, [1])[1]] == ["Vrai"]
    # a whole source going and coming back (the bulk path)
    deleted = sources.delete_source(ws, 1)
    sources.restore_source(ws, deleted.previous["snapshot"])
    assert [v.rating for v in publication.external_verdicts(ws, [1])[1]] == ["Vrai"]
