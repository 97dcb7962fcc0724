"""Undo commands for tags and rating scales, each around one catalog service call."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.changes import RATING, TAG, Changes
from app.services import catalog
from ui.commands import _update, creation, deletion
from ui.session import ServiceCommand, WorkspaceSession


def _tr(text: str) -> str:
    return QCoreApplication.translate("commands", text)


# -- tags ----------------------------------------------------------------------------------------


def update_tag(session: WorkspaceSession, tag_id: int, **fields: Any) -> ServiceCommand:
    text = _tr("Rename Tag") if "name" in fields else _tr("Change Tag Title")
    return _update(session, text, catalog.update_tag, tag_id, TAG, fields)


def merge_tags(session: WorkspaceSession, tag_ids: list[int], *, into: int) -> ServiceCommand:
    ws = session.workspace
    return deletion(
        session,
        _tr("Merge Tags"),
        lambda: catalog.merge_tags(ws, tag_ids, into),
        lambda saved: catalog.restore_tags(ws, saved),
        refresh=Changes().update(TAG, *tag_ids),
    )


def delete_tags(session: WorkspaceSession, tag_ids: list[int]) -> ServiceCommand:
    ws = session.workspace
    return deletion(
        session,
        _tr("Delete Tag") if len(tag_ids) == 1 else _tr("Delete Tags"),
        lambda: catalog.delete_tags(ws, tag_ids),
        lambda saved: catalog.restore_tags(ws, saved),
        refresh=Changes().update(TAG, *tag_ids),
    )


def delete_unused_tags(session: WorkspaceSession) -> ServiceCommand:
    ws = session.workspace
    return deletion(
        session,
        _tr("Delete Unused Tags"),
        lambda: catalog.delete_unused_tags(ws),
        lambda saved: catalog.restore_tags(ws, saved),
    )


# -- rating scales -------------------------------------------------------------------------------


def update_rating(session: WorkspaceSession, rating_id: int, **fields: Any) -> ServiceCommand:
    return _update(session, _tr("Edit Rating"), catalog.update_rating, rating_id, RATING, fields)


def add_rating(session: WorkspaceSession, scale_id: int, **fields: Any) -> ServiceCommand:
    ws = session.workspace
    return creation(
        session,
        _tr("Add Rating"),
        lambda: catalog.add_rating(ws, scale_id, **fields),
        lambda rating_id: catalog.delete_rating(ws, rating_id),
        lambda saved: catalog.restore_rating(ws, saved),
    )


def delete_rating(session: WorkspaceSession, rating_id: int) -> ServiceCommand:
    ws = session.workspace
    return deletion(
        session,
        _tr("Remove Rating"),
        lambda: catalog.delete_rating(ws, rating_id),
        lambda saved: catalog.restore_rating(ws, saved),
        refresh=Changes().update(RATING, rating_id),
    )


def move_rating(session: WorkspaceSession, rating_id: int, offset: int) -> ServiceCommand:
    ws = session.workspace
    state: dict[str, int] = {}

    def do() -> Changes:
        changes = catalog.move_rating(ws, rating_id, offset)
        state["back"] = changes.previous["offset"]
        return changes

    def undo() -> Changes:
        return catalog.move_rating(ws, rating_id, state.get("back", 0))

    return ServiceCommand(session, _tr("Move Rating"), do, undo, refresh=Changes().update(RATING, rating_id))


def create_scale(session: WorkspaceSession, name: str, *, copy_of: int | None = None) -> ServiceCommand:
    ws = session.workspace
    return creation(
        session,
        _tr("Duplicate Rating Scale") if copy_of is not None else _tr("New Rating Scale"),
        lambda: catalog.create_scale(ws, name, copy_of=copy_of),
        lambda scale_id: catalog.delete_scale(ws, scale_id),
        lambda saved: catalog.restore_scale(ws, saved),
    )


def delete_scale(session: WorkspaceSession, scale_id: int) -> ServiceCommand:
    ws = session.workspace
    return deletion(
        session,
        _tr("Delete Rating Scale"),
        lambda: catalog.delete_scale(ws, scale_id),
        lambda saved: catalog.restore_scale(ws, saved),
    )


def rename_scale(session: WorkspaceSession, scale_id: int, name: str) -> ServiceCommand:
    return _update(session, _tr("Rename Rating Scale"), catalog.rename_scale, scale_id, RATING, {"name": name})


def set_active_scale(session: WorkspaceSession, scale_id: int) -> ServiceCommand:
    ws = session.workspace
    state: dict[str, int] = {}

    def do() -> Changes:
        changes = catalog.set_active_scale(ws, scale_id)
        state.setdefault("back", changes.previous["scale_id"])
        return changes

    def undo() -> Changes:
        return catalog.set_active_scale(ws, state["back"])

    return ServiceCommand(session, _tr("Choose Rating Scale"), do, undo, refresh=Changes().update(RATING))
