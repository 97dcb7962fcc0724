"""File names made from titles: accepted by Windows, macOS and Linux, never colliding silently."""

from __future__ import annotations

import unicodedata

import pytest

from app.filenames import safe_filename, taken_names, unique_path


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Weekly review", "Weekly review.docx"),
        ("CON", "CON_.docx"),
        ("con.txt", "con_.txt.docx"),
        ("Aux .notes", "Aux _.notes.docx"),
        ("COM¹", "COM¹_.docx"),
        ("lpt0", "lpt0_.docx"),
        ("COM10", "COM10.docx"),
        ("\x00NUL\x00", "NUL_.docx"),
        ("a\u202eexe.pdf", "aexe.pdf.docx"),
        ("\u2066isolate\u2069 \u200fmark\u200e \u061carabic", "isolate mark arabic.docx"),
        ("half \ud800 pair", "half pair.docx"),
        ("e\u0301te\u0301", "été.docx"),  # NFC: one code point per letter
        ("  lead and trail .  ", "lead and trail.docx"),
        ("\x01\x1f\x7f", "report.docx"),
        ("😀 emoji", "😀 emoji.docx"),
    ],
)
def test_safe_filename(title, expected):
    assert safe_filename(title) == expected


def test_other_suffixes_limits_and_fallbacks():
    assert safe_filename("dump", suffix=".json") == "dump.json"
    assert safe_filename("", suffix=".json", fallback="workspace") == "workspace.json"
    name = safe_filename("я" * 300, suffix=".json", max_bytes=100)
    assert len(name.encode()) <= 100 and name == "я" * 47 + ".json"
    with pytest.raises(ValueError, match="no room"):
        safe_filename("x", suffix="." + "x" * 300)


def test_unique_path_never_reuses_a_name(tmp_path):
    first = unique_path(tmp_path, "Report.docx")
    assert first == tmp_path / "Report.docx"
    first.write_bytes(b"1")
    second = unique_path(tmp_path, "Report.docx")
    assert second.name == "Report (2).docx"
    second.write_bytes(b"2")
    assert unique_path(tmp_path, "report.DOCX").name == "report (3).DOCX"  # case-blind folders
    decomposed = unicodedata.normalize("NFD", "Café.docx")
    (tmp_path / "Café.docx").write_bytes(b"3")
    assert unique_path(tmp_path, decomposed).name == unicodedata.normalize("NFD", "Café (2).docx")
    assert unique_path(tmp_path, "README").name == "README"
    (tmp_path / "README").write_bytes(b"")
    assert unique_path(tmp_path, "README").name == "README (2)"


def test_unique_path_keeps_a_long_name_within_255_bytes(tmp_path):
    name = safe_filename("ж" * 400)
    (tmp_path / name).write_bytes(b"")
    other = unique_path(tmp_path, name)
    assert other.name.endswith(" (2).docx") and len(other.name.encode()) <= 255
    other.write_bytes(b"")  # the file system takes it


def test_unique_path_with_a_kept_set_of_names(tmp_path):
    (tmp_path / "a.docx").write_bytes(b"")
    taken = taken_names(tmp_path)
    first = unique_path(tmp_path, "A.docx", taken=taken)
    second = unique_path(tmp_path, "a.docx", taken=taken)  # not made yet, but promised to the first call
    assert (first.name, second.name) == ("A (2).docx", "a (3).docx")
