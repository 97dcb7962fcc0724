"""Claimants, tags and rating scales: the small lists claims draw on."""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import Session, select

from app.changes import ACTOR, CLAIM, TAG, Changes
from app.errors import ValidationError
from app.messages import msg
from app.models import Actor, Claim, ClaimTag, Rating, RatingScale, Tag
from app.services._common import apply, clean_text, fetch
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
    """Tags for `names` (case-insensitively, duplicates dropped, order kept) and the ids created."""
    tags: list[Tag] = []
    created: set[int] = set()
    seen: set[str] = set()
    for raw in names:
        name = normalise_tag(raw)
        if not name or name.casefold() in seen:
            continue
        seen.add(name.casefold())
        tag = session.exec(select(Tag).where(func.fd_fold(Tag.name) == name.casefold())).first()
        if tag is None:
            tag = Tag(name=name)
            session.add(tag)
            session.flush()
            created.add(tag.id)
        tags.append(tag)
    return tags, created


def list_tags(ws: Workspace) -> list[Tag]:
    with ws.reading() as session:
        return list(session.exec(select(Tag).order_by(func.fd_fold(Tag.name))))


def tag_names(session: Session, claim_id: int) -> list[str]:
    rows = session.exec(
        select(Tag.name)
        .join(ClaimTag, ClaimTag.tag_id == Tag.id)
        .where(ClaimTag.claim_id == claim_id)
        .order_by(Tag.name)
    )
    return list(rows)


def delete_unused_tags(ws: Workspace) -> Changes:
    with ws.writing() as session:
        unused = session.exec(select(Tag).where(~Tag.id.in_(select(ClaimTag.tag_id)))).all()
        for tag in unused:
            session.delete(tag)
        return Changes().delete(TAG, *(t.id for t in unused))


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
    scale = default_scale(session)
    rating = session.exec(
        select(Rating).where(Rating.scale_id == scale.id, func.fd_fold(Rating.label) == label.strip().casefold())
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
