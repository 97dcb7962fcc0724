"""Sentences with Python offsets into the text, for Ukrainian, Russian and English.

Written here rather than taken from sentencex, which (measured) splits after "Др." and stops
splitting at an unbalanced quotation mark, leaving segments of 2,000+ characters on the sample
article. The rules:

- paragraphs first: each line is a paragraph, unless a block of lines is hard-wrapped prose;
- a boundary is . ! ? … (and any closing quotes or brackets after them), whitespace, and then
  something a sentence can start with: a capital, a digit, an opening quote or bracket, a dash;
- not after titles and initials (Dr., Др., проф., J., В.), nor after ambiguous abbreviations
  (U.S., etc., т.д.) unless the next word is a usual sentence opener ("The", "Це", "Это");
- not inside a quotation that opens and closes within the paragraph and is not long: the quoted
  sentences stay with the words that say who said them; an opening mark never closed is ignored;
- a segment longer than `MAX_SEGMENT` is cut at a semicolon, a colon, a comma or a space.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

MAX_SEGMENT = 600
MIN_PIECE = 120
MAX_QUOTE = 400

_TERMINATOR = re.compile(r"[.!?…]+([\"”»’')\]]*)(\s+)")
_OPENING = re.compile(r"[\"“„«(\[]*\s*(?:[—–-]\s+)?[\"“„«(\[]*")
_NEXT_WORD = re.compile(r"[\"“„«(\[\s—–-]*([^\W\d_]+)")
_TOKEN = re.compile(r"([^\s\"“„«(\[]*)$")
_BULLET = re.compile(r"(?:[•·*◦▪‣⁃]|[-–—](?=\s)|\d{1,3}[.)](?=\s))\s*")


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# titles and the like: never end a sentence
_ALWAYS = _set(
    """mr mrs ms messrs dr prof gen col lt sgt capt cmdr gov sen rep rev hon sr jr st mt
    vs cf e.g i.e viz approx
    др д-р проф акад доц ст вул просп пл буд кв ім обл р-н смт ген полк
    ул пр-т им г-н г-жа тов"""
)
# before a number: "No. 5", "ст. 12", "п. 3"
_BEFORE_NUMBER = _set("no nos p pp vol fig art sec ch para ст п ч пп рис табл стор с стр гл №")
# may or may not end a sentence: a boundary only before a usual sentence opener
_AMBIGUOUS = _set("etc inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec тощо ін др т.д т.п т.ін")
_STARTERS = _set(
    """the this that these those it he she they we i you there here but and however in on at as a an if when
    while after before since also meanwhile thus so then according moreover later now yet
    це цей ця ці він вона вони ми я але та і й а у в на за після проте однак також водночас крім отже тому як
    коли якщо там тут згідно
    это этот эта эти он она они мы я но и а в на за после однако также кроме поэтому как когда если там здесь
    согласно"""
)
_QUOTES = '"“”„«»'
_OPEN_CONTEXT = " \t\n([{—–-/" + "“„«"


def sentences(text: str, language: str = "") -> list[tuple[int, int]]:
    """(start, end) of each sentence, in order; whitespace between sentences belongs to none."""
    del language  # the rules cover uk, ru and en together; the parameter is kept for callers
    spans: list[tuple[int, int]] = []
    for start, end in paragraphs(text):
        for s, e in _split_paragraph(text, start, end):
            spans.extend(_guard(text, s, e))
    return spans


# -- paragraphs --------------------------------------------------------------------------------


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each paragraph, stripped: each line, or a whole block of hard-wrapped lines."""
    block: list[tuple[int, int]] = []
    position = 0
    for line in text.split("\n"):
        start, end = position, position + len(line)
        position = end + 1
        if line.strip():
            block.append((start, end))
            continue
        yield from _block(text, block)
        block = []
    yield from _block(text, block)


def _block(text: str, lines: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    if not lines:
        return
    spans = [(lines[0][0], lines[-1][1])] if _hard_wrapped(text, lines) else lines
    for start, end in spans:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            yield start, end


def _hard_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    """Lines of similar, moderate length that mostly stop mid-sentence: prose wrapped by hand."""
    if len(lines) < 3:
        return False
    lengths = [end - start for start, end in lines[:-1]]
    if max(lengths) > 100 or sorted(lengths)[len(lengths) // 2] < 40:
        return False
    open_ended = sum(1 for start, end in lines[:-1] if text[start:end].rstrip()[-1:] not in '.!?:;"”»…')
    return open_ended >= 0.6 * (len(lines) - 1)


# -- sentences in a paragraph ------------------------------------------------------------------


def _quote_regions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Quotations that open and close within the paragraph and are at most MAX_QUOTE long."""
    stack: list[int] = []
    regions = []
    for index in range(start, end):
        ch = text[index]
        if ch not in _QUOTES:
            continue
        before = text[index - 1] if index > start else " "
        after = text[index + 1] if index + 1 < end else " "
        if ch in "«„":
            opener = True
        elif ch == "»":
            opener = False
        elif ch == "”":
            opener = before in _OPEN_CONTEXT and after.isalnum()
        else:  # “ and ": by what stands before them
            opener = before in _OPEN_CONTEXT
        if opener:
            stack.append(index)
        elif stack:
            opened = stack.pop()
            if index - opened <= MAX_QUOTE:
                regions.append((opened, index))
    return regions


def _token_before(text: str, at: int, start: int) -> str:
    match = _TOKEN.search(text, max(start, at - 40), at)
    return match.group(1).lstrip("([{'\"") if match else ""


def _next_word(text: str, at: int, end: int) -> str:
    match = _NEXT_WORD.match(text, at, end)
    return match.group(1).lower() if match else ""


def _is_abbreviation(text: str, dot: int, after: int, start: int, end: int) -> bool:
    """Whether the full stop at `dot` ends an abbreviation rather than a sentence."""
    token = _token_before(text, dot, start)
    if not token:
        return False
    lowered = token.lower()
    next_char = text[after] if after < end else ""
    if lowered in _ALWAYS or token == "Др":
        return True
    if lowered in _BEFORE_NUMBER and next_char.isdigit():
        return True
    starter = _next_word(text, after, end) in _STARTERS
    if len(token) == 1 and token.isalpha():
        # an initial ("J. Smith", "В. Зеленський"), or "м. Київ", "г. Москва", "с. Іванівка"
        return not starter or token.isupper()
    if re.fullmatch(r"(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}", token):  # U.S, e.g, т.е, т.зв
        return not starter
    return lowered in _AMBIGUOUS and not starter


def _starts_sentence(text: str, at: int, end: int) -> bool:
    first = _OPENING.match(text, at, end).end()
    if first >= end:
        return False
    ch = text[first]
    return ch.isupper() or ch.isdigit() or ch == "•"


def _inside_quote(regions: list[tuple[int, int]], index: int, at: int, boundary: int) -> bool:
    """Whether the terminator at `at` lies inside one of `regions` (sorted by their closing mark,
    looked at from `index` on) whose closing mark is not among the terminator's own closers."""
    for opened, closed in regions[index:]:
        if closed > at + MAX_QUOTE:
            return False
        if opened < at and closed >= boundary:
            return True
    return False


def _split_paragraph(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    regions = _quote_regions(text, start, end)
    region_index = 0
    sentence_start = start
    for match in _TERMINATOR.finditer(text, start, end):
        boundary = match.start(2)  # after the terminator and its closing marks
        after = match.end()
        if after >= end:
            break
        if not _starts_sentence(text, after, end):
            continue
        dot = match.start()
        while region_index < len(regions) and regions[region_index][1] < dot:
            region_index += 1
        if _inside_quote(regions, region_index, dot, boundary):
            continue
        terminator = text[match.start() : match.start(1)]
        if terminator == "." and not match.group(1) and _is_abbreviation(text, match.start(), after, start, end):
            continue
        yield from _trimmed(text, sentence_start, boundary)
        sentence_start = after
    yield from _trimmed(text, sentence_start, end)


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    bullet = _BULLET.match(text, start, end)
    if bullet and bullet.end() < end:
        start = bullet.end()
    if start < end:
        yield start, end


# -- runaway segments ----------------------------------------------------------------------------

_CUTS = (re.compile(r";\s"), re.compile(r":\s"), re.compile(r",\s"), re.compile(r"\s"))


def _guard(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Cut a segment longer than MAX_SEGMENT at the last ; : , or space before the limit."""
    while end - start > MAX_SEGMENT:
        window_end = start + MAX_SEGMENT
        cut = None
        for pattern in _CUTS:
            found = [m for m in pattern.finditer(text, start + MIN_PIECE, window_end)]
            if found:
                cut = found[-1].start() + 1
                break
        if cut is None:
            cut = window_end
        yield from _trimmed(text, start, cut)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        yield start, end
