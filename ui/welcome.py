"""The first-run screen: what to do when no workspace is open."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

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


# -- the analyst's name, asked once before the first workspace ------------------------------------------


def os_full_name() -> str:
    """The user's full name as the system knows it ("Olena Koval"), else the login name, else ""."""
    try:
        if sys.platform == "win32":
            import ctypes

            size = ctypes.c_ulong(0)
            secur32 = ctypes.windll.secur32
            secur32.GetUserNameExW(3, None, ctypes.byref(size))  # 3: NameDisplay
            buffer = ctypes.create_unicode_buffer(size.value or 256)
            if secur32.GetUserNameExW(3, buffer, ctypes.byref(size)) and buffer.value.strip():
                return buffer.value.strip()
        else:
            import pwd

            full = pwd.getpwuid(os.getuid()).pw_gecos.split(",")[0].strip()
            if full:
                return full
    except Exception:  # a guess to prefill a field: never a reason not to start
        pass
    try:
        return getpass.getuser()
    except Exception:
        return ""


class NameDialog(QDialog):
    """First run: the name recorded with every change of a verdict (Edit ▸ Your Name… changes it)."""

    def __init__(self, name: str, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_run_name")
        self.setWindowTitle(self.tr("Welcome to Factdesk"))
        intro = QLabel(
            self.tr(
                "Your name is recorded with every change of a claim's rating, status or summary, and with "
                "the files you attach, so your colleagues can see who did what. It stays on this computer."
            ),
            wordWrap=True,
        )
        self.name = QLineEdit(name, objectName="first_run_name_edit")
        self.name.setPlaceholderText(self.tr("e.g. Olena Koval"))
        self.name.selectAll()
        form = QFormLayout()
        form.addRow(self.tr("Your &name:"), self.name)
        later = QLabel(self.tr("You can change it later in Edit ▸ Your Name…"), wordWrap=True)
        later.setStyleSheet("color: #546E7A;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.name.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(later)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())
        self._update_ok()

    def _update_ok(self, *_args) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.name.text().strip()))


def ask_name_first(settings, *, parent: QWidget | None = None) -> bool:
    """Ask for the analyst's name if none is kept yet; True when one was saved now."""
    if settings.user_name():
        return False
    dialog = NameDialog(os_full_name(), parent=parent)
    try:
        if not dialog.exec() or not dialog.name.text().strip():
            return False
        settings.set_user_name(dialog.name.text())
        return True
    finally:
        dialog.deleteLater()
