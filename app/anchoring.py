"""Anchoring a claim in its source: W3C TextQuoteSelector plus a character span.

Offsets here are Python string offsets (code points). Qt counts UTF-16 code units;
`Utf16Map` converts at the widget edge so one emoji never shifts a highlight.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

CONTEXT_CHARS = 32
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")  # characters that take two UTF-16 units


@dataclass(frozen=True)
class TextQuoteSelector:
    exact: str
    prefix: str
    suffix: str
    start: int
    end: int


def select(text: str, start: int, end: int, *, context: int = CONTEXT_CHARS) -> TextQuoteSelector:
    """The selector for text[start:end]."""
    if not (0 <= start < end <= len(text)):
        raise ValueError(f"span {start}–{end} lies outside a text of {len(text)} characters")
    return TextQuoteSelector(
        exact=text[start:end],
        prefix=text[max(0, start - context) : start],
        suffix=text[end : end + context],
        start=start,
        end=end,
    )


def relocate(text: str, exact: str, prefix: str, suffix: str, hint: int) -> tuple[int, int] | None:
    """Find the quote again in `text`: at the stored span if it still matches, else the occurrence
    whose surrounding text matches best (ties broken by nearness to the old position)."""
    if not exact:
        return None
    if text[hint : hint + len(exact)] == exact:
        return hint, hint + len(exact)
    best: tuple[int, int, int] | None = None  # (score, -distance, position)
    pos = text.find(exact)
    while pos != -1:
        score = _common_suffix(text[:pos], prefix) + _common_prefix(text[pos + len(exact) :], suffix)
        candidate = (score, -abs(pos - hint), pos)
        if best is None or candidate > best:
            best = candidate
        pos = text.find(exact, pos + 1)
    if best is None:
        return None
    return best[2], best[2] + len(exact)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])


class Utf16Map:
    """Converts between Python offsets and UTF-16 offsets (Qt's text positions) in one text.

    Only characters outside the Basic Multilingual Plane (emoji, some CJK) take two UTF-16 units,
    so the map keeps their positions and converts with a binary search.
    """

    def __init__(self, text: str) -> None:
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        # UTF-16 position of each astral character's first unit
        self._astral16 = [i + k for k, i in enumerate(self._astral)]
        self._length = len(text)

    def to_utf16(self, index: int) -> int:
        return index + bisect_left(self._astral, index)

    def from_utf16(self, index16: int) -> int:
        """Python offset for a UTF-16 offset; an offset inside a surrogate pair rounds down."""
        k = bisect_right(self._astral16, index16 - 1)  # astral chars starting before index16
        # if index16 falls between the two units of an astral char, step back to its start
        if k and self._astral16[k - 1] + 1 == index16:
            return self._astral[k - 1]
        return index16 - k

    @property
    def length16(self) -> int:
        return self.to_utf16(self._length)
