""" "Treat these as the same": the analyst's own groups of words for "checked before?".

A group says that words or phrases carry the same claim (мер, очільник міста, глава города); it is
kept in the workspace and used beside the lexicon that ships. Adding and removing are undoable.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import similar
from ui.commands import creation, deletion
from ui.session import ServiceCommand, WorkspaceSession
from ui.widgets import ProblemLabel

GROUP_ROLE = Qt.ItemDataRole.UserRole + 1


def split_terms(text: str) -> list[str]:
    """What was typed, one word or phrase between commas (or semicolons)."""
    return [t.strip() for t in text.replace(";", ",").split(",") if t.strip()]


def add_group(session: WorkspaceSession, terms: list[str]) -> ServiceCommand:
    ws = session.workspace
    return creation(
        session,
        QCoreApplication.translate("commands", "Treat Words as the Same"),
        lambda: similar.add_synonym_group(ws, terms),
        lambda group_id: similar.remove_synonym_group(ws, group_id),
        lambda saved: similar.restore_synonym_group(ws, saved),
        key=similar.SYNONYMS,
    )


def remove_group(session: WorkspaceSession, group_id: int) -> ServiceCommand:
    ws = session.workspace
    return deletion(
        session,
        QCoreApplication.translate("commands", "Remove Words Treated as the Same"),
        lambda: similar.remove_synonym_group(ws, group_id),
        lambda saved: similar.restore_synonym_group(ws, saved),
        key=similar.SYNONYMS,
    )


class SameWordsDialog(QDialog):
    """Type words that mean the same in a claim; see and remove the groups given before."""

    def __init__(self, session: WorkspaceSession, *, suggestion: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("same_words_dialog")
        self.setWindowTitle(self.tr("Treat Words as the Same"))
        self.session = session
        intro = QLabel(
            self.tr(
                "“Checked before?” will take these words or phrases for one another in every claim, in any "
                "of their forms. Separate them with commas."
            ),
            wordWrap=True,
        )
        self.terms = QLineEdit(objectName="same_words_terms")
        self.terms.setPlaceholderText(self.tr("e.g. мер, очільник міста, глава города"))
        self.terms.setText(suggestion)
        self.problem = ProblemLabel(parent=self)
        self.groups = QListWidget(objectName="same_words_groups")
        self.remove_button = QPushButton(self.tr("&Remove"), objectName="same_words_remove")
        self.remove_button.clicked.connect(self._remove)
        self.groups.currentItemChanged.connect(
            lambda *_: self.remove_button.setEnabled(self.groups.currentItem() is not None)
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Add"))
        buttons.accepted.connect(self._add)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.terms)
        layout.addWidget(self.problem)
        layout.addWidget(QLabel(self.tr("Your groups in this workspace:")))
        layout.addWidget(self.groups, 1)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(buttons)
        self.resize(460, 360)
        self.refresh()

    def refresh(self) -> None:
        self.groups.clear()
        for group in similar.synonym_groups(self.session.workspace):
            item = QListWidgetItem(" = ".join(group.terms.splitlines()))
            item.setData(GROUP_ROLE, group.id)
            item.setToolTip(self.tr("added by %1").replace("%1", group.user or "?"))
            self.groups.addItem(item)
        self.remove_button.setEnabled(self.groups.currentItem() is not None)

    def _add(self) -> None:
        terms = split_terms(self.terms.text())
        if len({t.casefold() for t in terms}) < 2:  # checked here, so a refusal keeps what was typed
            self.problem.say(self.tr("Give at least two different words or phrases, separated by commas."))
            return
        if self.session.push(add_group(self.session, terms)):
            self.problem.say(None)
            self.terms.clear()
            self.refresh()
        else:
            self.problem.say(self.tr("The words were not added: see the message in the window."))

    def _remove(self) -> None:
        item = self.groups.currentItem()
        if item is not None and self.session.push(remove_group(self.session, item.data(GROUP_ROLE))):
            self.refresh()
