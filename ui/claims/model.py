"""The claims list as a Qt table model that holds ids and fetches rows lazily, a page at a time.

With 100,000 claims the model holds 100,000 ints (the filter's ids, in order) and at most
`CACHE_ROWS` display rows, the pages last looked at; a page is one query for `PAGE` rows.
From `BACKGROUND_FROM` claims on, the ids of a new filter, sort or refresh are queried on a worker
thread (100,000 of them take 60–150 ms, too long for the window to freeze); the list keeps showing
what it showed until they are in. `loaded` says they are, at once or later.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from app.services import claims
from app.services.claims import ClaimFilter, ClaimRow
from app.workspace import Workspace
from ui.labels import rating_label, status_label
from ui.table_model import FlatTableModel
from ui.tasks import Pool, Task, run_task

PAGE = 200
CACHE_ROWS = PAGE * 10  # the rows of the ten pages last shown; older ones are fetched again
BACKGROUND_FROM = 20_000  # claims in the workspace from which ids are queried off the UI thread
Index = QModelIndex | QPersistentModelIndex


class ClaimTableModel(FlatTableModel):
    COLUMNS = ("quote", "claimant", "rating", "status", "claimed_on", "source")
    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    loaded = Signal()  # the ids of the current filter and sort are in

    def __init__(self, workspace: Workspace | None = None, *, pool: Pool | None = None, parent=None) -> None:
        super().__init__(parent)
        self.pool = pool  # for the worker queries (None: Qt's global pool)
        self._workspace = workspace
        self._filter = ClaimFilter()
        self._ids: list[int] = []
        self._positions: dict[int, int] | None = None  # claim id -> row, built when first asked
        self._rows: OrderedDict[int, ClaimRow] = OrderedDict()  # least recently shown first
        self._background = False
        self._generation = 0  # of the newest question for ids; older answers are dropped
        self._running: set[Task] = set()
        self._headers = (
            self.tr("Claim"),
            self.tr("Claimant"),
            self.tr("Rating"),
            self.tr("Status"),
            self.tr("Date"),
            self.tr("Source"),
        )
        self.set_workspace(workspace)

    # -- data ------------------------------------------------------------------------------------

    def set_workspace(self, workspace: Workspace | None) -> None:
        self._workspace = workspace
        self._background = workspace is not None and claims.count_claims(workspace) >= BACKGROUND_FROM
        self.reload()

    @property
    def filter(self) -> ClaimFilter:
        return self._filter

    @property
    def busy(self) -> bool:
        """A query for ids is on its way (only ever with a big workspace)."""
        return any(not task.is_finished() for task in self._running)

    def set_filter(self, flt: ClaimFilter) -> None:
        if flt != self._filter:
            self._filter = flt
            self.reload()

    def reload(self) -> None:
        """Re-query the ids and forget cached rows."""
        self._ask_ids(self._reset_to)

    def _ask_ids(self, then: Callable[[list[int]], None]) -> None:
        """Query the ids of the current filter and sort, and hand them to `then` on the UI thread."""
        self._generation += 1
        if self._workspace is None:
            then([])
            return
        if not self._background:
            then(claims.claim_ids(self._workspace, self._filter))
            return
        generation, workspace, flt = self._generation, self._workspace, self._filter
        task = Task(lambda *, progress, cancelled: claims.claim_ids(workspace, flt))
        task.succeeded.connect(lambda ids: then(ids) if generation == self._generation else None)
        self._running = {t for t in self._running if not t.is_finished()}
        self._running.add(task)
        run_task(task, self.pool)

    def _reset_to(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._set_ids(ids)
        self._rows.clear()
        self.endResetModel()
        self.loaded.emit()

    def _set_ids(self, ids: list[int]) -> None:
        self._ids = ids
        self._positions = None

    def refresh(self, changed_ids: set[int]) -> None:
        """After claims changed: re-query ids; if the list is the same, only redraw the changed rows."""

        def apply(ids: list[int]) -> None:
            if ids != self._ids:
                self._reset_to(ids)
                return
            for claim_id in changed_ids:
                self._rows.pop(claim_id, None)
                row = self.row_of(claim_id)
                if row is not None:
                    self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
            self.loaded.emit()

        self._ask_ids(apply)

    def claim_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, claim_id: int) -> int | None:
        if self._positions is None:
            self._positions = {claim_id: row for row, claim_id in enumerate(self._ids)}
        return self._positions.get(claim_id)

    def _row(self, row: int) -> ClaimRow | None:
        claim_id = self._ids[row]
        cached = self._rows.get(claim_id)
        if cached is not None:
            self._rows.move_to_end(claim_id)
            return cached
        if self._workspace is None:
            return None
        start = (row // PAGE) * PAGE
        page = [i for i in self._ids[start : start + PAGE] if i not in self._rows]
        self._rows.update(claims.claim_rows(self._workspace, page))
        while len(self._rows) > CACHE_ROWS:
            self._rows.popitem(last=False)
        return self._rows.get(claim_id)

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
            return rating_label(row.rating) or self.tr("Not rated yet")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.COLUMNS[column] if 0 <= column < len(self.COLUMNS) else "created"
        self._filter = replace(self._filter, sort=key, descending=order == Qt.SortOrder.DescendingOrder)
        self._ask_ids(self._reorder)

    def _reorder(self, ids: list[int]) -> None:
        """The same claims in another order: persistent indexes (a view's selection) follow them."""
        old = self._ids
        if len(old) != len(ids) or set(old) != set(ids):  # the data changed meanwhile
            self._reset_to(ids)
            return
        self.layoutAboutToBeChanged.emit()
        self._set_ids(ids)
        for persistent in self.persistentIndexList():
            new_row = self.row_of(old[persistent.row()])
            self.changePersistentIndex(persistent, self.index(new_row, persistent.column()))
        self.layoutChanged.emit()
        self.loaded.emit()


def _display(row: ClaimRow, column: str) -> str:
    if column == "quote":
        return " ".join(row.quote.split())
    if column == "claimant":
        return row.claimant
    if column == "rating":
        return rating_label(row.rating) or "—"
    if column == "status":
        return status_label(row.status)
    if column == "claimed_on":
        return row.claimed_on.isoformat() if row.claimed_on else ""
    return row.source
