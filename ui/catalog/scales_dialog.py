"""Edit ▸ Rating Scales…: labels and definitions in English and Ukrainian, colours, order and
ClaimReview values of each rating; scales of one's own; the workspace's scale. All undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.changes import RATING, Changes
from app.models import Rating
from app.services import catalog
from ui.catalog import commands
from ui.session import WorkspaceSession, follow
from ui.verdict.rating_picker import swatch

COLOUR, LABEL_EN, LABEL_UK, DEFINITION_EN, DEFINITION_UK, VALUE, CLAIMS = range(7)
FIELDS = {LABEL_EN: "label", LABEL_UK: "label_uk", DEFINITION_EN: "description", DEFINITION_UK: "description_uk"}
ID_ROLE = Qt.ItemDataRole.UserRole


class ScalesDialog(QDialog):
    def __init__(self, *, session: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scales_dialog")
        self.setWindowTitle(self.tr("Rating Scales"))
        self._session = session
        self._ratings: list[Rating] = []
        self._filling = False

        self.scale = QComboBox(objectName="scales_scale")
        self.scale.currentIndexChanged.connect(lambda _i: self.reload_ratings())
        self.active_label = QLabel(objectName="scales_active")
        self.use_button = QPushButton(self.tr("&Use for This Workspace"), objectName="scales_use")
        self.use_button.setToolTip(self.tr("The verdict pane offers this scale's ratings; reports explain it"))
        self.use_button.clicked.connect(self.use_scale)
        self.new_button = QPushButton(self.tr("&New…"), objectName="scales_new")
        self.new_button.clicked.connect(lambda: self.new_scale(copy=False))
        self.duplicate_button = QPushButton(self.tr("D&uplicate…"), objectName="scales_duplicate")
        self.duplicate_button.clicked.connect(lambda: self.new_scale(copy=True))
        self.rename_button = QPushButton(self.tr("Re&name…"), objectName="scales_rename")
        self.rename_button.clicked.connect(self.rename_scale)
        self.delete_scale_button = QPushButton(self.tr("Delete Scale"), objectName="scales_delete")
        self.delete_scale_button.clicked.connect(self.delete_scale)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Scale:"), buddy=self.scale))
        top.addWidget(self.scale, 1)
        top.addWidget(self.active_label)
        for button in (self.use_button, self.new_button, self.duplicate_button, self.rename_button):
            top.addWidget(button)
        top.addWidget(self.delete_scale_button)

        self.table = QTableWidget(0, 7, objectName="scales_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Colour"),
                self.tr("Label (English)"),
                self.tr("Label (Ukrainian)"),
                self.tr("Definition (English)"),
                self.tr("Definition (Ukrainian)"),
                self.tr("Value"),
                self.tr("Claims"),
            ]
        )
        self.table.horizontalHeaderItem(VALUE).setToolTip(
            self.tr("The number ClaimReview publishes: higher is truer; 0 means not on the scale")
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setSectionsClickable(False)
        header = self.table.horizontalHeader()
        for column, mode in (
            (COLOUR, QHeaderView.ResizeMode.ResizeToContents),
            (LABEL_EN, QHeaderView.ResizeMode.Interactive),
            (LABEL_UK, QHeaderView.ResizeMode.Interactive),
            (DEFINITION_EN, QHeaderView.ResizeMode.Stretch),
            (DEFINITION_UK, QHeaderView.ResizeMode.Stretch),
            (VALUE, QHeaderView.ResizeMode.ResizeToContents),
            (CLAIMS, QHeaderView.ResizeMode.ResizeToContents),
        ):
            header.setSectionResizeMode(column, mode)
        header.resizeSection(LABEL_EN, 130)
        header.resizeSection(LABEL_UK, 150)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.cellDoubleClicked.connect(self._on_double_clicked)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.colour_button = QPushButton(self.tr("&Colour…"), objectName="scales_colour")
        self.colour_button.clicked.connect(self.pick_colour)
        self.up_button = QPushButton(self.tr("Move &Up"), objectName="scales_up")
        self.up_button.setShortcut(QKeySequence("Alt+Up"))
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button = QPushButton(self.tr("Move &Down"), objectName="scales_down")
        self.down_button.setShortcut(QKeySequence("Alt+Down"))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.add_button = QPushButton(self.tr("&Add Rating"), objectName="scales_add")
        self.add_button.clicked.connect(self.add_rating)
        self.remove_button = QPushButton(self.tr("&Remove Rating…"), objectName="scales_remove")
        self.remove_button.clicked.connect(self.remove_rating)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.colour_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)

        hint = QLabel(
            self.tr(
                "Type in a cell to change it; double-click a colour to pick another. Reports use the "
                "labels and definitions of their language. Ctrl+Z undoes any change."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        QShortcut(QKeySequence.StandardKey.Undo, self, session.undo_stack.undo)
        QShortcut(QKeySequence("Ctrl+Shift+Z"), self, session.undo_stack.redo)
        QShortcut(QKeySequence("Ctrl+Y"), self, session.undo_stack.redo)
        self._subscription = follow(None, session, self._on_session_changed)
        self.resize(1040, 460)
        self.reload_scales()

    # -- showing ---------------------------------------------------------------------------------

    @property
    def scale_id(self) -> int | None:
        return self.scale.currentData()

    def reload_scales(self, select: int | None = None) -> None:
        wanted = select if select is not None else self.scale_id
        workspace = self._session.workspace
        self._active = catalog.active_scale_id(workspace)
        self.scale.blockSignals(True)
        self.scale.clear()
        for scale in catalog.list_scales(workspace):
            # the scale that ships is named in English in every workspace (migration 0002)
            shown = self.tr("Factdesk default") if scale.name == "Factdesk default" else scale.name
            self.scale.addItem(shown, scale.id)
        index = self.scale.findData(wanted if wanted is not None else self._active)
        self.scale.setCurrentIndex(max(0, index if index >= 0 else self.scale.findData(self._active)))
        self.scale.blockSignals(False)
        self.reload_ratings()

    def reload_ratings(self) -> None:
        workspace = self._session.workspace
        scale_id = self.scale_id
        selected = self.selected_id()
        self._ratings = catalog.ratings(workspace, scale_id) if scale_id is not None else []
        used = catalog.rating_use(workspace, scale_id) if scale_id is not None else {}
        active = scale_id == self._active
        self.active_label.setText(self.tr("(in use)") if active else "")
        self._filling = True
        self.table.setRowCount(len(self._ratings))
        for row, rating in enumerate(self._ratings):
            colour = QTableWidgetItem(swatch(rating.colour, 16), rating.colour)
            colour.setFlags(colour.flags() & ~Qt.ItemFlag.ItemIsEditable)
            colour.setToolTip(self.tr("Double-click to pick a colour"))
            colour.setData(ID_ROLE, rating.id)
            self.table.setItem(row, COLOUR, colour)
            for column, name in FIELDS.items():
                item = QTableWidgetItem(getattr(rating, name))
                item.setToolTip(getattr(rating, name))
                self.table.setItem(row, column, item)
            value = QTableWidgetItem(str(rating.value))
            value.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, VALUE, value)
            count = QTableWidgetItem()
            count.setData(Qt.ItemDataRole.DisplayRole, used.get(rating.id, 0))
            count.setFlags(count.flags() & ~Qt.ItemFlag.ItemIsEditable)
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, CLAIMS, count)
            self.table.setVerticalHeaderItem(row, QTableWidgetItem(str(row + 1)))
        self._filling = False
        for row, rating in enumerate(self._ratings):
            if rating.id == selected:
                self.table.selectRow(row)
        self._used = used
        self._update_buttons()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), COLOUR)
        return item.data(ID_ROLE) if item is not None else None

    def _selected_rating(self) -> Rating | None:
        rating_id = self.selected_id()
        return next((r for r in self._ratings if r.id == rating_id), None)

    def _update_buttons(self) -> None:
        writable = not self._session.workspace.read_only
        rating = self._selected_rating()
        row = self._ratings.index(rating) if rating is not None else -1
        for button, enabled in (
            (self.colour_button, rating is not None),
            (self.remove_button, rating is not None),
            (self.up_button, row > 0),
            (self.down_button, 0 <= row < len(self._ratings) - 1),
            (self.add_button, self.scale_id is not None),
            (self.use_button, self.scale_id is not None and self.scale_id != self._active),
            (self.delete_scale_button, self.scale_id is not None and self.scale_id != self._active),
            (self.new_button, True),
            (self.duplicate_button, self.scale_id is not None),
            (self.rename_button, self.scale_id is not None),
        ):
            button.setEnabled(writable and enabled)
        edit = QAbstractItemView.EditTrigger
        self.table.setEditTriggers(
            edit.NoEditTriggers if not writable else edit.DoubleClicked | edit.EditKeyPressed | edit.AnyKeyPressed
        )

    def _on_session_changed(self, changes: Changes) -> None:
        if changes.touches(RATING) or changes.created or changes.deleted:
            self.reload_scales()

    # -- editing ratings -------------------------------------------------------------------------

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or not (0 <= item.row() < len(self._ratings)):
            return
        rating = self._ratings[item.row()]
        if item.column() in FIELDS:
            name = FIELDS[item.column()]
            if item.text().strip() != getattr(rating, name):
                self._push(commands.update_rating(self._session, rating.id, **{name: item.text()}))
        elif item.column() == VALUE:
            text = item.text().strip()
            try:
                value = int(text)
            except ValueError:
                self._session.failed.emit(
                    self.tr("A rating's value is a whole number such as 3, not “%1”.").replace("%1", text)
                )
                self.reload_ratings()
                return
            if value != rating.value:
                self._push(commands.update_rating(self._session, rating.id, value=value))

    def _push(self, command) -> None:
        if not self._session.push(command):
            self.reload_ratings()  # refused, and said why: show what is stored

    def _on_double_clicked(self, row: int, column: int) -> None:
        if column == COLOUR:
            self.pick_colour()

    def pick_colour(self) -> None:
        rating = self._selected_rating()
        if rating is None or self._session.workspace.read_only:
            return
        label = catalog.rating_label(rating)
        colour = QColorDialog.getColor(QColor(rating.colour), self, self.tr("Colour of “%1”").replace("%1", label))
        if colour.isValid() and colour.name().upper() != rating.colour.upper():
            self._push(commands.update_rating(self._session, rating.id, colour=colour.name().upper()))

    def move(self, offset: int) -> None:
        rating = self._selected_rating()
        if rating is not None:
            self._push(commands.move_rating(self._session, rating.id, offset))

    def add_rating(self) -> None:
        if self.scale_id is None:
            return
        label, ok = QInputDialog.getText(self, self.tr("Add Rating"), self.tr("Label of the new rating:"))
        if not ok or not label.strip():
            return
        field = "label_uk" if catalog.interface_language() == "uk" else "label"
        command = commands.add_rating(self._session, self.scale_id, **{field: label})
        if self._session.push(command):
            new_id = command.created_id()
            for row, rating in enumerate(self._ratings):
                if rating.id == new_id:
                    self.table.selectRow(row)

    def remove_rating(self) -> None:
        rating = self._selected_rating()
        if rating is None:
            return
        label = catalog.rating_label(rating)
        used = self._used.get(rating.id, 0)
        if used:  # the service refuses too; say it here, with what to do instead
            QMessageBox.information(
                self,
                self.tr("Remove Rating"),
                self.tr("Claims rated “%1”: %2. Give them another rating first; then it can go.")
                .replace("%1", label)
                .replace("%2", str(used)),
            )
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove Rating"),
            self.tr("Remove the rating “%1” from this scale? No claim carries it. Ctrl+Z undoes it.").replace(
                "%1", label
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._push(commands.delete_rating(self._session, rating.id))

    # -- scales ----------------------------------------------------------------------------------

    def new_scale(self, *, copy: bool) -> None:
        source = self.scale.currentText()
        suggested = self.tr("%1 (copy)").replace("%1", source) if copy else ""
        name, ok = QInputDialog.getText(
            self,
            self.tr("Duplicate Rating Scale") if copy else self.tr("New Rating Scale"),
            self.tr("Name of the new scale:"),
            text=suggested,
        )
        if not ok or not name.strip():
            return
        command = commands.create_scale(self._session, name, copy_of=self.scale_id if copy else None)
        if self._session.push(command):
            self.reload_scales(select=command.created_id())

    def rename_scale(self) -> None:
        if self.scale_id is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename Rating Scale"), self.tr("Name of the scale:"), text=self.scale.currentText()
        )
        if ok and name.strip() and name.strip() != self.scale.currentText():
            self._session.push(commands.rename_scale(self._session, self.scale_id, name))

    def delete_scale(self) -> None:
        if self.scale_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete Rating Scale"),
            self.tr("Delete the scale “%1” and its ratings? Ctrl+Z undoes it.").replace("%1", self.scale.currentText()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes and self._session.push(
            commands.delete_scale(self._session, self.scale_id)
        ):
            self.reload_scales(select=self._active)

    def use_scale(self) -> None:
        if self.scale_id is not None:
            self._session.push(commands.set_active_scale(self._session, self.scale_id))
