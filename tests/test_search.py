"""Full-text search: the index follows every change, the query syntax never raises, ranking makes sense."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services import catalog, claims, evidence, search, sources
from app.services.claims import ClaimFilter
from app.services.search import MARK_END, MARK_START, Snippet, fts_expression, parse_query

UK = (
    "Міністерство оборони України повідомило, що звʼязок на фронті відновлено. "
    "Оборонний бюджет зріс удвічі. Захарова заявила, що зброя потрапляє до Франції."
)
RU = "Песков сказал, что ЁЛКА в Кремле будет стоять до весны. Оборона Запорожья усилена."
EN = "The Café owners said the résumé of NATO's summit in Vilnius was naïve. Cluster munitions were approved."


@pytest.fixture
def filled(ws):
    ids = {}
    for name, text, lang in (("uk", UK, "uk"), ("ru", RU, "ru"), ("en", EN, "en")):
        ids[name] = sources.create_source(ws, title=f"Source {name}", text=text, language=lang).subject

    def mark(source: str, text: str, words: str, **fields) -> int:
        start = text.index(words)
        return claims.create_claim(ws, ids[source], start, start + len(words), **fields).subject

    ids["c_defence"] = mark("uk", UK, "Міністерство оборони України повідомило")
    ids["c_budget"] = mark("uk", UK, "Оборонний бюджет зріс удвічі", status="done")
    ids["c_weapons"] = mark("uk", UK, "зброя потрапляє до Франції")
    ids["c_tree"] = mark("ru", RU, "ЁЛКА в Кремле будет стоять до весны")
    ids["c_cafe"] = mark("en", EN, "The Café owners said")
    ids["c_cluster"] = mark("en", EN, "Cluster munitions were approved", claimed_on=date(2023, 7, 7))
    return ids


def _ids(results, kind="claims"):
    return [hit.id for hit in getattr(results, kind)]


def test_cyrillic_case_and_latin_diacritics_are_folded(ws, filled):
    assert _ids(search.search(ws, "ОБОРОНИ")) == [filled["c_defence"]]  # оборони is a form of оборона
    # the lemma index holds ё as е, so either spelling finds a claim (sources keep the old rule)
    assert _ids(search.search(ws, "елка")) == [filled["c_tree"]]
    assert _ids(search.search(ws, "ёлка")) == [filled["c_tree"]]
    assert _ids(search.search(ws, "cafe")) == [filled["c_cafe"]]
    assert _ids(search.search(ws, "CAFÉ")) == [filled["c_cafe"]]
    # й, ї stay letters of their own
    assert _ids(search.search(ws, "украіни")) == []


def test_prefix_and_phrase(ws, filled):
    hits = _ids(search.search(ws, "оборон*"))
    assert set(hits) == {filled["c_defence"], filled["c_budget"]}
    assert _ids(search.search(ws, "оборо")) == []  # without the star only whole words (in any form)
    assert _ids(search.search(ws, '"оборони України"')) == [filled["c_defence"]]
    assert _ids(search.search(ws, '"України оборони"')) == []  # a phrase keeps its order
    assert _ids(search.search(ws, "«зброя потрапляє»")) == [filled["c_weapons"]]
    assert set(_ids(search.search(ws, "бюджет OR munitions"))) == {filled["c_budget"], filled["c_cluster"]}
    assert _ids(search.search(ws, "бюджет munitions")) == []  # without OR: both words


def test_apostrophes_match_each_other(ws, filled):
    for spelling in ("звʼязок", "зв'язок", "зв’язок"):
        assert _ids(search.search(ws, spelling), "sources") == [filled["uk"]]


def test_all_kinds_grouped_with_highlighted_snippets(ws, filled):
    evidence.create_and_link(
        ws,
        filled["c_cluster"],
        {"title": "Convention on Cluster Munitions: states parties", "url": "https://www.clusterconvention.org/"},
        stance="refutes",
    )
    results = search.search(ws, "cluster")
    assert _ids(results) == [filled["c_cluster"]]
    assert len(results.evidence) == 1 and results.evidence[0].detail["claim_id"] == filled["c_cluster"]
    assert _ids(results, "sources") == [filled["en"]]
    hit = results.claims[0]
    assert MARK_START in hit.snippet.marked and MARK_END in hit.snippet.marked
    assert ("Cluster", True) in hit.snippet.parts()
    assert "<b>Cluster</b>" in hit.snippet.html()


def test_snippet_html_escapes_the_text():
    snippet = Snippet(f"<script>x</script> and {MARK_START}<b>&{MARK_END} done")
    assert snippet.html() == "&lt;script&gt;x&lt;/script&gt; and <b>&lt;b&gt;&amp;</b> done"
    assert snippet.plain == "<script>x</script> and <b>& done"


def test_ranking_prefers_title_and_frequent_words(ws):
    a = sources.create_source(ws, title="Notes", text="Grain exports rose. Weather was fine.").subject
    b = sources.create_source(ws, title="Grain corridor", text="Grain, grain and grain: the corridor.").subject
    assert _ids(search.search(ws, "grain"), "sources") == [b, a]


def test_filters_combine_with_search(ws, filled):
    assert _ids(search.search(ws, "оборон*", flt=ClaimFilter(status="done"))) == [filled["c_budget"]]
    assert _ids(search.search(ws, "оборон*", flt=ClaimFilter(source_id=filled["ru"]))) == []
    assert _ids(
        search.search(ws, "munitions", flt=ClaimFilter(claimed_from=date(2023, 7, 1), claimed_to=date(2023, 7, 31)))
    ) == [filled["c_cluster"]]
    assert _ids(search.search(ws, "munitions", flt=ClaimFilter(claimed_to=date(2023, 6, 30)))) == []
    claims.set_claimant(ws, filled["c_cluster"], "Leonid Slutsky")
    actor = catalog.list_actors(ws)[0]
    assert _ids(search.search(ws, "munitions", flt=ClaimFilter(claimant_id=actor.id))) == [filled["c_cluster"]]
    assert _ids(search.search(ws, "оборон*", flt=ClaimFilter(claimant_id=actor.id))) == []
    # sources follow the claims the filter admits
    assert _ids(search.search(ws, "оборон*", flt=ClaimFilter(status="done")), "sources") == [filled["uk"]]
    assert _ids(search.search(ws, "Кремле", flt=ClaimFilter(status="done")), "sources") == []


def test_index_follows_insert_update_delete_and_undo(ws, filled):
    claim_id = filled["c_weapons"]
    claims.update_claim(ws, claim_id, statement="Weapons for Kyiv reach French rioters", summary="Unfounded")
    assert _ids(search.search(ws, "rioters")) == [claim_id]
    assert _ids(search.search(ws, "unfounded")) == [claim_id]
    claims.update_claim(ws, claim_id, statement="")
    assert _ids(search.search(ws, "rioters")) == []
    changes = claims.delete_claim(ws, claim_id)
    assert _ids(search.search(ws, "unfounded")) == []
    claims.restore_claim(ws, changes.previous["snapshot"])  # what undo does
    assert _ids(search.search(ws, "unfounded")) == [claim_id]
    # a status change leaves the index alone, and the hit still shows
    claims.update_claim(ws, claim_id, status="researching")
    assert _ids(search.search(ws, "unfounded")) == [claim_id]
    # sources and evidence
    sources.update_source(ws, filled["en"], title="Vilnius summit digest")
    assert _ids(search.search(ws, "digest"), "sources") == [filled["en"]]
    sources.delete_source(ws, filled["en"])
    assert _ids(search.search(ws, "digest"), "sources") == []
    assert _ids(search.search(ws, "munitions")) == []  # its claims went with it
    piece = evidence.create_and_link(
        ws, claim_id, {"title": "Police report", "excerpt": "No weapons"}, stance="refutes"
    )
    evidence_id = piece.previous["evidence_id"]
    assert _ids(search.search(ws, "police"), "evidence") == [evidence_id]
    evidence.update_evidence(ws, evidence_id, title="Prefecture statement")
    assert _ids(search.search(ws, "police"), "evidence") == []
    assert _ids(search.search(ws, "prefecture"), "evidence") == [evidence_id]
    with ws.engine.connect() as conn:  # the index agrees with its tables
        for table in ("claim", "source", "evidence"):
            conn.exec_driver_sql(f"INSERT INTO {table}_fts({table}_fts) VALUES ('integrity-check')")


def test_limit_and_more(ws):
    source = sources.create_source(ws, title="t", text="alpha " * 30).subject
    for n in range(5):
        claims.create_claim(ws, source, n * 6, n * 6 + 5)
    results = search.search(ws, "alpha", limit=3, kinds=("claim",))
    assert len(results.claims) == 3 and results.more["claim"] is True
    assert results.sources == []


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "'",
        "*",
        "**",
        "AND",
        "OR",
        "NOT x",
        "NEAR(a b, 2)",
        "a:b",
        "^x",
        "(",
        ")",
        '"a" "',
        "-",
        "+x",
        "{a b}",
        "claim_fts:x",
        "\x00",
        "😀",
        "a OR",
        "OR a",
        "x*y*",
        '"оборон"*',
        "‘’",
        "'; DROP TABLE claim; --",
    ],
)
def test_query_syntax_never_raises(ws, filled, query):
    search.search(ws, query)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=40))
def test_any_text_is_a_valid_query(ws, query):
    expression = fts_expression(parse_query(query))
    search.search(ws, query)  # no exception, whatever was typed
    assert expression.count('"') % 2 == 0


def test_parse_query():
    terms = parse_query('оборон* "Міністерство оборони" NATO\'s OR війна')
    assert [(t.words, t.prefix, t.either) for t in terms] == [
        (("оборон",), True, False),
        (("Міністерство", "оборони"), False, False),
        (("NATO", "s"), False, False),
        (("війна",), False, True),
    ]
    assert fts_expression(terms) == '"оборон"* AND "Міністерство оборони" AND ("NATO s" OR "війна")'


def test_cli_search_and_similar(ws, filled, capsys):
    import json

    from app.cli import main

    path = str(ws.path)
    assert main(["search", path, "оборон*", "--json", "--limit", "1"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert len(out["claims"]) == 1 and out["more"]["claim"] is True
    assert out["claims"][0]["id"] in (filled["c_defence"], filled["c_budget"])
    assert main(["search", path, "оборон*", "--status", "done", "--kind", "claim"]) == 0
    text = capsys.readouterr().out
    assert "Claims:" in text and "[Оборонний]" in text and "Sources" not in text
    assert main(["search", path, '"']) == 0
    assert "Nothing to search for" in capsys.readouterr().out
    assert main(["search", path, "x", "--limit", "0"]) == 1
    assert main(["search", path, "x", "--from", "yesterday"]) == 1
    assert main(["similar", path, str(filled["c_defence"]), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
