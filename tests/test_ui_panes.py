"""The three panes in the real window: marks in the source (UTF-16 at the widget edge), clicking a
mark, the claims filters, the rating keys and menu, refused edits and merged typing in the undo stack."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMessageBox

from app.models import ClaimStatus
from app.services import catalog, claims, evidence, sources
from app.workspace import Workspace
from ui import commands
from ui.source.pane import CURRENT_UNRATED, OTHER_CLAIM

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

EMOJI_TEXT = "😀👍🏽 Захарова заявила: 🇺🇦 зброя потрапляє до протестувальників у Франції."
WEAPONS = "зброя потрапляє до протестувальників у Франції"
ZAKHAROVA = "Захарова заявила"
THUMB = "👍🏽"


# -- helpers ---------------------------------------------------------------------------------------


@pytest.fixture
def refusals(monkeypatch):
    """Every warning the window shows, instead of a blocking message box."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, message, *a, **k: shown.append(message))
    return shown


def add_source(window, text: str, title: str = "Source") -> int:
    session = window.session
    assert session.push(commands.create_source(session, title=title, text=text))
    return window.source_pane.source_id


def select_text(view, start: int, end: int) -> None:
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.map.to_utf16(start))
    cursor.setPosition(view.map.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)


def mark(window, qtbot, text: str, quote: str) -> int:
    """Select `quote` in the source view and press Ctrl+M; the new claim's id."""
    view = window.source_pane.view
    start = text.index(quote)
    select_text(view, start, start + len(quote))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_M, CTRL)
    claim_id = window.verdict_pane.claim_id
    assert claim_id is not None
    return claim_id


def marks(view) -> dict[int, tuple[int, int, QTextCharFormat, str]]:
    """The source view's extra selections, by claim id: UTF-16 span, format and selected text."""
    result = {}
    for selection in view.extraSelections():
        cursor = QTextCursor(selection.cursor)
        fmt = QTextCharFormat(selection.format)  # copies: the selection's own die with it
        claim_id = fmt.property(QTextCharFormat.Property.UserProperty)
        if claim_id is None:  # a suggested sentence's faint mark, not a claim's
            continue
        result[claim_id] = (cursor.selectionStart(), cursor.selectionEnd(), fmt, cursor.selectedText())
    return result


def rating_of(ws, claim_id):
    rating = claims.get_claim(ws, claim_id).rating
    return rating.label if rating else None


@pytest.fixture
def one_claim(window, tmp_path):
    """A workspace with one source and one selected, unrated claim."""
    assert window.create_workspace(tmp_path / "w.factdesk")
    text = "The sky is green, the minister said on Tuesday."
    source_id = add_source(window, text)
    command = commands.create_claim(window.session, source_id, 0, 16)
    window.session.push(command)
    window.claims_pane.select_claim(command.created_id())
    assert window.verdict_pane.claim_id == command.created_id()
    return window.session.workspace, command.created_id()


# -- the source pane's marks ---------------------------------------------------------------------


def test_claims_from_a_selection_in_text_with_emoji(window, tmp_path, qtbot, refusals):
    assert window.create_workspace(tmp_path / "w.factdesk")
    add_source(window, EMOJI_TEXT)
    view = window.source_pane.view
    assert view.toPlainText() == EMOJI_TEXT
    # five characters outside the BMP before the quote: Qt's positions run ahead of Python's
    assert view.map.to_utf16(EMOJI_TEXT.index(WEAPONS)) == EMOJI_TEXT.index(WEAPONS) + 5
    ws = window.session.workspace

    weapons = mark(window, qtbot, EMOJI_TEXT, WEAPONS)
    zakharova = mark(window, qtbot, EMOJI_TEXT, ZAKHAROVA)
    thumb = mark(window, qtbot, EMOJI_TEXT, THUMB)
    for claim_id, quote in ((weapons, WEAPONS), (zakharova, ZAKHAROVA), (thumb, THUMB)):
        claim = claims.get_claim(ws, claim_id).claim
        assert claim.quote == quote
        assert (claim.start, claim.end) == (EMOJI_TEXT.index(quote), EMOJI_TEXT.index(quote) + len(quote))
        assert EMOJI_TEXT[claim.start : claim.end] == quote
    assert refusals == []

    # the claim shown: its exact UTF-16 span, in the unrated colour and underlined; the others faint
    window.claims_pane.select_claim(weapons)
    shown = marks(view)
    assert set(shown) == {weapons, zakharova, thumb}
    start16 = view.map.to_utf16(EMOJI_TEXT.index(WEAPONS))
    end16 = view.map.to_utf16(EMOJI_TEXT.index(WEAPONS) + len(WEAPONS))
    assert shown[weapons][:2] == (start16, end16)
    assert shown[weapons][3] == WEAPONS  # the highlight lands on exactly the claim's characters
    assert shown[weapons][2].background().color() == QColor(CURRENT_UNRATED)
    assert shown[weapons][2].underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
    assert shown[zakharova][3] == ZAKHAROVA and shown[thumb][3] == THUMB
    for other in (zakharova, thumb):
        assert shown[other][2].background().color() == QColor(OTHER_CLAIM)
        assert shown[other][2].underlineStyle() == QTextCharFormat.UnderlineStyle.NoUnderline
    # the current claim is painted last, over anything it overlaps
    last = view.extraSelections()[-1]
    assert last.format.property(QTextCharFormat.Property.UserProperty) == weapons

    # once rated, the mark takes the rating's colour (translucent)
    window.verdict_pane.setFocus()
    qtbot.keyClick(window.verdict_pane, Qt.Key.Key_5)
    assert rating_of(ws, weapons) == "False"
    colour = marks(view)[weapons][2].background().color()
    false_colour = QColor(next(r.colour for r in catalog.ratings(ws) if r.label == "False"))
    assert (colour.red(), colour.green(), colour.blue(), colour.alpha()) == (
        false_colour.red(),
        false_colour.green(),
        false_colour.blue(),
        90,
    )

    # selecting another claim moves the strong mark
    window.claims_pane.select_claim(zakharova)
    shown = marks(view)
    assert shown[zakharova][2].background().color() == QColor(CURRENT_UNRATED)
    assert shown[weapons][2].background().color() == QColor(OTHER_CLAIM)
    # and the view's caret sits at the start of the claim shown
    assert view.textCursor().position() == view.map.to_utf16(EMOJI_TEXT.index(ZAKHAROVA))


def test_clicking_a_mark_selects_its_claim(window, tmp_path, qtbot):
    assert window.create_workspace(tmp_path / "w.factdesk")
    add_source(window, EMOJI_TEXT)
    weapons = mark(window, qtbot, EMOJI_TEXT, WEAPONS)
    zakharova = mark(window, qtbot, EMOJI_TEXT, ZAKHAROVA)
    view = window.source_pane.view
    assert window.verdict_pane.claim_id == zakharova

    def click_at(python_offset: int) -> None:
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.map.to_utf16(python_offset))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.cursorRect(cursor).center())

    click_at(EMOJI_TEXT.index(WEAPONS) + 10)
    assert window.verdict_pane.claim_id == weapons
    assert window.claims_pane.current_claim_id() == weapons
    assert marks(view)[weapons][2].background().color() == QColor(CURRENT_UNRATED)
    # a click outside any mark leaves the claim shown as it is
    click_at(EMOJI_TEXT.index(":") + 1)
    assert window.verdict_pane.claim_id == weapons
    click_at(EMOJI_TEXT.index(ZAKHAROVA) + 3)
    assert window.verdict_pane.claim_id == zakharova
    assert window.claims_pane.current_claim_id() == zakharova


def test_selecting_a_claim_of_another_source_shows_that_source(window, tmp_path, qtbot):
    assert window.create_workspace(tmp_path / "w.factdesk")
    first_text = "First source: the moon is made of cheese."
    first = add_source(window, first_text, "First")
    in_first = mark(window, qtbot, first_text, "the moon is made of cheese")
    second = add_source(window, EMOJI_TEXT, "Second")
    assert window.source_pane.source_id == second  # a new source is shown
    in_second = mark(window, qtbot, EMOJI_TEXT, WEAPONS)
    window.claims_pane.select_claim(in_first)
    assert window.source_pane.source_id == first
    assert window.source_pane.view.toPlainText() == first_text
    assert set(marks(window.source_pane.view)) == {in_first}
    window.claims_pane.select_claim(in_second)
    assert window.source_pane.source_id == second
    assert window.source_pane.picker.currentData() == second


# -- the claims filters --------------------------------------------------------------------------


FILTER_TEXT = (
    "Захарова заявила про зброю у Франції. Небензя назвав фото дронів фейком. "
    "Медведєв навів цифру 185 000 контрактників. Песков заявив про загрозу диверсії."
)


@pytest.fixture
def filter_window(window, tmp_path):
    path = tmp_path / "filters.factdesk"
    with Workspace.create(path, user="tester") as ws:
        source_id = sources.create_source(ws, title="Огляд", text=FILTER_TEXT).subject
        false_id = next(r.id for r in catalog.ratings(ws) if r.label == "False")
        made = {}
        for key, quote, status, rating, tags in (
            ("zakharova", "Захарова заявила про зброю у Франції", "done", false_id, ["Зброя"]),
            ("nebenzia", "Небензя назвав фото дронів фейком", "in_review", false_id, ["дрони"]),
            ("medvedev", "Медведєв навів цифру 185 000 контрактників", "in_review", None, ["зброя", "армія"]),
            ("peskov", "Песков заявив про загрозу диверсії", "new", None, []),
        ):
            start = FILTER_TEXT.index(quote)
            made[key] = claims.create_claim(
                ws, source_id, start, start + len(quote), status=status, rating_id=rating, tags=tags
            ).subject
        claims.set_claimant(ws, made["peskov"], "Дмитро Пєсков")
    assert window.open_workspace(path)
    return window, made


def shown_ids(pane) -> set[int]:
    return {pane.model.claim_id(row) for row in range(pane.model.rowCount())}


def test_claims_filters_combine(filter_window, qtbot):
    window, made = filter_window
    pane = window.claims_pane
    assert shown_ids(pane) == set(made.values())

    def quick(text: str, expected: set[int]) -> None:
        pane.quick_filter.setText(text)
        qtbot.waitUntil(lambda: shown_ids(pane) == expected, timeout=2000)

    # quick filter: Cyrillic, any case, each word anywhere in the quote or the claimant's name
    quick("ЗАХАРОВА", {made["zakharova"]})
    quick("заяви", {made["zakharova"], made["peskov"]})
    quick("ЗАЯВИ пєсков", {made["peskov"]})  # the claimant's name counts too
    quick("", set(made.values()))

    def choose(combo, data) -> None:
        index = combo.findData(data)
        assert index >= 0, data
        combo.setCurrentIndex(index)

    choose(pane.status_filter, ClaimStatus.IN_REVIEW.value)
    assert shown_ids(pane) == {made["nebenzia"], made["medvedev"]}
    ratings = {r.label: r.id for r in catalog.ratings(window.session.workspace)}
    choose(pane.rating_filter, ratings["False"])
    assert shown_ids(pane) == {made["nebenzia"]}
    choose(pane.rating_filter, 0)  # "Not rated yet"
    assert pane.rating_filter.currentText() == "Not rated yet"
    assert shown_ids(pane) == {made["medvedev"]}
    choose(pane.status_filter, None)
    assert shown_ids(pane) == {made["medvedev"], made["peskov"]}

    tags = {t.name: t.id for t in catalog.list_tags(window.session.workspace)}
    assert set(tags) == {"Зброя", "дрони", "армія"}  # "зброя" is the same tag as "Зброя"
    choose(pane.tag_filter, tags["Зброя"])
    assert shown_ids(pane) == {made["medvedev"]}
    choose(pane.rating_filter, None)
    assert shown_ids(pane) == {made["zakharova"], made["medvedev"]}
    quick("франції", {made["zakharova"]})  # text, tag and (any) rating together
    choose(pane.status_filter, ClaimStatus.NEW.value)
    assert shown_ids(pane) == set()
    # clearing every filter brings all back
    choose(pane.status_filter, None)
    choose(pane.tag_filter, None)
    quick("", set(made.values()))


def test_filter_keeps_the_selected_claim_when_it_stays_visible(filter_window, qtbot):
    window, made = filter_window
    pane = window.claims_pane
    pane.select_claim(made["nebenzia"])
    assert window.verdict_pane.claim_id == made["nebenzia"]
    pane.status_filter.setCurrentIndex(pane.status_filter.findData(ClaimStatus.IN_REVIEW.value))
    assert pane.current_claim_id() == made["nebenzia"]
    assert window.verdict_pane.claim_id == made["nebenzia"]


def test_a_claim_edited_out_of_the_filter_leaves_the_list(filter_window, qtbot):
    window, made = filter_window
    pane = window.claims_pane
    pane.status_filter.setCurrentIndex(pane.status_filter.findData(ClaimStatus.IN_REVIEW.value))
    pane.select_claim(made["medvedev"])
    verdict = window.verdict_pane
    index = verdict.status.findData(ClaimStatus.DONE.value)
    verdict.status.setCurrentIndex(index)
    verdict.status.activated.emit(index)
    assert shown_ids(pane) == {made["nebenzia"]}
    assert verdict.claim_id == made["medvedev"]  # still shown for the verdict being worked on
    window.undo_action.trigger()
    assert shown_ids(pane) == {made["nebenzia"], made["medvedev"]}


def test_new_tag_appears_in_the_tag_filter(one_claim, window):
    _ws, _claim_id = one_claim
    verdict = window.verdict_pane
    verdict.tags.setText("клімат, Погода")
    verdict.tags.finished.emit()
    names = [window.claims_pane.tag_filter.itemText(i) for i in range(window.claims_pane.tag_filter.count())]
    assert names == ["Any tag", "клімат", "Погода"]


# -- rating keys and the Rating menu -------------------------------------------------------------


def test_number_keys_do_not_rate_while_typing(one_claim, window, qtbot):
    ws, claim_id = one_claim
    verdict = window.verdict_pane
    for widget in (
        verdict.summary,
        verdict.statement,
        verdict.tags,
        verdict.role,
        verdict.rationale,
        verdict.claimant.lineEdit(),
    ):
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_5)
        # even when the key reaches the pane itself, what has focus is a text field
        qtbot.keyClick(verdict, Qt.Key.Key_3)
        assert rating_of(ws, claim_id) is None, widget.objectName()
    assert verdict.summary.text() == "5"  # the digit was typed, not taken as a rating
    verdict.claimed_on.edit.setFocus()
    qtbot.keyClick(verdict.claimed_on.edit, Qt.Key.Key_2)
    assert rating_of(ws, claim_id) is None


def test_number_keys_rate_when_the_pane_has_focus_and_zero_clears(one_claim, window, qtbot):
    ws, claim_id = one_claim
    verdict = window.verdict_pane
    labels = [r.label for r in catalog.ratings(ws)]
    verdict.setFocus()
    for number in (1, 3, 6):
        qtbot.keyClick(verdict, Qt.Key.Key_0 + number)
        assert rating_of(ws, claim_id) == labels[number - 1]
        assert [b.text() for b in verdict.rating._group.buttons() if b.isChecked()] == [
            f"{number} {labels[number - 1]}"
        ]
    stack = window.session.undo_stack
    count = stack.count()
    qtbot.keyClick(verdict, Qt.Key.Key_9)  # no ninth rating: nothing happens
    assert rating_of(ws, claim_id) == labels[5] and stack.count() == count
    qtbot.keyClick(verdict, Qt.Key.Key_6)  # the same rating again: no new undo step
    assert stack.count() == count
    qtbot.keyClick(verdict, Qt.Key.Key_0)
    assert rating_of(ws, claim_id) is None
    assert not any(b.isChecked() for b in verdict.rating._group.buttons())
    assert stack.undoText() == "Change Rating"
    # a rating button focused (Tab): the number keys still rate
    button = verdict.rating._group.buttons()[0]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_2)
    assert rating_of(ws, claim_id) == labels[1]
    # clicking the current rating's button takes it off
    qtbot.mouseClick(verdict.rating._group.buttons()[1], Qt.MouseButton.LeftButton)
    assert rating_of(ws, claim_id) is None


def test_rating_menu_shortcuts(one_claim, window, qtbot):
    ws, claim_id = one_claim
    labels = [r.label for r in catalog.ratings(ws)]
    assert all(a.isEnabled() for a in window.rating_actions)
    table = window.claims_pane.table
    table.setFocus()
    for number, label in enumerate(labels, start=1):
        qtbot.keyClick(table, Qt.Key.Key_0 + number, CTRL)
        assert rating_of(ws, claim_id) == label
    qtbot.keyClick(table, Qt.Key.Key_0, CTRL)
    assert rating_of(ws, claim_id) is None
    # the menu's actions themselves
    window.rating_actions[2].trigger()
    assert rating_of(ws, claim_id) == labels[2]
    window.rating_actions[-1].trigger()  # "Not Rated"
    assert rating_of(ws, claim_id) is None
    # and the status shortcuts, Ctrl+Shift+1..4
    for number, status in enumerate(ClaimStatus, start=1):
        qtbot.keyClick(table, Qt.Key.Key_0 + number, CTRL | SHIFT)
        assert claims.get_claim(ws, claim_id).claim.status == status.value
        assert window.verdict_pane.status.currentData() == status.value
    # with no claim selected the rating actions are off
    window.claims_pane.select_claim(None)
    assert window.verdict_pane.claim_id is None
    assert not any(a.isEnabled() for a in window.rating_actions)


@pytest.mark.parametrize(
    "how", ["rating shortcut", "status shortcut", "undo menu", "next claim", "close workspace", "close window"]
)
def test_shortcuts_keep_text_being_typed(one_claim, window, qtbot, how):
    """Text typed in a line edit and not yet saved (editingFinished has not fired: the focus never
    left) is saved, not thrown away, when a shortcut or menu acts on the claim."""
    ws, claim_id = one_claim
    path = ws.path
    verdict = window.verdict_pane
    source_id = window.source_pane.source_id
    window.session.push(commands.create_claim(window.session, source_id, 18, 30))  # a second claim, for Next
    window.claims_pane.select_claim(claim_id)
    verdict.setFocus()
    qtbot.keyClick(verdict, Qt.Key.Key_1)  # something to undo
    verdict.summary.setFocus()
    qtbot.keyClicks(verdict.summary, "Wrong: it is blue")
    if how == "undo menu":
        # from the Edit menu the line edit keeps focus; like the rationale, the typing is committed
        # first and is what gets undone (the rating stays), and redo brings it back
        window.undo_action.trigger()
        assert rating_of(ws, claim_id) == catalog.ratings(ws)[0].label
        window.redo_action.trigger()
    elif how == "rating shortcut":
        qtbot.keyClick(verdict.summary, Qt.Key.Key_5, CTRL)
        assert rating_of(ws, claim_id) == "False"
    elif how == "status shortcut":
        qtbot.keyClick(verdict.summary, Qt.Key.Key_4, CTRL | SHIFT)
        assert claims.get_claim(ws, claim_id).claim.status == ClaimStatus.DONE.value
    elif how == "next claim":
        qtbot.keyClick(verdict.summary, Qt.Key.Key_BracketRight, CTRL)
        assert verdict.claim_id != claim_id
        assert claims.get_claim(ws, claim_id).claim.summary == "Wrong: it is blue"
        qtbot.keyClick(verdict.summary, Qt.Key.Key_BracketLeft, CTRL)
        assert verdict.claim_id == claim_id
    else:
        if how == "close workspace":
            window.close_action.trigger()
        else:
            window.close()
        assert window.session is None
        with Workspace.open(path) as reopened:
            assert claims.get_claim(reopened, claim_id).claim.summary == "Wrong: it is blue"
        return
    # what was typed is neither lost from the field nor left unsaved
    assert claims.get_claim(ws, claim_id).claim.summary == "Wrong: it is blue"
    assert verdict.summary.text() == "Wrong: it is blue"


# -- undo: refused edits and merged typing --------------------------------------------------------


def test_a_refused_edit_says_why_and_leaves_no_undo_step(one_claim, window, refusals):
    ws, claim_id = one_claim
    session = window.session
    window.verdict_pane.setFocus()
    session.push(commands.update_claim(session, claim_id, summary="A first verdict"))
    stack = session.undo_stack
    count, index, text = stack.count(), stack.index(), stack.undoText()

    assert session.push(commands.update_claim(session, claim_id, status="bogus")) is False
    assert len(refusals) == 1 and "bogus" in refusals[0]
    assert (stack.count(), stack.index(), stack.undoText()) == (count, index, text)
    assert window.undo_action.text() == f"&Undo {text}"
    assert claims.get_claim(ws, claim_id).claim.status == "new"
    assert window.verdict_pane.status.currentData() == "new"

    # a refused text edit does not merge into the previous one either
    assert session.push(commands.update_claim(session, claim_id, summary="x" * 1001)) is False
    assert len(refusals) == 2
    assert (stack.count(), stack.index()) == (count, index)
    window.undo_action.trigger()
    assert claims.get_claim(ws, claim_id).claim.summary == ""
    window.redo_action.trigger()
    assert claims.get_claim(ws, claim_id).claim.summary == "A first verdict"


def test_undo_of_a_claim_deleted_meanwhile_says_why(one_claim, window, refusals):
    """An undo whose service call is refused drops that command and tells the analyst."""
    ws, claim_id = one_claim
    session = window.session
    session.push(commands.update_claim(session, claim_id, status="researching"))
    claims.delete_claim(ws, claim_id)  # e.g. another window on the same file
    window.undo_action.trigger()
    assert len(refusals) == 1 and "no longer exists" in refusals[0]
    assert session.undo_stack.undoText() != "Change Status"


def test_two_rationale_saves_are_one_undo_step(one_claim, window, qtbot):
    ws, claim_id = one_claim
    verdict = window.verdict_pane
    stack = window.session.undo_stack
    count = stack.count()
    verdict.rationale.setFocus()
    qtbot.keyClicks(verdict.rationale, "The sky is blue.")
    verdict.commit_pending()
    assert claims.get_claim(ws, claim_id).claim.rationale == "The sky is blue."
    qtbot.keyClicks(verdict.rationale, " Photos show it.")
    with qtbot.waitSignal(window.session.changed, timeout=3000):  # the save timer
        pass
    assert claims.get_claim(ws, claim_id).claim.rationale == "The sky is blue. Photos show it."
    assert stack.count() == count + 1
    assert stack.undoText() == "Edit Rationale"
    window.undo_action.trigger()
    assert claims.get_claim(ws, claim_id).claim.rationale == ""
    assert verdict.rationale.toPlainText() == ""
    window.redo_action.trigger()
    assert claims.get_claim(ws, claim_id).claim.rationale == "The sky is blue. Photos show it."
    assert verdict.rationale.toPlainText() == "The sky is blue. Photos show it."


def test_summary_edits_merge_but_not_across_fields_or_claims(one_claim, window, qtbot):
    ws, claim_id = one_claim
    session = window.session
    verdict = window.verdict_pane
    stack = session.undo_stack
    count = stack.count()
    for text in ("Fal", "False: the sky is blue"):
        verdict.summary.setText(text)
        verdict.summary.editingFinished.emit()
    assert stack.count() == count + 1
    verdict.statement.setText("The sky is green.")
    verdict.statement.editingFinished.emit()
    assert stack.count() == count + 2  # another field: another step
    verdict.summary.setText("False")
    verdict.summary.editingFinished.emit()
    assert stack.count() == count + 3  # not merged across the statement edit
    window.undo_action.trigger()
    assert claims.get_claim(ws, claim_id).claim.summary == "False: the sky is blue"
    window.undo_action.trigger()
    window.undo_action.trigger()
    claim = claims.get_claim(ws, claim_id).claim
    assert (claim.summary, claim.statement) == ("", "")


# -- evidence in the verdict pane ------------------------------------------------------------------


def _answer(monkeypatch, dialog_class, fill):
    def exec_(self):
        fill(self)
        self.accept()
        return self.result()

    monkeypatch.setattr(dialog_class, "exec", exec_)


def _titles(verdict):
    return [verdict.links.link(row).title for row in range(verdict.links.rowCount())]


@pytest.fixture
def two_pieces(one_claim, window, monkeypatch):
    """The claim with two pieces of evidence added through the Add dialog."""
    from ui.evidence.dialogs import EvidenceDialog

    ws, claim_id = one_claim
    for title, stance in (("Satellite photo", "refutes"), ("Weather report", "context")):

        def fill(dialog, title=title, stance=stance):
            dialog.title.setText(title)
            dialog.url.setText("example.org/" + title.split()[0].lower())  # the scheme is added
            dialog.stance.setCurrentIndex(dialog.stance.findData(stance))

        _answer(monkeypatch, EvidenceDialog, fill)
        window.add_evidence_action.trigger()
    assert _titles(window.verdict_pane) == ["Satellite photo", "Weather report"]
    return ws, claim_id


def test_evidence_dialog_refuses_what_the_service_would(one_claim, window, monkeypatch):
    from ui.evidence.dialogs import EvidenceDialog

    problems = []

    def fill(dialog):
        dialog.title.setText("   ")
        dialog.accept()
        problems.append(dialog.error.text())
        dialog.title.setText("A title")
        dialog.url.setText("not a web address")
        dialog.accept()
        problems.append(dialog.error.text())
        assert dialog.title.text() == "A title"  # the analyst's typing is kept
        dialog.reject()

    def exec_(self):
        fill(self)
        return self.result()

    monkeypatch.setattr(EvidenceDialog, "exec", exec_)
    count = window.session.undo_stack.count()
    window.add_evidence_action.trigger()
    assert problems[0] == "Give the evidence a title."
    assert "does not look like a web address" in problems[1]
    assert window.session.undo_stack.count() == count
    assert window.verdict_pane.links.rowCount() == 0


def test_evidence_keys_move_and_unlink(two_pieces, window, qtbot):
    ws, claim_id = two_pieces
    verdict = window.verdict_pane
    table = verdict.evidence_table
    assert verdict.links.link(0).url == "https://example.org/satellite"
    table.setFocus()
    table.selectRow(1)
    qtbot.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _titles(verdict) == ["Weather report", "Satellite photo"]
    assert verdict.links.link(table.selectionModel().selectedRows()[0].row()).title == "Weather report"
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _titles(verdict) == ["Satellite photo", "Weather report"]
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert _titles(verdict) == ["Weather report"]
    window.undo_action.trigger()
    assert _titles(verdict) == ["Satellite photo", "Weather report"]
    stored = [(link.title, link.stance, link.position) for link in evidence.links_for_claim(ws, claim_id)]
    assert stored == [("Satellite photo", "refutes", 0), ("Weather report", "context", 1)]


def test_editing_evidence_and_its_stance_is_one_undo_step(two_pieces, window, monkeypatch):
    from ui.evidence.dialogs import EvidenceDialog

    ws, claim_id = two_pieces
    verdict = window.verdict_pane
    stack = window.session.undo_stack
    count = stack.count()

    def fill(dialog):
        assert dialog.title.text() == "Weather report"
        assert dialog.stance.currentData() == "context"
        dialog.title.setText("Weather report, 5 July")
        dialog.stance.setCurrentIndex(dialog.stance.findData("supports"))

    _answer(monkeypatch, EvidenceDialog, fill)
    verdict.evidence_table.selectRow(1)
    verdict.edit_button.click()
    assert stack.count() == count + 1 and stack.undoText() == "Edit Evidence"
    assert (verdict.links.link(1).title, verdict.links.link(1).stance) == ("Weather report, 5 July", "supports")
    window.undo_action.trigger()
    assert (verdict.links.link(1).title, verdict.links.link(1).stance) == ("Weather report", "context")
    window.redo_action.trigger()
    assert (verdict.links.link(1).title, verdict.links.link(1).stance) == ("Weather report, 5 July", "supports")
    stored = evidence.links_for_claim(ws, claim_id)[1]
    assert (stored.title, stored.stance) == ("Weather report, 5 July", "supports")


def test_evidence_dialog_accepted_unchanged_adds_no_undo_step(two_pieces, window, monkeypatch):
    from ui.evidence.dialogs import EvidenceDialog

    stack = window.session.undo_stack
    count, text = stack.count(), stack.undoText()
    _answer(monkeypatch, EvidenceDialog, lambda dialog: None)  # OK, nothing changed
    window.verdict_pane.evidence_table.selectRow(0)
    window.verdict_pane.edit_button.click()
    assert (stack.count(), stack.undoText()) == (count, text)


# -- more of the verdict pane and the source pane -------------------------------------------------


def test_overlapping_marks_the_innermost_wins_a_click(window, tmp_path, qtbot):
    text = "Peskov said there is a high threat of sabotage from the Kyiv regime at the plant."
    assert window.create_workspace(tmp_path / "w.factdesk")
    add_source(window, text)
    outer = mark(window, qtbot, text, "there is a high threat of sabotage from the Kyiv regime at the plant")
    inner = mark(window, qtbot, text, "sabotage from the Kyiv regime")
    view = window.source_pane.view

    def click_at(python_offset: int) -> None:
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.map.to_utf16(python_offset))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.cursorRect(cursor).center())

    click_at(text.index("threat") + 2)
    assert window.verdict_pane.claim_id == outer
    click_at(text.index("Kyiv") + 2)
    assert window.verdict_pane.claim_id == inner
    # the claim shown is painted last, so it shows over the one around it
    last = view.extraSelections()[-1]
    assert last.format.property(QTextCharFormat.Property.UserProperty) == inner


def test_claim_date_and_wording(one_claim, window):
    from datetime import date

    ws, claim_id = one_claim
    verdict = window.verdict_pane
    verdict.claimed_on.edit.setText("2023-07-05")
    verdict.claimed_on.edit.editingFinished.emit()
    assert claims.get_claim(ws, claim_id).claim.claimed_on == date(2023, 7, 5)
    assert window.session.undo_stack.undoText() == "Change Date"
    verdict.claimed_on.clear_button.click()
    assert claims.get_claim(ws, claim_id).claim.claimed_on is None
    window.undo_action.trigger()
    assert claims.get_claim(ws, claim_id).claim.claimed_on == date(2023, 7, 5)
    assert verdict.claimed_on.date() == date(2023, 7, 5)
    row = window.claims_pane.model.row_of(claim_id)
    column = window.claims_pane.model.COLUMNS.index("claimed_on")
    assert window.claims_pane.model.data(window.claims_pane.model.index(row, column)) == "2023-07-05"

    verdict.statement.setText("  The sky is green.  ")
    verdict.statement.editingFinished.emit()
    assert claims.get_claim(ws, claim_id).claim.statement == "The sky is green."
    assert window.session.undo_stack.undoText() == "Change Wording"


def test_keypad_numbers_rate_too(one_claim, window, qtbot):
    ws, claim_id = one_claim
    verdict = window.verdict_pane
    verdict.setFocus()
    qtbot.keyClick(verdict, Qt.Key.Key_4, Qt.KeyboardModifier.KeypadModifier)
    assert rating_of(ws, claim_id) == "Mostly false"


def test_next_and_previous_claim(window, tmp_path, qtbot):
    text = "One claim. Two claims. Three claims."
    assert window.create_workspace(tmp_path / "w.factdesk")
    add_source(window, text)
    made = [mark(window, qtbot, text, quote) for quote in ("One claim", "Two claims", "Three claims")]
    window.claims_pane.select_claim(made[0])
    table = window.claims_pane.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_BracketRight, CTRL)
    assert window.verdict_pane.claim_id == made[1]
    qtbot.keyClick(table, Qt.Key.Key_BracketRight, CTRL)
    qtbot.keyClick(table, Qt.Key.Key_BracketRight, CTRL)  # stays on the last
    assert window.verdict_pane.claim_id == made[2]
    qtbot.keyClick(table, Qt.Key.Key_BracketLeft, CTRL)
    assert window.verdict_pane.claim_id == made[1]
    assert window.source_pane.view.textCursor().position() == text.index("Two claims")


def test_deleting_a_source_and_undo(window, tmp_path, qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert window.create_workspace(tmp_path / "w.factdesk")
    first_text, second_text = "The first text. It has a claim.", "The second text. It has one too."
    first = add_source(window, first_text, "First")
    in_first = mark(window, qtbot, first_text, "The first text")
    second = add_source(window, second_text, "Second")
    in_second = mark(window, qtbot, second_text, "The second text")
    ws = window.session.workspace
    assert window.verdict_pane.claim_id == in_second
    window.delete_source_action.trigger()
    assert [s.id for s in sources.list_sources(ws)] == [first]
    assert claims.claim_ids(ws) == [in_first]
    assert window.source_pane.source_id == first  # the one left is shown
    assert window.verdict_pane.claim_id is None
    assert window.claims_pane.model.rowCount() == 1
    window.undo_action.trigger()
    assert {s.id for s in sources.list_sources(ws)} == {first, second}
    assert claims.claim_ids(ws) == [in_first, in_second]
    assert window.source_pane.source_id == second
    assert window.claims_pane.model.rowCount() == 2


def test_deleting_a_claim_and_undo(one_claim, window, qtbot):
    ws, claim_id = one_claim
    verdict = window.verdict_pane
    verdict.setFocus()
    qtbot.keyClick(verdict, Qt.Key.Key_5)
    window.claims_pane.table.setFocus()
    qtbot.keyClick(window.claims_pane.table, Qt.Key.Key_Delete, CTRL)
    assert claims.claim_ids(ws) == []
    assert verdict.claim_id is None and marks(window.source_pane.view) == {}
    window.undo_action.trigger()
    assert claims.claim_ids(ws) == [claim_id]
    assert rating_of(ws, claim_id) == "False"  # put back whole, under its old id
    assert len(marks(window.source_pane.view)) == 1


def test_the_analysts_name_goes_into_the_audit_trail(one_claim, window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    ws, claim_id = one_claim
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("  Olena Analyst  ", True))
    window.user_action.trigger()
    assert window.settings.user_name() == "Olena Analyst"
    window.verdict_pane.setFocus()
    qtbot.keyClick(window.verdict_pane, Qt.Key.Key_1)
    events = [e for e in claims.audit_events(ws, claim_id) if e.field == "rating"]
    assert [(e.user, e.old_value, e.new_value) for e in events] == [("Olena Analyst", "", "True")]


def test_a_quote_is_put_in_quotation_marks_once():
    from ui.verdict.pane import quoted

    assert quoted("a fake") == "“a fake”"
    assert quoted("“The weapons end up with protesters,” says Zakharova.") == (
        "“The weapons end up with protesters,” says Zakharova."
    )
    assert quoted("«фейк»") == "«фейк»"
