"""The first-run screen: what to do when no workspace is open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ui import theme


class WelcomePage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_requested = Signal(Path)

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Factdesk"), alignment=Qt.AlignmentFlag.AlignCenter)
        title.setStyleSheet("font-size: 26pt; font-weight: 600;")
        blurb = QLabel(
            self.tr("Mark the claims in a source, gather evidence, reach a verdict, and publish the report."),
            alignment=Qt.AlignmentFlag.AlignCenter,
            wordWrap=True,
        )
        blurb.setStyleSheet("font-size: 11pt;")
        theme.mute(blurb)
        self.new_button = QPushButton(self.tr("New Workspace…"), objectName="welcome_new")
        self.open_button = QPushButton(self.tr("Open Workspace…"), objectName="welcome_open")
        self.demo_button = QPushButton(self.tr("Open Demo Workspace"), objectName="welcome_demo")
        for button in (self.new_button, self.open_button, self.demo_button):
            button.setMinimumHeight(36)
            button.setMinimumWidth(190)
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.recent = QListWidget(objectName="welcome_recent")
        self.recent.setMaximumWidth(620)
        self.recent.itemActivated.connect(
            lambda item: self.recent_requested.emit(Path(item.data(Qt.ItemDataRole.UserRole)))
        )
        self.recent_label = QLabel(self.tr("Recent workspaces"))

        buttons = QHBoxLayout()
        buttons.addStretch()
        for button in (self.new_button, self.open_button, self.demo_button):
            buttons.addWidget(button)
        buttons.addStretch()
        recent = QVBoxLayout()
        recent.addWidget(self.recent_label, alignment=Qt.AlignmentFlag.AlignHCenter)
        recent.addWidget(self.recent, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(title)
        layout.addWidget(blurb)
        layout.addSpacing(24)
        layout.addLayout(buttons)
        layout.addSpacing(24)
        layout.addLayout(recent)
        layout.addStretch(3)

    def set_recent(self, paths: list[Path]) -> None:
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{path.name}    —    {path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.recent.addItem(item)
        self.recent.setVisible(bool(paths))
        self.recent_label.setVisible(bool(paths))
