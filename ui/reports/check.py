"""The check before a report goes out: what an editor would catch (claims without a date or left out
by the period, verdicts without evidence, missing summaries, evidence without a link or an
attachment), listed in the report editor and before export; a line opens its claim."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import reports
from app.services.reports import CheckItem
from ui.labels import in_quotes

CLAIM_ROLE = Qt.ItemDataRole.UserRole


def _quote(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def check_words(item: CheckItem) -> str:
    """One line of the check, in the analyst's language."""
    translate = QCoreApplication.translate
    words = {
        reports.UNDATED_LEFT_OUT: translate("report_check", "Left out: no date, so the period leaves it out"),
        reports.UNDATED: translate("report_check", "No date"),
        reports.OUTSIDE_PERIOD: translate("report_check", "Said outside the report's period"),
        reports.NO_EVIDENCE: translate("report_check", "Verdict without evidence"),
        reports.NO_SUMMARY: translate("report_check", "No summary"),
        reports.EVIDENCE_UNSOURCED: translate("report_check", "Evidence “%1” has neither a link nor an attachment"),
    }.get(item.kind, item.kind)
    words = words.replace("%1", _quote(item.evidence_title, 50))
    return f"{words} — #{item.claim_id} {in_quotes(_quote(item.quote))}"


class CheckList(QListWidget):
    """The check's lines; Enter or a double-click asks for the line's claim."""

    claim_requested = Signal(int)

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("report_check_list")
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.itemActivated.connect(lambda item: self.claim_requested.emit(int(item.data(CLAIM_ROLE))))

    def set_items(self, items: list[CheckItem]) -> None:
        self.clear()
        for found in items:
            line = QListWidgetItem("⚠ " + check_words(found))
            line.setData(CLAIM_ROLE, found.claim_id)
            line.setToolTip(found.quote)
            self.addItem(line)


class ExportCheckDialog(QDialog):
    """Before export: the check's findings, with Export Anyway and Go Back. A line opened (its claim
    asked for) goes back too; `requested_claim` says which."""

    def __init__(self, title: str, items: list[CheckItem], *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export_check")
        self.setWindowTitle(self.tr("Before Exporting “%1”").replace("%1", title))
        self.requested_claim: int | None = None
        intro = QLabel(
            self.tr(
                "Things an editor would catch in this report: %1. Export it anyway, or go back and fix them "
                "(double-click a line to open its claim)."
            ).replace("%1", str(len(items))),
            wordWrap=True,
        )
        self.list = CheckList(parent=self)
        self.list.set_items(items)
        self.list.claim_requested.connect(self._on_list_claim_requested)
        buttons = QDialogButtonBox()
        self.export_button = buttons.addButton(self.tr("&Export Anyway"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("export_anyway")
        self.back_button = buttons.addButton(self.tr("&Go Back"), QDialogButtonBox.ButtonRole.RejectRole)
        self.back_button.setObjectName("export_go_back")
        self.back_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(720, 380)
        self.back_button.setFocus()  # the safe answer is the one Enter gives

    def _on_list_claim_requested(self, claim_id: int) -> None:
        self.requested_claim = claim_id
        self.reject()
