"""The report editor: front matter, texts, template and language, and which claims the report carries."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.models import ClaimStatus, Report, ReportLanguage, ReportOrder
from app.services import catalog, claims, reports, sources
from app.services.claims import ClaimFilter
from app.workspace import Workspace
from ui.labels import status_label
from ui.reports.check import CheckList
from ui.reports.model import ClaimChoiceModel, claim_line, language_name
from ui.settings import Settings
from ui.widgets import DateField, ProblemLabel

TEMPLATE_SUFFIXES = (".docx", ".dotx")
_TEXTS = ("introduction", "methodology", "corrections", "contact")
PREVIEW_LIMIT = 500  # claims listed in the filter's preview (the count says how many match)


class ReportDialog(QDialog):
    """Create a report, or (with `report`) edit one. The caller turns `fields()`/`changes()` into undo commands."""

    claim_requested = Signal(int)  # a line of the check was opened: show its claim in the window

    def __init__(
        self,
        workspace: Workspace,
        *,
        report: Report | None = None,
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("report_dialog")
        self.setWindowTitle(self.tr("Edit Report") if report else self.tr("New Report"))
        self.resize(820, 640)
        self._workspace = workspace
        self._report = report
        self._settings = settings

        self.tabs = QTabWidget(objectName="report_tabs")
        self.tabs.addTab(self._details_page(), self.tr("&Details"))
        self.tabs.addTab(self._texts_page(), self.tr("&Texts"))
        self.tabs.addTab(self._claims_page(), self.tr("C&laims"))
        self.tabs.addTab(self._check_page(), self.tr("Chec&k"))
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

        self.error = ProblemLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self._initial_claims: list[int] = []
        if report is not None:
            self._load(report)
        else:
            self.authors.setText(settings.user_name() if settings else "")
            # a new report is written in the language of the window, unless the analyst picks another
            self.language.setCurrentIndex(max(0, self.language.findData(catalog.interface_language())))
            # a weekly review by default: the last full week, Monday to Sunday
            start, end = reports.last_full_week(date.today())
            self.period_start.set_date(start)
            self.period_end.set_date(end)
            done = claims.claim_ids(workspace, ClaimFilter(status=ClaimStatus.DONE.value))
            self._set_chosen(done)
        self._update_template_widgets()
        self._update_mode()
        self.order.currentIndexChanged.connect(self._on_order_changed)
        self._on_order_changed()
        self.update_check()

    # -- pages -------------------------------------------------------------------------------------

    def _details_page(self) -> QWidget:
        self.title = QLineEdit(objectName="report_title")
        self.title.setPlaceholderText(self.tr("Weekly review of disinformation narratives"))
        self.subtitle = QLineEdit(objectName="report_subtitle")
        self.period_start = DateField(objectName="report_period_start")
        self.period_end = DateField(objectName="report_period_end")
        period = QHBoxLayout()
        period.addWidget(self.period_start)
        period.addWidget(QLabel("–"))
        period.addWidget(self.period_end)
        period.addStretch()
        self.authors = QLineEdit(objectName="report_authors")
        self.organisation = QLineEdit(objectName="report_organisation")
        self.language = QComboBox(objectName="report_language")
        for language in ReportLanguage:
            self.language.addItem(language_name(language), language.value)

        self.use_default_template = QCheckBox(self.tr("Use the &default template"), objectName="report_use_default")
        self.use_default_template.setChecked(True)
        self.default_template_label = QLabel(objectName="report_default_template", wordWrap=True)
        self.template = QLineEdit(objectName="report_template")
        self.template.setPlaceholderText(self.tr("An organisation's Word document or template (.docx, .dotx)"))
        self.choose_template = QPushButton(self.tr("C&hoose…"), objectName="report_choose_template")
        self.choose_template.clicked.connect(self._on_choose_template_clicked)
        self.remember_template = QCheckBox(self.tr("&Remember as my default template"), objectName="report_remember")
        self.use_default_template.toggled.connect(self._update_template_widgets)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template, 1)
        template_row.addWidget(self.choose_template)
        template = QVBoxLayout()
        template.addWidget(self.use_default_template)
        template.addWidget(self.default_template_label)
        template.addLayout(template_row)
        template.addWidget(self.remember_template)

        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Subtitle:"), self.subtitle)
        form.addRow(QLabel(self.tr("&Period:"), buddy=self.period_start), period)
        form.addRow(self.tr("&Authors:"), self.authors)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(QLabel(self.tr("Te&mplate:"), buddy=self.use_default_template), template)
        return page

    def _texts_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        labels = {
            "introduction": self.tr("&Introduction:"),
            "methodology": self.tr("&Methodology:"),
            "corrections": self.tr("&Corrections policy:"),
            "contact": self.tr("C&ontact:"),
        }
        for name in _TEXTS:
            edit = QPlainTextEdit(objectName=f"report_{name}")
            edit.setTabChangesFocus(True)
            setattr(self, name, edit)
            form.addRow(labels[name], edit)
        return page

    def _claims_page(self) -> QWidget:
        self.by_hand = QRadioButton(self.tr("Choose by &hand"), objectName="report_by_hand")
        self.by_filter = QRadioButton(self.tr("Choose by &filter"), objectName="report_by_filter")
        self.by_hand.setChecked(True)
        mode = QButtonGroup(self)
        mode.addButton(self.by_hand)
        mode.addButton(self.by_filter)
        self.by_hand.toggled.connect(self._update_mode)
        self.order = QComboBox(objectName="report_order")
        for value, label in (
            (ReportOrder.MANUAL, self.tr("By hand")),
            (ReportOrder.SECTION, self.tr("By section (tag)")),
            (ReportOrder.DATE, self.tr("By date")),
        ):
            self.order.addItem(label, value.value)

        self.pages = QStackedWidget(objectName="report_claim_pages")
        self.pages.addWidget(self._hand_page())
        self.pages.addWidget(self._filter_page())

        top = QHBoxLayout()
        top.addWidget(self.by_hand)
        top.addWidget(self.by_filter)
        top.addStretch()
        top.addWidget(QLabel(self.tr("&Order:"), buddy=self.order))
        top.addWidget(self.order)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        return page

    def _check_page(self) -> QWidget:
        self.check_summary = QLabel(objectName="report_check_summary", wordWrap=True)
        self.check_list = CheckList(parent=self)
        self.check_list.claim_requested.connect(self.claim_requested)
        hint = QLabel(
            self.tr("Double-click a line to show its claim in the main window, behind this editor."),
            wordWrap=True,
        )
        hint.setStyleSheet("color: palette(placeholder-text);")
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.check_summary)
        layout.addWidget(self.check_list, 1)
        layout.addWidget(hint)
        return page

    def _hand_page(self) -> QWidget:
        self.claim_filter = QLineEdit(objectName="report_claim_filter", clearButtonEnabled=True)
        self.claim_filter.setPlaceholderText(self.tr("Filter claims…"))
        self.choices = ClaimChoiceModel(self._workspace, parent=self)
        self.choices.check_changed.connect(self._on_choices_check_changed)
        self.claim_filter.textChanged.connect(self.choices.set_text_filter)
        self.choice_view = QListView(objectName="report_claim_choices")
        self.choice_view.setModel(self.choices)
        self.choice_view.setUniformItemSizes(True)
        self.chosen = QListWidget(objectName="report_chosen_claims")
        self.chosen.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.chosen.currentRowChanged.connect(self._update_move_buttons)
        self.move_up = QPushButton(self.tr("&Up"), objectName="report_claim_up")
        self.move_down = QPushButton(self.tr("Do&wn"), objectName="report_claim_down")
        self.remove = QPushButton(self.tr("Re&move"), objectName="report_claim_remove")
        self.move_up.clicked.connect(lambda: self.move_chosen(-1))
        self.move_down.clicked.connect(lambda: self.move_chosen(+1))
        self.remove.clicked.connect(self.remove_chosen)
        buttons = QHBoxLayout()
        for button in (self.move_up, self.move_down, self.remove):
            buttons.addWidget(button)
        buttons.addStretch()
        self.chosen_label = QLabel(objectName="report_chosen_count")

        page = QWidget()
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Tick the claims to report:")), 0, 0)
        grid.addWidget(self.claim_filter, 1, 0)
        grid.addWidget(self.choice_view, 2, 0, 2, 1)
        grid.addWidget(self.chosen_label, 0, 1)
        grid.addWidget(self.chosen, 1, 1, 2, 1)
        grid.addLayout(buttons, 3, 1)
        grid.setRowStretch(2, 1)
        return page

    def _filter_page(self) -> QWidget:
        self.filter_status = QComboBox(objectName="report_filter_status")
        self.filter_status.addItem(self.tr("Any status"), None)
        for status in ClaimStatus:
            self.filter_status.addItem(status_label(status), status.value)
        self.filter_rating = QComboBox(objectName="report_filter_rating")
        self.filter_rating.addItem(self.tr("Any rating"), None)
        for rating in catalog.ratings(self._workspace):
            self.filter_rating.addItem(catalog.rating_label(rating), rating.id)
        self.filter_tag = QComboBox(objectName="report_filter_tag")
        self.filter_tag.addItem(self.tr("Any tag"), None)
        for tag in catalog.list_tags(self._workspace):
            self.filter_tag.addItem(tag.name, tag.id)
        self.filter_source = QComboBox(objectName="report_filter_source")
        self.filter_source.addItem(self.tr("Any source"), None)
        for source in sources.list_sources(self._workspace):
            self.filter_source.addItem(source.title, source.id)
        self.match_count = QLabel(objectName="report_match_count", wordWrap=True)
        self.undated_note = QLabel(objectName="report_undated_note", wordWrap=True)
        self.undated_note.setStyleSheet("color: #B26A00;")
        self.filter_preview = QListWidget(objectName="report_filter_preview")
        for combo in (self.filter_status, self.filter_rating, self.filter_tag, self.filter_source):
            combo.currentIndexChanged.connect(self._update_match_count)
        self.period_start.edited.connect(self._update_match_count)
        self.period_end.edited.connect(self._update_match_count)

        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self.tr("S&tatus:"), self.filter_status)
        form.addRow(self.tr("&Rating:"), self.filter_rating)
        form.addRow(self.tr("T&ag:"), self.filter_tag)
        form.addRow(self.tr("So&urce:"), self.filter_source)
        form.addRow(QLabel(self.tr("Only claims made within the report's period (on the Details tab) are included.")))
        form.addRow(self.match_count)
        form.addRow(self.undated_note)
        form.addRow(self.filter_preview)
        return page

    # -- filling in ----------------------------------------------------------------------------------

    def _load(self, report: Report) -> None:
        self.title.setText(report.title)
        self.subtitle.setText(report.subtitle)
        self.period_start.set_date(report.period_start)
        self.period_end.set_date(report.period_end)
        self.authors.setText(report.authors)
        self.organisation.setText(report.organisation)
        self.language.setCurrentIndex(max(0, self.language.findData(report.language)))
        self.use_default_template.setChecked(not report.template_path)
        self.template.setText(report.template_path)
        for name in _TEXTS:
            getattr(self, name).setPlainText(getattr(report, name))
        self.by_filter.setChecked(report.by_filter)
        self.order.setCurrentIndex(max(0, self.order.findData(report.claim_order)))
        for combo, value in (
            (self.filter_status, report.filter_status),
            (self.filter_rating, report.filter_rating_id),
            (self.filter_tag, report.filter_tag_id),
            (self.filter_source, report.filter_source_id),
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        # a report chosen by filter starts a hand choice from what its filter picks now
        self._initial_claims = reports.report_claims(self._workspace, report.id)
        self._set_chosen(self._initial_claims)

    def _set_chosen(self, claim_ids: list[int]) -> None:
        for claim_id in self.chosen_ids():
            self.choices.set_checked(claim_id, False)
        self.chosen.clear()
        for claim_id in claim_ids:
            self.choices.set_checked(claim_id, True)
            self._add_chosen_item(claim_id)
        self._update_chosen_count()

    def _add_chosen_item(self, claim_id: int) -> None:
        self._add_item(self.chosen, claim_id)

    def _add_item(self, view: QListWidget, claim_id: int) -> None:
        row = self.choices.claim_row(claim_id)
        item = QListWidgetItem(claim_line(row) if row else f"#{claim_id}")
        item.setData(Qt.ItemDataRole.UserRole, claim_id)
        item.setToolTip(row.quote if row else "")
        view.addItem(item)

    # -- the analyst's choices ---------------------------------------------------------------------------

    def chosen_ids(self) -> list[int]:
        return [self.chosen.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.chosen.count())]

    def _on_choices_check_changed(self, claim_id: int, checked: bool) -> None:
        if checked:
            self._add_chosen_item(claim_id)
            self.chosen.setCurrentRow(self.chosen.count() - 1)
            if self._sorted():
                self._sort_chosen()
        else:
            row = self.chosen_ids().index(claim_id)
            self.chosen.takeItem(row)
        self._update_chosen_count()

    def move_chosen(self, step: int) -> None:
        row = self.chosen.currentRow()
        target = row + step
        if row < 0 or not (0 <= target < self.chosen.count()):
            return
        item = self.chosen.takeItem(row)
        self.chosen.insertItem(target, item)
        self.chosen.setCurrentRow(target)

    def remove_chosen(self) -> None:
        row = self.chosen.currentRow()
        if row < 0:
            return
        item = self.chosen.takeItem(row)
        self.choices.set_checked(item.data(Qt.ItemDataRole.UserRole), False)
        self.chosen.setCurrentRow(min(row, self.chosen.count() - 1))
        self._update_chosen_count()

    def _update_move_buttons(self, *_args) -> None:
        row = self.chosen.currentRow()
        by_hand = not self._sorted()  # sorted by section or date, the hand order does not count
        self.move_up.setEnabled(by_hand and row > 0)
        self.move_down.setEnabled(by_hand and 0 <= row < self.chosen.count() - 1)
        self.remove.setEnabled(row >= 0)

    def _update_chosen_count(self) -> None:
        count = self.chosen.count()
        order = self.order.currentData()
        if order == ReportOrder.SECTION:
            text = self.tr("In the report, by section (first tag); claims: %1").replace("%1", str(count))
        elif order == ReportOrder.DATE:
            text = self.tr("In the report, by the date said; claims: %1").replace("%1", str(count))
        else:
            text = self.tr("In the report, in this order (%n claim(s)):", "", count)
        self.chosen_label.setText(text)
        self._update_move_buttons()

    def _sorted(self) -> bool:
        return self.order.currentData() in (ReportOrder.SECTION, ReportOrder.DATE)

    def _sort_chosen(self) -> None:
        """Show the chosen claims in the order the report will print them."""
        current = self.chosen.currentItem()
        current_id = current.data(Qt.ItemDataRole.UserRole) if current else None
        ordered = reports.ordered_claim_ids(self._workspace, self.chosen_ids(), self.order.currentData())
        self.choices.prefetch(ordered)
        self.chosen.clear()
        for claim_id in ordered:
            self._add_chosen_item(claim_id)
        if current_id is not None:
            self.chosen.setCurrentRow(ordered.index(current_id))

    def _on_order_changed(self, *_args) -> None:
        sorted_ = self._sorted()
        self.chosen.setDragDropMode(
            QAbstractItemView.DragDropMode.NoDragDrop if sorted_ else QAbstractItemView.DragDropMode.InternalMove
        )
        if sorted_:
            self._sort_chosen()
        self._update_chosen_count()
        self._update_match_count()

    # -- the check ------------------------------------------------------------------------------------

    def _on_tabs_current_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.check_list.parentWidget():
            self.update_check()

    def update_check(self) -> list:
        """Run the check on the report as it stands in the editor; its findings."""
        found = reports.check_draft(self._workspace, self.fields(), self.claim_ids())
        self.check_list.set_items(found)
        self.check_summary.setText(
            self.tr(
                "Things an editor would catch in this report as it stands now: %1. The same check runs before export."
            ).replace("%1", str(len(found)))
            if found
            else self.tr(
                "Nothing for an editor to catch: every claim has a date, a summary, and evidence with a source."
            )
        )
        self.check_list.setVisible(bool(found))
        index = self.tabs.indexOf(self.check_list.parentWidget())
        title = self.tr("Chec&k (%1)").replace("%1", str(len(found))) if found else self.tr("Chec&k")
        self.tabs.setTabText(index, title)
        return found

    def _update_mode(self, *_args) -> None:
        self.pages.setCurrentIndex(0 if self.by_hand.isChecked() else 1)
        if self.by_filter.isChecked():
            self._update_match_count()

    def filter_claim_ids(self) -> list[int]:
        """The claims the filter picks now, with the period as the report applies it."""
        return self._filter_matches()[0]

    def _filter_matches(self) -> tuple[list[int], int]:
        """The claims the filter picks now, and how many more it would pick but for their missing date."""
        ids = claims.claim_ids(
            self._workspace,
            ClaimFilter(
                status=self.filter_status.currentData(),
                rating_id=self.filter_rating.currentData(),
                tag_id=self.filter_tag.currentData(),
                source_id=self.filter_source.currentData(),
            ),
        )
        start, end = self.period_start.date(), self.period_end.date()
        if start is None and end is None:
            return ids, 0
        rows = claims.claim_rows(self._workspace, ids)
        undated = sum(1 for i in ids if rows[i].claimed_on is None)
        return [
            i
            for i in ids
            if rows[i].claimed_on is not None
            and (start is None or rows[i].claimed_on >= start)
            and (end is None or rows[i].claimed_on <= end)
        ], undated

    def _update_match_count(self, *_args) -> None:
        if self.by_filter.isChecked():
            ids, undated = self._filter_matches()
            self.match_count.setText(
                self.tr("Claims that match now, in the report's order: %1").replace("%1", str(len(ids)))
            )
            self.undated_note.setText(
                self.tr(
                    "Claims that match but have no date, so the period leaves them out: %1. "
                    "Give them the date they were said, or clear the period."
                ).replace("%1", str(undated))
                if undated
                else ""
            )
            self.undated_note.setVisible(bool(undated))
            self.filter_preview.clear()
            ordered = reports.ordered_claim_ids(self._workspace, ids, self.order.currentData())
            shown = ordered[:PREVIEW_LIMIT]
            self.choices.prefetch(shown)
            for claim_id in shown:
                self._add_item(self.filter_preview, claim_id)
            if len(ordered) > len(shown):
                self.filter_preview.addItem(self.tr("… and %1 more").replace("%1", f"{len(ordered) - len(shown):,}"))

    # -- template -------------------------------------------------------------------------------------

    def _update_template_widgets(self, *_args) -> None:
        custom = not self.use_default_template.isChecked()
        for widget in (self.template, self.remember_template):
            widget.setEnabled(custom)
        default = self._settings.default_template() if self._settings else None
        self.default_template_label.setText(
            self.tr("The default is %1.").replace("%1", str(default))
            if default
            else self.tr("The default is the template that comes with Factdesk.")
        )

    def _on_choose_template_clicked(self) -> None:
        current = self.template.text().strip()
        start = str(Path(current).parent) if current else ""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a Word Template"),
            start,
            self.tr("Word documents and templates (*.docx *.dotx)"),
        )
        if path:
            self.template.setText(path)
            self.use_default_template.setChecked(False)

    def template_path(self) -> str:
        return "" if self.use_default_template.isChecked() else self.template.text().strip()

    # -- results ----------------------------------------------------------------------------------------

    def fields(self) -> dict[str, Any]:
        """Every field of the report as the editor shows it (not the claims chosen by hand)."""
        values: dict[str, Any] = {
            "title": self.title.text().strip(),
            "subtitle": self.subtitle.text().strip(),
            "period_start": self.period_start.date(),
            "period_end": self.period_end.date(),
            "authors": self.authors.text().strip(),
            "organisation": self.organisation.text().strip(),
            "language": self.language.currentData(),
            "template_path": self.template_path(),
            "claim_order": self.order.currentData(),
            "by_filter": self.by_filter.isChecked(),
            "filter_status": self.filter_status.currentData(),
            "filter_rating_id": self.filter_rating.currentData(),
            "filter_tag_id": self.filter_tag.currentData(),
            "filter_source_id": self.filter_source.currentData(),
        }
        for name in _TEXTS:
            values[name] = getattr(self, name).toPlainText().strip()
        return values

    def claim_ids(self) -> list[int] | None:
        """The claims chosen by hand, in order; None when the report chooses by filter."""
        return None if self.by_filter.isChecked() else self.chosen_ids()

    def changes(self) -> tuple[dict[str, Any], list[int] | None]:
        """For an edit: the fields that differ from the report's, and the hand-chosen claims if they changed."""
        report = self._report
        values = self.fields()
        if report is None:
            return values, self.claim_ids()
        changed = {name: value for name, value in values.items() if getattr(report, name) != value}
        chosen = self.claim_ids()
        if chosen is not None and not report.by_filter and chosen == self._initial_claims:
            chosen = None
        elif (
            chosen is not None
            and not report.by_filter
            and self._sorted()
            and sorted(chosen) == sorted(self._initial_claims)
        ):
            chosen = None  # sorted by section or date, only which claims counts, not their hand order
        return changed, chosen

    def accept(self) -> None:
        problem, page, widget = self._problem()
        if problem:
            self.error.say(problem)
            self.tabs.setCurrentIndex(page)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        path = self.template_path()
        if path and self.remember_template.isChecked() and self._settings is not None:
            self._settings.set_default_template(Path(path))
        super().accept()

    def _problem(self) -> tuple[str, int, QWidget | None]:
        """What the services would refuse, said here so the analyst's typing is not lost to an error box."""
        if not self.title.text().strip():
            return self.tr("Give the report a title."), 0, self.title
        start, end = self.period_start.date(), self.period_end.date()
        if start and end and start > end:
            return self.tr("The period ends before it starts."), 0, self.period_end
        if not self.use_default_template.isChecked():
            path = Path(self.template.text().strip())
            if not self.template.text().strip():
                return self.tr("Choose a template, or use the default one."), 0, self.template
            if path.suffix.lower() not in TEMPLATE_SUFFIXES:
                return (
                    self.tr("%1 is not a Word document or template (.docx, .dotx).").replace("%1", path.name),
                    0,
                    self.template,
                )
            unchanged = self._report is not None and self.template.text().strip() == self._report.template_path
            if not path.is_file() and not unchanged:
                return self.tr("The template %1 cannot be found.").replace("%1", str(path)), 0, self.template
        return "", 0, None
