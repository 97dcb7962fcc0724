"""Undo commands: each wraps one service call and remembers what it needs to put things back."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.changes import ACTOR, CLAIM, EVIDENCE, LINK, SOURCE, Changes
from app.services import catalog, claims, evidence, sources
from ui.session import ServiceCommand, WorkspaceSession


def _field_name(field: str) -> str:
    """How an edit of a claim field is named in the Edit menu ("Undo Change Rating")."""
    names = {
        "statement": QCoreApplication.translate("commands", "Change Wording"),
        "claimant_id": QCoreApplication.translate("commands", "Change Claimant"),
        "claimed_on": QCoreApplication.translate("commands", "Change Date"),
        "status": QCoreApplication.translate("commands", "Change Status"),
        "rating_id": QCoreApplication.translate("commands", "Change Rating"),
        "summary": QCoreApplication.translate("commands", "Edit Summary"),
        "rationale": QCoreApplication.translate("commands", "Edit Rationale"),
    }
    return names.get(field, QCoreApplication.translate("commands", "Edit Claim"))


_TEXT_FIELDS = {"statement", "summary", "rationale", "excerpt", "note"}


def _update(
    session: WorkspaceSession, text: str, call: Callable[..., Changes], row_id: int, kind: str, fields: dict[str, Any]
) -> ServiceCommand:
    """An edit of some fields; undo writes back the values the first edit replaced."""
    state: dict[str, Any] = {}

    def do() -> Changes:
        changes = call(session.workspace, row_id, **fields)
        state.setdefault("previous", changes.previous)
        return changes

    def undo() -> Changes:
        return call(session.workspace, row_id, **state.get("previous", {}))

    merge_key = (kind, row_id, next(iter(fields))) if len(fields) == 1 and set(fields) <= _TEXT_FIELDS else None
    return ServiceCommand(session, text, do, undo, merge_key=merge_key, refresh=Changes().update(kind, row_id))


def update_claim(session: WorkspaceSession, claim_id: int, **fields: Any) -> ServiceCommand:
    name = _field_name(next(iter(fields)) if len(fields) == 1 else "")
    return _update(session, name, claims.update_claim, claim_id, CLAIM, fields)


def update_source(session: WorkspaceSession, source_id: int, **fields: Any) -> ServiceCommand:
    return _update(
        session,
        QCoreApplication.translate("commands", "Edit Source Details"),
        sources.update_source,
        source_id,
        SOURCE,
        fields,
    )


def update_evidence(session: WorkspaceSession, evidence_id: int, **fields: Any) -> ServiceCommand:
    return _update(
        session,
        QCoreApplication.translate("commands", "Edit Evidence"),
        evidence.update_evidence,
        evidence_id,
        EVIDENCE,
        fields,
    )


def update_actor(session: WorkspaceSession, actor_id: int, **fields: Any) -> ServiceCommand:
    text = QCoreApplication.translate("commands", "Edit Claimant")
    return _update(session, text, catalog.update_actor, actor_id, ACTOR, fields)


def update_link(session: WorkspaceSession, link_id: int, **fields: Any) -> ServiceCommand:
    text = (
        QCoreApplication.translate("commands", "Change Stance")
        if set(fields) == {"stance"}
        else QCoreApplication.translate("commands", "Edit Evidence Note")
    )
    return _update(session, text, evidence.update_link, link_id, LINK, fields)


def set_claimant(session: WorkspaceSession, claim_id: int, name: str, role: str = "") -> ServiceCommand:
    state: dict[str, Any] = {}

    def do() -> Changes:
        changes = claims.set_claimant(session.workspace, claim_id, name, role)
        state.setdefault("previous", changes.previous.get("claimant_id", state.get("previous")))
        return changes

    def undo() -> Changes:
        return claims.update_claim(session.workspace, claim_id, claimant_id=state.get("previous"))

    return ServiceCommand(
        session,
        QCoreApplication.translate("commands", "Change Claimant"),
        do,
        undo,
        refresh=Changes().update(CLAIM, claim_id),
    )


def set_tags(session: WorkspaceSession, claim_id: int, names: list[str]) -> ServiceCommand:
    state: dict[str, Any] = {}

    def do() -> Changes:
        changes = claims.set_tags(session.workspace, claim_id, names)
        state.setdefault("previous", changes.previous["tags"])
        state["dropped"] = changes.previous.get("dropped", [])
        return changes

    def undo() -> Changes:
        return claims.set_tags(session.workspace, claim_id, state["previous"], put_back=state.get("dropped"))

    return ServiceCommand(
        session,
        QCoreApplication.translate("commands", "Change Tags"),
        do,
        undo,
        refresh=Changes().update(CLAIM, claim_id),
    )


def creation(
    session: WorkspaceSession,
    text: str,
    create: Callable[[], Changes],
    delete: Callable[[int], Changes],
    restore: Callable[[Any], Changes],
    *,
    key: str = "snapshot",
) -> ServiceCommand:
    """Something new: undo deletes it and keeps a snapshot; redo puts that snapshot back (same id)."""
    state: dict[str, Any] = {}

    def do() -> Changes:
        if "saved" in state:
            return restore(state.pop("saved"))
        changes = create()
        state["id"] = changes.subject
        return changes

    def undo() -> Changes:
        changes = delete(state["id"])
        state["saved"] = changes.previous[key]
        return changes

    command = ServiceCommand(session, text, do, undo)
    command.created_id = lambda: state.get("id")
    return command


def deletion(
    session: WorkspaceSession,
    text: str,
    delete: Callable[[], Changes],
    restore: Callable[[Any], Changes],
    *,
    key: str = "snapshot",
    refresh: Changes | None = None,
) -> ServiceCommand:
    """Something removed: the service's snapshot (`previous[key]`) is kept so undo can put it back."""
    state: dict[str, Any] = {}

    def do() -> Changes:
        changes = delete()
        state["saved"] = changes.previous[key]
        return changes

    def undo() -> Changes:
        return restore(state["saved"])

    return ServiceCommand(session, text, do, undo, refresh=refresh)


def create_source(session: WorkspaceSession, **fields: Any) -> ServiceCommand:
    ws = session.workspace
    return creation(
        session,
        QCoreApplication.translate("commands", "New Source"),
        lambda: sources.create_source(ws, **fields),
        lambda source_id: sources.delete_source(ws, source_id),
        lambda snap: sources.restore_source(ws, snap),
    )


def delete_source(session: WorkspaceSession, source_id: int) -> ServiceCommand:
    ws = session.workspace
    return deletion(
        session,
        QCoreApplication.translate("commands", "Delete Source"),
        lambda: sources.delete_source(ws, source_id),
        lambda snap: sources.restore_source(ws, snap),
    )


def create_claim(
    session: WorkspaceSession, source_id: int, start: int, end: int, *, carry_over: bool = True
) -> ServiceCommand:
    """A claim marked in a source; with `carry_over` it starts with the claimant, date and tags of
    the claim marked last in that source (or the source's date): `command.carried()` says which."""
    ws = session.workspace
    carried: dict[str, Any] = {}

    def create() -> Changes:
        carried.clear()
        if carry_over:
            carried.update(claims.new_claim_defaults(ws, source_id))
        return claims.create_claim(ws, source_id, start, end, **carried)

    command = creation(
        session,
        QCoreApplication.translate("commands", "Mark Claim"),
        create,
        lambda claim_id: claims.delete_claim(ws, claim_id),
        lambda snap: claims.restore_claim(ws, snap),
    )
    command.carried = lambda: dict(carried)
    return command


def batch_edit(session: WorkspaceSession, claim_ids: list[int], **edit: Any) -> ServiceCommand:
    """The same change to many claims (status, rating, date, claimant, tags added or removed): one
    service call, one transaction, one undo step."""
    ws = session.workspace
    ids = sorted(set(claim_ids))
    state: dict[str, Any] = {}

    def do() -> Changes:
        changes = claims.batch_edit(ws, ids, **edit)
        state["before"] = changes.previous["batch"]
        return changes

    def undo() -> Changes:
        return claims.restore_batch(ws, state["before"])

    text = (
        QCoreApplication.translate("commands", "Change %1 Claims").replace("%1", str(len(ids)))
        if len(ids) > 1
        else QCoreApplication.translate("commands", "Change Claim")
    )
    return ServiceCommand(session, text, do, undo, refresh=Changes().update(CLAIM, *ids))


def delete_claim(session: WorkspaceSession, claim_id: int) -> ServiceCommand:
    ws = session.workspace
    return deletion(
        session,
        QCoreApplication.translate("commands", "Delete Claim"),
        lambda: claims.delete_claim(ws, claim_id),
        lambda snap: claims.restore_claim(ws, snap),
    )


def add_evidence(
    session: WorkspaceSession, claim_id: int, fields: dict[str, Any], *, stance: str, note: str = ""
) -> ServiceCommand:
    """New evidence, linked to a claim; undo removes both."""
    ws = session.workspace
    state: dict[str, Any] = {}

    def do() -> Changes:
        if "saved" in state:
            return evidence.restore_evidence(ws, state.pop("saved"))
        changes = evidence.create_and_link(ws, claim_id, fields, stance=stance, note=note)
        state["evidence_id"] = changes.previous["evidence_id"]
        return changes

    def undo() -> Changes:
        changes = evidence.delete_evidence(ws, state["evidence_id"])
        state["saved"] = changes.previous["snapshot"]
        return changes

    return ServiceCommand(session, QCoreApplication.translate("commands", "Add Evidence"), do, undo)


def link_evidence(
    session: WorkspaceSession, claim_id: int, evidence_id: int, *, stance: str, note: str = ""
) -> ServiceCommand:
    ws = session.workspace
    return creation(
        session,
        QCoreApplication.translate("commands", "Link Evidence"),
        lambda: evidence.link(ws, claim_id, evidence_id, stance=stance, note=note),
        lambda link_id: evidence.unlink(ws, link_id),
        lambda saved: evidence.relink(ws, saved),
        key="link",
    )


def unlink_evidence(session: WorkspaceSession, link_id: int) -> ServiceCommand:
    ws = session.workspace
    return deletion(
        session,
        QCoreApplication.translate("commands", "Unlink Evidence"),
        lambda: evidence.unlink(ws, link_id),
        lambda saved: evidence.relink(ws, saved),
        key="link",
    )


def delete_evidence(session: WorkspaceSession, evidence_id: int) -> ServiceCommand:
    ws = session.workspace
    return deletion(
        session,
        QCoreApplication.translate("commands", "Delete Evidence"),
        lambda: evidence.delete_evidence(ws, evidence_id),
        lambda snap: evidence.restore_evidence(ws, snap),
    )


def reorder_links(session: WorkspaceSession, claim_id: int, link_ids: list[int]) -> ServiceCommand:
    ws = session.workspace
    state: dict[str, Any] = {}

    def do() -> Changes:
        changes = evidence.reorder_links(ws, claim_id, link_ids)
        state.setdefault("previous", changes.previous["order"])
        return changes

    def undo() -> Changes:
        return evidence.reorder_links(ws, claim_id, state["previous"])

    return ServiceCommand(session, QCoreApplication.translate("commands", "Reorder Evidence"), do, undo)


def set_claim_span(
    session: WorkspaceSession, claim_id: int, start: int, end: int, *, nudge: bool = False
) -> ServiceCommand:
    """A claim's span moved to start–end; undo puts back the span it had. Nudges of one claim's
    edges in a row (a word at a time) are undone together, as typing is."""
    ws = session.workspace
    state: dict[str, Any] = {}

    def do() -> Changes:
        changes = claims.set_claim_span(ws, claim_id, start, end)
        state.setdefault("previous", changes.previous["span"])
        return changes

    def undo() -> Changes:
        return claims.set_claim_span(ws, claim_id, *state["previous"])

    return ServiceCommand(
        session,
        QCoreApplication.translate("commands", "Change Claim Span"),
        do,
        undo,
        merge_key=("claim span", claim_id) if nudge else None,
        refresh=Changes().update(CLAIM, claim_id),
    )
