"""What every reader returns, and the small text helpers they share.

The stored text is what the extractor gave, with line endings as \\n and control characters
taken out; nothing else is rewritten (claims point into this exact text). Anything that wants
to *match* text (language detection, suggestions) folds it with `for_matching` instead.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple

from app.messages import msg


class Cancelled(Exception):
    """The caller asked to stop (an import dialog's Cancel); nothing was read or written."""


class Paragraph(NamedTuple):
    """A block of the text: `text[start:end]`, with its style: "title", "h1"…"h6", "p", "list",
    "table", "quote", "footnote" or "endnote"."""

    start: int
    end: int
    style: str


@dataclass(frozen=True)
class IntakeResult:
    """A file (or a paste) read into text, with the metadata found in it and the original bytes."""

    text: str
    title: str = ""
    author: str = ""
    outlet: str = ""
    published: date | None = None
    url: str = ""
    language: str = ""
    kind: str = "article"
    media_type: str = ""
    original: bytes = field(default=b"", repr=False)
    sha256: str = ""
    name: str = ""
    warnings: tuple[str, ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()
    encoding: str = ""  # plain text and web pages: the encoding the bytes were read in

    def summary(self) -> dict[str, Any]:
        """The result without its text and bytes, for messages, logs and `--json`."""
        return {
            "name": self.name,
            "title": self.title,
            "author": self.author,
            "outlet": self.outlet,
            "published": self.published.isoformat() if self.published else None,
            "url": self.url,
            "language": self.language,
            "kind": self.kind,
            "media_type": self.media_type,
            "encoding": self.encoding,
            "sha256": self.sha256,
            "size": len(self.original),
            "characters": len(self.text),
            "paragraphs": len(self.paragraphs),
            "warnings": list(self.warnings),
        }


# -- cleaning ----------------------------------------------------------------------------------

_NEWLINES = re.compile(r"\r\n|[\r\v\f\x85\u2028\u2029]")
# C0 and C1 controls other than tab and newline, and the noncharacters U+FFFE/U+FFFF
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")
#: bidirectional overrides and isolates: legitimate in Arabic or Hebrew text, a spoofing trick in a file name
BIDI_CONTROLS = re.compile(r"[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
_OVERRIDES = re.compile(r"[\u202d\u202e]")


def _scrub(text: str) -> tuple[str, int, int]:
    text = _NEWLINES.sub("\n", text)
    text, controls = _CONTROLS.subn("", text)
    text, surrogates = _SURROGATES.subn("\ufffd", text)
    return text, controls, surrogates


def _scrub_warnings(text: str, controls: int, surrogates: int) -> list[str]:
    warnings = []
    if controls:
        warnings.append(msg("%n control character(s) (such as NUL) were removed.", n=controls))
    if surrogates:
        warnings.append(msg("%n broken character(s) were replaced with �.", n=surrogates))
    overrides = len(_OVERRIDES.findall(text))
    if overrides:
        warnings.append(
            msg(
                "The text holds %n right-to-left or left-to-right override character(s): what you see "
                "may be in another order than what is stored.",
                n=overrides,
            )
        )
    return warnings


def clean_text(text: str) -> tuple[str, list[str]]:
    """Line endings as \\n; NUL and other control characters removed (each removal is reported)."""
    text, controls, surrogates = _scrub(text)
    return text, _scrub_warnings(text, controls, surrogates)


def clean_name(name: str) -> tuple[str, list[str]]:
    """A file name fit to show: direction-changing and control characters removed, with a warning."""
    cleaned, bidi = BIDI_CONTROLS.subn("", name)
    cleaned, controls = _CONTROLS.subn("", cleaned)
    cleaned = _NEWLINES.sub(" ", cleaned)
    warnings = []
    if bidi:
        warnings.append(
            msg(
                "The file name held invisible direction-changing characters, which were removed: its real name reads "
                "“{cleaned}”. A name like that can pretend to be another kind of file.",
                cleaned=cleaned,
            )
        )
    elif controls:
        warnings.append(msg("Control characters were removed from the file name."))
    return cleaned, warnings


_LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
    "\u00ad": "",  # soft hyphen
    "\u00a0": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u2011": "-",
}
_LIGATURE_TABLE = str.maketrans(_LIGATURES)


def for_matching(text: str) -> str:
    """Text folded for matching only (never stored): ligatures spelled out, soft hyphens and odd
    spaces dropped, composed (NFC). Offsets into the result are not offsets into the source."""
    return unicodedata.normalize("NFC", text.translate(_LIGATURE_TABLE))


# -- building a text out of blocks -------------------------------------------------------------


class TextBuilder:
    """Paragraphs joined by \\n, with the span and style of each; each block is scrubbed as it
    comes (line endings, control characters), so the spans hold."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._controls = 0
        self._surrogates = 0
        self.paragraphs: list[Paragraph] = []

    def add(self, text: str, style: str = "p") -> None:
        text, controls, surrogates = _scrub(text)
        self._controls += controls
        self._surrogates += surrogates
        text = text.strip()
        if not text:
            return
        if self._parts:
            self._parts.append("\n")
            self._length += 1
        start = self._length
        self._parts.append(text)
        self._length += len(text)
        self.paragraphs.append(Paragraph(start, self._length, style))

    def __len__(self) -> int:
        return self._length

    def text(self) -> str:
        return "".join(self._parts)

    def warnings(self) -> list[str]:
        return _scrub_warnings(self.text(), self._controls, self._surrogates)


def squeeze(text: str) -> str:
    """Runs of spaces and tabs inside a line as one space (for text from markup, where layout
    whitespace means nothing); line breaks are kept."""
    return "\n".join(" ".join(line.split()) for line in text.split("\n"))
