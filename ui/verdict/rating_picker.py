"""A row of coloured buttons, one per rating of the scale; keys 1–9 pick, 0 clears."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QSizePolicy, QToolButton, QWidget

from app.models import Rating
from ui.labels import rating_description, rating_label

COLUMNS = 3


def swatch(colour: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class RatingPicker(QWidget):
    picked = Signal(object)  # rating id, or None to clear

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rating_picker")
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)  # so the current rating can be clicked off
        self._group.idClicked.connect(self._on_clicked)
        self._layout = QGridLayout(self)  # three a row, so the pane stays narrow
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._ratings: list[Rating] = []
        self._current: int | None = None

    def set_ratings(self, ratings: list[Rating]) -> None:
        for button in self._group.buttons():
            self._group.removeButton(button)
            button.deleteLater()
        self._ratings = list(ratings)
        for number, rating in enumerate(self._ratings, start=1):
            button = QToolButton(checkable=True, objectName=f"rating_{rating.id}")
            label = rating_label(rating.label)
            button.setText(f"{number} {label}" if number <= 9 else label)
            button.setIcon(swatch(rating.colour))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setToolTip(f"{label}: {rating_description(rating.description)}" if rating.description else label)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self._group.addButton(button, rating.id)
            self._layout.addWidget(button, (number - 1) // COLUMNS, (number - 1) % COLUMNS)
        self.set_current(self._current)

    def ratings(self) -> list[Rating]:
        return list(self._ratings)

    def set_current(self, rating_id: int | None) -> None:
        self._current = rating_id
        for button in self._group.buttons():
            button.setChecked(self._group.id(button) == rating_id)
            button.setStyleSheet(self._style(self._group.id(button)) if self._group.id(button) == rating_id else "")

    def _style(self, rating_id: int) -> str:
        rating = next((r for r in self._ratings if r.id == rating_id), None)
        if rating is None:
            return ""
        return (
            f"QToolButton {{ background: {rating.colour}; color: white; font-weight: bold;"
            " border-radius: 3px; padding: 2px 6px; }"
        )

    def pick_number(self, number: int) -> bool:
        """Key `number` (1-based) picks that rating; 0 clears. False if there is no such rating."""
        if number == 0:
            self._emit(None)
            return True
        if 1 <= number <= len(self._ratings):
            self._emit(self._ratings[number - 1].id)
            return True
        return False

    def _on_clicked(self, rating_id: int) -> None:
        self._emit(None if rating_id == self._current else rating_id)

    def _emit(self, rating_id: int | None) -> None:
        self.set_current(self._current)  # the stored value decides what shows, once it is saved
        if rating_id != self._current:
            self.picked.emit(rating_id)
