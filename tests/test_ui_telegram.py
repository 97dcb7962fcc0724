"""A Telegram export in the window: recognised by the import, its dialog, progress, undo and redo."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QMessageBox

from app.services import sources
from tests.test_telegram import WEEKS, channel_export, post, write
from ui.intake.telegram import TelegramDialog
from ui.tasks import ImmediatePool

JULY_1 = 1_688_169_600


@pytest.fixture
def desk(window, tmp_path):
    assert window.create_workspace(tmp_path / "tg.factdesk")
    window.importer.pool = ImmediatePool()
    window.importer.telegram.pool = ImmediatePool()
    return window


@pytest.fixture
def refusals(monkeypatch):
    seen = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: seen.append((title, text)))
    return seen


def _close_summaries() -> list[str]:
    texts = []
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.objectName() == "telegram_summary" and widget.isVisible():
            texts.append(widget.text() + "\n" + widget.informativeText())
            widget.close()
    return texts


def test_the_dialog_turns_the_choices_into_a_selection(qtbot, tmp_path):
    from app.intake.telegram import Chat

    chats = [Chat("Новини", "public_channel", 1, "chats", 0, 12), Chat("Old", "private_channel", 2, "left_chats", 0)]
    dialog = TelegramDialog("result.json", chats)
    qtbot.addWidget(dialog)
    assert dialog.channel.isEnabled() and dialog.channel.count() == 2
    assert "12" in dialog.channel.itemText(0)
    assert not dialog.since.isEnabled()
    dialog.limit_dates.setChecked(True)
    assert dialog.since.isEnabled() and dialog.until.isEnabled()
    dialog.since.setDate(QDate(2023, 7, 3))
    dialog.until.setDate(QDate(2023, 7, 9))
    dialog.keyword.setText(" мобілізація ")
    dialog.handle.setText("@novyny")
    dialog.channel.setCurrentIndex(1)
    options = dialog.options()
    assert options.chat.name == "Old" and options.handle == "@novyny"
    assert (options.selection.since, options.selection.until) == (date(2023, 7, 3), date(2023, 7, 9))
    assert options.selection.grep == "мобілізація"
    assert dialog.sizeHint().width() <= 1366


def test_dropping_an_export_asks_then_imports_one_week_with_one_undo_step(desk, tmp_path, refusals):
    export = write(tmp_path / "result.json", channel_export(WEEKS))
    asked = []

    def answer(path, chats):
        dialog = TelegramDialog(path.name, chats, desk)
        dialog.limit_dates.setChecked(True)
        dialog.since.setDate(QDate(2023, 7, 1))
        dialog.until.setDate(QDate(2023, 7, 7))
        asked.append([c.name for c in chats])
        options = dialog.options()
        dialog.deleteLater()
        return options

    desk.importer.telegram.ask = answer
    assert desk.importer.import_files([export])
    assert asked == [["Канал"]]
    ws = desk.session.workspace
    assert [row.title for row in sources.list_sources(ws)] == ["Мобілізація: новий закон", "Перший пост"]
    summary = _close_summaries()
    assert summary and "Posts imported from “Канал”: 2" in summary[0]
    stack = desk.session.undo_stack
    assert stack.undoText() == "Import Posts of “Канал”"
    stack.undo()
    assert sources.list_sources(ws) == []
    stack.redo()
    assert len(sources.list_sources(ws)) == 2
    assert refusals == []


def test_a_broken_export_is_refused_in_words_and_changes_nothing(desk, tmp_path, refusals):
    messages = [post(n, JULY_1 + n * 60, f"Пост {n}") for n in range(1, 60)]
    raw = json.dumps(channel_export(messages), ensure_ascii=False)
    export = write(tmp_path / "result.json", raw[: len(raw) - 200])
    desk.importer.telegram.ask = lambda path, chats: TelegramDialog(path.name, chats, desk).options()
    desk.importer.import_files([export])
    assert sources.list_sources(desk.session.workspace) == []
    assert refusals and "result.json is not a readable Telegram export" in refusals[-1][1]
    assert not desk.session.undo_stack.canUndo()


def test_cancel_in_the_dialog_imports_nothing(desk, tmp_path, refusals):
    export = write(tmp_path / "result.json", channel_export(WEEKS))
    desk.importer.telegram.ask = lambda path, chats: None
    assert not desk.importer.import_files([export])
    assert sources.list_sources(desk.session.workspace) == []


def test_the_real_html_sample_is_recognised_by_content(desk, tmp_path, refusals):
    sample = Path(__file__).parent / "data" / "telegram" / "05_channel_html_excerpt_messages_2018_realexport.html"
    target = tmp_path / "index.html"
    target.write_bytes(sample.read_bytes())
    desk.importer.telegram.ask = lambda path, chats: TelegramDialog(path.name, chats, desk).options()
    assert desk.importer.import_files([target])
    rows = sources.list_sources(desk.session.workspace)
    assert len(rows) >= 10 and all(row.outlet == "🛡 Cybersecurity & Privacy news 🛡 (Telegram)" for row in rows)
    _close_summaries()


def test_cancel_during_the_import_leaves_the_workspace_as_it_was(desk, tmp_path, refusals):
    messages = [post(n, JULY_1 + n * 60, f"Пост номер {n} " + "слово " * 40) for n in range(1, 3001)]
    export = write(tmp_path / "result.json", channel_export(messages))
    importer = desk.importer.telegram
    importer.ask = lambda path, chats: TelegramDialog(path.name, chats, desk).options()
    seen = []

    def progressed(job, done, total):  # the analyst presses Cancel at the first progress report
        seen.append((done, total))
        job.dialog.canceled.emit()

    importer._on_progressed = progressed
    assert desk.importer.import_files([export])
    assert seen and seen[0][1] >= export.stat().st_size // 1024
    assert sources.list_sources(desk.session.workspace) == []
    assert not desk.session.undo_stack.canUndo()
    assert desk.statusBar().currentMessage() == "Import cancelled; nothing was added."
    assert not importer.busy


def test_a_full_account_export_lists_its_channels_off_the_ui_thread_then_imports_the_chosen_one(
    desk, tmp_path, refusals
):
    account = {
        "personal_information": {"first_name": "A"},
        "chats": {
            "about": "",
            "list": [
                {"name": "Friend", "type": "personal_chat", "id": 5, "messages": [post(1, JULY_1, "hi")]},
                {"name": "Новини", "type": "public_channel", "id": 77, "messages": [post(1, JULY_1, "one")]},
                {"name": "Old", "type": "private_channel", "id": 88, "messages": [post(9, JULY_1, "left")]},
            ],
        },
    }
    export = write(tmp_path / "result.json", account)
    offered = []

    def answer(path, chats):
        offered.append([(c.name, c.messages) for c in chats])
        dialog = TelegramDialog(path.name, chats, desk)
        dialog.channel.setCurrentIndex(1)
        return dialog.options()

    desk.importer.telegram.ask = answer
    assert desk.importer.import_files([export])
    assert offered == [[("Новини", 1), ("Old", 1)]]
    (row,) = sources.list_sources(desk.session.workspace)
    assert row.title == "left" and row.outlet == "Old (Telegram)"
    assert not desk.importer.telegram.busy
    _close_summaries()
