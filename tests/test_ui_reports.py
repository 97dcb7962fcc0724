"""Reports in the window: the reports pane and its models, the report editor (claims by hand and by
filter, undo), and File ▸ Export Report… with a stand-in writer and with the real one."""

from __future__ import annotations

import logging
import os
import threading
import unicodedata
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QModelIndex, Qt, QThreadPool, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QProgressDialog, QPushButton

from app.errors import FactdeskError
from app.models import ClaimStatus, ReportOrder
from app.services import catalog, claims, reports, sources
from app.workspace import Workspace
from ui import commands
from ui.reports import commands as report_commands
from ui.reports.dialog import ReportDialog
from ui.reports.export import safe_filename, with_docx_suffix
from ui.reports.model import ClaimChoiceModel, ReportListModel
from ui.tasks import ImmediatePool

TEXT = "Alpha said one thing. Beta said two things. Gamma said three things."
ALPHA, BETA, GAMMA = "Alpha said one thing", "Beta said two things", "Gamma said three things"
CHECK = Qt.ItemDataRole.CheckStateRole


# -- fixtures and helpers ---------------------------------------------------------------------------------


def build_workspace(path: Path) -> dict[str, int]:
    """Three claims: Alpha (done, economy, July), Beta (new, war, July), Gamma (done, war, June)."""
    ws = Workspace.create(path, user="tester")
    try:
        source_id = sources.create_source(ws, title="Weekly review", text=TEXT).subject
        ratings = catalog.ratings(ws)
        ids = {}
        for name, quote, status, tag, said, rating in (
            ("alpha", ALPHA, ClaimStatus.DONE, "economy", date(2023, 7, 4), ratings[0].id),
            ("beta", BETA, ClaimStatus.NEW, "war", date(2023, 7, 8), None),
            ("gamma", GAMMA, ClaimStatus.DONE, "war", date(2023, 6, 1), ratings[1].id),
        ):
            start = TEXT.index(quote)
            claim_id = claims.create_claim(ws, source_id, start, start + len(quote), tags=[tag]).subject
            claims.update_claim(ws, claim_id, status=status.value, claimed_on=said, rating_id=rating)
            ids[name] = claim_id
        ids["source"] = source_id
        return ids
    finally:
        ws.close()


@pytest.fixture
def desk(window, tmp_path):
    """The window with a workspace of three claims open; the claim ids by name."""
    ids = build_workspace(tmp_path / "desk.factdesk")
    assert window.open_workspace(tmp_path / "desk.factdesk")
    return ids


@pytest.fixture(autouse=True)
def checks(monkeypatch):
    """The check before export: each time, its findings; answered Export Anyway (`answer` changes it)."""
    from ui.reports.check import ExportCheckDialog

    seen = SimpleNamespace(items=[], answer="export", open_claim=None)

    def exec_(dialog):
        seen.items.append([dialog.list.item(n).text() for n in range(dialog.list.count())])
        if seen.open_claim is not None:
            for n in range(dialog.list.count()):
                item = dialog.list.item(n)
                if item.data(Qt.ItemDataRole.UserRole) == seen.open_claim:
                    dialog.list.itemActivated.emit(item)
                    return dialog.result()
        (dialog.export_button if seen.answer == "export" else dialog.back_button).click()
        return dialog.result()

    monkeypatch.setattr(ExportCheckDialog, "exec", exec_)
    return seen


@pytest.fixture
def refusals(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, message, *a, **k: shown.append(message))
    return shown


def fill_and_accept(monkeypatch, fill):
    """Make the next ReportDialog run `fill(dialog)` instead of waiting for the analyst, then OK."""
    seen = []

    def exec_(dialog):
        seen.append(dialog)
        fill(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ReportDialog, "exec", exec_)
    return seen


def tick(dialog: ReportDialog, claim_id: int, checked: bool = True) -> None:
    model = dialog.choices
    index = model.index(model.row_of(claim_id), 0)
    state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
    assert model.setData(index, state.value, CHECK)


def choose_row(dialog: ReportDialog, claim_id: int) -> None:
    dialog.chosen.setCurrentRow(dialog.chosen_ids().index(claim_id))


def make_report(window, title="Weekly review", claim_ids=(), **fields) -> int:
    command = report_commands.create_report(window.session, {"title": title, **fields}, list(claim_ids))
    assert window.session.push(command)
    return command.created_id()


# -- the models ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("force_py", [False, True], ids=["qt-tester", "py-tester"])
def test_report_list_model(qtmodeltester, tmp_path, force_py):
    ids = build_workspace(tmp_path / "m.factdesk")
    ws = Workspace.open(tmp_path / "m.factdesk", user="tester")
    try:
        model = ReportListModel(ws)
        qtmodeltester.check(model, force_py=force_py)
        assert model.rowCount() == 0
        first = reports.create_report(ws, title="First", claim_ids=[ids["alpha"]]).subject
        reports.create_report(
            ws,
            title="Кремлівські наративи",
            language="uk",
            by_filter=True,
            filter_tag_id=catalog.list_tags(ws)[1].id,
            period_start=date(2023, 7, 3),
            period_end=date(2023, 7, 9),
        )
        model.reload()
        assert model.rowCount() == 2 and model.columnCount() == 4
        rows = {model.data(model.index(r, 0)): [model.data(model.index(r, c)) for c in range(4)] for r in range(2)}
        assert rows["First"] == ["First", "", 1, "English"]
        assert rows["Кремлівські наративи"] == ["Кремлівські наративи", "2023-07-03 – 2023-07-09", 1, "Ukrainian"]
        reports.set_report_claims(ws, first, [ids["alpha"], ids["gamma"]])
        model.reload()  # same ids: the rows change in place
        assert model.data(model.index(model.row_of(first), 2)) == 2
        assert model.report_id(model.row_of(first)) == first
        reports.delete_report(ws, first)
        model.reload()
        assert model.rowCount() == 1 and model.row_of(first) is None
        model.set_workspace(None)
        assert model.rowCount() == 0
    finally:
        ws.close()


@pytest.mark.parametrize("force_py", [False, True], ids=["qt-tester", "py-tester"])
def test_claim_choice_model(qtmodeltester, tmp_path, force_py):
    ids = build_workspace(tmp_path / "m.factdesk")
    ws = Workspace.open(tmp_path / "m.factdesk", user="tester")
    try:
        model = ClaimChoiceModel(ws)
        qtmodeltester.check(model, force_py=force_py)
        assert model.rowCount() == 3
        assert model.data(model.index(0, 0)).startswith(ALPHA)
        assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) == ALPHA
        flags = model.flags(model.index(0, 0))
        assert flags & Qt.ItemFlag.ItemIsUserCheckable
        heard = []
        model.check_changed.connect(lambda claim_id, checked: heard.append((claim_id, checked)))
        assert model.setData(model.index(1, 0), Qt.CheckState.Checked.value, CHECK)
        assert model.data(model.index(1, 0), CHECK) == Qt.CheckState.Checked
        assert heard == [(ids["beta"], True)]
        model.set_checked(ids["gamma"], True)  # quiet: not the analyst's click
        assert heard == [(ids["beta"], True)]
        assert model.checked() == {ids["beta"], ids["gamma"]}
        model.set_text_filter("gamma")
        assert model.rowCount() == 1 and model.claim_id(0) == ids["gamma"]
        assert model.data(model.index(0, 0), CHECK) == Qt.CheckState.Checked
        model.set_text_filter("")
        assert model.checked() == {ids["beta"], ids["gamma"]}  # ticks survive filtering
        assert not model.setData(model.index(0, 0), "x", Qt.ItemDataRole.EditRole)
        assert model.rowCount(model.index(0, 0)) == 0
        assert model.data(QModelIndex()) is None
    finally:
        ws.close()


# -- the window: dock, menu and shortcuts ------------------------------------------------------------------


def test_reports_dock_and_actions(window, desk):
    assert not window.reports_dock.isVisible()  # hidden until asked for
    assert window.show_reports_action.shortcut().toString() == "Ctrl+Shift+R"
    assert window.export_report_action.shortcut().toString() == "Ctrl+E"
    file_menu = window.menuBar().actions()[0].menu()
    assert window.export_report_action in file_menu.actions()
    window.show_reports_action.trigger()
    assert window.reports_dock.isVisible()
    assert window.reports_pane.empty_label.isVisible()
    assert window.reports_pane.new_button.isEnabled() and not window.reports_pane.edit_button.isEnabled()
    window.show_reports_action.trigger()
    assert not window.reports_dock.isVisible()


def test_pane_follows_the_workspace(window, desk):
    make_report(window, "One")
    pane = window.reports_pane
    assert pane.model.rowCount() == 1
    path = window.session.path
    window.close_workspace()
    assert pane.model.rowCount() == 0
    assert not pane.new_button.isEnabled()
    assert window.export_report_action.isEnabled() is False
    assert window.open_workspace(path)
    assert pane.current_report_id() is not None  # the first report, ready to edit or export
    assert pane.edit_button.isEnabled() and pane.export_button.isEnabled()


def test_claim_counts_follow_the_claims(window, desk):
    """A report chosen by filter counts the claims it picks now; a hidden list catches up when shown."""
    make_report(window, "Done", by_filter=True, filter_status=ClaimStatus.DONE.value)
    pane = window.reports_pane
    count = lambda: pane.model.data(pane.model.index(0, 2))  # noqa: E731
    assert count() == 2
    assert window.session.push(commands.update_claim(window.session, desk["beta"], status="done"))
    assert count() == 2  # hidden: not re-read at every edit
    window.show_reports_action.trigger()
    assert count() == 3
    assert window.session.push(commands.update_claim(window.session, desk["beta"], status="new"))
    assert count() == 2  # shown: re-read at once


# -- the report editor ---------------------------------------------------------------------------------------


def test_new_report_by_hand(window, desk, monkeypatch, refusals):
    window.show_reports_action.trigger()
    pane = window.reports_pane

    def fill(dialog):
        # claims already done are chosen to begin with, in the workspace's order
        assert dialog.chosen_ids() == [desk["alpha"], desk["gamma"]]
        assert dialog.by_hand.isChecked()
        dialog.title.setText("Weekly review of disinformation narratives")
        dialog.subtitle.setText("July 3–9, 2023")
        dialog.period_start.set_date(date(2023, 7, 3))
        dialog.period_end.set_date(date(2023, 7, 9))
        dialog.organisation.setText("Desk")
        dialog.language.setCurrentIndex(dialog.language.findData("uk"))
        dialog.introduction.setPlainText("This week…")
        tick(dialog, desk["beta"])  # added at the end
        assert dialog.chosen_ids() == [desk["alpha"], desk["gamma"], desk["beta"]]
        choose_row(dialog, desk["beta"])
        dialog.move_up.click()
        assert dialog.chosen_ids() == [desk["alpha"], desk["beta"], desk["gamma"]]
        choose_row(dialog, desk["gamma"])
        dialog.remove.click()
        assert dialog.choices.data(dialog.choices.index(dialog.choices.row_of(desk["gamma"]), 0), CHECK) == (
            Qt.CheckState.Unchecked
        )
        choose_row(dialog, desk["beta"])
        dialog.move_up.click()
        assert not dialog.move_up.isEnabled()  # at the top now
        tick(dialog, desk["alpha"], False)  # unticking takes it out of the list
        tick(dialog, desk["alpha"])
        assert dialog.chosen_ids() == [desk["beta"], desk["alpha"]]

    fill_and_accept(monkeypatch, fill)
    pane.new_button.click()

    ws = window.session.workspace
    [report] = reports.list_reports(ws)
    assert report.title == "Weekly review of disinformation narratives"
    assert (report.period_start, report.period_end) == (date(2023, 7, 3), date(2023, 7, 9))
    assert report.language == "uk" and report.introduction == "This week…" and not report.by_filter
    assert reports.report_claims(ws, report.id) == [desk["beta"], desk["alpha"]]
    assert pane.current_report_id() == report.id
    assert pane.model.data(pane.model.index(0, 2)) == 2
    assert refusals == []

    # undo of create removes it; redo puts the same report back
    assert window.session.undo_stack.undoText() == "New Report"
    window.undo_action.trigger()
    assert reports.list_reports(ws) == []
    assert pane.model.rowCount() == 0
    window.redo_action.trigger()
    assert [r.id for r in reports.list_reports(ws)] == [report.id]
    assert reports.report_claims(ws, report.id) == [desk["beta"], desk["alpha"]]


def test_new_report_by_filter(window, desk, monkeypatch):
    def fill(dialog):
        dialog.title.setText("Done in July")
        dialog.by_filter.setChecked(True)
        assert dialog.pages.currentIndex() == 1
        # a new report covers the last full week, Monday to Sunday
        start, end = dialog.period_start.date(), dialog.period_end.date()
        assert start.weekday() == 0 and (end - start).days == 6 and 0 < (date.today() - end).days <= 7
        dialog.period_start.set_date(None)
        dialog.period_end.set_date(None)
        dialog.filter_status.setCurrentIndex(dialog.filter_status.findData(ClaimStatus.DONE.value))
        assert dialog.match_count.text().endswith(": 2")
        dialog.period_start.set_date(date(2023, 7, 1))
        dialog.period_end.set_date(date(2023, 7, 31))
        dialog.period_end.edited.emit(date(2023, 7, 31))
        assert dialog.match_count.text().endswith(": 1")
        assert dialog.filter_claim_ids() == [desk["alpha"]]
        dialog.order.setCurrentIndex(dialog.order.findData(ReportOrder.DATE.value))
        assert dialog.claim_ids() is None

    fill_and_accept(monkeypatch, fill)
    report_id = window.reports_pane.new_report()
    ws = window.session.workspace
    report = reports.get_report(ws, report_id)
    assert report.by_filter and report.filter_status == "done" and report.claim_order == "date"
    assert reports.report_claims(ws, report_id) == [desk["alpha"]]

    # a filter by tag and source as well
    def refill(dialog):
        assert dialog.by_filter.isChecked()
        dialog.filter_status.setCurrentIndex(0)
        dialog.filter_tag.setCurrentIndex(dialog.filter_tag.findText("war"))
        dialog.filter_source.setCurrentIndex(dialog.filter_source.findData(desk["source"]))
        dialog.period_start.set_date(None)
        dialog.period_end.set_date(None)

    fill_and_accept(monkeypatch, refill)
    assert window.reports_pane.edit_report(report_id)
    assert reports.report_claims(ws, report_id) == [desk["beta"], desk["gamma"]]
    window.undo_action.trigger()
    assert reports.report_claims(ws, report_id) == [desk["alpha"]]


def test_edit_report_is_one_undo_step(window, desk, monkeypatch):
    report_id = make_report(window, "Old title", [desk["alpha"], desk["beta"]])
    window.show_reports_action.trigger()
    pane = window.reports_pane
    pane.select_report(report_id)

    def fill(dialog):
        assert dialog.title.text() == "Old title"
        assert dialog.chosen_ids() == [desk["alpha"], desk["beta"]]
        dialog.title.setText("New title")
        choose_row(dialog, desk["beta"])
        dialog.move_up.click()

    fill_and_accept(monkeypatch, fill)
    index = pane.model.index(pane.model.row_of(report_id), 0)
    pane.table.doubleClicked.emit(index)  # a double-click edits

    ws = window.session.workspace
    assert reports.get_report(ws, report_id).title == "New title"
    assert reports.report_claims(ws, report_id) == [desk["beta"], desk["alpha"]]
    assert pane.model.data(index) == "New title"
    assert window.session.undo_stack.undoText() == "Edit Report"
    window.undo_action.trigger()
    assert reports.get_report(ws, report_id).title == "Old title"
    assert reports.report_claims(ws, report_id) == [desk["alpha"], desk["beta"]]
    assert pane.model.data(pane.model.index(pane.model.row_of(report_id), 0)) == "Old title"
    window.redo_action.trigger()
    assert reports.get_report(ws, report_id).title == "New title"


def test_edit_with_nothing_changed_makes_no_undo_step(window, desk, monkeypatch):
    report_id = make_report(window, "Same", [desk["alpha"]])
    count = window.session.undo_stack.count()
    fill_and_accept(monkeypatch, lambda dialog: None)
    assert not window.reports_pane.edit_report(report_id)
    assert window.session.undo_stack.count() == count


def test_claims_only_edit_is_named_so(window, desk, monkeypatch):
    report_id = make_report(window, "Claims", [desk["alpha"]])
    fill_and_accept(monkeypatch, lambda dialog: tick(dialog, desk["gamma"]))
    assert window.reports_pane.edit_report(report_id)
    assert window.session.undo_stack.undoText() == "Change Report Claims"
    assert reports.report_claims(window.session.workspace, report_id) == [desk["alpha"], desk["gamma"]]


def test_delete_report_is_undoable(window, desk):
    report_id = make_report(window, "Doomed", [desk["gamma"], desk["alpha"]])
    pane = window.reports_pane
    pane.select_report(report_id)
    pane.delete_button.click()
    ws = window.session.workspace
    assert reports.list_reports(ws) == []
    window.undo_action.trigger()
    assert reports.get_report(ws, report_id).title == "Doomed"
    assert reports.report_claims(ws, report_id) == [desk["gamma"], desk["alpha"]]


def test_dialog_refuses_what_the_service_would(window, desk, qtbot):
    dialog = ReportDialog(window.session.workspace, parent=window)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.error.isHidden() and "title" in dialog.error.text()
    dialog.title.setText("Backwards")
    dialog.period_start.set_date(date(2023, 7, 9))
    dialog.period_end.set_date(date(2023, 7, 3))
    dialog.accept()
    assert "ends before it starts" in dialog.error.text()
    dialog.period_end.set_date(None)
    dialog.use_default_template.setChecked(False)
    dialog.template.setText("/tmp/letterhead.odt")
    dialog.accept()
    assert ".docx" in dialog.error.text() and dialog.result() == QDialog.DialogCode.Rejected
    dialog.template.setText(str(Path(window.session.path).parent / "nowhere.dotx"))
    dialog.accept()
    assert "cannot be found" in dialog.error.text()
    dialog.use_default_template.setChecked(True)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.fields()["template_path"] == ""


def test_template_remembered_as_default(window, desk, settings, monkeypatch, tmp_path):
    template = tmp_path / "letterhead.dotx"
    template.write_bytes(b"not really a template")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(template), ""))

    def fill(dialog):
        assert "comes with Factdesk" in dialog.default_template_label.text()
        assert not dialog.template.isEnabled()
        dialog.title.setText("Letterhead")
        dialog.choose_template.click()
        assert not dialog.use_default_template.isChecked() and dialog.template.isEnabled()
        dialog.remember_template.setChecked(True)

    fill_and_accept(monkeypatch, fill)
    report_id = window.reports_pane.new_report()
    assert reports.get_report(window.session.workspace, report_id).template_path == str(template)
    assert settings.default_template() == template

    seen = fill_and_accept(monkeypatch, lambda dialog: None)
    window.reports_pane.new_report()
    assert str(template) in seen[0].default_template_label.text()


# -- file names -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Weekly review", "Weekly review.docx"),
        ("CON", "CON_.docx"),
        ("con", "con_.docx"),
        ("nul.txt", "nul_.txt.docx"),
        ("COM1", "COM1_.docx"),
        ("LPT9.report", "LPT9_.report.docx"),
        ("CONSOLE", "CONSOLE.docx"),
        ('a<b>c:d"e/f\\g|h?i*j', "a_b_c_d_e_f_g_h_i_j.docx"),
        ("Review...   ", "Review.docx"),
        ("  .hidden. . ", "hidden.docx"),
        ("...", "report.docx"),
        ("", "report.docx"),
        ("tab\tand\nnewline\x00nul", "tab and newlinenul.docx"),
        ("invoice\u202excod.exe", "invoicexcod.exe.docx"),
        ("zero\u200bwidth", "zerowidth.docx"),
        ("Тиждневий огляд: наративи", "Тиждневий огляд_ наративи.docx"),
        ("Report.docx", "Report.docx"),
        ("Report.DOCX", "Report.docx"),
    ],
)
def test_safe_filename(title, expected):
    assert safe_filename(title) == expected


def test_safe_filename_fits_in_255_bytes():
    for title in ("a" * 400, "Ї" * 300, "огляд " * 100, "😀" * 100, "e\u0301" * 200):
        name = safe_filename(title)
        assert len(name.encode("utf-8")) <= 255
        assert name.endswith(".docx")
        stem = name[: -len(".docx")]
        assert stem and stem == stem.strip(" .")
        assert unicodedata.normalize("NFC", title).startswith(stem)
    assert safe_filename("Ї" * 300)[:-5] == "Ї" * 125  # 250 bytes, not a broken letter


def test_with_docx_suffix():
    assert with_docx_suffix(Path("/x/report")) == Path("/x/report.docx")
    assert with_docx_suffix(Path("/x/report.DOCX")) == Path("/x/report.DOCX")
    assert with_docx_suffix(Path("/x/report.v2")) == Path("/x/report.v2.docx")


# -- export with a stand-in writer ------------------------------------------------------------------------------


class FakeCancelled(FactdeskError):
    """What the real writer raises when `cancelled()` returns True."""


class FakeWriter:
    """Keeps write_docx's promises without Word: writes the claims' quotes one by one into a temporary
    file, reporting each, and puts it in place only when complete and not cancelled; replaces an
    existing file only with `force`."""

    def __init__(self, *, error: Exception | None = None, on_claim=None, missing_styles=(), warnings=()):
        self.error = error
        self.on_claim = on_claim
        self.missing_styles = tuple(missing_styles)
        self.warnings = tuple(warnings)
        self.calls: list[SimpleNamespace] = []
        self.progress: list[tuple[int, int]] = []

    def __call__(self, snapshot, target, *, template=None, force=False, progress=None, cancelled=None):
        target = Path(target)
        self.calls.append(SimpleNamespace(snapshot=snapshot, target=target, template=template, force=force))
        if target.exists() and not force:
            raise FactdeskError(f"{target} already exists; it was left as it is.")
        total = len(snapshot.claims)
        partial = target.with_name(".factdesk-tmp-fake.part")
        try:
            with open(partial, "wb") as out:
                out.write(b"PK fake docx\n")
                for number, claim in enumerate(snapshot.claims, start=1):
                    out.write(claim.quote.encode() + b"\n")
                    progress(number, total)
                    self.progress.append((number, total))
                    if self.on_claim:
                        self.on_claim(number, cancelled)
                    if cancelled():
                        raise FakeCancelled("Export cancelled.")
                    if self.error is not None:
                        raise self.error
            if cancelled():
                raise FakeCancelled("Export cancelled.")
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)
        return SimpleNamespace(path=target, missing_styles=self.missing_styles, warnings=self.warnings, claims=total)


@pytest.fixture
def boxes(monkeypatch):
    """Every "exported" message box: its texts; `press` names the button to click ("Open", …)."""
    shown = SimpleNamespace(texts=[], informative=[], press=None, opened=[])

    def exec_(box):
        shown.texts.append(box.text())
        shown.informative.append(box.informativeText())
        if shown.press:
            [button] = [b for b in box.buttons() if b.text().replace("&", "") == shown.press]
            button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: shown.opened.append(url) or True)
    return shown


@pytest.fixture
def save_as(monkeypatch):
    """Answer the save dialog with `answer.path`; record the name it proposed."""
    answer = SimpleNamespace(path=None, proposed=[])

    def get_save_file_name(_parent, _caption, proposed, _filter, *a, **k):
        answer.proposed.append(proposed)
        return (str(answer.path) if answer.path else "", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    return answer


@pytest.fixture
def exporter(window, desk, settings):
    """The window's exporter, running tasks at once with a stand-in writer (set `.writer`)."""
    ex = window.report_exporter
    ex.pool = ImmediatePool()
    ex.writer = FakeWriter()
    return ex


def press_cancel(dialog: QProgressDialog) -> None:
    """Click the progress dialog's Cancel button (its cancel() slot alone would not tell anybody)."""
    [button] = dialog.findChildren(QPushButton)
    button.click()


def leftovers(folder: Path) -> list[str]:
    """Temporary files an export left behind (the real writer's and the stand-in's)."""
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".factdesk-"))


def test_export_from_the_menu(window, desk, exporter, save_as, boxes, refusals, settings, tmp_path):
    make_report(window, "Weekly review: July 3–9", [desk["beta"], desk["alpha"]])
    out = tmp_path / "out"
    out.mkdir()
    save_as.path = out / "weekly"  # no suffix: .docx is added
    boxes.press = "Open"
    finished = []
    exporter.export_finished.connect(finished.append)

    window.export_report_action.trigger()

    target = out / "weekly.docx"
    assert Path(save_as.proposed[0]).name == "Weekly review_ July 3–9.docx"
    assert Path(save_as.proposed[0]).parent == tmp_path  # the workspace's folder the first time
    assert target.read_bytes() == f"PK fake docx\n{BETA}\n{ALPHA}\n".encode()
    assert exporter.writer.progress == [(1, 2), (2, 2)]
    assert exporter.writer.calls[0].template is None
    assert exporter.writer.calls[0].force is False  # nothing to replace
    assert exporter.writer.calls[0].snapshot.title == "Weekly review: July 3–9"
    assert finished == [target]
    assert leftovers(out) == []
    assert str(target) in boxes.texts[0] and "2 claim" in boxes.texts[0]
    assert boxes.opened == [QUrl.fromLocalFile(str(target))]
    assert refusals == []
    assert settings.last_export_folder() == out
    assert not exporter.busy and exporter.progress_dialog is None
    assert str(target) in window.statusBar().currentMessage()

    # the next export starts in that folder
    save_as.path = None  # (and the analyst cancels the save dialog)
    window.export_report_action.trigger()
    assert Path(save_as.proposed[1]).parent == out


def test_export_shows_missing_styles_and_shows_in_folder(window, desk, exporter, save_as, boxes, tmp_path):
    report_id = make_report(window, "Styles", [desk["alpha"]])
    exporter.writer = FakeWriter(missing_styles=("Verdict", "Quote"), warnings=("A link was left out.",))
    save_as.path = tmp_path / "styles.docx"
    boxes.press = "Show in Folder"
    window.reports_pane.select_report(report_id)
    window.reports_pane.export_button.click()
    assert (tmp_path / "styles.docx").exists()
    assert "“Verdict”, “Quote”" in boxes.informative[0]
    assert "A link was left out." in boxes.informative[0]
    assert boxes.opened == [QUrl.fromLocalFile(str(tmp_path))]


def test_overwrite_asks_first(window, desk, exporter, save_as, boxes, monkeypatch, tmp_path):
    make_report(window, "Again", [desk["alpha"]])
    target = tmp_path / "again.docx"
    target.write_bytes(b"old report")
    save_as.path = target
    answers = []

    def question(_parent, _title, text, *a, **k):
        answers.append(text)
        return reply

    monkeypatch.setattr(QMessageBox, "question", question)
    reply = QMessageBox.StandardButton.No
    window.export_report_action.trigger()
    assert target.read_bytes() == b"old report"
    assert exporter.writer.calls == []
    assert "again.docx already exists" in answers[0]

    reply = QMessageBox.StandardButton.Yes
    window.export_report_action.trigger()
    assert target.read_bytes().startswith(b"PK fake docx")
    assert exporter.writer.calls[-1].force is True  # the analyst agreed to replace it
    assert len(answers) == 2 and leftovers(tmp_path) == []


def test_cancel_mid_way_leaves_no_file(window, desk, exporter, save_as, boxes, refusals, tmp_path):
    make_report(window, "Cancelled", [desk["alpha"], desk["beta"], desk["gamma"]])
    save_as.path = tmp_path / "cancelled.docx"
    exporter.writer = FakeWriter(on_claim=lambda n, _c: n == 1 and press_cancel(exporter.progress_dialog))
    finished = []
    exporter.export_finished.connect(finished.append)
    window.export_report_action.trigger()
    assert exporter.writer.progress == [(1, 3)]  # stopped after the first claim
    assert not (tmp_path / "cancelled.docx").exists()
    assert leftovers(tmp_path) == []
    assert finished == [None]
    assert boxes.texts == [] and refusals == []
    assert "cancelled" in window.statusBar().currentMessage()


def test_cancel_keeps_the_old_file(window, desk, exporter, save_as, boxes, monkeypatch, tmp_path):
    make_report(window, "Cancelled", [desk["alpha"], desk["beta"]])
    target = tmp_path / "keep.docx"
    target.write_bytes(b"old report")
    save_as.path = target
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    # Cancel pressed after the last claim was written: the finished file is still thrown away
    exporter.writer = FakeWriter(on_claim=lambda n, _c: n == 2 and press_cancel(exporter.progress_dialog))
    window.export_report_action.trigger()
    assert target.read_bytes() == b"old report"
    assert leftovers(tmp_path) == []


def test_cancel_mid_way_on_a_real_thread(window, desk, exporter, save_as, boxes, qtbot, tmp_path):
    make_report(window, "Threaded", [desk["alpha"], desk["beta"], desk["gamma"]])
    save_as.path = tmp_path / "threaded.docx"
    pool = QThreadPool()
    exporter.pool = pool
    first_written = threading.Event()

    def wait_for_cancel(_number, cancelled):
        first_written.set()
        while not cancelled():
            threading.Event().wait(0.005)

    exporter.writer = FakeWriter(on_claim=wait_for_cancel)
    window.export_report_action.trigger()
    assert exporter.busy
    assert first_written.wait(5)
    qtbot.waitUntil(lambda: exporter.progress_dialog.value() == 1 and exporter.progress_dialog.maximum() == 3)
    with qtbot.waitSignal(exporter.export_finished, timeout=5000) as blocker:
        press_cancel(exporter.progress_dialog)
    assert blocker.args == [None]
    assert pool.waitForDone(5000)
    assert not (tmp_path / "threaded.docx").exists()
    assert leftovers(tmp_path) == []


def test_failing_writer_says_why(window, desk, exporter, save_as, boxes, refusals, tmp_path):
    make_report(window, "Refused", [desk["alpha"], desk["beta"]])
    save_as.path = tmp_path / "refused.docx"
    exporter.writer = FakeWriter(error=FactdeskError("The template has no body to write into."))
    window.export_report_action.trigger()
    assert refusals == ["The template has no body to write into."]
    assert not (tmp_path / "refused.docx").exists() and leftovers(tmp_path) == []
    assert boxes.texts == []


def test_crashing_writer_shows_no_traceback(window, desk, exporter, save_as, boxes, refusals, caplog, tmp_path):
    make_report(window, "Crash", [desk["alpha"]])
    save_as.path = tmp_path / "crash.docx"
    exporter.writer = FakeWriter(error=KeyError("w:secret-internal"))
    with caplog.at_level(logging.ERROR):
        window.export_report_action.trigger()
    [message] = refusals
    assert "secret-internal" not in message and "Traceback" not in message and "KeyError" not in message
    assert any(r.exc_info and r.exc_info[0] is KeyError for r in caplog.records)
    assert not (tmp_path / "crash.docx").exists() and leftovers(tmp_path) == []


def test_unwritable_folder_says_so(window, desk, exporter, save_as, boxes, refusals, monkeypatch, tmp_path):
    make_report(window, "Locked", [desk["alpha"]])
    save_as.path = tmp_path / "locked.docx"

    def locked(*_a, **_k):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    window.export_report_action.trigger()
    [message] = refusals
    assert str(tmp_path / "locked.docx") in message and "Permission denied" in message and "close it" in message
    assert leftovers(tmp_path) == []


def test_export_asks_which_report(window, desk, exporter, save_as, boxes, monkeypatch, tmp_path):
    make_report(window, "First", [desk["alpha"]])
    second = make_report(window, "Second", [desk["beta"]], period_start=date(2023, 7, 3))
    offered = []

    def get_item(_parent, _title, _label, items, current, editable):
        offered.append((list(items), current))
        return items[current], True

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    save_as.path = tmp_path / "second.docx"
    window.reports_pane.select_report(second)
    window.export_report_action.trigger()
    labels, current = offered[0]
    assert labels[current] == "Second (from 2023-07-03)"  # the pane's current report first
    assert exporter.writer.calls[0].snapshot.title == "Second"


def test_export_with_no_reports_explains(window, desk, exporter, save_as, monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: told.append(text))
    window.export_report_action.trigger()
    assert "no reports yet" in told[0]
    assert save_as.proposed == []


def test_missing_template_is_refused_before_asking_for_a_file(window, desk, exporter, save_as, refusals, tmp_path):
    make_report(window, "Letterhead", [desk["alpha"]], template_path=str(tmp_path / "gone.dotx"))
    window.export_report_action.trigger()
    assert "gone.dotx cannot be found" in refusals[0]
    assert save_as.proposed == []


def test_default_template_from_settings_is_used(window, desk, exporter, save_as, boxes, settings, tmp_path):
    template = tmp_path / "org.dotx"
    template.write_bytes(b"template")
    settings.set_default_template(template)
    make_report(window, "Org", [desk["alpha"]])
    save_as.path = tmp_path / "org.docx"
    window.export_report_action.trigger()
    assert exporter.writer.calls[0].template == template


def test_closing_the_workspace_cancels_a_running_export(window, desk, exporter, save_as, boxes, qtbot, tmp_path):
    make_report(window, "Closing", [desk["alpha"], desk["beta"]])
    save_as.path = tmp_path / "closing.docx"
    pool = QThreadPool()
    exporter.pool = pool
    started = threading.Event()

    def hold(_number, cancelled):
        started.set()
        while not cancelled():
            threading.Event().wait(0.005)

    exporter.writer = FakeWriter(on_claim=hold)
    window.export_report_action.trigger()
    assert started.wait(5)
    with qtbot.waitSignal(exporter.export_finished, timeout=5000):
        window.close_workspace()
    assert pool.waitForDone(5000)
    assert not (tmp_path / "closing.docx").exists() and leftovers(tmp_path) == []
    assert boxes.texts == []


# -- export with the real writer -----------------------------------------------------------------------------------


def test_export_with_the_real_writer(window, desk, save_as, boxes, refusals, qtbot, tmp_path):
    pytest.importorskip("exports.docx_report")
    docx = pytest.importorskip("docx")
    make_report(
        window,
        "Тижневий огляд: July 3–9",
        [desk["beta"], desk["alpha"]],
        language="uk",
        introduction="Вступ.",
    )
    out = tmp_path / "real"
    out.mkdir()
    save_as.path = out / safe_filename("Тижневий огляд: July 3–9")
    exporter = window.report_exporter  # the window's own: a real thread pool and the real writer
    with qtbot.waitSignal(exporter.export_finished, timeout=30000) as blocker:
        window.export_report_action.trigger()
    QThreadPool.globalInstance().waitForDone(5000)
    target = out / "Тижневий огляд_ July 3–9.docx"
    assert blocker.args == [target]
    assert refusals == []
    document = docx.Document(str(target))
    text = "\n".join(p.text for p in document.paragraphs)
    text += "\n".join(cell.text for table in document.tables for row in table.rows for cell in row.cells)
    assert "Тижневий огляд: July 3–9" in text
    assert ALPHA in text and BETA in text
    assert leftovers(out) == []
    assert str(target) in boxes.texts[0]


def test_real_writer_replaces_only_when_asked_and_cancels_cleanly(
    window, desk, save_as, boxes, refusals, monkeypatch, tmp_path
):
    pytest.importorskip("exports.docx_report")
    from exports.docx_report import write_docx

    make_report(window, "Real", [desk["alpha"], desk["beta"], desk["gamma"]])
    exporter = window.report_exporter
    exporter.pool = ImmediatePool()
    target = tmp_path / "real.docx"
    target.write_bytes(b"old report")
    save_as.path = target
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)

    # Cancel pressed while the second claim is written: the old file stays as it was
    def cancelling_writer(snapshot, path, *, progress, **kwargs):
        def progress_then_cancel(done, total):
            progress(done, total)
            if done == 2:
                press_cancel(exporter.progress_dialog)

        return write_docx(snapshot, path, progress=progress_then_cancel, **kwargs)

    exporter.writer = cancelling_writer
    window.export_report_action.trigger()
    assert target.read_bytes() == b"old report"
    assert leftovers(tmp_path) == [] and refusals == [] and boxes.texts == []

    exporter.writer = None  # the real writer, as the window uses it
    window.export_report_action.trigger()
    assert refusals == []
    assert target.read_bytes()[:2] == b"PK"  # a Word document (a zip) replaced it
    assert leftovers(tmp_path) == []
