"""ClaimReview out: the JSON-LD per claim, per report and for the workspace, the rating mapping,
the lint's rules, and `factdesk claimreview`."""

from __future__ import annotations

import json
from datetime import date

import pytest

from app.cli import main
from app.demo import demo_data
from app.errors import NotFound
from app.services import catalog, claims, publication, reports
from app.transfer import load
from exports.claimreview import ERROR, WARNING, build, lint

TODAY = date(2026, 12, 5)


@pytest.fixture
def demo(ws):
    load(ws, demo_data())
    return ws


def test_the_workspace_export_has_every_claim_with_a_verdict_and_lints_clean(demo):
    out = build(demo)
    assert out.claim_ids == [1, 2, 3, 4]  # claim 5 has no verdict
    assert [p for p in out.lint(TODAY) if p.level == ERROR] == []
    first = out.items[0]
    assert first["@context"] == "https://schema.org" and first["@type"] == "ClaimReview"
    assert first["url"] == "https://factdesk.example/checks/cluster"
    assert first["author"] == {"@type": "Organization", "name": "Factdesk demo team", "url": "https://factdesk.example"}
    assert first["itemReviewed"]["author"] == {"@type": "Person", "name": "Leonid Slutsky"}
    assert first["reviewRating"] | {"ratingExplanation": ""} == {
        "@type": "Rating", "alternateName": "True", "ratingValue": 5, "bestRating": 5, "worstRating": 1,
        "ratingExplanation": "",
    }  # fmt: skip


def test_unproven_carries_no_number_and_false_is_the_worst(demo):
    items = {i["url"].rsplit("/", 1)[1]: i["reviewRating"] for i in build(demo).items}
    assert "ratingValue" not in items["contractors"] and items["contractors"]["alternateName"] == "Unproven"
    assert (items["france"]["ratingValue"], items["france"]["worstRating"]) == (1, 1)


def test_a_scale_with_one_numbered_rating_writes_no_numbers(demo):
    with demo.reading() as session:
        scale = catalog.default_scale(session)
    for rating in catalog.ratings(demo, scale.id):
        if rating.label != "True":
            catalog.update_rating(demo, rating.id, value=0)
    item = build(demo, claim_id=1).items[0]
    assert item["reviewRating"]["alternateName"] == "True" and "ratingValue" not in item["reviewRating"]


def test_publication_fields_and_ukrainian_words(demo):
    with demo.writing() as session:
        from app.models import Source

        session.get(Source, 1).language = "uk"
    claims.update_claim(demo, 2, appearance_url="https://t.me/channel/12", appearance_date="2023-07-05")
    with demo.reading() as session:
        actor_id = session.get(claims.Claim, 2).claimant_id
    publication.set_same_as(demo, actor_id, "https://www.wikidata.org/wiki/Q4195406")
    item = build(demo, claim_id=2).items[0]
    assert item["reviewRating"]["alternateName"] == "Неправда"  # the claim's language picks the words
    assert item["inLanguage"] == "uk"
    assert item["itemReviewed"]["appearance"] == {
        "@type": "CreativeWork", "url": "https://t.me/channel/12", "datePublished": "2023-07-05",
    }  # fmt: skip
    assert item["itemReviewed"]["author"]["sameAs"] == "https://www.wikidata.org/wiki/Q4195406"
    assert "appearance" not in build(demo, claim_id=1).items[0]["itemReviewed"]  # the demo's source has no URL


def test_per_report_and_unknown_ids(demo):
    report_id = reports.create_report(demo, title="Week", claim_ids=[3, 5]).subject
    out = build(demo, report_id=report_id)
    assert out.claim_ids == [3, 5]
    problems = [p.describe() for p in out.lint(TODAY)]
    assert any(p.startswith("error: claim 5 (") and "no verdict" in p for p in problems)
    assert any("claim 5" in p and "no fact-check URL" in p for p in problems)
    with pytest.raises(NotFound, match="no report 99"):
        build(demo, report_id=99)
    with pytest.raises(NotFound, match="no claim 99"):
        build(demo, claim_id=99)


def _good() -> dict:
    return {
        "@context": "https://schema.org", "@type": "ClaimReview", "url": "https://checks.example.org/a",
        "claimReviewed": "Drones were never used", "datePublished": "2026-01-02",
        "author": {"@type": "Organization", "name": "Checks", "url": "https://example.org"},
        "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "X"},
                         "appearance": {"@type": "CreativeWork", "url": "https://t.me/x/1"}},
        "reviewRating": {"@type": "Rating", "alternateName": "False", "ratingValue": 1, "bestRating": 5,
                         "worstRating": 1},
    }  # fmt: skip


def _problems(change) -> list[tuple[str, str]]:
    item = _good()
    change(item)
    return [(p.level, p.message) for p in lint([item], today=TODAY)]


@pytest.mark.parametrize(
    "change, level, words",
    [
        (lambda i: None, None, None),
        (lambda i: i.pop("reviewRating"), ERROR, "no verdict"),
        (lambda i: i.update(claimReviewed="x" * 80), WARNING, "80 characters"),
        (lambda i: i.update(claimReviewed="It is false that drones flew"), WARNING, "contains the verdict's words"),
        (lambda i: i.pop("url"), ERROR, "no fact-check URL"),
        (lambda i: i.update(url="https://elsewhere.net/a"), ERROR, "not on the organisation's site"),
        (lambda i: i["itemReviewed"].update(appearance="t.me/x/1"), ERROR, "not an absolute"),
        (
            lambda i: i["itemReviewed"].update(appearance=["https://a.example/1", " https://b.example/2"]),
            ERROR,
            "not an absolute",
        ),
        (lambda i: i.update(datePublished="2027-03-01"), ERROR, "in the future"),
        (lambda i: i.update(datePublished="2022-02-11 11:40"), WARNING, "not an ISO 8601 date"),
        (lambda i: i["reviewRating"].update(bestRating=1, worstRating=5), ERROR, "reversed or empty"),
        (lambda i: i["reviewRating"].update(bestRating=1, worstRating=1), ERROR, "reversed or empty"),
        (lambda i: i["reviewRating"].update(worstRating=-1), ERROR, "must be 1 or more"),
        (lambda i: i["reviewRating"].update(ratingValue=7), ERROR, "outside the scale"),
        (lambda i: i["reviewRating"].update(ratingValue="one"), ERROR, "must be numbers"),
        (lambda i: i["reviewRating"].update(alternateName=""), ERROR, "has no words"),
        (lambda i: i["itemReviewed"].update(author={"@type": "Person"}), ERROR, "has no name"),
        (lambda i: i.update({"@type": "Review"}), ERROR, '"@type" must be'),
    ],
)
def test_each_lint_rule(change, level, words):
    found = _problems(change)
    if level is None:
        assert found == []
    else:
        assert any(lv == level and words in text for lv, text in found), found


def test_two_claims_with_one_fact_check_url_are_an_error():
    problems = lint([_good(), _good()], ["claim 1", "claim 2"], today=TODAY)
    assert [p.describe() for p in problems] == [
        "error: claim 2: the fact-check URL https://checks.example.org/a is also that of claim 1; "
        "each claim needs its own page"
    ]


def test_cli_writes_lints_and_exits_1_on_an_error(tmp_path, capsys):
    from app.demo import write_demo

    path = write_demo(tmp_path / "demo.factdesk")
    out = tmp_path / "out.json"
    assert main(["claimreview", str(path), "-o", str(out), "--lint"]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert isinstance(data, list) and len(data) == 4
    assert "Lint: 0 error(s)" in capsys.readouterr().err
    one = tmp_path / "one.json"
    assert main(["claimreview", str(path), "--claim", "5", "-o", str(one), "--lint"]) == 1
    captured = capsys.readouterr()
    assert "error: claim 5 (“Ukraine is preparing sabotage" in captured.out and "no verdict" in captured.out
    assert json.loads(one.read_text(encoding="utf-8"))["@type"] == "ClaimReview"  # one claim: one object
    assert main(["claimreview", str(path), "--claim", "5", "-o", str(one)]) == 1  # exists, no --force
    assert "--force" in capsys.readouterr().err
    assert main(["claimreview", str(path), "--report", "9", "-o", str(tmp_path / "r.json")]) == 1
    assert "no report 9" in capsys.readouterr().err
