"""What a published fact-check needs (ClaimReview): the organisation that publishes it, a
claimant's `sameAs` links, and other fact-checkers' verdicts on a claim (external verdicts).

A claim's own publication fields (review URL, appearance URL and date) are edited through
`claims.update_claim` like its other fields."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import delete
from sqlmodel import Session, col, select

from app.changes import ACTOR, CLAIM, Changes
from app.errors import ValidationError
from app.messages import msg
from app.models import Actor, ExternalVerdict, WorkspaceSetting
from app.services._common import clean_text, fetch
from app.workspace import Workspace

ORG_KEYS = {"name": "org_name", "url": "org_url", "logo": "org_logo"}
#: ids per `IN (…)` list, below SQLite's limit of bound parameters
_CHUNK = 900


@dataclass(frozen=True)
class Organisation:
    name: str = ""
    url: str = ""
    logo: str = ""

    @property
    def empty(self) -> bool:
        return not (self.name or self.url or self.logo)


def web_url(value: Any, field: str) -> str:
    """An absolute http(s) address, or "" for none; anything else is refused with `field` named."""
    url = clean_text(value, field, limit=4000)
    if not url:
        return ""
    if url.lower().startswith(("http://", "https://")) and " " not in url and "." in url.split("/")[2:3][0]:
        return url
    raise ValidationError(msg("{field}: “{url}” is not a web address (https://…).", field=field, url=url))


def read_organisation(session: Session) -> Organisation:
    values = {row.key: row.value for row in session.exec(select(WorkspaceSetting))}
    return Organisation(**{name: values.get(key, "") for name, key in ORG_KEYS.items()})


def organisation(ws: Workspace) -> Organisation:
    with ws.reading() as session:
        return read_organisation(session)


def clean_organisation(name: Any = "", url: Any = "", logo: Any = "") -> Organisation:
    return Organisation(
        name=" ".join(clean_text(name, msg("The organisation's name"), limit=300).split()),
        url=web_url(url, msg("The organisation's web address")),
        logo=web_url(logo, msg("The organisation's logo")),
    )


def write_organisation(session: Session, org: Organisation, *, only_empty: bool = False) -> Organisation:
    """Store `org`; with `only_empty`, only the parts the workspace leaves empty. Returns the old one."""
    old = read_organisation(session)
    for name, key in ORG_KEYS.items():
        value = getattr(org, name)
        if only_empty and (getattr(old, name) or not value):
            continue
        row = session.get(WorkspaceSetting, key)
        if row is None:
            session.add(WorkspaceSetting(key=key, value=value))
        else:
            row.value = value
    return old


def set_organisation(ws: Workspace, name: str = "", url: str = "", logo: str = "") -> Changes:
    """Set the organisation that publishes the fact-checks; `previous` holds the old one for undo."""
    org = clean_organisation(name, url, logo)
    with ws.writing() as session:
        old = write_organisation(session, org)
    return Changes(previous={"name": old.name, "url": old.url, "logo": old.logo})


def same_as_list(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def clean_same_as(values: Any, field: str) -> str:
    if isinstance(values, str):
        values = same_as_list(values)
    if not isinstance(values, list):
        raise ValidationError(msg("{field} must be a list of web addresses.", field=field))
    return "\n".join(dict.fromkeys(web_url(v, field) for v in values if v not in (None, "")))


def set_same_as(ws: Workspace, actor_id: int, urls: list[str] | str) -> Changes:
    """A claimant's `sameAs` links (home page, Wikipedia, Wikidata)."""
    value = clean_same_as(urls, msg("The claimant's links"))
    with ws.writing() as session:
        actor = fetch(session, Actor, actor_id, "claimant")
        previous = {"same_as": actor.same_as}
        actor.same_as = value
    return Changes(subject=actor_id, previous=previous).update(ACTOR, actor_id)


@dataclass(frozen=True)
class External:
    """Another fact-checker's verdict on a claim."""

    publisher: str
    rating: str
    url: str
    reviewed_on: date | None
    language: str

    def as_json(self) -> dict[str, Any]:
        return {
            "publisher": self.publisher,
            "rating": self.rating,
            "url": self.url,
            "date": self.reviewed_on.isoformat() if self.reviewed_on else None,
            "language": self.language,
        }


def read_external(session: Session, claim_ids: list[int] | None = None) -> dict[int, list[External]]:
    """External verdicts by claim id (all, or of `claim_ids`), in the order they were added."""
    found: dict[int, list[External]] = defaultdict(list)
    query = select(ExternalVerdict).order_by(ExternalVerdict.claim_id, ExternalVerdict.id)
    chunks = [None] if claim_ids is None else [claim_ids[i : i + _CHUNK] for i in range(0, len(claim_ids), _CHUNK)]
    for chunk in chunks:
        q = query if chunk is None else query.where(col(ExternalVerdict.claim_id).in_(chunk))
        for row in session.exec(q):
            found[row.claim_id].append(External(row.publisher, row.rating, row.url, row.reviewed_on, row.language))
    return found


def external_verdicts(ws: Workspace, claim_ids: list[int]) -> dict[int, list[External]]:
    with ws.reading() as session:
        return read_external(session, claim_ids)


def external_rows(claim_id: int, verdicts: list[External]) -> list[dict[str, Any]]:
    return [
        {"claim_id": claim_id, "publisher": v.publisher, "rating": v.rating, "url": v.url,
         "reviewed_on": v.reviewed_on, "language": v.language}
        for v in verdicts
    ]  # fmt: skip


def remove_external(ws: Workspace, claim_id: int) -> Changes:
    with ws.writing() as session:
        session.exec(delete(ExternalVerdict).where(col(ExternalVerdict.claim_id) == claim_id))
    return Changes(subject=claim_id).update(CLAIM, claim_id)
