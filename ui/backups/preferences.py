"""Edit ▸ Preferences ▸ Backups: how many backups to keep, and where."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget

from app import backup
from ui import theme
from ui.preferences import PreferencesPage


class BackupsPage(PreferencesPage):
    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("&Backups")
        self.recent = QSpinBox(objectName="prefs_backups_recent", minimum=1, maximum=100)
        self.daily = QSpinBox(objectName="prefs_backups_daily", minimum=0, maximum=90)
        self.weekly = QSpinBox(objectName="prefs_backups_weekly", minimum=0, maximum=104)
        self.folder = QLineEdit(objectName="prefs_backups_folder")
        self.folder.setPlaceholderText(str(backup.backup_root(backup.BackupPolicy())))
        self.folder.setClearButtonEnabled(True)
        choose = QPushButton(self.tr("Choose…"), objectName="prefs_backups_choose")
        choose.clicked.connect(self._choose)
        where = QHBoxLayout()
        where.addWidget(self.folder)
        where.addWidget(choose)

        form = QFormLayout(self)
        form.addRow(self.tr("Keep the &latest:"), self.recent)
        form.addRow(self.tr("and one a &day for:"), self.daily)
        form.addRow(self.tr("and one a &week for:"), self.weekly)
        label = QLabel(self.tr("&Folder:"))
        label.setBuddy(self.folder)  # a row holding a layout gets no buddy by itself
        form.addRow(label, where)
        hint = QLabel(
            self.tr(
                "A verified backup is taken when a workspace is opened after changes, every 30 minutes "
                "while it changes, and before an upgrade, a bulk import or a restore. Each workspace gets "
                "a folder of its own inside this one; empty: your data folder. Days and weeks count those "
                "with backups."
            ),
            wordWrap=True,
        )
        theme.mute(hint)
        form.addRow(hint)
        # the unit agrees with the number ("1 backup", "2 копії", "5 копій"): a fixed suffix cannot
        _plural_suffix(self.recent, lambda n: self.tr("%n backup(s)", "", n))
        _plural_suffix(self.daily, lambda n: self.tr("%n day(s)", "", n))
        _plural_suffix(self.weekly, lambda n: self.tr("%n week(s)", "", n))

    def load(self, settings) -> None:
        policy = settings.backup_policy()
        self.recent.setValue(policy.keep_recent)
        self.daily.setValue(policy.keep_daily)
        self.weekly.setValue(policy.keep_weekly)
        self.folder.setText(str(policy.folder) if policy.folder else "")

    def problem(self) -> str | None:
        text = self.folder.text().strip()
        if text and not Path(text).expanduser().is_absolute():
            return self.tr("The backup folder must be a full path, such as %1.").replace(
                "%1", str(Path.home() / "Backups")
            )
        return None

    def save(self, settings) -> None:
        from dataclasses import replace

        text = self.folder.text().strip()
        policy = replace(
            settings.backup_policy(),
            keep_recent=self.recent.value(),
            keep_daily=self.daily.value(),
            keep_weekly=self.weekly.value(),
            folder=Path(text).expanduser() if text else None,
        )
        settings.set_backup_policy(policy)
        backup.set_policy(policy)  # in force from now on

    def _choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Backup Folder"), self.folder.text() or str(Path.home())
        )
        if folder:
            self.folder.setText(folder)


def _plural_suffix(spin, words) -> None:
    """Keep `spin`'s suffix in the plural form its value needs; `words(n)` is the "%n unit(s)" text."""

    def update(value: int) -> None:
        spin.setSuffix(" " + words(value).replace(str(value), "", 1).strip())

    spin.valueChanged.connect(update)
    update(spin.value())
