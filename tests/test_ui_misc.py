"""Small things a fact-checker notices (issue 12, finding 13): no welcome page flashing at start,
the right pane follows the source, deleting says how to undo, New Source from Text starts from the
clipboard, plural forms, and the import and attach dialogs open in the same folder."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow

from app.demo import write_demo
from app.services import sources

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def demo(window, tmp_path, qtbot):
    path = write_demo(tmp_path / "demo.factdesk")
    assert window.open_workspace(path)
    qtbot.wait(50)
    return window


def _select_first_claim(window, qtbot) -> int:
    claim_id = window.claims_pane.model.claim_id(0)
    window.claims_pane.select_claim(claim_id)
    qtbot.waitUntil(lambda: window.verdict_pane.claim_id == claim_id)
    return claim_id


def test_the_last_workspace_opens_without_the_welcome_page_flashing(qapp, qtbot, tmp_path, monkeypatch):
    from ui import application
    from ui.settings import Settings

    path = write_demo(tmp_path / "last.factdesk")
    monkeypatch.setattr(Settings, "last_workspace", lambda self: path)
    monkeypatch.setattr(Settings, "user_name", lambda self: "tester")  # not a first run: no name asked
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # _start installs its own
    shown_first = []
    later = []

    def at_first_paint(window, callback):
        shown_first.append(window.stack.currentWidget())
        later.append(callback)

    monkeypatch.setattr(application, "after_first_paint", at_first_paint)
    frame = QMainWindow()
    try:
        application._start(qapp, frame, None)
        window = qapp.main_window
        qtbot.addWidget(window)
        assert shown_first and shown_first[0] is not window.welcome  # what the first paint shows
        assert shown_first[0] is window.opening and "last.factdesk" in window.opening.text()
        later[0]()
        assert window.session is not None and window.stack.currentWidget() is window.splitter
    finally:
        gc.unfreeze()
        del qapp.main_window


def test_a_workspace_that_cannot_open_at_start_leaves_the_welcome_page(window, tmp_path, monkeypatch):
    missing_now = tmp_path / "gone.factdesk"
    missing_now.write_text("not a workspace", encoding="utf-8")
    monkeypatch.setattr("ui.main_window.show_refusal", lambda *a, **k: None)
    window.show_opening(missing_now)
    assert window.stack.currentWidget() is window.opening
    assert not window.open_at_start(missing_now)
    assert window.stack.currentWidget() is window.welcome


def test_the_right_pane_lets_go_of_a_claim_when_another_source_is_shown(demo, qtbot):
    _select_first_claim(demo, qtbot)
    first_source = demo.verdict_pane.source_id
    changes = sources.create_source(demo.session.workspace, title="Друге джерело", text="Зовсім інший текст. " * 5)
    other = changes.subject if isinstance(changes.subject, int) else None
    demo.session.changed.emit(changes)
    other = other or max(s.id for s in sources.list_sources(demo.session.workspace))
    demo.source_pane.show_source(other)
    qtbot.waitUntil(lambda: demo.source_pane.source_id == other)
    assert demo.verdict_pane.claim_id is None  # no claim of the first source beside the second
    assert demo.claims_pane.current_claim_id() is None
    demo.source_pane.show_source(first_source)  # and back: a claim may be picked again
    claim_id = _select_first_claim(demo, qtbot)
    assert demo.verdict_pane.claim_id == claim_id


def test_a_claim_shown_from_another_source_keeps_its_source(demo, qtbot):
    """Picking a claim switches the source pane to its source; that must not clear the claim."""
    claim_id = _select_first_claim(demo, qtbot)
    assert demo.source_pane.source_id == demo.verdict_pane.source_id
    assert demo.verdict_pane.claim_id == claim_id


def test_deleting_a_claim_says_how_to_undo_it(demo, qtbot):
    claim_id = _select_first_claim(demo, qtbot)
    demo.delete_claim_action.trigger()
    message = demo.statusBar().currentMessage()
    assert "Ctrl+Z" in message and "deleted" in message.lower()
    demo.session.undo_stack.undo()
    assert demo.claims_pane.model.row_of(claim_id) is not None


@pytest.mark.parametrize(
    ("clipboard", "expected"),
    [
        ("Zakharova said the weapons end up with protesters in France.", True),
        ("https://example.org/article", False),
        ("two words", False),
        ("", False),
    ],
)
def test_new_source_from_text_starts_from_the_clipboard(demo, monkeypatch, clipboard, expected):
    QGuiApplication.clipboard().setText(clipboard)
    seen = {}

    def exec_(dialog):
        seen["text"] = dialog.text.toPlainText()
        seen["selected"] = dialog.text.textCursor().selectedText()
        seen["title"] = dialog.title.text()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr("ui.sources.new_source_dialog.SourceDialog.exec", exec_)
    demo.new_source_action.trigger()
    if expected:
        assert seen["text"] == clipboard and seen["selected"] == clipboard  # typing replaces it
        assert seen["title"]  # guessed from the text, as when pasted
    else:
        assert seen["text"] == ""


def test_checked_before_counts_with_plural_forms(qapp):
    from ui.search.checked_before import CheckedBeforePanel

    english, ukrainian = QTranslator(), QTranslator()
    assert english.load(str(ROOT / "resources" / "translations" / "factdesk_en.qm"))
    assert ukrainian.load(str(ROOT / "resources" / "translations" / "factdesk_uk.qm"))
    say = lambda n: QCoreApplication.translate(  # noqa: E731
        CheckedBeforePanel.__name__, "%n similar claim(s) found: is this one a repeat?", "", n
    )
    qapp.installTranslator(english)
    try:
        assert say(1) == "1 similar claim found: is this one a repeat?"
        assert say(2) == "2 similar claims found: is this one a repeat?"
        qapp.installTranslator(ukrainian)
        before = QLocale()
        QLocale.setDefault(QLocale(QLocale.Language.Ukrainian))
        try:
            assert say(1).startswith("Знайдено 1 схоже твердження")
            assert say(3).startswith("Знайдено 3 схожі твердження")
            assert say(5).startswith("Знайдено 5 схожих тверджень")
        finally:
            QLocale.setDefault(before)
            qapp.removeTranslator(ukrainian)
    finally:
        qapp.removeTranslator(english)


def test_import_and_attach_open_in_the_same_folder_and_remember_it(demo, qtbot, tmp_path, monkeypatch):
    asked = []
    picked = tmp_path / "downloads"
    picked.mkdir()
    (picked / "page.txt").write_text("Some text to import, long enough to be a source.", encoding="utf-8")

    def get_open(parent, caption, folder, filters, *args, **kwargs):
        asked.append(Path(folder))
        return ([str(picked / "page.txt")] if len(asked) == 1 else []), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", get_open)
    monkeypatch.setattr(demo.importer, "import_files", lambda paths: True)
    demo.import_files_action.trigger()
    assert asked[0] == demo.session.path.parent  # first time: the workspace's folder
    _select_first_claim(demo, qtbot)
    detail = demo.verdict_pane.locker
    monkeypatch.setattr(detail, "_evidence_id", 1)
    detail.attach_dialog()
    assert asked[1] == picked  # the attach dialog opens where the last files were picked
