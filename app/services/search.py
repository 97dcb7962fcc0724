"""Full-text search across claims, sources and evidence, ranked, with highlighted snippets.

The service is one interface, `SearchBackend`; `Fts5Backend` is SQLite's (FTS5 external-content
tables kept in step by triggers, migration 0006). A PostgreSQL workspace would bring its own
backend (tsvector + ts_rank + ts_headline) behind the same `search()` and `candidates()`.

What the analyst types is never handed to FTS5 as syntax: `parse_query` keeps words, "quoted
phrases" and a trailing * for prefixes, and quotes every piece, so no input raises an FTS5 error.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Protocol

from sqlalchemy import bindparam, column, func, literal_column, or_, select, table, text
from sqlalchemy import text as text_clause
from sqlalchemy.engine import Connection

from app.models import Actor, Claim, ClaimEvidence, Evidence, Rating, Source
from app.services.catalog import label_in
from app.services.claims import ClaimFilter, filter_conditions
from app.text import lemmas
from app.workspace import Workspace

#: snippet markers: private-use characters no text of ours contains; `Snippet.parts()` splits on them
MARK_START, MARK_END = "\ue000", "\ue001"
ELLIPSIS = "…"
KINDS = ("claim", "source", "evidence")
MIN_PREFIX = 3  # letters before a * (оборон*); shorter prefixes are taken as whole words

# bm25 column weights, in the column order of migration 0006: the words of the claim itself count
# most, then its verdict; a source's title over its body; evidence title over excerpt over URL
_WEIGHTS = {"claim": (4.0, 3.0, 2.0, 1.0), "source": (5.0, 1.0), "evidence": (4.0, 1.5, 0.5)}
_FTS_COLUMNS = {
    "claim": ("quote", "statement", "summary", "rationale"),
    "source": ("title", "text"),
    "evidence": ("title", "excerpt", "url"),
}
# a "quoted phrase" (straight, curly or guillemet quotes; unclosed runs to the end), or a run of non-space
_PIECE = re.compile(r'["“”«»„]([^"“”«»„]*)["“”«»„]?(\*?)|([^\s"“”«»„]+)')
_WORD = re.compile(r"\w+", re.UNICODE)


# -- the query -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]  # one word, or the words of a phrase
    prefix: bool = False  # the last word may go on (оборон* finds оборона, оборонний)
    either: bool = False  # joined to the term before by OR (the analyst typed OR between them)

    def fts(self) -> str:
        phrase = " ".join(self.words)
        variants = [phrase]
        # ё is often written е: a query's ё finds both spellings (the other way round cannot be told)
        if "ё" in phrase.casefold():
            variants.append(phrase.casefold().replace("ё", "е"))
        star = "*" if self.prefix else ""
        parts = [f'"{v}"{star}' for v in variants]
        return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"

    @property
    def phrase(self) -> bool:
        return len(self.words) > 1

    def lemma_fts(self) -> str:
        """For the lemma index (claims): any lemma of the word, words sharing its root
        (мобілізація: мобілізувати), or, for a prefix, lemmas that begin so."""
        word = lemmas.fold(self.words[-1])
        # a prefix finds lemmas that begin so, and the word's own lemmas: "weapons*" as typed so far
        # finds the lemma weapon, which does not begin with "weapons"
        parts = [f'"{word}"*' if self.prefix else f'"{word}"']
        if self.prefix and not lemmas.is_word(word):
            return parts[0]  # a word still being typed (укра*): its "lemmas" would be guesses
        found = lemmas.lemmas_of(word, lemmas.word_language(word))
        parts += [f'"{lemma}"' for lemma in found]
        parts += [f'"{other}"' for lemma in found for other in _spellings(lemma)]
        root = lemmas.root_of(found[0])  # the likeliest lemma's root only: each prefix costs a scan
        if root:
            parts.append(f'"{root}"*')
        parts = list(dict.fromkeys(parts))
        return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"

    def forms_fts(self) -> str:
        """For indexes of the words as written (sources, evidence): every form of the word's lemmas
        and words sharing its root; a phrase or prefix as typed."""
        if self.phrase or self.prefix:
            return self.fts()
        word = lemmas.fold(self.words[0])
        # every form, but not words of its root: a prefix over 300,000 pieces of evidence cost 50 ms
        parts = [self.fts()] + [f'"{form}"' for form in lemmas.word_forms(word)]
        parts = list(dict.fromkeys(parts))
        return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"

    def roots(self) -> list[str]:
        if self.phrase or self.prefix:
            return []
        word = lemmas.fold(self.words[0])
        root = lemmas.root_of(lemmas.lemmas_of(word, lemmas.word_language(word))[0])
        return [root] if root else []


@lru_cache(maxsize=4096)
def _spellings(lemma: str) -> tuple[str, ...]:
    """The other spellings of a name or abbreviation the lexicon knows (Захарова: Zakharova; АЕС:
    АЭС), so a claim is found whichever alphabet its words are in."""
    from app.text import meaning

    lexicon = meaning.builtin()
    found: list[str] = []
    for key in sorted(lexicon.single.get(lemma, ())):
        if lexicon.groups[key].kind in ("name", "abbreviation"):
            found += [m[0] for m in lexicon.members(key) if len(m) == 1 and m[0] != lemma]
    return tuple(dict.fromkeys(found))[:12]


def parse_query(query: str) -> list[Term]:
    """The words, "phrases" and prefixes* of what was typed, and OR between two of them.

    Punctuation and the other FTS5 operators are plain text here: every piece reaches FTS5 inside
    double quotes, where nothing is syntax, so no input can raise an FTS5 syntax error."""
    terms: list[Term] = []
    either = False
    for match in _PIECE.finditer(query):
        phrase, star, token = match.group(1), match.group(2), match.group(3)
        if token == "OR" and terms:
            either = True
            continue
        words = tuple(_WORD.findall(phrase if phrase is not None else token))
        if not words:
            continue
        prefix = bool(star) if phrase is not None else token.endswith("*")
        # a prefix of one or two letters would walk most of the index: it is taken as a word
        prefix = prefix and len(words[-1]) >= MIN_PREFIX
        terms.append(Term(words, prefix=prefix, either=either))
        either = False
    return terms


def term_groups(terms: list[Term]) -> list[list[Term]]:
    """The terms in groups that must all match; the terms of one group were joined by OR."""
    groups: list[list[Term]] = []
    for term in terms:
        if term.either and groups:
            groups[-1].append(term)
        else:
            groups.append([term])
    return groups


def fts_expression(terms: list[Term], *, any_term: bool = False, form=Term.fts) -> str:
    """An FTS5 MATCH expression in which every piece is a quoted string: all terms (AND), except
    where OR was typed between two; with `any_term`, any of them. `form` turns a term into FTS5
    (as typed, `Term.lemma_fts` for the lemma index, `Term.forms_fts` for every form of a word)."""
    if any_term:
        return " OR ".join(form(term) for term in terms)
    parts = [[form(t) for t in group] for group in term_groups(terms)]
    return " AND ".join(g[0] if len(g) == 1 else "(" + " OR ".join(g) + ")" for g in parts)


def words_condition(text: str, *, fallback_columns: tuple = ()) -> list:
    """One condition per word of a quick filter: the word begins a word of the claim's quote,
    wording or summary (found through the index, so 100,000 claims filter in a few ms; a word of
    one or two letters must be whole), or occurs in the claimant's name (`fallback_columns`,
    matched as text). A token with punctuation in it (50%, a_b) is looked for as text."""
    from app.services._common import contains_words

    conditions = []
    for token in text.split():
        words = tuple(_WORD.findall(token))
        if len(words) != 1 or words[0] != token or "_" in token:
            # 50%, a_b, "-": the index holds no punctuation, so these are looked for as text
            conditions += contains_words(token, Claim.quote, Claim.statement, Claim.summary, *fallback_columns)
            continue
        term = Term(words, prefix=len(words[-1]) >= MIN_PREFIX)
        indexed = Claim.id.in_(
            select(_FTS["claim"].c.rowid).where(
                text_clause("claim_fts MATCH :words").bindparams(
                    bindparam("words", "{quote statement summary} : " + term.fts(), unique=True)
                )
            )
        )
        # any form of the word (мобілізацію finds мобілізація), in the claim, its claimant, role or tags
        whole = Term(words)
        alternatives = [whole.lemma_fts()] + ([term.lemma_fts()] if term.prefix else [])
        lemma = Claim.id.in_(
            select(_LEMMA_FTS.c.rowid).where(
                text_clause("claim_lemma_fts MATCH :lemmas").bindparams(
                    bindparam("lemmas", f"{{{_LEMMA_SEARCHED}}} : ({' OR '.join(alternatives)})", unique=True)
                )
            )
        )
        # the claimant's name and role are in the lemma index (its `people`): `fallback_columns`
        # are for tokens with punctuation only; an OR with them here read all 100,000 claims (0.5 s)
        conditions.append(or_(indexed, lemma))
    return conditions


# -- results -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Snippet:
    """Text around the match, the matching words between MARK_START and MARK_END."""

    marked: str

    def parts(self) -> list[tuple[str, bool]]:
        """(text, highlighted) pieces, for a view to escape and style as it sees fit."""
        pieces: list[tuple[str, bool]] = []
        for i, chunk in enumerate(self.marked.split(MARK_START)):
            if i == 0:
                pieces.append((chunk.replace(MARK_END, ""), False))
                continue
            hit, _, after = chunk.partition(MARK_END)
            pieces.append((hit, True))
            pieces.append((after.replace(MARK_END, ""), False))
        return [(t, h) for t, h in pieces if t]

    @property
    def plain(self) -> str:
        return "".join(t for t, _ in self.parts())

    def html(self, tag: str = "b") -> str:
        from html import escape

        return "".join(f"<{tag}>{escape(t)}</{tag}>" if h else escape(t) for t, h in self.parts())


@dataclass(frozen=True)
class Hit:
    kind: str  # "claim", "source" or "evidence"
    id: int
    title: str  # the claim's quote (shortened), the source's or evidence's title
    snippet: Snippet
    score: float  # bm25: lower is better
    detail: dict = field(default_factory=dict)  # what a list shows beside it (rating, date, …)


@dataclass
class SearchResults:
    query: str
    terms: list[Term]
    claims: list[Hit] = field(default_factory=list)
    sources: list[Hit] = field(default_factory=list)
    evidence: list[Hit] = field(default_factory=list)
    more: dict[str, bool] = field(default_factory=dict)  # kind -> there were more than the limit

    @property
    def groups(self) -> list[tuple[str, list[Hit]]]:
        return [("claim", self.claims), ("source", self.sources), ("evidence", self.evidence)]

    @property
    def empty(self) -> bool:
        return not (self.claims or self.sources or self.evidence)

    def as_json(self) -> dict:
        def hit(h: Hit) -> dict:
            return {"id": h.id, "title": h.title, "snippet": h.snippet.plain, "score": round(h.score, 4)} | {
                k: (v.isoformat() if isinstance(v, date) else v) for k, v in h.detail.items()
            }

        return {
            "query": self.query,
            "claims": [hit(h) for h in self.claims],
            "sources": [hit(h) for h in self.sources],
            "evidence": [hit(h) for h in self.evidence],
            "more": self.more,
        }


# -- snippets ---------------------------------------------------------------------------------------------

_SNIPPET_SCAN = 200_000  # characters of a long text looked through for the words of a snippet


def _latin_fold_table() -> dict[int, str]:
    """One character for one (so offsets stay put): Latin letters without their accents, ё as е."""
    table = {}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base.isascii() and base.isalpha() and base != chr(code):
            table[code] = base
    table[ord("ё")] = "е"
    table[ord("Ё")] = "Е"
    table[ord("ʼ")] = "'"  # the index takes U+02BC for a separator, as ' and ’
    return table


_FOLD = _latin_fold_table()


def _fold(text: str) -> str:
    folded = text.translate(_FOLD).lower()
    return folded if len(folded) == len(text) else text.translate(_FOLD)  # İ and the like: accents only


def _hit_pattern(terms: list[Term]) -> re.Pattern | None:
    whole = {_fold(w) for t in terms for w in (t.words[:-1] if t.prefix else t.words)}
    prefixes = {_fold(t.words[-1]) for t in terms if t.prefix}
    for term in terms:  # a word's other forms, and words sharing its root, are hits too
        if not (term.phrase or term.prefix):
            whole.update(lemmas.word_forms(lemmas.fold(term.words[0])))
            prefixes.update(term.roots())
    alternatives = []
    if whole:
        words = "|".join(map(re.escape, sorted(whole, key=len, reverse=True)))
        alternatives.append(rf"(?<![^\W_])(?:{words})(?![^\W_])")
    if prefixes:
        starts = "|".join(map(re.escape, sorted(prefixes, key=len, reverse=True)))
        alternatives.append(rf"(?<![^\W_])(?:{starts})[^\W_]*")
    return re.compile("|".join(alternatives), re.IGNORECASE) if alternatives else None


def make_snippet(texts: tuple[str, ...], terms: list[Term], *, chars: int = 150) -> Snippet:
    """About `chars` characters around the densest run of the query's words, in the text (of
    `texts`, in the order of preference) where they occur most, with those words marked."""
    pattern = _hit_pattern(terms)
    best: tuple[str, list[tuple[int, int]]] | None = None
    for body in texts:
        if not body:
            continue
        hits = [m.span() for m in pattern.finditer(_fold(body))] if pattern else []
        if best is None or len(hits) > len(best[1]):
            best = (body, hits)
    if best is None:
        return Snippet("")
    body, hits = best
    if not hits:
        return Snippet(_shorten(body, 0, chars))
    # the window holding most hits, starting a little before its first
    first, most = 0, -1
    for k, (start, _) in enumerate(hits):
        count = sum(1 for a, _ in hits[k:] if a < start + chars - 30)
        if count > most:
            first, most = k, count
    start = hits[first][0]
    lo = max(0, start - 30)
    if lo > 0:
        space = body.rfind(" ", 0, lo + 1)
        lo = space + 1 if space >= 0 and lo - space < 20 else lo
    hi = min(len(body), lo + chars)
    if hi < len(body):
        space = body.find(" ", hi)
        hi = space if 0 <= space - hi < 20 else hi
    out = [ELLIPSIS] if lo > 0 else []
    pos = lo
    for a, b in hits:
        if a < lo or b > hi:
            continue
        out += [body[pos:a], MARK_START, body[a:b], MARK_END]
        pos = b
    out.append(body[pos:hi])
    if hi < len(body):
        out.append(ELLIPSIS)
    return Snippet(" ".join("".join(out).split()))


def _shorten(body: str, lo: int, chars: int) -> str:
    text = " ".join(body[lo : lo + chars * 2].split())
    return text if len(text) <= chars else text[:chars].rsplit(" ", 1)[0] + ELLIPSIS


# -- the interface -------------------------------------------------------------------------------------


class SearchBackend(Protocol):
    def search(
        self, query: str, *, flt: ClaimFilter | None = None, kinds: tuple[str, ...] = KINDS, limit: int = 20
    ) -> SearchResults:
        """Ranked hits of each kind (best first); claims obey `flt`, and with a filter set,
        sources and evidence are those of the claims it admits."""
        ...

    def candidates(
        self, words: list[str], *, language: str | None, exclude: int | None, limit: int = 200
    ) -> list[tuple[int, str, str]]:
        """(claim id, quote, statement) of the claims sharing most of `words` (prefixes), best first."""
        ...

    def document_frequency(self, prefixes: list[str]) -> dict[str, int]:
        """How many claims hold a word starting with each prefix (roughly: a word's forms add up)."""
        ...


def backend(ws: Workspace) -> SearchBackend:
    """The search backend for the workspace's database."""
    if ws.engine.dialect.name == "sqlite":
        return Fts5Backend(ws)
    raise NotImplementedError(f"No search backend for {ws.engine.dialect.name} yet.")


def search(ws: Workspace, query: str, **options) -> SearchResults:
    return backend(ws).search(query, **options)


# -- SQLite FTS5 -----------------------------------------------------------------------------------------


def _fts_table(kind: str):
    return table(f"{kind}_fts", column("rowid"), *(column(c) for c in _FTS_COLUMNS[kind]))


_FTS = {kind: _fts_table(kind) for kind in KINDS}
_claim_fts = _FTS["claim"]
# the lemmas of each claim (migration 0009): its words, verdict, claimant and role, tags, uk/ru keys
_LEMMA_FTS = table("claim_lemma_fts", column("rowid"), column("words"), column("keys"))
_LEMMA_SEARCHED = "words verdict people tags"
_LEMMA_RANK = literal_column("bm25(claim_lemma_fts, 4.0, 1.5, 3.0, 3.0, 0.0)")


def _rank(kind: str):
    weights = ", ".join(str(w) for w in _WEIGHTS[kind])
    return literal_column(f"bm25({kind}_fts, {weights})")


def _match(kind: str):
    return text(f"{kind}_fts MATCH :q")


class Fts5Backend:
    """Ranking works in two steps, so a word in half the archive costs no more than a rare one:
    the newest `WINDOW` matches of each kind (all of them, when there are fewer) are scored with
    bm25 and the best `limit` kept; only those get a snippet and their details. FTS5 walks its
    index newest first and stops there, instead of scoring and sorting every match."""

    WINDOW = 2000

    def __init__(self, ws: Workspace) -> None:
        self._ws = ws

    def search(
        self, query: str, *, flt: ClaimFilter | None = None, kinds: tuple[str, ...] = KINDS, limit: int = 20
    ) -> SearchResults:
        terms = parse_query(query)
        results = SearchResults(query=query, terms=terms)
        if not terms:
            return results
        conditions = filter_conditions(flt) if flt is not None else []
        with self._ws.engine.connect() as conn:
            for kind in kinds:
                if kind == "claim":
                    ranked = self._ranked_claims(conn, terms, conditions, limit + 1)
                else:
                    expression = fts_expression(terms, form=Term.forms_fts)
                    ranked = self._ranked(conn, kind, expression, conditions, limit + 1)
                results.more[kind] = len(ranked) > limit
                ranked = ranked[:limit]
                details = getattr(self, f"_{kind}_details")(conn, [i for i, _ in ranked], conditions)
                hits = []
                for i, score in ranked:
                    if i not in details:
                        continue
                    detail = details[i]
                    texts = detail.pop("texts")
                    hits.append(Hit(kind, i, detail.pop("title"), make_snippet(texts, terms), score, detail))
                setattr(results, {"claim": "claims", "source": "sources", "evidence": "evidence"}[kind], hits)
        return results

    def _ranked_claims(self, conn: Connection, terms: list[Term], conditions: list, limit: int):
        """Words go to the lemma index (any form; the claimant, role and tags too), "phrases" to the
        index of the words as written, so a phrase keeps its exact words. A group that joins a
        phrase and a word by OR is looked up as written, each word in all its forms."""
        groups = term_groups(terms)
        if any(any(t.phrase for t in g) and not all(t.phrase for t in g) for g in groups) or all(
            t.phrase for t in terms
        ):
            return self._ranked(conn, "claim", fts_expression(terms, form=Term.forms_fts), conditions, limit)
        words = [g for g in groups if not g[0].phrase]
        expression = " AND ".join("(" + " OR ".join(t.lemma_fts() for t in group) + ")" for group in words)
        extra = list(conditions)
        for n, group in enumerate(g for g in groups if g[0].phrase):
            phrase = fts_expression(group, any_term=True)
            extra.append(
                _LEMMA_FTS.c.rowid.in_(
                    select(_claim_fts.c.rowid).where(
                        text_clause(f"claim_fts MATCH :phrase{n}").bindparams(bindparam(f"phrase{n}", phrase))
                    )
                )
            )
        window = (
            select(_LEMMA_FTS.c.rowid.label("id"), _LEMMA_RANK.label("score"))
            .select_from(_LEMMA_FTS)
            .where(text("claim_lemma_fts MATCH :q"))
        )
        if conditions:
            window = window.join(Claim, Claim.id == _LEMMA_FTS.c.rowid)
        window = window.where(*extra).order_by(_LEMMA_FTS.c.rowid.desc()).limit(self.WINDOW).subquery()
        best = select(window.c.id, window.c.score).order_by(window.c.score, window.c.id.desc()).limit(limit)
        return [(row[0], row[1]) for row in conn.execute(best, {"q": f"{{{_LEMMA_SEARCHED}}} : ({expression})"})]

    def _ranked(self, conn: Connection, kind: str, expression: str, conditions: list, limit: int):
        fts = _FTS[kind]
        window = select(fts.c.rowid.label("id"), _rank(kind).label("score")).select_from(fts).where(_match(kind))
        if conditions:
            if kind == "claim":
                window = window.join(Claim, Claim.id == fts.c.rowid).where(*conditions)
            elif kind == "source":
                window = window.where(fts.c.rowid.in_(select(Claim.source_id).where(*conditions)))
            else:
                admitted = select(ClaimEvidence.evidence_id).join(Claim, Claim.id == ClaimEvidence.claim_id)
                window = window.where(fts.c.rowid.in_(admitted.where(*conditions)))
        window = window.order_by(fts.c.rowid.desc()).limit(self.WINDOW).subquery()
        best = select(window.c.id, window.c.score).order_by(window.c.score, window.c.id.desc()).limit(limit)
        return [(row[0], row[1]) for row in conn.execute(best, {"q": expression})]

    def _claim_details(self, conn: Connection, ids: list[int], conditions: list) -> dict[int, dict]:
        query = (
            select(
                Claim.id,
                func.substr(Claim.quote, 1, 300),
                Claim.status,
                Rating.label,
                Rating.colour,
                Actor.name,
                Claim.claimed_on,
                Claim.source_id,
                Claim.quote,
                Claim.statement,
                Claim.summary,
                func.substr(Claim.rationale, 1, _SNIPPET_SCAN),
                Rating.label_uk,
            )
            .outerjoin(Rating, Rating.id == Claim.rating_id)
            .outerjoin(Actor, Actor.id == Claim.claimant_id)
            .where(Claim.id.in_(ids))
        )
        return {
            row[0]: {
                "title": " ".join(row[1].split()),
                "texts": row[8:12],
                "status": row[2],
                "rating": label_in(row[3] or "", row[12] or ""),  # in the interface's language
                "colour": row[4] or "",
                "claimant": row[5] or "",
                "claimed_on": _as_date(row[6]),
                "source_id": row[7],
            }
            for row in conn.execute(query)
        }

    def _source_details(self, conn: Connection, ids: list[int], conditions: list) -> dict[int, dict]:
        query = select(
            Source.id,
            Source.title,
            Source.outlet,
            Source.published,
            Source.language,
            func.substr(Source.text, 1, _SNIPPET_SCAN),
        ).where(Source.id.in_(ids))
        return {
            row[0]: {
                "title": row[1],
                "outlet": row[2],
                "published": _as_date(row[3]),
                "language": row[4],
                "texts": (row[5], row[1]),
            }
            for row in conn.execute(query)
        }

    def _evidence_details(self, conn: Connection, ids: list[int], conditions: list) -> dict[int, dict]:
        # the claim a hit opens: the first (of those the filter admits) that the evidence serves
        first = (
            select(ClaimEvidence.evidence_id, func.min(ClaimEvidence.claim_id))
            .where(ClaimEvidence.evidence_id.in_(ids))
            .group_by(ClaimEvidence.evidence_id)
        )
        if conditions:
            first = first.join(Claim, Claim.id == ClaimEvidence.claim_id).where(*conditions)
        claim_of = dict(conn.execute(first).all())
        query = select(
            Evidence.id,
            Evidence.title,
            Evidence.url,
            Evidence.publisher,
            Evidence.published,
            func.substr(Evidence.excerpt, 1, _SNIPPET_SCAN),
        ).where(Evidence.id.in_(ids))
        return {
            row[0]: {
                "title": row[1],
                "texts": (row[5], row[1], row[2]),
                "url": row[2],
                "publisher": row[3],
                "published": _as_date(row[4]),
                "claim_id": claim_of.get(row[0]),
            }
            for row in conn.execute(query)
        }

    # -- for "checked before?" --

    def candidates(
        self, words: list[str], *, language: str | None, exclude: int | None, limit: int = 200
    ) -> list[tuple[int, str, str]]:
        if not words:
            return []
        expression = fts_expression([Term((w,), prefix=True) for w in words], any_term=True)
        query = (
            select(Claim.id, Claim.quote, Claim.statement)
            .select_from(_claim_fts)
            .join(Claim, Claim.id == _claim_fts.c.rowid)
            .where(_match("claim"))
            .order_by(literal_column("bm25(claim_fts, 4.0, 4.0, 0.0, 0.0)"))
            .limit(limit)
        )
        if language:
            query = query.join(Source, Source.id == Claim.source_id).where(
                func.lower(Source.language).in_({language.lower(), ""})
            )
        if exclude is not None:
            query = query.where(Claim.id != exclude)
        with self._ws.engine.connect() as conn:
            return [tuple(row) for row in conn.execute(query, {"q": expression})]

    def document_frequency(self, prefixes: list[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        with self._ws.engine.connect() as conn:
            for prefix in prefixes:
                found[prefix] = conn.exec_driver_sql(
                    "SELECT coalesce(sum(doc), 0) FROM claim_fts_vocab WHERE term >= ? AND term < ?",
                    (prefix, prefix + "\U0010ffff"),
                ).scalar()
            found[""] = conn.exec_driver_sql("SELECT count(*) FROM claim").scalar()
        return found


def _as_date(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
