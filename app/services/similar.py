""" "Checked before?": claims already in the workspace that say the same as this one, reworded or
translated between Ukrainian and Russian.

A claim is read as units of meaning (app.text.meaning): the lemmas of its words, the lexicon's
abbreviations, names and near-synonyms (resources/lexicon, plus the analysts' own groups kept in
the workspace), uk↔ru cognates and numbers as values. The lemma index of migration 0009 narrows
100,000 claims to a couple of hundred that share the rarer units, in any of the three languages;
those are scored on their stored lemmas (no lemmatising again) by the weighted share of units both
say, rarer words weighing more. Every match says what it shares and why (the same lemma, an
abbreviation, a synonym, a cognate). Nothing is ever merged: an analyst may link a match, which
records one relation that both claims show, and undo it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import or_
from sqlmodel import select

from app.changes import Changes
from app.errors import ValidationError
from app.messages import msg
from app.models import Claim, ClaimRelation, Rating, RelationKind, Source, SynonymGroup
from app.services._common import clean_choice, clean_text, columns, fetch
from app.text import lemmas as _lemmas
from app.text import meaning
from app.workspace import Workspace

RELATION = "relation"  # the kind of row in Changes
SYNONYMS = "synonym_group"  # the kind of row in Changes for an analyst's group
#: below this (the weighted share of units both say, %), claims merely on the same topic; chosen on
#: benchmarks/similar_eval.py's set: at 55 no false match among the top three, at 50 two per 100 claims
MIN_SCORE = 55
CANDIDATES = 100  # scored in Python: 200 took twice as long and found no more on the labelled set
#: a unit in more than this share of claims narrows nothing; it still counts in the score
COMMON_SHARE = 0.08
MAX_QUERY_UNITS = 10
MAX_MEMBERS = 12  # of a lexicon group, searched for one unit

fold = _lemmas.fold


@dataclass(frozen=True)
class Match:
    claim_id: int
    quote: str
    statement: str
    score: int  # 0–100
    shared: tuple[str, ...]  # the words both say (as the match spells them)
    status: str = ""
    rating: str = ""
    colour: str = ""
    claimed_on: date | None = None
    created_at: datetime | None = None
    source_title: str = ""
    linked: str | None = None  # the relation already recorded between the two, if any
    summary: str = ""  # the verdict in one line, the reason the match was rated so
    via: tuple[str, ...] = ()  # how words that differ were matched: "АЕС = атомна станція (abbreviation)"
    language: str = ""  # the match's language (its source's)
    external: tuple[str, ...] = ()  # other fact-checkers' verdicts on it: "AFP: Faux" (ClaimReview in)


def similar_claims(ws: Workspace, claim_id: int, *, limit: int = 8, min_score: int = MIN_SCORE) -> list[Match]:
    """The claims most like `claim_id` (its quote or its wording), best first."""
    with ws.reading() as session:
        claim = fetch(session, Claim, claim_id, "claim")
        language = session.get(Source, claim.source_id).language
        texts = [t for t in (claim.quote, claim.statement) if t and t.strip()]
    return _similar(ws, texts, language=language, exclude=claim_id, limit=limit, min_score=min_score)


def similar_to_text(
    ws: Workspace,
    text: str,
    *,
    language: str | None = None,
    exclude: int | None = None,
    limit: int = 8,
    min_score: int = MIN_SCORE,
) -> list[Match]:
    """The claims that say what `text` says, in any of Ukrainian, Russian and English, best first."""
    return _similar(ws, [text], language=language, exclude=exclude, limit=limit, min_score=min_score)


def _similar(
    ws: Workspace, texts: list[str], *, language: str | None, exclude: int | None, limit: int, min_score: int
) -> list[Match]:
    """A claim's quote and its wording are compared apart (a wording that retells the quote must
    not halve the score), each with each of the other claim's: the best pair counts."""
    lexicon = lexicon_for(ws)
    mine_parts = [found for found in (meaning.text_units(t, language, lexicon) for t in texts) if found]
    mine = [unit for part in mine_parts for unit in part]
    if not mine:
        return []
    with ws.engine.connect() as conn:
        total = conn.exec_driver_sql("SELECT count(*) FROM claim").scalar() or 0
        terms = {unit: _search_terms(unit, lexicon) for unit in mine}
        df = _frequencies(ws, conn, {t for found in terms.values() for t, _ in found} | _all_lemmas(mine), total)
        expression = _candidate_expression(mine, terms, df, total)
        if not expression:
            return []
        rows = conn.exec_driver_sql(
            "SELECT rowid, words FROM claim_lemma_fts WHERE claim_lemma_fts MATCH ? "
            "ORDER BY bm25(claim_lemma_fts, 1.0, 0.0, 0.0, 0.0, 0.7) LIMIT ?",
            (expression, CANDIDATES + 1),
        ).all()
        theirs = {row[0]: meaning.stored_parts(row[1], lexicon) for row in rows if row[0] != exclude}

    # how rare a word is, for the words of this claim; a word only the other claim says weighs
    # as much as this claim's words on average (looking up the frequencies of the candidates'
    # every word cost more than all the rest)
    weights: dict[meaning.Unit, float] = {}
    for unit in mine:
        known = [df[lemma] for lemma in unit.lemmas if df.get(lemma)]
        weights[unit] = meaning.idf(min(known) if known else 0, total) * (1.5 if unit.number else 1.0)
    usual = sum(weights.values()) / len(weights)

    def weight(unit: meaning.Unit) -> float:
        found = weights.get(unit)
        return found if found is not None else usual * (1.5 if unit.number else 1.0)

    scored = []
    for other_id, parts in theirs.items():
        best = (0.0, [], 0, 0)
        for m, units in enumerate(mine_parts):
            for n, other in enumerate(parts):
                score, shared = meaning.similarity(units, other, weight)
                if score > best[0]:
                    best = (score, shared, m, n)
        if round(best[0] * 100) >= min_score:
            scored.append((round(best[0] * 100), other_id, *best[1:]))
    scored.sort(key=lambda item: (-item[0], item[1]))
    scored = scored[:limit]
    if not scored:
        return []
    details = _details(ws, [item[1] for item in scored], exclude)
    mine_said = [t for t in texts if t and t.strip()]
    out = []
    for score, other_id, shared, mine_part, their_part in scored:
        info = details[other_id]
        said = [t for t in (info["quote"], info["statement"]) if t and t.strip()]
        # the words as each claim spells them (a few claims analysed again, from the lemmatiser's cache)
        their_tokens = _lemmas.analyse(said[min(their_part, len(said) - 1)] if said else "", info["language"])
        my_tokens = _lemmas.analyse(mine_said[min(mine_part, len(mine_said) - 1)], language)
        words = tuple(dict.fromkeys(meaning.spelled(s.theirs, their_tokens) for s in shared))
        via = tuple(
            dict.fromkeys(
                d
                for d in (
                    meaning.describe(
                        s, lexicon, meaning.spelled(s.mine, my_tokens), meaning.spelled(s.theirs, their_tokens)
                    )
                    for s in shared
                )
                if d
            )
        )
        out.append(Match(other_id, **info, score=score, shared=words[:10], via=via[:8]))
    return out


def _all_lemmas(units: list[meaning.Unit]) -> set[str]:
    return {lemma for unit in units for lemma in unit.lemmas}


def _search_terms(unit: meaning.Unit, lexicon: meaning.Lexicon) -> list[tuple[str, str]]:
    """(term, FTS5 expression) pairs that find a claim holding the unit: its lemmas, the lemmas of
    its lexicon groups' members (a phrase's words together), its cognate key."""
    found: list[tuple[str, str]] = [(lemma, f'{{words}} : "{lemma}"') for lemma in sorted(unit.lemmas)]
    for key in sorted(unit.keys):
        if key.startswith("k:"):
            found.append((key[2:], f'{{keys}} : "{key[2:]}"'))
        elif key in lexicon.groups:
            for member in lexicon.members(key)[:MAX_MEMBERS]:
                if len(member) == 1:
                    found.append((member[0], f'{{words}} : "{member[0]}"'))
                elif member:
                    together = " AND ".join(f'"{w}"' for w in member)
                    found.append((member[0], f"{{words}} : ({together})"))
    return list(dict.fromkeys(found))


_FREQUENCIES: dict[str, tuple[int, dict[str, int]]] = {}


def _frequencies(ws: Workspace, conn, terms: set[str], total: int) -> dict[str, int]:
    """How many claims hold each term (lemma or cognate key), from the index's vocabulary. SQLite
    counts a term by walking its postings (a word in a fifth of 100,000 claims: about 1 ms), so
    the counts are kept per workspace until the number of claims moves by more than 2 %."""
    kept_total, cache = _FREQUENCIES.get(str(ws.path), (total, {}))
    if abs(kept_total - total) > 0.02 * max(kept_total, 1) or len(cache) > 200_000:
        kept_total, cache = total, {}
    _FREQUENCIES[str(ws.path)] = (kept_total, cache)
    for term in terms:
        if term and term not in cache:
            cache[term] = (
                conn.exec_driver_sql("SELECT doc FROM claim_lemma_fts_vocab WHERE term = ?", (term,)).scalar() or 0
            )
    return {term: cache.get(term, 0) for term in terms}


def _candidate_expression(mine: list[meaning.Unit], terms: dict, df: dict[str, int], total: int) -> str:
    """An FTS5 expression finding the claims that share any of the rarer units."""
    common = max(COMMON_SHARE * total, 50)
    ranked = []
    for unit in mine:
        usable = [(t, expr) for t, expr in terms[unit] if 0 < df.get(t, 0) <= common]
        if usable:
            rarity = min(df[t] for t, _ in usable)
            ranked.append((rarity, [expr for _, expr in usable]))
    ranked.sort(key=lambda item: item[0])
    parts = [expr for _, exprs in ranked[:MAX_QUERY_UNITS] for expr in exprs]
    if not parts:  # only common words: the three least common narrow what they can
        for unit in mine[:3]:
            parts += [expr for t, expr in terms[unit] if df.get(t, 0) > 0][:2]
    return " OR ".join(dict.fromkeys(parts))


# -- the analysts' own lexicon ------------------------------------------------------------------------


_LEXICONS: dict[str, tuple[tuple, meaning.Lexicon]] = {}


def lexicon_for(ws: Workspace) -> meaning.Lexicon:
    """The lexicon that ships, with the workspace's own groups ("treat these as the same")."""
    groups = synonym_groups(ws)
    stamp = tuple((g.id, g.terms) for g in groups)
    cached = _LEXICONS.get(str(ws.path))
    if cached is not None and cached[0] == stamp:
        return cached[1]
    lexicon = meaning.builtin().extended((f"w:{g.id}", meaning.ANALYST, g.terms.splitlines()) for g in groups)
    _LEXICONS[str(ws.path)] = (stamp, lexicon)
    return lexicon


def synonym_groups(ws: Workspace) -> list[SynonymGroup]:
    with ws.reading() as session:
        return list(session.exec(select(SynonymGroup).order_by(SynonymGroup.id)))


def add_synonym_group(ws: Workspace, terms: list[str]) -> Changes:
    """Record that these words or phrases mean the same in a claim (at least two, each up to 100 characters)."""
    cleaned = []
    for term in terms:
        term = " ".join(clean_text(term, msg("A word"), limit=100).split()) if term and term.strip() else ""
        if term and term.casefold() not in {t.casefold() for t in cleaned}:
            cleaned.append(term)
    if len(cleaned) < 2:
        raise ValidationError(msg("Give at least two different words or phrases, separated by commas."))
    if any("|" in t or "\n" in t for t in cleaned):
        raise ValidationError(msg("A word or phrase cannot hold a | sign."))
    with ws.writing() as session:
        group = SynonymGroup(terms="\n".join(cleaned), user=ws.user)
        session.add(group)
        session.flush()
        return Changes(subject=group.id).create(SYNONYMS, group.id)


def remove_synonym_group(ws: Workspace, group_id: int) -> Changes:
    with ws.writing() as session:
        group = fetch(session, SynonymGroup, group_id, "group of words")
        saved = columns(group)
        session.delete(group)
        return Changes(subject=group_id, previous={SYNONYMS: saved}).delete(SYNONYMS, group_id)


def restore_synonym_group(ws: Workspace, saved: dict) -> Changes:
    """Put back a group removed by `remove_synonym_group` (under its old id)."""
    with ws.writing() as session:
        session.add(SynonymGroup(**saved))
        session.flush()
        return Changes(subject=saved["id"]).create(SYNONYMS, saved["id"])


def _details(ws: Workspace, ids: list[int], this: int | None) -> dict[int, dict]:
    with ws.reading() as session:
        rows = session.exec(
            select(
                Claim.id,
                Claim.quote,
                Claim.statement,
                Claim.status,
                Rating.label,
                Rating.colour,
                Claim.claimed_on,
                Claim.created_at,
                Source.title,
                Source.language,
                Claim.summary,
            )
            .join(Source, Source.id == Claim.source_id)
            .outerjoin(Rating, Rating.id == Claim.rating_id)
            .where(Claim.id.in_(ids))
        ).all()
        linked: dict[int, str] = {}
        if this is not None:
            for rel in session.exec(
                select(ClaimRelation).where(or_(ClaimRelation.claim_id == this, ClaimRelation.other_claim_id == this))
            ):
                linked[rel.other_claim_id if rel.claim_id == this else rel.claim_id] = rel.kind
        external = external_words(session, list(ids))
    return {
        row[0]: {
            "quote": row[1],
            "statement": row[2],
            "status": row[3],
            "rating": row[4] or "",
            "colour": row[5] or "",
            "claimed_on": row[6],
            "created_at": row[7],
            "source_title": row[8],
            "language": row[9] or "",
            "summary": row[10] or "",
            "linked": linked.get(row[0]),
            "external": external.get(row[0], ()),
        }
        for row in rows
    }


# -- relations ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Relation:
    """A relation as one claim sees it: `outgoing` when this claim is the one that repeats."""

    id: int
    kind: str
    other_claim_id: int
    outgoing: bool
    other_quote: str
    other_rating: str
    other_colour: str
    other_claimed_on: date | None
    created_at: datetime
    user: str
    score: int
    other_external: tuple[str, ...] = ()  # other fact-checkers' verdicts on the other claim


def external_words(session, ids: list[int]) -> dict[int, tuple[str, ...]]:
    """Other fact-checkers' verdicts on these claims, each as "Publisher: verdict"."""
    from app.services.publication import read_external

    return {
        claim_id: tuple(f"{v.publisher}: {v.rating}" if v.publisher else v.rating for v in verdicts)
        for claim_id, verdicts in read_external(session, list(ids)).items()
    }


def link_claims(ws: Workspace, claim_id: int, other_claim_id: int, kind: str, *, score: int = 0) -> Changes:
    """Record that `claim_id` repeats (or shares a narrative with) `other_claim_id`."""
    kind = clean_choice(kind, msg("The kind of link"), RelationKind)
    if claim_id == other_claim_id:
        raise ValidationError(msg("A claim cannot be linked to itself."))
    with ws.writing() as session:
        fetch(session, Claim, claim_id, "claim")
        fetch(session, Claim, other_claim_id, "claim")
        existing = session.exec(
            select(ClaimRelation).where(
                or_(
                    (ClaimRelation.claim_id == claim_id) & (ClaimRelation.other_claim_id == other_claim_id),
                    (ClaimRelation.claim_id == other_claim_id) & (ClaimRelation.other_claim_id == claim_id),
                )
            )
        ).first()
        if existing is not None:
            raise ValidationError(msg(
                "Claims #{claim_id} and #{other_claim_id} are already linked.",
                claim_id=str(claim_id),
                other_claim_id=str(other_claim_id),
            ))
        relation = ClaimRelation(
            claim_id=claim_id, other_claim_id=other_claim_id, kind=kind, score=int(score), user=ws.user
        )
        session.add(relation)
        session.flush()
        return Changes(subject=relation.id).create(RELATION, relation.id)


def unlink_claims(ws: Workspace, relation_id: int) -> Changes:
    with ws.writing() as session:
        relation = fetch(session, ClaimRelation, relation_id, "link between claims")
        saved = columns(relation)
        session.delete(relation)
        return Changes(subject=relation_id, previous={"relation": saved}).delete(RELATION, relation_id)


def relink_claims(ws: Workspace, saved: dict) -> Changes:
    """Put back a relation removed by `unlink_claims` (under its old id)."""
    with ws.writing() as session:
        for claim_id in (saved["claim_id"], saved["other_claim_id"]):
            fetch(session, Claim, claim_id, "claim")
        session.add(ClaimRelation(**saved))
        session.flush()
        return Changes(subject=saved["id"]).create(RELATION, saved["id"])


def relations(ws: Workspace, claim_id: int) -> list[Relation]:
    """Every relation of a claim, whichever side recorded it, newest first."""
    with ws.reading() as session:
        rels = session.exec(
            select(ClaimRelation)
            .where(or_(ClaimRelation.claim_id == claim_id, ClaimRelation.other_claim_id == claim_id))
            .order_by(ClaimRelation.id.desc())
        ).all()
        others = {rel.other_claim_id if rel.claim_id == claim_id else rel.claim_id for rel in rels}
        info = {
            row[0]: row[1:]
            for row in session.exec(
                select(Claim.id, Claim.quote, Rating.label, Rating.colour, Claim.claimed_on)
                .outerjoin(Rating, Rating.id == Claim.rating_id)
                .where(Claim.id.in_(others))
            )
        }
        external = external_words(session, list(others))
    out = []
    for rel in rels:
        outgoing = rel.claim_id == claim_id
        other = rel.other_claim_id if outgoing else rel.claim_id
        quote, label, colour, claimed_on = info[other]
        out.append(
            Relation(
                rel.id,
                rel.kind,
                other,
                outgoing,
                quote,
                label or "",
                colour or "",
                claimed_on,
                rel.created_at,
                rel.user,
                rel.score,
                external.get(other, ()),
            )
        )
    return out
