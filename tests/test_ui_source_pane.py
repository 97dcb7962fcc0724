"""The source pane as the analyst meets it: dragging its text, finding in it, and claim spans."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from app.services import claims
from ui import commands

TEXT = (
    "Прессконференция. The official said: “We believe there is absolutely no proof that the "
    "missile was ours.” He didn’t take questions. «Це – фейк», — заявила речниця. Café  "
    "prices rose\nby 20 % in 2022–2023. Ёлка and елка."
)


@pytest.fixture
def pane(window, tmp_path):
    assert window.create_workspace(tmp_path / "pane.factdesk")
    window.session.push(commands.create_source(window.session, title="Press conference", text=TEXT))
    return window.source_pane


def _select(pane, start: int, end: int) -> None:
    view = pane.view
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.map.to_utf16(start))
    cursor.setPosition(view.map.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)


def _drag(target, mime: QMimeData) -> tuple[bool, bool]:
    """Drag `mime` onto the middle of `target` and drop it there, as Qt delivers it: (whether the
    enter was accepted by someone, whether the drop was)."""
    point = target.rect().center()
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(point), actions, mime, buttons, modifiers)
    QApplication.sendEvent(target, enter)
    move = QDragMoveEvent(QPoint(point), actions, mime, buttons, modifiers)
    QApplication.sendEvent(target, move)
    drop = QDropEvent(QPointF(point), actions, mime, buttons, modifiers)
    QApplication.sendEvent(target, drop)
    return enter.isAccepted(), drop.isAccepted()


# -- finding 5: the pane's own drags ---------------------------------------------------------------


def test_the_panes_own_selection_dropped_on_it_opens_nothing(pane, window, qtbot, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(window, "new_source", lambda text="": opened.append(text))
    start = TEXT.index("We believe")
    _select(pane, start, start + 30)
    mime = pane.view.createMimeDataFromSelection()
    assert mime.text() == TEXT[start : start + 30]  # it can still be dragged out, as text
    _enter, dropped = _drag(pane.view.viewport(), mime)
    assert not dropped
    _enter, dropped = _drag(window.claims_pane, mime)  # nor anywhere else in the window
    assert not dropped
    qtbot.wait(20)
    assert opened == []
    assert pane.view.toPlainText() == TEXT  # and the read-only text is as it was
    assert pane.view.python_selection() == (start, start + 30)


def test_text_from_another_program_dropped_on_the_pane_still_makes_a_source(pane, window, qtbot, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(window, "new_source", lambda text="": opened.append(text))
    mime = QMimeData()
    mime.setText("A paragraph from a browser.")
    entered, dropped = _drag(pane.view.viewport(), mime)
    assert entered and dropped
    qtbot.waitUntil(lambda: opened == ["A paragraph from a browser."])


# -- finding 6: find forgives as search does -------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("didn't", "didn’t"),  # a straight apostrophe finds a curly one
        ("DIDN’T TAKE", "didn’t take"),
        ('"we believe', "“We believe"),
        ("«we believe there", "“We believe there"),
        ('"Це - фейк"', "«Це – фейк»"),  # quote and dash styles
        ("cafe prices", "Café  prices"),  # accents; a run of blanks
        ("rose by", "rose\nby"),  # a line break
        ("20 % in 2022-2023", "20 % in 2022–2023"),
        ("ёлка", "Ёлка"),
        ("ЁЛКА AND ЕЛКА", "Ёлка and елка"),
    ],
)
def test_find_forgives_case_accents_quotes_dashes_and_blanks(pane, typed, found):
    pane.find_box.setText(typed)
    assert pane.find_next(from_start=True)
    start = TEXT.index(found)
    assert pane.view.python_selection() == (start, start + len(found))  # exact offsets in the source text
    assert pane.view.textCursor().selectedText().replace("\u2029", "\n") == found


def test_find_after_an_emoji_selects_the_right_characters(window, tmp_path):
    assert window.create_workspace(tmp_path / "emoji.factdesk")
    text = "😀😀 Мовчанка — теж позиція, he didn’t say."
    window.session.push(commands.create_source(window.session, title="Emoji", text=text))
    pane = window.source_pane
    pane.find_box.setText("didn't say")
    assert pane.find_next(from_start=True)
    assert pane.view.textCursor().selectedText() == "didn’t say"
    assert pane.view.python_selection() == (text.index("didn’t"), text.index("didn’t") + 10)


def test_a_failed_find_leaves_nothing_selected_for_ctrl_m(pane, window, qtbot):
    window.find_source_action.trigger()
    for typed in ("absolutely", "absolutely n", "absolutely nx"):  # typed letter by letter
        pane.find_box.setText(typed)
        pane.find_next(from_start=True)
    assert pane.view.python_selection() is None
    assert "background" in pane.find_box.styleSheet()
    qtbot.keyClick(pane.find_box, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert claims.claim_ids(window.session.workspace) == []  # nothing marked from a part match
    pane.find_box.setText("absolutely no")
    assert pane.find_next(from_start=True)
    assert pane.find_box.styleSheet() == ""


def test_find_next_and_previous_wrap(pane):
    pane.find_box.setText("ЕЛКА")
    assert pane.find_next(from_start=True)
    first = pane.view.python_selection()
    assert TEXT[first[0] : first[1]] == "Ёлка"
    assert pane.find_next()
    assert TEXT[slice(*pane.view.python_selection())] == "елка"
    assert pane.find_next()
    assert pane.view.python_selection() == first  # wrapped
    assert pane.find_next(backward=True)
    assert TEXT[slice(*pane.view.python_selection())] == "елка"  # and back, wrapping at the start
