"""The mapping step of File ▸ Import Claims from Spreadsheet…: the first rows of the sheet, a field
chosen for each column, the sheet (XLSX) or the encoding and delimiter found (CSV), and the rows
that cannot be taken, listed by row number, updated as the mapping changes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.sheets import FIELDS, Table, column_letter, guess_mapping
from app.sheets.claims import check_mapping, check_rows
from ui.messages import words

PREVIEW_ROWS = 20
COLUMN_WIDTH = 160  # a preview column and the field chooser above it


class MappingDialog(QDialog):
    """Choose what each column of `table` holds. `reread(sheet)` reads another sheet of the same
    workbook; `ratings` are the workspace's rating labels (folded) → ids, to check rows against."""

    def __init__(
        self,
        table: Table,
        ratings: dict[str, int],
        *,
        reread: Callable[[str], Table] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sheet_mapping")
        self.setWindowTitle(self.tr("Import Claims from “%1”").replace("%1", table.name))
        self.table = table
        self._ratings = ratings
        self._reread = reread
        self._combos: list[QComboBox] = []
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.sheet_box = QComboBox(objectName="sheet_choice")
        self.found_label = QLabel(objectName="sheet_found")
        if table.kind == "xlsx":
            self.sheet_box.addItems(table.sheets)
            self.sheet_box.setCurrentText(table.sheet)
            self.sheet_box.currentTextChanged.connect(self._change_sheet)
            form.addRow(self.tr("&Sheet:"), self.sheet_box)
        else:
            self.sheet_box.hide()
        form.addRow(self.tr("File:"), self.found_label)
        self.header_box = QCheckBox(self.tr("The first row holds &headings"), objectName="sheet_header")
        self.header_box.setChecked(True)
        self.header_box.toggled.connect(self._update)
        form.addRow("", self.header_box)
        layout.addLayout(form)
        intro = QLabel(self.tr("Choose what each column holds. A claim needs its quote (or its statement)."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.fields_area = QScrollArea(objectName="sheet_fields")
        self.fields_area.setWidgetResizable(True)
        self.fields_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.fields_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fields_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.fields_area)
        self.preview = QTableWidget(objectName="sheet_preview")
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.setWordWrap(False)
        layout.addWidget(self.preview, 3)
        # the choosers scroll with the preview's columns, each above its column
        self.preview.horizontalScrollBar().valueChanged.connect(self.fields_area.horizontalScrollBar().setValue)
        self.problems_label = QLabel(objectName="sheet_summary")
        layout.addWidget(self.problems_label)
        self.problems = QPlainTextEdit(objectName="sheet_problems")
        self.problems.setReadOnly(True)
        self.problems.setMaximumHeight(110)
        layout.addWidget(self.problems, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("sheet_import")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 600)
        self._fill(guess_mapping(table))

    # -- what was chosen -----------------------------------------------------------------------------

    def field_names(self) -> list[str]:
        return [
            self.tr("quote"), self.tr("statement"), self.tr("claimant"), self.tr("date"), self.tr("URL"),
            self.tr("outlet"), self.tr("tags"), self.tr("rating"), self.tr("summary"),
        ]  # fmt: skip

    def mapping(self) -> dict[str, int]:
        found = {}
        for index, combo in enumerate(self._combos):
            name = combo.currentData()
            if name:
                found[name] = index
        return found

    def set_field(self, column: int, name: str | None) -> None:
        combo = self._combos[column]
        combo.setCurrentIndex(max(combo.findData(name), 0) if name else 0)

    @property
    def header(self) -> bool:
        return self.header_box.isChecked()

    # -- drawing -------------------------------------------------------------------------------------

    def _fill(self, mapping: dict[str, int]) -> None:
        table = self.table
        if table.kind == "csv":
            shown = {"\t": self.tr("tab"), ";": ";", ",": ",", "|": "|"}.get(table.delimiter, table.delimiter)
            found = self.tr("%1 rows · encoding %2 · delimiter %3")
            self.found_label.setText(
                found.replace("%1", f"{len(table.rows):,}").replace("%2", table.encoding).replace("%3", shown)
            )
        else:
            self.found_label.setText(self.tr("%1 rows in the sheet").replace("%1", f"{len(table.rows):,}"))
        width = max(table.width, 1)
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setHorizontalSpacing(0)
        self._combos = []
        by_column = {index: name for name, index in mapping.items()}
        labels = dict(zip(FIELDS, self.field_names(), strict=True))
        for column in range(width):
            combo = QComboBox(objectName=f"sheet_field_{column_letter(column)}")
            combo.setFixedWidth(COLUMN_WIDTH)
            combo.addItem(self.tr("(not imported)"), None)
            for name in FIELDS:
                combo.addItem(labels[name], name)
            combo.setAccessibleName(self.tr("Column %1 holds").replace("%1", column_letter(column)))
            if column in by_column:
                combo.setCurrentIndex(combo.findData(by_column[column]))
            combo.currentIndexChanged.connect(lambda _i, c=column: self._on_field_changed(c))
            grid.addWidget(combo, 0, column)
            self._combos.append(combo)
        grid.setColumnStretch(width, 1)
        self.fields_area.setWidget(holder)
        rows = table.rows[:PREVIEW_ROWS]
        self.preview.clear()
        self.preview.setColumnCount(width)
        self.preview.setRowCount(len(rows))
        self.preview.setHorizontalHeaderLabels([column_letter(c) for c in range(width)])
        self.preview.setVerticalHeaderLabels([str(i + 1) for i in range(len(rows))])
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                text = "" if value is None else (value.isoformat() if hasattr(value, "isoformat") else str(value))
                self.preview.setItem(r, c, QTableWidgetItem(" ".join(text.split())[:200]))
        for c in range(width):
            self.preview.setColumnWidth(c, COLUMN_WIDTH)
        left = self.preview.verticalHeader().sizeHint().width() + self.preview.frameWidth()
        grid.setContentsMargins(left, 0, 0, 0)
        self.fields_area.setFixedHeight(holder.sizeHint().height())
        self._update()

    def _on_field_changed(self, column: int) -> None:
        """A field goes to one column: choosing it here takes it from the column that had it."""
        name = self._combos[column].currentData()
        if name:
            for other, combo in enumerate(self._combos):
                if other != column and combo.currentData() == name:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        self._update()

    def _update(self) -> None:
        mapping = self.mapping()
        try:
            check_mapping(mapping, self.table)
        except Exception as exc:  # a ValidationError: said in words, Import stays off
            self.problems_label.setText(words(exc))
            self.problems.setPlainText("")
            self.import_button.setEnabled(False)
            return
        good, problems = check_rows(self.table, mapping, self._ratings, header=self.header)
        self.problems_label.setText(
            self.tr("Claims to import: %1. Rows that cannot be imported (listed below): %2.")
            .replace("%1", f"{len(good):,}")
            .replace("%2", f"{len(problems):,}")
        )
        shown = [words(p.describe()) for p in problems[:500]]
        if len(problems) > 500:
            shown.append(self.tr("… and %1 more").replace("%1", f"{len(problems) - 500:,}"))
        self.problems.setPlainText("\n".join(shown))
        self.import_button.setEnabled(bool(good))

    def _change_sheet(self, name: str) -> None:
        if self._reread is None or name == self.table.sheet:
            return
        try:
            self.table = self._reread(name)
        except Exception as exc:  # a refusal of that sheet: said, and the old one kept
            from ui.widgets import show_refusal

            show_refusal(self, exc)
            self.sheet_box.blockSignals(True)
            self.sheet_box.setCurrentText(self.table.sheet)
            self.sheet_box.blockSignals(False)
            return
        self._fill(guess_mapping(self.table))
