"""Saved web pages (.html, .htm, .mhtml) and rich-text pastes.

The main text comes from trafilatura, given the page as a string: it never fetches anything
(no image, stylesheet or script; no URL is passed to it). Navigation, footers, scripts and
styles are left out. Metadata (title, author, date, canonical URL, site name) is read from the
page's own tags first, then from what trafilatura found.
A pasted fragment is all wanted text, so it is converted block by block instead.
"""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass, field
from datetime import date, datetime

from lxml import etree
from lxml import html as lxml_html

from app.intake import limits, outlet
from app.intake.limits import refuse
from app.intake.result import TextBuilder, squeeze
from app.intake.text import decode
from app.messages import msg

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w:.]+)""", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
#: words a byline starts with that trafilatura sometimes takes for the author
_NOT_AUTHORS = {"published", "updated", "posted", "by", "opublikowano", "опубліковано", "опубликовано", "автор"}

_SKIP_TAGS = {
    "script", "style", "noscript", "template", "head", "svg", "canvas", "iframe", "object", "embed",
    "button", "select", "option", "input", "textarea", "link", "meta", "img", "video", "audio", "map",
}  # fmt: skip
_PAGE_CHROME = {"nav", "footer", "aside", "form", "menu"}
_BLOCKS = {
    "p", "div", "section", "article", "main", "header", "li", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "pre", "tr", "table", "ul", "ol", "dl", "figure", "figcaption", "address", "hr", "center",
}  # fmt: skip


@dataclass
class HtmlContent:
    builder: TextBuilder
    title: str = ""
    author: str = ""
    outlet: str = ""
    published: date | None = None
    url: str = ""
    language: str = ""
    encoding: str = ""
    warnings: list[str] = field(default_factory=list)


# -- decoding ----------------------------------------------------------------------------------


def decode_html(data: bytes, name: str) -> tuple[str, str, list[str]]:
    match = _META_CHARSET.search(data[:4096])
    declared = match.group(1).decode("ascii", "replace") if match else None
    decoded = decode(data, name, declared=declared)
    return decoded.text, decoded.encoding, list(decoded.warnings)


def _tree(text: str, name: str) -> etree._Element:
    text = _XML_DECL.sub("", text, count=1)
    try:
        return lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise refuse(name, msg("it is not a readable web page.")) from exc


# -- metadata ----------------------------------------------------------------------------------


def _first(root: etree._Element, *xpaths: str) -> str:
    for xpath in xpaths:
        for value in root.xpath(xpath):
            text = " ".join(str(value).split())
            if text:
                return text
    return ""


def _parse_date(value: str) -> date | None:
    value = value.strip()
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if match:
        try:
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            return None
    return None


def _clean_author(author: str) -> str:
    author = " ".join(author.split())
    words = author.lower().split()
    if not words or (words[0].strip(":") in _NOT_AUTHORS and len(words) == 1) or any(ch.isdigit() for ch in author):
        return ""
    return author.removeprefix("By ").removeprefix("by ")


def _page_metadata(root: etree._Element) -> dict[str, str]:
    meta = "//meta[@{attr}='{key}']/@content"

    def m(*keys: str, attr: str = "property") -> list[str]:
        out = []
        for key in keys:
            out.append(meta.format(attr="property", key=key))
            out.append(meta.format(attr="name", key=key))
        return out

    return {
        "title": _first(
            root, *m("og:title", "twitter:title", "dc.title", "DC.title"), "//title/text()", "//h1//text()"
        ),
        "author": _first(root, *m("author", "article:author", "dc.creator", "DC.creator", "parsely-author")),
        "date": _first(
            root,
            *m("article:published_time", "og:published_time", "date", "dc.date", "DC.date", "pubdate"),
            "//time/@datetime",
        ),
        "url": _first(root, "//link[@rel='canonical']/@href", *m("og:url")),
        "site": _first(root, *m("og:site_name")),
        "app": _first(root, *m("application-name")),
        "publisher": _first(root, *m("publisher", "dc.publisher", "DC.publisher")),
        "lang": _first(root, "/html/@lang", "/html/@xml:lang", *m("og:locale", "language")),
    }


# -- trafilatura's XML to blocks ---------------------------------------------------------------


def _element_text(el: etree._Element) -> str:
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        if node.tag == "lb":
            parts.append("\n")
        elif node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(el)
    return squeeze("".join(parts))


def _trafilatura_blocks(xml: str, builder: TextBuilder) -> None:
    root = etree.fromstring(xml.encode("utf-8"), parser=limits.xml_parser())
    main = root.find("main")
    if main is None:
        main = root

    def block(el: etree._Element, depth: int = 0) -> None:
        tag = el.tag
        if tag == "head":
            rend = el.get("rend") or "h2"
            builder.add(_element_text(el), rend if re.fullmatch(r"h[1-6]", rend) else "h2")
        elif tag == "list":
            for item in el:
                if item.tag != "item":
                    continue
                nested = [child for child in item if child.tag == "list"]
                for child in nested:
                    item.remove(child)
                builder.add("  " * depth + "• " + _element_text(item), "list")
                for child in nested:
                    block(child, depth + 1)
        elif tag == "table":
            for row in el.iter("row"):
                cells = [_element_text(cell) for cell in row if cell.tag == "cell"]
                builder.add(" | ".join(" ".join(c.split()) for c in cells if c.strip()), "table")
        elif tag == "quote":
            if any(child.tag in ("p", "list", "head") for child in el):
                for child in el:
                    block(child, depth)
            else:
                builder.add(_element_text(el), "quote")
        elif tag in ("p", "code"):
            builder.add(_element_text(el), "p")
        elif tag in ("div", "main", "section"):
            for child in el:
                block(child, depth)
        elif tag not in ("graphic", "comments"):
            builder.add(_element_text(el), "p")

    for child in main:
        block(child)


# -- a fragment (a paste, or a page trafilatura found nothing in) --------------------------------


def fragment_blocks(root: etree._Element, builder: TextBuilder, *, drop_chrome: bool) -> None:
    """Every block of text under `root`, in document order; headings and list items styled."""
    buffer: list[str] = []
    state = {"style": "p"}

    def flush() -> None:
        text = squeeze("".join(buffer))
        buffer.clear()
        if text.strip():
            builder.add(text, state["style"])
        state["style"] = "p"

    def walk(el: etree._Element, list_depth: int) -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if not tag or tag in _SKIP_TAGS or (drop_chrome and tag in _PAGE_CHROME):
            if el.tail:
                buffer.append(el.tail)
            return
        if tag == "br":
            buffer.append("\n")
        elif tag in ("tr",):
            flush()
            cells = [" ".join("".join(cell.itertext()).split()) for cell in el if cell.tag in ("td", "th")]
            builder.add(" | ".join(c for c in cells if c), "table")
        elif tag in _BLOCKS:
            flush()
            if re.fullmatch(r"h[1-6]", tag):
                state["style"] = tag
            elif tag == "li":
                state["style"] = "list"
                buffer.append("  " * max(list_depth - 1, 0) + "• ")
            elif tag == "blockquote":
                state["style"] = "quote"
            if el.text:
                buffer.append(el.text)
            depth = list_depth + 1 if tag in ("ul", "ol") else list_depth
            for child in el:
                walk(child, depth)
            flush()
        else:
            if el.text:
                buffer.append(el.text)
            for child in el:
                walk(child, list_depth)
        if el.tail:
            buffer.append(el.tail)

    walk(root, 0)
    flush()


# -- readers -----------------------------------------------------------------------------------


def read_html_text(text: str, name: str, *, encoding: str = "", url: str = "") -> HtmlContent:
    """A whole saved page, as text."""
    import trafilatura

    root = _tree(text, name)
    page = _page_metadata(root)
    builder = TextBuilder()
    warnings: list[str] = []
    xml = trafilatura.extract(
        _XML_DECL.sub("", text, count=1),
        output_format="xml",
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        include_formatting=False,
        favor_recall=True,
        deduplicate=False,
    )
    found: dict[str, str] = {}
    if xml:
        _trafilatura_blocks(xml, builder)
        doc = etree.fromstring(xml.encode("utf-8"), parser=limits.xml_parser())
        found = {key: doc.get(key) or "" for key in ("title", "author", "date", "url", "sitename")}
    if not builder.paragraphs:
        body = root.find("body")
        fragment_blocks(body if body is not None else root, builder, drop_chrome=True)
        if builder.paragraphs:
            warnings.append(msg(
                "The page's main text could not be told apart; all of its text was taken.",
            ))
    published = _parse_date(page["date"]) or _parse_date(found.get("date", ""))
    title = page["title"] or found.get("title", "")
    page_url = url or page["url"] or found.get("url", "")
    site = outlet.choose(
        title=title,
        url=page_url,
        stated=[page["site"], page["publisher"], page["app"]],
        json_ld=[str(block) for block in root.xpath("//script[@type='application/ld+json']/text()")],
        titles=[_first(root, "//title/text()"), found.get("title", "")],
        found=found.get("sitename", ""),
    )
    return HtmlContent(
        builder=builder,
        title=title,
        author=_clean_author(page["author"]) or _clean_author(found.get("author", "")),
        outlet=site,
        published=published,
        url=page_url,
        language=page["lang"].replace("_", "-").split("-")[0].lower(),
        encoding=encoding,
        warnings=warnings + builder.warnings(),
    )


def read_html(data: bytes, name: str) -> HtmlContent:
    limits.check_size(data, name, limits.MAX_HTML_BYTES)
    text, encoding, warnings = decode_html(data, name)
    content = read_html_text(text, name, encoding=encoding)
    content.warnings[:0] = warnings
    return content


_HEADER_LINE = re.compile(rb"^[!-9;-~]+:")


def unfold_headers(data: bytes) -> bytes:
    """The MHTML with its top header block repaired: a line there that is neither a header
    ("Name: value") nor a folded continuation (starting with a space or tab) continues the header
    above it, as Chrome writes a long X-Snapshot-Title. The email parser would otherwise end the
    headers at that line and take the rest (boundary included) for the body."""
    end = re.search(rb"\r?\n\r?\n", data)
    if end is None:
        return data
    head, rest = data[: end.start()], data[end.start() :]
    lines = re.split(rb"(\r?\n)", head)
    fixed = [lines[0]]
    for index in range(2, len(lines), 2):
        line = lines[index]
        if line and not line[:1].isspace() and not _HEADER_LINE.match(line):
            line = b" " + line  # a continuation the writer forgot to fold
        fixed.extend((lines[index - 1], line))
    return b"".join(fixed) + rest


def read_mhtml(data: bytes, name: str) -> HtmlContent:
    """A page saved as a single file (MHTML, "Webpage, single file"): its HTML part, read as a page."""
    try:
        message = email.message_from_bytes(unfold_headers(data), policy=email.policy.default)
        page = next((part for part in message.walk() if part.get_content_type() == "text/html"), None)
        lost = {type(defect).__name__ for defect in message.defects}
        if page is None and lost & {"StartBoundaryNotFoundDefect", "NoBoundaryInMultipartDefect"}:
            raise refuse(
                name,
                "the saved page (MHTML) is damaged: its parts cannot be found (the boundary between them is "
                "missing or does not match the one its header names).",
            )
        if page is None:
            raise refuse(name, msg("the saved page (MHTML) holds no HTML part."))
        payload = page.get_payload(decode=True) or b""
        charset = page.get_content_charset()
    except (ValueError, LookupError, TypeError, IndexError) as exc:
        raise refuse(name, msg("the saved page (MHTML) is damaged.")) from exc
    limits.check_size(payload, name, limits.MAX_HTML_BYTES)
    decoded = decode(payload, name, declared=charset)
    url = str(message.get("Snapshot-Content-Location") or page.get("Content-Location") or "")
    content = read_html_text(decoded.text, name, encoding=decoded.encoding, url=url.strip())
    content.warnings[:0] = list(decoded.warnings)
    return content


def read_fragment(html: str) -> TextBuilder:
    """A rich-text paste: every block of the fragment (nothing is dropped as page chrome)."""
    root = _tree(f"<html><body>{html}</body></html>" if "<body" not in html.lower() else html, "The pasted text")
    body = root.find("body")
    builder = TextBuilder()
    fragment_blocks(body if body is not None else root, builder, drop_chrome=False)
    return builder
