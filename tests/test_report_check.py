"""The check before a report goes out (issue 12, findings 1 and 10): what an editor would catch,
computed in app/services/reports.py, shown in the report editor, before export (Export Anyway /
Go Back, a line opens its claim) and printed by `factdesk export`; the editor's preview in the
report's order; the last full week as a new report's period; Ctrl+E on the selected report."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog

from app.cli import main
from app.models import ClaimStatus, ReportOrder
from app.services import catalog, claims, evidence, reports, sources
from app.services.reports import (
    EVIDENCE_UNSOURCED,
    NO_EVIDENCE,
    NO_SUMMARY,
    OUTSIDE_PERIOD,
    UNDATED,
    UNDATED_LEFT_OUT,
)
from app.workspace import Workspace
from exports.report_data import build_snapshot
from ui.reports.check import ExportCheckDialog
from ui.reports.dialog import ReportDialog

TEXT = "Alpha said one thing. Beta said two things. Gamma said three things. Delta said four."
QUOTES = ("Alpha said one thing", "Beta said two things", "Gamma said three things", "Delta said four")
WEEK = (date(2023, 7, 3), date(2023, 7, 9))


def build(path: Path) -> dict[str, int]:
    """alpha: complete (dated in the week, summary, evidence with a link; tag "b-war").
    beta: no date, no summary, rated with no evidence (tag "a-economy").
    gamma: dated before the week, summary, evidence with neither link nor attachment.
    delta: dated in the week, summary, not rated, no evidence, no tag."""
    ws = Workspace.create(path, user="tester")
    try:
        source_id = sources.create_source(ws, title="Weekly review", text=TEXT).subject
        rating = catalog.ratings(ws)[0].id
        ids: dict[str, int] = {"source": source_id}
        for name, quote, said, summary, rated, tag in (
            ("alpha", QUOTES[0], date(2023, 7, 4), "False.", rating, "b-war"),
            ("beta", QUOTES[1], None, "", rating, "a-economy"),
            ("gamma", QUOTES[2], date(2023, 6, 1), "Misleading.", rating, None),
            ("delta", QUOTES[3], date(2023, 7, 8), "Unproven.", None, None),
        ):
            start = TEXT.index(quote)
            claim_id = claims.create_claim(ws, source_id, start, start + len(quote), tags=[tag] if tag else []).subject
            claims.update_claim(
                ws, claim_id, status=ClaimStatus.DONE.value, claimed_on=said, summary=summary, rating_id=rated
            )
            ids[name] = claim_id
        linked = evidence.create_evidence(ws, title="Ministry statement", url="https://example.org/a").subject
        evidence.link(ws, ids["alpha"], linked)
        ids["bare"] = evidence.create_evidence(ws, title="A screenshot somebody sent").subject
        evidence.link(ws, ids["gamma"], ids["bare"])
        return ids
    finally:
        ws.close()


@pytest.fixture
def built(tmp_path):
    path = tmp_path / "check.factdesk"
    return path, build(path)


def kinds(items) -> list[tuple[str, int]]:
    return [(item.kind, item.claim_id) for item in items]


# -- the service -------------------------------------------------------------------------------------------


def test_check_of_a_report_by_hand(built):
    path, ids = built
    with Workspace.open(path) as ws:
        order = [ids["alpha"], ids["beta"], ids["gamma"], ids["delta"]]
        report_id = reports.create_report(ws, title="Week", claim_ids=order, period_start=WEEK[0], period_end=WEEK[1])
        found = reports.check_report(ws, report_id.subject)
    assert kinds(found) == [
        (UNDATED, ids["beta"]),
        (OUTSIDE_PERIOD, ids["gamma"]),
        (NO_EVIDENCE, ids["beta"]),
        (NO_SUMMARY, ids["beta"]),
        (EVIDENCE_UNSOURCED, ids["gamma"]),
    ]
    assert found[-1].evidence_id == ids["bare"] and found[-1].evidence_title == "A screenshot somebody sent"
    assert found[0].describe() == f"claim #{ids['beta']} “Beta said two things” has no date"


def test_check_of_a_report_by_filter_names_the_claims_its_period_drops(built):
    """`claimed_on >= start` never matches a claim without a date: the filter drops it silently."""
    path, ids = built
    with Workspace.open(path) as ws:
        fields = {"by_filter": True, "filter_status": "done", "period_start": WEEK[0], "period_end": WEEK[1]}
        report_id = reports.create_report(ws, title="Week", **fields).subject
        assert reports.report_claims(ws, report_id) == [ids["alpha"], ids["delta"]]
        found = reports.check_report(ws, report_id)
        assert kinds(found) == [(UNDATED_LEFT_OUT, ids["beta"])]
        assert "no date, so the report's period leaves it out" in found[0].describe()
        # the same for the editor's draft, unsaved; without a period nothing is left out
        assert kinds(reports.check_draft(ws, fields, None)) == kinds(found)
        no_period = {**fields, "period_start": None, "period_end": None}
        assert (UNDATED_LEFT_OUT, ids["beta"]) not in kinds(reports.check_draft(ws, no_period, None))
        assert (UNDATED, ids["beta"]) in kinds(reports.check_draft(ws, no_period, None))


def test_check_reads_in_bulk(built, monkeypatch):
    """A handful of queries whatever the number of claims: never one per claim."""
    from sqlalchemy import event

    path, ids = built
    with Workspace.open(path) as ws:
        statements = []
        event.listen(ws.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
        reports.check_draft(ws, {"by_filter": False}, [ids["alpha"], ids["beta"], ids["gamma"], ids["delta"]])
        few = len(statements)
        statements.clear()
        reports.check_draft(ws, {"by_filter": False}, [ids["alpha"]])
        assert len(statements) == few <= 6


@pytest.mark.parametrize("order", [ReportOrder.SECTION, ReportOrder.DATE, ReportOrder.MANUAL])
def test_preview_order_is_the_exported_order(built, order):
    path, ids = built
    chosen = [ids["delta"], ids["gamma"], ids["beta"], ids["alpha"]]
    with Workspace.open(path) as ws:
        report_id = reports.create_report(ws, title="Week", claim_ids=chosen, claim_order=order.value).subject
        exported = [c.claim_id for c in build_snapshot(ws, report_id).claims]
        assert reports.ordered_claim_ids(ws, chosen, order.value) == exported


@pytest.mark.parametrize(
    ("today", "week"),
    [
        (date(2026, 12, 5), (date(2026, 11, 23), date(2026, 11, 29))),  # a Saturday
        (date(2026, 11, 30), (date(2026, 11, 23), date(2026, 11, 29))),  # a Monday
        (date(2026, 12, 6), (date(2026, 11, 23), date(2026, 11, 29))),  # a Sunday: this week is not over
    ],
)
def test_last_full_week(today, week):
    assert reports.last_full_week(today) == week


def test_command_line_export_prints_the_check_as_warnings(built, tmp_path, capsys):
    path, ids = built
    with Workspace.open(path) as ws:
        fields = {"by_filter": True, "period_start": WEEK[0], "period_end": WEEK[1]}
        report_id = reports.create_report(ws, title="Week", **fields).subject
    assert main(["export", str(path), "--report", str(report_id), "-o", str(tmp_path / "week.docx")]) == 0
    err = capsys.readouterr().err
    assert f"factdesk: warning: claim #{ids['beta']} “Beta said two things” matches the filter but has no date" in err
    assert (tmp_path / "week.docx").is_file()


# -- in the window -----------------------------------------------------------------------------------------


@pytest.fixture
def desk(window, built):
    path, ids = built
    assert window.open_workspace(path)
    return ids


def test_editor_check_tab_and_preview_in_the_report_order(window, desk, qtbot):
    ws = window.session.workspace
    order = [desk["delta"], desk["alpha"], desk["beta"], desk["gamma"]]
    report_id = reports.create_report(ws, title="Week", claim_ids=order, period_start=WEEK[0], period_end=WEEK[1])
    dialog = ReportDialog(ws, report=reports.get_report(ws, report_id.subject), parent=window)
    qtbot.addWidget(dialog)
    assert dialog.tabs.tabText(3) == "Chec&k (5)"
    texts = [dialog.check_list.item(n).text() for n in range(dialog.check_list.count())]
    assert texts[0].startswith("⚠ No date — #") and "Beta said two things" in texts[0]
    assert any("Evidence “A screenshot somebody sent” has neither a link nor an attachment" in t for t in texts)

    # the preview follows the chosen order; by hand again, the buttons move claims
    assert dialog.chosen_ids() == order
    dialog.order.setCurrentIndex(dialog.order.findData(ReportOrder.DATE.value))
    assert dialog.chosen_ids() == [desk["gamma"], desk["alpha"], desk["delta"], desk["beta"]]
    assert "by the date said" in dialog.chosen_label.text() and not dialog.move_up.isEnabled()
    dialog.order.setCurrentIndex(dialog.order.findData(ReportOrder.SECTION.value))
    assert dialog.chosen_ids()[:2] == [desk["beta"], desk["alpha"]]  # a-economy, b-war, then untagged
    assert dialog.changes() == ({"claim_order": "section"}, None)  # re-sorting alone changes no claims

    # by filter: the claims the period drops for want of a date are named
    dialog.by_filter.setChecked(True)
    dialog.order.setCurrentIndex(dialog.order.findData(ReportOrder.DATE.value))
    assert (
        "no date, so the period leaves them out: 1." in dialog.undated_note.text()
        and not dialog.undated_note.isHidden()
    )
    preview = [
        dialog.filter_preview.item(n).data(Qt.ItemDataRole.UserRole) for n in range(dialog.filter_preview.count())
    ]
    assert preview == [desk["alpha"], desk["delta"]]
    dialog.tabs.setCurrentIndex(3)
    assert "Left out: no date" in dialog.check_list.item(0).text()

    # a line opens its claim in the window behind the editor
    dialog.claim_requested.connect(window.open_claim)
    dialog.check_list.itemActivated.emit(dialog.check_list.item(0))
    assert window.verdict_pane.claim_id == desk["beta"]


def test_export_check_go_back_export_anyway_and_open_a_claim(window, desk, monkeypatch, tmp_path):
    from tests.test_ui_reports import FakeWriter
    from ui.tasks import ImmediatePool

    exporter = window.report_exporter
    exporter.pool = ImmediatePool()
    exporter.writer = FakeWriter()
    ws = window.session.workspace
    report_id = reports.create_report(
        ws, title="Week", claim_ids=[desk["alpha"], desk["beta"]], period_start=WEEK[0], period_end=WEEK[1]
    ).subject
    asked = SimpleNamespace(files=0, answer="back", open_claim=None, seen=[])
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *a, **k: (asked.__setattr__("files", asked.files + 1), (str(tmp_path / "week.docx"), ""))[1],
    )

    def exec_(dialog):
        asked.seen.append([dialog.list.item(n).text() for n in range(dialog.list.count())])
        if asked.open_claim is not None:
            dialog.list.itemActivated.emit(dialog.list.item(asked.open_claim))
            return dialog.result()
        (dialog.export_button if asked.answer == "export" else dialog.back_button).click()
        return dialog.result()

    monkeypatch.setattr(ExportCheckDialog, "exec", exec_)

    assert not exporter.export(report_id)  # Go Back: no file asked for, nothing written
    assert asked.files == 0 and len(asked.seen[0]) == 3
    asked.open_claim = 0  # "No date — Beta…": back, with that claim open
    assert not exporter.export(report_id)
    assert asked.files == 0 and window.verdict_pane.claim_id == desk["beta"]
    asked.open_claim, asked.answer = None, "export"
    monkeypatch.setattr(type(exporter), "_show_done", lambda self, outcome: None)
    assert exporter.export(report_id)
    assert asked.files == 1 and (tmp_path / "week.docx").is_file()


def test_ctrl_e_exports_the_selected_report_without_asking_which(window, desk, monkeypatch):
    ws = window.session.workspace
    first = reports.create_report(ws, title="First", claim_ids=[desk["alpha"]]).subject
    reports.create_report(ws, title="Second", claim_ids=[desk["delta"]])
    window.reports_pane.set_session(window.session)
    asked, started = [], []
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: asked.append(a[3]) or ("", False))
    monkeypatch.setattr(
        type(window.report_exporter), "export", lambda self, report_id=None, current=None: started.append(report_id)
    )
    window.export_report_action.trigger()  # the reports are not shown: which one is asked
    assert started == [None]
    window.show_reports_action.trigger()
    window.reports_pane.select_report(first)
    window.export_report_action.trigger()
    assert started[-1] == first
