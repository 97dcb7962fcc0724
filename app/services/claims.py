"""Claims: marking them in a source, the verdict on each, and the audit trail of verdicts."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import case, func
from sqlmodel import Session, select

from app.anchoring import select as select_quote
from app.changes import ACTOR, CLAIM, LINK, TAG, Changes
from app.clock import utcnow
from app.errors import ValidationError
from app.models import (
    Actor,
    AuditEvent,
    Claim,
    ClaimEvidence,
    ClaimRelation,
    ClaimStatus,
    ClaimTag,
    Rating,
    Source,
)
from app.services import catalog
from app.services._common import apply, clean_choice, clean_date, clean_text, columns, fetch
from app.services.catalog import label_in
from app.workspace import Workspace

MAX_QUOTE_CHARS = 5000
#: the fields an analyst edits; changes to the AUDITED ones are recorded with who, when, from and to
EDITABLE = ("statement", "claimant_id", "claimed_on", "status", "rating_id", "summary", "rationale")
AUDITED = ("rating_id", "status", "summary")


def _clean(session: Session, values: dict[str, Any]) -> dict[str, Any]:
    cleaned: dict[str, Any] = {}
    for name, value in values.items():
        if name == "status":
            cleaned[name] = clean_choice(value, "The status", ClaimStatus)
        elif name == "claimed_on":
            cleaned[name] = clean_date(value, "The date the claim was made")
        elif name in ("statement", "rationale"):
            cleaned[name] = clean_text(value, f"The {name}", limit=100_000)
        elif name == "summary":
            cleaned[name] = " ".join(clean_text(value, "The summary", limit=1000).split())
        elif name == "rating_id":
            if value is not None:
                fetch(session, Rating, value, "rating")
            cleaned[name] = value
        elif name == "claimant_id":
            if value is not None:
                fetch(session, Actor, value, "claimant")
            cleaned[name] = value
        else:
            raise ValidationError(f"A claim has no editable field {name!r}.")
    return cleaned


def create_claim(
    ws: Workspace, source_id: int, start: int, end: int, *, tags: list[str] = (), **fields: Any
) -> Changes:
    """Mark text[start:end] of a source as a claim (Python offsets)."""
    with ws.writing() as session:
        source = fetch(session, Source, source_id, "source")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(source.text)):
            raise ValidationError(f"The span {start}–{end} is not inside the source's text.")
        # trim whitespace a mouse selection often drags along
        while start < end and source.text[start].isspace():
            start += 1
        while end > start and source.text[end - 1].isspace():
            end -= 1
        if start == end:
            raise ValidationError("The selection holds no text to mark as a claim.")
        if end - start > MAX_QUOTE_CHARS:
            raise ValidationError(f"A claim's quote is limited to {MAX_QUOTE_CHARS:,} characters; select less text.")
        anchor = select_quote(source.text, start, end)
        claim = Claim(
            source_id=source_id,
            quote=anchor.exact,
            start=start,
            end=end,
            prefix=anchor.prefix,
            suffix=anchor.suffix,
            **_clean(session, fields),
        )
        session.add(claim)
        session.flush()
        changes = Changes(subject=claim.id).create(CLAIM, claim.id)
        if tags:
            changes.merge(_set_tags(session, claim.id, list(tags)))
        return changes


def update_claim(ws: Workspace, claim_id: int, **fields: Any) -> Changes:
    """Change a claim's fields; `previous` holds the old values so the change can be undone."""
    with ws.writing() as session:
        claim = fetch(session, Claim, claim_id, "claim")
        values = _clean(session, fields)
        before = {name: getattr(claim, name) for name in AUDITED}
        previous = apply(claim, values)
        if previous:
            claim.updated_at = utcnow()
            for name in AUDITED:
                if name in previous:
                    session.add(
                        AuditEvent(
                            user=ws.user,
                            claim_id=claim_id,
                            claim_quote=claim.quote[:300],
                            field="rating" if name == "rating_id" else name,
                            old_value=_audit_value(session, name, before[name]),
                            new_value=_audit_value(session, name, getattr(claim, name)),
                        )
                    )
        return Changes(subject=claim_id, previous=previous).update(CLAIM, claim_id)


def _audit_value(session: Session, name: str, value: Any) -> str:
    if name == "rating_id":
        return session.get(Rating, value).label if value is not None else ""
    return "" if value is None else str(value)


def set_claimant(ws: Workspace, claim_id: int, name: str, role: str = "") -> Changes:
    """Attribute a claim to the actor called `name`, creating the actor if needed (empty name: nobody)."""
    with ws.writing() as session:
        claim = fetch(session, Claim, claim_id, "claim")
        changes = Changes(subject=claim_id)
        actor_id = None
        if name.strip():
            actor, created = catalog.ensure_actor(session, name, role)
            actor_id = actor.id
            if created:
                changes.create(ACTOR, actor.id)
        previous = apply(claim, {"claimant_id": actor_id})
        if previous:
            claim.updated_at = utcnow()
        changes.previous = previous
        return changes.update(CLAIM, claim_id)


def set_tags(ws: Workspace, claim_id: int, names: list[str], *, put_back: list[dict] | None = None) -> Changes:
    """Replace a claim's tags by `names` (created if new); `previous["tags"]` holds the old names.

    A tag the claim was the last to carry is deleted; `previous["dropped"]` holds it, and undo
    passes that as `put_back`, so the tag returns with its id and display title."""
    with ws.writing() as session:
        fetch(session, Claim, claim_id, "claim")
        catalog.put_back_tags(session, put_back or [])
        return _set_tags(session, claim_id, names)


def _set_tags(session: Session, claim_id: int, names: list[str]) -> Changes:
    old = catalog.tag_names(session, claim_id)
    tags, created = catalog.ensure_tags(session, names)
    wanted = {t.id for t in tags}
    current = {row.tag_id: row for row in session.exec(select(ClaimTag).where(ClaimTag.claim_id == claim_id))}
    for tag_id, row in current.items():
        if tag_id not in wanted:
            session.delete(row)
    for tag_id in wanted - current.keys():
        session.add(ClaimTag(claim_id=claim_id, tag_id=tag_id))
    session.flush()
    dropped = catalog.drop_unused_tags(session, set(current) - wanted)
    changes = Changes(subject=claim_id, previous={"tags": old, "dropped": dropped}).update(CLAIM, claim_id)
    if dropped:
        changes.delete(TAG, *(row["id"] for row in dropped))
    return changes.create(TAG, *created) if created else changes


# -- deleting and putting back -----------------------------------------------------------------


@dataclass(frozen=True)
class ClaimSnapshot:
    row: dict[str, Any]
    tag_ids: tuple[int, ...]
    links: tuple[dict[str, Any], ...]
    relations: tuple[dict[str, Any], ...] = ()  # "checked before?" links, from either side


def snapshot(session: Session, claim_id: int) -> ClaimSnapshot:
    claim = fetch(session, Claim, claim_id, "claim")
    tag_ids = session.exec(select(ClaimTag.tag_id).where(ClaimTag.claim_id == claim_id)).all()
    links = session.exec(select(ClaimEvidence).where(ClaimEvidence.claim_id == claim_id)).all()
    relations = session.exec(
        select(ClaimRelation).where((ClaimRelation.claim_id == claim_id) | (ClaimRelation.other_claim_id == claim_id))
    ).all()
    return ClaimSnapshot(
        row=columns(claim),
        tag_ids=tuple(tag_ids),
        links=tuple(columns(link) for link in links),
        relations=tuple(columns(rel) for rel in relations),
    )


def delete_claim(ws: Workspace, claim_id: int) -> Changes:
    """Delete a claim with its tags and evidence links (the evidence stays); audit events stay too."""
    with ws.writing() as session:
        snap = snapshot(session, claim_id)
        session.delete(session.get(Claim, claim_id))
        changes = Changes(subject=claim_id, previous={"snapshot": snap}).delete(CLAIM, claim_id)
        return changes.delete(LINK, *(link["id"] for link in snap.links))


def restore_claim(ws: Workspace, snap: ClaimSnapshot) -> Changes:
    with ws.writing() as session:
        return put_back(session, snap)


def put_back(session: Session, snap: ClaimSnapshot) -> Changes:
    """Re-insert a deleted claim under its old id, with whatever of its tags and evidence still exist."""
    from app.models import Evidence, Tag

    session.add(Claim(**snap.row))
    session.flush()
    claim_id = snap.row["id"]
    for tag_id in snap.tag_ids:
        if session.get(Tag, tag_id) is not None:
            session.add(ClaimTag(claim_id=claim_id, tag_id=tag_id))
    restored = []
    for link in snap.links:
        if session.get(Evidence, link["evidence_id"]) is not None:
            session.add(ClaimEvidence(**link))
            restored.append(link["id"])
    for rel in snap.relations:  # back when the other claim is there (and the link is not yet)
        other = rel["other_claim_id"] if rel["claim_id"] == claim_id else rel["claim_id"]
        if session.get(Claim, other) is not None and session.get(ClaimRelation, rel["id"]) is None:
            session.add(ClaimRelation(**rel))
    session.flush()
    return Changes(subject=claim_id).create(CLAIM, claim_id).create(LINK, *restored)


# -- reading -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ClaimFilter:
    """What the claims list shows. `rating_id=0` means "not rated yet"."""

    status: str | None = None
    rating_id: int | None = None
    tag_id: int | None = None
    source_id: int | None = None
    claimant_id: int | None = None
    claimed_from: date | None = None  # the date the claim was made, inclusive
    claimed_to: date | None = None
    text: str = ""
    sort: str = "created"  # one of SORT_KEYS
    descending: bool = False


SORT_KEYS = {
    "created": Claim.id,
    "quote": func.fd_fold(func.substr(Claim.quote, 1, 60)),  # the start orders; folding whole quotes is slow
    "claimant": func.fd_fold(Actor.name),
    "rating": Rating.position,
    # the workflow's order, not the alphabet's
    "status": case({status.value: n for n, status in enumerate(ClaimStatus)}, value=Claim.status, else_=99),
    "claimed_on": Claim.claimed_on,
    "source": func.fd_fold(Source.title),
}


def claim_ids(ws: Workspace, flt: ClaimFilter = ClaimFilter()) -> list[int]:
    """The ids of the claims matching `flt`, in its order. Only ids: rows are fetched as they are shown."""
    query = select(Claim.id)
    if flt.text.strip() or flt.sort == "claimant":
        query = query.outerjoin(Actor, Actor.id == Claim.claimant_id)
    if flt.sort == "rating":
        query = query.outerjoin(Rating, Rating.id == Claim.rating_id)
    if flt.sort == "source":
        query = query.join(Source, Source.id == Claim.source_id)
    query = query.where(*filter_conditions(flt))
    if flt.text.strip():
        # each word begins a word of the quote, wording or summary (the full-text index), or is in
        # the claimant's name; a scan folding 100,000 quotes in Python took half a second
        from app.services.search import words_condition

        query = query.where(*words_condition(flt.text, fallback_columns=(Actor.name,)))
    key = SORT_KEYS.get(flt.sort, Claim.id)
    order = key.desc() if flt.descending else key.asc()
    query = query.order_by(order.nulls_last(), Claim.id.desc() if flt.descending else Claim.id)
    with ws.engine.connect() as conn:  # plain rows, no ORM: 100,000 ids in a few ms
        return list(conn.execute(query).scalars())


def filter_conditions(flt: ClaimFilter) -> list:
    """The WHERE conditions of a filter's status, rating, tag, source, claimant and date range (not its text)."""
    conditions = []
    if flt.status:
        conditions.append(Claim.status == flt.status)
    if flt.rating_id == 0:
        conditions.append(Claim.rating_id.is_(None))
    elif flt.rating_id is not None:
        conditions.append(Claim.rating_id == flt.rating_id)
    if flt.tag_id is not None:
        conditions.append(Claim.id.in_(select(ClaimTag.claim_id).where(ClaimTag.tag_id == flt.tag_id)))
    if flt.source_id is not None:
        conditions.append(Claim.source_id == flt.source_id)
    if flt.claimant_id is not None:
        conditions.append(Claim.claimant_id == flt.claimant_id)
    if flt.claimed_from is not None:
        conditions.append(Claim.claimed_on >= flt.claimed_from)
    if flt.claimed_to is not None:
        conditions.append(Claim.claimed_on <= flt.claimed_to)
    return conditions


@dataclass(frozen=True)
class ClaimRow:
    """One line of the claims list."""

    id: int
    quote: str
    status: str
    rating: str
    colour: str
    claimant: str
    source: str
    claimed_on: date | None


def claim_rows(ws: Workspace, ids: list[int]) -> dict[int, ClaimRow]:
    if not ids:
        return {}
    query = (
        select(
            Claim.id,
            func.substr(Claim.quote, 1, 400),
            Claim.status,
            Rating.label,
            Rating.colour,
            Actor.name,
            Source.title,
            Claim.claimed_on,
            Rating.label_uk,
        )
        .join(Source, Source.id == Claim.source_id)
        .outerjoin(Rating, Rating.id == Claim.rating_id)
        .outerjoin(Actor, Actor.id == Claim.claimant_id)
        .where(Claim.id.in_(ids))
    )
    with ws.reading() as session:
        return {
            # the rating in the interface's language
            row[0]: ClaimRow(
                row[0], row[1], row[2], label_in(row[3] or "", row[8] or ""), row[4] or "", row[5] or "", *row[6:8]
            )
            for row in session.exec(query)
        }


@dataclass(frozen=True)
class ClaimDetail:
    """Everything the verdict pane shows about one claim."""

    claim: Claim
    source_title: str
    claimant: Actor | None
    rating: Rating | None
    tags: list[str] = field(default_factory=list)


def get_claim(ws: Workspace, claim_id: int) -> ClaimDetail:
    with ws.reading() as session:
        claim = fetch(session, Claim, claim_id, "claim")
        source_title = session.get(Source, claim.source_id).title
        claimant = session.get(Actor, claim.claimant_id) if claim.claimant_id else None
        rating = session.get(Rating, claim.rating_id) if claim.rating_id else None
        return ClaimDetail(claim, source_title, claimant, rating, catalog.tag_names(session, claim_id))


def audit_events(ws: Workspace, claim_id: int | None = None) -> list[AuditEvent]:
    with ws.reading() as session:
        query = select(AuditEvent).order_by(AuditEvent.at, AuditEvent.id)
        if claim_id is not None:
            query = query.where(AuditEvent.claim_id == claim_id)
        return list(session.exec(query))


def count_claims(ws: Workspace) -> int:
    with ws.reading() as session:
        return session.exec(select(func.count(Claim.id))).one()
