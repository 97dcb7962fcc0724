"""Keyboard and screen reader (issue 12): every interactive widget is named, and the whole loop —
import, mark, rate, evidence, report, export — works with the keys alone."""

from __future__ import annotations

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
