"""Claims: marking them in a source, the verdict on each, and the audit trail of verdicts."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import case, delete, func, insert, update
from sqlmodel import Session, select

from app.anchoring import select as select_quote
from app.changes import ACTOR, CLAIM, LINK, TAG, Changes
from app.clock import utcnow
from app.errors import NotFound, ValidationError
from app.messages import msg
from app.models import (
    Actor,
    AuditEvent,
    Claim,
    ClaimEvidence,
    ClaimRelation,
    ClaimStatus,
    ClaimTag,
    ExternalVerdict,
    Rating,
    Source,
    Tag,
)
from app.services import catalog
from app.services._common import apply, clean_choice, clean_date, clean_text, columns, fetch
from app.services.catalog import label_in
from app.workspace import Workspace

MAX_QUOTE_CHARS = 5000
#: the fields an analyst edits; changes to the AUDITED ones are recorded with who, when, from and to
EDITABLE = ("statement", "claimant_id", "claimed_on", "status", "rating_id", "summary", "rationale")
AUDITED = ("rating_id", "status", "summary")


def _clean(session: Session, values: dict[str, Any]) -> dict[str, Any]:
    cleaned: dict[str, Any] = {}
    for name, value in values.items():
        if name == "status":
            cleaned[name] = clean_choice(value, msg("The status"), ClaimStatus)
        elif name == "claimed_on":
            cleaned[name] = clean_date(value, msg("The date the claim was made"))
        elif name in ("statement", "rationale"):
            cleaned[name] = clean_text(value, f"The {name}", limit=100_000)
        elif name == "summary":
            cleaned[name] = " ".join(clean_text(value, msg("The summary"), limit=1000).split())
        elif name == "rating_id":
            if value is not None:
                fetch(session, Rating, value, "rating")
            cleaned[name] = value
        elif name in ("review_url", "appearance_url"):
            from app.services.publication import web_url

            what = msg("The fact-check's URL") if name == "review_url" else msg("The appearance's URL")
            cleaned[name] = web_url(value, what)
        elif name == "appearance_date":
            cleaned[name] = clean_date(value, msg("The appearance's date"))
        elif name == "claimant_id":
            if value is not None:
                fetch(session, Actor, value, "claimant")
            cleaned[name] = value
        else:
            raise ValidationError(msg("A claim has no editable field “{name}”.", name=name))
    return cleaned


def create_claim(
    ws: Workspace, source_id: int, start: int, end: int, *, tags: list[str] = (), **fields: Any
) -> Changes:
    """Mark text[start:end] of a source as a claim (Python offsets)."""
    with ws.writing() as session:
        source = fetch(session, Source, source_id, "source")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(source.text)):
            raise ValidationError(msg(
                "The span {start}–{end} is not inside the source's text.",
                start=start,
                end=end,
            ))
        # trim whitespace a mouse selection often drags along
        while start < end and source.text[start].isspace():
            start += 1
        while end > start and source.text[end - 1].isspace():
            end -= 1
        if start == end:
            raise ValidationError(msg("The selection holds no text to mark as a claim."))
        if end - start > MAX_QUOTE_CHARS:
            raise ValidationError(msg(
                "A claim's quote is limited to {limit} characters; select less text.",
                limit=MAX_QUOTE_CHARS,
            ))
        anchor = select_quote(source.text, start, end)
        claim = Claim(
            source_id=source_id,
            quote=anchor.exact,
            start=start,
            end=end,
            prefix=anchor.prefix,
            suffix=anchor.suffix,
            **_clean(session, fields),
        )
        session.add(claim)
        session.flush()
        changes = Changes(subject=claim.id).create(CLAIM, claim.id)
        if tags:
            changes.merge(_set_tags(session, claim.id, list(tags)))
        return changes


def update_claim(ws: Workspace, claim_id: int, **fields: Any) -> Changes:
    """Change a claim's fields; `previous` holds the old values so the change can be undone."""
    with ws.writing() as session:
        claim = fetch(session, Claim, claim_id, "claim")
        values = _clean(session, fields)
        before = {name: getattr(claim, name) for name in AUDITED}
        previous = apply(claim, values)
        if previous:
            claim.updated_at = utcnow()
            for name in AUDITED:
                if name in previous:
                    session.add(
                        AuditEvent(
                            user=ws.user,
                            claim_id=claim_id,
                            claim_quote=claim.quote[:300],
                            field="rating" if name == "rating_id" else name,
                            old_value=_audit_value(session, name, before[name]),
                            new_value=_audit_value(session, name, getattr(claim, name)),
                        )
                    )
        return Changes(subject=claim_id, previous=previous).update(CLAIM, claim_id)


def _audit_value(session: Session, name: str, value: Any) -> str:
    if name == "rating_id":
        return session.get(Rating, value).label if value is not None else ""
    return "" if value is None else str(value)


def set_claimant(ws: Workspace, claim_id: int, name: str, role: str = "") -> Changes:
    """Attribute a claim to the actor called `name`, creating the actor if needed (empty name: nobody)."""
    with ws.writing() as session:
        claim = fetch(session, Claim, claim_id, "claim")
        changes = Changes(subject=claim_id)
        actor_id = None
        if name.strip():
            actor, created = catalog.ensure_actor(session, name, role)
            actor_id = actor.id
            if created:
                changes.create(ACTOR, actor.id)
        previous = apply(claim, {"claimant_id": actor_id})
        if previous:
            claim.updated_at = utcnow()
        changes.previous = previous
        return changes.update(CLAIM, claim_id)


def set_tags(ws: Workspace, claim_id: int, names: list[str], *, put_back: list[dict] | None = None) -> Changes:
    """Replace a claim's tags by `names` (created if new); `previous["tags"]` holds the old names.

    A tag the claim was the last to carry is deleted; `previous["dropped"]` holds it, and undo
    passes that as `put_back`, so the tag returns with its id and display title."""
    with ws.writing() as session:
        fetch(session, Claim, claim_id, "claim")
        catalog.put_back_tags(session, put_back or [])
        return _set_tags(session, claim_id, names)


def _set_tags(session: Session, claim_id: int, names: list[str]) -> Changes:
    old = catalog.tag_names(session, claim_id)
    tags, created = catalog.ensure_tags(session, names)
    wanted = {t.id for t in tags}
    current = {row.tag_id: row for row in session.exec(select(ClaimTag).where(ClaimTag.claim_id == claim_id))}
    for tag_id, row in current.items():
        if tag_id not in wanted:
            session.delete(row)
    for tag_id in wanted - current.keys():
        session.add(ClaimTag(claim_id=claim_id, tag_id=tag_id))
    session.flush()
    dropped = catalog.drop_unused_tags(session, set(current) - wanted)
    changes = Changes(subject=claim_id, previous={"tags": old, "dropped": dropped}).update(CLAIM, claim_id)
    if dropped:
        changes.delete(TAG, *(row["id"] for row in dropped))
    return changes.create(TAG, *created) if created else changes


# -- a new claim's defaults, and many claims at once -----------------------------------------------


def new_claim_defaults(ws: Workspace, source_id: int) -> dict[str, Any]:
    """What a claim newly marked in `source_id` starts with: the claimant, date and tags of the
    claim last marked in that source (the next sentence of one speech is usually the same
    speaker's, the same day's, on the same narrative), else the source's date of publication."""
    with ws.reading() as session:
        source = fetch(session, Source, source_id, "source")
        last = session.exec(
            select(Claim.id, Claim.claimant_id, Claim.claimed_on)
            .where(Claim.source_id == source_id)
            .order_by(Claim.id.desc())
            .limit(1)
        ).first()
        if last is None:
            return {"claimed_on": source.published} if source.published else {}
        defaults: dict[str, Any] = {}
        if last[1] is not None:
            defaults["claimant_id"] = last[1]
        if last[2] is not None or source.published is not None:
            defaults["claimed_on"] = last[2] if last[2] is not None else source.published
        tags = catalog.tag_names(session, last[0])
        if tags:
            defaults["tags"] = tags
        return defaults


#: the fields a batch edit may set on many claims at once
BATCH_FIELDS = ("status", "rating_id", "claimant_id", "claimed_on")


@dataclass(frozen=True)
class BatchBefore:
    """What a batch edit replaced, claim by claim, so that undo can put each claim back as it was."""

    values: dict[int, dict[str, Any]]  # claim id -> field -> its value before
    tags: dict[int, tuple[int, ...]] | None = None  # claim id -> its tag ids before (None: tags untouched)


def batch_edit(
    ws: Workspace,
    claim_ids: list[int],
    *,
    claimant: str | None = None,
    add_tags: list[str] = (),
    remove_tags: list[str] = (),
    **fields: Any,
) -> Changes:
    """Give many claims the same status, rating, date or claimant (`claimant`: a name, created if
    new; "" for nobody), and add or remove tags, in one transaction of a few statements whatever
    the number of claims. `previous["batch"]` (a BatchBefore) lets `restore_batch` undo it."""
    ids = sorted(set(claim_ids))
    if not ids:
        raise ValidationError(msg("Select the claims to change first."))
    unknown = set(fields) - set(BATCH_FIELDS)
    if unknown:
        raise ValidationError(msg("Claims cannot be changed together in {fields}.", fields=", ".join(sorted(unknown))))
    with ws.writing() as session:
        changes = Changes()
        values = _clean(session, fields)
        if claimant is not None:
            values["claimant_id"] = None
            if claimant.strip():
                actor, created = catalog.ensure_actor(session, claimant)
                values["claimant_id"] = actor.id
                if created:
                    changes.create(ACTOR, actor.id)
        found = set(session.exec(select(Claim.id).where(Claim.id.in_(ids))).all())
        if len(found) < len(ids):
            raise NotFound(msg("The claim #{id} no longer exists.", id=str(min(set(ids) - found))))
        before = _write_values(session, ws.user, {claim_id: values for claim_id in ids}) if values else {}
        tags_before = None
        if add_tags or remove_tags:
            tags_before = _claim_tag_ids(session, ids)
            added, created = catalog.ensure_tags(session, list(add_tags))
            if created:
                changes.create(TAG, *created)
            folded = {catalog.normalise_tag(n).casefold() for n in remove_tags} - {""}
            removed = set()
            if folded:
                removed = set(session.exec(select(Tag.id).where(func.fd_fold(Tag.name).in_(folded))).all())
            wanted = {claim_id: (set(now) - removed) | {t.id for t in added} for claim_id, now in tags_before.items()}
            _write_tags(session, tags_before, wanted)
        changes.previous = {"batch": BatchBefore(before, tags_before)}
        return changes.update(CLAIM, *ids)


def restore_batch(ws: Workspace, before: BatchBefore) -> Changes:
    """Put the claims a batch edit changed back as they were (its undo), in one transaction."""
    with ws.writing() as session:
        ids = sorted(set(before.values) | set(before.tags or {}))
        if before.values:
            _write_values(session, ws.user, before.values)
        if before.tags is not None:
            existing = set(session.exec(select(Tag.id)).all())
            wanted = {claim_id: set(tag_ids) & existing for claim_id, tag_ids in before.tags.items()}
            _write_tags(session, _claim_tag_ids(session, list(before.tags)), wanted)
        return Changes().update(CLAIM, *ids)


def _claim_tag_ids(session: Session, ids: list[int]) -> dict[int, tuple[int, ...]]:
    found: dict[int, list[int]] = {claim_id: [] for claim_id in ids}
    for claim_id, tag_id in session.exec(select(ClaimTag.claim_id, ClaimTag.tag_id).where(ClaimTag.claim_id.in_(ids))):
        found[claim_id].append(tag_id)
    return {claim_id: tuple(sorted(tag_ids)) for claim_id, tag_ids in found.items()}


def _write_tags(session: Session, now: dict[int, tuple[int, ...]], wanted: dict[int, set[int]]) -> None:
    """From each claim's tags `now` to `wanted`: one DELETE and one INSERT for all the claims."""
    gone = [(claim_id, tag_id) for claim_id, tags in now.items() for tag_id in set(tags) - wanted[claim_id]]
    new = [
        {"claim_id": claim_id, "tag_id": tag_id}
        for claim_id, tags in wanted.items()
        for tag_id in sorted(tags - set(now[claim_id]))
    ]
    by_tag: dict[int, list[int]] = {}
    for claim_id, tag_id in gone:
        by_tag.setdefault(tag_id, []).append(claim_id)
    for tag_id, claim_ids in by_tag.items():  # one statement per tag removed, not per claim
        session.execute(delete(ClaimTag).where(ClaimTag.tag_id == tag_id, ClaimTag.claim_id.in_(claim_ids)))
    if new:
        session.execute(insert(ClaimTag), new)
    session.flush()


def _write_values(session: Session, user: str, wanted: dict[int, dict[str, Any]]) -> dict[int, dict[str, Any]]:
    """Set each claim's fields to `wanted[claim]` with one UPDATE per distinct set of values, record
    the audited changes in one INSERT, and return each claim's values before."""
    names = sorted({name for values in wanted.values() for name in values})
    rows = session.exec(
        select(Claim.id, func.substr(Claim.quote, 1, 300), *(getattr(Claim, n) for n in names)).where(
            Claim.id.in_(list(wanted))
        )
    ).all()
    before = {row[0]: dict(zip(names, row[2:], strict=True)) for row in rows}
    quotes = {row[0]: row[1] for row in rows}
    groups: dict[tuple, list[int]] = {}
    for claim_id, values in wanted.items():
        if claim_id in before and any(before[claim_id][n] != v for n, v in values.items()):
            groups.setdefault(tuple(sorted(values.items())), []).append(claim_id)
    now = utcnow()
    for items, claim_ids in groups.items():
        session.execute(update(Claim).where(Claim.id.in_(claim_ids)).values(**dict(items), updated_at=now))
    labels = dict(session.exec(select(Rating.id, Rating.label)).all())

    def shown(name: str, value: Any) -> str:
        if name == "rating_id":
            return labels.get(value, "") if value is not None else ""
        return "" if value is None else str(value)

    audit = [
        {
            "at": now,
            "user": user,
            "claim_id": claim_id,
            "claim_quote": quotes[claim_id],
            "field": "rating" if name == "rating_id" else name,
            "old_value": shown(name, before[claim_id][name]),
            "new_value": shown(name, value),
        }
        for claim_id, values in wanted.items()
        if claim_id in before
        for name, value in values.items()
        if name in AUDITED and before[claim_id][name] != value
    ]
    if audit:
        session.execute(insert(AuditEvent), audit)
    session.flush()
    return {
        claim_id: {n: before[claim_id][n] for n in values} for claim_id, values in wanted.items() if claim_id in before
    }


# -- deleting and putting back -----------------------------------------------------------------


@dataclass(frozen=True)
class ClaimSnapshot:
    row: dict[str, Any]
    tag_ids: tuple[int, ...]
    links: tuple[dict[str, Any], ...]
    relations: tuple[dict[str, Any], ...] = ()  # "checked before?" links, from either side
    external: tuple[dict[str, Any], ...] = ()  # other fact-checkers' verdicts on it (0010)


def snapshot(session: Session, claim_id: int) -> ClaimSnapshot:
    claim = fetch(session, Claim, claim_id, "claim")
    tag_ids = session.exec(select(ClaimTag.tag_id).where(ClaimTag.claim_id == claim_id)).all()
    links = session.exec(select(ClaimEvidence).where(ClaimEvidence.claim_id == claim_id)).all()
    relations = session.exec(
        select(ClaimRelation).where((ClaimRelation.claim_id == claim_id) | (ClaimRelation.other_claim_id == claim_id))
    ).all()
    external = session.exec(select(ExternalVerdict).where(ExternalVerdict.claim_id == claim_id)).all()
    return ClaimSnapshot(
        row=columns(claim),
        tag_ids=tuple(tag_ids),
        links=tuple(columns(link) for link in links),
        relations=tuple(columns(rel) for rel in relations),
        external=tuple(columns(v) for v in external),
    )


def delete_claim(ws: Workspace, claim_id: int) -> Changes:
    """Delete a claim with its tags and evidence links (the evidence stays); audit events stay too."""
    with ws.writing() as session:
        snap = snapshot(session, claim_id)
        session.delete(session.get(Claim, claim_id))
        changes = Changes(subject=claim_id, previous={"snapshot": snap}).delete(CLAIM, claim_id)
        return changes.delete(LINK, *(link["id"] for link in snap.links))


def restore_claim(ws: Workspace, snap: ClaimSnapshot) -> Changes:
    with ws.writing() as session:
        return put_back(session, snap)


def put_back(session: Session, snap: ClaimSnapshot) -> Changes:
    """Re-insert a deleted claim under its old id, with whatever of its tags and evidence still exist."""
    from app.models import Evidence, Tag

    session.add(Claim(**snap.row))
    session.flush()
    claim_id = snap.row["id"]
    for tag_id in snap.tag_ids:
        if session.get(Tag, tag_id) is not None:
            session.add(ClaimTag(claim_id=claim_id, tag_id=tag_id))
    restored = []
    for link in snap.links:
        if session.get(Evidence, link["evidence_id"]) is not None:
            session.add(ClaimEvidence(**link))
            restored.append(link["id"])
    for rel in snap.relations:  # back when the other claim is there (and the link is not yet)
        other = rel["other_claim_id"] if rel["claim_id"] == claim_id else rel["claim_id"]
        if session.get(Claim, other) is not None and session.get(ClaimRelation, rel["id"]) is None:
            session.add(ClaimRelation(**rel))
    for verdict in snap.external:
        session.add(ExternalVerdict(**verdict))
    session.flush()
    return Changes(subject=claim_id).create(CLAIM, claim_id).create(LINK, *restored)


def snapshots(session: Session, claim_ids: list[int]) -> list[ClaimSnapshot]:
    """`snapshot` of many claims (a source's, when it is deleted) with a few selects per 900
    claims, not four per claim."""
    found: list[ClaimSnapshot] = []
    for start in range(0, len(claim_ids), _IN_CHUNK):
        chunk = claim_ids[start : start + _IN_CHUNK]
        rows = {c.id: c for c in session.exec(select(Claim).where(Claim.id.in_(chunk)))}
        tags: dict[int, list[int]] = {i: [] for i in chunk}
        pairs = select(ClaimTag.claim_id, ClaimTag.tag_id).where(ClaimTag.claim_id.in_(chunk))
        for claim_id, tag_id in session.exec(pairs):
            tags[claim_id].append(tag_id)
        links: dict[int, list[dict[str, Any]]] = {i: [] for i in chunk}
        for link in session.exec(select(ClaimEvidence).where(ClaimEvidence.claim_id.in_(chunk))):
            links[link.claim_id].append(columns(link))
        rels: dict[int, list[dict[str, Any]]] = {i: [] for i in chunk}
        query = select(ClaimRelation).where(ClaimRelation.claim_id.in_(chunk) | ClaimRelation.other_claim_id.in_(chunk))
        for rel in session.exec(query):
            for side in dict.fromkeys((rel.claim_id, rel.other_claim_id)):
                if side in rels:
                    rels[side].append(columns(rel))
        external: dict[int, list[dict[str, Any]]] = {i: [] for i in chunk}
        for verdict in session.exec(select(ExternalVerdict).where(ExternalVerdict.claim_id.in_(chunk))):
            external[verdict.claim_id].append(columns(verdict))
        for claim_id in chunk:
            if claim_id not in rows:
                raise NotFound(msg("The claim #{id} no longer exists.", id=str(claim_id)))
            found.append(ClaimSnapshot(columns(rows[claim_id]), tuple(tags[claim_id]), tuple(links[claim_id]),
                                       tuple(rels[claim_id]), tuple(external[claim_id])))  # fmt: skip
    return found


def put_back_all(session: Session, snaps: list[ClaimSnapshot]) -> Changes:
    """`put_back` of many claims (a restored source's) with one insert per table, not a get per row."""
    from app.models import Evidence, Tag

    changes = Changes()
    if not snaps:
        return changes
    conn = session.connection()
    session.flush()
    conn.execute(insert(Claim.__table__), [snap.row for snap in snaps])
    tag_ids = {t for snap in snaps for t in snap.tag_ids}
    evidence_ids = {link["evidence_id"] for snap in snaps for link in snap.links}
    rels = {rel["id"]: rel for snap in snaps for rel in snap.relations}
    others = {i for rel in rels.values() for i in (rel["claim_id"], rel["other_claim_id"])}
    tags_there = _existing(session, Tag.id, tag_ids)
    evidence_there = _existing(session, Evidence.id, evidence_ids)
    claims_there = _existing(session, Claim.id, others)
    rels_there = _existing(session, ClaimRelation.id, set(rels))
    claim_tags = [{"claim_id": s.row["id"], "tag_id": t} for s in snaps for t in s.tag_ids if t in tags_there]
    links = [link for s in snaps for link in s.links if link["evidence_id"] in evidence_there]
    back = [rel for i, rel in rels.items() if i not in rels_there
            and rel["claim_id"] in claims_there and rel["other_claim_id"] in claims_there]  # fmt: skip
    external = [verdict for s in snaps for verdict in s.external]
    for table, rows in ((ClaimTag, claim_tags), (ClaimEvidence, links), (ClaimRelation, back),
                        (ExternalVerdict, external)):  # fmt: skip
        if rows:
            conn.execute(insert(table.__table__), rows)
    return changes.create(CLAIM, *(s.row["id"] for s in snaps)).create(LINK, *(link["id"] for link in links))


def _existing(session: Session, column: Any, ids: set[int]) -> set[int]:
    """Which of `ids` are in `column` (a table's id), a select per 900."""
    wanted, found = sorted(ids), set()
    for start in range(0, len(wanted), _IN_CHUNK):
        found.update(session.exec(select(column).where(column.in_(wanted[start : start + _IN_CHUNK]))))
    return found


#: ids per `IN (…)` list, below SQLite's limit of bound parameters
_IN_CHUNK = 900


# -- reading -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ClaimFilter:
    """What the claims list shows. `rating_id=0` means "not rated yet"."""

    status: str | None = None
    rating_id: int | None = None
    tag_id: int | None = None
    source_id: int | None = None
    claimant_id: int | None = None
    claimed_from: date | None = None  # the date the claim was made, inclusive
    claimed_to: date | None = None
    text: str = ""
    sort: str = "created"  # one of SORT_KEYS
    descending: bool = False


SORT_KEYS = {
    "created": Claim.id,
    "quote": func.fd_fold(func.substr(Claim.quote, 1, 60)),  # the start orders; folding whole quotes is slow
    "claimant": func.fd_fold(Actor.name),
    "rating": Rating.position,
    # the workflow's order, not the alphabet's
    "status": case({status.value: n for n, status in enumerate(ClaimStatus)}, value=Claim.status, else_=99),
    "claimed_on": Claim.claimed_on,
    "source": func.fd_fold(Source.title),
}


def claim_ids(ws: Workspace, flt: ClaimFilter = ClaimFilter()) -> list[int]:
    """The ids of the claims matching `flt`, in its order. Only ids: rows are fetched as they are shown."""
    query = select(Claim.id)
    if flt.text.strip() or flt.sort == "claimant":
        query = query.outerjoin(Actor, Actor.id == Claim.claimant_id)
    if flt.sort == "rating":
        query = query.outerjoin(Rating, Rating.id == Claim.rating_id)
    if flt.sort == "source":
        query = query.join(Source, Source.id == Claim.source_id)
    query = query.where(*filter_conditions(flt))
    if flt.text.strip():
        # each word begins a word of the quote, wording or summary (the full-text index), or is in
        # the claimant's name; a scan folding 100,000 quotes in Python took half a second
        from app.services.search import words_condition

        query = query.where(*words_condition(flt.text, fallback_columns=(Actor.name,)))
    key = SORT_KEYS.get(flt.sort, Claim.id)
    order = key.desc() if flt.descending else key.asc()
    query = query.order_by(order.nulls_last(), Claim.id.desc() if flt.descending else Claim.id)
    with ws.engine.connect() as conn:  # plain rows, no ORM: 100,000 ids in a few ms
        return list(conn.execute(query).scalars())


def filter_conditions(flt: ClaimFilter) -> list:
    """The WHERE conditions of a filter's status, rating, tag, source, claimant and date range (not its text)."""
    conditions = []
    if flt.status:
        conditions.append(Claim.status == flt.status)
    if flt.rating_id == 0:
        conditions.append(Claim.rating_id.is_(None))
    elif flt.rating_id is not None:
        conditions.append(Claim.rating_id == flt.rating_id)
    if flt.tag_id is not None:
        conditions.append(Claim.id.in_(select(ClaimTag.claim_id).where(ClaimTag.tag_id == flt.tag_id)))
    if flt.source_id is not None:
        conditions.append(Claim.source_id == flt.source_id)
    if flt.claimant_id is not None:
        conditions.append(Claim.claimant_id == flt.claimant_id)
    if flt.claimed_from is not None:
        conditions.append(Claim.claimed_on >= flt.claimed_from)
    if flt.claimed_to is not None:
        conditions.append(Claim.claimed_on <= flt.claimed_to)
    return conditions


@dataclass(frozen=True)
class ClaimRow:
    """One line of the claims list."""

    id: int
    quote: str
    status: str
    rating: str
    colour: str
    claimant: str
    source: str
    claimed_on: date | None


def claim_rows(ws: Workspace, ids: list[int]) -> dict[int, ClaimRow]:
    if not ids:
        return {}
    query = (
        select(
            Claim.id,
            func.substr(Claim.quote, 1, 400),
            Claim.status,
            Rating.label,
            Rating.colour,
            Actor.name,
            Source.title,
            Claim.claimed_on,
            Rating.label_uk,
        )
        .join(Source, Source.id == Claim.source_id)
        .outerjoin(Rating, Rating.id == Claim.rating_id)
        .outerjoin(Actor, Actor.id == Claim.claimant_id)
        .where(Claim.id.in_(ids))
    )
    with ws.reading() as session:
        return {
            # the rating in the interface's language
            row[0]: ClaimRow(
                row[0], row[1], row[2], label_in(row[3] or "", row[8] or ""), row[4] or "", row[5] or "", row[6], row[7]
            )
            for row in session.exec(query)
        }


@dataclass(frozen=True)
class ClaimDetail:
    """Everything the verdict pane shows about one claim."""

    claim: Claim
    source_title: str
    claimant: Actor | None
    rating: Rating | None
    tags: list[str] = field(default_factory=list)
    source_published: date | None = None  # where the date field's calendar opens


def get_claim(ws: Workspace, claim_id: int) -> ClaimDetail:
    with ws.reading() as session:
        claim = fetch(session, Claim, claim_id, "claim")
        source = session.get(Source, claim.source_id)
        claimant = session.get(Actor, claim.claimant_id) if claim.claimant_id else None
        rating = session.get(Rating, claim.rating_id) if claim.rating_id else None
        tags = catalog.tag_names(session, claim_id)
        return ClaimDetail(claim, source.title, claimant, rating, tags, source.published)


def audit_events(ws: Workspace, claim_id: int | None = None) -> list[AuditEvent]:
    with ws.reading() as session:
        query = select(AuditEvent).order_by(AuditEvent.at, AuditEvent.id)
        if claim_id is not None:
            query = query.where(AuditEvent.claim_id == claim_id)
        return list(session.exec(query))


def count_claims(ws: Workspace) -> int:
    with ws.reading() as session:
        return session.exec(select(func.count(Claim.id))).one()


# -- a claim's span, widened or narrowed ------------------------------------------------------------


def set_claim_span(ws: Workspace, claim_id: int, start: int, end: int) -> Changes:
    """Make text[start:end] of its source the claim's span (Python offsets): its quote, offsets
    and the words around it change together, so the claim is found again as before. The span is
    taken as given (the window tidies a selection first); `previous["span"]` holds the old
    (start, end) so the change can be undone."""
    with ws.writing() as session:
        claim = fetch(session, Claim, claim_id, "claim")
        text = session.exec(select(Source.text).where(Source.id == claim.source_id)).one()
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            raise ValidationError(msg("The span {start}–{end} is not inside the source's text.", start=start, end=end))
        if not text[start:end].strip():
            raise ValidationError(msg("The selection holds no text to make the claim's span."))
        if end - start > MAX_QUOTE_CHARS:
            raise ValidationError(
                msg("A claim's quote is limited to {limit} characters; select less text.", limit=MAX_QUOTE_CHARS)
            )
        old = (claim.start, claim.end)
        anchor = select_quote(text, start, end)
        if (claim.quote, claim.start, claim.end, claim.prefix, claim.suffix) != (
            anchor.exact,
            start,
            end,
            anchor.prefix,
            anchor.suffix,
        ):
            claim.quote, claim.start, claim.end = anchor.exact, start, end
            claim.prefix, claim.suffix = anchor.prefix, anchor.suffix
            claim.updated_at = utcnow()
        return Changes(subject=claim_id, previous={"span": old}).update(CLAIM, claim_id)
