"""Edit ▸ Tags…: every tag with how many claims carry it; rename, title, merge, delete (undoable)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.changes import TAG, Changes
from app.services import catalog
from ui.catalog import commands
from ui.session import WorkspaceSession, follow

NAME, TITLE, CLAIMS = range(3)
ID_ROLE = Qt.ItemDataRole.UserRole


class TagsDialog(QDialog):
    def __init__(self, *, session: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tags_dialog")
        self.setWindowTitle(self.tr("Tags"))
        self._session = session
        self._usage: dict[int, catalog.TagUsage] = {}
        read_only = session.workspace.read_only

        intro = QLabel(
            self.tr(
                "Double-click a tag to rename it. The title is the heading a report's section shows "
                "(empty: the tag itself). Ctrl+Z undoes any change."
            )
        )
        intro.setWordWrap(True)
        self.filter = QLineEdit(objectName="tags_filter", placeholderText=self.tr("Filter tags"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)

        self.table = QTableWidget(0, 3, objectName="tags_table")
        self.table.setHorizontalHeaderLabels([self.tr("Tag"), self.tr("Title in reports"), self.tr("Claims")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CLAIMS, QHeaderView.ResizeMode.ResizeToContents)
        if read_only:
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.merge_button = QPushButton(self.tr("&Merge…"), objectName="tags_merge")
        self.merge_button.setToolTip(self.tr("Put the claims of the selected tags under one of them"))
        self.merge_button.clicked.connect(self.merge_selected)
        self.delete_button = QPushButton(self.tr("&Delete…"), objectName="tags_delete")
        self.delete_button.clicked.connect(self.delete_selected)
        self.unused_button = QPushButton(self.tr("Delete &Unused"), objectName="tags_delete_unused")
        self.unused_button.setToolTip(self.tr("Delete every tag no claim carries and no report filters by"))
        self.unused_button.clicked.connect(self.delete_unused)
        buttons = QHBoxLayout()
        for button in (self.merge_button, self.delete_button, self.unused_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        self.delete_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        # the window's Undo and Redo do not reach a dialog that has the focus
        QShortcut(QKeySequence.StandardKey.Undo, self, session.undo_stack.undo)
        QShortcut(QKeySequence("Ctrl+Shift+Z"), self, session.undo_stack.redo)
        QShortcut(QKeySequence("Ctrl+Y"), self, session.undo_stack.redo)
        self._subscription = follow(None, session, self._on_session_changed)
        self.resize(620, 480)
        self.reload()

    # -- showing ---------------------------------------------------------------------------------

    def reload(self) -> None:
        selected = set(self.selected_ids())
        self._usage = {t.id: t for t in catalog.tag_usage(self._session.workspace)}
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._usage))
        for row, tag in enumerate(self._usage.values()):
            name = QTableWidgetItem(tag.name)
            name.setData(ID_ROLE, tag.id)
            title = QTableWidgetItem(tag.title)
            title.setToolTip(self.tr("The heading a report shows for this tag"))
            count = QTableWidgetItem()
            count.setData(Qt.ItemDataRole.DisplayRole, tag.claims)
            count.setFlags(count.flags() & ~Qt.ItemFlag.ItemIsEditable)
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, item in ((NAME, name), (TITLE, title), (CLAIMS, count)):
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        self.table.clearSelection()
        for row in range(self.table.rowCount()):
            if self.table.item(row, NAME).data(ID_ROLE) in selected:
                self._add_to_selection(row)
        self._apply_filter(self.filter.text())
        self._update_buttons()

    def _add_to_selection(self, row: int) -> None:
        model = self.table.selectionModel()
        flags = model.SelectionFlag.Select | model.SelectionFlag.Rows
        model.select(self.table.model().index(row, 0), flags)

    def _apply_filter(self, text: str) -> None:
        words = text.casefold().split()
        for row in range(self.table.rowCount()):
            shown = " ".join(self.table.item(row, c).text() for c in (NAME, TITLE)).casefold()
            self.table.setRowHidden(row, not all(w in shown for w in words))

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.table.item(row, NAME).data(ID_ROLE) for row in rows]

    def _update_buttons(self) -> None:
        writable = not self._session.workspace.read_only
        count = len(self.selected_ids())
        self.merge_button.setEnabled(writable and count >= 2)
        self.delete_button.setEnabled(writable and count >= 1)
        self.unused_button.setEnabled(writable and any(t.claims == 0 for t in self._usage.values()))

    def _on_session_changed(self, changes: Changes) -> None:
        if changes.touches(TAG) or changes.created or changes.deleted:
            self.reload()

    # -- editing ---------------------------------------------------------------------------------

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        tag_id = self.table.item(item.row(), NAME).data(ID_ROLE)
        tag = self._usage.get(tag_id)
        if tag is None:
            return
        if item.column() == NAME and item.text().strip() != tag.name:
            if not self._session.push(commands.update_tag(self._session, tag_id, name=item.text())):
                self.reload()  # refused (said why): show the name as it is
        elif item.column() == TITLE and item.text().strip() != tag.title:
            self._session.push(commands.update_tag(self._session, tag_id, title=item.text()))

    def merge_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) < 2:
            return
        tags = sorted((self._usage[i] for i in ids), key=lambda t: -t.claims)
        names = [t.name for t in tags]
        claims = sum(t.claims for t in tags)
        keep, ok = QInputDialog.getItem(
            self,
            self.tr("Merge Tags"),
            self.tr("Tags merged: %1; claims carrying them: %2. Keep which name?")
            .replace("%1", str(len(tags)))
            .replace("%2", str(claims)),
            names,
            0,
            False,
        )
        if ok and keep:
            into = next(t.id for t in tags if t.name == keep)
            self._session.push(commands.merge_tags(self._session, ids, into=into))

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        tags = [self._usage[i] for i in ids]
        claims = sum(t.claims for t in tags)
        if len(tags) == 1:
            question = self.tr("Delete the tag “%1”?").replace("%1", tags[0].name)
        else:
            question = self.tr("Delete these %1 tags?").replace("%1", str(len(tags)))
        detail = (
            self.tr("Claims carrying it: %1. They keep their other tags.").replace("%1", str(claims))
            if claims
            else self.tr("No claim carries it.")
        )
        answer = QMessageBox.question(
            self,
            self.tr("Delete Tags"),
            f"{question}\n\n{detail}\n{self.tr('Ctrl+Z undoes it.')}",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._session.push(commands.delete_tags(self._session, ids))

    def delete_unused(self) -> None:
        """Every tag no claim carries (a tag a report filters by stays: the report needs it)."""
        self._session.push(commands.delete_unused_tags(self._session))
