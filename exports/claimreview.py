"""ClaimReview out: schema.org ClaimReview JSON-LD for a claim, a report or the whole workspace,
and the lint that checks it against the rules in docs (../shared/docs/CLAIMREVIEW.md §3, §4, §9).

No Qt. The claims are read in a few queries, whatever their number.

The rating scale is mapped as Google requires: `alternateName` is the verdict in words (the
rating's label, in the claim's language where the scale has it); numbers are written only when
the rating sits on the scale (`value` ≥ 1) and the scale's numbered ratings span at least two
values, so `worstRating` ≥ 1 and `bestRating` > `worstRating`, higher meaning truer. A rating
off the scale (value 0, such as "Unproven") carries no number.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from sqlmodel import Session, col, select

from app.clock import utcnow
from app.errors import NotFound
from app.messages import msg
from app.models import Actor, Claim, Rating, Report, Source
from app.services import publication, reports
from app.services.catalog import label_in
from app.workspace import Workspace

CONTEXT = "https://schema.org"
#: Google's advice for claimReviewed ("try to keep this less than 75 characters")
SHORT_CLAIM = 75
_CHUNK = 900

ERROR, WARNING = "error", "warning"


@dataclass(frozen=True)
class Problem:
    level: str  # ERROR or WARNING
    where: str  # "claim 3 (“The weapons…”)" or "item 2"
    message: str

    def describe(self) -> str:
        return f"{self.level}: {self.where}: {self.message}"


@dataclass
class Export:
    """ClaimReview items, with the claim each came from (for messages and the lint)."""

    items: list[dict[str, Any]] = field(default_factory=list)
    claim_ids: list[int] = field(default_factory=list)
    names: list[str] = field(default_factory=list)  # "claim 3 (“…”)", one per item

    def json_text(self, *, single: bool = False) -> str:
        """One object when `single` (one claim, for a page or a CMS), else a JSON array."""
        if single and len(self.items) == 1:
            return json.dumps(self.items[0], ensure_ascii=False, indent=2) + "\n"
        if not self.items:
            return "[]\n"
        # one item a line: json's C encoder (indent= falls back to the pure-Python one, 5× slower)
        return "[\n" + ",\n".join(json.dumps(item, ensure_ascii=False) for item in self.items) + "\n]\n"

    def lint(self, today: date | None = None) -> list[Problem]:
        return lint(self.items, self.names, today=today)


def claim_name(claim_id: int, text: str) -> str:
    words = " ".join(text.split())
    short = words if len(words) <= 50 else words[:49].rstrip() + "…"
    return msg("claim {id} (“{text}”)", id=str(claim_id), text=short)


def build(
    ws: Workspace, *, claim_id: int | None = None, report_id: int | None = None, claim_ids: list[int] | None = None
) -> Export:
    """ClaimReview for one claim, a report's claims, given claims, or every claim with a verdict."""
    with ws.reading() as session:
        if claim_id is not None:
            if session.get(Claim, claim_id) is None:
                raise NotFound(msg("There is no claim {id} in this workspace.", id=str(claim_id)))
            ids = [claim_id]
        elif report_id is not None:
            report = session.get(Report, report_id)
            if report is None:
                raise NotFound(msg("There is no report {id} in this workspace.", id=str(report_id)))
            ids = reports.report_claim_ids(session, report)
        elif claim_ids is not None:
            ids = list(claim_ids)
        else:
            ids = list(session.exec(select(Claim.id).where(col(Claim.rating_id).is_not(None)).order_by(Claim.id)))
        return _build(session, ids)


def _build(session: Session, ids: list[int]) -> Export:
    org = publication.read_organisation(session)
    author = _organisation(org)
    claims: dict[int, Any] = {}
    for chunk in _chunks(ids):
        for claim in session.exec(select(*_CLAIM_COLUMNS).where(col(Claim.id).in_(chunk))):
            claims[claim.id] = claim
    source_ids = {c.source_id for c in claims.values()}
    actor_ids = {c.claimant_id for c in claims.values() if c.claimant_id is not None}
    sources = {s.id: s for chunk in _chunks(list(source_ids)) for s in session.exec(
        select(Source.id, Source.url, Source.published, Source.language).where(col(Source.id).in_(chunk)))}  # fmt: skip
    actors = {a.id: a for chunk in _chunks(list(actor_ids)) for a in session.exec(
        select(Actor.id, Actor.name, Actor.same_as).where(col(Actor.id).in_(chunk)))}  # fmt: skip
    ratings = {r.id: r for r in session.exec(select(Rating))}
    bounds = _scale_bounds(ratings.values())
    out = Export()
    for claim_id in ids:
        claim = claims.get(claim_id)
        if claim is None:
            continue
        source = sources[claim.source_id]
        rating = ratings.get(claim.rating_id) if claim.rating_id is not None else None
        out.items.append(
            _item(claim, source, actors.get(claim.claimant_id), rating, bounds.get(rating.scale_id) if rating else None,
                  author)
        )  # fmt: skip
        out.claim_ids.append(claim_id)
        out.names.append(claim_name(claim_id, claim.statement or claim.quote))
    return out


#: what an item is made of: plain rows, not ORM objects (a third of the time for 10,000 claims)
_CLAIM_COLUMNS = (
    Claim.id, Claim.source_id, Claim.quote, Claim.statement, Claim.claimant_id, Claim.claimed_on,
    Claim.rating_id, Claim.summary, Claim.updated_at, Claim.review_url, Claim.appearance_url, Claim.appearance_date,
)  # fmt: skip


def _chunks(ids: list[int]) -> list[list[int]]:
    return [ids[i : i + _CHUNK] for i in range(0, len(ids), _CHUNK)]


def _scale_bounds(ratings: Any) -> dict[int, tuple[int, int]]:
    """Per scale, (worst, best) of its numbered ratings, when they make a usable scale."""
    values: dict[int, set[int]] = defaultdict(set)
    for r in ratings:
        if r.value >= 1:
            values[r.scale_id].add(r.value)
    return {scale: (min(v), max(v)) for scale, v in values.items() if max(v) > min(v)}


def _organisation(org: publication.Organisation) -> dict[str, Any] | None:
    if not (org.name or org.url):
        return None
    node: dict[str, Any] = {"@type": "Organization"}
    if org.name:
        node["name"] = org.name
    if org.url:
        node["url"] = org.url
    if org.logo:
        node["logo"] = org.logo
    return node


def _item(
    claim: Any, source: Any, actor: Any, rating: Rating | None,
    bounds: tuple[int, int] | None, author: dict[str, Any] | None,
) -> dict[str, Any]:  # fmt: skip
    language = (source.language or "").strip()
    item: dict[str, Any] = {"@context": CONTEXT, "@type": "ClaimReview"}
    if claim.review_url:
        item["url"] = claim.review_url
    item["claimReviewed"] = " ".join((claim.statement or claim.quote).split())
    item["datePublished"] = claim.updated_at.date().isoformat()
    if language:
        item["inLanguage"] = language
    if author is not None:
        item["author"] = author
    reviewed: dict[str, Any] = {"@type": "Claim"}
    if actor is not None:
        person: dict[str, Any] = {"@type": "Person", "name": actor.name}
        links = publication.same_as_list(actor.same_as)
        if links:
            person["sameAs"] = links if len(links) > 1 else links[0]
        reviewed["author"] = person
    if claim.claimed_on is not None:
        reviewed["datePublished"] = claim.claimed_on.isoformat()
    appearance_url = claim.appearance_url or (source.url if _absolute(source.url) else "")
    if appearance_url:
        appearance: dict[str, Any] = {"@type": "CreativeWork", "url": appearance_url}
        when = claim.appearance_date or (source.published if not claim.appearance_url else None)
        if when is not None:
            appearance["datePublished"] = when.isoformat()
        reviewed["appearance"] = appearance
    item["itemReviewed"] = reviewed
    if rating is not None:
        words = label_in(rating.label, rating.label_uk, "uk" if language.lower().startswith("uk") else "en")
        node: dict[str, Any] = {"@type": "Rating", "alternateName": words}
        if bounds is not None and rating.value >= 1:
            node |= {"ratingValue": rating.value, "bestRating": bounds[1], "worstRating": bounds[0]}
        if claim.summary:
            node["ratingExplanation"] = claim.summary
        item["reviewRating"] = node
    return item


# -- lint ------------------------------------------------------------------------------------------


@lru_cache(maxsize=256)
def _absolute_text(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and "." in parts.netloc


def _absolute(url: Any) -> bool:
    if not isinstance(url, str) or url != url.strip() or " " in url:
        return False
    if url.startswith(("https://", "http://")):  # the usual case, without parsing
        host = url.split("/", 3)[2]
        return "." in host and not any(c in host for c in "@\\?#")
    return _absolute_text(url)


@lru_cache(maxsize=256)
def _host(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return host[4:] if host.startswith("www.") else host


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str) and re.fullmatch(r"-?\d+(\.\d+)?", value.strip()):
        return float(value)
    return None


_ISO = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?")


def _iso_date(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10]) if _ISO.fullmatch(value) else None
    except ValueError:
        return None


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _nodes(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [] if value is None else [value]


def lint(items: list[dict[str, Any]], names: list[str] | None = None, *, today: date | None = None) -> list[Problem]:
    """Every rule of the spec, each problem with the claim (or item) named. Errors block publication."""
    today = today or utcnow().date()
    problems: list[Problem] = []
    urls: dict[str, str] = {}
    for index, item in enumerate(items):
        where = names[index] if names else msg("item {n}", n=index + 1)
        found = _lint_item(item, today)
        problems += [Problem(level, where, message) for level, message in found]
        url = item.get("url") if isinstance(item, dict) else None
        if isinstance(url, str) and url:
            if url in urls:
                problems.append(Problem(ERROR, where, msg(
                    "the fact-check URL {url} is also that of {other}; each claim needs its own page",
                    url=url, other=urls[url])))  # fmt: skip
            else:
                urls[url] = where
    return problems


def _lint_item(item: Any, today: date) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def error(text: str) -> None:
        out.append((ERROR, text))

    def warn(text: str) -> None:
        out.append((WARNING, text))

    if not isinstance(item, dict):
        return [(ERROR, msg("not a JSON object"))]
    if item.get("@context") not in (CONTEXT, "http://schema.org", CONTEXT + "/"):
        error(msg('"@context" must be "https://schema.org"'))
    if item.get("@type") != "ClaimReview":
        error(msg('"@type" must be "ClaimReview"'))
    reviewed_text = item.get("claimReviewed")
    if not isinstance(reviewed_text, str) or not reviewed_text.strip():
        error(msg("no claimReviewed: the claim has neither a statement nor a quote"))
        reviewed_text = ""
    elif len(reviewed_text) > SHORT_CLAIM:
        warn(msg("claimReviewed is {n} characters; Google advises under {limit}: shorten the statement",
                 n=len(reviewed_text), limit=SHORT_CLAIM))  # fmt: skip
    rating = item.get("reviewRating")
    words = ""
    if not isinstance(rating, dict):
        error(msg("no verdict: give the claim a rating"))
    else:
        words = rating.get("alternateName") or rating.get("name") or ""
        if not isinstance(words, str) or not words.strip():
            error(msg("the verdict has no words (alternateName)"))
            words = ""
        elif len(words.split()) > 5:
            warn(msg("the verdict “{words}” is more than five words; search shows only its beginning", words=words))
        out += _lint_numbers(rating)
    if words and reviewed_text:
        verdict, claim_words = _words(words), _words(reviewed_text)
        if verdict and f" {' '.join(verdict)} " in f" {' '.join(claim_words)} ":
            warn(msg("claimReviewed contains the verdict's words (“{words}”); state the claim, not the verdict",
                     words=words))  # fmt: skip
    url = item.get("url")
    if url in (None, ""):
        error(msg("no fact-check URL: give the claim the address of its published fact-check"))
    elif not _absolute(url):
        error(msg("the fact-check URL {url} is not an absolute http(s) address", url=json.dumps(url)))
    author = item.get("author")
    if author is None:
        warn(msg("no author: set the organisation in Workspace Settings"))
    elif isinstance(author, dict):
        if not (author.get("name") or author.get("url")):
            error(msg("the author (the organisation) has neither a name nor a URL"))
        home = author.get("url")
        if _absolute(url) and _absolute(home):
            site, page = _host(home), _host(url)
            if page != site and not page.endswith("." + site):
                error(msg("the fact-check URL {url} is not on the organisation's site ({site})", url=url, site=site))
    published = item.get("datePublished")
    if published in (None, ""):
        warn(msg("no datePublished"))
    else:
        out += _lint_date(published, "datePublished", today)
    claim = item.get("itemReviewed")
    if claim is None:
        warn(msg("no itemReviewed (the claim: who made it, where it appeared)"))
    elif isinstance(claim, dict):
        if claim.get("@type") == "CreativeWork":
            warn(msg("itemReviewed is a CreativeWork (legacy); use Claim"))
        for person in _nodes(claim.get("author")):
            if not isinstance(person, dict) or not str(person.get("name") or "").strip():
                error(msg("the claimant (itemReviewed.author) has no name"))
        if claim.get("datePublished") not in (None, ""):
            out += _lint_date(claim["datePublished"], "itemReviewed.datePublished", today)
        appearances = _nodes(claim.get("appearance")) + _nodes(claim.get("firstAppearance"))
        if not appearances:
            warn(msg("no appearance: give the URL where the claim appeared"))
        for node in appearances:
            link = node.get("url") if isinstance(node, dict) else node
            if not _absolute(link):
                error(msg("the appearance {url} is not an absolute http(s) address", url=json.dumps(link)))
            if isinstance(node, dict) and node.get("datePublished") not in (None, ""):
                out += _lint_date(node["datePublished"], "appearance.datePublished", today)
    return out


def _lint_numbers(rating: dict[str, Any]) -> list[tuple[str, str]]:
    keys = ("ratingValue", "bestRating", "worstRating")
    given = {key: rating.get(key) for key in keys if rating.get(key) not in (None, "")}
    if not given:
        return []
    numbers = {key: _number(value) for key, value in given.items()}
    bad = [key for key, value in numbers.items() if value is None]
    if bad:
        return [(ERROR, msg("{keys} must be numbers", keys=", ".join(bad)))]
    if len(given) < 3:
        missing = ", ".join(key for key in keys if key not in given)
        return [(ERROR, msg("a numeric verdict needs all three numbers; {keys} missing", keys=missing))]
    value, best, worst = numbers["ratingValue"], numbers["bestRating"], numbers["worstRating"]
    if worst < 1:
        return [(ERROR, msg("worstRating is {n}; it must be 1 or more", n=_show(worst)))]
    if best <= worst:
        return [(ERROR, msg("the scale is reversed or empty: bestRating {best} is not above worstRating {worst}",
                            best=_show(best), worst=_show(worst)))]  # fmt: skip
    if not worst <= value <= best:
        return [(ERROR, msg("ratingValue {n} is outside the scale {worst}–{best}",
                            n=_show(value), worst=_show(worst), best=_show(best)))]  # fmt: skip
    return []


def _show(number: float) -> str:
    return f"{number:g}"


def _lint_date(value: Any, key: str, today: date) -> list[tuple[str, str]]:
    found = _iso_date(value)
    if found is None:
        return [(WARNING, msg("{key} {value} is not an ISO 8601 date", key=key, value=json.dumps(value)))]
    if found > today + timedelta(days=1):
        return [(ERROR, msg("{key} {value} is in the future", key=key, value=value))]
    return []
