"""The open workspace as the window sees it: the services, the undo stack and one change signal.

Every edit goes through `push()` as an undo command wrapping one service call; whatever the call
changed is announced once through `changed`, and each view redraws only what concerns it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QMetaObject, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.changes import Changes
from app.errors import FactdeskError
from app.workspace import Workspace
from ui.messages import words

log = logging.getLogger(__name__)


class WorkspaceSession(QObject):
    changed = Signal(object)  # Changes
    failed = Signal(str)  # a message fit for the user

    def __init__(self, workspace: Workspace, *, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.undo_stack = QUndoStack(self)

    @property
    def path(self):
        return self.workspace.path

    def push(self, command: QUndoCommand) -> bool:
        """Run `command` and put it on the undo stack; False (and a message) if it was refused."""
        if self.workspace.damage:  # found damaged while open: writes stopped (Workspace.stop_writes)
            self.failed.emit(words(self.workspace.damage_message()))
            return False
        if self.workspace.read_only:  # the actions are disabled; this catches any path that is not
            self.failed.emit(
                self.tr("%1 is open read-only; the change was not made.").replace("%1", self.workspace.path.name)
            )
            return False
        self.undo_stack.push(command)
        return not getattr(command, "refused", False)

    def publish(self, changes: Changes) -> None:
        if not changes.empty:
            self.changed.emit(changes)

    def run(self, call: Callable[[], Changes]) -> Changes | None:
        """Run a service call that needs no undo (e.g. creating a claimant); None if it failed."""
        try:
            changes = call()
        except FactdeskError as exc:
            self.failed.emit(words(exc))
            return None
        self.publish(changes)
        return changes

    def close(self) -> None:
        self.undo_stack.clear()
        self.workspace.close()


def follow(
    previous: QMetaObject.Connection | None, session: WorkspaceSession | None, slot
) -> QMetaObject.Connection | None:
    """Move `slot` from the session it followed to `session`'s `changed` signal (by its
    connection handle, so the pane need not remember which session it followed)."""
    if previous is not None:
        QObject.disconnect(previous)
    return session.changed.connect(slot) if session is not None else None


class ServiceCommand(QUndoCommand):
    """One undoable change: `do` and `undo` each call a service and return its Changes.

    A refused change (a FactdeskError) marks the command obsolete, so the stack drops it, and
    says why through the session's `failed` signal; the views are told to re-read what they show.
    """

    def __init__(
        self,
        session: WorkspaceSession,
        text: str,
        do: Callable[[], Changes],
        undo: Callable[[], Changes],
        *,
        merge_key: tuple | None = None,
        refresh: Changes | None = None,
    ) -> None:
        super().__init__(text)
        self._session = session
        self._do = do
        self._undo = undo
        self.merge_key = merge_key
        self.refused = False
        self._refresh = refresh or Changes()

    def redo(self) -> None:
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, call: Callable[[], Changes]) -> None:
        try:
            changes = call()
        except FactdeskError as exc:
            self.refused = True
            self.setObsolete(True)
            self._session.failed.emit(words(exc))
            self._session.publish(self._refresh)
            return
        self._session.publish(changes)

    # Consecutive edits of one text field of one item become one undo step (typing, then saving).
    def id(self) -> int:
        return 1 if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ServiceCommand) or other.merge_key != self.merge_key or other.refused:
            return False
        self._do = other._do
        return True
