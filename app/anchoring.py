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


# -- tidy spans: what a claim's quote should hold ---------------------------------------------------
#
# A mouse selection drags along the full stop of the sentence before, a comma after, or one of a
# pair of quotation marks, or stops inside a word; the report then prints ““…”. A claim's span
# takes the whole of a word it cuts, is trimmed to its words
# and its quotation marks are balanced: a mark at an edge whose partner is outside is dropped; a
# mark inside whose partner lies a little beyond the edge brings the span out to it; a pair that
# encloses the whole span is dropped (the report quotes the claim itself).

_OPENERS = "“„«‹(["
_CLOSERS = "”»›)]"
_PAIRS = {"“": "”", "„": "“”", "«": "»", "‹": "›", "(": ")", "[": "]", '"': '"'}
_QUOTE_MARKS = '“”„«»‹›"'
_KEEP_FIRST = _OPENERS + '"$€£₴₽¥№#@'  # what a claim may begin with besides a letter or digit
_KEEP_LAST = _CLOSERS + '"%‰°′″?!'  # … and end with
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:[^\W\d_]\.){2,}$")  # U.S., e.g., т.е.
_WORD = re.compile(r"\w+(?:[.,'’ʼ‑-]\w+)*")
QUOTE_REACH = 400  # how far past an edge a quotation's other mark is looked for


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and not text[start].isalnum() and text[start] not in _KEEP_FIRST:
        start += 1
    while end > start and not text[end - 1].isalnum() and text[end - 1] not in _KEEP_LAST:
        if text[end - 1] == "." and _ABBREVIATION.search(text, max(start, end - 16), end):
            break
        end -= 1
    return start, end


def _marks(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Within text[start:end]: the matched pairs (opening, closing), and the unmatched openings
    and closings, by position."""
    stack: list[int] = []
    pairs: list[tuple[int, int]] = []
    lone_closers: list[int] = []
    for index in range(start, end):
        char = text[index]
        if char not in _PAIRS and char not in _CLOSERS:
            continue
        if char == '"':
            before = text[index - 1] if index > start else " "
            opening = before.isspace() or before in _OPENERS or index == start
            if not opening and stack and text[stack[-1]] == '"':
                pairs.append((stack.pop(), index))
                continue
            if opening:
                stack.append(index)
            else:
                lone_closers.append(index)
            continue
        if char == "“" and stack and text[stack[-1]] == "„":  # „…“, as Ukrainian and German write it
            pairs.append((stack.pop(), index))
            continue
        if char in _PAIRS:
            stack.append(index)
            continue
        # a closing mark: it closes the nearest opening mark it belongs to
        for depth in range(len(stack) - 1, -1, -1):
            if char in _PAIRS[text[stack[depth]]]:
                pairs.append((stack[depth], index))
                del stack[depth:]  # an opening left open inside a pair is no edge's concern
                break
        else:
            lone_closers.append(index)
    return pairs, stack, lone_closers


def tidy_span(text: str, start: int, end: int, *, reach: bool = True) -> tuple[int, int]:
    """text[start:end] trimmed to its words and with its quotation marks balanced (see above);
    `reach=False` never moves an edge outwards. A span with nothing to trim to is returned with
    only its blanks trimmed."""
    start, end = max(0, start), min(len(text), end)
    # a selection that stops inside a word takes the whole word ("…it had been m" → "made")
    reach_word = 40
    while 0 < start < end and text[start - 1].isalnum() and text[start].isalnum() and reach_word:
        start, reach_word = start - 1, reach_word - 1
    reach_word = 40
    while start < end < len(text) and text[end - 1].isalnum() and text[end].isalnum() and reach_word:
        end, reach_word = end + 1, reach_word - 1
    plain = (start, end)
    while plain[0] < plain[1] and text[plain[0]].isspace():
        plain = (plain[0] + 1, plain[1])
    while plain[1] > plain[0] and text[plain[1] - 1].isspace():
        plain = (plain[0], plain[1] - 1)
    for _round in range(8):
        start, end = _trim(text, start, end)
        if start >= end:
            return plain
        pairs, openers, closers = _marks(text, start, end)
        if openers and openers[0] == start:  # “We believe … (its closing mark left out)
            start += 1
            continue
        if closers and closers[-1] == end - 1:
            end -= 1
            continue
        if (start, end - 1) in pairs and text[start] in _QUOTE_MARKS:  # “…”: the report adds its own
            start, end = start + 1, end - 1
            continue
        if reach and openers:  # said: “We believe … and the closing mark a little further on
            limit = min(len(text), end + QUOTE_REACH)
            stop = text.find("\n", end, limit)
            close = _closing(text, openers[-1], end, limit if stop < 0 else stop)
            if close is not None:
                end = close + 1
                continue
        if reach and closers:
            limit = max(0, start - QUOTE_REACH)
            stop = text.rfind("\n", limit, start)
            opening = _opening(text, closers[0], start, limit if stop < 0 else stop + 1)
            if opening is not None:
                start = opening
                continue
        return start, end
    return start, end


def _closing(text: str, opener: int, start: int, stop: int) -> int | None:
    """The mark in text[start:stop] closing the one at `opener`."""
    wanted = _PAIRS.get(text[opener], "")
    for index in range(start, stop):
        if text[index] in wanted:
            return index
    return None


def _opening(text: str, closer: int, end: int, stop: int) -> int | None:
    """The mark in text[stop:end] opening the one at `closer`, nearest first."""
    for index in range(end - 1, stop - 1, -1):
        if text[closer] in _PAIRS.get(text[index], "") and (text[index] != '"' or text[closer] == '"'):
            return index
    return None


def nudge_span(text: str, start: int, end: int, *, edge: str, outwards: bool) -> tuple[int, int] | None:
    """The span with its `edge` ("start" or "end") moved one word outwards (wider) or inwards
    (narrower), trimmed as `tidy_span` trims without reaching out; None when there is no word to
    move over (the text's end, or a span of one word)."""
    if edge == "end" and outwards:
        word = _WORD.search(text, end)
        if word is None:
            return None
        new = (start, word.end())
    elif edge == "start" and outwards:
        words = [m for m in _WORD.finditer(text, max(0, start - 200), start) if m.end() <= start]
        if not words:
            return None
        new = (words[-1].start(), end)
    else:
        words = list(_WORD.finditer(text, start, end))
        if len(words) < 2:
            return None
        new = (start, words[-2].end()) if edge == "end" else (words[1].start(), end)
    tidied = tidy_span(text, *new, reach=False)
    return tidied if tidied[0] < tidied[1] and tidied != (start, end) else None
