"""Which language a text is in: Ukrainian, Russian or English, or "" when it cannot tell.

A light approach, no model: the script (Cyrillic or Latin), the letters only one of the two
Cyrillic languages has (і ї є ґ against ы э ъ ё), and the short words each uses most (і, що, це,
від against и, что, это, от; the, and, of for English). It needs no 96 MB wheel and decides a
sentence of ordinary prose reliably; it will call Belarusian or Bulgarian one of the other two.
"""

from __future__ import annotations

import re

from app.intake.result import for_matching

SUPPORTED = ("uk", "ru", "en")

_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)?")


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_UK_LETTERS = set("іїєґІЇЄҐ")
_RU_LETTERS = set("ыэъёЫЭЪЁ")
_UK_WORDS = _set(
    "і й та що це як від для його її але вже який яка яке які також із зі є був була були буде "
    "між щодо цього цей ця ці тому після під ще коли якщо тільки чи можна треба вони"
)
_RU_WORDS = _set(
    "и что это как от для его её но уже который которая которое которые также из был была были "
    "будет между этого этот эта эти потому после под ещё когда если только ли можно надо они"
)
_EN_WORDS = _set(
    "the and of to in is that for it was on with as by at from this be are were has have had not "
    "which will would but or an they their its said"
)
_SAMPLE = 100_000


def detect_language(text: str, *, hint: str = "") -> str:
    """ "uk", "ru", "en" or ""; `hint` (a language the file declares) decides when the text cannot."""
    hint = hint.lower().split("-")[0].split("_")[0]
    sample = for_matching(text[:_SAMPLE])
    words = _WORD.findall(sample)
    cyrillic = latin = 0
    uk_letters = ru_letters = 0
    for word in words:
        first = word[0]
        if "\u0400" <= first <= "\u04ff":
            cyrillic += len(word)
            for ch in word:
                if ch in _UK_LETTERS:
                    uk_letters += 1
                elif ch in _RU_LETTERS:
                    ru_letters += 1
        elif first.isascii():
            latin += len(word)
    if cyrillic + latin < 12:
        return hint if hint in SUPPORTED else ""
    if cyrillic >= latin:
        lowered = [w.lower().replace("’", "'") for w in words]
        uk = uk_letters + 2 * sum(1 for w in lowered if w in _UK_WORDS)
        ru = ru_letters + 2 * sum(1 for w in lowered if w in _RU_WORDS)
        if uk > ru:
            return "uk"
        if ru > uk:
            return "ru"
        return hint if hint in ("uk", "ru") else ""
    english = sum(1 for w in words if w.lower() in _EN_WORDS)
    latin_words = sum(1 for w in words if w[0].isascii())
    if english >= max(1, latin_words * 0.08):
        return "en"
    return hint if hint == "en" else ""
