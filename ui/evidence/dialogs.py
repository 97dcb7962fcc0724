"""Dialogs for evidence: describe a piece (new or edited) and pick an existing one to link."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.models import Evidence, EvidenceKind, Stance
from app.services import evidence as evidence_service
from app.workspace import Workspace
from ui.labels import evidence_kind_label, stance_label
from ui.widgets import DateField, ProblemLabel, url_problem


def stance_combo(current: str = Stance.CONTEXT) -> QComboBox:
    combo = QComboBox(objectName="stance")
    for stance in Stance:
        combo.addItem(stance_label(stance), stance.value)
    combo.setCurrentIndex(combo.findData(str(current)))
    return combo


class EvidenceDialog(QDialog):
    """Describe a piece of evidence; when adding it to a claim, also its stance and note."""

    def __init__(
        self,
        *,
        evidence: Evidence | None = None,
        with_link: bool = True,
        stance: str = Stance.CONTEXT,
        note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit Evidence") if evidence else self.tr("Add Evidence"))
        self.setMinimumWidth(560)
        self.title = QLineEdit(objectName="evidence_title")
        self.kind = QComboBox(objectName="evidence_kind")
        for kind in EvidenceKind:
            self.kind.addItem(evidence_kind_label(kind), kind.value)
        self.url = QLineEdit(objectName="evidence_url", placeholderText="https://…")
        self.publisher = QLineEdit(objectName="evidence_publisher")
        self.published = DateField(objectName="evidence_published")
        self.accessed = DateField(objectName="evidence_accessed")
        self.excerpt = QPlainTextEdit(objectName="evidence_excerpt")
        self.excerpt.setTabChangesFocus(True)
        self.excerpt.setPlaceholderText(self.tr("The passage that bears on the claim, quoted exactly"))
        self.note = QPlainTextEdit(objectName="evidence_note")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(70)

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&URL:"), self.url)
        form.addRow(self.tr("&Publisher:"), self.publisher)
        form.addRow(self.tr("Pu&blished:"), self.published)
        form.addRow(self.tr("&Accessed:"), self.accessed)
        form.addRow(self.tr("&Excerpt:"), self.excerpt)
        form.addRow(self.tr("&Note:"), self.note)
        self.stance: QComboBox | None = None
        self.link_note: QLineEdit | None = None
        if with_link:
            self.stance = stance_combo(stance)
            self.link_note = QLineEdit(note, objectName="link_note")
            self.link_note.setPlaceholderText(self.tr("Why this evidence bears on this claim"))
            form.addRow(self.tr("&Stance:"), self.stance)
            form.addRow(self.tr("Link n&ote:"), self.link_note)

        if evidence is not None:
            self.title.setText(evidence.title)
            self.kind.setCurrentIndex(self.kind.findData(evidence.kind))
            self.url.setText(evidence.url)
            self.publisher.setText(evidence.publisher)
            self.published.set_date(evidence.published)
            self.accessed.set_date(evidence.accessed)
            self.excerpt.setPlainText(evidence.excerpt)
            self.note.setPlainText(evidence.note)
        else:
            self.accessed.set_date(date.today())

        self.error = ProblemLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def fields(self) -> dict[str, Any]:
        return {
            "title": self.title.text(),
            "kind": self.kind.currentData(),
            "url": self.url.text(),
            "publisher": self.publisher.text(),
            "published": self.published.date(),
            "accessed": self.accessed.date(),
            "excerpt": self.excerpt.toPlainText(),
            "note": self.note.toPlainText(),
        }

    def link_fields(self) -> dict[str, Any]:
        if self.stance is None:
            return {}
        return {"stance": self.stance.currentData(), "note": self.link_note.text()}

    def accept(self) -> None:
        missing_title = self.tr("Give the evidence a title.") if not self.title.text().strip() else None
        dates = self.published.problem() or self.accessed.problem()
        if not self.error.say(missing_title or url_problem(self.url.text()) or dates):
            super().accept()


class LinkEvidenceDialog(QDialog):
    """Pick a piece of evidence already in the workspace to link to the current claim."""

    def __init__(self, workspace: Workspace, *, exclude: set[int] = frozenset(), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link Existing Evidence"))
        self.resize(640, 460)
        self._workspace = workspace
        self._exclude = set(exclude)
        self.search = QLineEdit(objectName="link_search", clearButtonEnabled=True)
        self.search.setPlaceholderText(self.tr("Search title, publisher, URL or excerpt…"))
        self.results = QListWidget(objectName="link_results")
        self.results.itemDoubleClicked.connect(lambda _item: self.accept())
        self.results.currentItemChanged.connect(self._update_ok)
        self.stance = stance_combo(Stance.CONTEXT)
        self.link_note = QLineEdit(objectName="link_note")
        form = QFormLayout()
        form.addRow(self.tr("&Stance:"), self.stance)
        form.addRow(self.tr("Link n&ote:"), self.link_note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Link"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self._refresh)
        self.search.textChanged.connect(self._timer.start)
        self._refresh()

    def _refresh(self) -> None:
        self.results.clear()
        for hit in evidence_service.find_evidence(self._workspace, self.search.text()):
            ev = hit.evidence
            if ev.id in self._exclude:
                continue
            detail = ", ".join(p for p in (ev.publisher, ev.published and ev.published.isoformat()) if p)
            uses = self.tr("used by %n claim(s)", "", hit.claims)
            item = QListWidgetItem(f"{ev.title}\n{detail + ' · ' if detail else ''}{uses}")
            item.setData(Qt.ItemDataRole.UserRole, ev.id)
            item.setToolTip(ev.excerpt or ev.url)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        self._update_ok()

    def _update_ok(self, *_args) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.results.currentItem() is not None)

    def evidence_id(self) -> int | None:
        item = self.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def link_fields(self) -> dict[str, Any]:
        return {"stance": self.stance.currentData(), "note": self.link_note.text()}
