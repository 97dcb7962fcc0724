"""The search box (Ctrl+F) and its results, shown under it as the analyst types.

Typing is debounced (150 ms) and every search runs on a worker thread, so a slow query can never
stall the window; an answer to an older query than the one on screen is dropped. While typing,
the last word counts as a prefix (оборо finds оборона); the results list is a child widget laid
over the window, so the box keeps the keyboard: ↑/↓ move through the hits, Enter opens one, Esc
closes the list.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.services import search
from app.services.claims import ClaimFilter
from ui import theme
from ui.search.results import HIT_ROLE, LIGHT_SELECTION, HtmlDelegate, SearchResultsModel
from ui.session import WorkspaceSession
from ui.tasks import Pool, Task, run_task

DEBOUNCE_MS = 150
LIMIT = 20
_LAST_WORD = re.compile(r"(?:^|\s)(\w{3,})$")


def live_query(text: str) -> str:
    """What is searched while typing: the word being typed counts as a prefix."""
    stripped = text.rstrip()
    if stripped != text or text.count('"') % 2:  # a finished word, or inside an open phrase
        return text
    return text + "*" if _LAST_WORD.search(text) else text


class SearchBar(QWidget):
    claim_requested = Signal(int)
    source_requested = Signal(int)
    evidence_requested = Signal(int, object)  # evidence id, a claim it serves (or None)

    def __init__(self, *, window: QWidget, pool: Pool | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pool = pool
        self._window = window
        self._session: WorkspaceSession | None = None
        self._running: set[Task] = set()  # held until they report: a task must outlive its thread
        self._generation = 0
        self.filter_provider = lambda: None  # -> ClaimFilter | None: the claims list's filters

        self.box = QLineEdit(objectName="search_box", clearButtonEnabled=True)
        self.box.setPlaceholderText(self.tr("Search claims, sources, evidence (Ctrl+F)"))
        self.box.setToolTip(
            self.tr('Words, "a phrase", a prefix* (оборон*), OR between two words; any case, any accents')
        )
        self.box.setMinimumWidth(280)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)

        self.popup = QFrame(window, objectName="search_popup")
        self.popup.setFrameShape(QFrame.Shape.StyledPanel)
        self.popup.setAutoFillBackground(True)
        self.popup.hide()
        self.heading = QLabel(objectName="search_heading")
        self.heading.setStyleSheet("padding: 2px 4px")
        theme.mute(self.heading)
        self.model = SearchResultsModel(self)
        self.view = QTreeView(objectName="search_results")
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setRootIsDecorated(False)
        self.view.setItemsExpandable(False)
        self.view.setUniformRowHeights(False)
        self.view.setWordWrap(True)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the box keeps the keyboard
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setItemDelegate(HtmlDelegate(self.view))
        self.view.setStyleSheet(LIGHT_SELECTION)
        self.view.clicked.connect(self._open)
        popup_layout = QVBoxLayout(self.popup)
        popup_layout.setContentsMargins(2, 2, 2, 2)
        popup_layout.setSpacing(0)
        popup_layout.addWidget(self.heading)
        popup_layout.addWidget(self.view)

        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self._run)
        self.box.textEdited.connect(lambda _t: self._timer.start())
        self.box.textChanged.connect(self._on_text_changed)
        self.box.installEventFilter(self)
        window.installEventFilter(self)

    # -- workspace -----------------------------------------------------------------------------------

    def set_session(self, session: WorkspaceSession | None) -> None:
        self._session = session
        self._generation += 1  # whatever is on its way belongs to the old workspace
        self.model.set_results(None)
        self.popup.hide()
        self.box.clear()
        self.setEnabled(session is not None)

    def focus(self) -> None:
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()
        if self.box.text().strip() and self.model.rowCount():
            self._show_popup()

    # -- searching -----------------------------------------------------------------------------------

    def search_now(self, text: str | None = None) -> None:
        """Search at once (Enter, tests): no waiting for the pause in typing."""
        if text is not None:
            self.box.setText(text)
        self._timer.stop()
        self._run()

    def _on_text_changed(self, text: str) -> None:
        if not text.strip():
            self._timer.stop()
            self._generation += 1
            self.model.set_results(None)
            self.popup.hide()

    def _run(self) -> None:
        text = self.box.text().strip()
        if self._session is None or not text:
            return
        self._generation += 1
        generation = self._generation
        workspace = self._session.workspace
        flt = self.filter_provider()
        query = live_query(self.box.text())

        def work(*, progress, cancelled):
            return search.search(workspace, query, flt=flt, limit=LIMIT)

        task = Task(work)
        task.succeeded.connect(lambda results: self._on_results(generation, results, flt))
        task.failed.connect(lambda message: self._on_failed(generation, message))
        self._running = {t for t in self._running if not t.is_finished()}
        self._running.add(task)
        run_task(task, self.pool)

    def _on_results(self, generation: int, results: search.SearchResults, flt: ClaimFilter | None) -> None:
        if generation != self._generation:
            return  # an answer to something typed before
        self.model.set_results(results)
        self.view.expandAll()
        filtered = flt is not None and bool(search.filter_conditions(flt))
        if results.empty:
            self.heading.setText(self.tr("Nothing found for %1").replace("%1", results.query))
        else:
            self.heading.setText(
                self.tr("Claims filtered as in the list · Enter opens, Esc closes")
                if filtered
                else self.tr("↑/↓ choose · Enter opens · Esc closes")
            )
        self.view.setCurrentIndex(self.model.first_hit())
        if self.box.hasFocus() or self.popup.isVisible() or self._window.isActiveWindow():
            self._show_popup()

    def _on_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.model.set_results(None)
            self.heading.setText(message)
            self._show_popup()

    # -- the results list ------------------------------------------------------------------------------

    def _show_popup(self) -> None:
        window = self._window
        width = min(max(self.box.width(), 560), window.width() - 16)
        below = self.box.mapTo(window, QPoint(0, self.box.height() + 2))
        x = max(8, min(below.x() + self.box.width() - width, window.width() - width - 8))
        height = min(int(window.height() * 0.7), 140 + 64 * max(1, self.model.hit_count()))
        self.popup.setGeometry(x, below.y(), width, height)
        self.popup.show()
        self.popup.raise_()

    def hide_popup(self) -> None:
        self.popup.hide()

    def _step(self, step: int) -> None:
        hits = []
        for group in range(self.model.rowCount()):
            parent = self.model.index(group, 0)
            hits += [self.model.index(r, 0, parent) for r in range(self.model.rowCount(parent))]
        if not hits:
            return
        current = self.view.currentIndex()
        row = hits.index(current) if current in hits else -1
        target = hits[max(0, min(len(hits) - 1, row + step))]
        self.view.setCurrentIndex(target)
        self.view.scrollTo(target)

    def _open(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE) if index.isValid() else None
        if hit is None:
            return
        self.popup.hide()
        if hit.kind == "claim":
            self.claim_requested.emit(hit.id)
        elif hit.kind == "source":
            self.source_requested.emit(hit.id)
        else:
            self.evidence_requested.emit(hit.id, hit.detail.get("claim_id"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Resize and self.popup.isVisible():
            self._show_popup()
        if watched is self.box and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.model.rowCount():
                self._show_popup()
                self._step(+1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive() or not self.model.rowCount():
                    self.search_now()
                current = self.view.currentIndex()
                if current.isValid() and self.popup.isVisible():
                    self._open(current)
                return True
            if key == Qt.Key.Key_Escape and self.popup.isVisible():
                self.popup.hide()
                return True
        if watched is self.box and event.type() == QEvent.Type.FocusOut:
            # a click on the results must still reach them; anywhere else closes the list
            QTimer.singleShot(0, self._hide_unless_focused)
        return super().eventFilter(watched, event)

    def _hide_unless_focused(self) -> None:
        if not self.box.hasFocus() and not self.popup.underMouse():
            self.popup.hide()
