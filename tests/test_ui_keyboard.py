"""Keyboard and screen reader (issue 12): every interactive widget is named, and the whole loop —
import, mark, rate, evidence, report, export — works with the keys alone."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.demo import write_demo
from ui.accessibility import is_interactive, name_widgets


def unnamed(root: QWidget) -> list[str]:
    return [
        f"{type(w).__name__} '{w.objectName()}' in {type(w.window()).__name__}"
        + ("" if w.accessibleName() else " has no accessible name")
        + ("" if w.accessibleDescription() else " has no accessible description")
        for w in [root, *root.findChildren(QWidget)]
        if is_interactive(w) and not (w.accessibleName() and w.accessibleDescription())
    ]


def focus_into(qtbot, dialog: QDialog) -> None:
    """Show a dialog and give it focus, as opening it does; the names come with the focus."""
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and QApplication.focusWidget().window() is dialog)


def test_every_interactive_widget_of_the_window_and_its_docks_is_named(window, tmp_path, qtbot):
    assert window.open_workspace(write_demo(tmp_path / "demo.factdesk"))
    window.claims_pane.select_claim(window.claims_pane.model.claim_id(0))
    window.reports_dock.show()
    window.library_dock.show()
    assert window.verdict_pane.rating.findChildren(QWidget)  # the rating buttons exist
    problems = unnamed(window)
    assert not problems, "\n".join(problems)
    # the names are words a sighted analyst reads, not object names
    assert window.verdict_pane.claimant.accessibleName() == "Claimant"
    assert window.verdict_pane.add_button.accessibleName() == "Add"
    assert window.verdict_pane.up_button.accessibleName() == "Move up (Alt+Up)"
    assert window.claims_pane.table.accessibleName() == "Claims"


def test_every_dialog_the_window_opens_is_named(window, tmp_path, qtbot, settings):
    from ui.about import AboutDialog
    from ui.evidence.dialogs import EvidenceDialog, LinkEvidenceDialog
    from ui.preferences import PreferencesDialog
    from ui.reports.dialog import ReportDialog
    from ui.sources.new_source_dialog import SourceDialog

    assert window.open_workspace(write_demo(tmp_path / "demo.factdesk"))
    ws = window.session.workspace
    dialogs = [
        SourceDialog(parent=window),
        EvidenceDialog(parent=window),
        LinkEvidenceDialog(ws, parent=window),
        PreferencesDialog(settings, parent=window),
        ReportDialog(ws, settings=settings, parent=window),
        AboutDialog(parent=window),
    ]
    problems = []
    for dialog in dialogs:
        focus_into(qtbot, dialog)
        problems += unnamed(dialog)
        dialog.close()
    assert not problems, "\n".join(problems)


def test_a_widget_that_takes_focus_later_is_named_then(window, qtbot):
    from PySide6.QtWidgets import QPushButton

    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    late = QPushButton("&Later", window)
    late.show()
    assert not late.accessibleName()
    late.setFocus()
    qtbot.waitUntil(lambda: late.accessibleName() == "Later")
    assert name_widgets(window) == []


# -- the whole loop with the keys alone -----------------------------------------------------------------


class ModalDriver:
    """Answers the next modal dialog of a kind with keys, as an analyst would (a modal dialog's
    exec() runs its own event loop: the answer is given from a timer inside it)."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.done: list[str] = []

    def expect(self, kind, keys, name: str) -> None:
        from PySide6.QtCore import QTimer

        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, kind) and dialog.isVisible():
                keys(dialog)
                self.done.append(name)
            else:
                QTimer.singleShot(20, poll)

        QTimer.singleShot(20, poll)


def type_text(qtbot, widget, text: str) -> None:
    for ch in text:
        qtbot.keyClick(widget, ch)


# Qt's own file dialog (on a platform with no native one) raises itself and grabs the keyboard for
# its completer, which the headless platform cannot do and says so
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_the_whole_loop_works_with_the_keyboard_alone(window, tmp_path, qtbot):
    from PySide6.QtCore import Qt

    # Qt's own file dialog (the one a platform without a native dialog shows), driven by keys
    native = not QApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    try:
        keyboard_loop(window, tmp_path, qtbot)
    finally:
        QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, not native)


def keyboard_loop(window, tmp_path, qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox

    from app.services import claims, evidence, reports, sources
    from app.workspace import Workspace
    from ui.evidence.dialogs import EvidenceDialog
    from ui.reports.dialog import ReportDialog
    from ui.tasks import ImmediatePool

    path = tmp_path / "loop.factdesk"
    Workspace.create(path, user="tester").close()
    article = tmp_path / "article.txt"
    article.write_text("Ministers said the bridge was finished in 2020. Critics disagree.\n", encoding="utf-8")
    assert window.open_workspace(path)
    for runner in (window.importer, window.report_exporter, window.locker):
        runner.pool = ImmediatePool()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    drive = ModalDriver(qtbot)
    ws = window.session.workspace

    def in_dialog(dialog):
        """Where keys typed into a dialog go: its focused widget (the first field when it opens)."""
        if dialog.focusWidget() is None:
            dialog.focusNextChild()
        return dialog.focusWidget()

    def focused():
        """Where the keys go: the focused widget of the window, which is active again once a
        dialog has closed (as the desktop makes it)."""
        if QApplication.activeWindow() is not window:
            window.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return QApplication.focusWidget() or window

    # 1. import: Ctrl+I, the file's path typed into the dialog, Enter
    def pick_file(dialog) -> None:
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert in_dialog(dialog) is name  # it opens with the keys in the file name
        type_text(qtbot, name, article.name)  # it opens in the workspace's folder
        qtbot.keyClick(name, Qt.Key.Key_Return)

    drive.expect(QFileDialog, pick_file, "import")
    qtbot.keyClick(focused(), Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(sources.list_sources(ws)) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: window.source_pane.source_id is not None)

    # 2. mark: Alt+2 to the source, Ctrl+Home, Shift+Ctrl+Right over the first words, Ctrl+M
    qtbot.keyClick(focused(), Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    view = window.source_pane.view
    assert focused() is view
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: claims.count_claims(ws) == 1)
    claim_id = window.verdict_pane.claim_id
    assert claims.get_claim(ws, claim_id).claim.quote.startswith("Ministers said")

    # 3. rate: Alt+3 to the evidence-and-verdict pane, then 5 (the fifth rating)
    qtbot.keyClick(focused(), Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(focused(), Qt.Key.Key_5)
    fifth = window.verdict_pane.rating.ratings()[4]
    qtbot.waitUntil(lambda: claims.get_claim(ws, claim_id).claim.rating_id == fifth.id)

    # 4. evidence: Ctrl+Shift+E, a title typed, Enter
    def fill_evidence(dialog) -> None:
        field = in_dialog(dialog)
        assert field is dialog.title  # the dialog opens on its first field
        type_text(qtbot, field, "Bridge inspection report")
        qtbot.keyClick(field, Qt.Key.Key_Return)

    drive.expect(EvidenceDialog, fill_evidence, "evidence")
    qtbot.keyClick(focused(), Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(evidence.links_for_claim(ws, claim_id)) == 1)

    # 5. report: Ctrl+Shift+R shows the reports, Alt+N makes one; a title typed, Enter
    def fill_report(dialog) -> None:
        for _ in range(5):  # it opens on its tabs: Tab to the title
            if in_dialog(dialog) is dialog.title:
                break
            qtbot.keyClick(in_dialog(dialog), Qt.Key.Key_Tab)
        assert in_dialog(dialog) is dialog.title
        type_text(qtbot, dialog.title, "Weekly review")
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return)

    qtbot.keyClick(focused(), Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.reports_pane.isVisible())
    drive.expect(ReportDialog, fill_report, "report")
    qtbot.waitUntil(lambda: focused() is window.reports_pane.table)  # the keys go on in the list
    for _ in range(6):  # Tab to New…, Space presses it
        if focused() is window.reports_pane.new_button:
            break
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is window.reports_pane.new_button
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(reports.list_reports(ws)) == 1)

    # 6. export: Ctrl+E, the file's path typed, Enter; the "exported" box closed with Esc
    target = tmp_path / "weekly.docx"

    def save_as(dialog) -> None:
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert in_dialog(dialog) is name
        qtbot.keyClick(name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # over the name it offers
        type_text(qtbot, name, target.name)  # it opens in the workspace's folder
        qtbot.keyClick(name, Qt.Key.Key_Return)
        drive.expect(QMessageBox, lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape), "done")

    drive.expect(QFileDialog, save_as, "export")
    qtbot.keyClick(focused(), Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: target.exists(), timeout=30_000)
    qtbot.waitUntil(lambda: "done" in drive.done, timeout=10_000)
    assert drive.done == ["import", "evidence", "report", "export", "done"]
