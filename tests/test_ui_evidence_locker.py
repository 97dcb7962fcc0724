"""The evidence locker in the window: files dropped and screenshots pasted onto a claim, previews,
the evidence library linking one piece to two claims, Preferences, and Verify flagging tampering."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from app.services import attachments, claims, custody, evidence
from app.services.intake import import_file
from app.workspace import Workspace
from tests.conftest import keep_picture
from ui import commands
from ui.tasks import ImmediatePool

DATA = Path(__file__).parent / "data" / "intake"


@pytest.fixture
def case(tmp_path):
    """A workspace with the sample article imported and two claims marked in it."""
    path = tmp_path / "case.factdesk"
    with Workspace.create(path, user="Olena") as ws:
        source_id = import_file(ws, DATA / "weekly-review-2023-07-09.html").source_id
        text = ws_text(ws, source_id)
        made = []
        for words in ("cluster munitions", "nuclear power plants"):
            at = text.find(words)
            made.append(claims.create_claim(ws, source_id, at, at + len(words)).subject)
    return path, made


def ws_text(ws, source_id):
    from app.services.sources import get_source

    return get_source(ws, source_id).text


@pytest.fixture
def opened(window, case):
    path, made = case
    window.settings.set_user_name("Olena")  # the analyst's name, set once in Preferences
    assert window.open_workspace(path)
    pool = ImmediatePool()
    window.locker.pool = pool
    window.verdict_pane.locker.pool = pool
    window.library.detail.pool = pool
    window.claims_pane.select_claim(made[0])
    assert window.verdict_pane.claim_id == made[0]
    return window, made


def _drop(widget, files: list[Path]) -> bool:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(widget, drop)
    return True


def _select_link(window, title: str) -> int:
    model = window.verdict_pane.links
    for row in range(model.rowCount()):
        if model.link(row).title == title:
            window.verdict_pane.evidence_table.selectRow(row)
            return model.link(row).evidence_id
    raise AssertionError(f"{title} is not linked: {[model.link(r).title for r in range(model.rowCount())]}")


def _save(widget, name: str) -> None:
    keep_picture(widget, name)


def test_dropped_pdf_and_saved_page_become_evidence_with_previews_and_undo(opened, qtbot):
    window, _made = opened
    pane = window.verdict_pane
    pdf, page = DATA / "weekly-review-2023-07-09.pdf", DATA / "weekly-review-2023-07-09.html"
    assert _drop(pane.evidence_table.viewport(), [pdf, page])
    assert [pane.links.link(r).title for r in range(pane.links.rowCount())] == [pdf.name, page.name]
    ws = window.session.workspace
    evidence_id = _select_link(window, pdf.name)
    (row,) = attachments.attachments_of(ws, evidence_id)
    assert row.media_type == "application/pdf" and row.analyst == "Olena"
    assert evidence.get_evidence(ws, evidence_id).kind == "document"
    # the PDF's text is read (by the intake's PDF reader, in its child process) for the preview
    qtbot.waitUntil(lambda: pane.locker.preview.currentWidget() is pane.locker.text, timeout=30_000)
    assert "cluster munitions" in pane.locker.text.toPlainText()
    _save(window, "ui-pdf-preview.png")
    page_id = _select_link(window, page.name)
    assert evidence.get_evidence(ws, page_id).kind == "web_page"
    qtbot.waitUntil(lambda: pane.locker.preview.currentWidget() is pane.locker.text, timeout=30_000)
    assert "Vilnius" in pane.locker.text.toPlainText()

    window.undo_action.trigger()
    assert pane.links.rowCount() == 0
    window.redo_action.trigger()
    assert pane.links.rowCount() == 2
    assert [e.action for e in custody.log_for(ws, evidence_id)][-2:] == ["deleted", "restored"]


def test_pasted_screenshot_becomes_evidence_and_previews_scaled(opened, qtbot, tmp_path):
    window, _made = opened
    pane = window.verdict_pane
    image = QImage(1200, 800, QImage.Format.Format_RGB32)
    image.fill(QColor("#1565C0"))
    QGuiApplication.clipboard().setImage(image)
    pane.evidence_table.setFocus()
    qtbot.keyClick(pane.evidence_table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)  # Ctrl+V
    (link,) = [pane.links.link(r) for r in range(pane.links.rowCount())]
    assert link.title.startswith("Screenshot ") and link.title.endswith(" UTC.png")
    pane.evidence_table.selectRow(0)
    (row,) = attachments.attachments_of(window.session.workspace, link.evidence_id)
    assert row.media_type == "image/png"
    assert pane.locker.preview.currentWidget() is pane.locker.image
    shown = pane.locker.image.pixmap()
    assert 0 < shown.width() <= 1600 and shown.width() / shown.height() == pytest.approx(1.5, rel=0.02)
    # Save As writes a copy and says so in the custody log (and the Custody tab)
    assert pane.locker.save_to(tmp_path / "copy.png")
    assert hashlib.sha256((tmp_path / "copy.png").read_bytes()).hexdigest() == row.sha256
    assert custody.log_for(window.session.workspace, link.evidence_id)[-1].action == "exported"
    assert "saved a copy" in pane.locker.custody.item(0, 2).text()
    # pasting again onto the locker attaches to the selected piece (same bytes: refused, named)
    refusals = []
    import ui.evidence.locker as locker_module

    original = locker_module.show_refusal
    locker_module.show_refusal = lambda _w, message, **_k: refusals.append(message)
    try:
        qtbot.keyClick(pane.locker.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    finally:
        locker_module.show_refusal = original
    assert refusals and "already attached" in refusals[0]


def test_a_decompression_bomb_is_not_decoded_whole():
    # a PNG header declaring 100,000 × 100,000 pixels (40 GB decoded)
    import struct
    import zlib

    from PySide6.QtCore import QSize

    from ui.evidence.preview import image_preview

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 2, 0, 0, 0)
    bomb = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 1000))
        + chunk(b"IEND", b"")
    )
    image, note = image_preview(bomb, QSize(400, 300))
    assert image is None and "too large to preview" in note


def test_library_links_one_piece_to_two_claims_and_edits_it_once(opened, qtbot, monkeypatch):
    window, made = opened
    ws = window.session.workspace
    window.verdict_pane.locker.pool = ImmediatePool()
    assert _drop(window.verdict_pane.evidence_table.viewport(), [DATA / "weekly-review-2023-07-09.html"])
    window.show_library_action.trigger()
    library = window.library
    assert library.isVisible()
    library.filter.setText("WEEKLY-review")  # case-insensitive
    library.refresh()
    assert library.model.rowCount() == 1
    library.table.selectRow(0)
    piece = library.current_evidence_id()

    window.claims_pane.select_claim(made[1])
    assert library.link_button.isEnabled()
    assert library.link_to_claim()
    assert [c for c, _q, _s in library.model.row(0).claims] == made
    assert not library.link_button.isEnabled()  # already linked to this claim

    # edited once, seen from both claims
    window.session.push(commands.update_evidence(window.session, piece, title="Saved page"))
    for claim_id in made:
        assert [link.title for link in evidence.links_for_claim(ws, claim_id)] == ["Saved page"]
    assert window.verdict_pane.links.link(0).title == "Saved page"
    assert library.model.rowCount() == 0  # the filter no longer matches the new title
    library.filter.setText("saved")
    library.refresh()
    library.table.selectRow(0)
    assert library.model.row(0).evidence.title == "Saved page"
    assert [e.action for e in custody.log_for(ws, piece)] == ["created", "linked", "attached", "linked", "edited"]
    library.detail.tabs.setCurrentIndex(1)
    assert library.detail.custody.rowCount() == 5
    _save(window, "ui-library-custody.png")

    # deleting asks first, naming both claims; the log keeps the entry; undo restores the same id
    asked = []

    def answer(box):
        asked.append(box.text())
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", answer)
    library.delete_piece()
    assert f"#{made[0]}" in asked[0] and f"#{made[1]}" in asked[0] and "2 claim" in asked[0]
    assert library.model.rowCount() == 0
    assert custody.log_for(ws, piece)[-1].action == "deleted"
    window.undo_action.trigger()
    assert evidence.get_evidence(ws, piece).title == "Saved page"
    assert len(attachments.attachments_of(ws, piece)) == 1


def test_verify_flags_a_tampered_attachment_in_red(opened, qtbot):
    window, _made = opened
    pane = window.verdict_pane
    assert _drop(pane.evidence_table.viewport(), [DATA / "weekly-review-2023-07-09.html"])
    evidence_id = _select_link(window, "weekly-review-2023-07-09.html")
    (row,) = attachments.attachments_of(window.session.workspace, evidence_id)
    with qtbot.waitSignal(window.locker.verified, timeout=10_000):
        window.verify_action.trigger()
    window.locker.last_summary.close()
    assert not pane.links.flagged(evidence_id) and pane.locker.banner.isHidden()

    with sqlite3.connect(window.session.path) as con:  # flip one byte behind Factdesk's back
        rowid = con.execute("SELECT rowid FROM blob WHERE sha256 = ?", (row.sha256,)).fetchone()[0]
        with con.blobopen("blob", "data", rowid) as blob:
            blob.seek(100)
            byte = blob.read(1)
            blob.seek(100)
            blob.write(bytes([byte[0] ^ 1]))
    with qtbot.waitSignal(window.locker.verified, timeout=10_000) as signal:
        window.verify_action.trigger()
    report = signal.args[0]
    # the saved page's bytes are stored once: for the attachment and for the source imported from it
    assert {(p.problem, p.attachment_id, p.source_id) for p in report.problems} == {
        ("altered", None, 1),
        ("altered", row.id, None),
    }
    assert window.locker.last_summary.icon() == QMessageBox.Icon.Critical
    _save(window.locker.last_summary, "ui-verify-message.png")
    window.locker.last_summary.close()
    assert pane.links.flagged(evidence_id)
    title_index = pane.links.index(0, pane.links.COLUMNS.index("title"))
    assert pane.links.data(title_index).startswith("⚠ ")
    assert pane.links.data(title_index, Qt.ItemDataRole.ForegroundRole).color() == QColor("#C62828")
    assert pane.locker.banner.isVisible() and "altered" in pane.locker.banner.text()
    assert pane.locker.table.item(0, 4).text() == "⚠ altered"
    window.show_library_action.trigger()
    assert window.library.model.flagged(evidence_id)
    _save(window, "ui-tampered-flagged.png")


def test_preferences_set_the_name_and_the_size_limit(opened, monkeypatch, tmp_path):
    window, _made = opened
    from ui.preferences import PreferencesDialog

    dialog = PreferencesDialog(window.settings, parent=window)
    assert dialog.tabs.count() == 3  # General, Evidence, Backups (tests/test_ui_backups.py)
    dialog.general.user_name.setText("Mykola")
    dialog.evidence.limit.setValue(1)
    dialog.accept()
    assert window.settings.user_name() == "Mykola" and window.settings.attachment_limit_mb() == 1
    assert window.locker.limit() == 1024 * 1024
    big = tmp_path / "big.bin"
    big.write_bytes(b"\x00" * (1024 * 1024 + 1))
    refusals = []
    monkeypatch.setattr("ui.evidence.locker.show_refusal", lambda _w, message, **_k: refusals.append(message))
    window.locker.attach_paths([big], claim_id=window.verdict_pane.claim_id)
    assert refusals and "big.bin is 1.0 MB; attachments can be at most 1.0 MB" in refusals[0].replace("\xa0", " ")
    assert window.verdict_pane.links.rowCount() == 0


def test_a_read_only_second_instance_cannot_attach_or_remove(window, case, monkeypatch):
    """Another Factdesk holds the workspace: this one opened it read-only, so the attachment
    buttons that would write (Attach File…, Paste Image, Remove) are off; Open and Save As stay."""
    path, made = case
    with Workspace.open(path, user="Olena") as ws:
        attachments.add_evidence_with_file(ws, made[0], data=b"a note, as text", name="note.txt", title="Screenshot")
    opener = Workspace.open  # as the window opens it when another Factdesk holds it
    monkeypatch.setattr(Workspace, "open", lambda p, **kw: opener(p, **{**kw, "read_only": True}))
    assert window.open_workspace(path)
    assert window.session.workspace.read_only
    window.claims_pane.select_claim(made[0])
    _select_link(window, "Screenshot")
    locker = window.verdict_pane.locker
    locker.table.selectRow(0)
    assert locker.current_attachment() is not None
    assert not locker.add_button.isEnabled() and not locker.paste_button.isEnabled()
    assert not locker.remove_button.isEnabled()
    assert locker.open_button.isEnabled() and locker.save_button.isEnabled()
