"""Evidence and its links to claims: stance, note and order.

Every change to a piece of evidence or its links also writes a custody entry (app.services.custody)
in the same transaction: created, edited, linked, unlinked, deleted, restored.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, select

from app.changes import CLAIM, EVIDENCE, LINK, Changes
from app.clock import utcnow
from app.errors import ValidationError
from app.messages import msg
from app.models import Attachment, Claim, ClaimEvidence, CustodyAction, Evidence, EvidenceKind, Stance
from app.services import custody
from app.services._common import apply, clean_choice, clean_date, clean_text, columns, contains_words, fetch
from app.workspace import Workspace

EDITABLE = ("title", "kind", "url", "publisher", "published", "accessed", "excerpt", "note")


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    cleaned: dict[str, Any] = {}
    for name, value in values.items():
        if name == "title":
            cleaned[name] = clean_text(value, msg("The evidence's title"), required=True, limit=2000)
        elif name == "kind":
            cleaned[name] = clean_choice(value, msg("The kind of evidence"), EvidenceKind)
        elif name in ("published", "accessed"):
            published = name == "published"
            cleaned[name] = clean_date(value, msg("The publication date") if published else msg("The access date"))
        elif name == "url":
            cleaned[name] = clean_url(value)
        elif name == "publisher":
            cleaned[name] = clean_text(value, msg("The publisher"), limit=2000)
        elif name in ("excerpt", "note"):
            cleaned[name] = clean_text(value, f"The {name}", limit=100_000)
        else:
            raise ValidationError(msg("Evidence has no field “{name}”.", name=name))
    return cleaned


def clean_url(value: Any) -> str:
    url = clean_text(value, msg("The URL"), limit=4000)
    if url and not url.lower().startswith(("http://", "https://", "ftp://", "file:", "doi:", "urn:")):
        if " " in url or "." not in url:
            raise ValidationError(msg("“{url}” does not look like a web address.", url=url))
        url = "https://" + url
    return url


def create_evidence(ws: Workspace, *, title: str, **fields: Any) -> Changes:
    values = _clean({"title": title, **fields})
    with ws.writing() as session:
        evidence = Evidence(**values)
        session.add(evidence)
        session.flush()
        custody.record(session, ws.user, CustodyAction.CREATED, evidence)
        return Changes(subject=evidence.id).create(EVIDENCE, evidence.id)


def update_evidence(ws: Workspace, evidence_id: int, **fields: Any) -> Changes:
    """Edit a piece of evidence once; every claim it is linked to sees the change."""
    values = _clean(fields)
    with ws.writing() as session:
        evidence = fetch(session, Evidence, evidence_id, "evidence")
        previous = apply(evidence, values)
        if previous:
            evidence.updated_at = utcnow()
            changed = {name: [old, getattr(evidence, name)] for name, old in previous.items()}
            custody.record(session, ws.user, CustodyAction.EDITED, evidence, fields=changed)
        claim_ids = session.exec(select(ClaimEvidence.claim_id).where(ClaimEvidence.evidence_id == evidence_id)).all()
        changes = Changes(subject=evidence_id, previous=previous).update(EVIDENCE, evidence_id)
        return changes.update(CLAIM, *claim_ids)


@dataclass(frozen=True)
class EvidenceSnapshot:
    row: dict[str, Any]
    links: tuple[dict[str, Any], ...]
    attachments: tuple[dict[str, Any], ...] = field(default=())


def linked_claims(ws: Workspace, evidence_id: int) -> list[tuple[int, str]]:
    """The claims a piece of evidence is linked to: (id, quote), for asking before deleting it."""
    with ws.reading() as session:
        rows = session.exec(
            select(Claim.id, Claim.quote)
            .join(ClaimEvidence, ClaimEvidence.claim_id == Claim.id)
            .where(ClaimEvidence.evidence_id == evidence_id)
            .order_by(Claim.id)
        )
        return [(claim_id, quote) for claim_id, quote in rows]


def delete_evidence(ws: Workspace, evidence_id: int) -> Changes:
    """Delete a piece of evidence, its links to claims and its attachments (their bytes stay stored);
    `previous["snapshot"]` puts all of it back. The custody log keeps its entries and records this."""
    with ws.writing() as session:
        evidence = fetch(session, Evidence, evidence_id, "evidence")
        links = session.exec(select(ClaimEvidence).where(ClaimEvidence.evidence_id == evidence_id)).all()
        files = session.exec(select(Attachment).where(Attachment.evidence_id == evidence_id)).all()
        snap = EvidenceSnapshot(
            row=columns(evidence),
            links=tuple(columns(link) for link in links),
            attachments=tuple(columns(row) for row in files),
        )
        quotes = dict(
            session.exec(select(Claim.id, Claim.quote).where(Claim.id.in_([link.claim_id for link in links]))).all()
        )
        custody.record(
            session,
            ws.user,
            CustodyAction.DELETED,
            evidence,
            claims=[{"claim_id": link.claim_id, "claim": quotes.get(link.claim_id, "")} for link in links],
            attachments=[{"attachment_id": row.id, "name": row.name, "sha256": row.sha256} for row in files],
        )
        session.delete(evidence)
        changes = Changes(subject=evidence_id, previous={"snapshot": snap}).delete(EVIDENCE, evidence_id)
        return changes.delete(LINK, *(link["id"] for link in snap.links)).update(
            CLAIM, *(link["claim_id"] for link in snap.links)
        )


def restore_evidence(ws: Workspace, snap: EvidenceSnapshot) -> Changes:
    """Put a deleted piece of evidence back under its old id, with its links and attachments."""
    with ws.writing() as session:
        evidence = Evidence(**snap.row)
        session.add(evidence)
        session.flush()
        changes = Changes(subject=snap.row["id"]).create(EVIDENCE, snap.row["id"])
        for link in snap.links:
            if session.get(Claim, link["claim_id"]) is not None:
                session.add(ClaimEvidence(**link))
                changes.create(LINK, link["id"]).update(CLAIM, link["claim_id"])
        for row in snap.attachments:
            session.add(Attachment(**row))
            changes.create("attachment", row["id"])
        session.flush()
        custody.record(
            session,
            ws.user,
            CustodyAction.RESTORED,
            evidence,
            claims=[link["claim_id"] for link in snap.links],
            attachments=[row["id"] for row in snap.attachments],
        )
        return changes


# -- links -------------------------------------------------------------------------------------


def link(ws: Workspace, claim_id: int, evidence_id: int, *, stance: str = Stance.CONTEXT, note: str = "") -> Changes:
    """Link a piece of evidence to a claim, at the end of the claim's list."""
    stance = clean_choice(stance, msg("The stance"), Stance)
    note = clean_text(note, msg("The note"), limit=10_000)
    with ws.writing() as session:
        fetch(session, Claim, claim_id, "claim")
        evidence = fetch(session, Evidence, evidence_id, "evidence")
        existing = session.exec(
            select(ClaimEvidence).where(ClaimEvidence.claim_id == claim_id, ClaimEvidence.evidence_id == evidence_id)
        ).first()
        if existing is not None:
            raise ValidationError(msg("“{title}” is already linked to this claim.", title=evidence.title))
        row = _append_link(session, claim_id, evidence_id, stance, note)
        record_link(session, ws.user, CustodyAction.LINKED, evidence, session.get(Claim, claim_id), stance)
        return Changes(subject=row.id).create(LINK, row.id).update(CLAIM, claim_id).update(EVIDENCE, evidence_id)


def create_and_link(ws: Workspace, claim_id: int, evidence: dict[str, Any], *, stance: str, note: str = "") -> Changes:
    """New evidence (its fields in `evidence`) linked to a claim with `stance` and the link's own
    `note`, in one transaction."""
    values = _clean({"title": "", **evidence})
    stance = clean_choice(stance, msg("The stance"), Stance)
    with ws.writing() as session:
        claim = fetch(session, Claim, claim_id, "claim")
        piece = Evidence(**values)
        session.add(piece)
        session.flush()
        custody.record(session, ws.user, CustodyAction.CREATED, piece)
        row = _append_link(session, claim_id, piece.id, stance, clean_text(note, msg("The note"), limit=10_000))
        record_link(session, ws.user, CustodyAction.LINKED, piece, claim, stance)
        changes = Changes(subject=row.id).create(EVIDENCE, piece.id).create(LINK, row.id)
        changes.previous["evidence_id"] = piece.id
        return changes.update(CLAIM, claim_id)


def record_link(
    session: Session, user: str, action: CustodyAction, evidence: Evidence, claim: Claim, stance: str
) -> None:
    custody.record(session, user, action, evidence, claim_id=claim.id, claim=claim.quote, stance=stance)


def _append_link(session: Session, claim_id: int, evidence_id: int, stance: str, note: str) -> ClaimEvidence:
    position = session.exec(
        select(func.coalesce(func.max(ClaimEvidence.position) + 1, 0)).where(ClaimEvidence.claim_id == claim_id)
    ).one()
    row = ClaimEvidence(claim_id=claim_id, evidence_id=evidence_id, stance=stance, note=note, position=position)
    session.add(row)
    session.flush()
    return row


def update_link(ws: Workspace, link_id: int, **fields: Any) -> Changes:
    values: dict[str, Any] = {}
    for name, value in fields.items():
        if name == "stance":
            values[name] = clean_choice(value, msg("The stance"), Stance)
        elif name == "note":
            values[name] = clean_text(value, msg("The note"), limit=10_000)
        else:
            raise ValidationError(msg("A link has no field “{name}”.", name=name))
    with ws.writing() as session:
        row = fetch(session, ClaimEvidence, link_id, "evidence link")
        previous = apply(row, values)
        if "stance" in previous:
            custody.record(
                session,
                ws.user,
                CustodyAction.EDITED,
                session.get(Evidence, row.evidence_id),
                claim_id=row.claim_id,
                stance=[previous["stance"], row.stance],
            )
        return Changes(subject=link_id, previous=previous).update(LINK, link_id).update(CLAIM, row.claim_id)


def unlink(ws: Workspace, link_id: int) -> Changes:
    """Remove a link (the evidence itself stays); `previous["link"]` puts it back with `relink`."""
    with ws.writing() as session:
        row = fetch(session, ClaimEvidence, link_id, "evidence link")
        saved = columns(row)
        evidence, claim = session.get(Evidence, row.evidence_id), session.get(Claim, row.claim_id)
        record_link(session, ws.user, CustodyAction.UNLINKED, evidence, claim, row.stance)
        session.delete(row)
        changes = Changes(subject=link_id, previous={"link": saved}).delete(LINK, link_id)
        return changes.update(CLAIM, saved["claim_id"]).update(EVIDENCE, saved["evidence_id"])


def relink(ws: Workspace, saved: dict[str, Any]) -> Changes:
    with ws.writing() as session:
        claim = fetch(session, Claim, saved["claim_id"], "claim")
        evidence = fetch(session, Evidence, saved["evidence_id"], "evidence")
        record_link(session, ws.user, CustodyAction.LINKED, evidence, claim, saved["stance"])
        session.add(ClaimEvidence(**saved))
        session.flush()
        return Changes(subject=saved["id"]).create(LINK, saved["id"]).update(CLAIM, saved["claim_id"])


def reorder_links(ws: Workspace, claim_id: int, link_ids: list[int]) -> Changes:
    """Put a claim's links in the order given; `previous["order"]` is the old order."""
    with ws.writing() as session:
        rows = {
            row.id: row
            for row in session.exec(
                select(ClaimEvidence).where(ClaimEvidence.claim_id == claim_id).order_by(ClaimEvidence.position)
            )
        }
        if sorted(rows) != sorted(link_ids):
            raise ValidationError(msg("The new order must name each of the claim's evidence links once."))
        old = list(rows)
        for position, link_id in enumerate(link_ids):
            rows[link_id].position = position
        return Changes(subject=claim_id, previous={"order": old}).update(LINK, *link_ids).update(CLAIM, claim_id)


# -- reading -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class LinkRow:
    """One piece of evidence as linked to one claim."""

    link_id: int
    evidence_id: int
    stance: str
    note: str
    position: int
    title: str
    kind: str
    url: str
    publisher: str
    published: date | None
    accessed: date | None
    excerpt: str


def links_for_claim(ws: Workspace, claim_id: int) -> list[LinkRow]:
    with ws.reading() as session:
        rows = session.exec(
            select(ClaimEvidence, Evidence)
            .join(Evidence, Evidence.id == ClaimEvidence.evidence_id)
            .where(ClaimEvidence.claim_id == claim_id)
            .order_by(ClaimEvidence.position, ClaimEvidence.id)
        )
        return [
            LinkRow(
                link.id,
                ev.id,
                link.stance,
                link.note,
                link.position,
                ev.title,
                ev.kind,
                ev.url,
                ev.publisher,
                ev.published,
                ev.accessed,
                ev.excerpt,
            )
            for link, ev in rows
        ]


def get_evidence(ws: Workspace, evidence_id: int) -> Evidence:
    with ws.reading() as session:
        return fetch(session, Evidence, evidence_id, "evidence")


@dataclass(frozen=True)
class EvidenceHit:
    evidence: Evidence
    claims: int


def find_evidence(ws: Workspace, text: str = "", *, limit: int = 500) -> list[EvidenceHit]:
    """Evidence whose title, publisher, URL or excerpt contains every word of `text`, newest first."""
    uses = (
        select(ClaimEvidence.evidence_id, func.count(ClaimEvidence.id).label("n"))
        .group_by(ClaimEvidence.evidence_id)
        .subquery()
    )
    query = select(Evidence, func.coalesce(uses.c.n, 0)).outerjoin(uses, uses.c.evidence_id == Evidence.id)
    query = query.where(*contains_words(text, Evidence.title, Evidence.publisher, Evidence.url, Evidence.excerpt))
    query = query.order_by(Evidence.id.desc()).limit(limit)
    with ws.reading() as session:
        return [EvidenceHit(ev, n) for ev, n in session.exec(query)]


@dataclass(frozen=True)
class LibraryRow:
    """A piece of evidence in the library: the piece, the claims it bears on and its attachments."""

    evidence: Evidence
    claims: tuple[tuple[int, str, str], ...]  # (claim id, quote, stance)
    attachments: int


def library(ws: Workspace, text: str = "", *, limit: int = 5000) -> list[LibraryRow]:
    """Every piece of evidence whose title, publisher, URL or excerpt holds each word of `text`
    (case-folded, Cyrillic too), newest first, with the claims each supports, refutes or gives context to."""
    query = select(Evidence).where(
        *contains_words(text, Evidence.title, Evidence.publisher, Evidence.url, Evidence.excerpt)
    )
    with ws.reading() as session:
        pieces = session.exec(query.order_by(Evidence.id.desc()).limit(limit)).all()
        ids = [piece.id for piece in pieces]
        claims: dict[int, list[tuple[int, str, str]]] = {}
        files: dict[int, int] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for evidence_id, claim_id, quote, stance in session.exec(
                select(ClaimEvidence.evidence_id, Claim.id, Claim.quote, ClaimEvidence.stance)
                .join(Claim, Claim.id == ClaimEvidence.claim_id)
                .where(ClaimEvidence.evidence_id.in_(chunk))
                .order_by(Claim.id)
            ):
                claims.setdefault(evidence_id, []).append((claim_id, quote, stance))
            files.update(
                session.exec(
                    select(Attachment.evidence_id, func.count(Attachment.id))
                    .where(Attachment.evidence_id.in_(chunk))
                    .group_by(Attachment.evidence_id)
                ).all()
            )
    return [LibraryRow(piece, tuple(claims.get(piece.id, ())), files.get(piece.id, 0)) for piece in pieces]
