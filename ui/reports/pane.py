"""The reports pane: the workspace's reports, and buttons to make, edit, delete and export them."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.changes import CLAIM, RATING, REPORT, SOURCE, TAG, Changes
from app.errors import FactdeskError
from app.services import reports
from ui.reports import commands
from ui.reports.dialog import ReportDialog
from ui.reports.model import ReportListModel
from ui.session import WorkspaceSession, follow
from ui.settings import Settings
from ui.widgets import show_refusal

#: the kinds of change that can alter a report's line (its claims count follows claims, tags, ratings…)
_RELEVANT = (REPORT, CLAIM, TAG, RATING, SOURCE)


class ReportsPane(QWidget):
    export_requested = Signal(int)  # report id
    claim_requested = Signal(int)  # a line of the editor's check was opened

    def __init__(self, *, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reports_pane")
        self._settings = settings
        self._session: WorkspaceSession | None = None
        self._subscription = None
        self._stale = False  # claims changed while the pane was hidden: counts may be out of date
        self.model = ReportListModel(parent=self)

        self.table = QTableView(objectName="reports_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column, width in ((1, 180), (2, 90), (3, 110)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _index: self.edit_report())
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)

        self.new_button = QPushButton(self.tr("&New…"), objectName="report_new")
        self.edit_button = QPushButton(self.tr("Ed&it…"), objectName="report_edit")
        self.delete_button = QPushButton(self.tr("&Delete"), objectName="report_delete")
        self.export_button = QPushButton(self.tr("E&xport…"), objectName="report_export")
        self.new_button.clicked.connect(self.new_report)
        # not edit_report itself: clicked(checked=False) would arrive as its report_id
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.delete_button.clicked.connect(self.delete_report)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.export_button.setToolTip(self.tr("Write the report as a Word document"))
        self.empty_label = QLabel(
            self.tr("No reports yet. Press New to make one from the claims you have checked."),
            objectName="reports_empty",
            wordWrap=True,
        )

        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    # -- workspace ---------------------------------------------------------------------------------

    def set_session(self, session: WorkspaceSession | None) -> None:
        self._subscription = follow(self._subscription, session, self._on_session_changed)
        self._session = session
        self._stale = False
        self.model.set_workspace(session.workspace if session else None)
        self.select_report(self.model.report_id(0))

    def _on_session_changed(self, changes: Changes) -> None:
        if changes.touches(REPORT) or (self.isVisible() and any(changes.touches(kind) for kind in _RELEVANT)):
            self._reload(changes.created.get(REPORT))
        elif any(changes.touches(kind) for kind in _RELEVANT):
            self._stale = True  # claims change often; a hidden list catches up when it is shown

    def _reload(self, created: set[int] | None = None) -> None:
        self._stale = False
        selected = self.current_report_id()
        self.model.reload()
        self.select_report(next(iter(created)) if created and len(created) == 1 else selected)
        if self.current_report_id() is None:
            self.select_report(self.model.report_id(0))

    def showEvent(self, event) -> None:
        if self._stale:
            self._reload()
        super().showEvent(event)

    # -- selection ---------------------------------------------------------------------------------

    def current_report_id(self) -> int | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.report_id(index.row()) if index.isValid() else None

    def shown_report_id(self) -> int | None:
        """The report selected where the analyst sees it (Ctrl+E exports it without asking which)."""
        return self.current_report_id() if self.isVisible() else None

    def select_report(self, report_id: int | None) -> None:
        row = self.model.row_of(report_id)
        selection = self.table.selectionModel()
        if row is None:
            selection.clearCurrentIndex()
            selection.clearSelection()
        else:
            index = self.model.index(row, 0)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            selection.setCurrentIndex(index, flags)
            self.table.scrollTo(index)
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        has_ws = self._session is not None
        has_report = has_ws and self.current_report_id() is not None
        self.new_button.setEnabled(has_ws)
        for button in (self.edit_button, self.delete_button, self.export_button):
            button.setEnabled(has_report)
        self.empty_label.setVisible(has_ws and self.model.rowCount() == 0)

    # -- editing -----------------------------------------------------------------------------------

    def new_report(self) -> int | None:
        """Open the editor for a new report; the new report's id if one was made."""
        if self._session is None:
            return None
        dialog = ReportDialog(self._session.workspace, settings=self._settings, parent=self)
        dialog.claim_requested.connect(self.claim_requested)
        try:
            if not dialog.exec():
                return None
            command = commands.create_report(self._session, dialog.fields(), dialog.claim_ids() or [])
        finally:
            dialog.deleteLater()
        if not self._session.push(command):
            return None
        self.select_report(command.created_id())
        return command.created_id()

    def edit_report(self, report_id: int | None = None) -> bool:
        """Open the editor on a report (the selected one by default); True if something was changed."""
        session = self._session
        report_id = report_id if report_id is not None else self.current_report_id()
        if session is None or report_id is None:
            return False
        try:
            report = reports.get_report(session.workspace, report_id)
        except FactdeskError as exc:
            show_refusal(self, exc)
            return False
        dialog = ReportDialog(session.workspace, report=report, settings=self._settings, parent=self)
        dialog.claim_requested.connect(self.claim_requested)
        try:
            if not dialog.exec():
                return False
            fields, claim_ids = dialog.changes()
        finally:
            dialog.deleteLater()
        if not fields and claim_ids is None:
            return False
        return session.push(commands.edit_report(session, report_id, fields, claim_ids))

    def _on_edit_button_clicked(self) -> None:
        self.edit_report()

    def delete_report(self) -> bool:
        """Delete the selected report (undoable, so no question is asked)."""
        report_id = self.current_report_id()
        if self._session is None or report_id is None:
            return False
        return self._session.push(commands.delete_report(self._session, report_id))

    def _on_export_button_clicked(self) -> None:
        report_id = self.current_report_id()
        if report_id is not None:
            self.export_requested.emit(report_id)
