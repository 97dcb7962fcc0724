"""A claim's history: who changed its rating, status or summary, when (local time), from what to
what, read from the audit trail the services record. A button beside the verdict opens it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import FactdeskError
from app.models import AuditEvent
from app.services import catalog, claims
from app.workspace import Workspace
from ui.labels import in_quotes, status_label
from ui.widgets import show_refusal


@dataclass(frozen=True)
class HistoryRow:
    when: str  # local time, in the analyst's language
    who: str
    what: str
    change: str  # "old → new"


def local_time(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)  # stored moments are UTC
    when = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    return QLocale().toString(when, "d MMM yyyy, HH:mm")


def history_rows(events: list[AuditEvent], rating_labels: dict[str, str]) -> list[HistoryRow]:
    """Newest first. A rating is shown by its label (an id, as older records may hold, is looked up)."""
    translate = QCoreApplication.translate
    fields = {
        "rating": translate("history", "Rating"),
        "status": translate("history", "Status"),
        "summary": translate("history", "Summary"),
    }
    nothing = translate("history", "(none)")

    def shown(field: str, value: str) -> str:
        if not value:
            return nothing
        if field == "rating":
            return rating_labels.get(value, value)
        if field == "status":
            return status_label(value)
        return value

    rows = []
    for event in sorted(events, key=lambda e: (e.at, e.id or 0), reverse=True):
        change = f"{shown(event.field, event.old_value)} → {shown(event.field, event.new_value)}"
        who = event.user or translate("history", "(unknown)")
        rows.append(HistoryRow(local_time(event.at), who, fields.get(event.field, event.field), change))
    return rows


def claim_history(ws: Workspace, claim_id: int) -> list[HistoryRow]:
    # the audit holds a rating's id or its English label: both are shown in the interface's language
    labels = {}
    for rating in catalog.ratings(ws):
        labels[rating.label] = labels[str(rating.id)] = catalog.rating_label(rating)
    return history_rows(claims.audit_events(ws, claim_id), labels)


class HistoryDialog(QDialog):
    """The history of one claim, newest change first."""

    def __init__(self, ws: Workspace, claim_id: int, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("claim_history")
        self.setWindowTitle(self.tr("History of Claim #%1").replace("%1", str(claim_id)))
        rows = claim_history(ws, claim_id)
        quote = claims.get_claim(ws, claim_id).claim.quote
        about = QLabel(in_quotes(" ".join(quote.split())[:300]), wordWrap=True)
        about.setTextFormat(Qt.TextFormat.PlainText)
        about.setStyleSheet("font-style: italic;")
        self.table = QTableWidget(len(rows), 4, objectName="history_table")
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Change")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        for row, entry in enumerate(rows):
            for column, text in enumerate((entry.when, entry.who, entry.what, entry.change)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        self.empty = QLabel(
            self.tr("No change of this claim's rating, status or summary is recorded yet."),
            objectName="history_empty",
            wordWrap=True,
        )
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(760, 380)


class HistoryButton(QPushButton):
    """“History…” beside a claim: `current()` gives the workspace and the claim shown (or Nones)."""

    def __init__(
        self, current: Callable[[], tuple[Workspace | None, int | None]], *, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("&History…"), parent)
        self.setObjectName("claim_history_button")
        self.setToolTip(self.tr("Who changed this claim's rating, status and summary, and when"))
        self._current = current
        self.clicked.connect(self._on_clicked)

    def _on_clicked(self) -> None:
        ws, claim_id = self._current()
        if ws is None or claim_id is None:
            return
        try:
            dialog = HistoryDialog(ws, claim_id, parent=self.window())
        except FactdeskError as exc:
            show_refusal(self.window(), exc)
            return
        dialog.exec()
        dialog.deleteLater()
