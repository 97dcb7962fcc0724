"""Meaning, not spelling: a claim as "units" that a reworded or translated claim shares.

A unit is one word (or a phrase of the lexicon) with every key it can be matched by: its lemmas,
the lexicon groups they belong to (АЕС = атомна електростанція, провокація ≈ диверсія, Захарова =
Zakharova) and its Ukrainian↔Russian cognate key (провокація, провокация → првкц); a number is its
value. Two claims are compared by the units they share, each weighted by how rare its word is,
and every shared unit says why it matched, so the window can explain the match.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from app.text.lemmas import NUMBER_PREFIX, analyse, cognate_key, read_index_text

LEXICON_DIR = Path(__file__).resolve().parent.parent.parent / "resources" / "lexicon"
#: why a lexicon file's groups are the same, as a match explains it
KINDS = {"abbreviations": "abbreviation", "names": "name", "synonyms": "synonym", "uk-ru": "translation"}
ANALYST = "yours"  # the kind of an analyst's own group

_STOPWORD_TEXT = """
a an and are as at be been but by for from had has have he her his i in into is it its no not of on or our she
so that the their them there they this to was we were what which who will with would you about after all also
any can did do does more most than then these those very just over such only і й та але а в у на з із зі до
від по за що як це цей ці той вони він вона воно ми ви я не ні так також вже ще бо чи для при про через після
його її їх бути є мати може могти лише тільки коли де який щоб під над між и во с со к ко от что как это этот
тот они он она оно мы вы ни уже еще но или после его ее их быть есть иметь мочь лишь только когда где какой
чтобы под между же бы себя свій свой весь все наш ваш
claim say said state accord according заявити заявить заява заявление стверджувати утверждать сказати сказать
повідомити сообщить говорити говорить казати нібито якобы мовляв дескать
"""  # the last lines: who said it is not what was said ("…, Zakharova claimed")
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())


@dataclass(frozen=True)
class Group:
    key: str  # "g:synonyms:12", or "w:3" for an analyst's group
    kind: str  # abbreviation, name, synonym, uk↔ru, yours
    terms: tuple[str, ...]  # as written in the file


@dataclass
class Lexicon:
    """Groups of words and phrases that mean the same, looked up by lemma."""

    groups: dict[str, Group] = field(default_factory=dict)
    single: dict[str, set[str]] = field(default_factory=dict)  # lemma -> group keys
    phrases: dict[str, list[tuple[tuple[frozenset[str], ...], str]]] = field(default_factory=dict)
    memo: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)  # a word's keys, once worked out

    def add(self, key: str, kind: str, terms: Iterable[str]) -> None:
        terms = tuple(t.strip() for t in terms if t.strip())
        if len(terms) < 2:
            return
        self.groups[key] = Group(key, kind, terms)
        self.memo.clear()
        for term in terms:
            tokens = [frozenset(t.lemmas) for t in analyse(term) if not _stop(t.lemmas)] or [
                frozenset(t.lemmas) for t in analyse(term)
            ]
            if not tokens:
                continue
            if len(tokens) == 1:
                for lemma in tokens[0]:
                    self.single.setdefault(lemma, set()).add(key)
            else:
                for lemma in tokens[0]:
                    self.phrases.setdefault(lemma, []).append((tuple(tokens), key))

    def extended(self, extra: Iterable[tuple[str, str, Iterable[str]]]) -> Lexicon:
        """A copy with more groups (an analyst's): (key, kind, terms)."""
        copy = Lexicon(dict(self.groups), {k: set(v) for k, v in self.single.items()}, {
            k: list(v) for k, v in self.phrases.items()
        })  # fmt: skip
        for key, kind, terms in extra:
            copy.add(key, kind, terms)
        return copy

    def members(self, key: str) -> list[list[str]]:
        """The lemmas of each term of a group (a phrase's several), for searching the index."""
        return [[t.lemmas[0] for t in analyse(term) if not _stop(t.lemmas)] for term in self.groups[key].terms]


def parse_lines(text: str) -> list[list[str]]:
    """The groups of a lexicon file: 'term | term | …' a line, # comments."""
    out = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if "|" in line:
            out.append([t.strip() for t in line.split("|") if t.strip()])
    return out


@lru_cache(maxsize=1)
def builtin() -> Lexicon:
    """The lexicon that ships in resources/lexicon (loaded once, about 0.1 s)."""
    lexicon = Lexicon()
    for path in sorted(LEXICON_DIR.glob("*.txt")):
        kind = KINDS.get(path.stem, path.stem)
        for n, terms in enumerate(parse_lines(path.read_text(encoding="utf-8"))):
            lexicon.add(f"g:{path.stem}:{n}", kind, terms)
    return lexicon


def _stop(lemmas: tuple[str, ...]) -> bool:
    return any(lemma in _STOPWORDS for lemma in lemmas) or all(len(lemma) < 2 for lemma in lemmas)


# -- units -------------------------------------------------------------------------------------------


_ORDINALS = {
    1: "перший первый first", 2: "другий второй second", 3: "третій третий third", 4: "четвертий четвертый fourth",
    5: "п'ятий пятый fifth", 6: "шостий шестой sixth", 7: "сьомий седьмой seventh", 8: "восьмий восьмой eighth",
    9: "дев'ятий девятый ninth", 10: "десятий десятый tenth", 11: "одинадцятий одиннадцатый eleventh",
    12: "дванадцятий двенадцатый twelfth", 13: "тринадцятий тринадцатый thirteenth",
    14: "чотирнадцятий четырнадцатый fourteenth", 15: "п'ятнадцятий пятнадцатый fifteenth",
    20: "двадцятий двадцатый twentieth", 100: "сотий сотый hundredth",
}  # fmt: skip
#: ordinal numerals as the number they are (одинадцятий пакет = 11-й пакет = eleventh package)
ORDINALS = {
    lemma: f"{NUMBER_PREFIX}{n}"
    for n, words in _ORDINALS.items()
    for word in words.split()
    for lemma in (analyse(word)[0].lemmas[0] if analyse(word) else word,)
}


@dataclass(eq=False, slots=True)
class Unit:
    """Compared by identity: a claim has thousands of them to make and hash (slots: 3x faster)."""

    lemma: str  # the lemma it is shown by (a phrase's lemmas joined)
    keys: frozenset[str]  # lemmas, lexicon groups (g:…/w:…), cognate keys (k:…), numbers (n…)
    number: bool = False
    position: int = 0  # the index of its first word
    length: int = 1  # the words it spans (a lexicon phrase's several)
    lemmas: frozenset[str] = frozenset()  # its words' lemmas (the keys that are neither groups nor cognates)


def units(groups: list[tuple[str, ...]], lexicon: Lexicon) -> list[Unit]:
    """The units of a text given as its lemma groups (one tuple of lemmas per word)."""
    out: list[Unit] = []
    i = 0
    while i < len(groups):
        lemmas = groups[i]
        if lemmas[0].startswith(NUMBER_PREFIX) and lemmas[0][1:2].isdigit():
            out.append(Unit(lemmas[0], frozenset(lemmas), number=True, position=i, lemmas=frozenset(lemmas)))
            i += 1
            continue
        phrase = _phrase_at(groups, i, lexicon)
        if phrase is not None:
            length, key = phrase
            words = [groups[j][0] for j in range(i, i + length) if not _stop(groups[j])]
            keys = {key} | set(words)
            out.append(Unit(" ".join(words), frozenset(keys), position=i, length=length, lemmas=frozenset(words)))
            i += length
            continue
        i += 1
        keys = lexicon.memo.get(lemmas)
        if keys is None:
            keys = lexicon.memo[lemmas] = _word_keys(lemmas, lexicon)
        if keys:
            out.append(Unit(lemmas[0], keys, number=lemmas[0] in ORDINALS, position=i - 1, lemmas=frozenset(lemmas)))
    return out


def _word_keys(lemmas: tuple[str, ...], lexicon: Lexicon) -> frozenset[str]:
    """Every key of one word (empty for a stopword): its lemmas, groups, ordinal value, cognate key."""
    if _stop(lemmas) or all(len(lemma) < 2 for lemma in lemmas):
        return frozenset()
    keys = set(lemmas)
    for lemma in lemmas:
        # a reflexive verb shares the groups of its verb: готуватися, готовиться as готувати, готовить
        bare = lemma[:-2] if lemma.endswith(("ся", "сь")) and len(lemma) > 5 else lemma
        keys |= lexicon.single.get(lemma, set()) | lexicon.single.get(bare, set())
        if lemma in ORDINALS:
            keys.add(ORDINALS[lemma])
        cognate = cognate_key(lemma)
        if cognate:
            keys.add("k:" + cognate)
    return frozenset(keys)


def _phrase_at(groups: list[tuple[str, ...]], i: int, lexicon: Lexicon) -> tuple[int, str] | None:
    """The longest lexicon phrase starting at word i (stopwords between its words skipped)."""
    best: tuple[int, str] | None = None
    for lemma in groups[i]:
        for tokens, key in lexicon.phrases.get(lemma, ()):
            j, matched = i, 0
            while j < len(groups) and matched < len(tokens):
                if set(groups[j]) & tokens[matched]:
                    matched += 1
                elif not _stop(groups[j]):
                    break
                j += 1
            if matched == len(tokens) and (best is None or j - i > best[0]):
                best = (j - i, key)
    return best


def text_units(text: str, language: str | None, lexicon: Lexicon) -> list[Unit]:
    return units([t.lemmas for t in analyse(text, language)], lexicon)


def stored_units(stored: str, lexicon: Lexicon) -> list[Unit]:
    """The units of a claim from the lemma index's stored words (no lemmatising again)."""
    return [unit for part in stored_parts(stored, lexicon) for unit in part]


def stored_parts(stored: str, lexicon: Lexicon) -> list[list[Unit]]:
    """The units of each part of the stored words (a claim's quote and wording are kept apart by
    a lone '|'), leaving out empty parts."""
    parts: list[list[tuple[str, ...]]] = [[]]
    for group in read_index_text(stored):
        if group == ("", ""):  # the '|' between the parts
            parts.append([])
        else:
            parts[-1].append(group)
    return [found for found in (units(part, lexicon) for part in parts) if found]


# -- comparing -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Shared:
    mine: Unit
    theirs: Unit
    how: str  # "same", "cognate", "number" or a lexicon group's key


def pair_units(mine: list[Unit], theirs: list[Unit]) -> list[Shared]:
    """Each of my units with the first of theirs it can be matched by (each of theirs used once),
    the plainest reason first: the same lemma, then the lexicon, then a cognate."""
    used: set[int] = set()
    shared = []
    for unit in mine:
        best: tuple[int, int, str] | None = None
        for n, other in enumerate(theirs):
            if n in used:
                continue
            common = unit.keys & other.keys
            if not common:
                continue
            if unit.lemmas & other.lemmas:
                rank, how = 0, ("number" if unit.number else "same")
            elif any(k.startswith(("g:", "w:")) for k in common):
                rank, how = 1, sorted(k for k in common if k.startswith(("g:", "w:")))[0]
            else:
                rank, how = 2, "cognate"
            if best is None or rank < best[0]:
                best = (rank, n, how)
                if rank == 0:
                    break
        if best is not None:
            used.add(best[1])
            shared.append(Shared(unit, theirs[best[1]], best[2]))
    return shared


NUMBER_MISMATCH = 0.6  # what a claim's score keeps when the two state different numbers
NUMBER_ALONE = 0.85  # … and when only one of them states a number


def idf(df: int, total: int) -> float:
    return math.log((total + 1) / (df + 1)) + 1.0


def similarity(mine: list[Unit], theirs: list[Unit], weight) -> tuple[float, list[Shared]]:
    """Dice over weighted units: twice the weight shared over the weight of both (0–1)."""
    if not mine or not theirs:
        return 0.0, []
    shared = pair_units(mine, theirs)
    both = sum(min(weight(s.mine), weight(s.theirs)) for s in shared)
    total = sum(map(weight, mine)) + sum(map(weight, theirs))
    score = 2 * both / total if total else 0.0
    # numbers are facts: 20 000 contractors is another claim than 185 000, however alike the words
    matched = {id(s.mine) for s in shared} | {id(s.theirs) for s in shared}
    mine_left = any(u.number and id(u) not in matched for u in mine)
    theirs_left = any(u.number and id(u) not in matched for u in theirs)
    if mine_left and theirs_left:
        score *= NUMBER_MISMATCH
    elif mine_left or theirs_left:  # a number one of them states and the other does not
        score *= NUMBER_ALONE
    return score, shared


def describe(shared: Shared, lexicon: Lexicon, mine: str = "", theirs: str = "") -> str:
    """Why two units matched, in words an analyst reads: `mine` and `theirs` as the two claims
    spell them (else their lemmas); "" when they are the same word."""
    if shared.how in ("same", "number"):
        return ""
    a, b = mine or shared.mine.lemma, theirs or shared.theirs.lemma
    if shared.how == "cognate":
        return f"{a} ~ {b} (uk↔ru)"
    group = lexicon.groups.get(shared.how)
    kind = group.kind if group else ""
    sign = "≈" if kind in ("synonym", ANALYST) else "="
    return f"{a} {sign} {b} ({kind})"


def spelled(unit: Unit, tokens: list) -> str:
    """A unit's words as a text spells them (`tokens` from `analyse` of that text)."""
    words = [t.word[1:] if t.number else t.word for t in tokens[unit.position : unit.position + unit.length]]
    return " ".join(words) or unit.lemma


NUMBER_WORD = re.compile(r"^n\d")
