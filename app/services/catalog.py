"""Claimants, tags and rating scales: the small lists claims draw on.

Tags are renamed, merged and deleted here, each undoable (the Changes' `previous` holds what to
put back); a tag that loses its last claim goes with it. Rating scales are edited here too: labels
and definitions in English and Ukrainian, colours, order and ClaimReview values; the workspace's
active scale is the one whose `is_default` is set.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, insert, update
from sqlmodel import Session, select

from app.changes import ACTOR, CLAIM, RATING, REPORT, TAG, Changes
from app.errors import ValidationError
from app.messages import msg
from app.models import Actor, Claim, ClaimTag, Rating, RatingScale, Report, Tag
from app.services._common import apply, clean_text, columns, fetch
from app.workspace import Workspace

# -- actors ------------------------------------------------------------------------------------


def find_actor(session: Session, name: str) -> Actor | None:
    return session.exec(select(Actor).where(func.fd_fold(Actor.name) == name.casefold())).first()


def ensure_actor(session: Session, name: str, role: str = "") -> tuple[Actor, bool]:
    """The actor called `name` (case-insensitively), created if missing; True if created."""
    name = clean_text(name, msg("The claimant's name"), required=True, limit=300)
    actor = find_actor(session, name)
    if actor is not None:
        if role and not actor.role:
            actor.role = clean_text(role, msg("The claimant's role"), limit=300)
        return actor, False
    actor = Actor(name=name, role=clean_text(role, msg("The claimant's role"), limit=300))
    session.add(actor)
    session.flush()
    return actor, True


def update_actor(ws: Workspace, actor_id: int, *, name: str | None = None, role: str | None = None) -> Changes:
    with ws.writing() as session:
        actor = fetch(session, Actor, actor_id, "claimant")
        values = {}
        if name is not None:
            values["name"] = clean_text(name, msg("The claimant's name"), required=True, limit=300)
            other = find_actor(session, values["name"])
            if other is not None and other.id != actor_id:
                raise ValidationError(msg("There is already a claimant called {name}.", name=other.name))
        if role is not None:
            values["role"] = clean_text(role, msg("The claimant's role"), limit=300)
        previous = apply(actor, values)
        claim_ids = session.exec(select(Claim.id).where(Claim.claimant_id == actor_id)).all()
        return Changes(subject=actor_id, previous=previous).update(ACTOR, actor_id).update(CLAIM, *claim_ids)


def list_actors(ws: Workspace) -> list[Actor]:
    with ws.reading() as session:
        return list(session.exec(select(Actor).order_by(func.fd_fold(Actor.name))))


# -- tags --------------------------------------------------------------------------------------


def normalise_tag(name: str) -> str:
    return " ".join(clean_text(name, msg("A tag"), limit=100).split())


def ensure_tags(session: Session, names: list[str]) -> tuple[list[Tag], set[int]]:
    """Tags for `names` (case-insensitively, duplicates dropped, order kept) and the ids created.

    One select of the existing ones and one flush of the new ones, however many names."""
    wanted: dict[str, str] = {}  # folded -> the name as first given
    for raw in names:
        name = normalise_tag(raw)
        if name:
            wanted.setdefault(name.casefold(), name)
    if not wanted:
        return [], set()
    found: dict[str, Tag] = {}
    folded = list(wanted)
    for start in range(0, len(folded), _IN_CHUNK):
        chunk = folded[start : start + _IN_CHUNK]
        for tag in session.exec(select(Tag).where(func.fd_fold(Tag.name).in_(chunk)).order_by(Tag.id)):
            found.setdefault(tag.name.casefold(), tag)
    new = {fold: Tag(name=name) for fold, name in wanted.items() if fold not in found}
    if new:
        session.add_all(new.values())
        session.flush()
    found |= new
    return [found[fold] for fold in wanted], {tag.id for tag in new.values()}


#: names per `IN (…)` list, below SQLite's limit of bound parameters
_IN_CHUNK = 900


def list_tags(ws: Workspace) -> list[Tag]:
    with ws.reading() as session:
        return list(session.exec(select(Tag).order_by(func.fd_fold(Tag.name))))


@dataclass(frozen=True)
class TagUsage:
    """A tag as the Tags dialog lists it."""

    id: int
    name: str
    title: str  # the heading a report shows; "" uses the name
    claims: int  # how many claims carry it

    @property
    def heading(self) -> str:
        return self.title or self.name


def tag_usage(ws: Workspace) -> list[TagUsage]:
    """Every tag with how many claims carry it, by name."""
    counts = select(ClaimTag.tag_id, func.count().label("n")).group_by(ClaimTag.tag_id).subquery()
    query = (
        select(Tag.id, Tag.name, Tag.title, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.tag_id == Tag.id)
        .order_by(func.fd_fold(Tag.name))
    )
    with ws.reading() as session:
        return [TagUsage(*row) for row in session.exec(query)]


def _find_tag(session: Session, name: str) -> Tag | None:
    return session.exec(select(Tag).where(func.fd_fold(Tag.name) == name.casefold())).first()


def update_tag(ws: Workspace, tag_id: int, *, name: str | None = None, title: str | None = None) -> Changes:
    """Rename a tag or set its display title; `previous` holds the replaced values."""
    with ws.writing() as session:
        tag = fetch(session, Tag, tag_id, "tag")
        values: dict[str, str] = {}
        if name is not None:
            values["name"] = normalise_tag(name)
            if not values["name"]:
                raise ValidationError(msg("A tag cannot be empty."))
            other = _find_tag(session, values["name"])
            if other is not None and other.id != tag_id:
                raise ValidationError(
                    msg(
                        "There is already a tag “{name}”; to put the two together, merge them instead.",
                        name=other.name,
                    )
                )
        if title is not None:
            values["title"] = " ".join(clean_text(title, msg("A tag's title"), limit=200).split())
        previous = apply(tag, values)
        claim_ids = session.exec(select(ClaimTag.claim_id).where(ClaimTag.tag_id == tag_id)).all()
        return Changes(subject=tag_id, previous=previous).update(TAG, tag_id).update(CLAIM, *claim_ids)


def _tag_snapshot(session: Session, tag_ids: list[int]) -> dict[str, Any]:
    """What deleting `tag_ids` takes away: the tags, their claims, the reports filtered by them."""
    tags = session.exec(select(Tag).where(Tag.id.in_(tag_ids))).all()
    links = session.exec(select(ClaimTag.claim_id, ClaimTag.tag_id).where(ClaimTag.tag_id.in_(tag_ids))).all()
    reports = session.exec(select(Report.id, Report.filter_tag_id).where(Report.filter_tag_id.in_(tag_ids))).all()
    return {
        "tags": [columns(t) for t in tags],
        "links": [list(row) for row in links],
        "reports": [list(row) for row in reports],
        "added": [],  # links a merge gave the tag kept, taken away again by undo
    }


def delete_tags(ws: Workspace, tag_ids: list[int]) -> Changes:
    """Delete tags: their claims lose them. `previous["snapshot"]` puts them back (restore_tags)."""
    with ws.writing() as session:
        for tag_id in tag_ids:
            fetch(session, Tag, tag_id, "tag")
        saved = _tag_snapshot(session, list(tag_ids))
        session.execute(update(Report).where(Report.filter_tag_id.in_(tag_ids)).values(filter_tag_id=None))
        session.execute(delete(ClaimTag).where(ClaimTag.tag_id.in_(tag_ids)))
        session.execute(delete(Tag).where(Tag.id.in_(tag_ids)))
        changes = Changes(previous={"snapshot": saved}).delete(TAG, *tag_ids)
        changes.update(CLAIM, *{claim_id for claim_id, _ in saved["links"]})
        return changes.update(REPORT, *{report_id for report_id, _ in saved["reports"]})


def merge_tags(ws: Workspace, tag_ids: list[int], into: int) -> Changes:
    """Put the claims of `tag_ids` under the tag `into` and delete the others; undone by restore_tags."""
    others = [t for t in dict.fromkeys(tag_ids) if t != into]
    if not others:
        raise ValidationError(msg("Choose at least two tags to merge."))
    with ws.writing() as session:
        fetch(session, Tag, into, "tag")
        for tag_id in others:
            fetch(session, Tag, tag_id, "tag")
        saved = _tag_snapshot(session, others)
        having = set(session.exec(select(ClaimTag.claim_id).where(ClaimTag.tag_id == into)))
        gaining = sorted({claim_id for claim_id, _ in saved["links"]} - having)
        saved["added"] = [[claim_id, into] for claim_id in gaining]
        session.execute(update(Report).where(Report.filter_tag_id.in_(others)).values(filter_tag_id=into))
        session.execute(delete(ClaimTag).where(ClaimTag.tag_id.in_(others)))
        session.execute(delete(Tag).where(Tag.id.in_(others)))
        if gaining:
            session.execute(insert(ClaimTag), [{"claim_id": c, "tag_id": into} for c in gaining])
        changes = Changes(subject=into, previous={"snapshot": saved}).delete(TAG, *others).update(TAG, into)
        changes.update(CLAIM, *{claim_id for claim_id, _ in saved["links"]})
        return changes.update(REPORT, *{report_id for report_id, _ in saved["reports"]})


def restore_tags(ws: Workspace, saved: dict[str, Any]) -> Changes:
    """Undo delete_tags or merge_tags: the tags under their old ids, their claims and reports."""
    with ws.writing() as session:
        return _restore_tags(session, saved)


def _restore_tags(session: Session, saved: dict[str, Any]) -> Changes:
    for claim_id, tag_id in saved.get("added", []):
        session.execute(delete(ClaimTag).where(ClaimTag.claim_id == claim_id, ClaimTag.tag_id == tag_id))
    if saved["tags"]:
        session.execute(insert(Tag), saved["tags"])
    claim_ids = set(session.exec(select(Claim.id).where(Claim.id.in_({c for c, _ in saved["links"]}))))
    links = [{"claim_id": c, "tag_id": t} for c, t in saved["links"] if c in claim_ids]
    if links:
        session.execute(insert(ClaimTag).prefix_with("OR IGNORE"), links)
    for report_id, tag_id in saved.get("reports", []):
        session.execute(update(Report).where(Report.id == report_id).values(filter_tag_id=tag_id))
    tag_ids = [t["id"] for t in saved["tags"]]
    changes = Changes().create(TAG, *tag_ids).update(CLAIM, *claim_ids)
    changes.update(TAG, *{t for _, t in saved.get("added", [])})
    return changes.update(REPORT, *{r for r, _ in saved.get("reports", [])})


def drop_unused_tags(session: Session, tag_ids: set[int]) -> list[dict[str, Any]]:
    """Delete those of `tag_ids` that no claim carries and no report filters by; their rows, for undo."""
    if not tag_ids:
        return []
    used = select(ClaimTag.tag_id).where(ClaimTag.tag_id.in_(tag_ids))
    kept = select(Report.filter_tag_id).where(Report.filter_tag_id.in_(tag_ids))
    unused = session.exec(select(Tag).where(Tag.id.in_(tag_ids), ~Tag.id.in_(used), ~Tag.id.in_(kept))).all()
    rows = [columns(t) for t in unused]
    for tag in unused:
        session.delete(tag)
    session.flush()
    return rows


def put_back_tags(session: Session, rows: list[dict[str, Any]]) -> None:
    """Tags drop_unused_tags deleted, under their old ids (skipping any whose name is taken again)."""
    for row in rows:
        if session.get(Tag, row["id"]) is None and _find_tag(session, row["name"]) is None:
            session.add(Tag(**row))
    session.flush()


def tag_names(session: Session, claim_id: int) -> list[str]:
    rows = session.exec(
        select(Tag.name)
        .join(ClaimTag, ClaimTag.tag_id == Tag.id)
        .where(ClaimTag.claim_id == claim_id)
        .order_by(Tag.name)
    )
    return list(rows)


def delete_unused_tags(ws: Workspace) -> Changes:
    """Delete every tag no claim carries (and no report filters by); undone by restore_tags."""
    with ws.writing() as session:
        filtered = select(Report.filter_tag_id).where(Report.filter_tag_id.is_not(None))
        unused = session.exec(
            select(Tag.id).where(~Tag.id.in_(select(ClaimTag.tag_id)), ~Tag.id.in_(filtered))
        ).all()
    return delete_tags(ws, list(unused)) if unused else Changes(previous={"snapshot": _empty_snapshot()})


def _empty_snapshot() -> dict[str, Any]:
    return {"tags": [], "links": [], "reports": [], "added": []}


# -- ratings -----------------------------------------------------------------------------------


def default_scale(session: Session) -> RatingScale:
    scale = session.exec(select(RatingScale).where(RatingScale.is_default == True)).first()  # noqa: E712
    if scale is None:
        scale = session.exec(select(RatingScale).order_by(RatingScale.id)).first()
    if scale is None:
        raise ValidationError(msg("This workspace has no rating scale."))
    return scale


def ratings(ws: Workspace, scale_id: int | None = None) -> list[Rating]:
    """The ratings of a scale (the default one if none is named), in their order."""
    with ws.reading() as session:
        scale_id = scale_id or default_scale(session).id
        return list(session.exec(select(Rating).where(Rating.scale_id == scale_id).order_by(Rating.position)))


def rating_by_label(session: Session, label: str) -> Rating:
    """The default scale's rating labelled `label` in English or Ukrainian, in any case."""
    scale = default_scale(session)
    folded = label.strip().casefold()
    rating = session.exec(
        select(Rating)
        .where(Rating.scale_id == scale.id)
        .where((func.fd_fold(Rating.label) == folded) | (func.fd_fold(Rating.label_uk) == folded))
        .order_by(func.fd_fold(Rating.label) != folded)
    ).first()
    if rating is None:
        labels = session.exec(select(Rating.label).where(Rating.scale_id == scale.id).order_by(Rating.position))
        raise ValidationError(msg(
            "'{label}' is not a rating of the scale '{name}' ({value}).",
            label=label,
            name=scale.name,
            value=', '.join(labels),
        ))
    return rating


# -- ratings in the reader's language ------------------------------------------------------------

LANGUAGES = ("en", "uk")
_interface_language = "en"


def set_interface_language(language: str) -> None:
    """The language the window shows ratings in (the window sets it from its locale at start)."""
    global _interface_language
    _interface_language = language if language in LANGUAGES else "en"


def interface_language() -> str:
    return _interface_language


def rating_label(rating: Any, language: str | None = None) -> str:
    """A rating's label in `language` (the interface's if None), else in the other language."""
    language = language or _interface_language
    if language == "uk":
        return rating.label_uk or rating.label
    return rating.label or rating.label_uk


def rating_description(rating: Any, language: str | None = None) -> str:
    language = language or _interface_language
    if language == "uk":
        return rating.description_uk or rating.description
    return rating.description or rating.description_uk


def label_in(label: str, label_uk: str, language: str | None = None) -> str:
    """rating_label for the two labels of a query row."""
    if (language or _interface_language) == "uk":
        return label_uk or label
    return label or label_uk


# -- editing rating scales -----------------------------------------------------------------------

_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
RATING_FIELDS = ("label", "label_uk", "description", "description_uk", "colour", "value")
MAX_VALUE = 100


def list_scales(ws: Workspace) -> list[RatingScale]:
    with ws.reading() as session:
        return list(session.exec(select(RatingScale).order_by(RatingScale.id)))


def active_scale_id(ws: Workspace) -> int:
    with ws.reading() as session:
        return default_scale(session).id


def rating_use(ws: Workspace, scale_id: int) -> dict[int, int]:
    """How many claims carry each rating of a scale (ratings no claim carries are left out)."""
    with ws.reading() as session:
        rows = session.exec(
            select(Claim.rating_id, func.count())
            .join(Rating, Rating.id == Claim.rating_id)
            .where(Rating.scale_id == scale_id)
            .group_by(Claim.rating_id)
        )
        return dict(rows.all())


def _clean_rating(session: Session, rating: Rating | None, scale_id: int, values: dict[str, Any]) -> dict[str, Any]:
    cleaned: dict[str, Any] = {}
    for name, value in values.items():
        if name in ("label", "label_uk"):
            cleaned[name] = " ".join(clean_text(value, msg("A rating's label"), limit=100).split())
        elif name in ("description", "description_uk"):
            cleaned[name] = " ".join(clean_text(value, msg("A rating's definition"), limit=1000).split())
        elif name == "colour":
            text = clean_text(value, msg("A rating's colour"))
            if not _COLOUR.match(text):
                raise ValidationError(
                    msg("A rating's colour is written #RRGGBB, such as #C62828, not “{text}”.", text=text)
                )
            cleaned[name] = text.upper()
        elif name == "value":
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_VALUE:
                raise ValidationError(
                    msg(
                        "A rating's value (for ClaimReview) is a whole number from 0 to {limit}, not “{value}”.",
                        limit=MAX_VALUE,
                        value=str(value),
                    )
                )
            cleaned[name] = value
        else:
            raise ValidationError(msg("A rating has no editable field “{name}”.", name=name))
    label = cleaned.get("label", rating.label if rating else "")
    label_uk = cleaned.get("label_uk", rating.label_uk if rating else "")
    if not label and not label_uk:
        raise ValidationError(msg("A rating needs a label, in English or in Ukrainian."))
    if not label:  # a scale of one's own may be in Ukrainian only; the English label says the same
        cleaned["label"] = label = label_uk
    others = session.exec(select(Rating).where(Rating.scale_id == scale_id)).all()
    for other in others:
        if rating is not None and other.id == rating.id:
            continue
        if label.casefold() == other.label.casefold() or (
            label_uk and label_uk.casefold() == (other.label_uk or "").casefold()
        ):
            raise ValidationError(msg("The scale already has a rating called “{label}”.", label=rating_label(other)))
    return cleaned


def update_rating(ws: Workspace, rating_id: int, **fields: Any) -> Changes:
    """Change a rating's labels, definitions, colour or value; `previous` holds the old values."""
    with ws.writing() as session:
        rating = fetch(session, Rating, rating_id, "rating")
        values = _clean_rating(session, rating, rating.scale_id, fields)
        previous = apply(rating, values)
        return Changes(subject=rating_id, previous=previous).update(RATING, rating_id)


def add_rating(ws: Workspace, scale_id: int, **fields: Any) -> Changes:
    """A new rating at the end of the scale."""
    with ws.writing() as session:
        fetch(session, RatingScale, scale_id, "rating scale")
        values = _clean_rating(session, None, scale_id, {"colour": "#808080", **fields})
        last = session.exec(select(func.max(Rating.position)).where(Rating.scale_id == scale_id)).one()
        rating = Rating(scale_id=scale_id, position=(last if last is not None else -1) + 1, **values)
        session.add(rating)
        session.flush()
        return Changes(subject=rating.id).create(RATING, rating.id)


def delete_rating(ws: Workspace, rating_id: int) -> Changes:
    """Delete a rating no claim carries; `previous["snapshot"]` puts it back (restore_rating)."""
    with ws.writing() as session:
        rating = fetch(session, Rating, rating_id, "rating")
        used = session.exec(select(func.count()).select_from(Claim).where(Claim.rating_id == rating_id)).one()
        if used:
            raise ValidationError(
                msg(
                    "The rating “{label}” is given to %n claim(s); give them another rating before removing it.",
                    label=rating_label(rating),
                    n=used,
                )
            )
        saved = {
            "row": columns(rating),
            "reports": list(session.exec(select(Report.id).where(Report.filter_rating_id == rating_id))),
        }
        session.delete(rating)
        session.flush()
        session.execute(
            update(Rating)
            .where(Rating.scale_id == rating.scale_id, Rating.position > rating.position)
            .values(position=Rating.position - 1)
        )
        return Changes(previous={"snapshot": saved}).delete(RATING, rating_id).update(REPORT, *saved["reports"])


def restore_rating(ws: Workspace, saved: dict[str, Any]) -> Changes:
    with ws.writing() as session:
        row = saved["row"]
        session.execute(
            update(Rating)
            .where(Rating.scale_id == row["scale_id"], Rating.position >= row["position"])
            .values(position=Rating.position + 1)
        )
        session.execute(insert(Rating), [row])
        for report_id in saved.get("reports", []):
            session.execute(update(Report).where(Report.id == report_id).values(filter_rating_id=row["id"]))
        return Changes(subject=row["id"]).create(RATING, row["id"]).update(REPORT, *saved.get("reports", []))


def move_rating(ws: Workspace, rating_id: int, offset: int) -> Changes:
    """Move a rating `offset` places up (-) or down (+) its scale (its keys 1–9 follow)."""
    with ws.writing() as session:
        rating = fetch(session, Rating, rating_id, "rating")
        order = list(session.exec(select(Rating).where(Rating.scale_id == rating.scale_id).order_by(Rating.position)))
        here = order.index(rating)
        there = max(0, min(len(order) - 1, here + offset))
        if there == here:
            return Changes(subject=rating_id, previous={"offset": 0})
        order.insert(there, order.pop(here))
        for position, row in enumerate(order):
            row.position = position
        session.flush()
        return Changes(subject=rating_id, previous={"offset": here - there}).update(RATING, *(r.id for r in order))


def create_scale(ws: Workspace, name: str, *, copy_of: int | None = None) -> Changes:
    """A new scale, empty or a copy of another's ratings (not active until chosen)."""
    with ws.writing() as session:
        name = _scale_name(session, name, None)
        scale = RatingScale(name=name, is_default=False)
        session.add(scale)
        session.flush()
        created: list[int] = []
        if copy_of is not None:
            fetch(session, RatingScale, copy_of, "rating scale")
            for r in session.exec(select(Rating).where(Rating.scale_id == copy_of).order_by(Rating.position)):
                copy = Rating(**{**columns(r), "id": None, "scale_id": scale.id})
                session.add(copy)
                session.flush()
                created.append(copy.id)
        return Changes(subject=scale.id).create(RATING, *created)


def _scale_name(session: Session, name: str, scale_id: int | None) -> str:
    name = " ".join(clean_text(name, msg("A scale's name"), required=True, limit=200).split())
    for other in session.exec(select(RatingScale)):
        if other.id != scale_id and other.name.casefold() == name.casefold():
            raise ValidationError(msg("There is already a rating scale called “{name}”.", name=other.name))
    return name


def rename_scale(ws: Workspace, scale_id: int, *, name: str) -> Changes:
    with ws.writing() as session:
        scale = fetch(session, RatingScale, scale_id, "rating scale")
        previous = apply(scale, {"name": _scale_name(session, name, scale_id)})
        return Changes(subject=scale_id, previous=previous).update(RATING, *_rating_ids(session, scale_id))


def _rating_ids(session: Session, scale_id: int) -> list[int]:
    return list(session.exec(select(Rating.id).where(Rating.scale_id == scale_id)))


def delete_scale(ws: Workspace, scale_id: int) -> Changes:
    """Delete a scale that is not active and whose ratings no claim carries; undone by restore_scale."""
    with ws.writing() as session:
        scale = fetch(session, RatingScale, scale_id, "rating scale")
        if scale.is_default:
            raise ValidationError(
                msg("“{name}” is the workspace's scale; choose another one before deleting it.", name=scale.name)
            )
        rating_ids = _rating_ids(session, scale_id)
        used = session.exec(select(func.count()).select_from(Claim).where(Claim.rating_id.in_(rating_ids))).one()
        if used:
            raise ValidationError(
                msg("Ratings of “{name}” are given to %n claim(s); it cannot be deleted.", name=scale.name, n=used)
            )
        rows = session.exec(select(Rating).where(Rating.scale_id == scale_id)).all()
        saved = {"scale": columns(scale), "ratings": [columns(r) for r in rows]}
        session.execute(update(Report).where(Report.filter_rating_id.in_(rating_ids)).values(filter_rating_id=None))
        session.delete(scale)
        session.flush()
        return Changes(previous={"snapshot": saved}).delete(RATING, *rating_ids)


def restore_scale(ws: Workspace, saved: dict[str, Any]) -> Changes:
    with ws.writing() as session:
        session.execute(insert(RatingScale), [saved["scale"]])
        if saved["ratings"]:
            session.execute(insert(Rating), saved["ratings"])
        return Changes(subject=saved["scale"]["id"]).create(RATING, *(r["id"] for r in saved["ratings"]))


def set_active_scale(ws: Workspace, scale_id: int) -> Changes:
    """Make `scale_id` the workspace's scale: the verdict pane offers its ratings, reports explain it."""
    with ws.writing() as session:
        scale = fetch(session, RatingScale, scale_id, "rating scale")
        old = default_scale(session)
        if old.id == scale_id:
            return Changes(subject=scale_id, previous={"scale_id": scale_id})
        session.execute(update(RatingScale).values(is_default=RatingScale.id == scale_id))
        session.flush()
        ids = _rating_ids(session, scale_id) + _rating_ids(session, old.id)
        return Changes(subject=scale.id, previous={"scale_id": old.id}).update(RATING, *ids)
