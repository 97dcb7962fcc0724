"""A claim's linked evidence as a Qt list model (a few dozen rows at most, so held in full)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from app.services import custody, evidence
from app.services.evidence import LinkRow
from app.workspace import Workspace
from ui import theme
from ui.labels import evidence_kind_label, stance_label
from ui.table_model import FlatTableModel

Index = QModelIndex | QPersistentModelIndex


class LinkedEvidenceModel(FlatTableModel):
    COLUMNS = ("position", "stance", "title", "excerpt", "url")
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, *, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[LinkRow] = []
        self._flags: dict[int, dict[int, str]] = {}  # evidence whose latest integrity check failed
        self._headers = (self.tr("#"), self.tr("Stance"), self.tr("Evidence"), self.tr("Excerpt"), self.tr("Link"))

    def load(self, workspace: Workspace | None, claim_id: int | None) -> None:
        self.beginResetModel()
        self._rows = evidence.links_for_claim(workspace, claim_id) if workspace and claim_id else []
        self._flags = custody.failed_checks(workspace) if self._rows else {}
        self.endResetModel()

    def link(self, row: int) -> LinkRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def flagged(self, evidence_id: int) -> bool:
        return evidence_id in self._flags

    def link_ids(self) -> list[int]:
        return [row.link_id for row in self._rows]

    def row_of(self, link_id: int) -> int | None:
        return next((i for i, row in enumerate(self._rows) if row.link_id == link_id), None)

    def _row_count(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == self.ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "position":
                return str(index.row() + 1)
            if column == "stance":
                return stance_label(row.stance)
            if column == "title":
                extra = ", ".join(p for p in (row.publisher, row.published and row.published.isoformat()) if p)
                title = f"⚠ {row.title}" if row.evidence_id in self._flags else row.title
                return f"{title} ({extra})" if extra else title
            if column == "excerpt":
                return " ".join(row.excerpt.split())
            return row.url
        if role == Qt.ItemDataRole.ForegroundRole and column == "title" and row.evidence_id in self._flags:
            return QBrush(theme.colour("danger"))
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == "stance":
                return QBrush(theme.stance_colour(row.stance))
            if column == "url" and row.url:
                return QBrush(theme.colour("link"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "excerpt":
                return row.excerpt or None
            if column == "url" and row.url:
                return self.tr("Double-click to open %1 in your browser").replace("%1", row.url)
            if column == "title":
                lines = [row.title, evidence_kind_label(row.kind)]
                if row.evidence_id in self._flags:
                    lines.append(self.tr("The last integrity check found an altered or missing attachment."))
                if row.note:
                    lines.append(row.note)
                return "\n".join(lines)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "position":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
