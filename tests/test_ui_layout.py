"""The window at common laptop sizes (issue 12, finding 2): nothing painted over anything, nothing cut.

Each case builds the real window in English or Ukrainian (longer words), opens the demo workspace
with an image attached to the first claim's evidence, shows that claim, opens no dock, the Reports
dock or the Evidence Library dock, and looks at every tab of the evidence-and-verdict pane.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar

from app.demo import write_demo
from app.services import attachments, claims, evidence
from app.workspace import Workspace
from tests.ui_geometry import install_language, layout_problems
from ui.settings import Settings

SIZES = [(1366, 768), (1440, 900)]
#: the whole screen (no window manager), and the room a maximised window has under a desktop's
#: panel and title bar
CHROME = [0, 80]


@pytest.fixture
def demo_path(tmp_path):
    path = write_demo(tmp_path / "demo.factdesk")
    image = QImage(1200, 800, QImage.Format.Format_RGB32)
    image.fill(QColor("#3060a0"))
    picture = tmp_path / "screenshot.png"
    image.save(str(picture))
    ws = Workspace.open(path, user="tester")
    try:
        first = claims.claim_ids(ws, claims.ClaimFilter())[0]
        attachments.attach_file(ws, evidence.links_for_claim(ws, first)[0].evidence_id, picture)
    finally:
        ws.close()
    return path


def build_window(qtbot, tmp_path, language: str):
    from ui.main_window import MainWindow

    translators = install_language(QApplication.instance(), language)
    settings = Settings(QSettings(str(tmp_path / f"settings-{language}.ini"), QSettings.Format.IniFormat))
    win = MainWindow(settings=settings)
    qtbot.addWidget(win)
    return win, translators


def look(qtbot, win, size, dock) -> list[str]:
    win.resize(*size)
    win.reset_layout()
    if dock is not None:
        getattr(win, dock).show()
    qtbot.wait(50)
    assert win.width() == size[0], f"the window cannot be as narrow as {size[0]}: {win.minimumSizeHint()}"
    assert win.height() == size[1], f"the window cannot be as short as {size[1]}: {win.minimumSizeHint()}"
    problems = []
    tabs = win.verdict_pane.evidence_tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.wait(20)
        problems += [f"[{tabs.tabText(index)}] {p}" for p in layout_problems(win)]
    tabs.setCurrentIndex(0)
    return sorted(set(problems))


@pytest.mark.parametrize("language", ["en", "uk"])
def test_nothing_overlaps_or_is_cut_at_laptop_sizes(qtbot, tmp_path, demo_path, language):
    win, translators = build_window(qtbot, tmp_path, language)
    try:
        win.show()
        qtbot.waitExposed(win)
        assert win.open_workspace(demo_path)
        win.claims_pane.select_claim(win.claims_pane.model.claim_id(0))
        win.verdict_pane.evidence_table.selectRow(0)
        assert win.verdict_pane.locker.table.rowCount() == 1  # the image, previewed on its tab
        found = {}
        for width, height in SIZES:
            for chrome in CHROME:
                for dock in (None, "reports_dock", "library_dock"):
                    problems = look(qtbot, win, (width, height - chrome), dock)
                    # a dock never leaves the source fewer than 8 lines of text
                    view = win.source_pane.view
                    lines = view.viewport().height() // view.fontMetrics().lineSpacing()
                    if lines < 8:
                        problems.append(f"the source shows {lines} lines")
                    if problems:
                        found[f"{width}×{height - chrome} {dock or 'no dock'}"] = problems
                    if dock is not None:
                        getattr(win, dock).hide()
        assert not found, "\n".join(f"{k}:\n  " + "\n  ".join(v) for k, v in found.items())
    finally:
        win.close()
        for translator in translators:
            QApplication.instance().removeTranslator(translator)


def test_image_preview_and_hash_have_room_at_1440x900(qtbot, tmp_path, demo_path):
    """The trial's 30-pixel sliver of a preview and the SHA-256 line cut at the bottom."""
    win, _ = build_window(qtbot, tmp_path, "en")
    win.show()
    qtbot.waitExposed(win)
    win.resize(1440, 900)
    win.reset_layout()
    assert win.open_workspace(demo_path)
    win.claims_pane.select_claim(win.claims_pane.model.claim_id(0))
    win.verdict_pane.evidence_table.selectRow(0)
    locker = win.verdict_pane.locker
    win.verdict_pane.evidence_tabs.setCurrentWidget(locker.files_page)
    qtbot.wait(50)
    locker.table.selectRow(0)
    assert locker.preview.currentWidget() is locker.image
    assert locker.preview.height() >= 120
    info = locker.info
    assert info.height() >= info.heightForWidth(info.width())  # every line of it shows
    assert locker.current_attachment().sha256 in info.text().replace("\n", "")
    win.close()


def test_window_never_opens_larger_than_its_screen(qtbot, settings):
    from ui.main_window import MainWindow

    win = MainWindow(settings=settings)
    qtbot.addWidget(win)
    room = win.screen().availableGeometry()
    assert win.width() <= max(room.width(), win.minimumSizeHint().width())
    assert win.height() <= max(room.height(), win.minimumSizeHint().height())
    # the panes' least widths fit a 1366-pixel screen with room to spare
    assert win.minimumSizeHint().width() <= 1366 - 100


def test_bottom_docks_share_one_strip_as_tabs(window, qtbot):
    window.show_reports_action.trigger()
    window.show_library_action.trigger()
    assert window.reports_dock.isVisible() and window.library_dock.isVisible()
    assert window.library_dock in window.tabifiedDockWidgets(window.reports_dock)
    # the one asked for last is in front
    qtbot.waitUntil(lambda: not window.library.visibleRegion().isEmpty())
    assert window.reports_pane.visibleRegion().isEmpty()
    window.show_reports_action.trigger()  # hidden, and shown again: in front
    window.show_reports_action.trigger()
    qtbot.waitUntil(lambda: not window.reports_pane.visibleRegion().isEmpty())


@pytest.mark.parametrize("language", ["en", "uk"])
def test_library_column_titles_are_never_cut(qtbot, tmp_path, demo_path, language):
    """Issue 12, finding 13: the library's headers read "iden" and "laim" in a narrow dock."""
    win, translators = build_window(qtbot, tmp_path, language)
    try:
        win.show()
        win.resize(1366, 768)
        assert win.open_workspace(demo_path)
        win.library_dock.show()
        split = win.library.table.parentWidget().parentWidget()
        split.setSizes([250, 1000])  # the list squeezed by the locker beside it
        qtbot.wait(50)
        header = win.library.table.horizontalHeader()
        metrics = header.fontMetrics()
        for column in range(win.library.model.columnCount()):
            title = win.library.model.headerData(column, Qt.Orientation.Horizontal)
            assert header.sectionSize(column) >= metrics.horizontalAdvance(title) + 8, title
    finally:
        win.close()
        for translator in translators:
            QApplication.instance().removeTranslator(translator)


def test_claims_list_shows_two_lines_of_the_claim_at_1366(qtbot, tmp_path, demo_path):
    """Issue 12, finding 13: the claims list showed two words of each claim."""
    win, _ = build_window(qtbot, tmp_path, "en")
    win.show()
    win.resize(1366, 768)
    win.reset_layout()
    assert win.open_workspace(demo_path)
    qtbot.wait(50)
    table = win.claims_pane.table
    metrics = table.fontMetrics()
    assert table.wordWrap()
    assert table.verticalHeader().defaultSectionSize() >= 2 * metrics.lineSpacing()
    assert table.columnWidth(0) >= metrics.averageCharWidth() * 20  # some 40 characters over two lines
    win.close()


def test_export_progress_wraps_a_long_title_and_counts_claims(qtbot):
    """Issue 12, finding 13: the export's progress text was cut and its bar said nothing."""
    from PySide6.QtWidgets import QProgressDialog

    from ui.reports.export import _readable_progress

    dialog = QProgressDialog("", "Cancel", 0, 0)
    qtbot.addWidget(dialog)
    _readable_progress(dialog)
    title = "Щотижневий огляд кремлівських наративів про західну військову допомогу, 3–9 липня 2023"
    dialog.setLabelText(f"Експорт «{title}»: твердження 7 з 40…")
    dialog.setMaximum(40)
    dialog.setValue(7)
    dialog.show()
    qtbot.waitExposed(dialog)
    label = dialog.findChild(QLabel, "export_progress_label")
    assert label.wordWrap()
    assert label.height() >= label.heightForWidth(label.width())  # every line shows
    assert dialog.width() < 800  # wraps instead of growing past a laptop's screen
    assert dialog.findChild(QProgressBar, "export_progress_bar").text() == "7 / 40"


def test_a_narrow_claims_list_keeps_room_for_the_claims_words(qtbot, tmp_path, demo_path):
    """The trial's claims list at 1366×768 with a claim open showed two words of each claim ("Я отри…")."""
    win, translators = build_window(qtbot, tmp_path, "uk")
    try:
        win.show()
        qtbot.waitExposed(win)
        assert win.open_workspace(demo_path)
        win.resize(1366, 768)
        win.reset_layout()
        win.claims_pane.select_claim(win.claims_pane.model.claim_id(0))
        table = win.claims_pane.table
        table.resize(345, table.height())
        qtbot.wait(50)
        assert table.columnWidth(0) >= 0.35 * table.viewport().width(), [table.columnWidth(c) for c in range(4)]
    finally:
        for translator in translators:
            QApplication.instance().removeTranslator(translator)
