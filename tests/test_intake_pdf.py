"""PDF: the text layer, read in a child process with limits; PDFs are written at run time."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import ValidationError
from app.intake import pdf as pdf_reader
from app.intake import read_bytes
from app.intake.pdf_worker import Line, paragraphs

SAMPLE = Path(__file__).parent / "data" / "intake" / "weekly-review-2023-07-09.pdf"
FONT = "<< /Font << /F1 {font} 0 R >> >>"


def make_pdf(
    pages: list[bytes],
    *,
    resources: str | None = None,
    extra: tuple[bytes, ...] = (),
    encoding: str = "/WinAnsiEncoding",
    font_extra: str = "",
) -> bytes:
    """A minimal PDF: one content stream per page, Helvetica as F1, objects numbered in order."""
    objects: dict[int, bytes] = {1: b"<< /Type /Catalog /Pages 2 0 R >>"}
    font_id = 3 + 2 * len(pages)
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(len(pages)))
    objects[2] = f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode()
    page_resources = resources or FONT.format(font=font_id)
    for i, content in enumerate(pages):
        objects[3 + 2 * i] = (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources {page_resources} "
            f"/Contents {4 + 2 * i} 0 R >>"
        ).encode()
        objects[4 + 2 * i] = b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"
    base = "TestCyrillic" if font_extra else "Helvetica"  # a standard font's own metrics would override /Widths
    objects[font_id] = f"<< /Type /Font /Subtype /Type1 /BaseFont /{base} /Encoding {encoding} {font_extra}>>".encode()
    for k, body in enumerate(extra, start=font_id + 1):
        objects[k] = body
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    xref = len(out)
    size = max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        out += b"%010d 00000 n \n" % offsets[number]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, size - 1, xref)
    return bytes(out)


def text_page(lines: list[tuple[float, float, str]], size: int = 11) -> bytes:
    """A content stream drawing each (x, y, text) line in Helvetica."""
    ops = [f"BT /F1 {size} Tf 1 0 0 1 {x} {y} Tm ({text}) Tj ET" for x, y, text in lines]
    return "\n".join(ops).encode("latin-1")


INFO = b"<< /Title (A test report) /Author (Jane Analyst) /CreationDate (D:20230711093000+03'00') >>"


def test_text_layer_and_metadata():
    data = make_pdf([text_page([(72, 720, "Hello world. This is a test of the reader.")])], extra=(INFO,))
    result = read_bytes(data, "hello.pdf")
    assert result.text == "Hello world. This is a test of the reader."
    assert (result.title, result.author, str(result.published)) == ("A test report", "Jane Analyst", "2023-07-11")
    assert result.media_type == "application/pdf"
    assert result.language == "en"
    assert any("2023-07-11 is when the file was created" in w for w in result.warnings)


def test_a_blank_page_pdf_is_refused_as_empty_not_as_a_scan():
    data = make_pdf([b""], resources="<< >>", extra=(b"<< >>",))
    with pytest.raises(ValidationError, match=r"blank\.pdf was not imported: the PDF.s 1 page is empty: no text"):
        read_bytes(data, "blank.pdf")


def test_an_image_only_pdf_like_a_scan_is_refused():
    image = (
        b"<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 "
        b"/Length 4 >>\nstream\n\x00\x80\xff\x40\nendstream"
    )
    # object numbers: 1 catalog, 2 pages, 3 page, 4 content, 5 font, 6 info, 7 image
    data = make_pdf(
        [b"q 400 0 0 500 100 150 cm /Im1 Do Q"], resources="<< /XObject << /Im1 7 0 R >> >>", extra=(INFO, image)
    )
    with pytest.raises(ValidationError, match="no text layer"):
        read_bytes(data, "scan.pdf")


def test_ligatures_are_kept_as_extracted_and_folded_only_for_matching():
    from app.intake.result import for_matching

    # \256 is the "fi" glyph in the standard encoding
    data = make_pdf(
        [text_page([(72, 720, "The \\256nal \\256gures were con\\256rmed by the ministry.")])],
        encoding="/StandardEncoding",
    )
    result = read_bytes(data, "ligatures.pdf")
    assert "ﬁnal" in result.text  # stored as the extractor gave it
    assert for_matching(result.text) == "The final figures were confirmed by the ministry."
    assert result.language == "en"


def test_cyrillic_text_layer():
    """Glyphs named in the font's encoding (uni0410…) map back to Ukrainian letters."""
    sentence = "Міністр заявив, що ціни зросли на 20 відсотків. Це неправда, кажуть експерти."
    letters = sorted({ch for ch in sentence if ord(ch) > 127})
    codes = {ch: 128 + i for i, ch in enumerate(letters)}
    differences = "/Differences [128 " + " ".join(f"/uni{ord(ch):04X}" for ch in letters) + "]"
    encoded = "".join(f"\\{codes[ch]:03o}" if ch in codes else ch for ch in sentence)
    widths = "/FirstChar 32 /LastChar 255 /Widths [" + " ".join(["500"] * 224) + "] "
    data = make_pdf(
        [text_page([(72, 720, encoded)], size=8)], encoding=f"<< /Type /Encoding {differences} >>", font_extra=widths
    )
    result = read_bytes(data, "заява.pdf")
    assert result.text == sentence
    assert result.language == "uk"


def test_running_heads_and_page_numbers_are_dropped_and_paragraphs_run_across_pages():
    head = (72, 760, "Weekly review - OPORA")
    long_line = "The ministry said that the figure was far higher than the one published in the spring and"
    page1 = text_page([head, (72, 700, long_line), (72, 686, long_line), (300, 40, "1")])
    page2 = text_page([head, (72, 700, "that it would be corrected. A second sentence ends here."), (300, 40, "2")])
    page3 = text_page([head, (72, 700, "A new paragraph on the third page."), (300, 40, "3")])
    result = read_bytes(make_pdf([page1, page2, page3]), "report.pdf")
    first = f"{long_line} {long_line} that it would be corrected. A second sentence ends here."
    assert result.text == first + "\nA new paragraph on the third page."


def test_time_limit_is_enforced(monkeypatch):
    monkeypatch.setattr(pdf_reader.limits, "PDF_TIME_LIMIT_S", 0.001)
    with pytest.raises(ValidationError, match="took longer than"):
        read_bytes(SAMPLE.read_bytes(), "slow.pdf")


def test_memory_limit_stops_the_child_not_the_application():
    message = pdf_reader.run_child(SAMPLE.read_bytes(), memory_limit=64 * 1024 * 1024)
    assert message.get("error") in ("memory", "crashed", "damaged")


def test_cancel_stops_the_child():
    from app.intake import Cancelled

    with pytest.raises(Cancelled):
        pdf_reader.run_child(SAMPLE.read_bytes(), cancelled=lambda: True)


def test_garbage_named_pdf_and_truncated_pdf():
    with pytest.raises(ValidationError, match=r"fake\.pdf was not imported: it is named as a PDF but is not one"):
        read_bytes(b"just some words, not a PDF at all", "fake.pdf")
    data = SAMPLE.read_bytes()
    with pytest.raises(ValidationError, match=r"cut\.pdf was not imported"):
        read_bytes(data[:2000], "cut.pdf")


def test_the_sample_pdf():
    result = read_bytes(SAMPLE.read_bytes(), SAMPLE.name)
    assert result.title == "Weekly review of disinformation narratives, July 3–9, 2023"
    assert result.author == "OPORA"
    styles = [p.style for p in result.paragraphs]
    assert styles.count("list") == 5 and styles.count("h2") == 4 and styles[0] == "h1"


# -- paragraph assembly (no child process) ------------------------------------------------------------


def line(page: int, x0: float, x1: float, y0: float, text: str, size: float = 11) -> Line:
    return Line(page, x0, x1, y0, y0 + size, size, text)


def test_short_line_ending_a_sentence_ends_the_paragraph_only_if_the_next_word_would_have_fitted():
    lines = [
        line(0, 72, 540, 700, "A paragraph whose first line runs all the way to the right margin of the"),
        line(0, 72, 480, 686, "page and then ends with a full stop short of it."),  # "Next" would have fitted
        line(0, 72, 540, 672, "Next paragraph begins straight after, with no extra spacing between them at"),
        line(0, 72, 532, 658, "all. Another sentence continues the paragraph here."),  # "Wide-word" would not fit
        line(0, 72, 300, 644, "Wide-word continues it."),
    ]
    assert [text for text, _ in paragraphs(lines)] == [
        "A paragraph whose first line runs all the way to the right margin of the "
        "page and then ends with a full stop short of it.",
        "Next paragraph begins straight after, with no extra spacing between them at "
        "all. Another sentence continues the paragraph here. Wide-word continues it.",
    ]


def test_bullets_headings_and_hyphenation():
    lines = [
        line(0, 72, 300, 740, "A Larger Heading", size=16),
        line(0, 72, 540, 700, "\uf0b7 First item of a list that wraps onto a second line which is"),
        line(0, 90, 200, 686, "indented."),
        line(0, 72, 540, 672, "\u2022 Second item with a multi-"),
        line(0, 90, 200, 658, "year plan and a soft\u00ad"),
        line(0, 90, 200, 644, "hyphen."),
        line(0, 72, 300, 620, "Back to body text."),
    ]
    assert paragraphs(lines) == [
        ("A Larger Heading", "h1"),
        ("• First item of a list that wraps onto a second line which is indented.", "list"),
        ("• Second item with a multi-year plan and a softhyphen.", "list"),
        ("Back to body text.", "p"),
    ]
