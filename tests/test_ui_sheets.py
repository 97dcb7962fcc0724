"""Spreadsheets in the window: File ▸ Import Claims from Spreadsheet… (the mapping dialog, one undo
step) and File ▸ Export ▸ Spreadsheet…."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from PySide6.QtWidgets import QMessageBox

from app.services import claims as claim_service
from app.services import sources
from app.transfer import dump
from ui.tasks import ImmediatePool


@pytest.fixture
def desk(window, tmp_path, monkeypatch):
    assert window.create_workspace(tmp_path / "sheets.factdesk")
    window.sheets.pool = ImmediatePool()
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(f"unexpected refusal: {a[2]}"))
    return window


def _book(path, rows):
    book = openpyxl.Workbook()
    book.active.title = "Claims"
    for row in rows:
        book.active.append(row)
    for row in book.active.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # text that looks like a formula, as Excel keeps it after a '
    other = book.create_sheet("Other")
    other.append(["Текст", "Автор"])
    other.append(["Інший аркуш", "Хтось"])
    book.save(path)
    return path


def test_the_menus_hold_the_actions(desk):
    file_menu = desk.menuBar().actions()[0].menu()
    assert desk.import_sheet_action in file_menu.actions()
    assert desk.export_sheet_action in desk.export_menu.actions()
    assert desk.import_sheet_action.isEnabled() and desk.export_sheet_action.isEnabled()


def test_import_through_the_mapping_dialog_then_undo_and_redo(desk, tmp_path, qtbot):
    path = _book(tmp_path / "claims.xlsx", [
        ["Who", "Words", "When", "Link"],
        ["Іван Петренко", "Ціни на хліб зросли втричі", date(2024, 3, 1), "https://example.com/1"],
        ["Олена", "=SUM(A1) is what she said", date(2024, 3, 2), "https://example.com/1"],
        ["Олена", "", date(2024, 3, 3), ""],
    ])  # fmt: skip
    ws = desk.session.workspace
    assert desk.sheets.import_file(path)
    dialog = desk.sheets.last_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.sheet_box.currentText() == "Claims"
    assert not dialog.import_button.isEnabled()  # nothing names the quote's column yet
    dialog.set_field(1, "quote")
    dialog.set_field(0, "claimant")
    dialog.set_field(2, "date")
    dialog.set_field(3, "url")
    assert dialog.import_button.isEnabled()
    assert "Row 4" in dialog.problems.toPlainText()
    assert dialog.preview.item(1, 1).text() == "Ціни на хліб зросли втричі"
    dialog.set_field(3, "quote")  # a field goes to one column: B gives it up
    assert dialog.mapping().get("quote") == 3 and "url" not in dialog.mapping()
    dialog.set_field(1, "quote")
    dialog.set_field(3, "url")
    dialog.import_button.click()
    qtbot.waitUntil(lambda: len(dump(ws)["claims"]) == 2)
    box = desk.findChild(QMessageBox, "sheet_import_summary")
    assert box is not None and "Row 4" in box.informativeText()
    box.close()
    data = dump(ws)
    assert {c["quote"] for c in data["claims"]} == {"Ціни на хліб зросли втричі", "=SUM(A1) is what she said"}
    assert [s["url"] for s in data["sources"]] == ["https://example.com/1"]
    desk.undo_action.trigger()
    assert dump(ws)["claims"] == [] and sources.list_sources(ws) == []
    desk.redo_action.trigger()
    again = dump(ws)
    assert [c["id"] for c in again["claims"]] == [c["id"] for c in data["claims"]]
    assert claim_service.count_claims(ws) == 2


def test_another_sheet_can_be_chosen(desk, tmp_path):
    path = _book(tmp_path / "two.xlsx", [["Quote"], ["one"]])
    desk.sheets.import_file(path)
    dialog = desk.sheets.last_dialog
    dialog.sheet_box.setCurrentText("Other")
    assert dialog.table.sheet == "Other"
    assert dialog.mapping() == {"quote": 0, "claimant": 1}  # guessed from the headings
    dialog.reject()


def test_a_hostile_file_is_refused_in_words(desk, tmp_path, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: said.append(text))
    path = tmp_path / "bad.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    desk.sheets.import_file(path)
    assert said and "bad.xlsx" in said[0]
    assert desk.sheets.last_dialog is None


def test_export_writes_the_workbook(desk, tmp_path):
    ws = desk.session.workspace
    source_id = sources.create_source(ws, title="T", text="Київ заявив щось.").subject
    claim_service.create_claim(ws, source_id, 0, 17)
    target = tmp_path / "out.xlsx"
    assert desk.sheets.export_to(target)
    book = openpyxl.load_workbook(target)
    assert book["Claims"]["B2"].value == "Київ заявив щось."
