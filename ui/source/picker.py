"""The source picker's list: every source of the workspace, newest first, as a model.

A workspace may hold tens of thousands of sources. The list is read in one query from a covering
index (id, title, outlet) and handed to the combo box as a model, not item by item; the number of
claims in a source, shown as a tooltip, is asked for only when a tooltip is wanted.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.errors import NotFound
from app.services import sources
from app.workspace import Workspace

ID_ROLE = Qt.ItemDataRole.UserRole  # QComboBox.findData and itemData look here by default


class SourceChoices(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workspace: Workspace | None = None
        self._rows: list[tuple[int, str, str]] = []

    def reload(self, workspace: Workspace | None) -> None:
        self.beginResetModel()
        self._workspace = workspace
        self._rows = sources.source_choices(workspace) if workspace is not None else []
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        source_id, title, outlet = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{title} — {outlet}" if outlet else title
        if role == ID_ROLE:
            return source_id
        if role == Qt.ItemDataRole.ToolTipRole and self._workspace is not None:
            try:
                count = sources.claim_count(self._workspace, source_id)
            except NotFound:
                return None
            return self.tr("%n claim(s)", "", count)
        return None
