"""One plain snapshot of a report, built from the workspace; every writer reads only this.

The snapshot holds finished values (text, dates, colours, labels in the report's language), so a
writer formats and never queries: DOCX, JSON-LD and spreadsheets cannot drift apart.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlmodel import Session, select

from app.clock import utcnow
from app.errors import FactdeskError, NotFound
from app.messages import msg
from app.models import (
    Actor,
    Attachment,
    AuditEvent,
    Claim,
    ClaimEvidence,
    ClaimStatus,
    ClaimTag,
    Evidence,
    Rating,
    Report,
    ReportOrder,
    Source,
    Tag,
)
from app.services import attachments as attachment_service
from app.services import catalog
from app.services.reports import report_claim_ids
from app.workspace import Workspace
from exports.labels import Labels, labels_for


@dataclass(frozen=True)
class RatingEntry:
    label: str
    description: str
    colour: str  # "#RRGGBB"
    value: int  # ClaimReview ratingValue (1 worst … 5 best; 0: not on the scale)


@dataclass(frozen=True)
class SourceEntry:
    number: int  # its place in the appendix, 1-based
    title: str
    kind: str
    outlet: str
    author: str
    url: str
    published: date | None
    language: str
    added: date  # when it came into the workspace (the access date a reader needs)


@dataclass(frozen=True)
class AttachmentEntry:
    name: str
    media_type: str
    size: int
    sha256: str
    captured: datetime | None
    attachment_id: int | None = None  # in the workspace: a writer reads an image's bytes by it

    @property
    def is_image(self) -> bool:
        return self.media_type.startswith("image/")


@dataclass(frozen=True)
class EvidenceEntry:
    number: int  # its place in the appendix, 1-based
    title: str
    kind: str
    url: str
    publisher: str
    published: date | None
    accessed: date | None
    excerpt: str
    note: str
    attachments: tuple[AttachmentEntry, ...] = ()
    evidence_id: int | None = None  # the piece in the workspace, for its custody log


@dataclass(frozen=True)
class CitedEvidence:
    """A piece of evidence as one claim cites it: with that claim's stance and note."""

    evidence: EvidenceEntry
    stance: str  # supports / refutes / context
    stance_label: str  # in the report's language
    note: str


@dataclass(frozen=True)
class Correction:
    when: datetime
    old_rating: str
    new_rating: str
    who: str


@dataclass(frozen=True)
class ClaimEntry:
    number: int  # 1-based, in report order
    claim_id: int
    section: str  # the claim's first tag (for reports ordered by section), or ""
    quote: str
    statement: str  # the normalised wording, or ""
    claimant: str
    claimant_role: str
    claimed_on: date | None
    source: SourceEntry
    status: str
    rating: RatingEntry | None
    summary: str
    rationale: str
    tags: tuple[str, ...]
    evidence: tuple[CitedEvidence, ...]
    corrections: tuple[Correction, ...]

    @property
    def short(self) -> str:
        """The claim in a line for the summary table: the wording if given, else the quote."""
        text = " ".join((self.statement or self.quote).split())
        return text if len(text) <= 160 else text[:157].rstrip() + "…"


@dataclass(frozen=True)
class ReportSnapshot:
    title: str
    subtitle: str
    period_start: date | None
    period_end: date | None
    authors: str
    organisation: str
    introduction: str
    methodology: str
    corrections_text: str
    contact: str
    language: str
    template_path: str
    exported_at: datetime
    labels: Labels
    scale_name: str
    scale: tuple[RatingEntry, ...]
    claims: tuple[ClaimEntry, ...]
    sources: tuple[SourceEntry, ...]  # every source cited, in order of first citation
    evidence: tuple[EvidenceEntry, ...]  # every piece of evidence cited, in order of first citation
    claim_order: str = ReportOrder.MANUAL.value  # "section": writers group claims under their section
    workspace_name: str = ""
    common_tags: tuple[str, ...] = ()  # tags every claim carries (2+ claims): said once, never a section
    # the bytes of attachment `id`, at most `limit` of them (None: the writer shows no pictures)
    read_attachment: Callable[[int, int], bytes] | None = field(default=None, compare=False, repr=False)

    @property
    def period(self) -> str:
        """The period as a reader writes it: "3–9 July 2023", or one date, or ""."""
        return self.labels.period(self.period_start, self.period_end)

    @property
    def corrections(self) -> tuple[tuple[ClaimEntry, Correction], ...]:
        return tuple((claim, c) for claim in self.claims for c in claim.corrections)


def build_snapshot(ws: Workspace, report_id: int | None = None, *, language: str | None = None) -> ReportSnapshot:
    """The snapshot of report `report_id`, or, with no id, of every claim in the workspace."""
    with ws.reading() as session:
        if report_id is None:
            report = Report(title=ws.path.stem.replace("-", " ").replace("_", " ").capitalize() or "Report")
            claim_ids = list(session.exec(select(Claim.id).order_by(Claim.id)))
        else:
            report = session.get(Report, report_id)
            if report is None:
                raise NotFound(msg("The report #{id} no longer exists.", id=str(report_id)))
            claim_ids = report_claim_ids(session, report)
        return _snapshot(session, ws, report, claim_ids, language or report.language or "en")


def _attachment_reader(ws: Workspace) -> Callable[[int, int], bytes]:
    def read(attachment_id: int, limit: int) -> bytes:
        try:
            return attachment_service.read_head(ws, attachment_id, limit)
        except FactdeskError:
            return b""  # the writer says in words that the picture is missing

    return read


def sections(claim_tags: dict[int, list[str]]) -> tuple[dict[int, str], tuple[str, ...]]:
    """Each claim's section heading, and the headings every claim carries.

    A claim goes under the one of its tags that the most claims of the report carry (ties: the
    first in alphabetical order), so the sections are few and full. A tag every claim carries (in
    a report of two or more claims) divides nothing: it is never a section, and the writer says
    it once instead ("Every claim in this report is tagged …"). A claim left with no other tag
    goes under "Other claims".
    """
    counts = Counter(tag for tags in claim_tags.values() for tag in set(tags))
    common = {tag for tag, n in counts.items() if n == len(claim_tags)} if len(claim_tags) > 1 else set()
    chosen = {}
    for claim_id, tags in claim_tags.items():
        own = sorted((t for t in set(tags) if t not in common), key=lambda t: (-counts[t], t.casefold()))
        chosen[claim_id] = own[0] if own else ""
    return chosen, tuple(sorted(common, key=str.casefold))


def _snapshot(session: Session, ws: Workspace, report: Report, claim_ids: list[int], language: str) -> ReportSnapshot:
    labels = labels_for(language)
    scale = catalog.default_scale(session)
    ratings = {r.id: r for r in session.exec(select(Rating))}
    scale_entries = tuple(
        _rating_entry(r, language)
        for r in sorted((r for r in ratings.values() if r.scale_id == scale.id), key=lambda r: r.position)
    )
    # the audit trail keeps the label a rating had when it was given (in English): the reader's words
    in_language: dict[str, str] = {}
    for r in sorted(ratings.values(), key=lambda r: (r.scale_id != scale.id, r.id), reverse=True):
        in_language[r.label] = catalog.rating_label(r, language)
    claims = {c.id: c for c in session.exec(select(Claim).where(Claim.id.in_(claim_ids)))}
    actors = {
        a.id: a for a in session.exec(select(Actor).where(Actor.id.in_({c.claimant_id for c in claims.values()})))
    }
    tags: dict[int, list[str]] = {claim_id: [] for claim_id in claims}
    for claim_id, name, title in session.exec(
        select(ClaimTag.claim_id, Tag.name, Tag.title)
        .join(Tag, Tag.id == ClaimTag.tag_id)
        .where(ClaimTag.claim_id.in_(claim_ids))
    ):
        tags[claim_id].append(title or name)  # the display title, where the tag has one
    section_of, common_tags = sections(tags)
    links: dict[int, list[ClaimEvidence]] = {}
    for link in session.exec(
        select(ClaimEvidence)
        .where(ClaimEvidence.claim_id.in_(claim_ids))
        .order_by(ClaimEvidence.position, ClaimEvidence.id)
    ):
        links.setdefault(link.claim_id, []).append(link)
    pieces = {
        e.id: e
        for e in session.exec(
            select(Evidence).where(Evidence.id.in_({link.evidence_id for group in links.values() for link in group}))
        )
    }
    source_rows = {
        s.id: s for s in session.exec(select(Source).where(Source.id.in_({c.source_id for c in claims.values()})))
    }
    events: dict[int, list[AuditEvent]] = {}
    for event in session.exec(
        select(AuditEvent).where(AuditEvent.claim_id.in_(claim_ids)).order_by(AuditEvent.at, AuditEvent.id)
    ):
        events.setdefault(event.claim_id, []).append(event)
    files: dict[int, list[AttachmentEntry]] = {}
    for a in session.exec(
        select(Attachment)
        .where(Attachment.evidence_id.in_(pieces.keys()))
        .order_by(Attachment.evidence_id, Attachment.position, Attachment.id)
    ):
        files.setdefault(a.evidence_id, []).append(
            AttachmentEntry(a.name, a.media_type, a.size, a.sha256, a.captured_at, attachment_id=a.id)
        )

    ordered = [claims[i] for i in claim_ids if i in claims]
    if report.claim_order == ReportOrder.SECTION:
        ordered.sort(key=lambda c: (section_of[c.id] == "", section_of[c.id].casefold()))
    elif report.claim_order == ReportOrder.DATE:
        ordered.sort(key=lambda c: (c.claimed_on is None, c.claimed_on or date.min))

    source_entries: dict[int, SourceEntry] = {}
    evidence_entries: dict[int, EvidenceEntry] = {}
    entries = []
    for number, claim in enumerate(ordered, start=1):
        source = source_rows[claim.source_id]
        if source.id not in source_entries:
            source_entries[source.id] = _source_entry(source, len(source_entries) + 1)
        cited = []
        for link in links.get(claim.id, []):
            piece = pieces[link.evidence_id]
            if piece.id not in evidence_entries:
                evidence_entries[piece.id] = _evidence_entry(piece, len(evidence_entries) + 1, files.get(piece.id, []))
            cited.append(CitedEvidence(evidence_entries[piece.id], link.stance, labels.stance(link.stance), link.note))
        actor = actors.get(claim.claimant_id)
        claim_tags = sorted(tags.get(claim.id, []), key=str.casefold)
        entries.append(
            ClaimEntry(
                number=number,
                claim_id=claim.id,
                section=section_of[claim.id],
                quote=claim.quote,
                statement=claim.statement,
                claimant=actor.name if actor else "",
                claimant_role=actor.role if actor else "",
                claimed_on=claim.claimed_on,
                source=source_entries[source.id],
                status=claim.status,
                rating=_rating_entry(ratings[claim.rating_id], language) if claim.rating_id in ratings else None,
                summary=claim.summary,
                rationale=claim.rationale,
                tags=tuple(claim_tags),
                evidence=tuple(cited),
                corrections=tuple(corrections_of(events.get(claim.id, []), in_language)),
            )
        )
    return ReportSnapshot(
        title=report.title,
        subtitle=report.subtitle,
        period_start=report.period_start,
        period_end=report.period_end,
        authors=report.authors,
        organisation=report.organisation,
        introduction=report.introduction,
        methodology=report.methodology,
        corrections_text=report.corrections,
        contact=report.contact,
        language=language,
        template_path=report.template_path,
        exported_at=utcnow(),
        labels=labels,
        scale_name=scale.name,
        scale=scale_entries,
        claims=tuple(entries),
        sources=tuple(source_entries.values()),
        evidence=tuple(evidence_entries.values()),
        claim_order=report.claim_order or ReportOrder.MANUAL.value,
        workspace_name=ws.path.name,
        common_tags=common_tags,
        read_attachment=_attachment_reader(ws),
    )


def corrections_of(events: list[AuditEvent], words: dict[str, str] | None = None) -> list[Correction]:
    """Rating changes made after the claim was first marked done: what a corrections policy lists.

    `words` turns a stored label into the report's language (labels it lacks stay as stored)."""
    words = words or {}
    done_at: datetime | None = None
    found = []
    for event in events:
        if done_at is None and event.field == "status" and event.new_value == ClaimStatus.DONE:
            done_at = event.at
        elif done_at is not None and event.field == "rating" and event.old_value != event.new_value:
            last = found[-1] if found else None
            if last is not None and (last.old_rating, last.new_rating) == (
                words.get(event.new_value, event.new_value),
                words.get(event.old_value, event.old_value),
            ):
                found.pop()  # a change taken straight back (undo) corrected nothing
            else:
                old, new = words.get(event.old_value, event.old_value), words.get(event.new_value, event.new_value)
                found.append(Correction(event.at, old, new, event.user))
    return found


def _rating_entry(rating: Rating, language: str) -> RatingEntry:
    return RatingEntry(
        catalog.rating_label(rating, language),
        catalog.rating_description(rating, language),
        rating.colour,
        rating.value,
    )


def _source_entry(source: Source, number: int) -> SourceEntry:
    return SourceEntry(
        number,
        source.title,
        source.kind,
        source.outlet,
        source.author,
        source.url,
        source.published,
        source.language,
        source.created_at.date(),
    )


def _evidence_entry(piece: Evidence, number: int, files: list[AttachmentEntry]) -> EvidenceEntry:
    return EvidenceEntry(
        number,
        piece.title,
        piece.kind,
        piece.url,
        piece.publisher,
        piece.published,
        piece.accessed,
        piece.excerpt,
        piece.note,
        attachments=tuple(files),
        evidence_id=piece.id,
    )
