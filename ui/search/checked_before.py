""" "Checked before?": the claims in the workspace most like the one shown, and the links made.

The lookup runs on a worker thread whenever another claim is shown or the shown claim's words
change (a new claim, an edited wording); an answer for a claim no longer shown is dropped. Linking
a match ("Repeats" / "Same narrative") is one undoable command that records one relation, seen
from both claims; nothing is merged.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.changes import CLAIM, Changes
from app.errors import NotFound
from app.models import RelationKind
from app.services import similar
from ui import theme
from ui.commands import creation, deletion
from ui.labels import rating_label
from ui.search.results import HTML_ROLE, LIGHT_SELECTION, HtmlDelegate
from ui.session import ServiceCommand, WorkspaceSession, follow
from ui.tasks import Pool, Task, run_task

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "match" or "relation"
SCORE_ROLE = Qt.ItemDataRole.UserRole + 3
RELATION_ROLE = Qt.ItemDataRole.UserRole + 4  # the relation's id, for unlinking


def _kind_label(kind: str, outgoing: bool = True) -> str:
    if kind == RelationKind.REPEATS:
        return (
            QCoreApplication.translate("checked_before", "repeats")
            if outgoing
            else QCoreApplication.translate("checked_before", "repeated by")
        )
    return QCoreApplication.translate("checked_before", "same narrative as")


def link_claims(session: WorkspaceSession, claim_id: int, other_id: int, kind: str, score: int) -> ServiceCommand:
    ws = session.workspace
    return creation(
        session,
        QCoreApplication.translate("commands", "Link Claims"),
        lambda: similar.link_claims(ws, claim_id, other_id, kind, score=score),
        lambda relation_id: similar.unlink_claims(ws, relation_id),
        lambda saved: similar.relink_claims(ws, saved),
        key="relation",
    )


def unlink_claims(session: WorkspaceSession, relation_id: int) -> ServiceCommand:
    ws = session.workspace
    return deletion(
        session,
        QCoreApplication.translate("commands", "Unlink Claims"),
        lambda: similar.unlink_claims(ws, relation_id),
        lambda saved: similar.relink_claims(ws, saved),
        key="relation",
    )


class CheckedBeforePanel(QGroupBox):
    claim_requested = Signal(int)  # open this claim

    def minimumSizeHint(self) -> QSize:
        """At least as tall as its wrapped words need at its width: the verdict column's layout asks
        for minimums only, and a summary wrapped to a second line (Ukrainian words are longer) took
        its room from the evidence tabs above."""
        hint = super().minimumSizeHint()
        if self.width() > 0 and self.hasHeightForWidth():
            hint.setHeight(max(hint.height(), self.heightForWidth(self.width())))
        return hint

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()  # the minimum height follows the width

    def __init__(self, *, pool: Pool | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checked_before")
        self.setTitle(self.tr("Checked before?"))
        self.pool = pool
        self._session: WorkspaceSession | None = None
        self._subscription = None
        self._claim_id: int | None = None
        self._words: str | None = None  # the words the matches were found for
        self._generation = 0
        self._running: set[Task] = set()  # held until they report: a task must outlive its thread

        self.summary = QLabel(objectName="checked_before_summary", wordWrap=True)
        theme.mute(self.summary)
        self.model = QStandardItemModel(self)
        self.list = QListView(objectName="checked_before_list")
        self.list.setModel(self.model)
        self.list.setItemDelegate(HtmlDelegate(self.list))
        self.list.setStyleSheet(LIGHT_SELECTION)
        self.list.setMinimumHeight(60)
        self.list.setMaximumHeight(180)  # three or so matches; the rest scroll
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.doubleClicked.connect(lambda index: self._open(index))
        self.list.selectionModel().selectionChanged.connect(self._update_buttons)
        self.repeats_button = QPushButton(self.tr("Link as &Repeat"), objectName="link_repeat")
        self.repeats_button.setToolTip(self.tr("This claim repeats the chosen one, already checked"))
        self.narrative_button = QPushButton(self.tr("Same &Narrative"), objectName="link_narrative")
        self.narrative_button.setToolTip(self.tr("A different claim that carries the same narrative"))
        self.unlink_button = QPushButton(self.tr("Unlink"), objectName="unlink_claim")
        self.open_button = QPushButton(self.tr("Open"), objectName="open_match")
        self.repeats_button.clicked.connect(lambda: self._link(RelationKind.REPEATS.value))
        self.narrative_button.clicked.connect(lambda: self._link(RelationKind.SAME_NARRATIVE.value))
        self.unlink_button.clicked.connect(self._unlink)
        self.open_button.clicked.connect(lambda: self._open(self.list.currentIndex()))
        buttons = QHBoxLayout()
        for button in (self.repeats_button, self.narrative_button, self.unlink_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.open_button)
        # "treat these as the same": the analyst's own synonyms, for the matches the lexicon misses
        self.same_words_action = QAction(self.tr("Treat Words as the Same…"), self)
        self.same_words_action.setObjectName("same_words")
        self.same_words_action.setToolTip(self.tr("Words or phrases that say the same in a claim, for these matches"))
        self.same_words_action.triggered.connect(self._same_words)
        self.same_words_button = QToolButton(objectName="same_words_button")
        self.same_words_button.setDefaultAction(self.same_words_action)
        self.same_words_button.setAutoRaise(True)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.list.addAction(self.same_words_action)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.summary, 1)
        top.addWidget(self.same_words_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        self.buttons = QWidget()
        self.buttons.setLayout(buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.buttons)
        self._update_buttons()
        self._show_list(False)

    def _show_list(self, shown: bool) -> None:
        """Nothing found, nothing linked: one line, so the evidence below keeps its room."""
        self.list.setVisible(shown)
        self.buttons.setVisible(shown)

    # -- workspace -------------------------------------------------------------------------------------

    def set_session(self, session: WorkspaceSession | None) -> None:
        self._subscription = follow(self._subscription, session, self._on_session_changed)
        self._session = session
        self.show_claim(None)

    def show_claim(self, claim_id: int | None) -> None:
        if claim_id == self._claim_id and claim_id is not None:
            return
        self._claim_id = claim_id
        self._words = None
        self.model.clear()
        self._update_buttons()
        self._show_list(False)
        self.summary.setText("")
        self.lookup()

    def _on_session_changed(self, changes: Changes) -> None:
        if self._claim_id is None:
            return
        if changes.touches(similar.RELATION) or changes.touches(CLAIM) or changes.touches(similar.SYNONYMS):
            self.lookup(quiet=True)

    # -- looking ----------------------------------------------------------------------------------------

    def lookup(self, *, quiet: bool = False) -> None:
        """Find the matches and relations of the claim shown, on a worker thread."""
        self._generation += 1
        if self._session is None or self._claim_id is None:
            return
        generation, claim_id, ws = self._generation, self._claim_id, self._session.workspace
        if not quiet:
            self.summary.setText(self.tr("Looking for similar claims…"))

        def work(*, progress, cancelled):
            try:
                return similar.similar_claims(ws, claim_id), similar.relations(ws, claim_id)
            except NotFound:
                return [], []

        task = Task(work)
        task.succeeded.connect(lambda found: self._on_found(generation, claim_id, *found))
        self._running = {t for t in self._running if not t.is_finished()}
        self._running.add(task)
        run_task(task, self.pool)

    def _on_found(self, generation: int, claim_id: int, matches: list, relations: list) -> None:
        if generation != self._generation or claim_id != self._claim_id:
            return
        selected = self._selected()
        self.model.clear()
        linked = {r.other_claim_id for r in relations}
        for relation in relations:
            item = QStandardItem()
            item.setData(relation.other_claim_id, ID_ROLE)
            item.setData("relation", KIND_ROLE)
            item.setData(relation.id, RELATION_ROLE)
            verb = _kind_label(relation.kind, relation.outgoing)
            rating = _rating_html(relation.other_rating, relation.other_colour)
            when = relation.other_claimed_on.isoformat() if relation.other_claimed_on else ""
            linked_words = escape(self.tr("Linked:"))
            by_words = (
                escape(self.tr("linked by %1 on %2"))
                .replace("%1", escape(relation.user or "?"))
                .replace("%2", relation.created_at.date().isoformat())
            )
            item.setData(
                f"<b>{linked_words} {escape(verb)} #{relation.other_claim_id}</b> {rating} "
                f"{escape(when)}<br>"
                f"{escape(_short(relation.other_quote))}<br>"
                f"<span style='color:{theme.colours().muted}'>{by_words}</span>"
                + _external_html(relation.other_external),
                HTML_ROLE,
            )
            self.model.appendRow(item)
        for match in matches:
            if match.claim_id in linked:
                continue
            item = QStandardItem()
            item.setData(match.claim_id, ID_ROLE)
            item.setData("match", KIND_ROLE)
            item.setData(match.score, SCORE_ROLE)
            when = match.claimed_on or (match.created_at.date() if match.created_at else None)
            language = f" <span style='color:#607D8B'>[{escape(match.language)}]</span>" if match.language else ""
            via = ""
            if match.via:  # how words that differ were matched: never a silent merge
                via = "<br><span style='color:#607D8B'>{}</span>".format(
                    escape(self.tr("matched as the same: %1")).replace("%1", escape("; ".join(match.via)))
                )
            if match.summary:  # the old verdict's reason, in its own words
                via = f"<br><i>{escape(_short(match.summary, 160))}</i>" + via
            shared_words = escape(self.tr("shared words: %1")).replace("%1", escape(", ".join(match.shared)))
            item.setData(
                f"<b>{match.score}%</b> #{match.claim_id} {_rating_html(match.rating, match.colour)} "
                f"{escape(when.isoformat() if when else '')}{language}<br>{escape(_short(match.quote))}<br>"
                f"<span style='color:{theme.colours().muted}'>{shared_words}</span>"
                + _external_html(match.external)
                + via,
                HTML_ROLE,
            )
            self.model.appendRow(item)
        unlinked = sum(1 for m in matches if m.claim_id not in linked)
        if relations and unlinked:
            text = self.tr("%1 linked · %2 similar, not linked").replace("%1", str(len(relations)))
            text = text.replace("%2", str(unlinked))
        elif relations:
            text = self.tr("%n linked claim(s)", "", len(relations))
        elif unlinked:
            text = self.tr("%n similar claim(s) found: is this one a repeat?", "", unlinked)
        else:
            text = self.tr("No similar claim in this workspace.")
        self.summary.setText(text)
        self._show_list(self.model.rowCount() > 0)
        self._select(selected)
        self._update_buttons()

    # -- acting -----------------------------------------------------------------------------------------

    def _selected(self) -> tuple[str, int] | None:
        index = self.list.currentIndex()
        return (index.data(KIND_ROLE), index.data(ID_ROLE)) if index.isValid() else None

    def _select(self, key: tuple[str, int] | None) -> None:
        if key is None:
            return
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if (index.data(KIND_ROLE), index.data(ID_ROLE)) == key or index.data(ID_ROLE) == key[1]:
                self.list.setCurrentIndex(index)
                return

    def select_row(self, row: int) -> None:
        self.list.setCurrentIndex(self.model.index(row, 0))

    def _update_buttons(self, *_args) -> None:
        index = self.list.currentIndex()
        kind = index.data(KIND_ROLE) if index.isValid() else None
        self.repeats_button.setEnabled(kind == "match")
        self.narrative_button.setEnabled(kind == "match")
        self.unlink_button.setEnabled(kind == "relation")
        self.open_button.setEnabled(kind is not None)

    def _link(self, kind: str) -> None:
        index = self.list.currentIndex()
        if self._session is None or self._claim_id is None or not index.isValid() or index.data(KIND_ROLE) != "match":
            return
        other, score = index.data(ID_ROLE), index.data(SCORE_ROLE)
        self._session.push(link_claims(self._session, self._claim_id, other, kind, score))

    def _unlink(self) -> None:
        index = self.list.currentIndex()
        if self._session is None or not index.isValid() or index.data(KIND_ROLE) != "relation":
            return
        self._session.push(unlink_claims(self._session, index.data(RELATION_ROLE)))

    def _same_words(self) -> None:
        if self._session is None:
            return
        from ui.search.same_words import SameWordsDialog

        SameWordsDialog(self._session, parent=self).exec()

    def _open(self, index) -> None:
        if index.isValid():
            self.claim_requested.emit(index.data(ID_ROLE))


def _short(text: str, limit: int = 220) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"


def _external_html(verdicts: tuple[str, ...]) -> str:
    """Other fact-checkers' verdicts (imported ClaimReview), marked as theirs, not the team's."""
    if not verdicts:
        return ""
    words = escape(QCoreApplication.translate("checked_before", "External verdict: %1"))
    return "<br><span style='color:#6A1B9A'>◆ {}</span>".format(words.replace("%1", escape("; ".join(verdicts[:3]))))


def _rating_html(label: str, colour: str) -> str:
    if not label:
        words = escape(QCoreApplication.translate("checked_before", "not rated"))
        return f"<span style='color:{theme.colours().muted}'>{words}</span>"
    return f"<span style='color:{escape(colour or '#808080')}'>■</span> {escape(rating_label(label))}"
