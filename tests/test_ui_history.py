"""A claim's History (issue 12, finding 11): who changed its rating, status and summary, when (local
time), from what to what, with the rating's label; opened from the verdict pane."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QDialog

from app.models import AuditEvent
from app.services import catalog, claims, sources
from app.workspace import Workspace
from tests.conftest import keep_picture
from ui.history import HistoryDialog, history_rows, local_time

TEXT = "Alpha said one thing. Beta said two things."


@pytest.fixture
def desk(window, tmp_path):
    path = tmp_path / "history.factdesk"
    ws = Workspace.create(path, user="Olena Koval")
    source_id = sources.create_source(ws, title="Review", text=TEXT).subject
    claim_id = claims.create_claim(ws, source_id, 0, len("Alpha said one thing")).subject
    ws.close()
    window.settings.set_user_name("Olena Koval")
    assert window.open_workspace(path)
    window.open_claim(claim_id)
    return claim_id


def test_history_lists_who_changed_what_when_newest_first(window, desk, qtbot, monkeypatch):
    pane = window.verdict_pane
    ws = window.session.workspace
    false, misleading = catalog.ratings(ws)[0], catalog.ratings(ws)[1]
    pane._update(rating_id=false.id)
    pane._update(status="in_review")
    pane._update(rating_id=misleading.id)
    pane._save_text("summary", "No such weapons were found.")

    shown = []

    def exec_(dialog: HistoryDialog) -> int:
        table = dialog.table
        shown.extend([table.item(row, column).text() for column in range(4)] for row in range(table.rowCount()))
        dialog.show()
        keep_picture(dialog, "claim-history.png")
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(HistoryDialog, "exec", exec_)
    assert pane.history_button.isVisible()
    pane.history_button.click()
    whens = {row[0] for row in shown}
    assert all(row[1] == "Olena Koval" for row in shown)
    assert [row[2:] for row in shown] == [
        ["Summary", "(none) → No such weapons were found."],
        ["Rating", f"{false.label} → {misleading.label}"],
        ["Status", "New → In review"],
        ["Rating", f"(none) → {false.label}"],
    ]
    event = claims.audit_events(ws, desk)[0]
    assert whens == {local_time(event.at)}


def test_times_are_local_and_rating_ids_become_labels(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Kyiv")
    import time

    time.tzset()
    try:
        at = datetime(2026, 7, 1, 9, 30, tzinfo=UTC)
        events = [AuditEvent(id=1, at=at, user="", claim_id=1, field="rating", old_value="3", new_value="False")]
        [row] = history_rows(events, {"3": "Misleading"})
        assert row.when.endswith("12:30")  # UTC+3 in summer
        assert row.who == "(unknown)" and row.change == "Misleading → False"
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_history_of_an_unchanged_claim_says_so(window, desk, qtbot):
    dialog = HistoryDialog(window.session.workspace, desk, parent=window)
    qtbot.addWidget(dialog)
    assert not dialog.empty.isHidden() and dialog.table.isHidden()


def test_ratings_in_the_history_speak_the_interface_language(ws):
    """The trial saw "(немає) → Misleading" in the Ukrainian window: the audit keeps English labels."""
    from ui.history import claim_history

    source = sources.create_source(ws, title="t", text="Одне речення про щось важливе.", language="uk")
    claim_id = claims.create_claim(ws, source.subject, 0, 20).subject
    misleading = next(r for r in catalog.ratings(ws) if r.label == "Misleading")
    claims.update_claim(ws, claim_id, rating_id=misleading.id)
    before = catalog.interface_language()
    try:
        catalog.set_interface_language("uk")
        changes = [row.change for row in claim_history(ws, claim_id)]
        assert any(change.endswith(f"→ {misleading.label_uk}") for change in changes), changes
    finally:
        catalog.set_interface_language(before)
