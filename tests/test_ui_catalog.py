"""Edit ▸ Tags… and Edit ▸ Rating Scales… in the real window, and ratings shown in the interface's language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QInputDialog, QMessageBox

from app.changes import RATING, Changes
from app.services import catalog, claims, sources
from app.workspace import Workspace
from ui.catalog.scales_dialog import CLAIMS, COLOUR, LABEL_UK, VALUE, ScalesDialog
from ui.catalog.tags_dialog import NAME, TITLE, TagsDialog

TEXT = "Alpha said one thing. Beta said two things. Gamma said three things."


def build(path: Path) -> dict[str, int]:
    ws = Workspace.create(path, user="tester")
    try:
        source_id = sources.create_source(ws, title="Weekly", text=TEXT).subject
        false = next(r for r in catalog.ratings(ws) if r.label == "False")
        ids = {}
        for word, tags in (("Alpha", ["war", "economy"]), ("Beta", ["War"]), ("Gamma", ["energy"])):
            start = TEXT.index(word)
            ids[word] = claims.create_claim(ws, source_id, start, start + 5, tags=tags, rating_id=false.id).subject
        return ids
    finally:
        ws.close()


@pytest.fixture
def desk(window, tmp_path):
    ids = build(tmp_path / "desk.factdesk")
    assert window.open_workspace(tmp_path / "desk.factdesk")
    yield ids
    catalog.set_interface_language("en")


@pytest.fixture
def refusals(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, message, *a, **k: shown.append(message))
    return shown


def open_dialog(window, qtbot, action_name: str, kind):
    window.findChild(type(window.tags_action), action_name).trigger()
    dialog = window.findChild(kind)
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    return dialog


def row_of(table, column: int, text: str) -> int:
    return next(r for r in range(table.rowCount()) if table.item(r, column).text() == text)


# -- tags ------------------------------------------------------------------------------------------


def test_tags_dialog_lists_counts_renames_titles_and_undoes(window, desk, qtbot):
    dialog = open_dialog(window, qtbot, "manage_tags", TagsDialog)
    table = dialog.table
    counts = {table.item(r, NAME).text(): table.item(r, 2).data(0) for r in range(table.rowCount())}
    assert counts == {"economy": 1, "energy": 1, "war": 2}
    table.item(row_of(table, NAME, "war"), NAME).setText("війна")
    assert claims.get_claim(window.session.workspace, desk["Beta"]).tags == ["війна"]
    table.item(row_of(table, NAME, "війна"), TITLE).setText("Війна в Україні")
    assert {t.name: t.title for t in catalog.list_tags(window.session.workspace)}["війна"] == "Війна в Україні"
    window.session.undo_stack.undo()
    window.session.undo_stack.undo()
    assert {t.name: t.title for t in catalog.list_tags(window.session.workspace)}["war"] == ""
    assert table.item(row_of(table, NAME, "war"), NAME).text() == "war"  # the dialog follows undo


def test_renaming_onto_another_tag_is_refused_in_words(window, desk, qtbot, refusals):
    dialog = open_dialog(window, qtbot, "manage_tags", TagsDialog)
    dialog.table.item(row_of(dialog.table, NAME, "energy"), NAME).setText("ECONOMY")
    assert refusals and "merge" in refusals[0]
    assert dialog.table.item(row_of(dialog.table, NAME, "energy"), NAME).text() == "energy"


def test_tags_dialog_merges_and_deletes_with_a_confirmation_naming_the_claims(window, desk, qtbot, monkeypatch):
    dialog = open_dialog(window, qtbot, "manage_tags", TagsDialog)
    table = dialog.table
    for name in ("war", "energy"):
        dialog._add_to_selection(row_of(table, NAME, name))
    assert dialog.merge_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("war", True))
    dialog.merge_button.click()
    assert claims.get_claim(window.session.workspace, desk["Gamma"]).tags == ["war"]
    assert {t.heading for t in catalog.tag_usage(window.session.workspace)} == {"economy", "war"}
    asked: list[str] = []

    def answer(_parent, _title, text, *a, **k):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    table.clearSelection()
    dialog._add_to_selection(row_of(table, NAME, "war"))
    dialog.delete_button.click()
    assert "Claims carrying it: 3." in asked[0]
    assert [t.name for t in catalog.list_tags(window.session.workspace)] == ["economy"]
    window.session.undo_stack.undo()
    window.session.undo_stack.undo()
    assert [t.name for t in catalog.list_tags(window.session.workspace)] == ["economy", "energy", "war"]


# -- rating scales ---------------------------------------------------------------------------------


def test_scales_dialog_edits_labels_values_and_colours_undoably(window, desk, qtbot, monkeypatch, refusals):
    dialog = open_dialog(window, qtbot, "rating_scales", ScalesDialog)
    table = dialog.table
    assert table.rowCount() == 6 and table.item(0, LABEL_UK).text() == "Правда"
    assert table.item(4, CLAIMS).data(0) == 3  # "False" carries the three claims
    ws = window.session.workspace
    table.item(0, LABEL_UK).setText("Це правда")
    assert catalog.ratings(ws)[0].label_uk == "Це правда"
    table.item(0, VALUE).setText("five")
    assert refusals and "whole number" in refusals[-1] and catalog.ratings(ws)[0].value == 5
    table.selectRow(1)
    monkeypatch.setattr(QColorDialog, "getColor", lambda *a, **k: QColor("#112233"))
    dialog.colour_button.click()
    assert catalog.ratings(ws)[1].colour == "#112233"
    assert table.item(1, COLOUR).text() == "#112233"
    dialog.down_button.click()
    assert [r.label for r in catalog.ratings(ws)][:3] == ["True", "Misleading", "Mostly true"]
    for _ in range(3):
        window.session.undo_stack.undo()
    assert catalog.ratings(ws)[0].label_uk == "Правда" and catalog.ratings(ws)[1].colour == "#7CB342"
    assert [r.label for r in catalog.ratings(ws)][:3] == ["True", "Mostly true", "Misleading"]


def test_a_rating_claims_carry_is_not_removed(window, desk, qtbot, monkeypatch):
    dialog = open_dialog(window, qtbot, "rating_scales", ScalesDialog)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: told.append(text))
    dialog.table.selectRow(4)
    dialog.remove_button.click()
    assert told and "3" in told[0] and len(catalog.ratings(window.session.workspace)) == 6


def test_a_team_scale_of_its_own_becomes_the_workspace_scale(window, desk, qtbot, monkeypatch):
    catalog.set_interface_language("uk")
    dialog = open_dialog(window, qtbot, "rating_scales", ScalesDialog)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Команда", True))
    dialog.new_button.click()
    assert dialog.scale.currentText() == "Команда" and dialog.table.rowCount() == 0
    for label in ("Фейк", "Маніпуляція"):
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, label=label, **k: (label, True))
        dialog.add_button.click()
    assert [dialog.table.item(r, LABEL_UK).text() for r in range(2)] == ["Фейк", "Маніпуляція"]
    dialog.use_button.click()
    picker = window.verdict_pane.rating
    assert [catalog.rating_label(r) for r in picker.ratings()] == ["Фейк", "Маніпуляція"]
    assert window.rating_actions[0].text() == "Фейк"
    window.session.undo_stack.undo()
    assert catalog.rating_label(picker.ratings()[0]) == "Правда"


def test_the_picker_and_the_claims_list_show_ratings_in_the_interface_language(window, desk, qtbot):
    catalog.set_interface_language("uk")
    window.session.publish(Changes().update(RATING, 1))  # what a scale edit tells the panes
    picker = window.verdict_pane.rating
    buttons = sorted(picker.findChildren(type(picker._group.buttons()[0])), key=lambda b: b.text())
    assert any(b.text() == "5 Неправда" for b in buttons)
    rows = claims.claim_rows(window.session.workspace, [desk["Alpha"]])
    assert rows[desk["Alpha"]].rating == "Неправда"


def test_a_new_report_is_in_the_interface_language_and_offers_its_rating_labels(window, desk, qtbot):
    from ui.reports.dialog import ReportDialog

    catalog.set_interface_language("uk")
    dialog = ReportDialog(window.session.workspace)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "uk"
    assert [dialog.filter_rating.itemText(i) for i in range(dialog.filter_rating.count())][-6:] == [
        "Правда",
        "Переважно правда",
        "Маніпуляція",
        "Переважно неправда",
        "Неправда",
        "Не доведено",
    ]
    catalog.set_interface_language("en")
    english = ReportDialog(window.session.workspace)
    qtbot.addWidget(english)
    assert english.language.currentData() == "en"
