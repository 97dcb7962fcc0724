"""The window's actions, menus and shortcuts, declared in one place."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from app.models import ClaimStatus
from app.services import catalog
from ui.labels import status_label


def action(
    parent: QWidget,
    text: str,
    slot: Callable[[], object] | None = None,
    *,
    shortcut: str | QKeySequence.StandardKey | None = None,
    name: str = "",
    tip: str = "",
) -> QAction:
    act = QAction(text, parent)
    if name:
        act.setObjectName(name)
    if shortcut is not None:
        act.setShortcut(QKeySequence(shortcut))
    if tip:
        act.setStatusTip(tip)
        act.setToolTip(tip)
    if slot is not None:
        act.triggered.connect(lambda _checked=False: slot())
    return act


class WindowActions:
    """The main window's actions and menus, mixed into MainWindow so the window itself only
    assembles panes and handles what the actions ask for."""

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
        self.import_sheet_action = action(
            self,
            self.tr("Import C&laims from Spreadsheet…"),
            self.sheets.import_dialog,
            name="import_sheet",
            tip=self.tr("Import claims from the rows of an Excel workbook or a CSV file"),
        )
        self.export_sheet_action = action(
            self,
            self.tr("&Spreadsheet…"),
            self.sheets.export_dialog,
            name="export_sheet",
            tip=self.tr("Write the claims with their verdicts and evidence to an Excel workbook or a CSV file"),
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
        self.search_action = action(
            self,
            self.tr("&Search…"),
            self.search_bar.focus,
            shortcut=QKeySequence.StandardKey.Find,
            name="search",
            tip=self.tr("Search claims, sources and evidence"),
        )
        self.filter_action = action(
            self,
            self.tr("&Filter Claims"),
            self.claims_pane.focus_filter,
            shortcut="Ctrl+Alt+F",
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
        self.about_action = action(self, self.tr("&About Factdesk"), self.show_about, name="about")
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
            lambda: self.report_exporter.export(
                self.reports_pane.shown_report_id(), current=self.reports_pane.current_report_id()
            ),
            shortcut="Ctrl+E",
            name="export_report",
            tip=self.tr("Write a report as a Word document"),
        )
        # -- ClaimReview (ui/publication.py) --
        self.export_claimreview_action = action(
            self,
            self.tr("Export Claim&Review…"),
            self.claimreview.export,
            name="export_claimreview",
            tip=self.tr("Write schema.org ClaimReview (JSON-LD) for your website and Fact Check Explorer"),
        )
        self.copy_claimreview_action = action(
            self,
            self.tr("Copy &ClaimReview"),
            self.claimreview.copy,
            name="copy_claimreview",
            tip=self.tr("Copy the claim's ClaimReview JSON-LD, to paste into a CMS"),
        )
        self.publication_action = action(
            self,
            self.tr("&Publication…"),
            self.claimreview.edit_publication,
            name="edit_publication",
            tip=self.tr("The claim's fact-check URL, where and when it appeared, the claimant's links"),
        )
        self.workspace_settings_action = action(
            self,
            self.tr("&Workspace Settings…"),
            self.claimreview.workspace_settings,
            name="workspace_settings",
            tip=self.tr("The organisation that publishes your fact-checks"),
        )
        # -- data safety --
        self.backup_now_action = action(
            self,
            self.tr("&Back Up Now"),
            self.safety.back_up_now,
            name="backup_now",
            tip=self.tr("Write a verified backup of the workspace now"),
        )
        self.restore_action = action(
            self,
            self.tr("Restore from &Backup…"),
            self.safety.restore_dialog,
            name="restore_backup",
            tip=self.tr("Put an earlier state of the workspace back from one of its backups"),
        )
        self.check_integrity_action = action(
            self,
            self.tr("Check Workspace &Integrity"),
            self.safety.check_integrity,
            name="check_integrity",
            tip=self.tr("Run SQLite's full integrity check on the workspace"),
        )
        # -- end data safety --
        # -- evidence locker --
        self.verify_action = action(
            self,
            self.tr("&Verify Attachments"),
            self.locker.verify,
            name="verify_attachments",
            tip=self.tr("Hash every attachment again and flag any that was altered or is missing"),
        )
        self.show_library_action = self.library_dock.toggleViewAction()
        self.show_library_action.setObjectName("show_library")
        self.show_library_action.setText(self.tr("Evidence &Library"))
        self.show_library_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.preferences_action = action(
            self,
            self.tr("&Preferences…"),
            self.show_preferences,
            shortcut="Ctrl+,",
            name="preferences",
            tip=self.tr("Your name and the attachment size limit"),
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.tags_action = action(
            self, self.tr("&Tags…"), self.show_tags, name="manage_tags", tip=self.tr("Rename, merge and delete tags")
        )
        self.scales_action = action(
            self,
            self.tr("Rating &Scales…"),
            self.show_rating_scales,
            name="rating_scales",
            tip=self.tr("The ratings, their labels in each language, colours and order"),
        )
        # -- end evidence locker --
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
            self.import_sheet_action,
            self.source_details_action,
            self.delete_source_action,
            self.mark_action,
            self.delete_claim_action,
            self.add_evidence_action,
            self.link_evidence_action,
            self.next_claim_action,
            self.previous_claim_action,
            self.search_action,
            self.filter_action,
            self.find_source_action,
            self.export_report_action,
            self.export_claimreview_action,
            self.copy_claimreview_action,
            self.publication_action,
            self.workspace_settings_action,
            self.export_sheet_action,
            self.backup_now_action,
            self.restore_action,
            self.check_integrity_action,
            self.verify_action,
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
        menu.insertAction(self.source_details_action, self.import_sheet_action)
        menu.addSeparator()
        menu.addAction(self.export_report_action)
        self.export_menu = menu.addMenu(self.tr("E&xport"))
        self.export_menu.setObjectName("export_menu")
        self.export_menu.addAction(self.export_sheet_action)
        self.export_menu.addAction(self.export_claimreview_action)
        menu.addSeparator()
        menu.addActions([self.backup_now_action, self.restore_action])
        menu.addSeparator()
        menu.addActions([self.close_action, self.quit_action])

        menu = self.menuBar().addMenu(self.tr("&Edit"))
        menu.addActions([self.undo_action, self.redo_action])
        menu.addSeparator()
        menu.addActions([self.search_action, self.filter_action, self.find_source_action, self.user_action])
        menu.addSeparator()
        menu.addActions([self.tags_action, self.scales_action, self.workspace_settings_action])
        menu.addSeparator()
        menu.addAction(self.preferences_action)

        menu = self.menuBar().addMenu(self.tr("&Claim"))
        menu.addActions([self.mark_action, self.delete_claim_action])
        menu.addSeparator()
        menu.addActions([self.add_evidence_action, self.link_evidence_action])
        menu.addSeparator()
        menu.addActions([self.publication_action, self.copy_claimreview_action])
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
        menu.addAction(self.show_library_action)
        menu.addAction(self.reset_layout_action)

        menu = self.menuBar().addMenu(self.tr("&Tools"))
        menu.setObjectName("tools_menu")
        menu.addAction(self.verify_action)
        menu.addAction(self.check_integrity_action)

        menu = self.menuBar().addMenu(self.tr("&Help"))
        menu.addAction(self.about_action)

    def show_about(self) -> None:
        """Help ▸ About: versions and licences (ui/about.py), window-modal, gone when closed."""
        from ui.about import AboutDialog

        dialog = AboutDialog(parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_tags(self) -> None:
        """Edit ▸ Tags…: window-modal, gone when closed."""
        from ui.catalog.tags_dialog import TagsDialog

        if self.session is not None:
            dialog = TagsDialog(session=self.session, parent=self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    def show_rating_scales(self) -> None:
        """Edit ▸ Rating Scales…: window-modal, gone when closed."""
        from ui.catalog.scales_dialog import ScalesDialog

        if self.session is not None:
            dialog = ScalesDialog(session=self.session, parent=self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    def _fill_rating_menu(self) -> None:
        self.rating_menu.clear()
        self.rating_actions = []
        if self.session is None:
            return
        for number, rating in enumerate(catalog.ratings(self.session.workspace), start=1):
            act = action(
                self,
                catalog.rating_label(rating),
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
        for act in (self.tags_action, self.scales_action):
            act.setEnabled(has_ws)
        for act in (self.mark_action, self.source_details_action, self.delete_source_action):
            act.setEnabled(has_ws and has_source)
        for act in (
            self.delete_claim_action,
            self.add_evidence_action,
            self.link_evidence_action,
            self.copy_claimreview_action,
            self.publication_action,
            *self.rating_actions,
            *self.status_actions,
        ):
            act.setEnabled(has_claim)
        if has_ws and self.session.workspace.read_only:  # another Factdesk holds it: nothing that writes
            for act in (
                self.new_source_action,
                self.import_files_action,
                self.import_sheet_action,
                self.source_details_action,
                self.delete_source_action,
                self.mark_action,
                self.delete_claim_action,
                self.add_evidence_action,
                self.link_evidence_action,
                self.publication_action,
                self.workspace_settings_action,
                self.restore_action,
                *self.rating_actions,
                *self.status_actions,
            ):
                act.setEnabled(False)
        stack = self.session.undo_stack if self.session else None
        self.undo_action.setEnabled(bool(stack and stack.canUndo()))
        self.redo_action.setEnabled(bool(stack and stack.canRedo()))
        self.undo_action.setText(
            self.tr("&Undo %1").replace("%1", stack.undoText()) if stack and stack.canUndo() else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo %1").replace("%1", stack.redoText()) if stack and stack.canRedo() else self.tr("&Redo")
        )
