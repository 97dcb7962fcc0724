"""Sources: the documents claims are found in."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func
from sqlmodel import select

from app.anchoring import relocate
from app.changes import CLAIM, SOURCE, Changes
from app.clock import utcnow
from app.errors import ValidationError
from app.messages import msg
from app.models import Claim, Rating, Source, SourceKind
from app.services import claims as claim_service
from app.services._common import apply, clean_choice, clean_date, clean_text, columns, fetch, storable
from app.workspace import Workspace

MAX_TEXT_CHARS = 20_000_000
EDITABLE = ("title", "kind", "outlet", "author", "url", "published", "language")


def normalise_text(text: str) -> str:
    """Line endings as \\n and surrogates as U+FFFD (`storable`); nothing else is touched
    (claims point into this exact text)."""
    return storable(text.replace("\r\n", "\n").replace("\r", "\n"))


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    cleaned: dict[str, Any] = {}
    for name, value in values.items():
        if name == "title":
            cleaned[name] = clean_text(value, msg("The title"), required=True, limit=1000)
        elif name == "kind":
            cleaned[name] = clean_choice(value, msg("The kind of source"), SourceKind)
        elif name == "published":
            cleaned[name] = clean_date(value, msg("The publication date"))
        elif name in ("outlet", "author", "url", "language"):
            cleaned[name] = clean_text(value, f"The {name}", limit=2000)
        else:
            raise ValidationError(msg("A source has no field “{name}”.", name=name))
    return cleaned


def create_source(ws: Workspace, *, title: str, text: str, **fields: Any) -> Changes:
    values = _clean({"title": title, **fields})
    if not isinstance(text, str) or not text.strip():
        raise ValidationError(msg("The source's text is empty: paste or type the text to check."))
    if len(text) > MAX_TEXT_CHARS:
        raise ValidationError(msg(
            "The text is longer than {limit} characters.",
            limit=MAX_TEXT_CHARS,
        ))
    with ws.writing() as session:
        source = Source(text=normalise_text(text), **values)
        session.add(source)
        session.flush()
        return Changes(subject=source.id).create(SOURCE, source.id)


def update_source(ws: Workspace, source_id: int, **fields: Any) -> Changes:
    values = _clean(fields)
    with ws.writing() as session:
        source = fetch(session, Source, source_id, "source")
        previous = apply(source, values)
        if previous:
            source.updated_at = utcnow()
        return Changes(subject=source_id, previous=previous).update(SOURCE, source_id)


@dataclass(frozen=True)
class SourceSnapshot:
    """A deleted source with its claims, enough to put all of it back under the same ids."""

    row: dict[str, Any]
    claims: tuple[claim_service.ClaimSnapshot, ...]


def delete_source(ws: Workspace, source_id: int) -> Changes:
    """Delete a source and, with it, its claims. `previous["snapshot"]` restores both."""
    with ws.writing() as session:
        source = fetch(session, Source, source_id, "source")
        claim_ids = session.exec(select(Claim.id).where(Claim.source_id == source_id).order_by(Claim.id)).all()
        snapshot = SourceSnapshot(
            row=columns(source), claims=tuple(claim_service.snapshots(session, list(claim_ids)))
        )
        session.delete(source)
        changes = Changes(subject=source_id, previous={"snapshot": snapshot})
        return changes.delete(SOURCE, source_id).delete(CLAIM, *claim_ids)


def restore_source(ws: Workspace, snapshot: SourceSnapshot) -> Changes:
    with ws.writing() as session:
        session.add(Source(**snapshot.row))
        session.flush()
        changes = Changes(subject=snapshot.row["id"]).create(SOURCE, snapshot.row["id"])
        return changes.merge(claim_service.put_back_all(session, list(snapshot.claims)))


def get_source(ws: Workspace, source_id: int) -> Source:
    with ws.reading() as session:
        return fetch(session, Source, source_id, "source")


@dataclass(frozen=True)
class SourceRow:
    id: int
    title: str
    outlet: str
    published: Any
    claims: int


def list_sources(ws: Workspace) -> list[SourceRow]:
    with ws.reading() as session:
        counts = select(Claim.source_id, func.count(Claim.id).label("n")).group_by(Claim.source_id).subquery()
        rows = session.exec(
            select(Source.id, Source.title, Source.outlet, Source.published, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.source_id == Source.id)
            .order_by(Source.created_at.desc(), Source.id.desc())
        )
        return [SourceRow(*row) for row in rows]


def source_ids(ws: Workspace) -> list[int]:
    """Every source's id, newest first: the source picker's order, read from the
    `ix_source_listing` index alone (none of the texts is touched)."""
    with ws.reading() as session:
        return list(session.exec(select(Source.id).order_by(Source.created_at.desc(), Source.id.desc())))


def source_labels(ws: Workspace, ids: list[int]) -> dict[int, tuple[str, str]]:
    """(title, outlet) of the sources `ids`, for a page of the picker."""
    with ws.reading() as session:
        rows = session.exec(select(Source.id, Source.title, Source.outlet).where(Source.id.in_(ids)))
        return {source_id: (title, outlet) for source_id, title, outlet in rows}


def claim_count(ws: Workspace, source_id: int) -> int:
    with ws.reading() as session:
        return session.exec(select(func.count(Claim.id)).where(Claim.source_id == source_id)).one()


@dataclass(frozen=True)
class Span:
    claim_id: int
    start: int
    end: int
    colour: str | None


def claim_spans(ws: Workspace, source_id: int, *, text: str | None = None) -> list[Span]:
    """Every claim's span in a source, with its rating colour, for the source pane's marks.

    A span whose stored offsets no longer hold its quote is found again by its quote and the
    text around it (TextQuoteSelector); a quote that is gone from the text is left unmarked.
    `text` is the source's text when the caller has it at hand (it is not read again).
    """
    with ws.reading() as session:
        if text is None:
            text = session.exec(select(Source.text).where(Source.id == source_id)).one_or_none() or ""
        rows = session.exec(
            select(Claim.id, Claim.start, Claim.end, Rating.colour, Claim.quote, Claim.prefix, Claim.suffix)
            .outerjoin(Rating, Rating.id == Claim.rating_id)
            .where(Claim.source_id == source_id)
            .order_by(Claim.start)
        )
        spans = []
        for claim_id, start, end, colour, quote, prefix, suffix in rows:
            if text[start:end] != quote:
                found = relocate(text, quote, prefix, suffix, start)
                if found is None:
                    continue
                start, end = found
            spans.append(Span(claim_id, start, end, colour))
        return spans
