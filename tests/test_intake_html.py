"""Saved web pages: main text and metadata, offline; MHTML; nothing is ever fetched."""

from __future__ import annotations

import email.policy
import socket
from email.message import EmailMessage
from pathlib import Path

import pytest

from app.errors import ValidationError
from app.intake import read_bytes

SAMPLE = Path(__file__).parent / "data" / "intake" / "weekly-review-2023-07-09.html"


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a connection fails the test."""
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise AssertionError(f"network access attempted: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    yield attempts
    assert attempts == []


def test_the_sample_page_keeps_the_article_and_drops_the_rest(no_network):
    result = read_bytes(SAMPLE.read_bytes(), SAMPLE.name)
    for chrome in (
        "Home",
        "Subscribe to our newsletter",
        "Cookie settings",
        "window.tracker",
        "site.css",
        "tracking-pixel",
    ):
        assert chrome not in result.text
    assert result.text.startswith("Weekly review of disinformation narratives, July 3–9, 2023\nLast week (July 3–9)")
    assert result.text.endswith("Russian nuclear blackmail continues with more intensity.")
    assert "Published 2023-07-11" not in result.text  # the byline
    assert (result.title, result.outlet, str(result.published), result.language) == (
        "Weekly review of disinformation narratives, July 3–9, 2023",
        "OPORA",
        "2023-07-11",
        "en",
    )
    assert result.author == ""  # the byline says "Published …", which is no author
    styles = [p.style for p in result.paragraphs]
    assert styles.count("h2") == 4 and styles.count("list") == 5


ARTICLE = """<!doctype html><html lang="uk"><head>
<meta charset="windows-1251"><title>Заява | Новини</title>
<meta property="og:title" content="Міністерство заявило про зростання цін">
<meta name="author" content="Олена Петренко">
<meta property="article:published_time" content="2024-03-05T10:00:00+02:00">
<meta property="og:site_name" content="Новини Києва">
<link rel="canonical" href="https://news.example/2024/03/ministry">
<script src="https://cdn.example/analytics.js"></script>
<link rel="stylesheet" href="https://cdn.example/site.css">
</head><body>
<header><nav><a href="/">Головна</a> <a href="/news">Новини</a></nav></header>
<main><article>
<h1>Міністерство заявило про зростання цін</h1>
<p>Міністр економіки заявив, що ціни на продукти зросли на 20 відсотків за рік.
Експерти вважають цю оцінку заниженою.</p>
<p>За даними Держстату, інфляція у лютому становила 4,3 відсотка, що є найнижчим показником за три роки.</p>
<table><tr><th>Місяць</th><th>Інфляція</th></tr><tr><td>Січень</td><td>4,7%</td></tr></table>
<img src="https://tracker.example/pixel.gif">
</article></main>
<footer>© 2024 Новини Києва. Усі права захищено.</footer>
</body></html>"""


def test_meta_charset_and_metadata_of_a_ukrainian_page(no_network):
    result = read_bytes(ARTICLE.encode("cp1251"), "stattia.html")
    assert result.encoding == "windows-1251"
    assert "ціни на продукти зросли на 20 відсотків" in result.text
    assert "Головна" not in result.text and "Усі права захищено" not in result.text
    assert (result.title, result.author, result.outlet, str(result.published), result.url, result.language) == (
        "Міністерство заявило про зростання цін",
        "Олена Петренко",
        "Новини Києва",
        "2024-03-05",
        "https://news.example/2024/03/ministry",
        "uk",
    )


def test_mhtml_single_file_page(no_network):
    message = EmailMessage(policy=email.policy.SMTP)
    message["MIME-Version"] = "1.0"
    message["Snapshot-Content-Location"] = "https://news.example/2024/03/ministry"
    message["Subject"] = "Saved page"
    message.set_type("multipart/related")
    message.add_related(
        ARTICLE.replace('charset="windows-1251"', 'charset="utf-8"'), subtype="html", cte="quoted-printable"
    )
    message.add_related(b"\x89PNG fake", maintype="image", subtype="png", cte="base64")
    data = message.as_bytes()
    result = read_bytes(data, "saved.mhtml")
    assert result.media_type == "multipart/related"
    assert "ціни на продукти зросли на 20 відсотків" in result.text
    assert result.url == "https://news.example/2024/03/ministry"
    assert result.original == data


def test_when_no_main_text_is_found_all_text_but_the_page_chrome_is_taken(no_network, monkeypatch):
    import trafilatura

    monkeypatch.setattr(trafilatura, "extract", lambda *args, **kwargs: None)
    page = (
        b"<html><body><nav>Menu</nav><div><h2>Kyiv, 5 March</h2><span>First line.</span><br><span>Second.</span>"
        b"<ul><li>One</li></ul></div><footer>Footer</footer></body></html>"
    )
    result = read_bytes(page, "tiny.html")
    assert result.text == "Kyiv, 5 March\nFirst line.\nSecond.\n• One"
    assert any("could not be told apart" in w for w in result.warnings)


def test_a_page_with_no_text_is_refused(no_network):
    with pytest.raises(ValidationError, match="holds no text"):
        read_bytes(b"<html><body><script>var a = 1;</script><img src='x.png'></body></html>", "empty.html")
