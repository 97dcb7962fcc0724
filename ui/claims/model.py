"""The claims list as a Qt table model that holds ids and fetches rows lazily, a page at a time."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.services import claims
from app.services.claims import ClaimFilter, ClaimRow
from app.workspace import Workspace
from ui.labels import status_label
from ui.table_model import FlatTableModel

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


class ClaimTableModel(FlatTableModel):
    COLUMNS = ("quote", "claimant", "rating", "status", "claimed_on", "source")
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, workspace: Workspace | None = None, *, parent=None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._filter = ClaimFilter()
        self._ids: list[int] = []
        self._rows: dict[int, ClaimRow] = {}
        self._headers = (
            self.tr("Claim"),
            self.tr("Claimant"),
            self.tr("Rating"),
            self.tr("Status"),
            self.tr("Date"),
            self.tr("Source"),
        )
        self.reload()

    # -- data ------------------------------------------------------------------------------------

    def set_workspace(self, workspace: Workspace | None) -> None:
        self._workspace = workspace
        self.reload()

    @property
    def filter(self) -> ClaimFilter:
        return self._filter

    def set_filter(self, flt: ClaimFilter) -> None:
        if flt != self._filter:
            self._filter = flt
            self.reload()

    def reload(self) -> None:
        """Re-query the ids (cheap) and forget cached rows."""
        self.beginResetModel()
        self._ids = claims.claim_ids(self._workspace, self._filter) if self._workspace else []
        self._rows.clear()
        self.endResetModel()

    def refresh(self, changed_ids: set[int]) -> None:
        """After claims changed: re-query ids; if the list is the same, only redraw the changed rows."""
        ids = claims.claim_ids(self._workspace, self._filter) if self._workspace else []
        if ids != self._ids:
            self.reload()
            return
        for claim_id in changed_ids:
            self._rows.pop(claim_id, None)
            row = self.row_of(claim_id)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def claim_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, claim_id: int) -> int | None:
        try:
            return self._ids.index(claim_id)
        except ValueError:
            return None

    def _row(self, row: int) -> ClaimRow | None:
        claim_id = self._ids[row]
        cached = self._rows.get(claim_id)
        if cached is None and self._workspace is not None:
            start = (row // PAGE) * PAGE
            page = [i for i in self._ids[start : start + PAGE] if i not in self._rows]
            self._rows.update(claims.claim_rows(self._workspace, page))
            cached = self._rows.get(claim_id)
        return cached

    # -- Qt model interface ------------------------------------------------------------------------

    def _row_count(self) -> int:
        return len(self._ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        if role == self.ID_ROLE:
            return self._ids[index.row()]
        row = self._row(index.row())
        if row is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "quote":
            return row.quote
        if role == Qt.ItemDataRole.DecorationRole and column == "rating" and row.colour:
            return QColor(row.colour)
        if role == Qt.ItemDataRole.ToolTipRole and column == "rating":
            return row.rating or self.tr("Not rated yet")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.COLUMNS[column] if 0 <= column < len(self.COLUMNS) else "created"
        self.layoutAboutToBeChanged.emit()
        self._filter = replace(self._filter, sort=key, descending=order == Qt.SortOrder.DescendingOrder)
        old = self._ids
        self._ids = claims.claim_ids(self._workspace, self._filter) if self._workspace else []
        if sorted(old) != sorted(self._ids):  # cannot happen unless the data changed meanwhile
            self.layoutChanged.emit()
            self.reload()
            return
        position = {claim_id: row for row, claim_id in enumerate(self._ids)}
        for persistent in self.persistentIndexList():
            new_row = position[old[persistent.row()]]
            self.changePersistentIndex(persistent, self.index(new_row, persistent.column()))
        self.layoutChanged.emit()


def _display(row: ClaimRow, column: str) -> str:
    if column == "quote":
        return " ".join(row.quote.split())
    if column == "claimant":
        return row.claimant
    if column == "rating":
        return row.rating or "—"
    if column == "status":
        return status_label(row.status)
    if column == "claimed_on":
        return row.claimed_on.isoformat() if row.claimed_on else ""
    return row.source
