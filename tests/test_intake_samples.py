"""The sample article in its four forms reads to the same paragraphs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.intake import read_file

DATA = Path(__file__).parent / "data"
FILES = {
    "txt": DATA / "weekly-review-2023-07-09.txt",
    "docx": DATA / "intake" / "weekly-review-2023-07-09.docx",
    "pdf": DATA / "intake" / "weekly-review-2023-07-09.pdf",
    "html": DATA / "intake" / "weekly-review-2023-07-09.html",
}
TITLE = "Weekly review of disinformation narratives, July 3–9, 2023"


def normalised_paragraphs(text: str) -> list[str]:
    """Paragraphs without list markers or the title line, whitespace collapsed."""
    out = []
    for paragraph in text.split("\n"):
        paragraph = re.sub(r"^\s*(?:[-•]\s+)", "", paragraph)
        paragraph = " ".join(paragraph.split())
        if paragraph and paragraph != TITLE:
            out.append(paragraph)
    return out


@pytest.fixture(scope="module")
def results():
    return {kind: read_file(path) for kind, path in FILES.items()}


def test_the_four_forms_read_to_the_same_paragraphs(results):
    expected = normalised_paragraphs(results["txt"].text)
    assert len(expected) == 50
    for kind in ("docx", "pdf", "html"):
        assert normalised_paragraphs(results[kind].text) == expected, kind


def test_structured_forms_agree_exactly(results):
    assert results["docx"].text == results["pdf"].text == results["html"].text


def test_metadata_found_in_each_form(results):
    assert results["txt"].title == "weekly-review-2023-07-09"
    for kind in ("docx", "pdf", "html"):
        assert results[kind].title == TITLE
    assert results["docx"].author == results["pdf"].author == "OPORA"
    assert results["html"].outlet == "OPORA"
    assert str(results["html"].published) == "2023-07-11"
    assert {r.language for r in results.values()} == {"en"}
    assert len({r.sha256 for r in results.values()}) == 4
