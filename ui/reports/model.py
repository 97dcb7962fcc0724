"""Item models for reports: the list of reports, and the workspace's claims to tick for one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.models import ReportLanguage
from app.services import claims, reports
from app.services.claims import ClaimFilter, ClaimRow
from app.workspace import Workspace
from ui.labels import status_label
from ui.table_model import FlatTableModel

Index = QModelIndex | QPersistentModelIndex
PAGE = 200


def language_name(code: str) -> str:
    """A report language in the analyst's language ("англійська" in the Ukrainian window)."""
    return {
        ReportLanguage.EN: QCoreApplication.translate("ReportListModel", "English"),
        ReportLanguage.UK: QCoreApplication.translate("ReportListModel", "Ukrainian"),
    }.get(code, code)


def period_text(start: date | None, end: date | None) -> str:
    if start and end:
        return f"{start.isoformat()} – {end.isoformat()}"
    if start:
        return QCoreApplication.translate("reports", "from %1").replace("%1", start.isoformat())
    if end:
        return QCoreApplication.translate("reports", "until %1").replace("%1", end.isoformat())
    return ""


@dataclass(frozen=True)
class ReportRow:
    id: int
    title: str
    period: str
    claims: int
    by_filter: bool
    language: str


class ReportListModel(FlatTableModel):
    """Every report of the workspace, newest first. Reports are few: rows are read all at once."""

    COLUMNS = ("title", "period", "claims", "language")
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, workspace: Workspace | None = None, *, parent=None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._rows: list[ReportRow] = []
        self._headers = (self.tr("Title"), self.tr("Period"), self.tr("Claims"), self.tr("Language"))
        self.reload()

    def set_workspace(self, workspace: Workspace | None) -> None:
        self._workspace = workspace
        self.reload()

    def reload(self) -> None:
        rows = []
        if self._workspace is not None:
            for report in reports.list_reports(self._workspace):
                rows.append(
                    ReportRow(
                        report.id,
                        report.title,
                        period_text(report.period_start, report.period_end),
                        len(reports.report_claims(self._workspace, report.id)),
                        report.by_filter,
                        report.language,
                    )
                )
        if rows == self._rows:
            return
        if [r.id for r in rows] == [r.id for r in self._rows]:
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.COLUMNS) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def report_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, report_id: int | None) -> int | None:
        return next((n for n, r in enumerate(self._rows) if r.id == report_id), None)

    # -- Qt model interface ------------------------------------------------------------------------

    def _row_count(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == self.ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "title":
                return row.title
            if column == "period":
                return row.period
            if column == "claims":
                return row.claims
            return language_name(row.language)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "claims":
                return self.tr("Chosen by filter") if row.by_filter else self.tr("Chosen by hand")
            if column == "title":
                return row.title
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "claims":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ClaimChoiceModel(QAbstractListModel):
    """The workspace's claims with a tick box each; which are ticked is kept by id, across filtering.

    Holds ids and fetches rows a page at a time, like the claims list.
    """

    check_changed = Signal(int, bool)  # claim id, ticked
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, workspace: Workspace | None = None, *, parent=None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._text = ""
        self._ids: list[int] = []
        self._rows: dict[int, ClaimRow] = {}
        self._checked: set[int] = set()
        self.reload()

    def set_workspace(self, workspace: Workspace | None) -> None:
        self._workspace = workspace
        self.reload()

    def set_text_filter(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._ids = claims.claim_ids(self._workspace, ClaimFilter(text=self._text)) if self._workspace else []
        self._rows.clear()
        self.endResetModel()

    def claim_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, claim_id: int) -> int | None:
        try:
            return self._ids.index(claim_id)
        except ValueError:
            return None

    def claim_row(self, claim_id: int) -> ClaimRow | None:
        """The claim's line, fetched if it is not cached (also for claims filtered out of view)."""
        if claim_id not in self._rows and self._workspace is not None:
            self._rows.update(claims.claim_rows(self._workspace, [claim_id]))
        return self._rows.get(claim_id)

    def prefetch(self, claim_ids: list[int]) -> None:
        """Read the lines of many claims at once (one query, not one per claim)."""
        missing = [i for i in claim_ids if i not in self._rows]
        if missing and self._workspace is not None:
            self._rows.update(claims.claim_rows(self._workspace, missing))

    def checked(self) -> set[int]:
        return set(self._checked)

    def set_checked(self, claim_id: int, checked: bool) -> None:
        """Tick or untick a claim (quietly: `check_changed` is for the analyst's own clicks)."""
        if (claim_id in self._checked) == checked:
            return
        if checked:
            self._checked.add(claim_id)
        else:
            self._checked.discard(claim_id)
        row = self.row_of(claim_id)
        if row is not None:
            index = self.index(row, 0)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])

    def _row(self, row: int) -> ClaimRow | None:
        claim_id = self._ids[row]
        if claim_id not in self._rows and self._workspace is not None:
            start = (row // PAGE) * PAGE
            page = [i for i in self._ids[start : start + PAGE] if i not in self._rows]
            self._rows.update(claims.claim_rows(self._workspace, page))
        return self._rows.get(claim_id)

    # -- Qt model interface ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        claim_id = self._ids[index.row()]
        if role == self.ID_ROLE:
            return claim_id
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if claim_id in self._checked else Qt.CheckState.Unchecked
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        return claim_line(row) if role == Qt.ItemDataRole.DisplayRole else row.quote

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return False
        claim_id = self._ids[index.row()]
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        if (claim_id in self._checked) == checked:
            return True
        self.set_checked(claim_id, checked)
        self.check_changed.emit(claim_id, checked)
        return True


def claim_line(row: ClaimRow) -> str:
    """A claim in one line: its words, then who said it, its status and rating."""
    quote = " ".join(row.quote.split())
    if len(quote) > 140:
        quote = quote[:139].rstrip() + "…"
    details = " · ".join(p for p in (row.claimant, status_label(row.status), row.rating) if p)
    return f"{quote}  —  {details}" if details else quote
