"""The evidence-and-verdict pane: everything about the selected claim, saved as it is edited.

Each edit becomes one undo command; the pane redraws from the workspace when the session says
the claim changed, so what shows is always what is stored.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QFontMetrics, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import journal
from app.changes import ACTOR, CLAIM, EVIDENCE, RATING, TAG, Changes
from app.errors import NotFound
from app.models import ClaimStatus
from app.services import catalog, claims, evidence
from app.services.claims import ClaimDetail
from ui import commands, theme
from ui.evidence.detail import EvidenceDetail
from ui.evidence.dialogs import EvidenceDialog, LinkEvidenceDialog
from ui.evidence.locker import Locker, clipboard_png, on_paste, screenshot_name
from ui.evidence.model import LinkedEvidenceModel
from ui.history import HistoryButton
from ui.labels import in_quotes, status_label
from ui.session import WorkspaceSession, follow
from ui.verdict.rating_picker import RatingPicker
from ui.widgets import DateField, TagLineEdit, local_shortcut

SAVE_PAUSE_MS = 800  # every text field saves after this pause in typing, and when it is left
RATIONALE_SAVE_MS = SAVE_PAUSE_MS
JOURNAL_MS = 150  # unsaved typing reaches the journal beside the workspace after this (< the pause)




_QUOTE_MARKS = "\"'“”„«»‘’‚‹›"


def quoted(text: str) -> str:
    """`text` between curly quotes, unless it already opens or closes with a quotation mark of its
    own (a claim marked with its quotes shows “once”, not ““twice””)."""
    if text[:1] in _QUOTE_MARKS or text[-1:] in _QUOTE_MARKS:
        return text
    return in_quotes(text)

class _FillLayout(QVBoxLayout):
    """A column that fills its scroll area and only scrolls below its minimum height.

    QScrollArea sizes a widget whose layout has height-for-width (any word-wrapped label) to its
    preferred height for the width, not to the viewport: the pane then scrolled on a laptop
    screen even though everything fitted at the minimum, and the verdict sat out of sight."""

    def hasHeightForWidth(self) -> bool:
        return False

class VerdictPane(QWidget):
    editing = Signal()  # the analyst is typing something not saved yet
    publication_requested = Signal()  # the Publication… button: fact-check URL, appearance (ui/publication.py)

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._session: WorkspaceSession | None = None
        self._subscription = None  # our connection to the session's `changed`
        self._claim_id: int | None = None
        self._detail: ClaimDetail | None = None
        self._saving: Changes | None = None  # what changed while commit_pending saves field after field
        self._shown_id: int | None = None  # the claim the fields were last filled from

        # the quote's box keeps one height (three lines, scrolling beyond), so the fields below
        # stay where the analyst's hands know them whatever the quote's length
        self.quote = QPlainTextEdit(objectName="claim_quote", readOnly=True)
        self.quote.setFrameShape(QFrame.Shape.NoFrame)
        self.quote.setStyleSheet("QPlainTextEdit { border-left: 3px solid #90A4AE; background: transparent; }")
        quote_font = QFont(self.font())
        quote_font.setItalic(True)
        quote_font.setPointSizeF(max(quote_font.pointSizeF(), 10.0) * 1.1)
        self.quote.setFont(quote_font)
        self.quote.setFixedHeight(QFontMetrics(quote_font).lineSpacing() * 3 + 12)
        self.quote.setAccessibleName(self.tr("Quote"))
        self.quote.setAccessibleDescription(self.tr("The claim's exact words in its source"))
        self.where = QLabel(objectName="claim_where", wordWrap=True)
        theme.mute(self.where)

        self.claimant = QComboBox(objectName="claim_claimant", editable=True)
        self.claimant.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.claimant.lineEdit().setPlaceholderText(self.tr("Who made the claim"))
        # our own completer, held here: a combo box's built-in one can vanish from under Python
        self._claimant_completer = QCompleter(self.claimant.model(), self)
        self._claimant_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._claimant_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._claimant_completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.claimant.setCompleter(self._claimant_completer)
        self.role = QLineEdit(
            objectName="claim_role", placeholderText=self.tr("Role, e.g. spokeswoman of the Russian MFA")
        )
        self.claimed_on = DateField(objectName="claim_date")
        self.status = QComboBox(objectName="claim_status")
        for value in ClaimStatus:
            self.status.addItem(status_label(value), value.value)
        self.tags = TagLineEdit()
        self.tags.setObjectName("claim_tags")
        self.tags.setPlaceholderText(self.tr("Narratives, comma-separated"))
        self.statement = QLineEdit(objectName="claim_statement")
        self.statement.setPlaceholderText(self.tr("The claim in plain words, if the quote needs it"))

        who = QHBoxLayout()
        who.addWidget(self.claimant, 3)
        who.addWidget(self.role, 4)
        form = QFormLayout()
        form.addRow(QLabel(self.tr("Claima&nt:"), buddy=self.claimant), who)
        # date and status share a row: one line less on a 768-pixel screen
        when = QHBoxLayout()
        when.addWidget(self.claimed_on, 1)
        when.addWidget(QLabel(self.tr("Stat&us:"), buddy=self.status))
        when.addWidget(self.status, 1)
        form.addRow(QLabel(self.tr("Made &on:"), buddy=self.claimed_on), when)
        form.addRow(self.tr("&Wording:"), self.statement)
        form.addRow(self.tr("&Tags:"), self.tags)

        # evidence
        self.links = LinkedEvidenceModel(parent=self)
        self.evidence_table = QTableView(objectName="evidence_table")
        self.evidence_table.setModel(self.links)
        self.evidence_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.evidence_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.evidence_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.evidence_table.verticalHeader().hide()
        self.evidence_table.setWordWrap(False)
        header = self.evidence_table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.evidence_table.setColumnWidth(0, 28)
        self.evidence_table.setColumnWidth(1, 80)
        self.evidence_table.setColumnWidth(4, 140)
        self.evidence_table.setAccessibleName(self.tr("Evidence of the claim"))
        self.evidence_table.setAccessibleDescription(
            self.tr("Ctrl+Shift+E adds evidence; Alt+Up and Alt+Down move it; Del unlinks it")
        )
        self.evidence_table.doubleClicked.connect(self._on_evidence_double_clicked)
        self.evidence_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.evidence_table.selectionModel().selectionChanged.connect(self._show_selected_evidence)
        # files dropped on the claim's evidence list become new evidence (one piece per file);
        # a pasted screenshot (Ctrl+V) too. Dropped on the locker below, they attach to the selected piece.
        self._locker: Locker | None = None
        self.evidence_table.setAcceptDrops(True)
        self.locker = EvidenceDetail()
        self.locker.setObjectName("verdict_locker")
        self.add_button = QPushButton(self.tr("&Add…"), objectName="evidence_add")
        self.add_button.setToolTip(self.tr("Add a new piece of evidence to this claim (Ctrl+Shift+E)"))
        self.link_button = QPushButton(self.tr("&Link Existing…"), objectName="evidence_link")
        self.edit_button = QPushButton(self.tr("&Edit…"), objectName="evidence_edit")
        self.unlink_button = QPushButton(self.tr("Un&link"), objectName="evidence_unlink")
        self.up_button = QPushButton("↑", objectName="evidence_up", toolTip=self.tr("Move up (Alt+Up)"))
        self.down_button = QPushButton("↓", objectName="evidence_down", toolTip=self.tr("Move down (Alt+Down)"))
        for button in (self.up_button, self.down_button):
            button.setFixedWidth(32)
        self.add_button.clicked.connect(self.add_evidence)
        self.link_button.clicked.connect(self.link_existing)
        self.edit_button.clicked.connect(self.edit_evidence)
        self.unlink_button.clicked.connect(self.unlink_evidence)
        self.up_button.clicked.connect(lambda: self.move_evidence(-1))
        self.down_button.clicked.connect(lambda: self.move_evidence(+1))
        local_shortcut(QKeySequence("Alt+Up"), self.evidence_table, lambda: self.move_evidence(-1))
        local_shortcut(QKeySequence("Alt+Down"), self.evidence_table, lambda: self.move_evidence(+1))
        local_shortcut(QKeySequence.StandardKey.Delete, self.evidence_table, self.unlink_evidence)
        on_paste(self.evidence_table, self.paste_as_evidence)  # a screenshot becomes new evidence
        buttons = QHBoxLayout()
        for button in (self.add_button, self.link_button, self.edit_button, self.unlink_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        # the claim's evidence, the selected piece's attachments and its custody log share one set
        # of tabs: on a 768-pixel screen each gets the room, and the verdict stays in view below
        list_part = QWidget(objectName="evidence_page")
        list_layout = QVBoxLayout(list_part)
        list_layout.setContentsMargins(2, 2, 2, 2)
        list_layout.addWidget(self.evidence_table, 1)
        list_layout.addLayout(buttons)
        rows = self.evidence_table.verticalHeader().defaultSectionSize()
        self.evidence_table.setMinimumHeight(rows * 2 + self.evidence_table.horizontalHeader().sizeHint().height() + 4)
        self.evidence_tabs = self.locker.tabs
        self.evidence_tabs.insertTab(0, list_part, self.tr("Evidence"))
        self.evidence_tabs.setCurrentIndex(0)
        self.evidence_tabs.tabBar().setAccessibleName(self.tr("Evidence, attachments and custody"))
        evidence_box = QGroupBox()  # untitled: the tabs say what it holds
        evidence_box.setObjectName("evidence_box")
        evidence_box.setFlat(True)
        evidence_layout = QVBoxLayout(evidence_box)
        evidence_layout.setContentsMargins(0, 0, 0, 0)
        evidence_layout.addWidget(self.locker)

        # verdict
        self.rating = RatingPicker()
        self.summary = QLineEdit(objectName="claim_summary")
        self.summary.setPlaceholderText(self.tr("The verdict in one line"))
        self.rationale = QPlainTextEdit(objectName="claim_rationale")
        self.rationale.setPlaceholderText(self.tr("How the evidence leads to the verdict"))
        self.rationale.setTabChangesFocus(True)
        self.rationale.setMinimumHeight(self.rationale.fontMetrics().lineSpacing() * 2 + 12)
        verdict_box = QGroupBox(self.tr("Verdict"))
        verdict_form = QFormLayout(verdict_box)
        verdict_form.addRow(self.tr("Rating:"), self.rating)
        verdict_form.addRow(self.tr("Su&mmary:"), self.summary)
        verdict_form.addRow(self.tr("Rationa&le:"), self.rationale)
        # who changed the verdict, when, from what to what (ui/history.py)
        self.history_button = HistoryButton(lambda: (self._session.workspace if self._session else None, self.claim_id))
        self.publication_button = QPushButton(self.tr("Publication…"), objectName="publication_button")
        self.publication_button.setToolTip(
            self.tr("The published fact-check's URL, where and when the claim appeared (for ClaimReview)")
        )
        self.publication_button.clicked.connect(self.publication_requested)
        history_row = QHBoxLayout()  # the Publication… button beside History, costing no height
        history_row.addWidget(self.history_button)
        history_row.addWidget(self.publication_button)
        history_row.addStretch(1)
        verdict_form.addRow("", history_row)

        self.empty = QLabel(
            self.tr("Select a claim in the list, or select text in the source and press Ctrl+M to mark a new one."),
            alignment=Qt.AlignmentFlag.AlignCenter,
            wordWrap=True,
        )
        self.body = QWidget()
        body = _FillLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(4)
        body.addWidget(self.quote)
        body.addWidget(self.where)
        body.addLayout(form)
        body.addWidget(evidence_box, 5)  # the list and the locker of the selected piece
        body.addWidget(verdict_box, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.empty, 1)
        # on a short screen the pane scrolls rather than crushing the evidence locker
        self.body_scroll = QScrollArea(objectName="verdict_scroll", widgetResizable=True)
        self.body_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body_scroll.setWidget(self.body)
        layout.addWidget(self.body_scroll, 1)

        # every field saves after a pause in typing (and when left); until then the typing is
        # kept in a small journal beside the workspace, offered back after a crash
        self._journal: journal.TypingJournal | None = None
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_PAUSE_MS)
        self._save_timer.timeout.connect(self._save_on_pause)
        self._rationale_timer = self._save_timer  # the name older code and tests know
        self._journal_timer = QTimer(self, singleShot=True, interval=JOURNAL_MS)
        self._journal_timer.timeout.connect(self._write_journal)
        self.rationale.textChanged.connect(self._on_typed)
        for edit in (self.summary, self.statement, self.role, self.tags, self.claimant.lineEdit()):
            edit.textEdited.connect(self._on_typed)
        self.rationale.installEventFilter(self)
        # Ctrl+Z in a field with unsaved typing undoes the typing; otherwise the last action
        for widget in (self.summary, self.statement, self.role, self.tags, self.claimant, self.claimant.lineEdit()):
            widget.installEventFilter(self)
        self.summary.editingFinished.connect(lambda: self._save_text("summary", self.summary.text()))
        self.statement.editingFinished.connect(lambda: self._save_text("statement", self.statement.text()))
        self.status.activated.connect(lambda _i: self._update(status=self.status.currentData()))
        self.claimed_on.edited.connect(lambda value: self._update(claimed_on=value))
        self.rating.picked.connect(lambda rating_id: self._update(rating_id=rating_id))
        self.tags.finished.connect(self._save_tags)  # after a pick from the completions, not before
        self.claimant.lineEdit().editingFinished.connect(self._save_claimant)
        self.claimant.activated.connect(lambda _i: self._save_claimant())
        self.role.editingFinished.connect(self._save_claimant)
        self._install_rating_keys()
        self.evidence_table.viewport().installEventFilter(self)  # drops (see eventFilter)
        self._show(None)

    def minimumSizeHint(self) -> QSize:
        """As wide as the column's contents need: the scroll area scrolls down, never sideways, so
        a narrower pane would cut its right edge off."""
        hint = super().minimumSizeHint()
        margins = self.layout().contentsMargins()
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width = self.body.minimumSizeHint().width() + scrollbar + margins.left() + margins.right() + 2
        return QSize(max(hint.width(), width), hint.height())

    # -- workspace -------------------------------------------------------------------------------

    def set_locker(self, locker: Locker) -> None:
        self._locker = locker

    def set_session(self, session: WorkspaceSession | None) -> None:
        self._close_journal()
        self._subscription = follow(self._subscription, session, self._on_session_changed)
        self._session = session
        self._open_journal()
        self.locker.set_session(session, self._locker)
        if session is not None:
            self.rating.set_ratings(catalog.ratings(session.workspace))
        self._fill_claimants()
        self._fill_tags()
        self.show_claim(None)

    def _on_session_changed(self, changes: Changes) -> None:
        if self._saving is not None:  # several fields being saved: redraw once, after the last
            self._saving.merge(changes)
            return
        if changes.touches(RATING) and self._session is not None:
            self.rating.set_ratings(catalog.ratings(self._session.workspace))
        if changes.touches(ACTOR):
            self._fill_claimants()
        if changes.touches(TAG):
            self._fill_tags()
        shown = {self.links.link(r).evidence_id for r in range(self.links.rowCount())}
        if self._claim_id is not None and (
            self._claim_id in changes.ids(CLAIM) or changes.touches(ACTOR) or shown & changes.ids(EVIDENCE)
        ):
            self._reload()

    def _fill_claimants(self) -> None:
        text = self.claimant.currentText()
        self.claimant.blockSignals(True)
        self.claimant.clear()
        if self._session is not None:
            for actor in catalog.list_actors(self._session.workspace):
                self.claimant.addItem(actor.name, actor.id)
        self.claimant.setCurrentIndex(-1)
        self.claimant.setEditText(text)
        self.claimant.blockSignals(False)

    def _fill_tags(self) -> None:
        names = [t.name for t in catalog.list_tags(self._session.workspace)] if self._session else []
        self.tags.set_known_tags(names)

    # -- showing ---------------------------------------------------------------------------------

    @property
    def claim_id(self) -> int | None:
        return self._claim_id

    @property
    def source_id(self) -> int | None:
        return self._detail.claim.source_id if self._detail else None

    def show_claim(self, claim_id: int | None) -> None:
        self.commit_pending()
        self._claim_id = claim_id
        self._reload()

    def _reload(self) -> None:
        detail = None
        if self._claim_id is not None and self._session is not None:
            try:
                detail = claims.get_claim(self._session.workspace, self._claim_id)
            except NotFound:
                self._claim_id = None
        self._detail = detail
        self._show(detail)

    def _show(self, detail: ClaimDetail | None) -> None:
        self.empty.setVisible(detail is None)
        self.body.setVisible(detail is not None)
        self.body_scroll.setVisible(detail is not None)
        selected_link = self._selected_link_id()
        self.links.load(self._session.workspace if self._session else None, detail.claim.id if detail else None)
        self._select_link(selected_link)
        if self._selected_link_id() is None and self.links.rowCount():
            self.evidence_table.selectRow(0)  # the locker below shows the first piece's files at once
        self._update_buttons()
        self._show_selected_evidence()
        self.evidence_tabs.setTabText(
            self.evidence_tabs.indexOf(self.evidence_table.parentWidget()),
            self.tr("Evidence (%1)").replace("%1", str(self.links.rowCount())),
        )
        if detail is None:
            self._shown_id = None
            return
        claim = detail.claim
        self.quote.setPlainText(quoted(claim.quote))
        self.where.setText(self.tr("in %1").replace("%1", detail.source_title))
        # a field whose typing is what is stored is left alone (its cursor, a space just typed)
        _set_if_changed(self.summary, claim.summary, _clean_summary)
        _set_if_changed(self.statement, claim.statement)
        if self.rationale.toPlainText().strip() != claim.rationale and not self._save_timer.isActive():
            self.rationale.blockSignals(True)
            self.rationale.setPlainText(claim.rationale)
            self.rationale.blockSignals(False)
        self.status.setCurrentIndex(self.status.findData(claim.status))
        # a date typed wrong stays, with its message, until this claim's date really changes
        self.claimed_on.set_date(claim.claimed_on, keep_typing=claim.id == self._shown_id)
        self._shown_id = claim.id
        self.claimed_on.set_hint(detail.source_published)  # the calendar opens at the source's date
        self.rating.set_current(claim.rating_id)
        name = detail.claimant.name if detail.claimant else ""
        if " ".join(self.claimant.currentText().split()) != name:
            self.claimant.setCurrentIndex(self.claimant.findData(detail.claimant.id) if detail.claimant else -1)
            self.claimant.setEditText(name)
        _set_if_changed(self.role, detail.claimant.role if detail.claimant else "")
        shown_tags = self.tags.settled_tags() if self.tags.hasFocus() else self.tags.tags()
        if shown_tags != detail.tags:
            self.tags.set_tags(detail.tags)

    # -- saving ----------------------------------------------------------------------------------

    def _push(self, command) -> None:
        if self._session is not None:
            self._session.push(command)

    def _update(self, **fields) -> None:
        if self._claim_id is None or self._detail is None:
            return
        if all(getattr(self._detail.claim, name) == value for name, value in fields.items()):
            return
        self._push(commands.update_claim(self._session, self._claim_id, **fields))

    def _save_text(self, field: str, text: str) -> None:
        # compare as the service will store it, so an unchanged field never makes an empty undo step
        cleaned = _clean_summary(text) if field == "summary" else text.strip()
        if self._detail is not None and cleaned != getattr(self._detail.claim, field):
            self._update(**{field: text})
            self._forget_typing_history(field)

    def _forget_typing_history(self, field: str) -> None:
        """Saved typing leaves the field's own undo history: Ctrl+Z in the field then undoes only
        what was typed since (the workspace's undo takes back the save). Qt merges a run of typing
        into one step, so without this a Ctrl+Z after the pause's save emptied the saved text too."""
        if field == "rationale":
            self.rationale.document().clearUndoRedoStacks()
            return
        edit = {"summary": self.summary, "statement": self.statement}.get(field)
        if edit is not None and edit.isUndoAvailable():
            position = edit.cursorPosition()
            edit.setText(edit.text())  # setText clears a line edit's undo history
            edit.setCursorPosition(position)

    def _on_typed(self, *_args) -> None:
        """A key in a text field: save after a pause; journal the typing sooner (not restarted by
        each key, so steady typing with no pause still reaches the journal)."""
        self._save_timer.start()
        if self._journal is not None and not self._journal_timer.isActive():
            self._journal_timer.start()
        self.editing.emit()

    def _save_on_pause(self) -> None:
        self.commit_pending(pause=True)

    def commit_pending(self, *, pause: bool = False) -> None:
        """Save whatever has been typed but not yet saved (after a pause in typing, before a
        shortcut, another claim, closing), so no typed word is ever thrown away.

        After a pause the word still being typed in Tags, a tag whose completions are open, and a
        claimant not yet in the workspace wait: a half-typed name is not a new tag or claimant yet
        (the journal keeps it until the field is left)."""
        self._save_timer.stop()
        if self._detail is None:
            self._write_journal()
            return
        texts = {  # read first: saving one field redraws the pane
            "summary": self.summary.text(),
            "statement": self.statement.text(),
            "rationale": self.rationale.toPlainText(),
        }
        tags = self.tags.settled_tags() if pause else self.tags.tags()
        choosing_claimant = pause and not self._known_claimant()
        self._saving = Changes()
        try:
            for field, text in texts.items():
                self._save_text(field, text)
            if not (pause and self.tags.choosing()):
                self._save_tags(tags)
            if not choosing_claimant:
                self._save_claimant()
            if not pause:
                self.claimed_on.commit()
        finally:
            saved, self._saving = self._saving, None
        if not saved.empty:
            self._on_session_changed(saved)
        self._write_journal()

    def _known_claimant(self) -> bool:
        """The claimant field names someone already in the workspace, or no one (a half-typed new
        name waits for the field to be left, so "Maria Zakh" does not become a claimant)."""
        name = " ".join(self.claimant.currentText().split()).casefold()
        known = {self.claimant.itemText(i).casefold() for i in range(self.claimant.count())}
        return not name or name in known

    def unsaved_typing(self) -> dict[str, str]:
        """The fields of the shown claim whose text differs from what is stored, with that text."""
        if self._detail is None:
            return {}
        claim, claimant = self._detail.claim, self._detail.claimant
        found = {}
        if self.statement.text().strip() != claim.statement:
            found["statement"] = self.statement.text()
        if _clean_summary(self.summary.text()) != claim.summary:
            found["summary"] = self.summary.text()
        if self.rationale.toPlainText().strip() != claim.rationale:
            found["rationale"] = self.rationale.toPlainText()
        if self.tags.tags() != self._detail.tags:
            found["tags"] = self.tags.text()
        name = " ".join(self.claimant.currentText().split())
        if name != (claimant.name if claimant else ""):
            found["claimant"] = self.claimant.currentText()
        if name and self.role.text().strip() != (claimant.role if claimant else ""):
            found["role"] = self.role.text()
        return found

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._undo_goes_to_the_stack(watched, event):
            # not accepted: Qt then runs the window's Undo/Redo (the Edit menu's word), where the
            # text field would otherwise claim the key and undo (or not) its own history
            event.ignore()
            return True
        if watched is self.rationale and event.type() == event.Type.FocusOut:
            self.commit_pending()
        if watched is self.evidence_table.viewport() and event.type() in (
            QEvent.Type.DragEnter,
            QEvent.Type.DragMove,
            QEvent.Type.Drop,
        ):
            files = _local_files(event.mimeData())
            if not files or self._claim_id is None or self._locker is None:
                event.ignore()
                return True
            event.acceptProposedAction()
            if event.type() == QEvent.Type.Drop:
                self._locker.attach_paths(files, claim_id=self._claim_id)
            return True
        return super().eventFilter(watched, event)

    def _undo_goes_to_the_stack(self, watched, event: QKeyEvent) -> bool:
        """Ctrl+Z (or redo) in a text field: the field's own undo only while it holds typing not
        yet saved (or, for redo, typing it has just undone); otherwise the workspace's undo."""
        undo = event.matches(QKeySequence.StandardKey.Undo)
        redo = event.matches(QKeySequence.StandardKey.Redo)
        field = self._field_of(watched)
        if field is None or not (undo or redo):
            return False
        if field in self.unsaved_typing():
            return False
        if redo:
            widget = self.claimant.lineEdit() if field == "claimant" else watched
            can_redo = widget.document().isRedoAvailable() if widget is self.rationale else widget.isRedoAvailable()
            return not can_redo
        return True

    def _field_of(self, widget) -> str | None:
        fields = {
            self.summary: "summary",
            self.statement: "statement",
            self.rationale: "rationale",
            self.tags: "tags",
            self.role: "role",
            self.claimant: "claimant",
            self.claimant.lineEdit(): "claimant",
        }
        return fields.get(widget)

    def _save_tags(self, names: list[str] | None = None) -> None:
        names = self.tags.tags() if names is None else names
        if self._detail is None or names == self._detail.tags:
            return
        self._push(commands.set_tags(self._session, self._claim_id, names))

    def _save_claimant(self) -> None:
        if self._detail is None:
            return
        name = " ".join(self.claimant.currentText().split())
        role = self.role.text().strip()
        current = self._detail.claimant
        if current is not None and current.name == name:
            if role != current.role:
                self._push(commands.update_actor(self._session, current.id, role=role))
            return
        if current is None and not name:
            return
        self._push(commands.set_claimant(self._session, self._claim_id, name, role))

    # -- the typing journal ------------------------------------------------------------------------

    def _open_journal(self) -> None:
        """Keep unsaved typing beside the workspace; offer back what a crash left there. (Not for a
        workspace open read-only: another Factdesk holds it, and the journal beside it is its own.)"""
        workspace = self._session.workspace if self._session is not None else None
        if workspace is None or workspace.read_only:
            return
        self._journal = journal.TypingJournal(workspace.path)
        left = journal.read(workspace.path)
        if left:
            session = self._session
            QTimer.singleShot(0, self, lambda: self._offer_typing(left) if self._session is session else None)

    def _close_journal(self) -> None:
        """A clean close: everything typed has been saved, so no journal stays behind."""
        self._journal_timer.stop()
        if self._journal is None:
            return
        self.commit_pending()
        if self.unsaved_typing():  # a save was refused: the typing stays in the journal
            self._write_journal()
        else:
            self._journal.discard()
        self._journal = None

    def _write_journal(self) -> None:
        self._journal_timer.stop()
        if self._journal is None:
            return
        unsaved = self.unsaved_typing()
        self._journal.replace([journal.Typing(self._claim_id, f, text) for f, text in unsaved.items()])
        self._journal.flush()

    def _field_label(self, field: str) -> str:
        return {
            "statement": self.tr("Wording"),
            "summary": self.tr("Summary"),
            "rationale": self.tr("Rationale"),
            "tags": self.tr("Tags"),
            "claimant": self.tr("Claimant"),
            "role": self.tr("Role"),
        }[field]

    def _offer_typing(self, left: list[journal.Typing]) -> None:
        """Factdesk ended without saving some typing: offer each piece back, as an undoable edit."""
        session = self._session
        if session is None or self._journal is None:
            return
        for typing in left:
            try:
                detail = claims.get_claim(session.workspace, typing.claim_id)
            except NotFound:
                continue
            question = self.tr(
                "Factdesk closed before it could save what you were typing.\n\n"
                "Restore what you were typing in %1 of claim %2?"
            )
            question = question.replace("%1", self._field_label(typing.field)).replace("%2", str(typing.claim_id))
            excerpt = typing.text if len(typing.text) <= 400 else typing.text[:400] + "…"
            quote = " ".join(detail.claim.quote.split())
            about = self.tr("(Claim %1 is the quote “%2”.)").replace("%1", str(typing.claim_id))
            about = about.replace("%2", quote if len(quote) <= 80 else quote[:80] + "…")
            answer = QMessageBox.question(
                self,
                self.tr("Restore Typing"),
                f"{question}\n\n{in_quotes(excerpt)}\n\n{about}",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes,
            )
            if answer == QMessageBox.StandardButton.Yes:
                self._restore_typing(session, detail, typing)
        journal.remove(session.workspace.path)

    def _restore_typing(self, session: WorkspaceSession, detail: ClaimDetail, typing: journal.Typing) -> None:
        claim_id = typing.claim_id
        if typing.field in ("statement", "summary", "rationale"):
            session.push(commands.update_claim(session, claim_id, **{typing.field: typing.text}))
        elif typing.field == "tags":
            names = [part.strip() for part in typing.text.split(",") if part.strip()]
            session.push(commands.set_tags(session, claim_id, names))
        elif typing.field == "claimant":
            role = detail.claimant.role if detail.claimant else ""
            session.push(commands.set_claimant(session, claim_id, " ".join(typing.text.split()), role))
        elif typing.field == "role" and detail.claimant is not None:
            session.push(commands.update_actor(session, detail.claimant.id, role=typing.text.strip()))

    # -- the rating keys -------------------------------------------------------------------------

    def _install_rating_keys(self) -> None:
        """Keys 1–9 pick a rating and 0 clears it anywhere in this pane, except where text is being
        typed: Qt lets a focused text field claim plain keys before a shortcut sees them."""
        for number in range(10):
            for sequence in (str(number), f"Num+{number}"):
                shortcut = QShortcut(
                    QKeySequence(sequence), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
                )
                shortcut.activated.connect(lambda n=number: self._on_rating_key(n))

    def _on_rating_key(self, number: int) -> None:
        focus = QApplication.focusWidget()
        typing = isinstance(focus, (QLineEdit, QPlainTextEdit, QAbstractSpinBox)) or (
            isinstance(focus, QComboBox) and focus.isEditable()
        )
        if self._detail is not None and not typing:
            self.rating.pick_number(number)

    # -- evidence --------------------------------------------------------------------------------

    def _selected_link_id(self) -> int | None:
        rows = self.evidence_table.selectionModel().selectedRows()
        link = self.links.link(rows[0].row()) if rows else None
        return link.link_id if link else None

    def _select_link(self, link_id: int | None) -> None:
        row = self.links.row_of(link_id) if link_id is not None else None
        if row is not None:
            self.evidence_table.selectRow(row)

    def _update_buttons(self, *_args) -> None:
        writable = self._session is not None and not self._session.workspace.read_only
        has_claim = self._detail is not None and writable
        selected = self._selected_link_id()
        row = self.links.row_of(selected) if selected is not None and writable else None
        self.add_button.setEnabled(has_claim)
        self.link_button.setEnabled(has_claim)
        for button in (self.edit_button, self.unlink_button):
            button.setEnabled(row is not None)
        self.up_button.setEnabled(row is not None and row > 0)
        self.down_button.setEnabled(row is not None and row < self.links.rowCount() - 1)
        # a workspace another Factdesk holds is read here, never typed into and then refused
        for edit in (self.role, self.statement, self.summary, self.tags, self.claimant.lineEdit()):
            if edit is not None:
                edit.setReadOnly(not writable)
        self.rationale.setReadOnly(not writable)
        for widget in (self.claimant, self.claimed_on, self.status, self.rating):
            widget.setEnabled(writable)

    def add_evidence(self) -> None:
        if self._claim_id is None:
            return
        dialog = EvidenceDialog(parent=self)
        if dialog.exec():
            link = dialog.link_fields()
            self._push(commands.add_evidence(self._session, self._claim_id, dialog.fields(), **link))
            self._select_link(self.links.link_ids()[-1] if self.links.rowCount() else None)

    def link_existing(self) -> None:
        if self._claim_id is None:
            return
        linked = {self.links.link(r).evidence_id for r in range(self.links.rowCount())}
        dialog = LinkEvidenceDialog(self._session.workspace, exclude=linked, parent=self)
        if dialog.exec() and dialog.evidence_id() is not None:
            self._push(
                commands.link_evidence(self._session, self._claim_id, dialog.evidence_id(), **dialog.link_fields())
            )

    def edit_evidence(self) -> None:
        link_id = self._selected_link_id()
        if link_id is None:
            return
        link = self.links.link(self.links.row_of(link_id))
        piece = evidence.get_evidence(self._session.workspace, link.evidence_id)
        dialog = EvidenceDialog(evidence=piece, stance=link.stance, note=link.note, parent=self)
        if not dialog.exec():
            return
        fields = {
            k: v for k, v in dialog.fields().items() if getattr(piece, k) != (v.strip() if isinstance(v, str) else v)
        }
        link_fields = {k: v for k, v in dialog.link_fields().items() if getattr(link, k) != v.strip()}
        if not fields and not link_fields:
            return
        stack = self._session.undo_stack
        stack.beginMacro(self.tr("Edit Evidence"))
        if fields:
            self._push(commands.update_evidence(self._session, link.evidence_id, **fields))
        if link_fields:
            self._push(commands.update_link(self._session, link_id, **link_fields))
        stack.endMacro()

    def unlink_evidence(self) -> None:
        link_id = self._selected_link_id()
        if link_id is not None:
            self._push(commands.unlink_evidence(self._session, link_id))

    def move_evidence(self, step: int) -> None:
        link_id = self._selected_link_id()
        if link_id is None or self._claim_id is None:
            return
        order = self.links.link_ids()
        row = order.index(link_id)
        target = row + step
        if not 0 <= target < len(order):
            return
        order[row], order[target] = order[target], order[row]
        self._push(commands.reorder_links(self._session, self._claim_id, order))
        self._select_link(link_id)

    def _show_selected_evidence(self, *_args) -> None:
        link_id = self._selected_link_id()
        row = self.links.row_of(link_id) if link_id is not None else None
        self.locker.show_evidence(self.links.link(row).evidence_id if row is not None else None)

    def paste_as_evidence(self) -> bool:
        """Ctrl+V on the evidence list: the clipboard's image (a screenshot) becomes new evidence."""
        if self._claim_id is None or self._locker is None:
            return False
        data = clipboard_png()
        if data is None:
            window = self.window()
            if hasattr(window, "statusBar"):
                window.statusBar().showMessage(self.tr("The clipboard holds no image to attach."), 5000)
            return False
        return self._locker.attach_bytes(data, screenshot_name(), claim_id=self._claim_id)

    def _on_evidence_double_clicked(self, index: QModelIndex) -> None:
        link = self.links.link(index.row())
        if link is None:
            return
        if self.links.COLUMNS[index.column()] == "url" and link.url:
            QDesktopServices.openUrl(QUrl(link.url))  # the analyst asked for it: the one network use
        else:
            self.edit_evidence()


def _clean_summary(text: str) -> str:
    return " ".join(text.split())


def _set_if_changed(edit: QLineEdit, text: str, clean=str.strip) -> None:
    """Show `text` unless the field already says it (give or take what saving trims)."""
    if clean(edit.text()) != text:
        edit.setText(text)
        edit.setCursorPosition(0)  # show the start of a long line, not its end


def _local_files(mime) -> list[Path]:
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []
