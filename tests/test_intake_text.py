"""Plain text in any encoding, detected from the bytes; languages; the format told by content."""

from __future__ import annotations

import codecs

import pytest

from app.errors import ValidationError
from app.intake import read_bytes, read_text, sniff
from app.intake.language import detect_language
from app.intake.result import for_matching

UK = (
    "Міністр закордонних справ України Дмитро Кулеба заявив, що країни-члени НАТО погодилися скасувати "
    "План дій щодо членства для України. Це значно скоротить шлях нашої держави до Альянсу; їхня "
    "підтримка є ґрунтовною."
)
RU = (
    "Заместитель председателя Совета безопасности Дмитрий Медведев заявил, что в 2023 году в российскую "
    "армию приняли 185 тысяч контрактников. Это объём, который ещё не подтверждён."
)
EN = "Dmitry Medvedev said that in 2023, 185,000 contract soldiers were accepted into the Russian army."


@pytest.mark.parametrize(
    ("text", "codec", "label"),
    [
        (UK, "cp1251", "Windows-1251"),
        (RU, "cp1251", "Windows-1251"),
        (RU, "koi8_r", "KOI8-R"),
        (UK, "koi8_u", "KOI8-U"),
        ("Привіт, світе! Їжак і ґанок.", "koi8_u", "KOI8-U"),  # short: detection alone would guess Shift-JIS
        ("Съешь же ещё этих мягких французских булок.", "koi8_r", "KOI8-R"),
        ("Съешь же ещё этих мягких французских булок.", "cp1251", "Windows-1251"),
    ],
)
def test_legacy_cyrillic_encodings_are_detected(text, codec, label):
    result = read_bytes(text.encode(codec), "file.txt")
    assert result.text == text
    assert result.encoding == label
    assert result.media_type == "text/plain"


@pytest.mark.parametrize(
    ("prefix", "codec", "label"),
    [
        (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16 LE"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16 BE"),
        (codecs.BOM_UTF8, "utf-8", "UTF-8 (with BOM)"),
        (b"", "utf-8", "UTF-8"),
    ],
)
def test_unicode_with_and_without_bom(prefix, codec, label):
    result = read_bytes(prefix + UK.encode(codec), "file.txt")
    assert result.text == UK
    assert result.encoding == label
    assert result.language == "uk"


def test_utf16_without_bom_is_recognised():
    result = read_bytes(RU.encode("utf-16-le"), "file.txt")
    assert result.text == RU


def test_line_endings_are_normalised_and_nothing_else():
    result = read_bytes(b"One\r\nTwo\rThree\n\tFour  \xe2\x80\x94 five", "x.txt")
    assert result.text == "One\nTwo\nThree\n\tFour  — five"


def test_original_bytes_and_hash_are_kept():
    data = UK.encode("cp1251")
    result = read_bytes(data, "x.txt")
    assert result.original == data
    assert len(result.sha256) == 64
    import hashlib

    assert result.sha256 == hashlib.sha256(data).hexdigest()


def test_nul_and_control_characters_are_removed_with_a_warning():
    result = read_bytes(b"Hello\x00 world\x07. " + EN.encode() + b"\x1b", "x.txt")
    assert "\x00" not in result.text and "\x07" not in result.text and "\x1b" not in result.text
    assert result.text.startswith("Hello world. ")
    assert any("control character" in w for w in result.warnings)


def test_a_few_invalid_utf8_bytes_are_replaced_not_misread_as_another_encoding():
    data = (UK + " ").encode() * 3 + b"\xff\xfe broken " + UK.encode()
    result = read_bytes(data, "x.txt")
    assert result.encoding == "UTF-8"
    assert UK in result.text
    assert "\ufffd" in result.text
    assert any("invalid" in w for w in result.warnings)


def test_binary_garbage_is_refused():
    import random

    garbage = random.Random(1).randbytes(20_000)
    with pytest.raises(ValidationError, match=r"garbage\.txt was not imported: .*(binary|not text)"):
        read_bytes(garbage, "garbage.txt")


def test_empty_and_blank_files_are_refused():
    with pytest.raises(ValidationError, match=r"empty\.txt was not imported: the file is empty"):
        read_bytes(b"", "empty.txt")
    with pytest.raises(ValidationError, match=r"blank\.txt was not imported: it holds no text"):
        read_bytes(b" \n\r\n\t ", "blank.txt")


def test_title_is_a_short_first_line_or_the_file_name():
    assert read_bytes(b"A heading\n\nBody text here.", "a.txt").title == "A heading"
    assert read_bytes(EN.encode(), "weekly-2023.txt").title == "weekly-2023"


# -- content, not extension ------------------------------------------------------------------------


def test_format_is_told_by_content():
    assert sniff(b"%PDF-1.7\n...") == "pdf"
    assert sniff(b"PK\x03\x04rest") == "zip"
    assert sniff(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1") == "ole"
    assert sniff(b"{\\rtf1\\ansi") == "rtf"
    assert sniff(b"\x89PNG\r\n\x1a\n") == "image"
    assert sniff(b"\xef\xbb\xbf<!DOCTYPE html><html>") == "html"
    assert sniff(b"<?xml version='1.0'?>\n<!-- c --><html><body>x</body></html>") == "html"
    assert sniff(b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x\r\n\r\n--x") == "mhtml"
    assert sniff(b"Plain words about <body> tags.") == "text"


def test_a_web_page_named_txt_is_read_as_a_page():
    page = b"<html><head><title>T</title></head><body><p>" + EN.encode() + b"</p><script>x()</script></body></html>"
    result = read_bytes(page, "page.txt")
    assert result.media_type == "text/html"
    assert "x()" not in result.text
    assert EN in result.text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "old Word 97–2003 format"),
        (b"{\\rtf1\\ansi Hello}", "Rich Text"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "is an image"),
        (b"\x7fELF\x02\x01\x01" + b"\x00" * 100, "archive or a program"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le"), "protected by a password"),
    ],
)
def test_formats_we_do_not_read_are_refused_with_a_way_forward(data, reason):
    with pytest.raises(ValidationError, match=reason):
        read_bytes(data, "thing.bin")


# -- languages -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (UK, "uk"),
        (RU, "ru"),
        (EN, "en"),
        ("Ціни зросли на 20 відсотків, повідомляє Держстат.", "uk"),
        ("Цены выросли на 20 процентов, сообщает Росстат.", "ru"),
        ("Він сказав, що це неправда.", "uk"),
        ("Он сказал, что это неправда.", "ru"),
        ("12345 67890", ""),
        ("Le gouvernement a annoncé une réforme des retraites.", ""),
    ],
)
def test_language_detection(text, language):
    assert detect_language(text) == language


def test_language_hint_decides_only_when_the_text_cannot():
    assert detect_language("OK", hint="uk-UA") == "uk"
    assert detect_language(RU, hint="uk") == "ru"


def test_ligatures_are_folded_for_matching_only():
    assert for_matching("ﬁnal eﬀect of the ﬂow, soft\u00adhyphen") == "final effect of the flow, softhyphen"


# -- paste -----------------------------------------------------------------------------------------


def test_paste_of_plain_text():
    result = read_text("Pasted line\r\n" + EN)
    assert result.text == "Pasted line\n" + EN
    assert result.title == "Pasted line"
    assert result.media_type == "text/plain"
    assert result.language == "en"
    assert result.name == ""


def test_paste_of_rich_text_keeps_headings_and_lists():
    html = "<h2>Claims</h2><p>First <b>bold</b> point.<br>Second line.</p><ul><li>One</li><li>Two</li></ul>"
    result = read_text("Claims First bold point.", html=html)
    assert result.text == "Claims\nFirst bold point.\nSecond line.\n• One\n• Two"
    assert [p.style for p in result.paragraphs] == ["h2", "p", "list", "list"]
    assert result.media_type == "text/html"


def test_paste_falls_back_to_plain_text_when_the_html_has_none():
    assert read_text("Plain words", html="<img src='x.png'>").text == "Plain words"


def test_empty_paste_is_refused():
    with pytest.raises(ValidationError, match="holds no text"):
        read_text("  \n ")
