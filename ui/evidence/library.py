"""The evidence library (View ▸ Evidence Library): every piece of evidence in the workspace, searchable,
with the claims each bears on; link a piece to the current claim instead of retyping it; edit a
piece once for every claim it serves; delete it (asking first, naming the claims it serves).

Pieces whose latest integrity check failed are shown in red.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.changes import ATTACHMENT, CLAIM, EVIDENCE, LINK, Changes
from app.errors import FactdeskError
from app.services import custody, evidence
from app.services.evidence import LibraryRow
from app.workspace import Workspace
from ui import commands, theme
from ui.evidence.detail import EvidenceDetail
from ui.evidence.dialogs import EvidenceDialog, stance_combo
from ui.evidence.locker import Locker
from ui.labels import in_quotes, stance_label
from ui.session import WorkspaceSession, follow
from ui.table_model import FlatTableModel
from ui.widgets import local_shortcut

Index = QModelIndex | QPersistentModelIndex


class LibraryModel(FlatTableModel):
    COLUMNS = ("title", "publisher", "url", "excerpt", "claims", "files")

    def __init__(self, *, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[LibraryRow] = []
        self._flags: dict[int, dict[int, str]] = {}
        self._headers = (
            self.tr("Evidence"),
            self.tr("Publisher"),
            self.tr("Link"),
            self.tr("Excerpt"),
            self.tr("Claims"),
            self.tr("Files"),
        )

    def load(self, workspace: Workspace | None, text: str) -> None:
        self.beginResetModel()
        self._rows = evidence.library(workspace, text) if workspace is not None else []
        self._flags = custody.failed_checks(workspace) if workspace is not None else {}
        self.endResetModel()

    def _row_count(self) -> int:
        return len(self._rows)

    def row(self, row: int) -> LibraryRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, evidence_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.evidence.id == evidence_id), None)

    def flagged(self, evidence_id: int) -> bool:
        return evidence_id in self._flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        piece = row.evidence
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "title":
                return ("⚠ " if piece.id in self._flags else "") + piece.title
            if column == "publisher":
                return piece.publisher
            if column == "url":
                return piece.url
            if column == "excerpt":
                return " ".join(piece.excerpt.split())
            if column == "claims":
                return "; ".join(f"{stance_label(stance)}: {_short(quote)}" for _id, quote, stance in row.claims)
            return str(row.attachments) if row.attachments else ""
        if role == Qt.ItemDataRole.ForegroundRole and piece.id in self._flags:
            return QBrush(theme.colour("danger"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "claims" and row.claims:
                return "\n".join(f"#{i} {stance_label(s)}: {in_quotes(q)}" for i, q, s in row.claims)
            if column == "excerpt":
                return piece.excerpt or None
            if column == "title" and piece.id in self._flags:
                return self.tr("The last integrity check found an altered or missing attachment.")
        return None


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class EvidenceLibrary(QWidget):
    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: WorkspaceSession | None = None
        self._subscription = None
        self._claim_id: int | None = None
        self.filter = QLineEdit(objectName="library_filter", clearButtonEnabled=True)
        self.filter.setPlaceholderText(self.tr("Filter by title, publisher, URL or excerpt…"))
        self.model = LibraryModel(parent=self)
        self.table = QTableView(objectName="library_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        # every column at least as wide as its title ("Evidence", "Claims"; longer in Ukrainian):
        # a narrow dock scrolls sideways rather than cutting them to "iden" and "laim"
        margin = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 12
        titles = [self.model.headerData(c, Qt.Orientation.Horizontal) for c in range(self.model.columnCount())]
        header.setMinimumSectionSize(max(header.fontMetrics().horizontalAdvance(t) for t in titles) + margin)
        self.table.setAccessibleName(self.tr("Evidence library"))
        self.table.setAccessibleDescription(self.tr("Every piece of evidence; Ctrl+Enter links it to the claim"))
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.doubleClicked.connect(lambda _i: self.edit_piece())
        self.stance = stance_combo()
        self.stance.setAccessibleName(self.tr("Stance"))
        self.stance.setAccessibleDescription(self.tr("How the evidence bears on the claim it is linked to"))
        self.link_button = QPushButton(self.tr("&Link to Current Claim"), objectName="library_link")
        self.link_button.setToolTip(self.tr("Link the selected evidence to the claim being checked (Ctrl+Enter)"))
        self.edit_button = QPushButton(self.tr("&Edit…"), objectName="library_edit")
        self.edit_button.setToolTip(self.tr("Edit it once: every claim it is linked to sees the change"))
        self.delete_button = QPushButton(self.tr("&Delete…"), objectName="library_delete")
        self.count = QLabel(objectName="library_count")
        self.link_button.clicked.connect(self.link_to_claim)
        self.edit_button.clicked.connect(self.edit_piece)
        self.delete_button.clicked.connect(self.delete_piece)
        local_shortcut(QKeySequence("Ctrl+Return"), self.table, self.link_to_claim)
        local_shortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_piece)
        buttons = QHBoxLayout()
        buttons.addWidget(self.stance)
        for button in (self.link_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.count)
        self.detail = EvidenceDetail()
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.filter)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(top)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split)
        self._stale = True  # the list is behind the workspace: reload when shown
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.refresh)
        self.filter.textChanged.connect(self._timer.start)
        self._update_buttons()

    def set_session(self, session: WorkspaceSession | None, locker: Locker | None = None) -> None:
        self._subscription = follow(self._subscription, session, self._on_session_changed)
        self._session = session
        self.detail.set_session(session, locker)
        self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def set_current_claim(self, claim_id: int | None) -> None:
        self._claim_id = claim_id
        self._update_buttons()

    def _on_session_changed(self, changes: Changes) -> None:
        if any(changes.touches(kind) for kind in (EVIDENCE, LINK, ATTACHMENT)) or changes.deleted.get(CLAIM):
            self.refresh()

    def refresh(self) -> None:
        """Reload the list now if it is on screen; a hidden library reloads when next shown (a
        large workspace's library takes a few hundred milliseconds to read)."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        current = self.current_evidence_id()
        self.model.load(self._session.workspace if self._session else None, self.filter.text())
        row = self.model.row_of(current) if current is not None else None
        if row is not None:
            self.table.selectRow(row)
        self.count.setText(self.tr("%n piece(s)", "", self.model.rowCount()))
        self._on_selection()

    def current_evidence_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        row = self.model.row(rows[0].row()) if rows else None
        return row.evidence.id if row else None

    def select_evidence(self, evidence_id: int) -> bool:
        row = self.model.row_of(evidence_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def _on_selection(self, *_args) -> None:
        self.detail.show_evidence(self.current_evidence_id())
        self._update_buttons()

    def _update_buttons(self) -> None:
        piece = self.current_evidence_id()
        linked = False
        if piece is not None and self._claim_id is not None:
            row = self.model.row(self.model.row_of(piece))
            linked = any(claim_id == self._claim_id for claim_id, _q, _s in row.claims)
        self.link_button.setEnabled(piece is not None and self._claim_id is not None and not linked)
        self.link_button.setToolTip(
            self.tr("Already linked to the current claim")
            if linked
            else self.tr("Link the selected evidence to the claim being checked (Ctrl+Enter)")
        )
        self.edit_button.setEnabled(piece is not None)
        self.delete_button.setEnabled(piece is not None)

    # -- actions -------------------------------------------------------------------------------------

    def link_to_claim(self) -> bool:
        piece = self.current_evidence_id()
        if self._session is None or piece is None or self._claim_id is None or not self.link_button.isEnabled():
            return False
        return self._session.push(
            commands.link_evidence(self._session, self._claim_id, piece, stance=self.stance.currentData())
        )

    def edit_piece(self) -> None:
        piece_id = self.current_evidence_id()
        if self._session is None or piece_id is None:
            return
        try:
            piece = evidence.get_evidence(self._session.workspace, piece_id)
        except FactdeskError:
            return
        dialog = EvidenceDialog(evidence=piece, with_link=False, parent=self)
        if not dialog.exec():
            return
        fields = {
            k: v for k, v in dialog.fields().items() if getattr(piece, k) != (v.strip() if isinstance(v, str) else v)
        }
        if fields:
            self._session.push(commands.update_evidence(self._session, piece_id, **fields))

    def delete_piece(self) -> None:
        piece_id = self.current_evidence_id()
        if self._session is None or piece_id is None:
            return
        row = self.model.row(self.model.row_of(piece_id))
        if row.claims:
            named = "\n".join(f"• #{i}: {in_quotes(_short(q, 90))}" for i, q, _s in row.claims[:8])
            more = len(row.claims) - 8
            if more > 0:
                named += "\n" + self.tr("… and %n more", "", more)
            text = (
                self.tr("“%1” is linked to %n claim(s):", "", len(row.claims)).replace("%1", row.evidence.title)
                + "\n\n"
                + named
                + "\n\n"
                + self.tr("Delete it and unlink it from them? The custody log keeps a record. You can undo this.")
            )
        else:
            text = self.tr("Delete “%1”? The custody log keeps a record. You can undo this.").replace(
                "%1", row.evidence.title
            )
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete Evidence"), text, parent=self)
        box.setObjectName("confirm_delete_evidence")
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() == QMessageBox.StandardButton.Yes:
            self._session.push(commands.delete_evidence(self._session, piece_id))
