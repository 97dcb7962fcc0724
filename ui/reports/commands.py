"""Undo commands for reports: each wraps the report services and remembers what to put back."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.changes import REPORT, Changes
from app.errors import FactdeskError
from app.services import reports
from ui.commands import creation, deletion
from ui.session import ServiceCommand, WorkspaceSession


def create_report(session: WorkspaceSession, fields: dict[str, Any], claim_ids: Sequence[int] = ()) -> ServiceCommand:
    """A new report with its claims; undo deletes it, redo puts the same report back (same id)."""
    ws = session.workspace
    return creation(
        session,
        QCoreApplication.translate("commands", "New Report"),
        lambda: reports.create_report(ws, claim_ids=list(claim_ids), **fields),
        lambda report_id: reports.delete_report(ws, report_id),
        lambda saved: reports.restore_report(ws, saved),
    )


def edit_report(
    session: WorkspaceSession,
    report_id: int,
    fields: dict[str, Any],
    claim_ids: Sequence[int] | None = None,
) -> ServiceCommand:
    """One undo step for what the report editor changed: its fields and (if given) its hand-chosen claims."""
    ws = session.workspace
    state: dict[str, Any] = {}

    def do() -> Changes:
        changes = Changes(subject=report_id).update(REPORT, report_id)
        if fields:
            updated = reports.update_report(ws, report_id, **fields)
            state.setdefault("fields", updated.previous)
            changes.merge(updated)
        if claim_ids is not None:
            try:
                chosen = reports.set_report_claims(ws, report_id, list(claim_ids))
            except FactdeskError:
                if fields:  # all or nothing: put the fields back before saying no
                    reports.update_report(ws, report_id, **state["fields"])
                raise
            state.setdefault("claims", chosen.previous["claims"])
            changes.merge(chosen)
        return changes

    def undo() -> Changes:
        changes = Changes(subject=report_id).update(REPORT, report_id)
        if "claims" in state:
            changes.merge(reports.set_report_claims(ws, report_id, state["claims"]))
        if state.get("fields"):
            changes.merge(reports.update_report(ws, report_id, **state["fields"]))
        return changes

    text = (
        QCoreApplication.translate("commands", "Change Report Claims")
        if not fields
        else QCoreApplication.translate("commands", "Edit Report")
    )
    return ServiceCommand(session, text, do, undo, refresh=Changes().update(REPORT, report_id))


def set_report_claims(session: WorkspaceSession, report_id: int, claim_ids: Sequence[int]) -> ServiceCommand:
    return edit_report(session, report_id, {}, claim_ids)


def delete_report(session: WorkspaceSession, report_id: int) -> ServiceCommand:
    ws = session.workspace
    return deletion(
        session,
        QCoreApplication.translate("commands", "Delete Report"),
        lambda: reports.delete_report(ws, report_id),
        lambda saved: reports.restore_report(ws, saved),
        refresh=Changes().update(REPORT, report_id),
    )
