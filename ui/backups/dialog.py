"""File ▸ Restore from Backup…: the backups of a workspace, newest first, to pick one from."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.backup import BackupContent, BackupInfo, backup_content, backup_folder, list_backups, restored_from
from app.messages import msg
from ui.messages import size_text, words


def reason_words(reason: str) -> str:
    words = {
        "open": QCoreApplication.translate("backups", "Opened after changes"),
        "interval": QCoreApplication.translate("backups", "While working (every 30 minutes of changes)"),
        "upgrade": QCoreApplication.translate("backups", "Before an upgrade of the file format"),
        "import": QCoreApplication.translate("backups", "Before importing files"),
        "restore": QCoreApplication.translate("backups", "Before restoring a backup"),
        "manual": QCoreApplication.translate("backups", "Backed up by hand"),
    }
    return words.get(reason, reason)


def local_time(moment: datetime) -> str:
    """An aware moment in the analyst's time zone and language, to the minute."""
    when = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    return QLocale().toString(when, "ddd d MMM yyyy, HH:mm:ss")


def claims_words(count: int) -> str:
    return words(msg("%n claim(s)", n=count))  # a plural lupdate marks as such (see app/messages.py)


def size_words(size: int) -> str:
    return size_text(size)


def content_words(info: BackupInfo, content: BackupContent | None) -> str:
    """What a backup holds, in words: its counts and its last change ("7 claims, 2 sources, …")."""
    if content is None:
        return QCoreApplication.translate("backups", "%1 (could not be read)").replace("%1", claims_words(info.claims))
    words = (
        QCoreApplication.translate("backups", "%1, %2 source(s), %3 piece(s) of evidence")
        .replace("%1", claims_words(content.claims))
        .replace("%2", f"{content.sources:,}")
        .replace("%3", f"{content.evidence:,}")
    )
    if content.last_change is not None:
        words += "; " + QCoreApplication.translate("backups", "last change %1").replace(
            "%1", local_time(content.last_change)
        )
    return words


class RestoreDialog(QDialog):
    """Lists the backups of `workspace`; `selected()` is the one the analyst chose to restore."""

    def __init__(self, workspace: Path, *, change_count: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.setWindowTitle(self.tr("Restore from Backup"))
        self.workspace = Path(workspace)
        self.backups: list[BackupInfo] = list_backups(self.workspace)
        # read from each backup: backups of the same minute and size are told apart by what they hold
        self.contents: list[BackupContent | None] = [backup_content(info.path) for info in self.backups]
        restored = restored_from(self.workspace, change_count) if change_count is not None else None

        intro = QLabel(
            self.tr(
                "Backups of <b>%1</b>, newest first. Restoring replaces what the workspace holds now with the "
                "backup's content; what it holds now is backed up first, so a restore can itself be undone "
                "by restoring that backup."
            ).replace("%1", self.workspace.name.replace("&", "&amp;").replace("<", "&lt;")),
            wordWrap=True,
        )
        self.table = QTableWidget(len(self.backups), 4, objectName="backups_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Taken"), self.tr("Why"), self.tr("What it holds"), self.tr("Size")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        for row, (info, content) in enumerate(zip(self.backups, self.contents, strict=True)):
            holds = content_words(info, content)
            same = (change_count is not None and info.change_count == change_count) or (
                restored is not None and restored.resolve() == info.path.resolve()
            )
            if same:
                holds = self.tr("The same as the workspace now: %1").replace("%1", holds)
            cells = [local_time(info.taken_at), reason_words(info.reason), holds, size_words(info.size)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(f"{text}\n{info.path}")
                if same:
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                if column == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self.tr("There are no backups of this workspace yet."), objectName="backups_empty")
        self.empty.setVisible(not self.backups)
        self.table.setVisible(bool(self.backups))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(self.tr("Restore…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restore_button")
        self.folder_button = self.buttons.addButton(self.tr("Show Folder"), QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button.clicked.connect(self._show_folder)
        self.folder_button.setEnabled(backup_folder(self.workspace).is_dir())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.accept())

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.resize(1000, 420)
        if self.backups:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def selected_content(self) -> BackupContent | None:
        rows = self.table.selectionModel().selectedRows()
        return self.contents[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def _show_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(backup_folder(self.workspace))))
