""" "Checked before?": claims already in the workspace that say much the same as this one.

The full-text index narrows 100,000 claims to a couple of hundred that share the claim's rarer
words (any form: words are cut to a rough stem and searched as prefixes); rapidfuzz then scores
those on their normalised words. Only claims in the same language are compared (a claim's
language is its source's). Nothing is ever merged: an analyst may link a match, which records one
relation that both claims show, and undo it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime

from rapidfuzz import fuzz
from sqlalchemy import or_
from sqlmodel import select

from app.changes import Changes
from app.errors import ValidationError
from app.messages import msg
from app.models import Claim, ClaimRelation, Rating, RelationKind, Source
from app.services._common import clean_choice, columns, fetch
from app.services.search import backend
from app.workspace import Workspace

RELATION = "relation"  # the kind of row in Changes
MIN_SCORE = 62  # below this, claims that merely share a few common words
CANDIDATES = 200
#: a word in more than this share of claims narrows nothing; it still counts in the score
COMMON_SHARE = 0.08
MAX_QUERY_WORDS = 8

_WORD = re.compile(r"\w+", re.UNICODE)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_CYRILLIC_ENDINGS = set("аеєиіїоуюяйьыэ")
_LATIN_SUFFIXES = ("ing", "ed", "es", "s")

_STOPWORDS = """
a an and are as at be been but by for from had has have he her his i in into is it its no not of
on or our she so that the their them there they this to was we were what which who will with
would you about after all also any can did do does more most than then these those very just
over such only і й та але а в у на з із зі до від по за що як це ця цей ці той те ті вони він
вона воно ми ви я не ні так також вже ще бо чи для при про через після його її їх був була було
були є буде має мають може можуть лише тільки коли де який яка яке які щоб нам вам їм під над
між и во с со к ко от что как это эта этот эти тот они он она оно мы вы ни также уже еще ещё но
или после его ее её их был была было были есть будет может могут лишь только когда где какой
какая какое какие чтобы им под между же бы
"""
STOPWORDS = frozenset(_STOPWORDS.split())


def fold(text: str) -> str:
    """Case-folded, ё as е, the apostrophes of зв'язок dropped, Latin accents stripped."""
    text = text.casefold().replace("ё", "е")
    text = re.sub(r"(?<=\w)['’ʼ](?=\w)", "", text)
    decomposed = unicodedata.normalize("NFD", text)
    # strip combining marks from Latin letters only: й and ї are letters of their own
    out = []
    for ch in decomposed:
        if unicodedata.combining(ch) and out and out[-1].isascii():
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def stem(word: str) -> str:
    """A rough stem, so України finds Україна and weapons weapon: endings off, at most 7 letters."""
    if _CYRILLIC.search(word):
        cut = 0
        while cut < 2 and len(word) - cut > 4 and word[-1 - cut] in _CYRILLIC_ENDINGS:
            cut += 1
        word = word[: len(word) - cut]
    else:
        for suffix in _LATIN_SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                word = word[: -len(suffix)]
                break
    return word[:7]


def words(text: str) -> list[str]:
    """The significant words of a text, folded (no stopwords, no one-letter words)."""
    return [w for w in _WORD.findall(fold(text)) if len(w) > 1 and w not in STOPWORDS]


def stems(text: str) -> list[str]:
    return [stem(w) for w in words(text)]


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


def similar_claims(ws: Workspace, claim_id: int, *, limit: int = 8, min_score: int = MIN_SCORE) -> list[Match]:
    """The claims most like `claim_id` (its quote and its wording), best first."""
    with ws.reading() as session:
        claim = fetch(session, Claim, claim_id, "claim")
        language = session.get(Source, claim.source_id).language
        text = " ".join(t for t in (claim.quote, claim.statement) if t)
    return similar_to_text(ws, text, language=language, exclude=claim_id, limit=limit, min_score=min_score)


def similar_to_text(
    ws: Workspace,
    text: str,
    *,
    language: str | None = None,
    exclude: int | None = None,
    limit: int = 8,
    min_score: int = MIN_SCORE,
) -> list[Match]:
    mine = stems(text)
    if not mine:
        return []
    search = backend(ws)
    unique = list(dict.fromkeys(mine))
    frequency = search.document_frequency(unique)
    total = max(frequency.get("", 0), 1)
    # the rarer words narrow best; words no claim holds cannot find anything
    narrowing = sorted(
        (s for s in unique if 0 < frequency.get(s, 0) <= max(COMMON_SHARE * total, 50)), key=lambda s: frequency[s]
    )[:MAX_QUERY_WORDS]
    if not narrowing:
        narrowing = sorted((s for s in unique if frequency.get(s, 0) > 0), key=lambda s: frequency[s])[:3]
    found = search.candidates(narrowing, language=language, exclude=exclude, limit=CANDIDATES)
    mine_set = set(mine)
    mine_text = " ".join(mine)
    scored: list[tuple[int, int, tuple[str, ...]]] = []
    for other_id, quote, statement in found:
        best = 0
        shared: dict[str, None] = {}
        for candidate in (quote, statement):
            if not candidate:
                continue
            their_words = words(candidate)
            their = [stem(w) for w in their_words]
            common = [w for w, s in zip(their_words, their, strict=True) if s in mine_set]
            if not common:
                continue
            # token_set_ratio forgives word order and extra words; token_sort_ratio keeps a short
            # claim from matching every long one that contains it
            score = 0.6 * fuzz.token_set_ratio(mine_text, " ".join(their)) + 0.4 * fuzz.token_sort_ratio(
                mine_text, " ".join(their)
            )
            if score > best:
                best = round(score)
            shared.update(dict.fromkeys(common))
        if best >= min_score:
            scored.append((best, other_id, tuple(shared)[:10]))
    scored.sort(key=lambda item: (-item[0], item[1]))
    scored = scored[:limit]
    if not scored:
        return []
    details = _details(ws, [other_id for _, other_id, _ in scored], exclude)
    return [Match(other_id, **details[other_id], score=score, shared=shared) for score, other_id, shared in scored]


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
            "linked": linked.get(row[0]),
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
            )
        )
    return out
