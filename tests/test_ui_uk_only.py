"""The Ukrainian window speaks only Ukrainian.

The main window opens with the Ukrainian translation on the demo workspace, with a claim shown; then
every action of the menus is triggered (all but quitting, closing and long background jobs), and
every window, dock, dialog and message it opens is read: labels, buttons, menu actions, tool tips,
headers, cells, placeholder texts, spin-box units, window titles, message boxes, file-dialog
captions and filters. A word of three or more Latin letters fails the test unless it is a proper
name or format on the allow-list, or a word of the workspace's own data (the demo is in English).
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, QLibraryInfo, QLocale, QModelIndex, Qt, QTranslator
from PySide6.QtGui import QAction, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDockWidget,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTextEdit,
    QWidget,
)

from ui.catalog import scales_dialog

ROOT = Path(__file__).resolve().parents[1]

#: proper names, formats and key names that stay Latin in Ukrainian text
ALLOWED = {
    "Factdesk", "DOCX", "DOTX", "PDF", "PDFs", "URL", "URLs", "SHA", "ClaimReview", "Telegram", "Word",
    "Excel", "PowerPoint", "LibreOffice", "OpenDocument", "RTF", "HTML", "MHTML", "OCR", "SQLite", "UTC",
    "ZIP", "JSON", "CSV", "XML", "DTD", "NUL", "PNG", "JPEG", "GIF", "SVG", "WAL", "wal", "IFCN", "Qt",
    "PySide", "Python", "Linux", "Windows", "macOS", "Ctrl", "Shift", "Alt", "Del", "Enter", "Esc", "Tab",
    "Home", "End", "Space", "Backspace", "Ins", "PgUp", "PgDown", "Meta", "Up", "Down", "Left", "Right", "Delete",
    "GNU", "General", "Public", "License", "OPORA", "NATO", "LDPR", "IAEA",
    "MFA", "GPL", "LGPL", "MIT", "BSD", "Apache", "MPL", "PSF", "ISC", "Unicode", "docx", "dotx", "pdf",
    "txt", "htm", "html", "mht", "mhtml", "factdesk", "bak", "png", "jpg", "jpeg", "json", "csv", "xlsx",
    "xlsm", "tsv", "UTF", "jsonld", "schema", "CMS", "Google",  # spreadsheets, ClaimReview
}  # fmt: skip
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
#: tokens that are not words: paths, addresses, file names, e-mail, shortcuts written as keys
NOT_WORDS = re.compile(
    r"\S*[/\\@]\S*|\S+\.(?:factdesk|docx|dotx|pdf|txt|html?|png|json|csv|bak)\b|https?:\S+"
    r"|[\w.-]+-or-later|\w+…"  # an SPDX licence name; a word of the data cut short
)
#: widgets that list programs, versions and licences by their own names (Help ▸ About)
PROPER_NAME_LISTS = {"libraries", "versions"}
#: table columns where the analyst reads and types the English wording on purpose (Edit ▸ Rating Scales)
ENGLISH_COLUMNS = {"scales_table": {scales_dialog.LABEL_EN, scales_dialog.DEFINITION_EN}}

#: actions that end the session, replace the workspace or start long background jobs
SKIPPED_ACTIONS = {
    "quit", "close_workspace", "open_demo", "backup_now", "check_integrity", "verify_attachments",
    "delete_claim", "undo", "redo",
}  # fmt: skip


def data_words(path: Path) -> set[str]:
    """Every Latin word in the workspace's own data (titles, quotes, names…), which the window
    shows as it is. The rating scale is not data here: its default labels are the program's."""
    words: set[str] = set()
    with sqlite3.connect(path) as conn:
        tables = [
            row[0]
            for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        ]
        for table in tables:
            if table in ("rating", "ratingscale", "rating_scale") or "_fts" in table or "search" in table:
                continue
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    if isinstance(value, str):
                        words.update(LATIN_WORD.findall(value))
    return words


def plain(text: str) -> str:
    if "<" in text and ">" in text:
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def texts_of(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for everything `root` and its children show, or would show once it is."""
    found: list[tuple[str, str]] = []

    def add(widget: QWidget, what: str, text: str | None) -> None:
        if text:
            found.append((f"{type(widget).__name__}:{widget.objectName()}:{what}", plain(text)))

    widgets = [
        widget
        for widget in (root, *(w for w in root.findChildren(QWidget) if w.isVisibleTo(root)))
        if widget.objectName() not in PROPER_NAME_LISTS
    ]
    for widget in widgets:
        add(widget, "tooltip", widget.toolTip())
        add(widget, "status tip", widget.statusTip())
        if widget.isWindow() or isinstance(widget, QDockWidget):
            add(widget, "title", widget.windowTitle())
        for act in widget.actions():
            if act.isVisible():
                add(widget, "action", act.text())
                add(widget, "action tip", act.toolTip() if act.toolTip() != act.text().replace("&", "") else "")
        if isinstance(widget, QLabel):
            add(widget, "label", widget.text())
        elif isinstance(widget, QAbstractButton):
            add(widget, "button", widget.text())
        elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
            add(widget, "placeholder", widget.placeholderText())
        elif isinstance(widget, QGroupBox):
            add(widget, "title", widget.title())
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                add(widget, "tab", widget.tabText(i))
                add(widget, "tab tip", widget.tabToolTip(i))
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(widget, "item", widget.itemText(i))
        if isinstance(widget, QAbstractSpinBox):
            add(widget, "special", widget.specialValueText())
            if isinstance(widget, QSpinBox):
                add(widget, "suffix", widget.suffix())
                add(widget, "prefix", widget.prefix())
        # a header view shares its table's model: the table reads it
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) and widget.model() is not None:
            model, top = widget.model(), QModelIndex()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(top)
            rows = model.rowCount(top)
            for column in range(columns):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.headerData(column, Qt.Orientation.Horizontal, role)
                    add(widget, "header", value if isinstance(value, str) else None)
            english_columns = ENGLISH_COLUMNS.get(widget.objectName(), set())
            for row in range(min(rows, 40)):
                for column in range(columns):
                    if column in english_columns:
                        continue
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        value = model.data(model.index(row, column), role)
                        add(widget, "cell", value if isinstance(value, str) else None)
                    for role in range(Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 12):
                        value = model.data(model.index(row, column), role)  # rich text a delegate paints
                        add(widget, "cell", value if isinstance(value, str) and "<" in value else None)
        if isinstance(widget, QMenu):
            for act in widget.actions():
                add(widget, "menu item", act.text())
    return found


def english(text: str, allowed: set[str]) -> list[str]:
    return [word for word in LATIN_WORD.findall(NOT_WORDS.sub(" ", text)) if word not in allowed]


class Seen:
    """What the window showed, collected as it is shown."""

    def __init__(self) -> None:
        self.texts: list[tuple[str, str]] = []

    def widget(self, where: str, widget: QWidget) -> None:
        self.texts.extend((f"{where} › {w}", t) for w, t in texts_of(widget))

    def text(self, where: str, *texts) -> None:
        self.texts.extend((where, plain(str(t))) for t in texts if t)


@pytest.fixture
def ukrainian(qapp):
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Ukrainian, QLocale.Country.Ukraine))
    translators = []
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("factdesk", str(ROOT / "resources" / "translations")),
    ):
        translator = QTranslator()
        if translator.load(QLocale(), name, "_", folder):
            qapp.installTranslator(translator)
            translators.append(translator)
    assert len(translators) == 2
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.fixture
def seen(monkeypatch) -> Seen:
    """Every dialog, message and file dialog is read instead of waiting for the analyst, and answered
    with Cancel (so nothing changes)."""
    record = Seen()

    def dialog_exec(self, *args):
        record.widget(f"dialog {type(self).__name__}", self)
        return 0

    def box_exec(self, *args):
        record.text(f"message box {self.objectName()}", self.windowTitle(), self.text(), self.informativeText())
        record.widget("message box", self)
        return QMessageBox.StandardButton.Cancel

    def static_box(kind):
        def ask(parent, title, text, *args, **kwargs):
            record.text(f"QMessageBox.{kind}", title, text)
            return QMessageBox.StandardButton.Cancel if kind == "question" else QMessageBox.StandardButton.Ok

        return staticmethod(ask)

    def file_dialog(kind, empty):
        def ask(parent=None, caption="", folder="", filter="", *args, **kwargs):
            record.text(f"QFileDialog.{kind}", caption, filter or kwargs.get("filter", ""))
            return empty

        return staticmethod(ask)

    def input_dialog(kind):
        def ask(parent, title, label, *args, **kwargs):
            record.text(f"QInputDialog.{kind}", title, label)
            return ("", False) if kind != "getInt" else (0, False)

        return staticmethod(ask)

    monkeypatch.setattr(QDialog, "exec", dialog_exec)
    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    for kind in ("warning", "information", "question", "critical"):
        monkeypatch.setattr(QMessageBox, kind, static_box(kind))
    for kind, empty in (
        ("getOpenFileName", ("", "")),
        ("getOpenFileNames", ([], "")),
        ("getSaveFileName", ("", "")),
        ("getExistingDirectory", ""),
    ):
        monkeypatch.setattr(QFileDialog, kind, file_dialog(kind, empty))
    for kind in ("getText", "getItem", "getInt", "getMultiLineText"):
        monkeypatch.setattr(QInputDialog, kind, input_dialog(kind))
    return record


@pytest.fixture
def uk_window(ukrainian, seen, qtbot, settings, tmp_path):
    from app.demo import write_demo
    from ui.main_window import MainWindow

    path = write_demo(tmp_path / "демо.factdesk")
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_workspace(path)
    qtbot.wait(50)
    yield window, path
    window.close()


def menu_actions(menu: QMenu):
    for act in menu.actions():
        if act.menu() is not None:
            yield from menu_actions(act.menu())
        elif not act.isSeparator():
            yield act


def test_the_ukrainian_window_shows_no_english(uk_window, seen, qtbot):
    window, path = uk_window
    allowed = ALLOWED | data_words(path)
    claims = window.claims_pane
    view = claims.findChild(QAbstractItemView)
    view.setCurrentIndex(view.model().index(0, 0))  # a claim is shown: verdict pane, checked before
    qtbot.wait(300)
    seen.widget("main window", window)
    evidence = window.verdict_pane.evidence_table  # a piece of evidence: its attachments and custody log
    evidence.setCurrentIndex(evidence.model().index(0, 0))
    qtbot.wait(100)
    tabs = window.verdict_pane.locker.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.wait(50)
        seen.widget(f"evidence tab {index}", window)

    menus = [act.menu() for act in window.menuBar().actions() if act.menu() is not None]
    for menu in menus:
        seen.text("menu", menu.title())
        for act in menu_actions(menu):
            seen.text(f"menu {menu.title()}", act.text(), act.toolTip() if act.toolTip() != act.text() else "")
    for menu in menus:
        for act in list(menu_actions(menu)):
            name = act.objectName()
            if name in SKIPPED_ACTIONS or name.startswith(("rate_", "status_", "recent_")) or not act.isEnabled():
                continue
            if act.parent() is getattr(window, "recent_menu", None):
                continue
            before = set(QApplication.topLevelWidgets())
            act.trigger()
            qtbot.wait(30)
            for widget in QApplication.topLevelWidgets():
                if widget.isVisible() and widget is not window:
                    seen.widget(f"after {name or act.text()}", widget)
                    if widget not in before and isinstance(widget, QDialog):
                        widget.close()
    seen.widget("main window, after the menus", window)
    bar = window.search_bar
    for query in ("Kyiv", "щюєжж"):  # the search results, and what it says when nothing is found
        bar.heading.setText("")
        bar.search_now(query)
        qtbot.waitUntil(lambda: bool(bar.heading.text()), timeout=5000)
        seen.widget(f"search {query}", bar.popup)
    bar.hide_popup()
    window.reports_pane.new_report()  # the report editor opens from the reports pane, not a menu
    if window.reports_pane.current_report_id() is not None:
        window.reports_pane.edit_report()

    # what the core says reaches the window in Ukrainian: refused imports, a file that is no workspace,
    # claims linked as repeats (the "checked before?" list)
    from app.services import similar
    from ui.tasks import ImmediatePool

    ids = [view.model().index(row, 0).data(Qt.ItemDataRole.UserRole + 1) for row in range(2)]
    similar.link_claims(window.session.workspace, ids[0], ids[1], "repeats")
    view.setCurrentIndex(view.model().index(1, 0))
    qtbot.wait(100)
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.wait(300)
    seen.widget("main window, claims linked", window)
    folder = path.parent / "вхідні"
    folder.mkdir()
    broken = folder / "звіт.pdf"
    broken.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\n%%EOF\n")
    (folder / "порожній.txt").write_bytes(b"")
    (folder / "старий.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    window.importer.pool = ImmediatePool()
    window.importer.import_files(sorted(folder.iterdir()))
    qtbot.wait(50)
    seen.text("status bar after the import", window.statusBar().currentMessage())
    not_ours = path.parent / "нотатки.factdesk"
    not_ours.write_text("просто текст " * 20, encoding="utf-8")
    window.open_workspace(not_ours)
    assert any("звіт.pdf" in text for _where, text in seen.texts), "the import's refusals were not seen"
    assert any("нотатки.factdesk" in text for _where, text in seen.texts), "the refusal to open was not seen"

    import os

    if os.environ.get("DUMP_TEXTS"):
        print("\n".join(f"{w} => {t!r}" for w, t in seen.texts))
    offending = [(where, text, english(text, allowed)) for where, text in seen.texts if english(text, allowed)]
    assert len(seen.texts) > 300  # the walk reached the window's texts
    report = "\n".join(f"{words} in {text!r} ({where})" for where, text, words in offending)
    assert not offending, f"English in the Ukrainian window:\n{report}"


def test_a_widget_left_in_english_is_found(ukrainian, qtbot):
    """The check itself: an untranslated label is caught, a proper name is not."""
    widget = QWidget()
    qtbot.addWidget(widget)
    QLabel("Linked: Олена", widget)
    QLabel("Експорт у DOCX", widget)
    found = [english(text, ALLOWED) for _where, text in texts_of(widget)]
    assert ["Linked"] in found and [] in found


def test_actions_outside_menus_count_too(ukrainian, qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.addAction(QAction("Remove", widget))
    assert any(english(text, ALLOWED) == ["Remove"] for _where, text in texts_of(widget))


def test_the_file_dialogs_words_qt_lacks_are_ukrainian(qapp):
    """Qt's Ukrainian catalogue lacks "&Look in:", "Files of &type:" and "Folder" (the bundle trial
    saw them in every file dialog); ours has them."""
    from tests.ui_geometry import install_language
    from ui import qt_gaps

    translators = install_language(qapp, "uk")
    try:
        words = qt_gaps.strings()
        assert all(re.search("[а-яіїєґ]", word, re.IGNORECASE) for word in words), words
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
