"""The custody log: an append-only record of what was done with each piece of evidence.

Every service that adds, links, unlinks, edits, exports, checks or deletes evidence writes its
entry with `record()` in the same session, so the entry and the change commit (or roll back)
together. The table refuses UPDATE and DELETE (triggers of migration 0005); entries name the
evidence by id and by its title at the time, so they outlive the evidence itself.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert
from sqlmodel import Session, col, select

from app.clock import utcnow
from app.messages import Size, msg
from app.models import Attachment, CustodyAction, CustodyEvent, Evidence
from app.workspace import Workspace

#: longest text value kept in an entry's detail (an excerpt can run to 100,000 characters)
DETAIL_TEXT_LIMIT = 500


def record(
    session: Session,
    user: str,
    action: CustodyAction,
    evidence: Evidence | None = None,
    *,
    evidence_id: int | None = None,
    title: str | None = None,
    attachment: Attachment | None = None,
    **detail: Any,
) -> CustodyEvent:
    """Add one entry (in `session`'s transaction): who, what, about which evidence and attachment."""
    if attachment is not None:
        detail.setdefault("name", attachment.name)
    event = CustodyEvent(
        user=user,
        action=CustodyAction(action).value,
        evidence_id=evidence.id if evidence is not None else evidence_id,
        evidence_title=evidence.title if evidence is not None else (title or ""),
        attachment_id=attachment.id if attachment is not None else None,
        sha256=attachment.sha256 if attachment is not None else None,
        detail=json.dumps(_plain(detail), ensure_ascii=False, sort_keys=True),
    )
    session.add(event)
    return event


def record_report_export(ws: Workspace, evidence_ids: Iterable[int | None], *, report: str, target: Path) -> None:
    """Note in each cited piece's log that a report citing it was written to `target` (a workspace
    opened read-only keeps no log).

    One select of the cited pieces' titles and one bulk insert: a report can cite thousands of
    pieces, and an ORM `get` and flush per piece took 6.4 s for 3,003 of them."""
    if ws.read_only:
        return
    wanted = list(dict.fromkeys(i for i in evidence_ids if i is not None))
    if not wanted:
        return
    detail = json.dumps(_plain({"report": report, "to": str(target)}), ensure_ascii=False, sort_keys=True)
    action = CustodyAction.EXPORTED.value
    with ws.writing() as session:
        titles: dict[int, str] = {}
        for start in range(0, len(wanted), _IN_CHUNK):
            chunk = wanted[start : start + _IN_CHUNK]
            titles.update(session.exec(select(Evidence.id, Evidence.title).where(col(Evidence.id).in_(chunk))).all())
        at = utcnow()
        rows = [
            {
                "at": at,
                "user": ws.user,
                "action": action,
                "evidence_id": i,
                "evidence_title": titles[i],
                "detail": detail,
            }
            for i in wanted
            if i in titles
        ]
        if rows:
            session.execute(insert(CustodyEvent), rows)


#: ids per `IN (…)` list, below SQLite's limit of bound parameters
_IN_CHUNK = 900


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [_plain(v) for v in value]
    if isinstance(value, str):
        return value if len(value) <= DETAIL_TEXT_LIMIT else value[: DETAIL_TEXT_LIMIT - 1] + "…"
    if value is None or isinstance(value, bool | int | float):
        return value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


@dataclass(frozen=True)
class Entry:
    id: int
    at: datetime  # aware, UTC
    user: str
    action: str
    evidence_id: int | None
    evidence_title: str
    attachment_id: int | None
    sha256: str | None
    detail: dict[str, Any]

    def describe(self) -> str:
        """One line in words, e.g. "attached screenshot.png (image/png, 12,345 bytes)" (a msg(): the
        window shows it in the analyst's language)."""
        d = self.detail
        name = d.get("name", "")
        if self.action == CustodyAction.ATTACHED:
            return msg(
                "attached {name} ({media_type}, {size}, SHA-256 {sha})",
                name=name,
                media_type=d.get("media_type", "?"),
                size=Size(int(d.get("size", 0) or 0)),
                sha=_short(self.sha256),
            )
        if self.action == CustodyAction.DETACHED:
            return msg("removed the attachment {name}", name=name)
        if self.action in (CustodyAction.LINKED, CustodyAction.UNLINKED):
            claim, quote = str(d.get("claim_id")), d.get("claim", "")
            stance = _stance(d.get("stance"))
            if self.action == CustodyAction.LINKED and stance:
                return msg("linked to claim #{claim} ({stance}): “{quote}”", claim=claim, stance=stance, quote=quote)
            if self.action == CustodyAction.LINKED:
                return msg("linked to claim #{claim}: “{quote}”", claim=claim, quote=quote)
            if stance:
                return msg(
                    "unlinked from claim #{claim} ({stance}): “{quote}”", claim=claim, stance=stance, quote=quote
                )
            return msg("unlinked from claim #{claim}: “{quote}”", claim=claim, quote=quote)
        if self.action == CustodyAction.EDITED:
            if "stance" in d:
                return msg(
                    "stance on claim #{claim} changed from {old} to {new}",
                    claim=str(d.get("claim_id")),
                    old=_stance(d["stance"][0]),
                    new=_stance(d["stance"][1]),
                )
            return msg("edited {fields}", fields=", ".join(sorted(d.get("fields", {}))))
        if self.action == CustodyAction.EXPORTED:
            if "report" in d:
                return msg("cited in the report “{report}” written to {to}", report=d["report"], to=d.get("to", "?"))
            return msg("saved a copy of {name} to {to}", name=name, to=d.get("to", "?"))
        if self.action == CustodyAction.OPENED:
            return msg("opened a temporary copy of {name} in the system viewer", name=name)
        if self.action == CustodyAction.CHECKED:
            failed = d.get("failed", [])
            if not failed:
                return msg("integrity check: %n attachment(s) intact", n=int(d.get("checked", 0) or 0))
            names = ", ".join(f"{f.get('name')} ({f.get('problem')})" for f in failed)
            return msg("integrity check FAILED: {names}", names=names)
        if self.action == CustodyAction.DELETED:
            claims = d.get("claims", [])
            return msg("deleted (was linked to %n claim(s))", n=len(claims)) if claims else msg("deleted")
        if self.action == CustodyAction.RESTORED:
            return msg("restored (undo)")
        if self.action == CustodyAction.CREATED:
            return msg("created from {name}", name=name) if name else msg("created")
        return self.action


def _stance(value: str | None):
    """A stance in words ("supports"), or "" when none was recorded."""
    if not value:
        return ""
    return {"supports": msg("supports"), "refutes": msg("refutes"), "context": msg("context")}.get(value, value)


def _short(sha: str | None) -> str:
    return (sha or "")[:12] + "…" if sha else "?"


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _entry(event: CustodyEvent) -> Entry:
    try:
        detail = json.loads(event.detail or "{}")
    except ValueError:
        detail = {"raw": event.detail}
    return Entry(
        event.id,
        _aware(event.at),
        event.user,
        event.action,
        event.evidence_id,
        event.evidence_title,
        event.attachment_id,
        event.sha256,
        detail if isinstance(detail, dict) else {"raw": detail},
    )


def log_for(ws: Workspace, evidence_id: int) -> list[Entry]:
    """A piece of evidence's custody log, oldest first (also after the evidence was deleted)."""
    with ws.reading() as session:
        rows = session.exec(
            select(CustodyEvent).where(CustodyEvent.evidence_id == evidence_id).order_by(CustodyEvent.id)
        )
        return [_entry(row) for row in rows]


def whole_log(ws: Workspace) -> list[Entry]:
    with ws.reading() as session:
        return [_entry(row) for row in session.exec(select(CustodyEvent).order_by(CustodyEvent.id))]


def failed_checks(ws: Workspace) -> dict[int, dict[int, str]]:
    """For each piece of evidence whose latest integrity check failed: attachment id -> problem."""
    latest: dict[int, CustodyEvent] = {}
    with ws.reading() as session:
        rows = session.exec(
            select(CustodyEvent).where(CustodyEvent.action == CustodyAction.CHECKED.value).order_by(CustodyEvent.id)
        )
        for row in rows:
            if row.evidence_id is not None:
                latest[row.evidence_id] = row
    flagged: dict[int, dict[int, str]] = {}
    for evidence_id, row in latest.items():
        failed = _entry(row).detail.get("failed") or []
        if failed:
            flagged[evidence_id] = {int(f["attachment_id"]): str(f.get("problem", "")) for f in failed}
    return flagged
