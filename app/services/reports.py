"""Reports: their front matter and the claims they carry."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import exists, func
from sqlalchemy import insert as sa_insert
from sqlmodel import Session, select

from app.changes import REPORT, Changes
from app.clock import utcnow
from app.errors import ValidationError
from app.messages import msg
from app.models import (
    Attachment,
    Claim,
    ClaimEvidence,
    ClaimStatus,
    ClaimTag,
    Evidence,
    Rating,
    Report,
    ReportClaim,
    ReportLanguage,
    ReportOrder,
    Source,
    Tag,
)
from app.services._common import apply, clean_choice, clean_date, clean_text, columns, fetch
from app.services.claims import ClaimFilter, filter_conditions
from app.workspace import Workspace

EDITABLE = (
    "title",
    "subtitle",
    "period_start",
    "period_end",
    "authors",
    "organisation",
    "introduction",
    "methodology",
    "corrections",
    "contact",
    "language",
    "template_path",
    "claim_order",
    "by_filter",
    "filter_status",
    "filter_rating_id",
    "filter_tag_id",
    "filter_source_id",
)
_LONG_TEXT = ("introduction", "methodology", "corrections", "contact")
_REFERENCES = {
    "filter_rating_id": (Rating, "rating"),
    "filter_tag_id": (Tag, "tag"),
    "filter_source_id": (Source, "source"),
}


def _clean(session, values: dict[str, Any]) -> dict[str, Any]:
    cleaned: dict[str, Any] = {}
    for name, value in values.items():
        if name == "title":
            cleaned[name] = clean_text(value, msg("The report's title"), required=True, limit=1000)
        elif name in ("subtitle", "authors", "organisation"):
            cleaned[name] = clean_text(value, f"The {name}", limit=2000)
        elif name in _LONG_TEXT:
            cleaned[name] = clean_text(value, f"The {name}", limit=200_000)
        elif name in ("period_start", "period_end"):
            start = name == "period_start"
            cleaned[name] = clean_date(value, msg("The period's start") if start else msg("The period's end"))
        elif name == "language":
            cleaned[name] = clean_choice(value, msg("The report's language"), ReportLanguage)
        elif name == "claim_order":
            cleaned[name] = clean_choice(value, msg("The order of claims"), ReportOrder)
        elif name == "template_path":
            cleaned[name] = clean_text(value, msg("The template"), limit=4000)
            if cleaned[name] and Path(cleaned[name]).suffix.lower() not in (".docx", ".dotx"):
                raise ValidationError(msg(
                    "{name} is not a Word document or template (.docx, .dotx).",
                    name=Path(cleaned[name]).name,
                ))
        elif name == "by_filter":
            cleaned[name] = bool(value)
        elif name == "filter_status":
            cleaned[name] = clean_choice(value, msg("The status filter"), ClaimStatus) if value else None
        elif name in _REFERENCES:
            model, what = _REFERENCES[name]
            if value is not None:
                fetch(session, model, value, what)
            cleaned[name] = value
        else:
            raise ValidationError(msg("A report has no field “{name}”.", name=name))
    start = cleaned.get("period_start")
    end = cleaned.get("period_end")
    if start and end and start > end:
        raise ValidationError(msg("The period ends before it starts."))
    return cleaned


def create_report(ws: Workspace, *, title: str, claim_ids: list[int] = (), **fields: Any) -> Changes:
    with ws.writing() as session:
        report = Report(**_clean(session, {"title": title, **fields}))
        session.add(report)
        session.flush()
        _put_claims(session, report.id, list(claim_ids))
        return Changes(subject=report.id).create(REPORT, report.id)


def update_report(ws: Workspace, report_id: int, **fields: Any) -> Changes:
    with ws.writing() as session:
        report = fetch(session, Report, report_id, "report")
        values = _clean(session, fields)
        merged_start = values.get("period_start", report.period_start)
        merged_end = values.get("period_end", report.period_end)
        if merged_start and merged_end and merged_start > merged_end:
            raise ValidationError(msg("The period ends before it starts."))
        previous = apply(report, values)
        if previous:
            report.updated_at = utcnow()
        return Changes(subject=report_id, previous=previous).update(REPORT, report_id)


def set_report_claims(ws: Workspace, report_id: int, claim_ids: list[int]) -> Changes:
    """Choose a report's claims by hand, in this order; `previous["claims"]` is the old list."""
    with ws.writing() as session:
        fetch(session, Report, report_id, "report")
        old = list(
            session.exec(
                select(ReportClaim.claim_id).where(ReportClaim.report_id == report_id).order_by(ReportClaim.position)
            )
        )
        for row in session.exec(select(ReportClaim).where(ReportClaim.report_id == report_id)):
            session.delete(row)
        session.flush()
        _put_claims(session, report_id, claim_ids)
        return Changes(subject=report_id, previous={"claims": old}).update(REPORT, report_id)


def _put_claims(session, report_id: int, claim_ids: list[int]) -> None:
    if len(set(claim_ids)) != len(claim_ids):
        raise ValidationError(msg("A claim can appear in a report only once."))
    known = set(session.exec(select(Claim.id).where(Claim.id.in_(claim_ids))))
    missing = [i for i in claim_ids if i not in known]
    if missing:
        raise ValidationError(msg("The claim #{id} no longer exists.", id=str(missing[0])))
    rows = [{"report_id": report_id, "claim_id": claim_id, "position": p} for p, claim_id in enumerate(claim_ids)]
    if rows:
        session.flush()  # the report row itself, when it is new
        session.execute(sa_insert(ReportClaim.__table__), rows)


@dataclass(frozen=True)
class ReportSnapshotRow:
    """A deleted report, enough to put it back under the same id."""

    row: dict[str, Any]
    claim_ids: tuple[int, ...]


def delete_report(ws: Workspace, report_id: int) -> Changes:
    with ws.writing() as session:
        report = fetch(session, Report, report_id, "report")
        ids = session.exec(
            select(ReportClaim.claim_id).where(ReportClaim.report_id == report_id).order_by(ReportClaim.position)
        ).all()
        saved = ReportSnapshotRow(columns(report), tuple(ids))
        session.delete(report)
        return Changes(subject=report_id, previous={"snapshot": saved}).delete(REPORT, report_id)


def restore_report(ws: Workspace, saved: ReportSnapshotRow) -> Changes:
    with ws.writing() as session:
        session.add(Report(**saved.row))
        session.flush()
        existing = set(session.exec(select(Claim.id).where(Claim.id.in_(saved.claim_ids))))
        _put_claims(session, saved.row["id"], [i for i in saved.claim_ids if i in existing])
        return Changes(subject=saved.row["id"]).create(REPORT, saved.row["id"])


def get_report(ws: Workspace, report_id: int) -> Report:
    with ws.reading() as session:
        return fetch(session, Report, report_id, "report")


def list_reports(ws: Workspace) -> list[Report]:
    with ws.reading() as session:
        return list(session.exec(select(Report).order_by(Report.updated_at.desc(), Report.id.desc())))


def report_claims(ws: Workspace, report_id: int) -> list[int]:
    """The claims the report carries now (by hand or by its filter), in its order."""
    with ws.reading() as session:
        return report_claim_ids(session, fetch(session, Report, report_id, "report"))


def _report_filter(report: Report) -> ClaimFilter:
    return ClaimFilter(
        status=report.filter_status,
        rating_id=report.filter_rating_id,
        tag_id=report.filter_tag_id,
        source_id=report.filter_source_id,
        claimed_from=report.period_start,
        claimed_to=report.period_end,
    )


def report_claim_ids(session: Session, report: Report) -> list[int]:
    """The claims a report carries, in its order: chosen by hand, or by its filter and period."""
    if report.by_filter:
        flt = _report_filter(report)
        ids = list(session.exec(select(Claim.id).where(*filter_conditions(flt)).order_by(Claim.id)))
    else:
        ids = list(
            session.exec(
                select(ReportClaim.claim_id).where(ReportClaim.report_id == report.id).order_by(ReportClaim.position)
            )
        )
    return ids


# -- the period, the order, and the check before export ------------------------------------------


def last_full_week(today: date) -> tuple[date, date]:
    """The Monday and Sunday of the last full week before `today`'s: a weekly report's default period."""
    monday = today - timedelta(days=today.weekday() + 7)
    return monday, monday + timedelta(days=6)


_CHUNK = 5000  # ids per `IN (…)`: well below SQLite's limit on bound variables


def _chunks(ids: list[int]):
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def ordered_claim_ids(ws: Workspace, claim_ids: list[int], order: str) -> list[int]:
    """`claim_ids` in the order the report prints them (as exports.report_data sorts them): as given,
    by the first tag (alphabetically; untagged last), or by the date said (undated last)."""
    if order not in (ReportOrder.SECTION, ReportOrder.DATE) or not claim_ids:
        return list(claim_ids)
    with ws.reading() as session:
        if order == ReportOrder.DATE:
            said: dict[int, date | None] = {}
            for chunk in _chunks(claim_ids):
                said.update(session.exec(select(Claim.id, Claim.claimed_on).where(Claim.id.in_(chunk))).all())
            return sorted(claim_ids, key=lambda i: (said.get(i) is None, said.get(i) or date.min))
        first: dict[int, str] = {}
        for chunk in _chunks(claim_ids):
            for claim_id, name in session.exec(
                select(ClaimTag.claim_id, Tag.name)
                .join(Tag, Tag.id == ClaimTag.tag_id)
                .where(ClaimTag.claim_id.in_(chunk))
            ):
                if claim_id not in first or name.casefold() < first[claim_id].casefold():
                    first[claim_id] = name
        return sorted(claim_ids, key=lambda i: first.get(i, "\uffff").casefold())


#: what the check finds, in the order it lists them
UNDATED_LEFT_OUT = "undated_left_out"  # matches the filter, but has no date: the period leaves it out
UNDATED = "undated"  # in the report without the date it was said
OUTSIDE_PERIOD = "outside_period"  # chosen by hand, said outside the report's period
NO_EVIDENCE = "no_evidence"  # rated, with no evidence linked
NO_SUMMARY = "no_summary"  # no one-line summary of the verdict
EVIDENCE_UNSOURCED = "evidence_unsourced"  # evidence with neither a link nor an attachment
CHECK_KINDS = (UNDATED_LEFT_OUT, UNDATED, OUTSIDE_PERIOD, NO_EVIDENCE, NO_SUMMARY, EVIDENCE_UNSOURCED)


@dataclass(frozen=True)
class CheckItem:
    """One thing an editor would catch before a report goes out, about one claim."""

    kind: str  # one of CHECK_KINDS
    claim_id: int
    quote: str  # the claim's quote (its first 200 characters)
    evidence_id: int | None = None
    evidence_title: str = ""

    def describe(self) -> str:
        """In plain English (the command line's warning; the window words its own, translated)."""
        quote = f"claim #{self.claim_id} “{_short_quote(self.quote)}”"
        return {
            UNDATED_LEFT_OUT: f"{quote} matches the filter but has no date, so the report's period leaves it out",
            UNDATED: f"{quote} has no date",
            OUTSIDE_PERIOD: f"{quote} was said outside the report's period",
            NO_EVIDENCE: f"{quote} has a verdict but no evidence",
            NO_SUMMARY: f"{quote} has no summary",
            EVIDENCE_UNSOURCED: f"the evidence “{self.evidence_title}” of {quote} has neither a link nor an attachment",
        }.get(self.kind, f"{quote}: {self.kind}")


def _short_quote(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def check_report(ws: Workspace, report_id: int) -> list[CheckItem]:
    """What an editor would catch in a saved report before it is exported (see `check_draft`)."""
    with ws.reading() as session:
        report = fetch(session, Report, report_id, "report")
        return _check(session, report, report_claim_ids(session, report))


def check_draft(ws: Workspace, fields: dict[str, Any], claim_ids: list[int] | None) -> list[CheckItem]:
    """The check of a report as the editor shows it, before it is saved: its fields, and the claims
    chosen by hand (None when it chooses by filter)."""
    known = {name: value for name, value in fields.items() if name in EDITABLE}
    draft = Report(**{"title": "", **known})
    with ws.reading() as session:
        ids = report_claim_ids(session, draft) if draft.by_filter else list(claim_ids or [])
        return _check(session, draft, ids)


def _check(session: Session, report: Report, claim_ids: list[int]) -> list[CheckItem]:
    """A few bulk queries, whatever the number of claims: nothing is read claim by claim."""
    start, end = report.period_start, report.period_end
    items: list[CheckItem] = []
    if report.by_filter and (start or end):
        flt = replace(_report_filter(report), claimed_from=None, claimed_to=None)
        left_out = session.exec(
            select(Claim.id, func.substr(Claim.quote, 1, 200))
            .where(*filter_conditions(flt), Claim.claimed_on.is_(None))
            .order_by(Claim.id)
        ).all()
        items += [CheckItem(UNDATED_LEFT_OUT, claim_id, quote) for claim_id, quote in left_out]

    rows: dict[int, tuple] = {}
    linked: dict[int, int] = {}
    unsourced: list[tuple[int, int, str]] = []
    for chunk in _chunks(claim_ids):
        for row in session.exec(
            select(Claim.id, func.substr(Claim.quote, 1, 200), Claim.claimed_on, Claim.summary, Claim.rating_id).where(
                Claim.id.in_(chunk)
            )
        ):
            rows[row[0]] = row
        linked.update(
            session.exec(
                select(ClaimEvidence.claim_id, func.count())
                .where(ClaimEvidence.claim_id.in_(chunk))
                .group_by(ClaimEvidence.claim_id)
            ).all()
        )
        unsourced += session.exec(
            select(ClaimEvidence.claim_id, Evidence.id, Evidence.title)
            .join(Evidence, Evidence.id == ClaimEvidence.evidence_id)
            .where(
                ClaimEvidence.claim_id.in_(chunk),
                func.trim(Evidence.url) == "",
                ~exists().where(Attachment.evidence_id == Evidence.id),
            )
            .order_by(ClaimEvidence.claim_id, ClaimEvidence.position, ClaimEvidence.id)
        ).all()
    by_kind: dict[str, list[CheckItem]] = {kind: [] for kind in CHECK_KINDS}
    for claim_id in claim_ids:
        row = rows.get(claim_id)
        if row is None:
            continue
        _id, quote, said, summary, rating_id = row
        if said is None:
            by_kind[UNDATED].append(CheckItem(UNDATED, claim_id, quote))
        elif not report.by_filter and ((start and said < start) or (end and said > end)):
            by_kind[OUTSIDE_PERIOD].append(CheckItem(OUTSIDE_PERIOD, claim_id, quote))
        if rating_id is not None and not linked.get(claim_id):
            by_kind[NO_EVIDENCE].append(CheckItem(NO_EVIDENCE, claim_id, quote))
        if not (summary or "").strip():
            by_kind[NO_SUMMARY].append(CheckItem(NO_SUMMARY, claim_id, quote))
    place = {claim_id: n for n, claim_id in enumerate(claim_ids)}
    for claim_id, evidence_id, title in sorted(unsourced, key=lambda r: place.get(r[0], 0)):
        by_kind[EVIDENCE_UNSOURCED].append(
            CheckItem(EVIDENCE_UNSOURCED, claim_id, rows[claim_id][1], evidence_id, title)
        )
    for kind in CHECK_KINDS[1:]:
        items += by_kind[kind]
    return items
