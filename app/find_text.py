"""Find in one text as forgivingly as the global search: any case, Latin accents ignored, ё and е
alike, every apostrophe, quotation mark and dash as any other, any run of spaces and line breaks
as one space.

The text itself is never folded or copied: the words looked for become a regular expression in
which each character stands for all the characters it may be written as, so a match's offsets are
offsets into the text as it is (Python offsets; the widget converts them to UTF-16).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

APOSTROPHES = "'’ʼ‘`´′ʹ"
QUOTES = '"“”„‟«»‹›〝〞＂'
DASHES = "-‐‑‒–—―−⁃﹘﹣－"


def _latin_variants() -> dict[str, str]:
    """Each lower-case ASCII letter with the accented Latin letters that fold to it."""
    variants: dict[str, list[str]] = {}
    for code in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0]
        if base.isascii() and base.isalpha() and base != char and char.isalpha():
            variants.setdefault(base.lower(), []).append(char.lower())
    return {base: "".join(sorted(set(chars))) for base, chars in variants.items()}


_LATIN = _latin_variants()
_BASE = {variant: base for base, chars in _LATIN.items() for variant in chars}


def _class(chars: str) -> str:
    return "[" + "".join(re.escape(c) for c in chars) + "]"


def _piece(char: str) -> str:
    """The expression that matches `char` as written any of the ways it may be."""
    lower = char.lower() if len(char.lower()) == 1 else char
    if lower in APOSTROPHES:
        return _class(APOSTROPHES)
    if lower in QUOTES:
        return _class(QUOTES)
    if lower in "её":
        return "[её]"
    base = _BASE.get(lower, lower)
    if base in _LATIN:
        return _class(base + _LATIN[base])
    return re.escape(char)


@lru_cache(maxsize=64)
def pattern(needle: str) -> re.Pattern[str] | None:
    """The expression finding `needle` (None when it holds nothing but blanks)."""
    words = needle.split()
    if not words:
        return None
    parts: list[str] = []
    for number, word in enumerate(words):
        if number:
            parts.append(r"\s+")
        for char in word:
            if char in DASHES:
                # a dash may have spaces around it in the text, or not: "2022-2023", "2022 – 2023"
                if parts and parts[-1] == r"\s+":
                    parts.pop()
                parts.append(r"\s*" + _class(DASHES) + r"\s*")
            else:
                parts.append(_piece(char))
    # a dash between words of the needle already allows blanks on either side
    expression = "".join(parts).replace(r"\s*\s+", r"\s*").replace(r"\s+\s*", r"\s*")
    return re.compile(expression, re.IGNORECASE)


def find(text: str, needle: str, position: int, *, backward: bool = False, wrap: bool = True) -> tuple[int, int] | None:
    """(start, end) of the first match of `needle` in `text` at or after `position` (or the last
    one starting before it, `backward`), wrapping around the text's end (or start) when `wrap`."""
    expression = pattern(needle)
    if expression is None or not text:
        return None
    position = max(0, min(position, len(text)))
    if not backward:
        match = expression.search(text, position)
        if match is None and wrap:  # from the top, up to where the first search began (and a little on)
            match = expression.search(text, 0, min(len(text), position + 4 * len(needle) + 64))
        return match.span() if match is not None else None
    found = _last(expression, text, 0, position)
    if found is None and wrap:
        found = _last(expression, text, 0, len(text))
    return found


def _last(expression: re.Pattern[str], text: str, start: int, before: int) -> tuple[int, int] | None:
    """The last match starting before `before` (it may run past it)."""
    last = None
    for match in expression.finditer(text, start):
        if match.start() >= before:
            break
        last = match.span()
    return last
