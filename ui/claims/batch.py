"""One change to many claims at once: the claims list's selected rows get the same status, rating,
claimant or date, and tags added or removed (one undo step)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.models import ClaimStatus
from app.services import catalog
from app.workspace import Workspace
from ui.labels import status_label
from ui.widgets import DateField, ProblemLabel, TagLineEdit

_LEAVE = "leave"  # a combo's "leave as it is" entry (None means "not rated yet" for the rating)


class BatchEditDialog(QDialog):
    def __init__(self, workspace: Workspace, *, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        many = count > 1
        self.setWindowTitle(self.tr("Edit %1 Claims").replace("%1", str(count)) if many else self.tr("Edit Claim"))
        self.setMinimumWidth(480)
        leave = self.tr("Leave as it is")
        self.status = QComboBox(objectName="batch_status")
        self.status.addItem(leave, _LEAVE)
        for value in ClaimStatus:
            self.status.addItem(status_label(value), value.value)
        self.rating = QComboBox(objectName="batch_rating")
        self.rating.addItem(leave, _LEAVE)
        self.rating.addItem(self.tr("Not rated yet"), None)
        for rating in catalog.ratings(workspace):
            self.rating.addItem(rating.label, rating.id)
        self.set_claimant = QCheckBox(self.tr("Set the c&laimant:"), objectName="batch_set_claimant")
        self.claimant = QComboBox(objectName="batch_claimant", editable=True)
        self.claimant.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for actor in catalog.list_actors(workspace):
            self.claimant.addItem(actor.name)
        self.claimant.setCurrentIndex(-1)
        self.claimant.lineEdit().setPlaceholderText(self.tr("Empty: nobody"))
        self.set_date = QCheckBox(self.tr("Set the &date made:"), objectName="batch_set_date")
        self.date = DateField(objectName="batch_date")
        known = [t.name for t in catalog.list_tags(workspace)]
        self.add_tags = TagLineEdit()
        self.add_tags.setObjectName("batch_add_tags")
        self.add_tags.setPlaceholderText(self.tr("Tags to add, comma-separated"))
        self.remove_tags = TagLineEdit()
        self.remove_tags.setObjectName("batch_remove_tags")
        self.remove_tags.setPlaceholderText(self.tr("Tags to remove, comma-separated"))
        for field in (self.add_tags, self.remove_tags):
            field.set_known_tags(known)
        # a field typed into is a field meant: its box ticks itself
        self.claimant.lineEdit().textEdited.connect(lambda _t: self.set_claimant.setChecked(True))
        self.claimant.activated.connect(lambda _i: self.set_claimant.setChecked(True))
        self.date.edit.textEdited.connect(lambda _t: self.set_date.setChecked(True))
        self.date.edited.connect(lambda _d: self.set_date.setChecked(True))

        form = QFormLayout()
        form.addRow(QLabel(self.tr("&Status:"), buddy=self.status), self.status)
        form.addRow(QLabel(self.tr("&Rating:"), buddy=self.rating), self.rating)
        form.addRow(self.set_claimant, self.claimant)
        form.addRow(self.set_date, self.date)
        form.addRow(QLabel(self.tr("&Add tags:"), buddy=self.add_tags), self.add_tags)
        form.addRow(QLabel(self.tr("Re&move tags:"), buddy=self.remove_tags), self.remove_tags)
        note = QLabel(self.tr("Only what you set here changes; the rest of each claim stays as it is."), wordWrap=True)
        note.setStyleSheet("color: #546E7A")
        self.error = ProblemLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.tr("Change %1 Claims").replace("%1", str(count)) if many else self.tr("Change Claim")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.status.setFocus(Qt.FocusReason.OtherFocusReason)

    def edit(self) -> dict[str, Any]:
        """The keyword arguments of `claims.batch_edit` for what was set."""
        edit: dict[str, Any] = {}
        if self.status.currentData() != _LEAVE:
            edit["status"] = self.status.currentData()
        if self.rating.currentData() != _LEAVE:
            edit["rating_id"] = self.rating.currentData()
        if self.set_claimant.isChecked():
            edit["claimant"] = " ".join(self.claimant.currentText().split())
        if self.set_date.isChecked():
            edit["claimed_on"] = self.date.date()
        if self.add_tags.tags():
            edit["add_tags"] = self.add_tags.tags()
        if self.remove_tags.tags():
            edit["remove_tags"] = self.remove_tags.tags()
        return edit

    def accept(self) -> None:
        problem = self.date.problem() if self.set_date.isChecked() else None
        if problem is None and not self.edit():
            problem = self.tr("Choose something to change.")
        if not self.error.say(problem):
            super().accept()
