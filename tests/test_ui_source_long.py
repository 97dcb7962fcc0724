"""Long sources go into the source pane a piece at a time, so the window never freezes while
millions of characters are laid out; marks, scrolling and suggestions follow once the text is in.

These tests check the behaviour (pieces, order, offsets), not the clock: the stall figures come
from `benchmarks/source_view_bench.py`.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QTextCursor

from app.services import claims, sources
from ui.session import WorkspaceSession
from ui.source.pane import BREAK_EVERY, LONG_PARAGRAPH, RANKED_AT_ONCE, SHOWN_AT_ONCE, SourcePane, display_text

SENTENCE = "Речник заявив, що у 2023 році 185 000 контрактників прийнято до армії. "


def long_text(chars: int, *, paragraph: int | None = 240) -> str:
    """Cyrillic sentences to `chars` characters, in paragraphs of about `paragraph` characters
    (one single line when None)."""
    body = (SENTENCE * (chars // len(SENTENCE) + 1))[:chars]
    if paragraph is None:
        return body
    lines = [body[i : i + paragraph].strip() for i in range(0, chars, paragraph)]
    return "\n".join(line for line in lines if line)


@pytest.fixture
def pane(qtbot, ws):
    session = WorkspaceSession(ws)
    widget = SourcePane()
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    widget.show()
    widget.set_session(session)
    yield widget
    widget.set_session(None)
    QThreadPool.globalInstance().waitForDone(30_000)  # a ranking still under way ends with its test


def shown_text(pane: SourcePane) -> str:
    return pane.view.document().toPlainText()


# -- display text ----------------------------------------------------------------------------------


def test_short_paragraphs_are_shown_as_they_are():
    text = long_text(50_000)
    assert display_text(text) is text


def test_a_single_long_line_is_broken_at_spaces_only_and_keeps_every_offset():
    text = long_text(1_000_000, paragraph=None)
    shown = display_text(text)
    assert len(shown) == len(text)
    changed = [i for i, (a, b) in enumerate(zip(text, shown, strict=True)) if a != b]
    assert changed and all(text[i] == " " and shown[i] == "\n" for i in changed)
    assert max(len(line) for line in shown.split("\n")) < BREAK_EVERY * 3 // 2 + len(SENTENCE)


def test_a_long_line_without_spaces_is_left_whole():
    text = "x" * (LONG_PARAGRAPH * 3)
    assert display_text(text) == text


# -- the pane --------------------------------------------------------------------------------------


def test_a_long_source_is_shown_in_pieces_and_ends_complete(qtbot, pane, ws):
    text = long_text(SHOWN_AT_ONCE * 3)
    source_id = sources.create_source(ws, title="Long", text=text, language="uk").subject
    pane.show_source(source_id)
    assert pane.loading
    assert len(shown_text(pane)) < len(text)  # only the first pieces are in yet
    qtbot.waitUntil(lambda: not pane.loading, timeout=20_000)
    assert shown_text(pane) == text
    reader = pane.view.textCursor()  # still at the top, nothing selected, however the pieces went in
    assert reader.position() == 0 and not reader.hasSelection()
    assert pane.view.verticalScrollBar().value() == 0


def test_a_single_line_source_is_shown_with_the_same_offsets(qtbot, pane, ws):
    text = long_text(SHOWN_AT_ONCE * 2, paragraph=None)
    source_id = sources.create_source(ws, title="One line", text=text, language="uk").subject
    pane.show_source(source_id)
    qtbot.waitUntil(lambda: not pane.loading, timeout=20_000)
    assert shown_text(pane) == display_text(text)
    assert pane.view.document().blockCount() > len(text) // (BREAK_EVERY * 2)

    # a selection in the view is the same span of the stored text
    start = text.index("185 000", len(text) - 5_000)
    cursor = QTextCursor(pane.view.document())
    cursor.setPosition(start)
    cursor.setPosition(start + len("185 000"), QTextCursor.MoveMode.KeepAnchor)
    pane.view.setTextCursor(cursor)
    begin, end = pane.view.python_selection()
    assert text[begin:end] == "185 000"


def test_a_claim_asked_for_while_loading_is_marked_and_scrolled_to_when_the_text_is_in(qtbot, pane, ws):
    text = long_text(SHOWN_AT_ONCE * 3)
    source_id = sources.create_source(ws, title="Long", text=text, language="uk").subject
    start = text.index("185 000", len(text) - 2_000)
    claim_id = claims.create_claim(ws, source_id, start, start + 7, summary="Near the end").subject
    pane.show_claim(claim_id, source_id)
    assert pane.loading and pane.view.extraSelections() == []
    qtbot.waitUntil(lambda: not pane.loading, timeout=20_000)
    marked = [s for s in pane.view.extraSelections() if s.cursor.selectionStart() == start]
    assert marked and marked[0].cursor.selectedText() == "185 000"
    assert pane.view.textCursor().position() == start
    assert pane.view.verticalScrollBar().value() > 0


def test_showing_another_source_stops_the_long_one(qtbot, pane, ws):
    long_id = sources.create_source(ws, title="Long", text=long_text(SHOWN_AT_ONCE * 4), language="uk").subject
    short_id = sources.create_source(ws, title="Short", text="A short statement.", language="en").subject
    pane.show_source(long_id)
    assert pane.loading
    pane.show_source(short_id)
    assert not pane.loading
    qtbot.wait(200)  # any piece of the long text still queued would land now
    assert shown_text(pane) == "A short statement."


def test_suggestions_for_a_long_source_are_worked_out_on_another_thread(qtbot, pane, ws):
    text = long_text(RANKED_AT_ONCE * 2)
    source_id = sources.create_source(ws, title="Long", text=text, language="uk").subject
    pane.show_source(source_id)
    qtbot.waitUntil(lambda: not pane.loading, timeout=20_000)
    panel = pane.suggestions
    if panel.list.count() == 0:  # still ranking: the panel says so
        assert "Looking for sentences" in panel.note.text()
    qtbot.waitUntil(lambda: panel.list.count() == 15, timeout=20_000)
    assert not panel.note.isVisible()
    spans = panel.spans()
    assert all("185 000" in text[s:e] for s, e in spans)


# -- pasting a long text ---------------------------------------------------------------------------


def test_a_pasted_text_with_a_huge_paragraph_is_kept_aside_whole(qtbot):
    from PySide6.QtCore import QMimeData

    from ui.sources.new_source_dialog import HUGE_PARAGRAPH, SourceDialog

    dialog = SourceDialog()
    qtbot.addWidget(dialog)
    text = long_text(HUGE_PARAGRAPH * 3, paragraph=None)
    mime = QMimeData()
    mime.setText(text)
    dialog.text.insertFromMimeData(mime)
    assert dialog.text.isReadOnly()
    assert len(dialog.text.toPlainText()) < 5_000  # only the beginning is laid out
    assert dialog.fields()["text"] == text
    assert dialog.title.text() == text[:120].strip()

    # an ordinary paste afterwards replaces it and the box can be edited again
    dialog.text.set_text("A short statement.")
    assert not dialog.text.isReadOnly() and dialog.fields()["text"] == "A short statement."


# -- the source picker -----------------------------------------------------------------------------


def test_the_picker_lists_sources_newest_first_and_counts_claims_when_asked(qtbot, pane, ws):
    from PySide6.QtCore import Qt

    older = sources.create_source(ws, title="Older", text="One claim here.", outlet="Outlet").subject
    newer = sources.create_source(ws, title="Newer", text="Another statement.").subject
    pane.set_session(pane._session)
    model = pane.picker.model()
    from ui.source.picker import SourceChoices

    alone = SourceChoices()
    alone.reload(ws)
    assert alone.rowCount() == 2 and not alone._labels  # ids only, until a title is asked for
    assert alone.index(1, 0).data() == "Older — Outlet" and len(alone._labels) == 2
    assert [model.index(row, 0).data() for row in range(model.rowCount())] == ["Newer", "Older — Outlet"]
    assert pane.picker.itemData(1) == older
    tooltip = model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    claims.create_claim(ws, older, 0, 9)
    claims.create_claim(ws, newer, 0, 7)
    # the count is read when the tooltip is asked for, so a claim edit never refills the list
    assert model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole) != tooltip
    assert "1" in model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
