"""Reports: their front matter and the claims they carry."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import insert as sa_insert
from sqlmodel import Session, select

from app.changes import REPORT, Changes
from app.clock import utcnow
from app.errors import ValidationError
from app.messages import msg
from app.models import (
    Claim,
    ClaimStatus,
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


def report_claim_ids(session: Session, report: Report) -> list[int]:
    """The claims a report carries, in its order: chosen by hand, or by its filter and period."""
    if report.by_filter:
        flt = ClaimFilter(
            status=report.filter_status,
            rating_id=report.filter_rating_id,
            tag_id=report.filter_tag_id,
            source_id=report.filter_source_id,
            claimed_from=report.period_start,
            claimed_to=report.period_end,
        )
        ids = list(session.exec(select(Claim.id).where(*filter_conditions(flt)).order_by(Claim.id)))
    else:
        ids = list(
            session.exec(
                select(ReportClaim.claim_id).where(ReportClaim.report_id == report.id).order_by(ReportClaim.position)
            )
        )
    return ids
