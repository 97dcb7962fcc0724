"""Hostile and broken files: each is imported correctly or refused with ValidationError naming the
file and the reason, quickly and without running out of memory. Times and peaks are printed
(`pytest -s`) for the record."""

from __future__ import annotations

import io
import random
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from app.errors import ValidationError
from app.intake import limits, read_bytes, read_file
from app.intake.sentences import sentences
from app.intake.suggest import suggest

DOCX = Path(__file__).parent / "data" / "intake" / "weekly-review-2023-07-09.docx"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


class Measured:
    seconds: float = 0.0
    peak_mb: float = 0.0


def measure(call):
    """Run `call`, returning (its result or the exception it raised, Measured)."""
    measured = Measured()
    tracemalloc.start()
    started = time.perf_counter()
    try:
        outcome = call()
    except Exception as exc:
        outcome = exc
    measured.seconds = time.perf_counter() - started
    measured.peak_mb = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return outcome, measured


def content_types() -> str:
    return (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Override PartName="/word/document.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    )


@pytest.fixture(scope="module")
def zip_bomb() -> bytes:
    """A 0.4 MB .docx whose document.xml unpacks to 150 MB (the kind that took python-docx 283 s and 3 GB)."""
    chunk = b"<w:p><w:r><w:t>a</w:t></w:r></w:p>" * 30_000
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", content_types())
        with archive.open("word/document.xml", "w") as part:
            part.write(f'<w:document xmlns:w="{W}"><w:body>'.encode())
            for _ in range(150):
                part.write(chunk)
            part.write(b"</w:body></w:document>")
    return buffer.getvalue()


def test_a_zip_bomb_is_refused_in_well_under_a_second(zip_bomb):
    outcome, m = measure(lambda: read_bytes(zip_bomb, "bomb.docx"))
    print(
        f"\nzip bomb: {len(zip_bomb) / 1e6:.2f} MB -> 150 MB, "
        f"refused in {m.seconds * 1000:.1f} ms, peak {m.peak_mb:.1f} MB"
    )
    assert isinstance(outcome, ValidationError)
    assert "bomb.docx was not imported: it looks like a zip bomb" in str(outcome)
    assert m.seconds < 1
    assert m.peak_mb < 25


def test_a_zip_of_thousands_of_entries_is_refused_before_its_directory_is_read():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for index in range(limits.ZIP_MAX_ENTRIES + 1):
            archive.writestr(f"word/media/{index}.xml", "")
    outcome, m = measure(lambda: read_bytes(buffer.getvalue(), "many.docx"))
    assert isinstance(outcome, ValidationError) and "parts or more" in str(outcome)
    assert m.seconds < 1


def test_the_total_size_limit(monkeypatch):
    monkeypatch.setattr(limits, "ZIP_MAX_TOTAL_UNCOMPRESSED", 100_000)
    with pytest.raises(ValidationError, match="would unpack to"):
        read_bytes(DOCX.read_bytes(), DOCX.name)


def test_deeply_nested_xml_is_refused_quickly():
    nested = "<w:customXml>" * 20_000 + "<w:p><w:r><w:t>x</w:t></w:r></w:p>" + "</w:customXml>" * 20_000
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", content_types())
        archive.writestr("word/document.xml", f'<w:document xmlns:w="{W}"><w:body>{nested}</w:body></w:document>')
    outcome, m = measure(lambda: read_bytes(buffer.getvalue(), "deep.docx"))
    assert isinstance(outcome, ValidationError) and "deep.docx was not imported" in str(outcome)
    assert m.seconds < 1


@pytest.mark.parametrize(
    ("make", "name", "reason"),
    [
        (lambda: random.Random(7).randbytes(50_000), "report.docx", "named as a Word document but is not one"),
        (lambda: random.Random(7).randbytes(50_000), "report.pdf", "named as a PDF but is not one"),
        (lambda: DOCX.read_bytes()[: len(DOCX.read_bytes()) // 2], "half.docx", "not a complete Word document"),
        (lambda: _damaged(DOCX.read_bytes()), "damaged.docx", "damaged|not well-formed|not a readable"),
        (lambda: b"", "empty.docx", "the file is empty"),
        (lambda: b"", "empty.txt", "the file is empty"),
        (lambda: b"\x00" * 10_000, "nuls.txt", "binary"),
        (lambda: b"PK\x03\x04" + b"\x00" * 100, "stub.docx", "not a complete Word document"),
    ],
)
def test_garbage_truncated_and_empty_files_are_refused_with_the_reason(make, name, reason):
    import re

    with pytest.raises(ValidationError) as info:
        read_bytes(make(), name)
    message = str(info.value)
    assert message.startswith(f"{name} was not imported: ")
    assert re.search(reason, message), message


def _damaged(data: bytes) -> bytes:
    """The sample with the middle of its document part overwritten (its CRC no longer matches)."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    info = archive.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + info.compress_size // 2
    return data[:start] + b"\xff" * 64 + data[start + 64 :]


def test_a_fifty_megabyte_text_file_is_refused_quickly_for_its_length(tmp_path):
    line = b"The ministry said that 185,000 contract soldiers were recruited in 2023, a figure nobody checked.\n"
    path = tmp_path / "big.txt"
    path.write_bytes(line * (50_000_000 // len(line)))
    outcome, m = measure(lambda: read_file(path))
    print(f"\n50 MB text file: refused in {m.seconds:.2f} s, peak {m.peak_mb:.0f} MB (Python allocations)")
    assert isinstance(outcome, ValidationError)
    assert "big.txt was not imported: its text is 49,999," in str(outcome)
    assert m.seconds < 5


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_INPUT_BYTES", 1000)
    path = tmp_path / "large.pdf"
    path.write_bytes(b"%PDF-1.4\n" + b" " * 5000)
    refusal = r"large\.pdf was not imported: the file is 4\.9 KB; files up to 1,000 bytes"
    with pytest.raises(ValidationError, match=refusal):
        read_file(path)


def test_a_four_million_character_line_imports_and_is_split(tmp_path):
    sentence = "The ministry said that prices rose by 20 percent in 2023 according to Rosstat data, "
    data = (sentence * (4_000_000 // len(sentence) + 1))[:4_000_000].encode()
    path = tmp_path / "one-line.txt"
    path.write_bytes(data)
    result, m = measure(lambda: read_file(path))
    assert len(result.text) == 4_000_000 and "\n" not in result.text
    started = time.perf_counter()
    spans = sentences(result.text, result.language)
    top = suggest(result.text, result.language, top=15)
    split_seconds = time.perf_counter() - started
    print(
        f"\n4M-character line: read in {m.seconds:.2f} s (peak {m.peak_mb:.0f} MB); "
        f"{len(spans)} segments and suggestions in {split_seconds:.2f} s"
    )
    assert max(end - start for start, end in spans) <= 600
    assert len(top) == 15
    assert m.seconds < 5 and split_seconds < 15


def test_control_characters_in_text_are_removed_and_reported():
    data = "Заява\x00 міністра\x1b: ціни\x07 зросли.\x0c Друга сторінка.".encode()
    result = read_bytes(data, "nul.txt")
    assert result.text == "Заява міністра: ціни зросли.\n Друга сторінка."
    assert any("control character" in warning for warning in result.warnings)


def test_direction_overrides_in_a_file_name_are_shown_and_removed(tmp_path):
    spoof = "report\u202etxt.exe"  # shows as "reportexe.txt"
    path = tmp_path / spoof
    path.write_bytes(b"Plain text that is really text.")
    result = read_file(path)
    assert result.name == "reporttxt.exe"
    assert any("direction-changing" in warning for warning in result.warnings)
    garbage = tmp_path / "cv\u202excod.pdf"
    garbage.write_bytes(b"not a pdf")
    with pytest.raises(ValidationError) as info:
        read_file(garbage)
    assert "\u202e" not in str(info.value) and str(info.value).startswith("cvxcod.pdf was not imported")


def test_deeply_nested_html_is_read_or_refused_never_a_crash():
    page = ("<div>" * 100_000 + "Deep text. " * 20 + "</div>" * 100_000).encode()
    outcome, m = measure(lambda: read_bytes(page, "deep.html"))
    print(f"\n100,000 nested divs: {type(outcome).__name__} in {m.seconds:.2f} s")
    assert isinstance(outcome, ValidationError) or "Deep text." in outcome.text
    assert m.seconds < 10
