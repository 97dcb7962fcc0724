"""ClaimReview in: other fact-checkers' verdicts, recognised by content and read defensively.

`read(data, name)` recognises a ClaimReview JSON-LD object, an array or `@graph` of them, a
schema.org DataFeed (`dataFeedElement[].item`), a saved web page with JSON-LD blocks, and a Fact
Check Tools API `claims:search` response. It returns None when the bytes hold none of these (the
file is then read as an ordinary document), a `Parsed` with the items taken and, item by item,
what was dropped and why; or refuses (ValidationError naming the file) when the file is one of
these shapes but no item in it can be taken.

Real files are messy (../shared/docs/CLAIMREVIEW.md §9): dates not in ISO 8601, numbers as
strings, empty strings, `appearance` as a string, an object, an array or a URL split in pieces,
reversed or negative scales, sentence-long verdicts. What is sound is taken; a number is never
invented (the verdict is kept in words only, as the API gives it); markup in a text is removed
and said so. No Qt, nothing written here (app.services.claimreview_import writes).
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

from app.intake.limits import refuse
from app.messages import msg

#: files larger than this are not looked at as ClaimReview (they are read as documents, or refused there)
MAX_BYTES = 64 * 1024 * 1024
MAX_TEXT = 5000  # a claim's text
MAX_VERDICT = 300  # a verdict in words; a longer one is cut, and said so
MAX_NODES = 200_000

_SCHEMA = re.compile(r"^(https?://schema\.org/|schema:)", re.I)
_LD_BLOCK = re.compile(
    r"<script\b[^>]*\btype\s*=\s*[\"']?application/ld\+json[\"']?[^>]*>(.*?)</script\s*>", re.I | re.S
)
_SCRIPT = re.compile(r"<\s*(script|style)\b.*?(</\s*\1\s*>|$)", re.I | re.S)
_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>")
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?")
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


@dataclass
class Verdict:
    publisher: str
    rating: str
    url: str
    reviewed_on: date | None
    language: str


@dataclass
class Item:
    """One claim to add, with the verdicts other fact-checkers gave it."""

    text: str
    claimant: str = ""
    claimant_same_as: list[str] = field(default_factory=list)
    claimed_on: date | None = None
    appearance_url: str = ""
    appearance_date: date | None = None
    verdicts: list[Verdict] = field(default_factory=list)


@dataclass
class Parsed:
    name: str
    kind: str  # what the file was recognised as
    data: bytes
    items: list[Item] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # per item: what was dropped and why; items refused

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


class _Refused(Exception):
    """An item that cannot be taken, with the reason."""


# -- recognising ---------------------------------------------------------------------------------


def read(data: bytes, name: str) -> Parsed | None:
    """The ClaimReview items in `data`, or None if it holds no ClaimReview-like content."""
    if len(data) > MAX_BYTES:
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    start = text.lstrip()[:1]
    if start in ("{", "["):
        try:
            root = json.loads(text)
        except (ValueError, RecursionError):
            return None
        return _from_roots([root], name, data, kind=None)
    if "ld+json" in text.lower() and start == "<":
        roots, notes = [], []
        for number, block in enumerate(_LD_BLOCK.findall(text), 1):
            try:
                roots.append(json.loads(html.unescape(block) if "&quot;" in block else block))
            except (ValueError, RecursionError):
                notes.append(msg("JSON-LD block {n} of the page is not valid JSON: skipped.", n=number))
        parsed = _from_roots(roots, name, data, kind=msg("a web page with ClaimReview"))
        if parsed is not None:
            parsed.notes[:0] = notes
        return parsed
    return None


def _from_roots(roots: list[Any], name: str, data: bytes, kind: str | None) -> Parsed | None:
    api = [r for r in roots if isinstance(r, dict) and isinstance(r.get("claims"), list) and _looks_like_api(r)]
    if api:
        parsed = Parsed(name, msg("a Fact Check Tools API response"), data)
        for root in api:
            for index, entry in enumerate(root["claims"], 1):
                _take(parsed, index, lambda e=entry: _api_item(e), _label_api(entry, index))
        return _finish(parsed)
    found: list[tuple[str, Any]] = []  # (where, node) of ClaimReview and MediaReview nodes
    feed = _walk(roots, found)
    if not found:
        return None
    reviews = [(where, node) for where, node in found if "ClaimReview" in _types(node)]
    parsed = Parsed(name, kind or (msg("a schema.org DataFeed") if feed else msg("ClaimReview JSON-LD")), data)
    for where, node in found:
        if "ClaimReview" not in _types(node):
            parsed.notes.append(msg("{where}: a MediaReview, not a ClaimReview: not imported.", where=where))
    for index, (where, node) in enumerate(reviews, 1):
        _take(parsed, index, lambda n=node: _review_item(n), where)
    return _finish(parsed)


def _finish(parsed: Parsed) -> Parsed:
    if not parsed.items:
        reasons = " ".join(str(n) for n in parsed.notes) or str(msg("it holds no ClaimReview."))
        raise refuse(parsed.name, msg("no claim in it could be taken ({kind}). {reasons}",
                                      kind=parsed.kind, reasons=reasons))  # fmt: skip
    return parsed


def _take(parsed: Parsed, index: int, make, where: str) -> None:
    notes: list[str] = []
    try:
        item, notes = make()
    except _Refused as exc:
        parsed.notes.append(msg("{where}: not imported: {reason}", where=where, reason=str(exc.args[0])))
        return
    except Exception as exc:  # never a traceback: an item that cannot be read is refused by name
        parsed.notes.append(msg("{where}: not imported: it could not be read ({error}).",
                                where=where, error=type(exc).__name__))  # fmt: skip
        return
    parsed.items.append(item)
    parsed.notes += [msg("{where}: {note}", where=where, note=note) for note in notes]


def _looks_like_api(root: dict[str, Any]) -> bool:
    return any(isinstance(c, dict) and ("claimReview" in c or "text" in c) for c in root["claims"]) and not _types(root)


def _types(node: Any) -> set[str]:
    if not isinstance(node, dict):
        return set()
    value = node.get("@type", node.get("type"))
    values = value if isinstance(value, list) else [value]
    return {_SCHEMA.sub("", v).strip() for v in values if isinstance(v, str)}


def _walk(roots: list[Any], found: list[tuple[str, Any]]) -> bool:
    """Collect ClaimReview and MediaReview nodes (with where they are); True if a DataFeed was seen."""
    feed = False
    stack: list[tuple[Any, str]] = [(r, msg("item")) for r in reversed(roots)]
    seen = 0
    while stack and seen < MAX_NODES:
        node, where = stack.pop()
        seen += 1
        if isinstance(node, list):
            stack += [(n, where) for n in reversed(node)]
            continue
        if not isinstance(node, dict):
            continue
        kinds = _types(node)
        if "ClaimReview" in kinds or "MediaReview" in kinds:
            found.append((msg("item {n}", n=len(found) + 1), node))
            nested = node.get("associatedClaimReview")
            if nested is not None and "MediaReview" in kinds:
                stack.append((nested, where))
            continue
        if "DataFeed" in kinds:
            feed = True
            for element in _list(node.get("dataFeedElement")):
                if isinstance(element, dict):
                    stack.append((element.get("item"), where))  # `item` may be null
            continue
        for key in ("@graph", "mainEntity", "hasPart", "itemListElement", "item"):
            if key in node:
                stack.append((node[key], where))
    return feed


# -- reading one item ----------------------------------------------------------------------------


def _review_item(node: dict[str, Any]) -> tuple[Item, list[str]]:
    notes: list[str] = []
    claim = _first_dict(node.get("itemReviewed"))
    text = _text(node.get("claimReviewed"), "claimReviewed", notes, MAX_TEXT)
    if not text and claim is not None:
        text = _text(claim.get("text") or claim.get("name"), "itemReviewed", notes, MAX_TEXT)
    if not text:
        raise _Refused(msg("it has no claimReviewed (the claim's words)."))
    rating = _first_dict(node.get("reviewRating"))
    if rating is None:
        raise _Refused(msg("it has no reviewRating (no verdict)."))
    words = _text(rating.get("alternateName"), "alternateName", notes, None) or _text(
        rating.get("name"), "reviewRating.name", notes, None
    )
    _check_numbers(rating, notes)
    if not words:
        raise _Refused(msg("its verdict has no words (alternateName); Factdesk does not turn numbers into words."))
    if len(words) > MAX_VERDICT:
        notes.append(msg("the verdict was {n} characters long; its first {limit} were kept.",
                         n=len(words), limit=MAX_VERDICT))  # fmt: skip
        words = words[:MAX_VERDICT].rstrip() + "…"
    url = _url(node.get("url"), "url", notes)
    author = _first_dict(node.get("author")) or _first_dict(node.get("publisher"))
    publisher = _text(author.get("name"), "author.name", notes, 300) if author else ""
    if not publisher and isinstance(node.get("author"), str):
        publisher = _text(node["author"], "author", notes, 300)
    if not publisher and author:
        home = _url(author.get("url"), "author.url", notes)
        publisher = _host(home)
    if not publisher and url:
        publisher = _host(url)
    verdict = Verdict(
        publisher=publisher,
        rating=words,
        url=url,
        reviewed_on=_date(node.get("datePublished"), "datePublished", notes),
        language=_language(node.get("inLanguage"), notes),
    )
    item = Item(text=text, verdicts=[verdict])
    if claim is not None:
        person = _first_dict(claim.get("author"))
        if person is not None:
            item.claimant = _text(person.get("name"), "itemReviewed.author.name", notes, 300)
            item.claimant_same_as = [u for u in (_url(v, "sameAs", notes) for v in _list(person.get("sameAs"))) if u]
        elif isinstance(claim.get("author"), str):
            item.claimant = _text(claim["author"], "itemReviewed.author", notes, 300)
        item.claimed_on = _date(claim.get("datePublished"), "itemReviewed.datePublished", notes)
        appearances = _appearances(claim.get("appearance"), notes) + _appearances(claim.get("firstAppearance"), notes)
        if appearances:
            item.appearance_url, item.appearance_date = appearances[0]
            if len(appearances) > 1:
                notes.append(msg("{n} more appearance(s) not kept (a claim keeps one): {urls}",
                                 n=len(appearances) - 1, urls=", ".join(u for u, _ in appearances[1:])))  # fmt: skip
    return item, notes


def _api_item(entry: Any) -> tuple[Item, list[str]]:
    if not isinstance(entry, dict):
        raise _Refused(msg("it is not an object."))
    notes: list[str] = []
    text = _text(entry.get("text"), "text", notes, MAX_TEXT)
    if not text:
        raise _Refused(msg("it has no text (the claim's words)."))
    item = Item(
        text=text,
        claimant=_text(entry.get("claimant"), "claimant", notes, 300),
        claimed_on=_date(entry.get("claimDate"), "claimDate", notes),
    )
    for i, review in enumerate(_list(entry.get("claimReview")), 1):
        if not isinstance(review, dict):
            notes.append(msg("review {n} is not an object: skipped.", n=i))
            continue
        words = _text(review.get("textualRating"), "textualRating", notes, None)
        url = _url(review.get("url"), "url", notes)
        if not words:
            notes.append(msg("review {n} has no textualRating: skipped.", n=i))
            continue
        if len(words) > MAX_VERDICT:
            notes.append(msg("the verdict was {n} characters long; its first {limit} were kept.",
                             n=len(words), limit=MAX_VERDICT))  # fmt: skip
            words = words[:MAX_VERDICT].rstrip() + "…"
        publisher = review.get("publisher") if isinstance(review.get("publisher"), dict) else {}
        name = _text(publisher.get("name"), "publisher.name", notes, 300) or _text(
            publisher.get("site"), "publisher.site", notes, 300
        )
        item.verdicts.append(
            Verdict(
                publisher=name or _host(url),
                rating=words,
                url=url,
                reviewed_on=_date(review.get("reviewDate"), "reviewDate", notes),
                language=_language(review.get("languageCode"), notes),
            )
        )
    if not item.verdicts:
        raise _Refused(msg("none of its reviews has a verdict (textualRating)."))
    return item, notes


def _label_api(entry: Any, index: int) -> str:
    text = entry.get("text") if isinstance(entry, dict) else None
    if isinstance(text, str) and text.strip():
        words = " ".join(text.split())
        return msg("claim {n} (“{text}”)", n=index, text=words if len(words) <= 40 else words[:39] + "…")
    return msg("claim {n}", n=index)


# -- values --------------------------------------------------------------------------------------


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [] if value is None else [value]


def _first_dict(value: Any) -> dict[str, Any] | None:
    return next((v for v in _list(value) if isinstance(v, dict)), None)


def _text(value: Any, key: str, notes: list[str], limit: int | None) -> str:
    """A text value as plain text: markup removed (and said so), white space collapsed."""
    if value is None:
        return ""
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and v.strip()), "")
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        notes.append(msg("{key} is not text: dropped.", key=key))
        return ""
    if "<" in value and (_SCRIPT.search(value) or _TAG.search(value)):
        had_script = bool(_SCRIPT.search(value))
        value = _TAG.sub(" ", _SCRIPT.sub(" ", value))
        notes.append(
            msg("{key} held a script; it was removed and the rest kept as plain text.", key=key)
            if had_script
            else msg("{key} held markup; it was kept as plain text.", key=key)
        )
    value = html.unescape(value) if "&" in value else value
    value = "".join(ch for ch in value if ch.isprintable() or ch in "\n\t")
    value = " ".join(value.split())
    if limit is not None and len(value) > limit:
        notes.append(msg("{key} was cut to {limit} characters.", key=key, limit=limit))
        value = value[:limit]
    return value


def _absolute(url: str) -> bool:
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:  # e.g. a bad port or bracketed host
        return False
    labels = host.split(".")
    return parts.scheme in ("http", "https") and len(labels) > 1 and all(labels) and not any(c.isspace() for c in url)


def _url(value: Any, key: str, notes: list[str]) -> str:
    if isinstance(value, dict):
        value = value.get("url") or value.get("@id")
    if value is None or value == "":
        return ""
    if not isinstance(value, str):
        notes.append(msg("{key} is not a web address: dropped.", key=key))
        return ""
    url = value.strip()
    if _absolute(url):
        if url != value:
            notes.append(msg("{key}: white space around the address removed.", key=key))
        return url
    notes.append(msg("{key} “{value}” is not an absolute http(s) address: dropped.", key=key, value=value[:200]))
    return ""


def _host(url: str) -> str:
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host[4:] if host.startswith("www.") else host


_DATE_FORMATS = ("%d/%m/%Y", "%d.%m.%Y", "%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d")


def _date(value: Any, key: str, notes: list[str]) -> date | None:
    """ISO 8601 dates and date-times, and the common non-ISO forms ("2022-02-11 11:40",
    "2017-03-01 20:30:17 UTC", "March 1, 2017"); anything else is dropped and said so."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        notes.append(msg("{key} is not a date: dropped.", key=key))
        return None
    text = value.strip()
    match = re.match(r"^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])", text)
    if match:
        try:
            found = date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            found = None
        if found is not None:
            if not _ISO.fullmatch(text):
                notes.append(msg("{key} “{value}” is not ISO 8601; read as {date}.", key=key, value=text,
                                 date=found.isoformat()))  # fmt: skip
            return found
    for pattern in _DATE_FORMATS:
        try:
            found = datetime.strptime(text, pattern).date()
        except ValueError:
            continue
        notes.append(msg("{key} “{value}” is not ISO 8601; read as {date}.", key=key, value=text,
                         date=found.isoformat()))  # fmt: skip
        return found
    notes.append(msg("{key} “{value}” is not a date Factdesk can read: dropped.", key=key, value=text[:100]))
    return None


def _language(value: Any, notes: list[str]) -> str:
    if isinstance(value, dict):
        value = value.get("alternateName") or value.get("name")
    if value in (None, ""):
        return ""
    if isinstance(value, str) and _LANGUAGE.match(value.strip()):
        return value.strip()
    notes.append(msg("the language {value} is not a language code: dropped.", value=json.dumps(value)[:60]))
    return ""


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str) and re.fullmatch(r"\s*-?\d+([.,]\d+)?\s*", value):
        return float(value.strip().replace(",", "."))
    return None


def _check_numbers(rating: dict[str, Any], notes: list[str]) -> None:
    """The numbers are not kept (the verdict is its words); a scale that makes no sense is said so."""
    given = {k: rating.get(k) for k in ("ratingValue", "bestRating", "worstRating") if rating.get(k) not in (None, "")}
    if not given:
        return
    numbers = {k: _number(v) for k, v in given.items()}
    bad = [k for k, v in numbers.items() if v is None]
    if bad:
        notes.append(msg("{keys} not a number; the numbers were ignored.", keys=", ".join(bad)))
        return
    worst, best = numbers.get("worstRating"), numbers.get("bestRating")
    if worst is not None and worst < 1:
        notes.append(msg("worstRating is {n} (below 1); the numbers were ignored.", n=f"{worst:g}"))
    elif worst is not None and best is not None and best <= worst:
        notes.append(msg("the scale is reversed (bestRating {best}, worstRating {worst}); the numbers were ignored.",
                         best=f"{best:g}", worst=f"{worst:g}"))  # fmt: skip


def _appearances(value: Any, notes: list[str]) -> list[tuple[str, date | None]]:
    """An appearance as a URL string, an object (url, contentUrl, @id), a list of those, or a URL
    split in pieces across a list of strings."""
    values = _list(value)
    if values and all(isinstance(v, str) for v in values) and len(values) > 1:
        joined = "".join(v.strip() for v in values)
        if not any(_absolute(v.strip()) for v in values) and _absolute(joined):
            notes.append(msg("the appearance was split in {n} pieces; they were joined.", n=len(values)))
            return [(joined, None)]
    found: list[tuple[str, date | None]] = []
    for v in values:
        if isinstance(v, dict):
            link = v.get("url") or v.get("contentUrl") or v.get("@id")
            url = _url(link, "appearance", notes)
            when = _date(v.get("datePublished") or v.get("uploadDate"), "appearance.datePublished", notes)
        else:
            url, when = _url(v, "appearance", notes), None
        if url:
            found.append((url, when))
    return found
