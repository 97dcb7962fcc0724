"""The source pane: the document under examination, read-only, with claims marked in it.

Offsets cross the widget edge here: the services speak Python offsets, Qt's text cursors
speak UTF-16 code units, and `Utf16Map` converts between them.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator

from PySide6.QtCore import QByteArray, QMimeData, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QKeySequence,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app import find_text
from app.anchoring import Utf16Map, nudge_span, tidy_span
from app.changes import CLAIM, SOURCE, Changes
from app.errors import FactdeskError, NotFound
from app.intake.suggest import Suggestion
from app.models import Source
from app.services import intake, sources
from app.services.sources import Span
from ui import commands, theme
from ui.intake.suggestions import MAX_SUGGESTED_CHARS, SuggestionsPanel
from ui.messages import words
from ui.session import ServiceCommand, WorkspaceSession, follow
from ui.source.picker import SourceChoices
from ui.tasks import Stepper, Task, run_task
from ui.widgets import local_shortcut

log = logging.getLogger(__name__)

CURRENT_UNRATED = "#FFE082"
OTHER_CLAIM = "#E3EAF4"
SUGGESTED = "#9AA5B1"  # a muted dotted underline: a sentence worth a look, not a claim
SELECTION_MIME = "application/x-factdesk-source-selection"  # marks text dragged out of the source view
HEADING_SCALE = {"title": 1.5, "h1": 1.35, "h2": 1.2, "h3": 1.1}

# Long texts go into the view a piece at a time, between turns of the event loop.
SHOWN_AT_ONCE = 200_000  # characters: a text up to this long is shown in one go
FILL_CHUNK = 25_000  # characters inserted per step beyond that
LAYOUT_CHUNK = 500  # layout entries (headings, lists) formatted per step
RANKED_AT_ONCE = 50_000  # characters: suggestions for a longer text are worked out on another thread
# Qt lays out a paragraph as a whole, each time it changes: a 4-million-character single line took
# seconds. Such a paragraph is shown with a line break in place of a space about every BREAK_EVERY
# characters; a break takes one position, like the space it replaces, so every offset stays put.
LONG_PARAGRAPH = 3_000
BREAK_EVERY = 2_000
_LONG_PARAGRAPH = re.compile(rf"^[^\n]{{{LONG_PARAGRAPH},}}", re.MULTILINE)  # tried at line starts only


def display_text(text: str) -> str:
    """`text` as the source view shows it: the same characters, but for a space turned into a
    line break here and there in paragraphs longer than LONG_PARAGRAPH characters."""
    pieces: list[str] = []
    done = 0
    for paragraph in _LONG_PARAGRAPH.finditer(text):
        position = paragraph.start() + BREAK_EVERY
        while position < paragraph.end() - BREAK_EVERY // 2:
            space = text.find(" ", position, paragraph.end())
            if space < 0:
                break
            pieces += (text[done:space], "\n")
            done = space + 1
            position = space + BREAK_EVERY
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


class SourceView(QTextEdit):
    """Read-only text whose context menu offers the window's claim actions; a click on a
    marked span asks for that claim."""

    span_clicked = Signal(int)  # Python offset clicked, when nothing is selected

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setUndoRedoEnabled(False)
        self.document().setDocumentMargin(14)
        self.document().setUndoRedoEnabled(False)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.15)
        self.setFont(font)
        self.context_actions: list[QAction] = []
        self.span_actions: list[QAction] = []  # the current claim's span: set to the selection, widen, narrow
        self.map = Utf16Map("")
        self.viewport().setAcceptDrops(True)  # to see drags of its own selection and refuse them

    # -- dragging: the selection may be dragged out (into a rationale, another program), but a
    # drag that began here is never dropped back here, nor passed on to the window, which would
    # take the text for a new source

    def createMimeDataFromSelection(self) -> QMimeData:
        mime = super().createMimeDataFromSelection()
        mime.setData(SELECTION_MIME, QByteArray(b"1"))
        return mime

    def _own_drag(self, event) -> bool:
        return event.source() in (self, self.viewport()) or event.mimeData().hasFormat(SELECTION_MIME)

    def dragEnterEvent(self, event) -> None:
        if self._own_drag(event):
            event.accept()  # ours to refuse: taken here so it goes no further up
            event.setDropAction(Qt.DropAction.IgnoreAction)
        else:
            event.ignore()  # text or files from elsewhere: the window takes them

    def dragMoveEvent(self, event) -> None:
        event.ignore()  # the read-only text takes nothing: no drop here

    def dropEvent(self, event) -> None:
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.ignore()

    def contextMenuEvent(self, event) -> None:
        menu = self.createStandardContextMenu(event.pos())
        if self.context_actions or self.span_actions:
            first = menu.actions()[0] if menu.actions() else None
            for action in self.context_actions:
                menu.insertAction(first, action)
            if self.span_actions:
                span_menu = QMenu(self.tr("Claim Span"), menu)
                span_menu.addActions(self.span_actions)
                span_menu.setEnabled(any(a.isEnabled() for a in self.span_actions))
                menu.insertMenu(first, span_menu)
            menu.insertSeparator(first)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            position = self.cursorForPosition(event.position().toPoint()).position()
            self.span_clicked.emit(self.map.from_utf16(position))

    def set_text(self, text: str) -> None:
        """Show `text` at once (see `fill`)."""
        for _ in self.fill(text):
            pass

    def fill(self, text: str) -> Iterator[None]:
        """Show `text` with a little space after each paragraph, as a reader expects, inserting it
        FILL_CHUNK characters at a time and yielding after each piece.

        The spacing is set on the empty document's first block before the text goes in, so every
        paragraph inherits it as it is inserted (formatting after the fact touched each block and
        took 3 s for 4 million characters in 20,000 paragraphs)."""
        self.map = Utf16Map(text)
        shown = display_text(text)
        yield
        document = self.document()
        document.clear()
        spacing = QTextBlockFormat()
        spacing.setBottomMargin(8)
        spacing.setLineHeight(115, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor = QTextCursor(document)
        cursor.setBlockFormat(spacing)
        for start in range(0, len(shown), FILL_CHUNK):
            cursor.insertText(shown[start : start + FILL_CHUNK])
            if start == 0:  # the reader's cursor goes back to the top; the pieces to come go in after it
                self.setTextCursor(QTextCursor(document))
            yield

    def center_on(self, start16: int, end16: int) -> None:
        """Scroll so the span [start16, end16) (UTF-16 positions) sits in the middle of the view."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(start16)
        top = self.cursorRect(cursor).top()
        cursor.setPosition(end16)
        bottom = self.cursorRect(cursor).bottom()
        bar = self.verticalScrollBar()
        middle = bar.value() + (top + bottom) // 2
        bar.setValue(max(0, middle - self.viewport().height() // 2))

    def python_selection(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self.map.from_utf16(cursor.selectionStart()), self.map.from_utf16(cursor.selectionEnd())


class SourcePane(QWidget):
    source_changed = Signal(object)  # the source id shown, or None
    claim_clicked = Signal(int)
    suggestion_accepted = Signal(int, int, int)  # source id, start, end: make it a claim

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: WorkspaceSession | None = None
        self._subscription = None  # our connection to the session's `changed`
        self._source: Source | None = None
        self._spans: list[Span] = []
        self._current_claim: int | None = None
        self._suggested: list[Suggestion] = []
        # a long text is shown a piece at a time; marks and scrolling wait until all of it is in
        self._filler = Stepper(parent=self)
        self._loading = False
        # full rankings of long sources, worked out on another thread: source id -> (text, ranking)
        self._ranked: dict[int, tuple[str, list[Suggestion]]] = {}
        self._ranking: tuple[Task, int, str] | None = None  # the ranking under way: task, source id, text

        self.picker = QComboBox(objectName="source_picker")
        self.picker.setToolTip(self.tr("The source shown"))
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.picker.setMinimumContentsLength(20)
        self.choices = SourceChoices(self)
        self.picker.setModel(self.choices)
        self.picker.activated.connect(self._on_picker_activated)
        self.details = QLabel(objectName="source_details", wordWrap=True, openExternalLinks=False)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.view = SourceView()
        self.view.setObjectName("source_view")
        self.view.span_clicked.connect(self._on_span_clicked)
        self.placeholder = QLabel(
            self.tr(
                "No source yet. Drop files here, import them with File ▸ Import Files… (Ctrl+I), "
                "or paste an article with File ▸ New Source from Text… (Ctrl+Shift+V)."
            ),
            alignment=Qt.AlignmentFlag.AlignCenter,
            wordWrap=True,
        )

        self.find_box = QLineEdit(objectName="source_find", clearButtonEnabled=True)
        self.find_box.setPlaceholderText(self.tr("Find in source… (Enter: next, Shift+Enter: previous)"))
        self.find_box.returnPressed.connect(lambda: self.find_next())
        local_shortcut(QKeySequence("Shift+Return"), self.find_box, lambda: self.find_next(backward=True))
        local_shortcut(QKeySequence(Qt.Key.Key_Escape), self.find_box, self.view.setFocus)
        self.find_box.textEdited.connect(lambda _text: self.find_next(from_start=True))

        self._build_span_actions()

        # -- suggestions --
        self.suggestions = SuggestionsPanel()
        self.suggestions.setObjectName("source_suggestions")
        self.suggestions.accepted.connect(self._accept_suggestion)
        self.suggestions.dismissed.connect(self._dismiss_suggestion)
        self.suggestions.current_changed.connect(self._on_suggestion_current)
        self.suggestions.toggle.toggled.connect(lambda _shown: self._highlight())
        # -- end suggestions --

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.picker, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.details)
        layout.addWidget(self.find_box)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.suggestions)
        layout.addWidget(self.placeholder, 1)
        self._show_placeholder(True)

    # -- the current claim's span: set to the selection, or widened and narrowed a word at a time --

    def _build_span_actions(self) -> None:
        def action(name: str, text: str, keys: str, tip: str, slot) -> QAction:
            act = QAction(text, self, objectName=name)
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.setToolTip(tip)
            act.setEnabled(False)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.span_to_selection_action = action(
            "span_to_selection_action",
            self.tr("Set Claim Span to Selection"),
            "Ctrl+Shift+M",
            self.tr("Make the selected words the quote of the claim shown"),
            self.set_claim_span_to_selection,
        )
        self.widen_end_action = action(
            "widen_end_action",
            self.tr("Widen at End"),
            "Alt+Shift+Right",
            self.tr("Take the next word into the claim"),
            lambda: self.nudge_claim_span("end", outwards=True),
        )
        self.narrow_end_action = action(
            "narrow_end_action",
            self.tr("Narrow at End"),
            "Alt+Shift+Left",
            self.tr("Leave the claim's last word out"),
            lambda: self.nudge_claim_span("end", outwards=False),
        )
        self.widen_start_action = action(
            "widen_start_action",
            self.tr("Widen at Start"),
            "Ctrl+Alt+Shift+Left",
            self.tr("Take the word before into the claim"),
            lambda: self.nudge_claim_span("start", outwards=True),
        )
        self.narrow_start_action = action(
            "narrow_start_action",
            self.tr("Narrow at Start"),
            "Ctrl+Alt+Shift+Right",
            self.tr("Leave the claim's first word out"),
            lambda: self.nudge_claim_span("start", outwards=False),
        )
        self.view.span_actions = [
            self.span_to_selection_action,
            self.widen_start_action,
            self.narrow_start_action,
            self.widen_end_action,
            self.narrow_end_action,
        ]
        self.view.selectionChanged.connect(self._update_span_actions)

    def _update_span_actions(self) -> None:
        has_span = (
            self._session is not None
            and not self._session.workspace.read_only
            and not self._loading
            and self._span(self._current_claim) is not None
        )
        for act in self.view.span_actions[1:]:
            act.setEnabled(has_span)
        self.span_to_selection_action.setEnabled(has_span and self.view.textCursor().hasSelection())

    def set_claim_span_to_selection(self) -> bool:
        """Make the selection (trimmed as a new claim's would be) the shown claim's span."""
        span = self._span(self._current_claim)
        selection = self.selected_span()
        if span is None or selection is None or self._session is None:
            return False
        if selection == (span.start, span.end):
            return False
        done = self._session.push(commands.set_claim_span(self._session, span.claim_id, *selection))
        if done:
            cursor = self.view.textCursor()
            cursor.clearSelection()
            self.view.setTextCursor(cursor)
        return bool(done)

    def nudge_claim_span(self, edge: str, *, outwards: bool) -> bool:
        """Move one edge of the shown claim's span a word out or in; one undo step for a run."""
        span = self._span(self._current_claim)
        if span is None or self._session is None or self._source is None:
            return False
        moved = nudge_span(self._source.text, span.start, span.end, edge=edge, outwards=outwards)
        if moved is None:
            QApplication.beep()  # the text's edge, or a claim of one word
            return False
        command = commands.set_claim_span(self._session, span.claim_id, *moved, nudge=True)
        return bool(self._session.push(command))

    # -- workspace -------------------------------------------------------------------------------

    def set_session(self, session: WorkspaceSession | None) -> None:
        self._subscription = follow(self._subscription, session, self._on_session_changed)
        self._session = session
        self._source = None
        self._current_claim = None
        self._fill_picker()
        first = self.picker.itemData(0) if self.picker.count() else None
        self.show_source(first)

    def _fill_picker(self) -> None:
        self.picker.blockSignals(True)
        self.choices.reload(self._session.workspace if self._session is not None else None)
        if self._source is not None:
            self.picker.setCurrentIndex(self.picker.findData(self._source.id))
        self.picker.blockSignals(False)

    def _on_session_changed(self, changes: Changes) -> None:
        shown_id = self._source.id if self._source else None
        if (
            shown_id is not None
            and not changes.created.get(SOURCE)
            and not changes.deleted.get(SOURCE)
            and changes.updated.get(SOURCE)
        ):  # details edited or a suggestion dismissed: the text is the same, keep the view where it is
            self._fill_picker()
            if shown_id in changes.updated[SOURCE]:
                try:
                    self._source = sources.get_source(self._session.workspace, shown_id)
                except NotFound:
                    self.show_source(None, force=True)
                    return
                self.details.setText(self._details_text(self._source))
            self._load_spans()
            return
        if changes.touches(SOURCE):
            self._fill_picker()
            shown = self._source.id if self._source else None
            if shown is not None and shown in changes.deleted.get(SOURCE, set()):
                shown = None
            if changes.created.get(SOURCE):
                shown = max(changes.created[SOURCE])
            if shown is None and self.picker.count():
                shown = self.picker.itemData(0)
            self.show_source(shown, force=True)
        elif changes.touches(CLAIM) and self._source is not None:
            self._load_spans()  # the picker's claim counts are asked for when shown

    # -- showing ---------------------------------------------------------------------------------

    @property
    def source_id(self) -> int | None:
        return self._source.id if self._source else None

    def show_source(self, source_id: int | None, *, force: bool = False) -> None:
        if not force and self._source is not None and source_id == self._source.id:
            return
        source = None
        if source_id is not None and self._session is not None:
            try:
                source = sources.get_source(self._session.workspace, source_id)
            except NotFound:
                source = None
        self._source = source
        self._show_placeholder(source is None)
        self._filler.cancel()
        self._spans = []
        self._suggested = []
        self.view.setExtraSelections([])
        if source is None:
            self._loading = False
            self.view.set_text("")
            self.details.clear()
            self.suggestions.set_suggestions("", [])
        else:
            self.details.setText(self._details_text(source))
            self.picker.setCurrentIndex(self.picker.findData(source.id))
            self._loading = True
            self._filler.start(self._fill(source), at_once=len(source.text) <= SHOWN_AT_ONCE)
        self._update_span_actions()
        self.source_changed.emit(self.source_id)

    @property
    def loading(self) -> bool:
        """True while a long text is still going into the view."""
        return self._loading

    def _fill(self, source: Source) -> Iterator[None]:
        yield from self.view.fill(source.text)
        yield from self._apply_layout(source)
        self._loading = False
        self._load_spans()
        self._scroll_to_claim()

    def show_claim(self, claim_id: int | None, source_id: int | None) -> None:
        """Show a claim in its source: its span highlighted and scrolled into view."""
        self._current_claim = claim_id
        if source_id is not None:
            self.show_source(source_id)
        self._update_span_actions()
        if self._loading:  # the claim is shown once the text is in
            return
        self._highlight()
        self._scroll_to_claim()

    def _scroll_to_claim(self) -> None:
        span = self._span(self._current_claim)
        if span is not None:
            start16, end16 = self.view.map.to_utf16(span.start), self.view.map.to_utf16(span.end)
            cursor = QTextCursor(self.view.document())
            cursor.setPosition(start16)
            self.view.setTextCursor(cursor)
            self.view.center_on(start16, end16)

    def _details_text(self, source: Source) -> str:
        parts = [p for p in (source.outlet, source.author, source.published and source.published.isoformat()) if p]
        line = " · ".join(parts)
        if source.url:
            line = f"{line} · {source.url}" if line else source.url
        return line

    def _show_placeholder(self, show: bool) -> None:
        self.placeholder.setVisible(show)
        self.view.setVisible(not show)
        self.details.setVisible(not show)
        self.find_box.setVisible(not show)
        self.suggestions.setVisible(not show)
        self.picker.setVisible(self.picker.count() > 0)

    def _load_spans(self) -> None:
        if self._loading:
            return
        source = self._source
        self._spans = sources.claim_spans(self._session.workspace, source.id, text=source.text) if source else []
        self._load_suggestions()
        self._highlight()
        self._update_span_actions()

    # -- layout: headings, quotes and lists, formatted without changing a character -----------------

    def _apply_layout(self, source: Source) -> Iterator[None]:
        """Format the text's headings, quotes and lists, LAYOUT_CHUNK entries per step."""
        try:
            blocks = json.loads(source.layout) if source.layout else []
        except ValueError:
            log.warning("Source %s has an unreadable layout", source.id)
            return
        document = self.view.document()
        size = self.view.font().pointSizeF()
        length = len(source.text)
        for number, entry in enumerate(blocks, 1):
            if number % LAYOUT_CHUNK == 0:
                yield
            try:
                start, end, style = int(entry[0]), int(entry[1]), str(entry[2])
            except (TypeError, ValueError, IndexError):
                continue
            if not 0 <= start < end <= length:
                continue
            cursor = QTextCursor(document)
            cursor.setPosition(self.view.map.to_utf16(start))
            cursor.setPosition(self.view.map.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
            char = QTextCharFormat()
            block = QTextBlockFormat()
            if style in HEADING_SCALE:
                char.setFontWeight(QFont.Weight.Bold)
                if size > 0:
                    char.setFontPointSize(size * HEADING_SCALE[style])
                block.setTopMargin(6)
            elif style.startswith("h"):
                char.setFontWeight(QFont.Weight.Bold)
            elif style == "quote":
                char.setFontItalic(True)
                block.setLeftMargin(24)
            elif style == "list":
                block.setIndent(1)
            elif style in ("footnote", "endnote"):
                if size > 0:
                    char.setFontPointSize(size * 0.9)
            else:
                continue
            cursor.mergeCharFormat(char)
            cursor.mergeBlockFormat(block)

    # -- suggestions -------------------------------------------------------------------------------

    def _load_suggestions(self) -> None:
        """The suggestions for the source shown: its sentences are ranked once (on another thread
        when the text is long), then filtered against claims and dismissals at each change."""
        source = self._source
        note = ""
        found: list[Suggestion] = []
        if source is not None and self._session is not None:
            cached = self._ranked.get(source.id)  # `==` below compares one object with itself: instant
            ranked = cached[1] if cached is not None and cached[0] == source.text else None
            if ranked is None:
                if len(source.text) > MAX_SUGGESTED_CHARS:
                    note = self.tr("This source is too long for suggestions to be worked out here.")
                elif len(source.text) > RANKED_AT_ONCE:
                    self._rank_in_background(source)
                    note = self.tr("Looking for sentences worth checking…")
                else:
                    ranked = intake.rank_sentences(source.text, source.language)
                    self._ranked = {source.id: (source.text, ranked)}
            if ranked is not None:
                try:
                    found = intake.pick_suggestions(
                        self._session.workspace, source.id, source.text, ranked, top=15, spans=self._spans
                    )
                except FactdeskError as exc:
                    note = words(exc)
        self._suggested = found
        self.suggestions.set_suggestions(source.text if source else "", found, note=note)

    def _rank_in_background(self, source: Source) -> None:
        """Rank a long source's sentences on another thread; show them when they come back, if
        that source is still the one shown."""
        if self._ranking is not None:
            task, source_id, _text = self._ranking
            if source_id == source.id:
                return  # already on its way
            task.cancel()
        text, language = source.text, source.language

        def rank(*, progress, cancelled):
            return intake.rank_sentences(text, language)

        task = Task(rank)  # no parent: the pool's runnable keeps it alive until it has reported
        task.succeeded.connect(self._on_ranked)  # a method of ours: cut off if the pane goes first
        task.failed.connect(self._on_ranking_failed)
        self._ranking = (run_task(task), source.id, text)

    def _finished_ranking(self) -> tuple[int, str] | None:
        """The source id and text of the ranking that just reported, if it is the latest one."""
        if self._ranking is None or self.sender() is not self._ranking[0]:
            return None  # an earlier ranking, overtaken by a newer one
        _task, source_id, text = self._ranking
        self._ranking = None
        return source_id, text

    def _on_ranked(self, ranked: list[Suggestion]) -> None:
        finished = self._finished_ranking()
        if finished is None:
            return
        source_id, text = finished
        self._ranked = {source_id: (text, ranked)}  # only the shown source's ranking is kept
        if self._source is not None and self._source.id == source_id and not self._loading:
            self._load_suggestions()
            self._highlight()

    def _on_ranking_failed(self, message: str) -> None:
        finished = self._finished_ranking()
        if finished is not None and self._source is not None and self._source.id == finished[0]:
            self.suggestions.set_suggestions(self._source.text, [], note=message)

    def _accept_suggestion(self, start: int, end: int) -> None:
        if self._source is not None:
            tidied = tidy_span(self._source.text, start, end)
            self.suggestion_accepted.emit(self._source.id, *(tidied if tidied[0] < tidied[1] else (start, end)))

    def _dismiss_suggestion(self, start: int, end: int) -> None:
        if self._source is None or self._session is None:
            return
        ws, source_id = self._session.workspace, self._source.id
        self._session.push(
            ServiceCommand(
                self._session,
                self.tr("Dismiss Suggestion"),
                lambda: intake.dismiss_suggestion(ws, source_id, start, end),
                lambda: intake.restore_suggestion(ws, source_id, start, end),
            )
        )

    def _on_suggestion_current(self, span: tuple[int, int] | None) -> None:
        if span is None or self._source is None:
            return
        start16, end16 = self.view.map.to_utf16(span[0]), self.view.map.to_utf16(span[1])
        self.view.center_on(start16, end16)

    def _span(self, claim_id: int | None) -> Span | None:
        return next((s for s in self._spans if s.claim_id == claim_id), None)

    def _highlight(self) -> None:
        suggested = []  # below the claim marks: painted first
        if self.suggestions.toggle.isChecked():
            for item in self._suggested:
                selection = QTextEdit.ExtraSelection()
                fmt = QTextCharFormat()
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                fmt.setUnderlineColor(QColor(theme.colours().suggested))
                cursor = QTextCursor(self.view.document())
                cursor.setPosition(self.view.map.to_utf16(item.start))
                cursor.setPosition(self.view.map.to_utf16(item.end), QTextCursor.MoveMode.KeepAnchor)
                selection.cursor = cursor
                selection.format = fmt
                suggested.append(selection)
        selections = []
        for span in self._spans:
            selection = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            if span.claim_id == self._current_claim:
                colour = QColor(span.colour or theme.colours().current_unrated)  # light or dark (ui/theme.py)
                if span.colour:
                    colour.setAlpha(theme.colours().rating_alpha)
                fmt.setBackground(colour)
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(QColor(span.colour or "#B28704"))
            else:
                fmt.setBackground(QColor(theme.colours().other_claim))
            fmt.setProperty(QTextFormat.Property.UserProperty, span.claim_id)
            cursor = QTextCursor(self.view.document())
            cursor.setPosition(self.view.map.to_utf16(span.start))
            cursor.setPosition(self.view.map.to_utf16(span.end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        # the current claim last, so it paints over any overlapping span
        selections.sort(key=lambda s: s.format.property(QTextFormat.Property.UserProperty) == self._current_claim)
        self.view.setExtraSelections(suggested + selections)

    def focus_find(self) -> None:
        self.find_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_box.selectAll()

    def find_next(self, *, backward: bool = False, from_start: bool = False) -> bool:
        """Select the next match of the find box's text, wrapping at the end; the match stays
        selected, so Ctrl+M marks it as a claim. Matching forgives as the global search does (any
        case, Latin accents, ё for е, apostrophe, quotation mark and dash styles, runs of blanks
        and line breaks); when nothing matches, nothing is left selected."""
        needle = self.find_box.text()
        if not needle.strip() or self._source is None:
            self.find_box.setStyleSheet("")
            return False
        text = self._source.text
        cursor = self.view.textCursor()
        selection = self.view.python_selection()
        here = self.view.map.from_utf16(cursor.position())
        if selection is None:
            position = here
        elif backward or from_start:
            position = selection[0]
        else:
            position = selection[1]
        found = find_text.find(text, needle, position, backward=backward)
        self.find_box.setStyleSheet("" if found is not None else "QLineEdit { background: #FFEBEE; }")
        if found is None:
            cursor.clearSelection()  # a part match left selected would be marked by Ctrl+M
            self.view.setTextCursor(cursor)
            return False
        start16, end16 = self.view.map.to_utf16(found[0]), self.view.map.to_utf16(found[1])
        match = QTextCursor(self.view.document())
        match.setPosition(start16)
        match.setPosition(end16, QTextCursor.MoveMode.KeepAnchor)
        self.view.setTextCursor(match)
        self.view.center_on(start16, end16)
        return True

    def selected_span(self) -> tuple[int, int] | None:
        """The selected text as Python offsets into the source, if any, trimmed to its words and
        with its quotation marks balanced (`tidy_span`): what marking it makes a claim of."""
        selection = self.view.python_selection() if self._source else None
        if selection is None:
            return None
        start, end = tidy_span(self._source.text, *selection)
        return (start, end) if start < end else selection

    def _on_span_clicked(self, position: int) -> None:
        hits = [s for s in self._spans if s.start <= position < s.end]
        if hits:
            # the innermost span wins where claims overlap
            self.claim_clicked.emit(min(hits, key=lambda s: s.end - s.start).claim_id)

    def _on_picker_activated(self, index: int) -> None:
        self.show_source(self.picker.itemData(index))
