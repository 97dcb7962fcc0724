"""Claim spans: trimmed to words with balanced quotes when marked, and widened or narrowed after."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from app.anchoring import nudge_span, tidy_span
from app.errors import ValidationError
from app.services import claims, sources
from ui import commands

TEXT = (
    "The ministry denied it. They have no proof, the spokesman said. At the briefing the official "
    "said: “We believe there is absolutely no proof that the missile was ours.” He called the "
    "report “fake”. In the U.S. prices rose by 20 %. «Це фейк», — заявила речниця. "
    "Він назвав це „провокацією“ і пішов."
)


def _tidy(selected: str, text: str = TEXT, **options) -> str:
    start = text.index(selected)
    new_start, new_end = tidy_span(text, start, start + len(selected), **options)
    return text[new_start:new_end]


@pytest.mark.parametrize(
    ("selected", "kept"),
    [
        (". They have no proof", "They have no proof"),  # the full stop of the sentence before
        ("They have no proof, ", "They have no proof"),
        ("“We believe there is absolutely no proof", "We believe there is absolutely no proof"),
        ("absolutely no proof that the missile was ours.”", "absolutely no proof that the missile was ours"),
        # a pair around the whole quote: the report puts its own marks around it
        (
            "“We believe there is absolutely no proof that the missile was ours.”",
            "We believe there is absolutely no proof that the missile was ours",
        ),
        # an opening mark inside: the span reaches out to its closing mark
        ("said: “We believe there", "said: “We believe there is absolutely no proof that the missile was ours.”"),
        (
            "missile was ours.” He called",
            "“We believe there is absolutely no proof that the missile was ours.” He called",
        ),
        ("He called the report “fake”. ", "He called the report “fake”"),  # a balanced pair inside stays
        ("In the U.S. ", "In the U.S."),  # an abbreviation keeps its full stop
        ("prices rose by 20 %. ", "prices rose by 20 %"),
        ("«Це фейк», — заявила речниця.", "«Це фейк», — заявила речниця"),
        ("— заявила речниця. Він", "заявила речниця. Він"),
        ("назвав це „провокацією“ ", "назвав це „провокацією“"),
        ("„провокацією", "провокацією"),
        ("e ministry den", "The ministry denied"),  # a word cut by the selection is taken whole
        ("заявила реч", "заявила речниця"),
    ],
)
def test_a_span_is_trimmed_to_its_words_with_its_quotes_balanced(selected, kept):
    assert _tidy(selected) == kept


def test_tidying_leaves_a_span_of_marks_alone_and_can_be_kept_from_reaching_out():
    assert _tidy("“") == "“"
    assert _tidy("said: “We believe there", reach=False) == "said: “We believe there"


def test_nudging_moves_an_edge_a_word_at_a_time():
    start = TEXT.index("We believe")
    end = start + len("We believe there")

    def shown(span):
        return TEXT[span[0] : span[1]] if span else None

    assert shown(nudge_span(TEXT, start, end, edge="end", outwards=True)) == "We believe there is"
    assert shown(nudge_span(TEXT, start, end, edge="end", outwards=False)) == "We believe"
    assert shown(nudge_span(TEXT, start, end, edge="start", outwards=False)) == "believe there"
    assert shown(nudge_span(TEXT, start, end, edge="start", outwards=True)).startswith("said")
    one = TEXT.index("prices")
    assert nudge_span(TEXT, one, one + 6, edge="end", outwards=False) is None  # a claim of one word
    assert nudge_span(TEXT, len(TEXT) - 5, len(TEXT) - 1, edge="end", outwards=True) is None  # the end
    rose = TEXT.index("rose by")
    assert shown(nudge_span(TEXT, rose, rose + 7, edge="end", outwards=True)) == "rose by 20"


# -- the service -----------------------------------------------------------------------------------


@pytest.fixture
def claim(ws):
    source_id = sources.create_source(ws, title="Briefing", text=TEXT).subject
    start = TEXT.index("We believe")
    claim_id = claims.create_claim(ws, source_id, start, start + len("We believe there")).subject
    return source_id, claim_id


def test_set_claim_span_updates_quote_offsets_and_context_and_returns_the_old_span(ws, claim):
    source_id, claim_id = claim
    start = TEXT.index("We believe")
    end = TEXT.index(" that the missile")
    changes = claims.set_claim_span(ws, claim_id, start, end)
    assert changes.previous["span"] == (start, start + len("We believe there"))
    assert changes.updated["claim"] == {claim_id}
    stored = claims.get_claim(ws, claim_id).claim
    assert stored.quote == "We believe there is absolutely no proof"
    assert (stored.start, stored.end) == (start, end)
    assert TEXT[:start].endswith(stored.prefix) and TEXT[end:].startswith(stored.suffix)
    assert stored.suffix.startswith(" that the missile")
    [span] = sources.claim_spans(ws, source_id)
    assert (span.start, span.end) == (start, end)
    # the anchoring still finds the quote by its context when the offsets are off
    from app.anchoring import relocate

    assert relocate(TEXT, stored.quote, stored.prefix, stored.suffix, 0) == (start, end)
    claims.set_claim_span(ws, claim_id, *changes.previous["span"])  # what undo does
    assert claims.get_claim(ws, claim_id).claim.quote == "We believe there"


@pytest.mark.parametrize(
    ("start", "end"), [(5, 5), (-1, 4), (0, len(TEXT) + 1), (TEXT.index(". At") + 1, TEXT.index("At"))]
)
def test_a_bad_span_is_refused_and_changes_nothing(ws, claim, start, end):
    _source_id, claim_id = claim
    with pytest.raises(ValidationError):
        claims.set_claim_span(ws, claim_id, start, end)
    assert claims.get_claim(ws, claim_id).claim.quote == "We believe there"


# -- in the window ---------------------------------------------------------------------------------


@pytest.fixture
def pane(window, tmp_path):
    assert window.create_workspace(tmp_path / "spans.factdesk")
    window.session.push(commands.create_source(window.session, title="Briefing", text=TEXT))
    return window.source_pane


def _select(pane, start: int, end: int) -> None:
    cursor = QTextCursor(pane.view.document())
    cursor.setPosition(pane.view.map.to_utf16(start))
    cursor.setPosition(pane.view.map.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
    pane.view.setTextCursor(cursor)


def _only_claim(window):
    [claim_id] = claims.claim_ids(window.session.workspace)
    return claims.get_claim(window.session.workspace, claim_id).claim


def test_marking_a_selection_with_a_stray_full_stop_and_half_a_quote(pane, window, qtbot):
    start = TEXT.index("“We believe") - 2  # ': “We believe … proof' with the colon and the opening mark
    _select(pane, start, TEXT.index(" that the missile"))
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert _only_claim(window).quote == "We believe there is absolutely no proof"


def test_a_suggestion_accepted_is_tidied_too(pane, window):
    start = TEXT.index("“We believe")
    pane._accept_suggestion(start, TEXT.index(" He called"))
    assert _only_claim(window).quote == "We believe there is absolutely no proof that the missile was ours"


def test_widening_and_narrowing_a_claim_by_keyboard_with_one_undo(pane, window, qtbot):
    start = TEXT.index("We believe")
    _select(pane, start, start + len("We believe there"))
    window.mark_claim()
    claim = _only_claim(window)
    assert pane.widen_end_action.isEnabled()
    pane.view.setFocus()
    for _ in range(3):
        qtbot.keyClick(pane.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    assert _only_claim(window).quote == "We believe there is absolutely no"
    qtbot.keyClick(pane.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    modifiers = (
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.keyClick(pane.view, Qt.Key.Key_Right, modifiers)  # narrow at the start
    assert _only_claim(window).quote == "believe there is absolutely"
    [span] = pane._spans
    assert TEXT[span.start : span.end] == "believe there is absolutely"  # the mark follows
    assert window.verdict_pane.claim_id == claim.id
    window.session.undo_stack.undo()  # the nudges in a row are one step
    assert _only_claim(window).quote == "We believe there"
    window.session.undo_stack.redo()
    assert _only_claim(window).quote == "believe there is absolutely"


def test_set_claim_span_to_selection_from_the_context_menu_action_and_undo(pane, window):
    start = TEXT.index("They have")
    _select(pane, start, start + len("They have no"))
    window.mark_claim()
    assert not pane.span_to_selection_action.isEnabled()  # marking leaves no selection
    _select(pane, start - 2, TEXT.index(", the spokesman") + 1)  # ". They have no proof,"
    assert pane.span_to_selection_action.isEnabled()
    pane.span_to_selection_action.trigger()
    assert _only_claim(window).quote == "They have no proof"
    assert pane.selected_span() is None
    window.session.undo_stack.undo()
    assert _only_claim(window).quote == "They have no"
    assert "Change Claim Span" in window.session.undo_stack.redoText()


def test_span_actions_are_off_without_a_claim_shown(pane):
    assert not any(action.isEnabled() for action in pane.view.span_actions)
    assert not pane.nudge_claim_span("end", outwards=True)
