"""First run (issue 12, finding 11): the analyst's name is asked before the first workspace is made or
opened, prefilled from the system's full name, and kept in the settings; later starts do not ask."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from tests.conftest import keep_picture
from ui import welcome
from ui.welcome import NameDialog, ask_name_first


def test_first_run_asks_the_name_prefilled_and_keeps_it(qtbot, settings, monkeypatch):
    monkeypatch.setattr(welcome, "os_full_name", lambda: "Olena Koval")
    seen = []

    def exec_(dialog: NameDialog) -> int:
        seen.append(dialog.name.text())
        dialog.show()
        keep_picture(dialog, "first-run-name.png")
        dialog.name.setText("  ")
        assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        dialog.name.setText("Olena Koval-Petrenko ")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(NameDialog, "exec", exec_)
    assert settings.user_name() == ""
    assert ask_name_first(settings)
    assert seen == ["Olena Koval"] and settings.user_name() == "Olena Koval-Petrenko"
    assert not ask_name_first(settings)  # asked once: a kept name is not asked again
    assert len(seen) == 1


def test_closing_the_question_keeps_nothing(qtbot, settings, monkeypatch):
    monkeypatch.setattr(NameDialog, "exec", lambda dialog: 0)
    assert not ask_name_first(settings)
    assert settings.user_name() == ""


def test_os_full_name_is_a_name_or_the_login():
    name = welcome.os_full_name()
    assert isinstance(name, str) and "," not in name


def test_the_start_asks_before_opening_a_workspace(qtbot, settings, monkeypatch, tmp_path):
    """ui.application's start asks first; the workspace it then opens records that name."""
    from app.services import claims
    from app.workspace import Workspace
    from ui import application
    from ui.main_window import MainWindow

    path = tmp_path / "first.factdesk"
    Workspace.create(path, user="someone").close()
    order = []
    monkeypatch.setattr(welcome, "os_full_name", lambda: "Olena Koval")

    def exec_(dialog):
        order.append("asked")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(NameDialog, "exec", exec_)
    windows = []

    def make_window(*args, **kwargs):
        window = MainWindow(settings=settings)
        qtbot.addWidget(window)
        original = window.open_workspace
        window.open_workspace = lambda p: (order.append("opened"), original(p))[1]
        windows.append(window)
        return window

    monkeypatch.setattr("ui.main_window.MainWindow", make_window)
    monkeypatch.setattr(application, "_install_error_hook", lambda window: None)
    monkeypatch.setattr(application, "after_first_paint", lambda window, callback: callback())
    monkeypatch.setattr(application.gc, "freeze", lambda: None)
    frame = application._startup_frame()
    qtbot.addWidget(frame)
    app = application.QApplication.instance()
    application._start(app, frame, path)
    qtbot.waitUntil(lambda: "opened" in order)  # on the next turn: the window painted while it asked
    assert order == ["asked", "opened"]
    assert windows[0].session.workspace.user == "Olena Koval"
    assert claims.audit_events(windows[0].session.workspace) == []
    windows[0].close_workspace()


def test_first_run_with_a_workspace_to_open_opens_it_after_the_name(qapp, qtbot, tmp_path, monkeypatch):
    """The window paints while the name is asked, so the workspace must not wait for a first paint
    that has already happened (it stayed on "Opening …" for good)."""
    import gc
    import sys

    from PySide6.QtWidgets import QMainWindow

    from app.demo import write_demo
    from ui import application, welcome
    from ui.settings import Settings

    path = write_demo(tmp_path / "first.factdesk")
    names: list[str] = []
    monkeypatch.setattr(Settings, "last_workspace", lambda self: path)
    monkeypatch.setattr(Settings, "user_name", lambda self: names[-1] if names else "")
    monkeypatch.setattr(welcome, "ask_name_first", lambda settings, parent=None: names.append("Olena") or True)
    monkeypatch.setattr(application, "after_first_paint", lambda window, callback: None)  # a paint that never comes
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # _start installs its own
    frame = QMainWindow()
    try:
        application._start(qapp, frame, None)
        window = qapp.main_window
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
        assert window.stack.currentWidget() is window.splitter
    finally:
        gc.unfreeze()
        del qapp.main_window
