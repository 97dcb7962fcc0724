"""With a Cyrillic keyboard layout alone, Ctrl+letter shortcuts answer by the key's position:
Ctrl+Ь (the key of M) marks a claim, Ctrl+Я (Z) undoes, Ctrl+А (F) searches."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.services import claims
from ui import commands, keyboard

ROOT = Path(__file__).resolve().parents[1]
CTRL = Qt.KeyboardModifier.ControlModifier
TEXT = "Захарова заявила: зброя потрапляє до протестувальників у Франції."
QUOTE = "зброя потрапляє до протестувальників"


def press_ctrl(widget, letter: str) -> None:
    """Ctrl and the key that types `letter` on a Cyrillic layout, as Qt gets it from such a
    keyboard: the key code is the letter's upper-case code point (QTest's keyClick knows only ASCII)."""
    key = QKeySequence(letter.upper())[0].key()
    for action in (QTest.KeyAction.Press, QTest.KeyAction.Release):
        QTest.sendKeyEvent(action, widget, key, letter.lower(), CTRL)


@pytest.fixture
def layout(qapp):
    keeper = keyboard.install(qapp)
    yield keeper
    qapp.removeEventFilter(keeper)
    keeper.setParent(None)
    keeper.deleteLater()


@pytest.fixture
def desk(layout, window, tmp_path):
    assert window.create_workspace(tmp_path / "keys.factdesk")
    session = window.session
    assert session.push(commands.create_source(session, title="Source", text=TEXT))
    return window


def _select_quote(window) -> None:
    view = window.source_pane.view
    start = TEXT.index(QUOTE)
    cursor = view.textCursor()
    cursor.setPosition(view.map.to_utf16(start))
    cursor.setPosition(view.map.to_utf16(start + len(QUOTE)), cursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    view.setFocus()


def test_twins_are_the_keys_at_the_same_place():
    assert [s.toString() for s in keyboard.twins(QKeySequence("Ctrl+M"))] == ["Ctrl+Ь"]
    assert [s.toString() for s in keyboard.twins(QKeySequence("Ctrl+Shift+E"))] == ["Ctrl+Shift+У"]
    assert [s.toString() for s in keyboard.twins(QKeySequence("Ctrl+S"))] == ["Ctrl+І", "Ctrl+Ы"]
    assert [s.toString() for s in keyboard.twins(QKeySequence("Ctrl+]"))] == ["Ctrl+Ї", "Ctrl+Ъ"]
    assert [s.toString() for s in keyboard.twins(QKeySequence("Ctrl+,"))] == ["Ctrl+Б"]
    assert keyboard.twins(QKeySequence("Alt+1")) == [] and keyboard.twins(QKeySequence("M")) == []
    assert keyboard.twins(QKeySequence("Ctrl+5")) == []
    assert keyboard.LATIN_KEY_OF["Ь"] == Qt.Key.Key_M.value


def test_the_menus_still_show_the_latin_shortcut(desk):
    mark = desk.findChild(QAction, "mark_claim")
    assert mark.shortcut().toString() == "Ctrl+M"
    assert QKeySequence("Ctrl+Ь") in mark.shortcuts()
    assert QKeySequence("Ctrl+Я") in desk.undo_action.shortcuts()


def test_ctrl_soft_sign_marks_a_claim_and_ctrl_ya_undoes_it(desk, qtbot):
    _select_quote(desk)
    press_ctrl(desk.source_pane.view, "ь")
    ws = desk.session.workspace
    (claim_id,) = claims.claim_ids(ws)
    assert claims.get_claim(ws, claim_id).claim.quote == QUOTE
    press_ctrl(desk.source_pane.view, "я")
    assert claims.claim_ids(ws) == []


def test_ctrl_a_cyrillic_searches(desk, qtbot):
    press_ctrl(desk.source_pane.view, "а")  # the key of F
    assert QApplication.focusWidget() is not None
    assert QApplication.focusWidget().objectName() == "search_box"


def test_the_application_installs_the_layout_shortcuts():
    """In a process of its own: make_application installs the filter; a window's actions get twins."""
    code = (
        "from PySide6.QtGui import QAction, QKeySequence\n"
        "from PySide6.QtWidgets import QMainWindow\n"
        "from ui.application import make_application\n"
        "from ui.keyboard import LayoutShortcuts\n"
        "app = make_application(['factdesk'])\n"
        "w = QMainWindow()\n"
        "a = QAction('Mark', w)\n"
        "a.setShortcut(QKeySequence('Ctrl+M'))\n"
        "w.addAction(a)\n"
        "print(app.findChild(LayoutShortcuts) is not None, [s.toString() for s in a.shortcuts()])\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True ['Ctrl+M', 'Ctrl+Ь']"
