"""ClaimReview in: every real sample imports or is refused item by item with its reason; the
shapes (array, @graph, DataFeed, saved page, Fact Check Tools API) are recognised by content;
messy values are taken where sound and reported; a refused file changes nothing; and the round
trip demo → ClaimReview → lint clean → import gives the same claims, ratings and URLs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.demo import write_demo
from app.errors import ValidationError
from app.services import publication
from app.services.intake import import_file
from app.transfer import dump
from app.workspace import Workspace
from exports.claimreview import ERROR, build

DATA = Path(__file__).parent / "data" / "claimreview"

#: sample → (claims taken, the verdicts' words; or the refusal's words), and notes expected
SAMPLES = {
    "01_google_searchcentral_claim_example.json": (["False"], []),
    "02_google_searchcentral_legacy_creativework_example.json": (["False"], []),
    "03_schemaorg_eg-0324_politifact_perry.json": (["True"], []),
    "04_schemaorg_eg-0325_danbri_obama_clip_NO_RATING.json": ("it has no reviewRating (no verdict)", []),
    "05_afp_defacto_simple_fr.json": (["Faux"], ["white space around the address removed", "not ISO 8601"]),
    "06_afp_defacto_simple_en.json": (["False"], ["not ISO 8601; read as"]),
    "07_afp_defacto_videoobject_appearance_en.json": (["False"], ["not ISO 8601"]),
    "08_afp_defacto_multi_appearance_urls_en.json": (["Misleading"], ["1 more appearance(s) not kept"]),
    "09_afp_defacto_multi_appearance_archive_en.json": (None, ["1 more appearance(s) not kept"]),
    "10_afp_defacto_multi_claimreview_graph_en.json": (None, []),
    "11_afp_defacto_claimreview_with_mediareview_en.json": (["Truncated and misleading video"], []),
    "M1_schemaorg_eg-0467_mediareview_politifact.json": ("a MediaReview, not a ClaimReview", []),
    "M2_afp_defacto_mediareview_fr.json": ("item 2: not imported: it has no reviewRating", []),
}


def test_every_sample_is_covered():
    assert sorted(SAMPLES) == sorted(p.name for p in DATA.glob("*.json"))


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_each_sample_imports_or_is_refused_with_its_reason(ws, name):
    expected, notes = SAMPLES[name]
    raw = json.loads((DATA / name).read_text(encoding="utf-8"))
    if isinstance(expected, str):
        with pytest.raises(ValidationError) as info:
            import_file(ws, DATA / name)
        assert name in str(info.value) and expected in str(info.value)
        assert dump(ws)["sources"] == []  # a refused file changes nothing
        return
    outcome = import_file(ws, DATA / name)
    assert outcome.created and outcome.summary["format"] == "ClaimReview"
    data = dump(ws)
    verdicts = [v for c in data["claims"] for v in c["external_verdicts"]]
    if expected is not None:
        assert [v["rating"] for v in verdicts] == expected
    assert all(c["rating"] is None for c in data["claims"])  # never the team's own verdict
    nodes = raw.get("@graph", [raw]) if isinstance(raw, dict) else raw
    reviews = [n for n in nodes if n.get("@type") == "ClaimReview"]
    assert [c["quote"] for c in data["claims"]] == [" ".join(n["claimReviewed"].split()) for n in reviews]
    assert [v["url"] for v in verdicts] == [n["url"] for n in reviews]
    for note in notes:
        assert any(note in w for w in outcome.warnings), outcome.warnings


def test_a_sample_keeps_claimant_dates_appearance_and_links(ws):
    import_file(ws, DATA / "05_afp_defacto_simple_fr.json")
    import_file(ws, DATA / "03_schemaorg_eg-0324_politifact_perry.json")
    data = dump(ws)
    first = data["claims"][0]
    assert first["appearance_url"] == "https://twitter.com/franceinter/status/1490594446114709514"
    assert first["claimed_on"] == "2022-02-07"
    assert first["external_verdicts"] == [
        {"publisher": "AFP", "rating": "Faux", "url": "https://factuel.afp.com/doc.afp.com.9ZB9XD",
         "date": "2022-02-11", "language": ""}
    ]  # fmt: skip
    actors = {a["name"]: a for a in data["actors"]}
    assert actors["Rich Perry"]["same_as"] == ["https://en.wikipedia.org/wiki/Rick_Perry", "https://rickperry.org/"]
    assert data["claims"][1]["external_verdicts"][0]["publisher"] == "politifact.com"  # the author has only a URL


def test_importing_the_same_file_twice_adds_nothing(ws):
    assert import_file(ws, DATA / "10_afp_defacto_multi_claimreview_graph_en.json").created
    again = import_file(ws, DATA / "10_afp_defacto_multi_claimreview_graph_en.json")
    assert not again.created and len(dump(ws)["claims"]) == 3


def _review(**changes) -> dict:
    node = {
        "@context": "https://schema.org", "@type": "ClaimReview", "url": "https://checks.example/1",
        "claimReviewed": "The moon is made of cheese", "datePublished": "2024-03-01",
        "author": {"@type": "Organization", "name": "Checks"},
        "reviewRating": {"@type": "Rating", "alternateName": "False"},
    }  # fmt: skip
    node.update(changes)
    return node


def _write(tmp_path: Path, name: str, content) -> Path:
    path = tmp_path / name
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return path


def test_shapes_are_recognised_by_content(ws, tmp_path):
    array = [_review(), _review(claimReviewed="Second", url="https://checks.example/2")]
    feed = {"@context": "https://schema.org", "@type": "DataFeed", "dataFeedElement": [
        {"@type": "DataFeedItem", "item": [_review(claimReviewed="In a feed")]}, {"item": None}]}  # fmt: skip
    page = (
        "<!doctype html><html><head><title>Check</title>"
        f'<script type="application/ld+json">{json.dumps(_review(claimReviewed="On a page"))}</script>'
        '<script type="application/ld+json">{broken</script></head><body><p>Text</p></body></html>'
    )
    api = {"claims": [
        {"text": "From the API", "claimant": "Someone", "claimDate": "2020-03-31T00:00:00Z",
         "claimReview": [{"publisher": {"name": "Full Fact", "site": "fullfact.org"}, "url": "https://fullfact.org/a",
                          "title": "T", "reviewDate": "2020-04-01T00:00:00Z", "textualRating": "Incorrect",
                          "languageCode": "en"},
                         {"publisher": {"site": "politifact.com"}, "url": "https://politifact.com/b",
                          "textualRating": "Pants on Fire!"}]},
        {"text": "No verdict here", "claimReview": []},
    ], "nextPageToken": "x"}  # fmt: skip
    outcomes = [
        import_file(ws, _write(tmp_path, "a.json", array)),
        import_file(ws, _write(tmp_path, "f.json", feed)),
        import_file(ws, _write(tmp_path, "p.html", page)),
        import_file(ws, _write(tmp_path, "api.txt", api)),  # the extension does not matter
    ]
    assert [o.summary["claims"] for o in outcomes] == [2, 1, 1, 1]
    assert any("JSON-LD block 2 of the page is not valid JSON" in w for w in outcomes[2].warnings)
    assert any("claim 2 (“No verdict here”): not imported: none of its reviews" in w for w in outcomes[3].warnings)
    claims = dump(ws)["claims"]
    assert [c["quote"] for c in claims] == ["The moon is made of cheese", "Second", "In a feed", "On a page",
                                            "From the API"]  # fmt: skip
    assert claims[-1]["external_verdicts"] == [
        {"publisher": "Full Fact", "rating": "Incorrect", "url": "https://fullfact.org/a", "date": "2020-04-01",
         "language": "en"},
        {"publisher": "politifact.com", "rating": "Pants on Fire!", "url": "https://politifact.com/b", "date": None,
         "language": ""},
    ]  # fmt: skip
    assert claims[-1]["claimed_on"] == "2020-03-31"


def test_messy_values_are_taken_where_sound_and_reported(ws, tmp_path):
    items = [
        _review(
            datePublished="2017-03-01 20:30:17 UTC", url=" https://checks.example/3 ",
            reviewRating={"alternateName": "Mostly false", "ratingValue": "2", "bestRating": "1", "worstRating": "5"},
            itemReviewed={"@type": "Claim", "author": "A Person", "datePublished": "March 1, 2017",
                          "appearance": ["https://t.", "me/chan/1"]},
        ),
        _review(claimReviewed="Scale", url="https://checks.example/4",
                reviewRating={"alternateName": "Wrong", "ratingValue": -1, "worstRating": -1, "bestRating": 1},
                datePublished="", inLanguage={"name": "uk"}),
        _review(claimReviewed="Long", url="https://checks.example/5",
                reviewRating={"alternateName": "This claim is false because " + "x " * 300}),
        _review(claimReviewed="Only numbers", url="https://checks.example/6",
                reviewRating={"ratingValue": 1, "bestRating": 5, "worstRating": 1}),
        _review(claimReviewed="", url="https://checks.example/7"),
        _review(claimReviewed="Bad date", url="javascript:alert(1)", datePublished="sometime"),
        "not an object",
    ]  # fmt: skip
    outcome = import_file(ws, _write(tmp_path, "messy.json", items))
    notes = "\n".join(outcome.warnings)
    claims = dump(ws)["claims"]
    assert [c["quote"] for c in claims] == ["The moon is made of cheese", "Scale", "Long", "Bad date"]
    first = claims[0]
    assert first["external_verdicts"][0]["date"] == "2017-03-01" and first["claimed_on"] == "2017-03-01"
    assert first["external_verdicts"][0]["url"] == "https://checks.example/3"
    assert first["appearance_url"] == "https://t.me/chan/1"
    assert "split in 2 pieces" in notes and "scale is reversed" in notes and "worstRating is -1" in notes
    assert claims[1]["external_verdicts"][0]["language"] == "uk"
    assert claims[2]["external_verdicts"][0]["rating"].endswith("x…") and "its first 300 were kept" in notes
    assert "item 4: not imported: its verdict has no words" in notes  # never a number turned into words
    assert "item 5: not imported: it has no claimReviewed" in notes
    assert claims[3]["external_verdicts"][0]["url"] == "" and "“javascript:alert(1)” is not an absolute" in notes
    assert "“sometime” is not a date Factdesk can read: dropped" in notes
    with ws.reading() as session:
        from app.models import Actor

        assert [a.name for a in session.exec(__import__("sqlmodel").select(Actor))] == ["A Person"]


def test_script_in_a_text_is_removed_and_said_so(ws, tmp_path):
    evil = _review(claimReviewed='Vaccines <script>alert("x")</script>cause <b>harm</b>')
    only = _review(claimReviewed="<script>steal()</script>", url="https://checks.example/9")
    outcome = import_file(ws, _write(tmp_path, "evil.json", [evil, only]))
    assert [c["quote"] for c in dump(ws)["claims"]] == ["Vaccines cause harm"]
    notes = "\n".join(outcome.warnings)
    assert "claimReviewed held a script; it was removed" in notes
    assert "item 2: not imported: it has no claimReviewed" in notes


def test_a_file_with_nothing_usable_is_refused_whole_and_changes_nothing(ws, tmp_path):
    path = _write(tmp_path, "bad.json", [_review(reviewRating=None), _review(claimReviewed=" ")])
    with pytest.raises(ValidationError, match=r"bad\.json was not imported: no claim in it could be taken"):
        import_file(ws, path)
    assert dump(ws)["sources"] == [] and dump(ws)["claims"] == []


def test_other_json_and_pages_are_not_claimreview(ws, tmp_path):
    from app.intake import claimreview

    assert claimreview.read(b'{"hello": "world"}', "x.json") is None
    assert claimreview.read(b'[1, 2, {"@type": "NewsArticle"}]', "x.json") is None
    assert claimreview.read(b"{not json", "x.json") is None
    page = b'<html><head><script type="application/ld+json">{"@type": "NewsArticle"}</script></head></html>'
    assert claimreview.read(page, "x.html") is None


def test_round_trip_demo_to_claimreview_to_a_new_workspace(tmp_path, capsys):
    demo = write_demo(tmp_path / "demo.factdesk")
    out = tmp_path / "demo-claimreview.json"
    assert main(["claimreview", str(demo), "-o", str(out), "--lint"]) == 0  # lint clean: no error
    with Workspace.open(demo) as ws:
        exported = build(ws)
        assert not [p for p in exported.lint() if p.level == ERROR]
        org = publication.organisation(ws)
    with Workspace.create(tmp_path / "new.factdesk", user="t") as fresh:
        outcome = import_file(fresh, out)
        data = dump(fresh)
    assert outcome.summary["claims"] == 4
    assert [c["quote"] for c in data["claims"]] == [i["claimReviewed"] for i in exported.items]
    verdicts = [c["external_verdicts"] for c in data["claims"]]
    assert [[(v["rating"], v["url"], v["publisher"]) for v in vs] for vs in verdicts] == [
        [(i["reviewRating"]["alternateName"], i["url"], org.name)] for i in exported.items
    ]
    assert [c["rating"] for c in data["claims"]] == [None] * 4
    claimants = {a["id"]: a["name"] for a in data["actors"]}
    assert [claimants[c["claimant"]] for c in data["claims"]] == [
        i["itemReviewed"]["author"]["name"] for i in exported.items
    ]


def test_cli_import_prints_what_was_dropped(tmp_path, capsys):
    path = tmp_path / "w.factdesk"
    Workspace.create(path).close()
    assert main(["import", str(path), str(DATA / "05_afp_defacto_simple_fr.json")]) == 0
    printed = capsys.readouterr().out
    assert "Imported 05_afp_defacto_simple_fr.json as source #1: ClaimReview: 1 claim from" in printed
    assert "note: item 1: appearance: white space around the address removed." in printed
    assert main(["import", str(path), str(DATA / "M1_schemaorg_eg-0467_mediareview_politifact.json")]) == 1
    assert "a MediaReview, not a ClaimReview" in capsys.readouterr().out
