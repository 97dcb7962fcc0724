"""The main window: assembles the three panes, the menus and the workspace session; nothing more."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from app import __version__
from app.changes import Changes
from app.errors import FactdeskError
from app.models import ClaimStatus
from app.services import catalog, sources
from app.workspace import SUFFIX, Workspace
from ui import commands
from ui.actions import action
from ui.claims.pane import ClaimsPane
from ui.intake.importer import Importer
from ui.labels import status_label
from ui.reports.export import ReportExporter
from ui.reports.pane import ReportsPane
from ui.session import WorkspaceSession
from ui.settings import Settings
from ui.source.pane import SourcePane
from ui.sources.new_source_dialog import SourceDialog
from ui.verdict.pane import VerdictPane
from ui.welcome import WelcomePage
from ui.widgets import show_refusal

log = logging.getLogger(__name__)
FILE_FILTER = "Factdesk workspaces (*.factdesk)"


class MainWindow(QMainWindow):
    def __init__(self, *, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.settings = settings or Settings()
        self.session: WorkspaceSession | None = None
        self.setAcceptDrops(True)

        self.claims_pane = ClaimsPane()
        self.source_pane = SourcePane()
        self.verdict_pane = VerdictPane()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="main_splitter")
        for pane, stretch in ((self.claims_pane, 3), (self.source_pane, 4), (self.verdict_pane, 4)):
            self.splitter.addWidget(pane)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
        self.splitter.setChildrenCollapsible(False)
        self.welcome = WelcomePage()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.splitter)
        self.setCentralWidget(self.stack)
        # -- reports (a dock, hidden until View ▸ Reports) --
        self.reports_pane = ReportsPane(settings=self.settings)
        self.reports_dock = QDockWidget(self.tr("Reports"), self, objectName="reports_dock")
        self.reports_dock.setWidget(self.reports_pane)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.reports_dock)
        self.reports_dock.hide()
        self.report_exporter = ReportExporter(window=self, settings=self.settings)
        self.reports_pane.export_requested.connect(self.report_exporter.export)
        # -- end reports --
        # -- intake: importing files, suggested claims --
        self.importer = Importer(window=self, settings=self.settings)
        self.importer.show_source_requested.connect(lambda source_id: self.source_pane.show_source(source_id))
        self.source_pane.suggestion_accepted.connect(self._accept_suggestion)
        # -- end intake --
        self.saved_label = QLabel(objectName="saved_label")
        self.statusBar().addPermanentWidget(self.saved_label)

        self.claims_pane.claim_selected.connect(self._on_claim_selected)
        self.source_pane.claim_clicked.connect(self._on_source_claim_clicked)
        self.verdict_pane.editing.connect(
            lambda: self.saved_label.setText(self.tr("Editing… saved when you pause or leave the field"))
        )
        self.source_pane.source_changed.connect(lambda _id: self._update_actions())
        self.welcome.new_requested.connect(self.new_workspace)
        self.welcome.open_requested.connect(self.open_workspace_dialog)
        self.welcome.demo_requested.connect(self.open_demo)
        self.welcome.recent_requested.connect(self.open_workspace)

        self._build_actions()
        self._build_menus()
        self.source_pane.view.context_actions = [self.mark_action]
        self._restore_layout()
        self._show_welcome()

    # -- actions and menus -------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.new_action = action(
            self,
            self.tr("&New Workspace…"),
            self.new_workspace,
            shortcut=QKeySequence.StandardKey.New,
            name="new_workspace",
        )
        self.open_action = action(
            self,
            self.tr("&Open Workspace…"),
            self.open_workspace_dialog,
            shortcut=QKeySequence.StandardKey.Open,
            name="open_workspace",
        )
        self.demo_action = action(self, self.tr("Open &Demo Workspace"), self.open_demo, name="open_demo")
        self.close_action = action(
            self,
            self.tr("&Close Workspace"),
            self.close_workspace,
            shortcut=QKeySequence.StandardKey.Close,
            name="close_workspace",
        )
        self.quit_action = action(
            self, self.tr("&Quit"), self.close, shortcut=QKeySequence.StandardKey.Quit, name="quit"
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.new_source_action = action(
            self,
            self.tr("New &Source from Text…"),
            self.new_source,
            shortcut="Ctrl+Shift+V",
            name="new_source",
            tip=self.tr("Paste an article, statement or transcript as a new source"),
        )
        # -- intake --
        self.import_files_action = action(
            self,
            self.tr("&Import Files…"),
            self.importer.import_dialog,
            shortcut="Ctrl+I",
            name="import_files",
            tip=self.tr("Import Word documents, PDFs, web pages or text files as sources"),
        )
        # -- end intake --
        self.source_details_action = action(self, self.tr("Source &Details…"), self.edit_source, name="source_details")
        self.delete_source_action = action(self, self.tr("Delete Source…"), self.delete_source, name="delete_source")
        self.mark_action = action(
            self,
            self.tr("&Mark Selection as Claim"),
            self.mark_claim,
            shortcut="Ctrl+M",
            name="mark_claim",
            tip=self.tr("Make a claim of the text selected in the source"),
        )
        self.delete_claim_action = action(
            self, self.tr("&Delete Claim"), self.delete_claim, shortcut="Ctrl+Del", name="delete_claim"
        )
        self.add_evidence_action = action(
            self,
            self.tr("&Add Evidence…"),
            self.verdict_pane.add_evidence,
            shortcut="Ctrl+Shift+E",
            name="add_evidence",
        )
        self.link_evidence_action = action(
            self,
            self.tr("&Link Existing Evidence…"),
            self.verdict_pane.link_existing,
            shortcut="Ctrl+Shift+L",
            name="link_evidence",
        )
        self.next_claim_action = action(
            self, self.tr("&Next Claim"), lambda: self._step_claim(+1), shortcut="Ctrl+]", name="next_claim"
        )
        self.previous_claim_action = action(
            self, self.tr("&Previous Claim"), lambda: self._step_claim(-1), shortcut="Ctrl+[", name="previous_claim"
        )
        self.filter_action = action(
            self,
            self.tr("&Filter Claims"),
            self.claims_pane.focus_filter,
            shortcut=QKeySequence.StandardKey.Find,
            name="filter_claims",
        )
        self.find_source_action = action(
            self,
            self.tr("Find in &Source…"),
            self.source_pane.focus_find,
            shortcut="Ctrl+Shift+F",
            name="find_in_source",
            tip=self.tr("Find words in the source; the match can be marked as a claim with Ctrl+M"),
        )
        self.user_action = action(
            self,
            self.tr("Your &Name…"),
            self.ask_user_name,
            name="user_name",
            tip=self.tr("The name recorded in the audit trail of verdicts"),
        )
        self.about_action = action(self, self.tr("&About Factdesk"), self.about, name="about")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.focus_actions = [
            action(
                self,
                self.tr("&Claims"),
                lambda: self.claims_pane.table.setFocus(),
                shortcut="Alt+1",
                name="focus_claims",
            ),
            action(
                self,
                self.tr("&Source"),
                lambda: self.source_pane.view.setFocus(),
                shortcut="Alt+2",
                name="focus_source",
            ),
            action(
                self,
                self.tr("&Evidence and Verdict"),
                lambda: self.verdict_pane.setFocus(),
                shortcut="Alt+3",
                name="focus_verdict",
            ),
        ]
        self.reset_layout_action = action(self, self.tr("&Reset Layout"), self.reset_layout, name="reset_layout")
        self.show_reports_action = self.reports_dock.toggleViewAction()
        self.show_reports_action.setObjectName("show_reports")
        self.show_reports_action.setText(self.tr("&Reports"))
        self.show_reports_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.export_report_action = action(
            self,
            self.tr("&Export Report…"),
            lambda: self.report_exporter.export(current=self.reports_pane.current_report_id()),
            shortcut="Ctrl+E",
            name="export_report",
            tip=self.tr("Write a report as a Word document"),
        )
        self.undo_action = action(
            self, self.tr("&Undo"), self._undo, shortcut=QKeySequence.StandardKey.Undo, name="undo"
        )
        self.redo_action = action(
            self, self.tr("&Redo"), self._redo, shortcut=QKeySequence.StandardKey.Redo, name="redo"
        )
        # Ctrl+Shift+Z and Ctrl+Y both redo, whatever the platform's own habit
        extra = [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
        self.redo_action.setShortcuts(
            [*self.redo_action.shortcuts(), *(k for k in extra if k not in self.redo_action.shortcuts())]
        )
        self.workspace_actions = [
            self.close_action,
            self.new_source_action,
            self.import_files_action,
            self.source_details_action,
            self.delete_source_action,
            self.mark_action,
            self.delete_claim_action,
            self.add_evidence_action,
            self.link_evidence_action,
            self.next_claim_action,
            self.previous_claim_action,
            self.filter_action,
            self.find_source_action,
            self.export_report_action,
            *self.focus_actions,
        ]

    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        menu.addActions([self.new_action, self.open_action])
        self.recent_menu = menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.setObjectName("recent_menu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        menu.addAction(self.demo_action)
        menu.addSeparator()
        menu.addActions(
            [self.new_source_action, self.import_files_action, self.source_details_action, self.delete_source_action]
        )
        menu.addSeparator()
        menu.addAction(self.export_report_action)
        menu.addSeparator()
        menu.addActions([self.close_action, self.quit_action])

        menu = self.menuBar().addMenu(self.tr("&Edit"))
        menu.addActions([self.undo_action, self.redo_action])
        menu.addSeparator()
        menu.addActions([self.filter_action, self.find_source_action, self.user_action])

        menu = self.menuBar().addMenu(self.tr("&Claim"))
        menu.addActions([self.mark_action, self.delete_claim_action])
        menu.addSeparator()
        menu.addActions([self.add_evidence_action, self.link_evidence_action])
        menu.addSeparator()
        self.rating_menu = menu.addMenu(self.tr("&Rating"))
        self.status_menu = menu.addMenu(self.tr("&Status"))
        self.rating_actions: list[QAction] = []
        self.status_actions = []
        for number, status in enumerate(ClaimStatus, start=1):
            act = action(
                self,
                status_label(status),
                lambda s=status.value: self._set_claim_field(status=s),
                shortcut=f"Ctrl+Shift+{number}",
                name=f"status_{status.value}",
            )
            self.status_actions.append(act)
        self.status_menu.addActions(self.status_actions)
        menu.addSeparator()
        menu.addActions([self.previous_claim_action, self.next_claim_action])

        menu = self.menuBar().addMenu(self.tr("&View"))
        menu.addActions(self.focus_actions)
        menu.addSeparator()
        menu.addAction(self.show_reports_action)
        menu.addAction(self.reset_layout_action)

        menu = self.menuBar().addMenu(self.tr("&Help"))
        menu.addAction(self.about_action)

    def _fill_rating_menu(self) -> None:
        self.rating_menu.clear()
        self.rating_actions = []
        if self.session is None:
            return
        for number, rating in enumerate(catalog.ratings(self.session.workspace), start=1):
            act = action(
                self,
                rating.label,
                lambda r=rating.id: self._set_claim_field(rating_id=r),
                shortcut=f"Ctrl+{number}" if number <= 9 else None,
                name=f"rate_{number}",
            )
            self.rating_actions.append(act)
        clear = action(
            self,
            self.tr("Not Rated"),
            lambda: self._set_claim_field(rating_id=None),
            shortcut="Ctrl+0",
            name="rate_clear",
        )
        self.rating_actions.append(clear)
        self.rating_menu.addActions(self.rating_actions[:-1])
        self.rating_menu.addSeparator()
        self.rating_menu.addAction(clear)
        self._update_actions()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = self.settings.recent_workspaces()
        for path in paths:
            act = self.recent_menu.addAction(f"{path.name}  ({path.parent})")
            act.triggered.connect(lambda _c=False, p=path: self.open_workspace(p))
        if not paths:
            self.recent_menu.addAction(self.tr("No recent workspaces")).setEnabled(False)

    def _update_actions(self, *_args) -> None:
        has_ws = self.session is not None
        has_claim = self.verdict_pane.claim_id is not None
        has_source = self.source_pane.source_id is not None
        for act in self.workspace_actions:
            act.setEnabled(has_ws)
        for act in (self.mark_action, self.source_details_action, self.delete_source_action):
            act.setEnabled(has_ws and has_source)
        for act in (
            self.delete_claim_action,
            self.add_evidence_action,
            self.link_evidence_action,
            *self.rating_actions,
            *self.status_actions,
        ):
            act.setEnabled(has_claim)
        stack = self.session.undo_stack if self.session else None
        self.undo_action.setEnabled(bool(stack and stack.canUndo()))
        self.redo_action.setEnabled(bool(stack and stack.canRedo()))
        self.undo_action.setText(
            self.tr("&Undo %1").replace("%1", stack.undoText()) if stack and stack.canUndo() else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo %1").replace("%1", stack.redoText()) if stack and stack.canRedo() else self.tr("&Redo")
        )

    # -- workspaces --------------------------------------------------------------------------------

    def new_workspace(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New Workspace"), str(self.settings.last_folder() / f"untitled{SUFFIX}"), self.tr(FILE_FILTER)
        )
        if not path:
            return
        path = Path(path)
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        self.create_workspace(path)

    def create_workspace(self, path: Path) -> bool:
        if path.exists():
            # the save dialog already asked whether to replace it; never destroy a workspace silently
            show_refusal(
                self, self.tr("%1 already exists. Choose another name, or open it instead.").replace("%1", str(path))
            )
            return False
        try:
            workspace = Workspace.create(path, user=self.settings.user_name() or None)
        except FactdeskError as exc:
            show_refusal(self, str(exc))
            return False
        self._install(workspace)
        return True

    def open_workspace_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open Workspace"), str(self.settings.last_folder()), self.tr(FILE_FILTER) + ";;All files (*)"
        )
        if path:
            self.open_workspace(Path(path))

    def open_workspace(self, path: Path) -> bool:
        """Open a workspace; on any problem say so and keep what was open."""
        if self.session is not None and self.session.path.resolve() == Path(path).resolve():
            return True
        try:
            workspace = Workspace.open(path, user=self.settings.user_name() or None)
        except FactdeskError as exc:
            show_refusal(self, str(exc), title=self.tr("Cannot open workspace"))
            if not Path(path).exists():
                self.settings.forget(Path(path))
                self.welcome.set_recent(self.settings.recent_workspaces())
            return False
        self._install(workspace)
        return True

    def open_demo(self) -> None:
        from app.demo import write_demo
        from ui.application import data_dir

        path = data_dir() / f"demo{SUFFIX}"
        if not path.exists():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                write_demo(path)
            except (FactdeskError, OSError) as exc:
                show_refusal(self, self.tr("The demo workspace could not be written: %1").replace("%1", str(exc)))
                return
        self.open_workspace(path)

    def _install(self, workspace: Workspace) -> None:
        self.close_workspace(forget_last=False)
        self.session = WorkspaceSession(workspace, parent=self)
        self.session.changed.connect(self._on_session_changed)
        self.session.failed.connect(lambda message: show_refusal(self, message))
        self.session.undo_stack.indexChanged.connect(self._update_actions)
        self.claims_pane.set_session(self.session)
        self.source_pane.set_session(self.session)
        self.verdict_pane.set_session(self.session)
        self.reports_pane.set_session(self.session)
        self.report_exporter.set_session(self.session)
        self.importer.set_session(self.session)
        self._fill_rating_menu()
        self.settings.add_recent(workspace.path)
        self.settings.set_last_folder(workspace.path.parent)
        self.setWindowTitle(f"{workspace.path.name} — Factdesk")
        self.setWindowFilePath(str(workspace.path))
        self.stack.setCurrentWidget(self.splitter)
        self.saved_label.setText(self.tr("All changes saved"))
        self.statusBar().showMessage(self.tr("Opened %1").replace("%1", str(workspace.path)), 5000)
        self._update_actions()
        if self.source_pane.source_id is None:
            self.statusBar().showMessage(
                self.tr("Start by pasting a source: File ▸ New Source from Text… (Ctrl+Shift+V)")
            )

    def close_workspace(self, *, forget_last: bool = True) -> None:
        if self.session is None:
            if forget_last:
                self._show_welcome()
            return
        self.verdict_pane.commit_pending()
        session, self.session = self.session, None
        for pane in (
            self.claims_pane,
            self.source_pane,
            self.verdict_pane,
            self.reports_pane,
            self.report_exporter,
            self.importer,
        ):
            pane.set_session(None)
        session.close()
        session.deleteLater()
        self.rating_menu.clear()
        self.rating_actions = []
        if forget_last:
            self.settings.clear_last()
            self._show_welcome()
        self._update_actions()

    def _show_welcome(self) -> None:
        self.welcome.set_recent(self.settings.recent_workspaces())
        self.stack.setCurrentWidget(self.welcome)
        self.setWindowTitle("Factdesk")
        self._update_actions()

    def _on_session_changed(self, _changes: Changes) -> None:
        self.saved_label.setText(self.tr("All changes saved"))
        self._update_actions()

    # -- sources and claims ------------------------------------------------------------------------

    def new_source(self, text: str = "") -> None:
        if self.session is None:
            return
        dialog = SourceDialog(parent=self)
        if text:
            dialog.text.setPlainText(text)
        if dialog.exec() and self.session.push(commands.create_source(self.session, **dialog.fields())):
            self.statusBar().showMessage(self.tr("Select the text of a claim and press Ctrl+M to mark it."))

    def edit_source(self) -> None:
        source_id = self.source_pane.source_id
        if self.session is None or source_id is None:
            return
        dialog = SourceDialog(source=sources.get_source(self.session.workspace, source_id), parent=self)
        if dialog.exec():
            self.session.push(commands.update_source(self.session, source_id, **dialog.fields()))

    def delete_source(self) -> None:
        source_id = self.source_pane.source_id
        if self.session is None or source_id is None:
            return
        source = sources.get_source(self.session.workspace, source_id)
        count = len(sources.claim_spans(self.session.workspace, source_id))
        answer = QMessageBox.question(
            self,
            self.tr("Delete Source"),
            self.tr("Delete “%1” and the %n claim(s) marked in it? You can undo this.", "", count).replace(
                "%1", source.title
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.session.push(commands.delete_source(self.session, source_id))

    def mark_claim(self) -> None:
        if self.session is None:
            return
        span = self.source_pane.selected_span()
        source_id = self.source_pane.source_id
        if span is None or source_id is None:
            self.statusBar().showMessage(
                self.tr("Select the claim's words in the source first, then press Ctrl+M."), 5000
            )
            return
        self._create_claim(source_id, *span)

    def _accept_suggestion(self, source_id: int, start: int, end: int) -> None:
        """A suggested sentence accepted in the source pane: a claim, as if its words were marked."""
        if self.session is not None:
            self._create_claim(source_id, start, end)

    def _create_claim(self, source_id: int, start: int, end: int) -> None:
        command = commands.create_claim(self.session, source_id, start, end)
        if self.session.push(command):
            claim_id = command.created_id()
            self.claims_pane.select_claim(claim_id, notify=False)
            self._on_claim_selected(claim_id)
            self.verdict_pane.claimant.setFocus(Qt.FocusReason.OtherFocusReason)

    def delete_claim(self) -> None:
        claim_id = self.verdict_pane.claim_id
        if self.session is not None and claim_id is not None:
            self.session.push(commands.delete_claim(self.session, claim_id))

    def _set_claim_field(self, **fields) -> None:
        claim_id = self.verdict_pane.claim_id
        if self.session is not None and claim_id is not None:
            self.verdict_pane.commit_pending()
            self.verdict_pane._update(**fields)

    def _on_claim_selected(self, claim_id: int | None) -> None:
        self.verdict_pane.show_claim(claim_id)
        self.source_pane.show_claim(self.verdict_pane.claim_id, self.verdict_pane.source_id)
        self._update_actions()

    def _on_source_claim_clicked(self, claim_id: int) -> None:
        if claim_id == self.verdict_pane.claim_id:
            return
        self.claims_pane.select_claim(claim_id, notify=False)
        self._on_claim_selected(claim_id)

    def _step_claim(self, step: int) -> None:
        model = self.claims_pane.model
        if not model.rowCount():
            return
        current = self.claims_pane.current_claim_id()
        row = model.row_of(current) if current is not None else None
        row = 0 if row is None else min(max(row + step, 0), model.rowCount() - 1)
        self.claims_pane.select_claim(model.claim_id(row))

    def _undo(self) -> None:
        if self.session is not None:
            self.verdict_pane.commit_pending()
            self.session.undo_stack.undo()

    def _redo(self) -> None:
        if self.session is not None:
            self.session.undo_stack.redo()

    # -- preferences and help ----------------------------------------------------------------------

    def ask_user_name(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            self.tr("Your Name"),
            self.tr("The name recorded when you change a verdict:"),
            text=self.settings.user_name(),
        )
        if ok:
            self.settings.set_user_name(name)
            if self.session is not None and name.strip():
                self.session.workspace.user = name.strip()

    def about(self) -> None:
        import platform

        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        QMessageBox.about(
            self,
            self.tr("About Factdesk"),
            self.tr(
                "<h3>Factdesk %1</h3><p>An offline workbench for fact-checkers.</p>"
                "<p>Qt %2 · PySide6 %3 · Python %4</p>"
            )
            .replace("%1", __version__)
            .replace("%2", qVersion())
            .replace("%3", pyside_version)
            .replace("%4", platform.python_version()),
        )

    # -- layout --------------------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1400, 860)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.splitter_state("main")
        if splitter is None or not self.splitter.restoreState(splitter):
            self.reset_layout()
        header = self.settings.splitter_state("claims_header")
        if header is not None:
            self.claims_pane.table.horizontalHeader().restoreState(header)

    def reset_layout(self) -> None:
        width = max(self.width(), 900)
        self.splitter.setSizes([int(width * 0.30), int(width * 0.35), int(width * 0.35)])

    def save_layout(self) -> None:
        self.settings.save_layout(
            self.saveGeometry(),
            self.saveState(),
            {"main": self.splitter.saveState(), "claims_header": self.claims_pane.table.horizontalHeader().saveState()},
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.verdict_pane.commit_pending()
        self.save_layout()
        last = self.session.path if self.session else None
        self.close_workspace(forget_last=False)
        if last is None:
            self.settings.clear_last()
        self.settings.sync()
        event.accept()

    # -- drag and drop -------------------------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:
        mime = event.mimeData()
        if mime.hasUrls() or (mime.hasText() and self.session is not None):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        mime = event.mimeData()
        workspaces = _dropped_workspaces(mime)
        if workspaces:
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: self.open_workspace(workspaces[0]))
        elif mime.hasUrls():  # other files: import them as sources
            files = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
            if self.session is None or not files:
                names = ", ".join(Path(u.toLocalFile()).name or u.toString() for u in mime.urls())
                self.statusBar().showMessage(
                    self.tr("%1 cannot be imported: open or create a workspace first.").replace("%1", names)
                    if files
                    else self.tr("%1 cannot be imported: only files on this computer can.").replace("%1", names),
                    8000,
                )
                return
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: self.importer.import_files(files))
        elif mime.hasText() and self.session is not None:
            event.acceptProposedAction()
            text = mime.text()
            QTimer.singleShot(0, lambda: self.new_source(text))


def _dropped_workspaces(mime) -> list[Path]:
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile() and u.toLocalFile().endswith(SUFFIX)]
