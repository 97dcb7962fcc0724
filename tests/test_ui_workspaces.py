"""Workspaces as the window handles them: the first run, files it must refuse, the layout and the
recent workspaces it remembers, dropping text or a workspace on it, and the About box."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app.services import claims, sources
from app.workspace import Workspace
from ui import commands
from ui.main_window import MainWindow
from ui.sources.new_source_dialog import SourceDialog


@pytest.fixture
def refusals(monkeypatch):
    """Every warning the window shows, as (title, message), instead of a blocking message box."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, message, *a, **k: shown.append((title, message)))
    return shown


def make_workspace(path: Path, *, claims_text: str | None = None) -> Path:
    with Workspace.create(path, user="tester") as ws:
        if claims_text:
            source_id = sources.create_source(ws, title=path.stem, text=claims_text).subject
            claims.create_claim(ws, source_id, 0, len(claims_text.split(".")[0]))
    return path


def new_window(qtbot, settings) -> MainWindow:
    win = MainWindow(settings=settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


# -- the first run -----------------------------------------------------------------------------------


def test_first_run_shows_the_welcome_page_and_opens_the_demo(window, qtbot, refusals):
    assert window.settings.last_workspace() is None
    assert window.stack.currentWidget() is window.welcome
    assert window.windowTitle() == "Factdesk"
    assert not window.welcome.recent.isVisibleTo(window)  # nothing recent yet
    assert not window.close_action.isEnabled() and not window.new_source_action.isEnabled()
    assert window.new_action.isEnabled() and window.open_action.isEnabled()

    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    demo = Path(os.environ["XDG_DATA_HOME"]) / "factdesk" / "demo.factdesk"
    assert demo.is_file()
    assert window.session is not None and window.session.path == demo
    assert window.stack.currentWidget() is window.splitter
    assert window.claims_pane.model.rowCount() == 5
    assert window.source_pane.source_id is not None
    assert window.windowTitle() == "demo.factdesk — Factdesk"
    assert window.close_action.isEnabled()
    assert refusals == []

    # the demo is written once; opening it again opens the same file, with what was done in it
    window.claims_pane.select_claim(window.claims_pane.model.claim_id(0))
    window.delete_claim_action.trigger()
    assert window.claims_pane.model.rowCount() == 4
    window.close_action.trigger()
    assert window.stack.currentWidget() is window.welcome
    assert window.welcome.recent.count() == 1
    window.demo_action.trigger()
    assert window.claims_pane.model.rowCount() == 4


def test_new_and_open_through_the_file_dialogs(window, tmp_path, monkeypatch, refusals):
    target = tmp_path / "chosen"  # no suffix: the window adds it
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Factdesk workspaces (*.factdesk)")
    )
    window.new_action.trigger()
    created = tmp_path / "chosen.factdesk"
    assert created.is_file() and window.session.path == created
    assert window.settings.last_folder() == tmp_path

    other = make_workspace(tmp_path / "other.factdesk", claims_text="The moon is cheese. Said a man.")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    window.open_action.trigger()
    assert window.session.path == other and window.claims_pane.model.rowCount() == 1
    # a cancelled dialog changes nothing
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    window.open_action.trigger()
    assert window.session.path == other
    assert refusals == []


def test_new_workspace_never_replaces_an_existing_file(window, tmp_path, refusals):
    existing = make_workspace(tmp_path / "precious.factdesk", claims_text="Keep me. Please.")
    before = existing.read_bytes()
    assert window.create_workspace(existing) is False
    assert len(refusals) == 1 and "already exists" in refusals[0][1]
    assert existing.read_bytes() == before
    assert window.session is None and window.stack.currentWidget() is window.welcome


# -- files the window must refuse -----------------------------------------------------------------


def _text_file(tmp_path: Path) -> Path:
    path = tmp_path / "article.factdesk"
    path.write_text("Not a workspace, only an article someone named oddly.\n" * 5, encoding="utf-8")
    return path


def _missing(tmp_path: Path) -> Path:
    return tmp_path / "gone.factdesk"


def _too_new(tmp_path: Path) -> Path:
    original = make_workspace(tmp_path / "original.factdesk", claims_text="From the future. Yes.")
    path = tmp_path / "future.factdesk"
    shutil.copy(original, path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num='9999_future'")
    conn.close()
    return path


def _folder(tmp_path: Path) -> Path:
    path = tmp_path / "folder.factdesk"
    path.mkdir()
    return path


def _empty(tmp_path: Path) -> Path:
    path = tmp_path / "empty.factdesk"
    path.touch()
    return path


def _other_sqlite(tmp_path: Path) -> Path:
    path = tmp_path / "other-app.factdesk"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
    conn.close()
    return path


BAD_FILES = {
    "text file": (_text_file, "is not a Factdesk workspace"),
    "missing file": (_missing, "There is no file"),
    "newer workspace": (_too_new, "newer version of Factdesk"),
    "folder": (_folder, "is a folder"),
    "empty file": (_empty, "is not a Factdesk workspace"),
    "other SQLite file": (_other_sqlite, "not a Factdesk workspace"),
}
# a damaged workspace is not merely refused: it is set aside and a backup offered (tests/test_ui_backups.py)


@pytest.mark.parametrize("kind", BAD_FILES)
def test_refused_file_on_the_welcome_page(window, tmp_path, refusals, kind):
    make, words = BAD_FILES[kind]
    path = make(tmp_path)
    before = path.read_bytes() if path.is_file() else None
    assert window.open_workspace(path) is False
    assert len(refusals) == 1
    title, message = refusals[0]
    assert title == "Cannot open workspace" and words in message
    assert "Traceback" not in message
    assert window.session is None
    assert window.stack.currentWidget() is window.welcome
    assert window.windowTitle() == "Factdesk"
    if before is not None:
        assert path.read_bytes() == before  # refused files are left as they were
    if kind == "newer workspace":
        with sqlite3.connect(path) as conn:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999_future",)
        conn.close()
        assert not list(tmp_path.glob("future*.bak"))  # no upgrade was tried, so no backup either


@pytest.mark.parametrize("kind", ["text file", "missing file", "newer workspace"])
def test_refused_file_keeps_the_open_workspace(window, tmp_path, refusals, kind):
    current = make_workspace(tmp_path / "current.factdesk", claims_text="Still here. Yes.")
    assert window.open_workspace(current)
    window.claims_pane.select_claim(window.claims_pane.model.claim_id(0))
    claim_id = window.verdict_pane.claim_id
    session = window.session
    make, words = BAD_FILES[kind]
    assert window.open_workspace(make(tmp_path)) is False
    assert len(refusals) == 1 and words in refusals[0][1]
    assert window.session is session and window.session.path == current
    assert window.stack.currentWidget() is window.splitter
    assert window.claims_pane.model.rowCount() == 1
    assert window.verdict_pane.claim_id == claim_id
    assert window.windowTitle() == "current.factdesk — Factdesk"
    # and it still works: an edit goes through
    assert session.push(commands.update_claim(session, claim_id, summary="Checked"))
    assert claims.get_claim(session.workspace, claim_id).claim.summary == "Checked"


def test_a_missing_recent_workspace_is_forgotten(window, tmp_path, refusals):
    keep = make_workspace(tmp_path / "keep.factdesk")
    lost = make_workspace(tmp_path / "lost.factdesk")
    for path in (keep, lost):
        assert window.open_workspace(path)
    window.close_workspace()
    assert window.settings.recent_workspaces() == [lost.resolve(), keep.resolve()]
    lost.unlink()
    item = window.welcome.recent.item(0)
    assert Path(item.data(Qt.ItemDataRole.UserRole)) == lost.resolve()
    window.welcome.recent.itemActivated.emit(item)
    assert len(refusals) == 1 and "There is no file" in refusals[0][1]
    assert window.settings.recent_workspaces() == [keep.resolve()]
    assert window.welcome.recent.count() == 1
    assert window.stack.currentWidget() is window.welcome


# -- what the window remembers -----------------------------------------------------------------------


def test_layout_is_remembered(qtbot, settings, tmp_path):
    path = make_workspace(tmp_path / "layout.factdesk")
    first = new_window(qtbot, settings)
    assert first.open_workspace(path)
    # (the offscreen screen is 800 pixels square: a larger window would be fitted back onto it,
    # though never below the least width of the panes)
    width = max(780, first.minimumSizeHint().width())
    first.resize(width, 610)
    qtbot.waitUntil(lambda: first.width() == width)
    first.splitter.setSizes([300, 230, 240])
    sizes = first.splitter.sizes()
    first.claims_pane.table.setColumnHidden(4, False)  # the date column, from the header's menu
    size = first.size()
    first.close()

    second = new_window(qtbot, settings)
    assert second.size() == size
    assert second.open_workspace(settings.last_workspace())
    restored = second.splitter.sizes()
    assert all(abs(a - b) <= 3 for a, b in zip(restored, sizes, strict=True)), (restored, sizes)
    assert not second.claims_pane.table.isColumnHidden(4)
    second.close()


def test_reset_layout(window, tmp_path):
    assert window.open_workspace(make_workspace(tmp_path / "w.factdesk"))
    window.resize(1366, 740)  # a laptop's screen
    before = window.splitter.sizes()
    window.splitter.setSizes([before[0] + 100, before[1] - 50, before[2] - 50])
    assert window.splitter.sizes() != before
    window.reset_layout_action.trigger()
    claims_width, source_width, verdict_width = window.splitter.sizes()
    # 32 % for the claims, 33 % for the source and 35 % for the evidence and verdict
    total = claims_width + source_width + verdict_width
    assert abs(claims_width / total - 0.32) < 0.01
    assert abs(verdict_width / total - 0.35) < 0.01


def test_closing_the_window_keeps_the_last_workspace_but_closing_it_does_not(qtbot, settings, tmp_path):
    path = make_workspace(tmp_path / "last.factdesk")
    first = new_window(qtbot, settings)
    assert first.open_workspace(path)
    first.close()
    assert settings.last_workspace() == path.resolve()
    second = new_window(qtbot, settings)
    assert second.open_workspace(settings.last_workspace())
    second.close_action.trigger()  # File ▸ Close Workspace: next time, start on the welcome page
    assert settings.last_workspace() is None
    second.close()
    assert settings.last_workspace() is None
    assert settings.recent_workspaces() == [path.resolve()]


def test_recent_workspaces_in_the_menu_and_on_the_welcome_page(window, tmp_path):
    window.recent_menu.aboutToShow.emit()
    placeholder = window.recent_menu.actions()
    assert [a.text() for a in placeholder] == ["No recent workspaces"] and not placeholder[0].isEnabled()

    paths = [
        make_workspace(tmp_path / f"{name}.factdesk", claims_text=f"{name} said so. Then left.")
        for name in ("alpha", "beta", "gamma")
    ]
    for path in paths:
        assert window.open_workspace(path)
    window.recent_menu.aboutToShow.emit()
    texts = [a.text() for a in window.recent_menu.actions()]
    assert texts == [f"{p.name}  ({p.resolve().parent})" for p in reversed(paths)]  # the latest first
    window.recent_menu.actions()[2].trigger()  # alpha
    assert window.session.path == paths[0]
    window.recent_menu.aboutToShow.emit()
    assert window.recent_menu.actions()[0].text().startswith("alpha.factdesk")

    window.close_workspace()
    recent = window.welcome.recent
    assert recent.isVisibleTo(window)
    listed = [Path(recent.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(recent.count())]
    assert listed == [p.resolve() for p in (paths[0], paths[2], paths[1])]
    assert recent.item(0).text().startswith("alpha.factdesk")
    recent.itemActivated.emit(recent.item(2))  # beta
    assert window.session.path.resolve() == paths[1].resolve()
    assert window.claims_pane.model.rowCount() == 1


def test_recent_list_keeps_the_ten_latest(window, tmp_path):
    paths = [make_workspace(tmp_path / f"w{i:02d}.factdesk") for i in range(12)]
    for path in paths:
        assert window.open_workspace(path)
    assert window.settings.recent_workspaces() == [p.resolve() for p in reversed(paths[2:])]
    window.recent_menu.aboutToShow.emit()
    assert len(window.recent_menu.actions()) == 10


def test_opening_the_open_workspace_again_keeps_its_session(window, tmp_path):
    path = make_workspace(tmp_path / "same.factdesk", claims_text="Same. Again.")
    assert window.open_workspace(path)
    session = window.session
    session.push(commands.update_claim(session, claims.claim_ids(session.workspace)[0], summary="kept"))
    assert window.open_workspace(tmp_path / "." / "same.factdesk")
    assert window.session is session and session.undo_stack.count() == 1  # the history is still there


# -- drag and drop -------------------------------------------------------------------------------


def _drag(window, mime: QMimeData) -> bool:
    enter = QDragEnterEvent(  # QPoint: the signature PySide6 6.11 accepts too
        QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(
        QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, drop)
    return drop.isAccepted()


@pytest.fixture
def source_dialogs(monkeypatch):
    """The text each New Source dialog opened with; the analyst cancels them."""
    texts: list[str] = []

    def exec_(self):
        texts.append(self.text.toPlainText() if self.text is not None else None)
        return False

    monkeypatch.setattr(SourceDialog, "exec", exec_)
    return texts


def test_dropping_text_opens_the_new_source_dialog_with_it(window, tmp_path, qtbot, source_dialogs):
    text = "Захарова заявила: зброя потрапляє до протестувальників у Франції.\nSecond paragraph."
    mime = QMimeData()
    mime.setText(text)
    assert _drag(window, mime) is False  # no workspace open: nothing to add a source to
    assert source_dialogs == []

    assert window.create_workspace(tmp_path / "drop.factdesk")
    assert _drag(window, mime) is True
    qtbot.waitUntil(lambda: source_dialogs == [text], timeout=2000)
    # cancelled: nothing was added
    assert sources.list_sources(window.session.workspace) == []
    assert window.session.undo_stack.count() == 0


def test_dropping_a_workspace_file_opens_it(window, tmp_path, qtbot, source_dialogs):
    path = make_workspace(tmp_path / "dropped.factdesk", claims_text="Dropped in. Fine.")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    assert _drag(window, mime) is True
    qtbot.waitUntil(lambda: window.session is not None and window.session.path == path, timeout=2000)
    assert window.claims_pane.model.rowCount() == 1
    assert source_dialogs == []


def test_dropping_another_file_imports_it_and_does_not_paste_its_url(window, tmp_path, qtbot, source_dialogs):
    """A dropped .txt file's URL list is text to Qt (QMimeData.hasText()); it must not become an article:
    the file itself is imported."""
    article = tmp_path / "article.txt"
    article.write_text("The weapons supplied to Kyiv end up in France.", encoding="utf-8")
    assert window.create_workspace(tmp_path / "drop.factdesk")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(article))])
    assert mime.hasText()  # what made this easy to get wrong
    _drag(window, mime)
    qtbot.waitUntil(
        lambda: not window.importer.busy and bool(sources.list_sources(window.session.workspace)), timeout=5000
    )
    assert source_dialogs == []
    (row,) = sources.list_sources(window.session.workspace)
    assert sources.get_source(window.session.workspace, row.id).text == article.read_text(encoding="utf-8")


# -- help ------------------------------------------------------------------------------------------


# -- the rating menu over several workspaces -----------------------------------------------------


def test_switching_workspaces_keeps_one_set_of_rating_actions(window, tmp_path, qtbot):
    paths = [make_workspace(tmp_path / f"w{i}.factdesk", claims_text=f"Claim {i}. More.") for i in range(3)]
    for path in paths:
        assert window.open_workspace(path)
    assert len(window.findChildren(QAction, "rate_1")) == 1
    assert len(window.findChildren(QAction, "rate_clear")) == 1
    # and the shortcuts act on the workspace open now
    window.claims_pane.select_claim(window.claims_pane.model.claim_id(0))
    window.claims_pane.table.setFocus()
    qtbot.keyClick(window.claims_pane.table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    claim_id = window.verdict_pane.claim_id
    assert claims.get_claim(window.session.workspace, claim_id).rating.label == "Mostly true"
