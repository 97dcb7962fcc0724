"""The claims pane: a filterable list of every claim in the workspace."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.changes import CLAIM, RATING, SOURCE, TAG, Changes
from app.models import ClaimStatus
from app.services import catalog
from app.services.claims import ClaimFilter
from ui import commands
from ui.claims.batch import BatchEditDialog
from ui.claims.model import ClaimTableModel
from ui.labels import status_label
from ui.session import WorkspaceSession, follow
from ui.widgets import local_shortcut

#: claimant, rating, status, date, source: their widths on a wide list, and the share of a narrow
#: list's width each may take at most, so the claim's own words keep about two fifths of it
_SIDE_COLUMNS = {1: 100, 2: 95, 3: 90, 4: 85, 5: 140}
_SIDE_SHARES = {1: 0.21, 2: 0.2, 3: 0.17, 4: 0.15, 5: 0.2}


class ClaimsPane(QWidget):
    claim_selected = Signal(object)  # int claim id, or None

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: WorkspaceSession | None = None
        self._subscription = None  # our connection to the session's `changed`
        self.extra_actions: list = []  # the window's actions on one claim, added to the context menu
        self._quiet = False  # set while the pane itself moves the selection
        # the claim to select once the model's ids are in, and whether to tell (None: if it moved)
        self._pending: tuple[int | None, bool | None] | None = None
        self._keep_selected: list[int] = []  # the rows selected with it, selected again too
        self.model = ClaimTableModel(parent=self)
        self.model.loaded.connect(self._on_model_loaded)

        self.quick_filter = QLineEdit(placeholderText=self.tr("Filter claims…"), clearButtonEnabled=True)
        self.quick_filter.setObjectName("claims_quick_filter")
        self.status_filter = QComboBox(objectName="claims_status_filter")
        self.rating_filter = QComboBox(objectName="claims_rating_filter")
        self.tag_filter = QComboBox(objectName="claims_tag_filter")
        for combo, tip in (
            (self.status_filter, self.tr("Show claims with this status")),
            (self.rating_filter, self.tr("Show claims with this rating")),
            (self.tag_filter, self.tr("Show claims with this tag")),
        ):
            combo.setToolTip(tip)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_filter.addItem(self.tr("Any status"), None)
        for status in ClaimStatus:
            self.status_filter.addItem(status_label(status), status.value)

        self.table = QTableView(objectName="claims_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Shift/Ctrl+click select several claims, for one change to all of them (F2, right-click)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)  # the claim's words matter most: two lines of them per row
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() * 2 + 10)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column, width in _SIDE_COLUMNS.items():
            self.table.setColumnWidth(column, width)
        self.table.installEventFilter(self)  # narrow list: the side columns give way to the claim
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_table_menu)
        local_shortcut(QKeySequence(Qt.Key.Key_F2), self.table, self.edit_selected)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu)
        for hidden in ("claimed_on", "source"):  # shown from the header's context menu
            self.table.setColumnHidden(ClaimTableModel.COLUMNS.index(hidden), True)

        self._filter_timer = QTimer(self, singleShot=True, interval=200)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.quick_filter.textChanged.connect(self._filter_timer.start)
        for combo in (self.status_filter, self.rating_filter, self.tag_filter):
            combo.currentIndexChanged.connect(self._apply_filter)

        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.rating_filter)
        filters.addWidget(self.tag_filter)
        filters.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.quick_filter)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        # several claims selected: say so, and how to change them all
        self.selection_hint = QLabel(objectName="claims_selection_hint", wordWrap=True)
        self.selection_hint.setStyleSheet("color: #546E7A")
        self.selection_hint.hide()
        layout.addWidget(self.selection_hint)
        self.table.selectionModel().selectionChanged.connect(self._update_selection_hint)

    # -- workspace -------------------------------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self._fit_side_columns(event.size().width())
        return super().eventFilter(watched, event)

    def _fit_side_columns(self, width: int) -> None:
        """On a narrow list (a laptop screen with a claim open) the claimant, rating and status took
        all but two words of the claim; each now keeps at most its share of the width."""
        for column, wide in _SIDE_COLUMNS.items():
            self.table.setColumnWidth(column, min(wide, max(48, int(width * _SIDE_SHARES[column]))))

    def set_session(self, session: WorkspaceSession | None) -> None:
        self._subscription = follow(self._subscription, session, self._on_session_changed)
        self._session = session
        self._fill_rating_filter()
        self._fill_tag_filter()
        self.model.set_workspace(session.workspace if session else None)

    def _fill_rating_filter(self) -> None:
        current = self.rating_filter.currentData()
        self.rating_filter.blockSignals(True)
        self.rating_filter.clear()
        self.rating_filter.addItem(self.tr("Any rating"), None)
        self.rating_filter.addItem(self.tr("Not rated yet"), 0)
        if self._session is not None:
            for rating in catalog.ratings(self._session.workspace):
                self.rating_filter.addItem(catalog.rating_label(rating), rating.id)
        self.rating_filter.setCurrentIndex(max(0, self.rating_filter.findData(current)))
        self.rating_filter.blockSignals(False)

    def _fill_tag_filter(self) -> None:
        current = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("Any tag"), None)
        if self._session is not None:
            for tag in catalog.list_tags(self._session.workspace):
                self.tag_filter.addItem(tag.name, tag.id)
        index = self.tag_filter.findData(current)
        self.tag_filter.setCurrentIndex(max(0, index))
        self.tag_filter.blockSignals(False)
        if current is not None and index < 0:
            self._apply_filter()

    def _apply_filter(self) -> None:
        wanted = replace(
            self.model.filter,
            text=self.quick_filter.text(),
            status=self.status_filter.currentData(),
            rating_id=self.rating_filter.currentData(),
            tag_id=self.tag_filter.currentData(),
        )
        if wanted == self.model.filter:
            return
        self._pending = (self._pending[0] if self._pending else self.current_claim_id(), None)
        self.model.set_filter(wanted)

    def _on_model_loaded(self) -> None:
        """The list shows its new ids: put the selection back on the claim it was on, if shown."""
        if self._pending is None:
            return
        selected, notify = self._pending
        self._pending = None
        self.select_claim(selected, notify=selected != self.current_claim_id() if notify is None else notify)
        keep, self._keep_selected = self._keep_selected, []
        selection = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for claim_id in keep:  # several claims selected: still selected after their change
            row = self.model.row_of(claim_id)
            if row is not None and claim_id != selected:
                selection.select(self.model.index(row, 0), flags)

    def _on_session_changed(self, changes: Changes) -> None:
        if changes.touches(TAG):
            self._fill_tag_filter()
        if changes.touches(RATING):
            self._fill_rating_filter()
        if changes.touches(CLAIM) or changes.touches(SOURCE):
            selected = self.selected_claim_ids()
            self._keep_selected = selected if len(selected) > 1 else []
            self._pending = (self._pending[0] if self._pending else self.current_claim_id(), False)
            self.model.refresh(changes.ids(CLAIM))

    # -- selection -------------------------------------------------------------------------------

    def current_claim_id(self) -> int | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.claim_id(index.row()) if index.isValid() else None

    def select_claim(self, claim_id: int | None, *, notify: bool = True) -> None:
        """Select a claim's row (scrolling to it); with notify=False nobody hears about it."""
        row = self.model.row_of(claim_id) if claim_id is not None else None
        if row is None and claim_id is not None and self.model.busy:
            self._pending = (claim_id, notify)  # a new claim, say: selected once the ids are in
            return
        selection = self.table.selectionModel()
        self._quiet = not notify
        try:
            if row is None:
                selection.clearCurrentIndex()
                selection.clearSelection()
                return
            index = self.model.index(row, 0)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            selection.setCurrentIndex(index, flags)
            self.table.scrollTo(index)
        finally:
            self._quiet = False

    def _on_current_row_changed(self, current, _previous) -> None:
        if not self._quiet:
            self.claim_selected.emit(self.model.claim_id(current.row()) if current.isValid() else None)

    def selected_claim_ids(self) -> list[int]:
        """The claims of the selected rows, in the list's order (the current one alone if none)."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        ids = [self.model.claim_id(row) for row in rows]
        if not ids and self.current_claim_id() is not None:
            return [self.current_claim_id()]
        return [claim_id for claim_id in ids if claim_id is not None]

    def edit_selected(self) -> bool:
        """One change to every selected claim (status, rating, claimant, date, tags): one undo step."""
        ids = self.selected_claim_ids()
        if self._session is None or not ids or self._session.workspace.read_only:
            return False
        dialog = BatchEditDialog(self._session.workspace, count=len(ids), parent=self)
        try:
            if not dialog.exec():
                return False
            return self._session.push(commands.batch_edit(self._session, ids, **dialog.edit()))
        finally:
            dialog.deleteLater()

    def _update_selection_hint(self, *_args) -> None:
        count = len(self.table.selectionModel().selectedRows())
        if count > 1:
            hint = self.tr(
                "%1 claims selected: F2 (or right-click) changes them all, as do the rating and status keys."
            )
            self.selection_hint.setText(hint.replace("%1", str(count)))
        self.selection_hint.setVisible(count > 1)

    def _on_table_menu(self, position) -> None:
        ids = self.selected_claim_ids()
        if not ids or self._session is None:
            return
        menu = QMenu(self)
        many = len(ids) > 1
        act = menu.addAction(
            self.tr("&Edit %1 Selected Claims…").replace("%1", str(len(ids))) if many else self.tr("&Edit Claim…")
        )
        act.setShortcut(QKeySequence(Qt.Key.Key_F2))
        act.setEnabled(not self._session.workspace.read_only)
        act.triggered.connect(self.edit_selected)
        if not many and self.extra_actions:  # the window's actions on one claim (Copy ClaimReview…)
            menu.addSeparator()
            menu.addActions(self.extra_actions)
        menu.exec(self.table.viewport().mapToGlobal(position))
        menu.deleteLater()

    def _on_header_menu(self, position) -> None:
        """Right-click on the header: choose which columns show (the claim itself always does)."""
        menu = QMenu(self)
        for column in range(1, self.model.columnCount()):
            act = menu.addAction(self.model.headerData(column, Qt.Orientation.Horizontal))
            act.setCheckable(True)
            act.setChecked(not self.table.isColumnHidden(column))
            act.toggled.connect(lambda shown, c=column: self.table.setColumnHidden(c, not shown))
        menu.exec(self.table.horizontalHeader().mapToGlobal(position))
        menu.deleteLater()

    def search_filter(self) -> ClaimFilter:
        """The list's filters (status, rating, tag), for a search to combine with."""
        return replace(self.model.filter, text="", sort="created", descending=False)

    def focus_filter(self) -> None:
        self.quick_filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.quick_filter.selectAll()
