"""The source picker's list: every source of the workspace, newest first, as a model.

A workspace may hold tens of thousands of sources. The model holds their ids only (read from a
covering index) and fetches titles a page at a time as the combo box asks for them, keeping the
pages it read last; the number of claims in a source, shown as a tooltip, is asked for only when a
tooltip is wanted.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.errors import NotFound
from app.services import sources
from app.workspace import Workspace

ID_ROLE = Qt.ItemDataRole.UserRole  # QComboBox.findData and itemData look here by default
PAGE = 200  # titles read at a time
CACHE = 2_000  # titles kept


class SourceChoices(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workspace: Workspace | None = None
        self._ids: list[int] = []
        self._labels: OrderedDict[int, tuple[str, str]] = OrderedDict()

    def reload(self, workspace: Workspace | None) -> None:
        self.beginResetModel()
        self._workspace = workspace
        self._ids = sources.source_ids(workspace) if workspace is not None else []
        self._labels.clear()
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def _label(self, row: int) -> tuple[str, str]:
        source_id = self._ids[row]
        if source_id in self._labels:
            self._labels.move_to_end(source_id)
        elif self._workspace is not None:
            start = row - row % PAGE
            self._labels.update(sources.source_labels(self._workspace, self._ids[start : start + PAGE]))
            while len(self._labels) > CACHE:
                self._labels.popitem(last=False)
        return self._labels.get(source_id, ("", ""))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        source_id = self._ids[index.row()]
        if role == ID_ROLE:
            return source_id
        if role == Qt.ItemDataRole.DisplayRole:
            title, outlet = self._label(index.row())
            return f"{title} — {outlet}" if outlet else title
        if role == Qt.ItemDataRole.ToolTipRole and self._workspace is not None:
            try:
                count = sources.claim_count(self._workspace, source_id)
            except NotFound:
                return None
            return self.tr("%n claim(s)", "", count)
        return None
