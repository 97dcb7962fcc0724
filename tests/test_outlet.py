"""A saved page's outlet is the site's name (og:site_name, JSON-LD publisher, a known host, or a
title segment that matches the host), never the article's title."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.intake import read_bytes, read_file
from app.intake.outlet import choose, clean, matches_host

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"

AIF_TITLE = "Отрезать голову во имя пророка. Теракт во Франции обнажил старые проблемы | В мире | Политика"


def test_the_title_never_becomes_the_outlet():
    # trafilatura's guess for this page was the title itself
    outlet = choose(title=AIF_TITLE, url="https://aif.ru/politics/world/x", stated=[], found=AIF_TITLE)
    assert outlet == "Аргументы и Факты"


def test_a_trailing_title_segment_counts_only_when_it_matches_the_host():
    title = "Headline of the day | World | Аргументы и Факты"
    assert choose(title=title, url="https://aif.ru/a", stated=[]) == "Аргументы и Факты"  # initials: АиФ
    assert choose(title="Причиной стал стыд - МК", url="https://www.mk.ru/a", stated=[]) == "МК"
    # a trailing segment that is not the site's name is not taken: the host is
    assert choose(title="Some news | Politics", url="https://example-news.org/a", stated=[]) == "example-news.org"


def test_og_site_name_and_json_ld_publisher():
    ld = '{"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "Reuters"}}'
    # og:site_name "U.S." is a section; the JSON-LD publisher matches the host
    assert choose(title="A story", url="https://www.reuters.com/a", stated=["U.S."], json_ld=[ld]) == "Reuters"
    assert choose(title="A story", url="", stated=["Kyiv Daily"]) == "Kyiv Daily"
    graph = '{"@graph": [{"@type": "WebPage"}, {"@type": "Article", "publisher": [{"name": "Zeit Online"}]}]}'
    assert choose(title="A story", url="https://zeit.de/a", stated=[], json_ld=[graph]) == "Zeit Online"


def test_taglines_and_locales_are_cleaned_off():
    assert clean("Aktuálně.cz - Víte, co se právě děje") == "Aktuálně.cz"
    assert clean("news-en-US") == ""
    assert clean(".:: NMB-MEDIA ::. eBay-Templates") == "NMB-MEDIA"
    assert matches_host("Информационное агентство «УНН»", "www.unn.com.ua")
    assert not matches_host("U.S.", "www.reuters.com")


def test_a_page_whose_only_site_name_is_its_title_gets_the_host():
    html = (
        "<html><head><title>Minister resigns over the bridge</title>"
        '<meta property="og:site_name" content="Minister resigns over the bridge">'
        '<link rel="canonical" href="https://www.example.org/news/1"></head>'
        "<body><article><h1>Minister resigns over the bridge</h1>"
        "<p>The minister resigned on Monday after the report on the bridge was published.</p>"
        "<p>Another paragraph of the article, long enough to be taken for its main text.</p></article></body></html>"
    )
    result = read_bytes(html.encode(), "page.html")
    assert result.outlet == "example.org"


CORPUS_OUTLETS = {
    "html/htmldate-ru-terror-france.html": "Аргументы и Факты",
    "html/htmldate-ru-mk-lukashenko.html": "МК",
    "html/htmldate-uk-venediktova.html": "24 Канал",
    "html/htmldate-uk-zaxid-weather.html": "ZAXID.NET",
    "html/htmldate-ru-moldova-sandu.html": "Информационное агентство Украинские Национальные Новости (УНН)",
    "html/trafilatura-reuters-parasite.html": "Reuters",
    "html/readability-aktualne-cs.html": "Aktuálně.cz",
    "html/readability-yahoo-2-russia-1.6mb.html": "Yahoo News",
    "html/newspaper4k-thai-prachatai.html": "ประชาไท Prachatai.com",
    "html/trafilatura-no-charset-latin.html": "NMB-MEDIA",
    "html/trafilatura-guardian-academics.html": "the Guardian",
    "mhtml/mhtml2html-momentjs-home.mhtml": "Moment.js",
    "mhtml/mhtml2html-iframes-tutorialspoint.mhtml": "Tutorialspoint",
}


@pytest.mark.parametrize(("name", "outlet"), CORPUS_OUTLETS.items())
def test_saved_pages_of_the_corpus_get_their_outlet(name, outlet):
    path = CORPUS / name
    if not path.is_file():
        pytest.skip(f"the outside test corpus is not at {CORPUS}")
    result = read_file(path)
    assert result.outlet == outlet
    assert result.outlet != result.title
