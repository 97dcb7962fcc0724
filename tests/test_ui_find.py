"""Find in source: the match is selected, so marking it makes a claim of exactly those words."""

from PySide6.QtCore import Qt

from app.services import claims
from ui import commands

TEXT = "😀 Захарова заявила: зброя потрапляє до протестувальників. Зброя! Кінець."


def _window_with_source(window, tmp_path):
    assert window.create_workspace(tmp_path / "find.factdesk")
    window.session.push(commands.create_source(window.session, title="Джерело", text=TEXT))
    return window.source_pane


def test_find_selects_the_match_and_ctrl_m_marks_it(window, tmp_path, qtbot):
    pane = _window_with_source(window, tmp_path)
    window.find_source_action.trigger()
    assert pane.find_box.hasFocus()
    pane.find_box.setText("ЗБРОЯ")  # case-insensitive, Cyrillic
    assert pane.find_next(from_start=True)
    assert pane.selected_span() == (TEXT.index("зброя"), TEXT.index("зброя") + 5)
    assert pane.find_next()  # the next one
    assert pane.selected_span() == (TEXT.index("Зброя"), TEXT.index("Зброя") + 5)
    assert pane.find_next()  # wraps to the first again
    assert pane.selected_span()[0] == TEXT.index("зброя")
    assert pane.find_next(backward=True)  # and back, wrapping at the start
    assert pane.selected_span()[0] == TEXT.index("Зброя")
    qtbot.keyClick(pane.find_box, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    [claim_id] = claims.claim_ids(window.session.workspace)
    claim = claims.get_claim(window.session.workspace, claim_id).claim
    assert claim.quote == "Зброя" and TEXT[claim.start : claim.end] == "Зброя"


def test_find_says_when_nothing_matches_and_leaves_nothing_selected(window, tmp_path):
    pane = _window_with_source(window, tmp_path)
    pane.find_box.setText("Захарова")
    assert pane.find_next(from_start=True)
    pane.find_box.setText("немає такого")
    assert not pane.find_next(from_start=True)
    assert "background" in pane.find_box.styleSheet()
    assert pane.selected_span() is None  # Ctrl+M must not mark the last match (issue 12, finding 6)


def test_a_claim_far_down_a_long_source_is_laid_out_and_in_view(window, tmp_path, sample_text):
    """Selecting a claim near the end of a long source scrolls to a laid-out paragraph."""
    from PySide6.QtGui import QTextCursor

    assert window.create_workspace(tmp_path / "long.factdesk")
    text = sample_text * 3
    window.session.push(commands.create_source(window.session, title="Long", text=text))
    start = text.rindex("The weapons supplied to Kyiv")
    command = commands.create_claim(window.session, window.source_pane.source_id, start, start + 60)
    window.session.push(command)
    pane = window.source_pane
    pane.show_claim(command.created_id(), pane.source_id)
    view = pane.view
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.map.to_utf16(start))
    assert cursor.block().layout().lineCount() > 0
    assert view.viewport().rect().contains(view.cursorRect(cursor).center())


def test_delete_in_the_suggestions_list_dismisses_and_leaves_evidence_alone(window, tmp_path, sample_text, qtbot):
    """Delete belongs to the widget with focus: the evidence table's Delete (unlink) must not fire
    from the suggestions list, where Delete dismisses a suggestion."""
    from app.services import evidence, intake

    assert window.create_workspace(tmp_path / "keys.factdesk")
    window.session.push(commands.create_source(window.session, title="Sample", text=sample_text))
    source_id = window.source_pane.source_id
    start = sample_text.index("Bulgaria and Portugal")
    command = commands.create_claim(window.session, source_id, start, start + 40)
    window.session.push(command)
    claim_id = command.created_id()
    evidence.create_and_link(window.session.workspace, claim_id, {"title": "Declarations"}, stance="supports")
    window.claims_pane.select_claim(claim_id)
    panel = window.source_pane.suggestions
    shown = [(s.start, s.end) for s in intake.suggestions_for(window.session.workspace, source_id)]
    panel.list.setCurrentRow(0)
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert len(evidence.links_for_claim(window.session.workspace, claim_id)) == 1
    after = [(s.start, s.end) for s in intake.suggestions_for(window.session.workspace, source_id)]
    assert len(set(shown) - set(after)) == 1  # exactly one suggestion was dismissed
