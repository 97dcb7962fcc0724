"""Many claims of one speech (issue 12, finding 9): a new claim takes the previous claim's claimant,
date and tags; several selected claims get one change in one transaction and one undo step."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QTextCursor
from sqlalchemy import event
from sqlmodel import select

from app.models import AuditEvent, ClaimStatus
from app.services import catalog, claims, sources
from app.workspace import Workspace
from ui import commands
from ui.claims.batch import BatchEditDialog

CTRL = Qt.KeyboardModifier.ControlModifier
SPEECH = "First sentence here. Second sentence there. Third one follows. Fourth ends it."


def _mark(window, qtbot, quote: str) -> int:
    view = window.source_pane.view
    start = SPEECH.index(quote)
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.map.to_utf16(start))
    cursor.setPosition(view.map.to_utf16(start + len(quote)), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_M, CTRL)
    return window.verdict_pane.claim_id


@pytest.fixture
def speech(window, tmp_path):
    assert window.create_workspace(tmp_path / "w.factdesk")
    session = window.session
    assert session.push(commands.create_source(session, title="Speech", text=SPEECH, published=date(2023, 7, 5)))
    return session.workspace, window.source_pane.source_id


def test_a_new_claim_starts_from_the_previous_claim_in_its_source(speech, window, qtbot):
    ws, _source_id = speech
    first = _mark(window, qtbot, "First sentence here.")
    assert claims.get_claim(ws, first).claim.claimed_on == date(2023, 7, 5)  # the source's date
    assert window.statusBar().currentMessage() == "The claim's date comes from its source's date."
    session = window.session
    session.push(commands.set_claimant(session, first, "Maria Zakharova"))
    session.push(commands.set_tags(session, first, ["Weapons", "France"]))
    session.push(commands.update_claim(session, first, claimed_on=date(2023, 7, 6)))

    second = _mark(window, qtbot, "Second sentence there.")
    detail = claims.get_claim(ws, second)
    assert detail.claimant.name == "Maria Zakharova"
    assert detail.claim.claimed_on == date(2023, 7, 6)
    assert detail.tags == ["France", "Weapons"]
    verdict = window.verdict_pane  # visibly, and easy to change
    assert verdict.claimant.currentText() == "Maria Zakharova"
    assert verdict.claimed_on.edit.text() == "2023-07-06"
    assert verdict.tags.text() == "France, Weapons"
    assert "previous claim" in window.statusBar().currentMessage()
    # the carried-over name is selected: typing a new one replaces it (a trial got "Maria ZakharovaVasily…")
    assert verdict.claimant.lineEdit().selectedText() == "Maria Zakharova"
    verdict.tags.setText("France")
    verdict.tags.finished.emit()
    assert claims.get_claim(ws, second).tags == ["France"]
    assert claims.get_claim(ws, first).tags == ["France", "Weapons"]  # the first is left alone

    third = _mark(window, qtbot, "Third one follows.")  # from the second, as it is now
    assert claims.get_claim(ws, third).tags == ["France"]
    window.undo_action.trigger()  # undo the marking, then redo it: the same claim back
    window.redo_action.trigger()
    assert claims.get_claim(ws, third).tags == ["France"]
    assert claims.get_claim(ws, third).claimant.name == "Maria Zakharova"


def test_a_claim_in_another_source_starts_empty(speech, window, qtbot):
    ws, _source_id = speech
    first = _mark(window, qtbot, "First sentence here.")
    claims.set_claimant(ws, first, "Maria Zakharova")
    other = sources.create_source(ws, title="Other", text="Other words entirely.").subject
    created = commands.create_claim(window.session, other, 0, 5)
    window.session.push(created)
    detail = claims.get_claim(ws, created.created_id())
    assert detail.claimant is None and detail.claim.claimed_on is None and detail.tags == []


# -- many claims at once: the services -----------------------------------------------------------------


def _claims(ws, n: int) -> list[int]:
    source_id = sources.create_source(ws, title="Long speech", text="word " * (n * 2)).subject
    return [claims.create_claim(ws, source_id, i * 10, i * 10 + 4).subject for i in range(n)]


def test_batch_edit_and_its_undo_put_each_claim_back_as_it_was(ws):
    ids = _claims(ws, 3)
    ratings = catalog.ratings(ws)
    claims.update_claim(ws, ids[0], rating_id=ratings[0].id, status=ClaimStatus.DONE.value)
    claims.set_claimant(ws, ids[1], "Someone")
    claims.set_tags(ws, ids[1], ["keep", "drop"])
    changes = claims.batch_edit(
        ws,
        ids,
        status=ClaimStatus.IN_REVIEW.value,
        rating_id=ratings[-1].id,
        claimant="Maria Zakharova",
        claimed_on=date(2023, 7, 5),
        add_tags=["MH17"],
        remove_tags=["DROP"],
    )
    assert changes.ids("claim") == set(ids)
    for claim_id in ids:
        detail = claims.get_claim(ws, claim_id)
        assert detail.claim.status == ClaimStatus.IN_REVIEW.value
        assert detail.rating.id == ratings[-1].id
        assert detail.claimant.name == "Maria Zakharova"
        assert detail.claim.claimed_on == date(2023, 7, 5)
    assert [claims.get_claim(ws, i).tags for i in ids] == [["MH17"], ["MH17", "keep"], ["MH17"]]
    with ws.reading() as session:
        audited = session.exec(select(AuditEvent).where(AuditEvent.field == "rating")).all()
    assert {e.claim_id for e in audited if e.new_value == ratings[-1].label} == set(ids)

    claims.restore_batch(ws, changes.previous["batch"])
    first, second, third = (claims.get_claim(ws, i) for i in ids)
    assert (first.claim.status, first.rating.id, first.claimant) == (ClaimStatus.DONE.value, ratings[0].id, None)
    assert second.claimant.name == "Someone" and second.rating is None and second.tags == ["drop", "keep"]
    assert third.claim.status == ClaimStatus.NEW.value and third.tags == [] and third.claim.claimed_on is None


def test_batch_edit_refuses_what_it_cannot_do_and_changes_nothing(ws):
    from app.errors import NotFound, ValidationError

    ids = _claims(ws, 2)
    with pytest.raises(ValidationError):
        claims.batch_edit(ws, [], status=ClaimStatus.DONE.value)
    with pytest.raises(ValidationError):
        claims.batch_edit(ws, ids, summary="not for many claims at once")
    with pytest.raises(ValidationError):
        claims.batch_edit(ws, ids, status="nonsense")
    with pytest.raises(NotFound):
        claims.batch_edit(ws, [*ids, 999], status=ClaimStatus.DONE.value)
    assert {claims.get_claim(ws, i).claim.status for i in ids} == {ClaimStatus.NEW.value}


def test_batch_edit_runs_a_few_statements_whatever_the_number_of_claims(ws):
    """No per-row loop: 10 claims and 300 claims take the same number of SQL statements."""
    counts = []
    for n in (10, 300):
        ids = _claims(ws, n)
        statements: list[str] = []

        def count(_conn, _cursor, statement, *_args, sink=statements):
            sink.append(statement)

        event.listen(ws.engine, "before_cursor_execute", count)
        try:
            changes = claims.batch_edit(
                ws,
                ids,
                status=ClaimStatus.IN_REVIEW.value,
                claimant=f"Speaker {n}",
                add_tags=[f"t{n}"],
                remove_tags=["x"],
            )
            claims.restore_batch(ws, changes.previous["batch"])
        finally:
            event.remove(ws.engine, "before_cursor_execute", count)
        counts.append(len(statements))
    assert counts[0] == counts[1], counts
    assert counts[1] < 40


# -- many claims at once: the window ---------------------------------------------------------------------


def _select_rows(window, ids: list[int]) -> None:
    pane = window.claims_pane
    selection = pane.table.selectionModel()
    for n, claim_id in enumerate(ids):
        index = pane.model.index(pane.model.row_of(claim_id), 0)
        flags = QItemSelectionModel.SelectionFlag.Rows | (
            QItemSelectionModel.SelectionFlag.ClearAndSelect if n == 0 else QItemSelectionModel.SelectionFlag.Select
        )
        selection.setCurrentIndex(index, flags)


def test_selected_claims_get_one_change_as_one_undo_step(speech, window, qtbot, monkeypatch):
    ws, _source_id = speech
    ids = [_mark(window, qtbot, q) for q in ("First sentence here.", "Second sentence there.", "Third one follows.")]
    steps = window.session.undo_stack.count()
    pane = window.claims_pane
    pane.table.setFocus()
    # Shift+click extends the selection, as in any list
    first_row = pane.model.row_of(ids[0])
    last_row = pane.model.row_of(ids[2])
    pane.select_claim(ids[0])
    rect = pane.table.visualRect(pane.model.index(last_row, 0))
    qtbot.mouseClick(pane.table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, rect.center())
    assert sorted(pane.selected_claim_ids()) == sorted(ids)
    assert abs(first_row - last_row) == 2
    assert pane.selection_hint.isVisibleTo(pane) and pane.selection_hint.text().startswith("3 claims selected")

    def fill(dialog: BatchEditDialog) -> int:
        dialog.status.setCurrentIndex(dialog.status.findData(ClaimStatus.IN_REVIEW.value))
        dialog.claimant.setEditText("Maria Zakharova")
        dialog.claimant.lineEdit().textEdited.emit("Maria Zakharova")
        dialog.add_tags.setText("MH17")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(BatchEditDialog, "exec", fill)
    qtbot.keyClick(pane.table, Qt.Key.Key_F2)
    assert window.session.undo_stack.count() == steps + 1
    assert window.session.undo_stack.undoText() == "Change 3 Claims"
    for claim_id in ids:
        detail = claims.get_claim(ws, claim_id)
        assert detail.claim.status == ClaimStatus.IN_REVIEW.value
        assert detail.claimant.name == "Maria Zakharova"
        assert detail.tags == ["MH17"]
    assert sorted(pane.selected_claim_ids()) == sorted(ids)  # the selection stays for the next change

    # the rating shortcut rates every selected claim, as one step too
    qtbot.keyClick(pane.table, Qt.Key.Key_5, CTRL)
    assert {claims.get_claim(ws, i).rating.label for i in ids} == {"False"}
    window.undo_action.trigger()
    assert {claims.get_claim(ws, i).rating for i in ids} == {None}
    window.undo_action.trigger()
    for claim_id in ids:
        detail = claims.get_claim(ws, claim_id)
        assert detail.claim.status == ClaimStatus.NEW.value and detail.claimant is None and detail.tags == []
    assert window.session.undo_stack.count() == steps + 2  # both redoable


def test_the_batch_dialog_asks_for_something_to_change(speech, window, qtbot):
    ws, _source_id = speech
    dialog = BatchEditDialog(ws, count=2)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() == 0 and dialog.error.text() == "Choose something to change."
    dialog.set_date.setChecked(True)
    dialog.date.edit.setText("someday")
    dialog.accept()
    assert dialog.result() == 0 and "someday" in dialog.error.text()
    dialog.date.edit.setText("")
    dialog.accept()  # a ticked, empty date: clear the dates
    assert dialog.result() == 1 and dialog.edit() == {"claimed_on": None}


def test_a_read_only_workspace_offers_no_batch_edit(tmp_path, window):
    path = tmp_path / "held.factdesk"
    with Workspace.create(path) as ws:
        _claims(ws, 2)
    window._install(Workspace.open(path, read_only=True))
    window.claims_pane.table.selectAll()
    assert not window.claims_pane.edit_selected()
