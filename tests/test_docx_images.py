"""Evidence screenshots in the Word report: pictures with caption, capture time and SHA-256;
a bomb, a broken file or an unknown format gives a line of text, never a failed export."""

from __future__ import annotations

import hashlib
import struct
import time
import zlib
from datetime import UTC, datetime

import docx

from app.services import attachments, catalog, reports
from app.services import claims as claim_service
from app.services import evidence as evidence_service
from app.services import sources as source_service
from exports.docx_report import write_docx
from exports.report_data import build_snapshot
from exports.word import pictures

TEXT = "Мер заявив, що міст відкриють завтра. Інший допис стверджує протилежне."
WHEN = datetime(2023, 7, 10, 9, 30, tzinfo=UTC)


def png(width: int, height: int, colour: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    """A real PNG, made without any image library."""
    row = b"\x00" + bytes(colour) * width
    raw = zlib.compress(row * height, 9)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def bomb() -> bytes:
    """A PNG whose header says 60,000 × 60,000 pixels (3.6 gigapixels): a few KB on disk."""
    header = struct.pack(">IIBBBBB", 60_000, 60_000, 8, 2, 0, 0, 0)
    data = b"\x89PNG\r\n\x1a\n"
    for kind, body in ((b"IHDR", header), (b"IDAT", zlib.compress(b"\x00" * 100_000)), (b"IEND", b"")):
        data += struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
    return data


def workspace_with_shots(ws, shots: dict[str, bytes], *, claims: int = 1) -> int:
    source_id = source_service.create_source(ws, title="Допис", text=TEXT, language="uk").subject
    false = next(r for r in catalog.ratings(ws) if r.label == "False")
    claim_ids = [
        claim_service.create_claim(ws, source_id, 0, 3 + i, rating_id=false.id, summary="Міст не відкрили.").subject
        for i in range(claims)
    ]
    piece = evidence_service.create_evidence(ws, title="Знімок допису", url="https://example.org/post").subject
    for claim_id in claim_ids:
        evidence_service.link(ws, claim_id, piece, stance="refutes")
    for name, data in shots.items():
        attachments.attach_data(ws, piece, data, name, captured_at=WHEN)
    return reports.create_report(ws, title="Тижневий огляд", language="uk", claim_ids=claim_ids).subject


def export(ws, report_id, tmp_path):
    target = tmp_path / "report.docx"
    result = write_docx(build_snapshot(ws, report_id), target)
    return result, docx.Document(str(target))


def texts(doc) -> list[str]:
    return [p.text for p in doc.paragraphs]


def test_a_screenshot_is_a_picture_with_its_caption_capture_time_and_hash(ws, tmp_path):
    shot = png(1600, 900)
    report_id = workspace_with_shots(ws, {"post.png": shot})
    _, doc = export(ws, report_id, tmp_path)
    assert len(doc.inline_shapes) == 1
    shape = doc.inline_shapes[0]
    width = doc.sections[-1].page_width - doc.sections[-1].left_margin - doc.sections[-1].right_margin
    assert shape.width <= width and abs(shape.width / shape.height - 1600 / 900) < 0.01  # page width, aspect kept
    caption = next(t for t in texts(doc) if t.startswith("Рисунок E1."))
    assert "post.png" in caption and "Знято 10 липня 2023, 09:30 UTC" in caption
    assert hashlib.sha256(shot).hexdigest() in caption
    image = doc.part.related_parts[shape._inline.graphic.graphicData.pic.blipFill.blip.embed]
    assert image.blob == shot  # a small PNG goes in as it came


def test_bomb_broken_and_unknown_images_become_a_line_of_text(ws, tmp_path):
    report_id = workspace_with_shots(
        ws,
        {"bomb.png": bomb(), "broken.png": b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "ok.png": png(40, 30)},
    )
    result, doc = export(ws, report_id, tmp_path)
    assert len(doc.inline_shapes) == 1  # only ok.png
    lines = texts(doc)
    assert any(t.startswith("bomb.png: зображення не показано, воно завелике (60,000 × 60,000") for t in lines)
    assert any(t.startswith("broken.png: зображення не показано, файл не вдалося") for t in lines)
    assert result.claims == 1


def test_webp_is_converted_to_png(ws, tmp_path):
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366cc"))
    raw = QByteArray()
    buffer = QBuffer(raw)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "WEBP")
    buffer.close()
    picture = pictures.prepare(bytes(raw.data()))
    assert not picture.problem and picture.data.startswith(b"\x89PNG") and (picture.width, picture.height) == (120, 80)


def test_a_big_picture_is_scaled_down_before_it_goes_in(ws):
    picture = pictures.prepare(png(5000, 1000))
    assert (picture.width, picture.height) == (2000, 400) and picture.data.startswith(b"\x89PNG")


def test_a_piece_cited_twice_shows_its_picture_once(ws, tmp_path):
    report_id = workspace_with_shots(ws, {"post.png": png(300, 200)}, claims=2)
    _, doc = export(ws, report_id, tmp_path)
    assert len(doc.inline_shapes) == 1
    assert any(t == "post.png (див. твердження 1)" for t in texts(doc))


def test_many_pictures_export_in_reasonable_time(ws, tmp_path):
    shots = {f"shot-{i}.png": png(1280, 720, (i, 100, 200 - i)) for i in range(60)}
    report_id = workspace_with_shots(ws, shots)
    started = time.perf_counter()
    _, doc = export(ws, report_id, tmp_path)
    elapsed = time.perf_counter() - started
    assert len(doc.inline_shapes) == 60
    assert elapsed < 30, elapsed
    print(f"60 screenshots of 1280×720: {elapsed:.2f} s")


def test_the_appendix_gives_sizes_in_the_reports_language():
    """A Ukrainian report printed "(image/png, 49,545 B)" (the trial's render); now in words."""
    from exports.labels import labels_for

    assert labels_for("uk").size(49_545) == "49\u00a0545 байтів"
    assert labels_for("uk").size(22) == "22 байти"
    assert labels_for("uk").size(1) == "1 байт"
    assert labels_for("en").size(49_545) == "49,545 bytes"
