"""Edit ▸ Preferences…: the analyst's own settings, one tab per concern.

Each tab is a `PreferencesPage`: it fills itself from the settings and writes them back when the
dialog is accepted. Another concern adds its page with `add_page()` (or in `_pages()`), so the
dialog grows without being rewritten.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui import theme
from ui.settings import Settings
from ui.widgets import ProblemLabel


class PreferencesPage(QWidget):
    """One tab of the dialog."""

    title = ""

    def load(self, settings: Settings) -> None:  # fill the fields
        raise NotImplementedError

    def save(self, settings: Settings) -> None:  # write them back
        raise NotImplementedError

    def problem(self) -> str | None:  # why the page cannot be saved, if it cannot
        return None


class GeneralPage(PreferencesPage):
    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("&General")
        self.user_name = QLineEdit(objectName="prefs_user_name")
        self.user_name.setPlaceholderText(self.tr("e.g. Olena Koval"))
        form = QFormLayout(self)
        form.addRow(self.tr("Your &name:"), self.user_name)
        hint = QLabel(
            self.tr(
                "Recorded with every verdict change in the audit trail and with every handling of "
                "evidence in its custody log. Empty: your login name."
            ),
            wordWrap=True,
        )
        theme.mute(hint)
        form.addRow(hint)

    def load(self, settings: Settings) -> None:
        self.user_name.setText(settings.user_name())

    def save(self, settings: Settings) -> None:
        settings.set_user_name(self.user_name.text())


class EvidencePage(PreferencesPage):
    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("&Evidence")
        self.limit = QSpinBox(objectName="prefs_attachment_limit", minimum=1, maximum=4096)
        self.limit.setSuffix("\u00a0" + QCoreApplication.translate("units", "MB"))
        form = QFormLayout(self)
        form.addRow(self.tr("Largest &attachment:"), self.limit)
        hint = QLabel(
            self.tr(
                "Attachments are kept inside the workspace file, so a case travels as one file. "
                "A file larger than this is refused with a message."
            ),
            wordWrap=True,
        )
        theme.mute(hint)
        form.addRow(hint)

    def load(self, settings: Settings) -> None:
        self.limit.setValue(settings.attachment_limit_mb())

    def save(self, settings: Settings) -> None:
        settings.set_attachment_limit_mb(self.limit.value())


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences")
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(480)
        self._settings = settings
        self.tabs = QTabWidget(objectName="preferences_tabs")
        self.pages: list[PreferencesPage] = []
        self.general = GeneralPage()
        self.evidence = EvidencePage()
        from ui.backups.preferences import BackupsPage  # here: that module builds on PreferencesPage

        self.backups = BackupsPage()
        for page in (self.general, self.evidence, self.backups):
            self.add_page(page)
        self.error = ProblemLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def add_page(self, page: PreferencesPage) -> None:
        page.load(self._settings)
        self.pages.append(page)
        self.tabs.addTab(page, page.title)

    def accept(self) -> None:
        for index, page in enumerate(self.pages):
            problem = page.problem()
            if problem:
                self.tabs.setCurrentIndex(index)
                self.error.say(problem)
                return
        for page in self.pages:
            page.save(self._settings)
        super().accept()
