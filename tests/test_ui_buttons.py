"""Every button of the main window, its docks and the dialogs its buttons open, clicked one by one,
each in a fresh window on a workspace with claims, evidence and a report (issue 18: Reports ▸ Edit…
said "The report #False no longer exists" because `clicked(checked=False)` reached a defaulted
report id, and no test clicked it).

A button is clicked; the modal dialog it opens is recorded and dismissed; then, in another fresh
window, the same button is clicked again and each of that dialog's buttons in turn. Any exception,
or any message that speaks of "#False"/"#True" or of something that "no longer exists", fails.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
)

from app.demo import write_demo
from app.services import claims as claim_service
from app.services import reports as report_service
from app.workspace import Workspace
from ui.main_window import MainWindow
from ui.tasks import ImmediatePool

#: a minute or more: CI runs it as a step of its own (`uv run pytest -m slow`)
pytestmark = pytest.mark.slow

BAD_WORDS = ("#False", "#True", "no longer exists")
#: actions left alone: they end the application or open a browser, not a dialog of ours
SKIPPED_ACTIONS = {"quit", "", "help_contents"}


@dataclass
class Record:
    """What one click led to: the texts shown, and the dialogs opened (their buttons' labels)."""

    texts: list[str] = field(default_factory=list)
    dialogs: list[tuple[str, list[str]]] = field(default_factory=list)


class Harness:
    """Stands in for every modal dialog and standard question. At the first level, a dialog's
    button `press` (an index into its buttons) is clicked if set; deeper dialogs are dismissed."""

    def __init__(self, monkeypatch) -> None:
        self.record = Record()
        self.press: int | None = None
        self.depth = 0
        harness = self

        def dialog_exec(dialog) -> int:
            harness.depth += 1
            try:
                return harness._run(dialog)
            finally:
                harness.depth -= 1

        def said(_parent, _title, text, *args, **kwargs):
            harness.record.texts.append(str(text))
            return QMessageBox.StandardButton.Cancel

        monkeypatch.setattr(QDialog, "exec", dialog_exec)
        monkeypatch.setattr(QMessageBox, "exec", dialog_exec)
        for name in ("warning", "information", "critical", "question"):
            monkeypatch.setattr(QMessageBox, name, said)
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
        monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("", False))
        monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (0, False))
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([], ""))
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
        self.opened: list[QUrl] = []
        monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: self.opened.append(url) or True)
        self.explored: set[tuple[str, tuple[str, ...]]] = set()  # dialogs whose buttons were clicked

    def _run(self, dialog) -> int:
        if isinstance(dialog, QMessageBox):
            self.record.texts.append(dialog.text() + "\n" + dialog.informativeText())
        buttons = dialog_buttons(dialog)
        if self.depth == 1:
            self.record.dialogs.append((type(dialog).__name__, [label(b) for b in buttons]))
        if self.depth == 1 and self.press is not None and self.press < len(buttons):
            dialog.show()
            button = buttons[self.press]
            if button.isEnabled():
                button.click()
            result = dialog.result() if not dialog.isVisible() else QDialog.DialogCode.Rejected
            dialog.hide()
            return int(result) if not isinstance(dialog, QMessageBox) else 0
        return int(QDialog.DialogCode.Rejected)


def ours(button: QAbstractButton) -> bool:
    """A button of Factdesk's (not Qt's own inside a calendar, a dock's title or a tab bar), which a
    click does not turn into a pop-up menu waiting for the mouse."""
    menu = getattr(button, "menu", None)
    return not button.objectName().startswith("qt_") and not (menu is not None and menu() is not None)


def dialog_buttons(dialog) -> list[QAbstractButton]:
    return [b for b in dialog.findChildren(QAbstractButton) if ours(b)]


def label(button: QAbstractButton) -> str:
    return button.objectName() or button.text().replace("&", "") or button.toolTip() or type(button).__name__


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """The demo workspace with a report of two claims by hand (made once, copied for every window)."""
    path = write_demo(tmp_path_factory.mktemp("buttons") / "template.factdesk")
    with Workspace.open(path, user="tester") as ws:
        ids = claim_service.claim_ids(ws, claim_service.ClaimFilter())
        report_service.create_report(ws, title="Weekly review", claim_ids=ids[:2])
    return path


class Windows:
    """Fresh windows on fresh copies of the template workspace."""

    def __init__(self, qtbot, settings, template: Path, folder: Path) -> None:
        self.qtbot, self.settings, self.template, self.folder = qtbot, settings, template, folder
        self.count = 0

    def fresh(self) -> MainWindow:
        self.count += 1
        path = self.folder / f"w{self.count}.factdesk"
        shutil.copyfile(self.template, path)
        window = MainWindow(settings=self.settings)
        self.qtbot.addWidget(window)
        window.safety.pool = ImmediatePool()
        window.safety.scheduler.pool = ImmediatePool()
        window.report_exporter.pool = ImmediatePool()
        window.resize(1366, 768)
        window.show()
        assert window.open_workspace(path)
        window.reports_dock.show()
        window.library_dock.show()
        claim_ids = claim_service.claim_ids(window.session.workspace, claim_service.ClaimFilter())
        window.open_claim(claim_ids[0])
        if window.verdict_pane.links.rowCount():
            window.verdict_pane.evidence_table.selectRow(0)
        if window.library.table.model().rowCount():
            window.library.table.selectRow(0)
        return window

    def close(self, window: MainWindow) -> None:
        window.close_workspace(forget_last=False)
        window.close()
        window.deleteLater()


def window_buttons(window: MainWindow) -> list[QAbstractButton]:
    return [b for b in window.findChildren(QAbstractButton) if b.window() is window and ours(b)]


def window_actions(window: MainWindow) -> list[QAction]:
    return [
        a
        for a in window.findChildren(QAction)
        if a.objectName() not in SKIPPED_ACTIONS and not a.isSeparator() and a.menu() is None and a.text()
    ]


def problems_of(what: str, record: Record, exceptions) -> list[str]:
    found = [f"{what}: {exc[0].__name__}: {exc[1]}" for exc in exceptions]
    for text in record.texts:
        if any(word in text for word in BAD_WORDS):
            found.append(f"{what}: said {text!r}")
    return found


def explore(windows: Windows, harness: Harness, qtbot, find, name: str) -> tuple[list[str], bool]:
    """Click `find(window)` in a fresh window, then, for each button of the dialog it opened, once
    more in a fresh window pressing that button. The problems seen; whether it was enabled."""
    problems: list[str] = []
    harness.press = None
    harness.record = Record()
    window = windows.fresh()
    target = find(window)
    enabled = target is not None and target.isEnabled()
    if enabled:
        with qtbot.captureExceptions() as exceptions:
            target.trigger() if isinstance(target, QAction) else target.click()
        problems += problems_of(name, harness.record, exceptions)
    windows.close(window)
    dialogs = list(harness.record.dialogs)
    if enabled and dialogs:
        kind, buttons = dialogs[0]
        if (kind, tuple(buttons)) in harness.explored:  # the same dialog, opened another way
            return problems, enabled
        harness.explored.add((kind, tuple(buttons)))
        for index, button_name in enumerate(buttons):
            harness.press = index
            harness.record = Record()
            window = windows.fresh()
            with qtbot.captureExceptions() as exceptions:
                target = find(window)
                target.trigger() if isinstance(target, QAction) else target.click()
            problems += problems_of(f"{name} ▸ {button_name}", harness.record, exceptions)
            windows.close(window)
    harness.press = None
    return problems, enabled


def test_every_button_and_action_works(qtbot, settings, template, tmp_path, monkeypatch):
    harness = Harness(monkeypatch)
    windows = Windows(qtbot, settings, template, tmp_path)
    first = windows.fresh()
    buttons = [label(b) for b in window_buttons(first)]
    # a fresh window is the same every time: what is disabled in one is in all (and not clicked)
    enabled_buttons = {index for index, b in enumerate(window_buttons(first)) if b.isEnabled()}
    actions = [a.objectName() or a.text() for a in window_actions(first) if a.isEnabled()]
    windows.close(first)
    assert "report_edit" in buttons and "report_new" in buttons and len(buttons) > 20

    problems: list[str] = []
    clicked = []
    for index, name in enumerate(buttons):
        if index not in enabled_buttons:
            continue

        def find(window, index=index, name=name):
            # by name and which of that name it is: the order of a window's children can differ
            # between windows (parts made when first shown), their names and counts cannot
            nth = buttons[:index].count(name)
            found = [b for b in window_buttons(window) if label(b) == name]
            assert len(found) > nth, f"a fresh window has no {name} #{nth + 1}"
            return found[nth]

        seen, enabled = explore(windows, harness, qtbot, find, name)
        problems += seen
        if enabled:
            clicked.append(name)
    for name in actions:

        def find_action(window, name=name):
            return next(a for a in window_actions(window) if (a.objectName() or a.text()) == name)

        seen, _enabled = explore(windows, harness, qtbot, find_action, f"action {name}")
        problems += seen

    print(f"{windows.count} windows, {len(clicked)} buttons enabled, {len(harness.explored)} dialogs explored")
    assert problems == []
    # the buttons of the issue were really clicked, enabled
    for name in ("report_edit", "report_new", "report_delete", "report_export"):
        assert name in clicked


def test_reports_edit_button_opens_the_selected_report(qtbot, settings, template, tmp_path, monkeypatch):
    """Issue 18, finding 1: Reports ▸ Edit… opens the editor on the selected report."""
    from ui.reports.dialog import ReportDialog

    opened = []
    monkeypatch.setattr(ReportDialog, "exec", lambda dialog: opened.append(dialog.title.text()) or 0)
    refusals = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: refusals.append(text))
    window = Windows(qtbot, settings, template, tmp_path).fresh()
    assert window.reports_pane.current_report_id() is not None
    window.reports_pane.edit_button.click()
    assert opened == ["Weekly review"] and refusals == []
