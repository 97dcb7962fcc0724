"""Importing files into the window, pasting a web page, and the suggested claims under the source."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont, QGuiApplication, QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox

from app.services import claims, intake, sources
from ui import commands
from ui.intake import importer as importer_module
from ui.sources.new_source_dialog import SourceDialog
from ui.tasks import ImmediatePool

DATA = Path(__file__).parent / "data" / "intake"
DOCX = DATA / "weekly-review-2023-07-09.docx"
SAMPLE_TITLE = "Weekly review of disinformation narratives, July 3–9, 2023"
NAMED_CLAIMS = {
    "Zakharova": "The weapons supplied to Kyiv end up in the hands of protesters",
    "Medvedev": "185,000 contractors were accepted into the Russian army",
    "Nebenzia": "called the photos of downed Iranian drones in Ukraine a fake",
}


@pytest.fixture
def boxes(monkeypatch):
    """Every import message box shown: (text, informative text, button texts). Set `boxes.click`
    to a button's text to have the analyst press it."""

    class Recorder(list):
        click: str | None = None

    seen = Recorder()

    def exec_(self):
        seen.append((self.text(), self.informativeText(), [b.text() for b in self.buttons()]))
        for button in self.buttons():
            if seen.click is not None and button.text() == seen.click:
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(f"unexpected refusal: {a[2]}"))
    return seen


@pytest.fixture
def desk(window, tmp_path):
    """The window with an empty workspace open and imports run at once."""
    assert window.create_workspace(tmp_path / "intake.factdesk")
    window.importer.pool = ImmediatePool()
    return window


def _copy(tmp_path: Path, source: Path, name: str | None = None) -> Path:
    target = tmp_path / (name or source.name)
    shutil.copyfile(source, target)
    return target


# -- importing files ---------------------------------------------------------------------------------


def test_importing_the_sample_docx_shows_it_formatted_and_undo_redo(desk, tmp_path, boxes):
    ws = desk.session.workspace
    assert desk.importer.import_files([_copy(tmp_path, DOCX)])
    (row,) = sources.list_sources(ws)
    assert row.title == SAMPLE_TITLE
    pane = desk.source_pane
    assert pane.source_id == row.id
    source = sources.get_source(ws, row.id)
    assert pane.view.toPlainText() == source.text  # formatting never changes a character
    # the title and a heading are bold in the view; a body paragraph is not
    title_end = source.text.index("\n")  # the title is the first block
    cursor = QTextCursor(pane.view.document())
    cursor.setPosition(pane.view.map.to_utf16(3))
    assert cursor.charFormat().fontWeight() == QFont.Weight.Bold
    body = title_end + 5
    cursor.setPosition(pane.view.map.to_utf16(body))
    assert cursor.charFormat().fontWeight() != QFont.Weight.Bold
    assert boxes == []  # nothing to tell

    assert desk.undo_action.isEnabled()
    desk.undo_action.trigger()
    assert sources.list_sources(ws) == []
    assert pane.source_id is None
    desk.redo_action.trigger()
    assert [s.id for s in sources.list_sources(ws)] == [row.id]
    assert pane.source_id == row.id
    assert sources.get_source(ws, row.id).text == source.text


def test_a_layout_heading_inside_the_text_is_bold(desk, tmp_path, boxes):
    desk.importer.import_files([_copy(tmp_path, DOCX)])
    ws = desk.session.workspace
    source = sources.get_source(ws, desk.source_pane.source_id)
    headings = [(s, e) for s, e, style in json.loads(source.layout) if style == "h1"]
    assert headings
    start, end = headings[0]
    cursor = QTextCursor(desk.source_pane.view.document())
    cursor.setPosition(desk.source_pane.view.map.to_utf16(start) + 1)
    assert cursor.charFormat().fontWeight() == QFont.Weight.Bold
    assert cursor.block().text() == source.text[start:end]


def test_refused_files_are_listed_with_their_reasons_and_nothing_changes(desk, tmp_path, boxes):
    garbage = tmp_path / "garbage.pdf"
    garbage.write_bytes(b"%PDF-1.4\nthis is not really a PDF at all\n")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert desk.importer.import_files([garbage, empty])
    assert sources.list_sources(desk.session.workspace) == []
    assert desk.session.undo_stack.count() == 0
    ((_text, details, _buttons),) = boxes
    assert "garbage.pdf" in details and "empty.txt" in details
    assert "Traceback" not in details


def test_a_duplicate_offers_to_show_the_source_already_there(desk, tmp_path, boxes):
    ws = desk.session.workspace
    desk.importer.import_files([_copy(tmp_path, DOCX)])
    first = desk.source_pane.source_id
    desk.session.push(commands.create_source(desk.session, title="Other", text="Something else entirely."))
    assert desk.source_pane.source_id != first
    boxes.click = "Show It"
    desk.importer.import_files([_copy(tmp_path, DOCX, "again.docx")])
    assert len(sources.list_sources(ws)) == 2  # no second copy
    ((_text, details, buttons),) = boxes
    assert "already in the workspace" in details and SAMPLE_TITLE in details
    assert "Show It" in buttons
    assert desk.source_pane.source_id == first


def test_dropping_a_file_imports_it(desk, tmp_path, qtbot, boxes):
    path = _copy(tmp_path, DOCX)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(desk, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(desk, drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: bool(sources.list_sources(desk.session.workspace)), timeout=3000)
    assert sources.list_sources(desk.session.workspace)[0].title == SAMPLE_TITLE


def test_cancel_stops_between_files_and_keeps_what_was_imported(desk, tmp_path, boxes, monkeypatch):
    real = importer_module.import_file
    calls = []

    def import_then_cancel(ws, path, **kwargs):
        calls.append(Path(path).name)
        outcome = real(ws, path, **kwargs)
        desk.importer.cancel()  # the analyst presses Cancel while the first file is read
        return outcome

    monkeypatch.setattr(importer_module, "import_file", import_then_cancel)
    second = tmp_path / "second.txt"
    second.write_text("A second article. It says things.", encoding="utf-8")
    finished = []
    desk.importer.import_finished.connect(finished.append)
    desk.importer.import_files([_copy(tmp_path, DOCX), second])
    assert calls == [DOCX.name]
    assert [s.title for s in sources.list_sources(desk.session.workspace)] == [SAMPLE_TITLE]
    assert finished[0].stopped
    assert "cancelled" in desk.statusBar().currentMessage()
    desk.undo_action.trigger()  # what was imported is still one undo step
    assert sources.list_sources(desk.session.workspace) == []


def test_the_progress_dialog_names_the_file(desk, tmp_path, boxes, monkeypatch):
    labels = []
    real = importer_module.import_file

    def spy(ws, path, **kwargs):
        labels.append(desk.importer.progress_dialog.labelText())
        return real(ws, path, **kwargs)

    monkeypatch.setattr(importer_module, "import_file", spy)
    desk.importer.import_files([_copy(tmp_path, DOCX)])
    assert labels == [f"1 of 1: {DOCX.name}"]
    assert desk.importer.progress_dialog is None


# -- pasting -----------------------------------------------------------------------------------------


def test_pasting_html_gives_clean_text_and_a_title(qtbot):
    mime = QMimeData()
    mime.setText("Ignored plain text")
    mime.setHtml(
        "<html><head><script>alert('x')</script><style>p{color:red}</style></head><body>"
        "<h1>Ministry says 185,000 joined</h1><p>The ministry said <b>185,000</b> contractors joined.</p>"
        "</body></html>"
    )
    QGuiApplication.clipboard().setMimeData(mime)
    dialog = SourceDialog()
    qtbot.addWidget(dialog)
    dialog._paste()
    text = dialog.text.toPlainText()
    assert "The ministry said 185,000 contractors joined." in text
    assert "alert" not in text and "color" not in text and "<" not in text
    assert dialog.title.text() == "Ministry says 185,000 joined"
    QGuiApplication.clipboard().clear()


# -- suggestions -------------------------------------------------------------------------------------


@pytest.fixture
def sample_desk(desk, sample_text):
    desk.session.push(commands.create_source(desk.session, title="Weekly review", text=sample_text, language="en"))
    return desk


def _suggested_texts(pane) -> list[str]:
    text = sources.get_source(pane._session.workspace, pane.source_id).text
    return [text[s:e] for s, e in pane.suggestions.spans()]


def test_suggestions_list_the_named_claims_and_mark_them_faintly(sample_desk):
    pane = sample_desk.source_pane
    texts = _suggested_texts(pane)
    assert 0 < len(texts) <= 15
    for who, words in NAMED_CLAIMS.items():
        assert any(words in t for t in texts), who
    item = pane.suggestions.list.item(0)
    assert "Why:" in item.toolTip()
    faint = [s for s in pane.view.extraSelections() if s.format.property(s.format.Property.UserProperty) is None]
    assert len(faint) == len(texts)


def test_accepting_a_suggestion_makes_a_claim_of_its_exact_span(sample_desk, qtbot):
    pane = sample_desk.source_pane
    ws = sample_desk.session.workspace
    text = sources.get_source(ws, pane.source_id).text
    row = next(i for i, t in enumerate(_suggested_texts(pane)) if NAMED_CLAIMS["Medvedev"] in t)
    start, end = pane.suggestions.spans()[row]
    pane.suggestions.list.setCurrentRow(row)
    pane.suggestions.list.setFocus()
    qtbot.keyClick(pane.suggestions.list, Qt.Key.Key_Return)
    (claim_id,) = claims.claim_ids(ws)
    from app.anchoring import tidy_span

    kept = tidy_span(text, start, end)  # the sentence trimmed to its words, as a marked selection is
    assert claims.get_claim(ws, claim_id).claim.quote == text[kept[0] : kept[1]]
    assert text[start:end].startswith(text[kept[0] : kept[1]])
    assert sample_desk.verdict_pane.claim_id == claim_id  # selected in the window
    assert (start, end) not in pane.suggestions.spans()  # a claim covers it now
    sample_desk.undo_action.trigger()
    assert claims.claim_ids(ws) == []
    assert (start, end) in pane.suggestions.spans()


def test_dismissing_a_suggestion_hides_it_for_good_and_undo_brings_it_back(sample_desk, qtbot):
    pane = sample_desk.source_pane
    ws = sample_desk.session.workspace
    row = next(i for i, t in enumerate(_suggested_texts(pane)) if NAMED_CLAIMS["Nebenzia"] in t)
    span = pane.suggestions.spans()[row]
    pane.suggestions.list.setCurrentRow(row)
    qtbot.keyClick(pane.suggestions.list, Qt.Key.Key_Delete)
    assert span not in pane.suggestions.spans()
    assert span not in [(s.start, s.end) for s in intake.suggestions_for(ws, pane.source_id)]
    # persisted: a pane built afresh does not suggest it either
    pane.set_session(sample_desk.session)
    assert span not in pane.suggestions.spans()
    sample_desk.undo_action.trigger()
    assert span in pane.suggestions.spans()
    sample_desk.redo_action.trigger()
    assert span not in pane.suggestions.spans()


def test_the_dismiss_and_mark_buttons(sample_desk):
    pane = sample_desk.source_pane
    before = pane.suggestions.spans()
    pane.suggestions.list.setCurrentRow(0)
    pane.suggestions.dismiss_button.click()
    assert before[0] not in pane.suggestions.spans()
    pane.suggestions.list.setCurrentRow(0)
    pane.suggestions.accept_button.click()
    assert len(claims.claim_ids(sample_desk.session.workspace)) == 1


def test_the_suggestions_can_be_hidden(sample_desk):
    pane = sample_desk.source_pane
    pane.suggestions.toggle.setChecked(False)
    assert not pane.suggestions.list.isVisible()
    assert all(s.format.property(s.format.Property.UserProperty) is not None for s in pane.view.extraSelections())
    pane.suggestions.toggle.setChecked(True)
    assert pane.suggestions.list.isVisible()
