"""Lemmas of Ukrainian, Russian and English words, numbers as facts, and keys that join uk↔ru cognates.

Ukrainian and Russian go through pymorphy3 with its OpenCorpora (ru) and VESUM-based (uk)
dictionaries: «мобілізацію» → мобілізація, «Захарову» → захаров|захарів. A word's language is
told by its letters (і ї є ґ are Ukrainian, ы э ъ ё Russian); where the letters cannot tell, the
text's language decides, and without one both dictionaries answer. English words are cut by the
Snowball (Porter 2) stemmer (PyStemmer). Numbers become one token: 185 000 = 185,000 = 185 тисяч = n185000.

Measured on the sample review (2,756 words, Ukrainian): 4.9 µs a word through pymorphy3 and
0.3 µs once a word is in the cache; simplemma was as fast but left names alone («Захарову»
stays захарову) and took «Київ» for кий; Snowball has no Ukrainian stemmer.

`analyse` gives one `Token` per word: the word as written (folded) and its lemmas.
`index_text` is what the full-text index stores (migration 0009): the lemmas of each word joined
by "|", the words by spaces, so the index finds any of them and the text can be read back as tokens.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_UK_ONLY = set("іїєґ")
_RU_ONLY = set("ыэъё")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# a number: 185 000, 185,000, 1.5, 12 — then, perhaps, a word that multiplies it
_NUMBER = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:[ \u00a0\u202f,]\d{3})+(?![\d])|\d+(?:[.,]\d+)?)"
    r"(?:\s*(тисяч\w*|тис\b\.?|тысяч\w*|тыс\b\.?|thousand|k\b|мільйон\w*|млн\b\.?|миллион\w*|million\w*|mln\b|"
    r"мільярд\w*|млрд\b\.?|миллиард\w*|billion\w*|bn\b))?",
    re.IGNORECASE,
)
_MULTIPLIER = {"тис": 1_000, "тыс": 1_000, "thousand": 1_000, "k": 1_000, "млн": 10**6, "мільйон": 10**6,
               "миллион": 10**6, "million": 10**6, "mln": 10**6, "мільярд": 10**9, "млрд": 10**9,
               "миллиард": 10**9, "billion": 10**9, "bn": 10**9}  # fmt: skip
_TOKEN = re.compile(r"\ue002\d+|[^\W\d_]+(?:['’ʼ][^\W\d_]+)*|\d+", re.UNICODE)
NUMBER_PREFIX = "n"
MAX_LEMMAS = 3  # alternatives kept for an ambiguous word (захаров|захарів)


@dataclass(frozen=True)
class Token:
    word: str  # folded: lower case, ё as е, no apostrophe, Latin accents off
    lemmas: tuple[str, ...]  # at least one; a number's is n185000
    number: bool = False


def fold(text: str) -> str:
    """Case-folded, ё as е, apostrophes inside words dropped (зв'язок = звʼязок), Latin accents off."""
    text = text.casefold().replace("ё", "е")
    text = re.sub(r"(?<=\w)['’ʼ](?=\w)", "", text)
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    out: list[str] = []
    for ch in decomposed:
        if unicodedata.combining(ch) and out and out[-1].isascii():
            continue  # accents of Latin letters only: й and ї are letters of their own
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


# -- the analysers ---------------------------------------------------------------------------------


@lru_cache(maxsize=2)
def _morph(lang: str):
    """pymorphy3 for 'uk' or 'ru', its dictionary found through its package (as the bundle ships it)."""
    import pymorphy3

    if lang == "uk":
        import pymorphy3_dicts_uk as dicts
    else:
        import pymorphy3_dicts_ru as dicts
    return pymorphy3.MorphAnalyzer(path=dicts.get_path(), lang=lang)


@lru_cache(maxsize=1)
def _english():
    # PyStemmer: Snowball's C stemmers (1 ms to import; the pure-Python snowballstemmer imports all
    # 36 of its languages, 0.3–0.7 s, which every new process paid at its first English word)
    import Stemmer

    return Stemmer.Stemmer("english")


def word_language(word: str, hint: str = "") -> str:
    """'uk', 'ru', 'uk+ru' (Cyrillic that either could be) or 'en' (anything else)."""
    if not _CYRILLIC.search(word):
        return "en"
    letters = set(word)
    if letters & _UK_ONLY:
        return "uk"
    if letters & _RU_ONLY:
        return "ru"
    if hint in ("uk", "ru"):
        return hint
    return "uk+ru"


@lru_cache(maxsize=200_000)
def lemmas_of(word: str, lang: str) -> tuple[str, ...]:
    """The lemmas of one folded word (`lang` as `word_language` tells it), most likely first."""
    if lang == "en":
        if not word.isalpha() or len(word) < 3:
            return (word,)
        return (_english().stemWord(word),)
    found: list[str] = []
    codes = ("uk", "ru") if lang == "uk+ru" else (lang,)
    if len(codes) == 2:  # a word only one dictionary knows is of that language (оружие is not Ukrainian)
        known = tuple(code for code in codes if _morph(code).word_is_known(word))
        codes = known or codes
    for code in codes:
        for parse in _morph(code).parse(word)[:MAX_LEMMAS]:
            lemma = parse.normal_form.replace("ё", "е").replace("'", "").replace("’", "").replace("ʼ", "")
            if lemma not in found:
                found.append(lemma)
            # a woman's surname is indexed with the family's: захарова (Захаровою) as захаров
            if "Surn" in parse.tag and lemma.endswith(("ова", "ева", "єва", "іна", "ина")) and lemma[:-1] not in found:
                found.append(lemma[:-1])
    return tuple(found[: MAX_LEMMAS + 1]) or (word,)


def is_word(word: str) -> bool:
    """Whether a folded word is whole as far as the dictionaries tell (Latin words always are)."""
    lang = word_language(word)
    if lang == "en":
        return True
    return any(_morph(code).word_is_known(word) for code in (("uk", "ru") if lang == "uk+ru" else (lang,)))


def _language_hint(language: str | None) -> str:
    code = (language or "").strip().lower()[:2]
    return code if code in ("uk", "ru", "en") else ""


def _number_value(digits: str, multiplier: str | None) -> str:
    plain = re.sub(r"[ \u00a0\u202f]", "", digits)
    if re.fullmatch(r"\d{1,3}(,\d{3})+", plain):
        plain = plain.replace(",", "")
    plain = plain.replace(",", ".")
    try:
        value = float(plain)
    except ValueError:
        return plain
    if multiplier:
        head = multiplier.casefold().rstrip(".")
        for stem, factor in _MULTIPLIER.items():
            if head.startswith(stem):
                value *= factor
                break
    return str(int(value)) if value == int(value) else repr(value).replace(".", "d")


def analyse(text: str, language: str | None = None) -> list[Token]:
    """The tokens of a text: words with their lemmas, numbers as one token each."""
    hint = _language_hint(language)
    numbers: list[str] = []

    def keep_number(match: re.Match) -> str:
        numbers.append(_number_value(match.group(1), match.group(2)))
        return f" \ue002{len(numbers) - 1} "

    text = _NUMBER.sub(keep_number, text) if any(ch.isdigit() for ch in text) else text
    tokens: list[Token] = []
    for raw in _TOKEN.findall(fold(text)):
        if raw.startswith("\ue002"):
            value = NUMBER_PREFIX + numbers[int(raw[1:])]
            tokens.append(Token(value, (value,), number=True))
            continue
        tokens.append(_word_token(raw, hint))
    return tokens


MAX_WORD = 40  # longer "words" (yyyy…, base64) are kept as they are: no language has them


@lru_cache(maxsize=200_000)
def _word_token(raw: str, hint: str) -> Token:
    word = raw.replace("'", "").replace("’", "").replace("ʼ", "")
    if len(word) > MAX_WORD:
        return Token(word, (word,))
    return Token(word, lemmas_of(word, word_language(word, hint)))


@lru_cache(maxsize=8192)
def index_text(text: str | None, language: str | None = "") -> str:
    """What migration 0009's index stores for a text: 'lemma|lemma lemma …', one group per word."""
    if not text:
        return ""
    return " ".join("|".join(t.lemmas) for t in analyse(text, language))


def read_index_text(stored: str) -> list[tuple[str, ...]]:
    """The lemma groups of a stored index text, in order (the inverse of `index_text`)."""
    return [tuple(group.split("|")) for group in stored.split()]


# -- Ukrainian ↔ Russian ----------------------------------------------------------------------------

_VOWELS = set("аеєиіїоуюяыэьъй")
# Ukrainian and Russian letters that stand for one sound in cognates: і ї ы и → и, є э ё → е, ґ → г;
# soft signs, hard signs, й and apostrophes are dropped
_COGNATE = str.maketrans({"і": "и", "ї": "и", "ы": "и", "є": "е", "э": "е", "ё": "е", "ґ": "г",
                          "ь": None, "ъ": None, "й": None, "'": None, "’": None})  # fmt: skip
# infinitives: -тися/-ться, -ти/-ть (after the soft sign is dropped: -тся, -т)
_INFINITIVE = re.compile(r"(?:тися|тся|ти|т)$")


@lru_cache(maxsize=200_000)
def cognate_key(lemma: str) -> str | None:
    """A key the Ukrainian and Russian spellings of one word share: провокація, провокация →
    провокация; атомний, атомный → атомни; продавати, продавать → продава. None for Latin words
    and short ones, whose keys would join words that only look alike."""
    if len(lemma) < 5 or not _CYRILLIC.search(lemma) or not lemma.isalpha():
        return None
    key = lemma.translate(_COGNATE)
    key = _INFINITIVE.sub("", key)
    return key if len(key) >= 5 else None


def keys_text(text: str | None, language: str | None = "") -> str:
    """The cognate keys of a text's lemmas, for the index's `keys` column."""
    if not text:
        return ""
    keys = []
    for group in read_index_text(index_text(text, language)):
        found = {k for k in map(cognate_key, group) if k}
        keys.extend(sorted(found))
    return " ".join(keys)


# -- what a query word can look like --------------------------------------------------------------

_ROOT_ENDINGS = sorted(
    set(
        [
            "ізація",
            "изация",
            "ування",
            "ювання",
            "ація",
            "ация",
            "ення",
            "іння",
            "ання",
            "увати",
            "ювати",
            "ировать",
            "овать",
            "ывать",
            "ивать",
            "ити",
            "ати",
            "яти",
            "ать",
            "ять",
            "ить",
            "еть",
            "ний",
            "ный",
            "ній",
            "ий",
            "ій",
            "ый",
            "ой",
            "ия",
            "ія",
            "ння",
            "ть",
            "а",
            "я",
            "о",
            "е",
            "и",
            "і",
            "ь",
        ]
    ),
    key=len,
    reverse=True,
)
MIN_ROOT = 6


def root_of(lemma: str) -> str | None:
    """The lemma without its derivational ending, when long enough to search as a prefix:
    мобілізація → мобіліз (finds мобілізувати, мобілізований); None for short words."""
    if not _CYRILLIC.search(lemma):
        return None
    for ending in _ROOT_ENDINGS:
        # derivational endings only (-ація, -увати, -ний): a root cut from -а or -я (україн from
        # україна) finds few more words and doubled the cost of a common word at 100,000 claims
        if len(ending) >= 3 and lemma.endswith(ending) and len(lemma) - len(ending) >= MIN_ROOT:
            return lemma[: -len(ending)]
    # a long lemma with no ending to cut is a root itself: обстріл finds обстрілювати
    return lemma if len(lemma) > MIN_ROOT and lemma[-1] not in _VOWELS else None


@lru_cache(maxsize=4096)
def word_forms(word: str, language: str | None = "") -> tuple[str, ...]:
    """The forms of a folded word's lemmas that the dictionaries know (at most 40), the word first:
    for searching texts indexed as written (sources, evidence) and for marking hits."""
    lang = word_language(word, _language_hint(language))
    forms = [word]
    if lang == "en":
        return tuple(forms)
    for code in ("uk", "ru") if lang == "uk+ru" else (lang,):
        for parse in _morph(code).parse(word)[:MAX_LEMMAS]:
            for form in parse.lexeme:
                folded = form.word.replace("ё", "е")
                if folded not in forms:
                    forms.append(folded)
                if len(forms) >= 40:
                    return tuple(forms)
    return tuple(forms)
