"""The main window: assembles the three panes, the menus and the workspace session; nothing more."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QActionGroup, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
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
from sqlalchemy.exc import DBAPIError

from app.changes import RATING, Changes
from app.errors import FactdeskError, WorkspaceDamaged, WorkspaceLocked
from app.services import catalog, sources
from app.workspace import SUFFIX, Workspace, _damaged, says_damaged
from ui import accessibility, commands, theme
from ui.actions import WindowActions
from ui.backups.safety import DataSafety
from ui.claims.pane import ClaimsPane
from ui.evidence.library import EvidenceLibrary
from ui.evidence.locker import Locker
from ui.intake.importer import Importer
from ui.messages import words
from ui.publication import ClaimReviewTools
from ui.reports.export import ReportExporter
from ui.reports.pane import ReportsPane
from ui.search.window import SearchWindow
from ui.session import WorkspaceSession
from ui.settings import Settings
from ui.sheets.flow import SheetFlow
from ui.source.pane import SELECTION_MIME, SourcePane
from ui.sources.new_source_dialog import SourceDialog
from ui.verdict.pane import VerdictPane
from ui.welcome import WelcomePage
from ui.widgets import show_refusal

log = logging.getLogger(__name__)


class MainWindow(WindowActions, SearchWindow, QMainWindow):
    def __init__(self, *, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.settings = settings or Settings()
        theme.apply(self.settings.theme())  # before the panes pick their colours
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
        self.opening = QLabel(objectName="opening_page", alignment=Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.opening)
        self.setCentralWidget(self.stack)
        # a dock may take the room below the panes, but never so much that the source shows a
        # handful of lines: the panes keep about 20 lines of text
        self.stack.setMinimumHeight(self.fontMetrics().lineSpacing() * 24)
        # and the source itself keeps eight lines: its suggestions give way before it does
        view = self.source_pane.view
        view.setMinimumHeight(view.fontMetrics().lineSpacing() * 8 + 2 * view.frameWidth() + 12)
        # -- reports (a dock, hidden until View ▸ Reports) --
        self.reports_pane = ReportsPane(settings=self.settings)
        self.reports_dock = QDockWidget(self.tr("Reports"), self, objectName="reports_dock")
        self.reports_dock.setWidget(self.reports_pane)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.reports_dock)
        self.reports_dock.hide()
        # the first time it opens, a modest strip, not half the window (later its size is remembered)
        self._reports_sized = self.settings.window_state() is not None
        self.reports_dock.visibilityChanged.connect(lambda shown: self._on_dock_shown(self.reports_dock, shown))
        self.report_exporter = ReportExporter(window=self, settings=self.settings)
        self.reports_pane.export_requested.connect(self.report_exporter.export)
        self.reports_pane.claim_requested.connect(self.open_claim)
        self.report_exporter.claim_requested.connect(self.open_claim)
        # -- end reports --
        # -- intake: importing files, suggested claims --
        self.importer = Importer(window=self, settings=self.settings)
        self.sheets = SheetFlow(window=self, settings=self.settings)  # spreadsheets in and out
        self.safety = DataSafety(window=self, settings=self.settings)  # backups, locks, damage
        self.importer.show_source_requested.connect(lambda source_id: self.source_pane.show_source(source_id))
        self.source_pane.suggestion_accepted.connect(self._accept_suggestion)
        # -- end intake --
        # -- evidence locker: attachments, the evidence library (a dock), verify --
        self.locker = Locker(window=self, settings=self.settings)
        self.verdict_pane.set_locker(self.locker)
        self.library = EvidenceLibrary()
        self.library_dock = QDockWidget(self.tr("Evidence Library"), self, objectName="library_dock")
        self.library_dock.setWidget(self.library)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.library_dock)
        # the two bottom docks share one strip as tabs, so both open never halve the panes twice
        self.tabifyDockWidget(self.reports_dock, self.library_dock)
        self.library_dock.hide()
        self.library_dock.visibilityChanged.connect(lambda shown: self._on_dock_shown(self.library_dock, shown))
        # -- end evidence locker --
        self.saved_label = QLabel(objectName="saved_label")
        self.statusBar().addPermanentWidget(self.saved_label)

        self.claims_pane.claim_selected.connect(self._on_claim_selected)
        self.source_pane.claim_clicked.connect(self._on_source_claim_clicked)
        self.verdict_pane.editing.connect(
            lambda: self.saved_label.setText(self.tr("Editing… saved when you pause or leave the field"))
        )
        self.source_pane.source_changed.connect(self._on_source_changed)
        self.welcome.new_requested.connect(self.new_workspace)
        self.welcome.open_requested.connect(self.open_workspace_dialog)
        self.welcome.demo_requested.connect(self.open_demo)
        self.welcome.recent_requested.connect(self.open_workspace)

        self._build_search()  # the search box (Ctrl+F) and "checked before?" (ui/search/)
        self.claimreview = ClaimReviewTools(self)  # ClaimReview out: settings, publication, export, copy
        self._build_actions()
        self._build_menus()
        self._build_theme_menu()  # View ▸ Theme (ui/theme.py)
        theme.changed().connect(self._on_theme_changed)
        self.source_pane.view.context_actions = [self.mark_action]
        self.claims_pane.extra_actions = [self.publication_action, self.copy_claimreview_action]
        self.verdict_pane.publication_requested.connect(self.claimreview.edit_publication)
        for dock, act in ((self.reports_dock, self.show_reports_action), (self.library_dock, self.show_library_action)):
            # its tab in front, once the dock area has taken it in
            act.toggled.connect(lambda shown, d=dock: shown and QTimer.singleShot(0, lambda: self._bring_forward(d)))
        self._restore_layout()
        self._show_welcome()
        self._name_for_screen_readers()

    def _on_dock_shown(self, dock: QDockWidget, visible: bool) -> None:
        if visible and (not self._reports_sized or self.height() < 800):
            self._reports_sized = True
            self._size_dock(dock)

    def _bring_forward(self, dock: QDockWidget) -> None:
        """A dock asked for from the menu or its shortcut: its tab in front, and the keys in it (its
        list, or the library's filter), so the analyst goes on without the mouse."""
        dock.raise_()
        target = self.reports_pane.table if dock is self.reports_dock else self.library.filter
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _size_dock(self, dock: QDockWidget) -> None:
        """A bottom dock opens as a strip of about a quarter of the window (at least what it needs),
        so the source keeps most of its lines on a 768-pixel screen."""
        wanted = max(dock.minimumSizeHint().height(), min(300, int(self.height() * 0.25)))
        self.resizeDocks([dock], [wanted], Qt.Orientation.Vertical)

    # -- workspaces --------------------------------------------------------------------------------

    def new_workspace(self) -> None:
        suggested = self.settings.last_folder() / (self.tr("untitled") + SUFFIX)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New Workspace"), str(suggested), self.tr("Factdesk workspaces (*.factdesk)")
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
            show_refusal(self, exc)
            return False
        return self._install_checked(workspace, Path(path))

    def _install_checked(self, workspace: Workspace, path: Path) -> bool:
        """Show a workspace just made or opened; damage its check finds, or a read meets before the
        check got there, sets it aside and offers a backup instead."""
        problems = self.safety.check_after_open(workspace)  # off the UI thread (None: still running)
        if problems:
            workspace.close()
            return self.safety.open_damaged(path, _damaged(path, problems)) and self.open_workspace(path)
        try:
            self._install(workspace)
        except (sqlite3.DatabaseError, DBAPIError) as exc:
            reason = str(getattr(exc, "orig", None) or exc)
            if not says_damaged(reason):
                raise
            workspace.stop_writes([reason])
            self.close_workspace(forget_last=False)
            workspace.close()
            return self.safety.open_damaged(path, _damaged(path, [reason])) and self.open_workspace(path)
        return True

    def open_workspace_dialog(self) -> None:
        filters = self.tr("Factdesk workspaces (*.factdesk)") + ";;" + self.tr("All files (*)")
        folder = str(self.settings.last_folder())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open Workspace"), folder, filters)
        if path:
            self.open_workspace(Path(path))

    def open_workspace(self, path: Path) -> bool:
        """Open a workspace; on any problem say so and keep what was open."""
        if self.session is not None and self.session.path.resolve() == Path(path).resolve():
            return True
        try:
            workspace = Workspace.open(path, user=self.settings.user_name() or None, defer_check=True)
        except WorkspaceLocked as exc:
            workspace = self.safety.open_locked(Path(path), exc, user=self.settings.user_name() or None)
            if workspace is None:
                return False
        except WorkspaceDamaged as exc:
            return self.safety.open_damaged(Path(path), exc) and self.open_workspace(path)
        except FactdeskError as exc:
            show_refusal(self, exc, title=self.tr("Cannot open workspace"))
            if not Path(path).exists():
                self.settings.forget(Path(path))
                self.welcome.set_recent(self.settings.recent_workspaces())
            return False
        return self._install_checked(workspace, Path(path))

    def show_opening(self, path: Path) -> None:
        """At start, while the last workspace opens: its name on an empty page, not the welcome
        page, which otherwise flashed up before the workspace replaced it."""
        self.opening.setText(self.tr("Opening %1…").replace("%1", Path(path).name))
        self.stack.setCurrentWidget(self.opening)

    def open_at_start(self, path: Path) -> bool:
        """Open the workspace shown by show_opening(); the welcome page if it cannot be opened."""
        opened = self.open_workspace(path)
        if self.session is None:
            self._show_welcome()
        return opened

    def open_demo(self) -> None:
        from app.demo import write_demo
        from ui.application import data_dir

        path = data_dir() / f"demo{SUFFIX}"
        if not path.exists():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                write_demo(path)
            except (FactdeskError, OSError) as exc:
                show_refusal(self, self.tr("The demo workspace could not be written: %1").replace("%1", words(exc)))
                return
        self.open_workspace(path)

    def _install(self, workspace: Workspace) -> None:
        self.close_workspace(forget_last=False)
        # ratings are shown, and new reports written, in the language of the window
        catalog.set_interface_language("uk" if QLocale().language() == QLocale.Language.Ukrainian else "en")
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
        self.sheets.set_session(self.session)
        self.search_bar.set_session(self.session)
        self.checked_before.set_session(self.session)
        self.locker.set_session(self.session)
        self.library.set_session(self.session, self.locker)
        self.safety.set_session(self.session)
        self._fill_rating_menu()
        accessibility.name_widgets(self)  # the rating buttons of this workspace's scale
        self.settings.add_recent(workspace.path)
        self.settings.set_last_folder(workspace.path.parent)
        read_only = self.tr(" (read-only)") if workspace.read_only else ""
        self.setWindowTitle(f"{workspace.path.name}{read_only} — Factdesk")
        self.setWindowFilePath(str(workspace.path))
        self.stack.setCurrentWidget(self.splitter)
        self.saved_label.setText(self.tr("All changes saved"))
        self.statusBar().showMessage(self.tr("Opened %1").replace("%1", str(workspace.path)), 5000)
        self._update_actions()
        if workspace.read_only:
            self.saved_label.setText(self.tr("Read-only: changes cannot be saved"))
        self.safety.tell_warnings(workspace)
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
            self.sheets,
            self.search_bar,
            self.checked_before,
            self.safety,
            self.locker,
            self.library,
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
        if _changes.touches(RATING):  # a scale was edited or another chosen: the Claim ▸ Rating menu follows
            self._fill_rating_menu()
        self._update_actions()

    # -- sources and claims ------------------------------------------------------------------------

    def new_source(self, text: str = "") -> None:
        if self.session is None:
            return
        dialog = SourceDialog(parent=self)
        if text:
            dialog.text.setPlainText(text)
        else:
            dialog.prefill_from_clipboard()
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
            self.verdict_pane.claimant.lineEdit().selectAll()  # a carried-over name is replaced by typing
            carried = command.carried()
            if "claimant_id" in carried or "tags" in carried:
                self.statusBar().showMessage(
                    self.tr("Claimant, date and tags come from the previous claim in this source: change them if not."),
                    8000,
                )
            elif carried:
                self.statusBar().showMessage(self.tr("The claim's date comes from its source's date."), 8000)

    def delete_claim(self) -> None:
        claim_id = self.verdict_pane.claim_id
        if (
            self.session is not None
            and claim_id is not None
            and self.session.push(commands.delete_claim(self.session, claim_id))
        ):
            self.statusBar().showMessage(self.tr("Claim deleted — Ctrl+Z to undo"), 10000)

    def _set_claim_field(self, **fields) -> None:
        selected = self.claims_pane.selected_claim_ids()
        if self.session is not None and len(selected) > 1:  # several claims selected: all of them
            self.verdict_pane.commit_pending()
            self.session.push(commands.batch_edit(self.session, selected, **fields))
            return
        claim_id = self.verdict_pane.claim_id
        if self.session is not None and claim_id is not None:
            self.verdict_pane.commit_pending()
            self.verdict_pane._update(**fields)

    def _on_claim_selected(self, claim_id: int | None) -> None:
        self.verdict_pane.show_claim(claim_id)
        self.checked_before.show_claim(self.verdict_pane.claim_id)
        self.library.set_current_claim(self.verdict_pane.claim_id)
        self.source_pane.show_claim(self.verdict_pane.claim_id, self.verdict_pane.source_id)
        self._update_actions()

    def _on_source_changed(self, source_id: int | None) -> None:
        """Another source shown: the right pane lets go of a claim that belongs to a different one."""
        if self.verdict_pane.claim_id is not None and self.verdict_pane.source_id != source_id:
            self.claims_pane.select_claim(None, notify=False)
            self._on_claim_selected(None)
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

    def show_preferences(self) -> bool:
        """Edit ▸ Preferences…: your name, the attachment size limit (ui/preferences.py)."""
        from ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, parent=self)
        accepted = bool(dialog.exec())
        if accepted and self.session is not None:
            self.session.workspace.user = self.settings.user_name() or self.session.workspace.user
        dialog.deleteLater()
        return accepted

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

    # -- accessibility -------------------------------------------------------------------------------

    def _name_for_screen_readers(self) -> None:
        """The lists and texts a screen reader cannot name from a label; the rest, and every dialog,
        are named from their labels, texts and tooltips (ui/accessibility.py)."""
        for widget, name, description in (
            (self.claims_pane.table, self.tr("Claims"), self.tr("Every claim in the workspace; Enter shows one")),
            (self.source_pane.view, self.tr("Source text"), self.tr("Select a claim's words and press Ctrl+M")),
            (self.source_pane.suggestions.list, self.tr("Suggested claims"), self.tr("Sentences worth checking")),
            (self.welcome.findChild(QWidget, "welcome_recent"), self.tr("Recent workspaces"), self.tr("Enter opens")),
        ):
            if widget is None:
                continue
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)
        accessibility.install(QApplication.instance())
        accessibility.name_widgets(self)

    # -- theme ---------------------------------------------------------------------------------------

    def _build_theme_menu(self) -> None:
        view_menu = next(
            a.menu() for a in self.menuBar().actions() if a.menu() and self.reset_layout_action in a.menu().actions()
        )
        menu = view_menu.addMenu(self.tr("&Theme"))
        menu.setObjectName("theme_menu")
        group = QActionGroup(self)
        self.theme_actions = {}
        for value, label in (
            (theme.Theme.SYSTEM, self.tr("&System")),
            (theme.Theme.LIGHT, self.tr("&Light")),
            (theme.Theme.DARK, self.tr("&Dark")),
        ):
            act = menu.addAction(label)
            act.setObjectName(f"theme_{value.value}")
            act.setCheckable(True)
            act.setChecked(self.settings.theme() == value.value)
            act.triggered.connect(lambda _checked=False, v=value: self.set_theme(v))
            group.addAction(act)
            self.theme_actions[value] = act

    def set_theme(self, value: theme.Theme) -> None:
        """View ▸ Theme: follow the system, or force light or dark; kept in the settings."""
        self.settings.set_theme(value.value)
        self.theme_actions[value].setChecked(True)
        theme.apply(value)

    def _on_theme_changed(self, _dark: bool) -> None:
        # the marks in the source are painted once, in the colours of the theme then in force
        if self.session is not None and self.source_pane.source_id is not None:
            self.source_pane.show_claim(self.verdict_pane.claim_id, None)

    # -- layout --------------------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1400, 860)
        self._fit_to_screen()
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.splitter_state("main")
        if splitter is None or not self.splitter.restoreState(splitter):
            self.reset_layout()
        header = self.settings.splitter_state("claims_header")
        if header is not None:
            self.claims_pane.table.horizontalHeader().restoreState(header)

    def _fit_to_screen(self) -> None:
        """Never larger than the screen it opens on (a 1366×768 laptop, a window saved on a bigger
        monitor): a window wider than its screen cuts off the evidence-and-verdict pane."""
        screen = self.screen()
        if screen is None:
            return
        room = screen.availableGeometry()
        size = self.size().boundedTo(room.size()).expandedTo(self.minimumSizeHint())
        if size != self.size():
            self.resize(size)
        if not room.contains(self.geometry()):
            self.move(room.topLeft())

    def reset_layout(self) -> None:
        width = max(self.width(), 900)
        self.splitter.setSizes([int(width * 0.32), int(width * 0.33), int(width * 0.35)])

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
        if mime.hasFormat(SELECTION_MIME):  # the source pane's own text, dragged: not a new source
            return
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
