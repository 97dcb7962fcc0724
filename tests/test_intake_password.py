"""Password-protected PDFs: asked for (window) or given (--password), a wrong one said so, the right one read."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit, QMessageBox

from app.cli import main
from app.intake import PasswordNeeded, read_file
from app.services import sources
from app.workspace import Workspace
from ui.tasks import ImmediatePool

DATA = Path(__file__).parent / "data" / "intake"
AES = DATA / "protected-aes256.pdf"  # password "usersecret" (see data/intake/PROTECTED.md)
RC4 = DATA / "protected-rc4.pdf"  # password "baz"


def test_a_protected_pdf_asks_for_its_password_naming_the_file():
    with pytest.raises(PasswordNeeded, match=r"^protected-aes256\.pdf was not imported: .*password") as caught:
        read_file(AES)
    assert caught.value.wrong is False


def test_a_wrong_password_is_told_apart_from_none():
    with pytest.raises(PasswordNeeded, match="the password given does not open it") as caught:
        read_file(AES, password="not it")
    assert caught.value.wrong is True


@pytest.mark.parametrize(("path", "password", "text"), [(AES, "usersecret", "Hello World"), (RC4, "baz", "")])
def test_the_right_password_opens_aes_and_rc4_pdfs(path, password, text):
    result = read_file(path, password=password)
    assert text in result.text and result.text.strip()


def test_the_command_line_takes_a_password(tmp_path, capsys):
    ws_path = tmp_path / "ws.factdesk"
    assert main(["new", str(ws_path)]) == 0
    assert main(["import", str(ws_path), str(AES)]) == 1
    out = capsys.readouterr().out
    assert "protected-aes256.pdf was not imported" in out and "--password" in out
    assert main(["import", str(ws_path), str(AES), "--password", "wrong"]) == 1
    assert "does not open it" in capsys.readouterr().out
    assert main(["import", str(ws_path), str(AES), "--password", "usersecret"]) == 0
    assert "Imported protected-aes256.pdf as source #" in capsys.readouterr().out
    with Workspace.open(ws_path) as ws:
        (only,) = sources.list_sources(ws)
        assert "Hello World" in sources.get_source(ws, only.id).text


@pytest.fixture
def desk(window, tmp_path, monkeypatch):
    assert window.create_workspace(tmp_path / "locked.factdesk")
    window.importer.pool = ImmediatePool()
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    return window


def test_the_window_asks_for_the_password_and_again_when_it_was_wrong(desk, tmp_path, monkeypatch):
    target = tmp_path / "locked.pdf"
    shutil.copyfile(AES, target)
    asked = []
    answers = iter(["wrong", "usersecret"])

    def ask(name, *, wrong=False):
        asked.append((name, wrong))
        return next(answers)

    monkeypatch.setattr(desk.importer, "ask_password", ask)
    assert desk.importer.import_files([target])
    assert asked == [("locked.pdf", False), ("locked.pdf", True)]
    (only,) = sources.list_sources(desk.session.workspace)
    assert "Hello World" in sources.get_source(desk.session.workspace, only.id).text


def test_cancelling_the_password_imports_nothing_and_says_so(desk, tmp_path, monkeypatch):
    target = tmp_path / "locked.pdf"
    shutil.copyfile(AES, target)
    monkeypatch.setattr(desk.importer, "ask_password", lambda name, *, wrong=False: None)
    assert desk.importer.import_files([target])
    assert sources.list_sources(desk.session.workspace) == []
    assert "locked.pdf" in desk.statusBar().currentMessage()


def test_the_password_dialog_hides_what_is_typed_and_names_the_file(desk):
    first = desk.importer.password_dialog("report.pdf")
    again = desk.importer.password_dialog("report.pdf", wrong=True)
    try:
        assert first.textEchoMode() == QLineEdit.EchoMode.Password
        assert "report.pdf" in first.labelText() and "protected by a password" in first.labelText()
        assert "does not open" in again.labelText() and "Try again" in again.labelText()
    finally:
        first.deleteLater()
        again.deleteLater()
