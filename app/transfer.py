"""The workspace JSON format ("factdesk-workspace", version 1): a whole workspace as one file.

`dump` writes a workspace out; `load` adds a file's contents to a workspace. A load reads the
whole file and checks every item before it writes a row, then writes everything in one
transaction, so a file is added completely or not at all. docs/workspace-json.md is the spec.
"""

from __future__ import annotations

import json
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, NoReturn

from sqlalchemy import bindparam, func, insert
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, col, select

from app import app_version
from app.anchoring import select as select_quote
from app.clock import utcnow
from app.errors import ValidationError, WorkspaceError
from app.messages import msg
from app.models import (
    Actor,
    Attachment,
    AuditEvent,
    Claim,
    ClaimEvidence,
    ClaimRelation,
    ClaimStatus,
    ClaimTag,
    Evidence,
    EvidenceKind,
    ExternalVerdict,
    Rating,
    RelationKind,
    Source,
    SourceKind,
    Stance,
    Tag,
)
from app.services import catalog, publication
from app.services._common import clean_text
from app.services.claims import MAX_QUOTE_CHARS
from app.services.evidence import clean_url
from app.services.sources import MAX_TEXT_CHARS, normalise_text
from app.workspace import Workspace

FORMAT = "factdesk-workspace"
VERSION = 1
#: JSON files larger than this are refused before being read (they are read into memory whole).
MAX_JSON_BYTES = 512 * 1024 * 1024
SECTIONS = ("sources", "actors", "claims", "evidence", "links", "relations")


# -- dump --------------------------------------------------------------------------------------


def dump(ws: Workspace) -> dict[str, Any]:
    """The whole workspace as the JSON-ready dict described in docs/workspace-json.md."""
    with ws.reading() as session:
        ratings = {r.id: r for r in session.exec(select(Rating))}
        tags: dict[int, list[str]] = defaultdict(list)
        for claim_id, name in session.exec(
            select(ClaimTag.claim_id, Tag.name)
            .join(Tag, Tag.id == ClaimTag.tag_id)
            .order_by(ClaimTag.claim_id, Tag.name)
        ):
            tags[claim_id].append(name)
        files: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for a in session.exec(select(Attachment).order_by(Attachment.evidence_id, Attachment.position, Attachment.id)):
            files[a.evidence_id].append(_dump_attachment(a))
        external = publication.read_external(session)
        org = publication.read_organisation(session)
        data: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "generator": f"Factdesk {app_version()}",
            "exported_at": utcnow().isoformat(),
            "organisation": {"name": org.name, "url": org.url, "logo": org.logo},
            "sources": [_dump_source(row) for row in _all(session, Source)],
            "actors": [
                {"id": a.id, "name": a.name, "role": a.role, "same_as": publication.same_as_list(a.same_as)}
                for a in _all(session, Actor)
            ],
            "claims": [
                _dump_claim(row, tags[row.id], ratings, external.get(row.id, [])) for row in _all(session, Claim)
            ],
            "evidence": [_dump_evidence(row, files[row.id]) for row in _all(session, Evidence)],
            "links": [
                {"claim": link.claim_id, "evidence": link.evidence_id, "stance": link.stance, "note": link.note}
                for link in session.exec(
                    select(ClaimEvidence).order_by(ClaimEvidence.claim_id, ClaimEvidence.position, ClaimEvidence.id)
                )
            ],
        }
        data["relations"] = [
            {
                "claim": rel.claim_id,
                "other": rel.other_claim_id,
                "kind": rel.kind,
                "score": rel.score,
                "created": rel.created_at.isoformat(),
                "user": rel.user,
            }
            for rel in _all(session, ClaimRelation)
        ]
        data["rating_scale"] = _dump_scale(session)
        data["tags"] = [{"name": t.name, "title": t.title} for t in session.exec(select(Tag).order_by(Tag.name))]
        data["audit"] = [
            {
                "at": event.at.isoformat(),
                "user": event.user,
                "claim_id": event.claim_id,
                "claim_quote": event.claim_quote,
                "field": event.field,
                "from": event.old_value,
                "to": event.new_value,
            }
            for event in _all(session, AuditEvent)
        ]
    return data


def dump_json(ws: Workspace) -> str:
    """`dump` as text: indented, non-ASCII characters written as themselves."""
    return json.dumps(dump(ws), indent=2, ensure_ascii=False)


def _all(session: Session, model: type) -> Iterable[Any]:
    return session.exec(select(model).order_by(model.id))


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _dump_source(row: Source) -> dict[str, Any]:
    return {
        "id": row.id, "title": row.title, "kind": row.kind, "outlet": row.outlet, "author": row.author,
        "url": row.url, "published": _iso(row.published), "language": row.language, "text": row.text,
    }  # fmt: skip


def _dump_claim(
    row: Claim, tags: list[str], ratings: dict[int, Rating], external: list[publication.External]
) -> dict[str, Any]:
    return {
        "id": row.id, "source": row.source_id, "quote": row.quote, "start": row.start, "end": row.end,
        "statement": row.statement, "claimant": row.claimant_id, "claimed_on": _iso(row.claimed_on),
        "tags": tags, "status": row.status,
        "rating": ratings[row.rating_id].label if row.rating_id is not None else None,
        "summary": row.summary, "rationale": row.rationale,
        "review_url": row.review_url, "appearance_url": row.appearance_url,
        "appearance_date": _iso(row.appearance_date),
        "external_verdicts": [v.as_json() for v in external],
    }  # fmt: skip


def _dump_evidence(row: Evidence, files: list[dict[str, Any]]) -> dict[str, Any]:
    data = {
        "id": row.id, "title": row.title, "kind": row.kind, "url": row.url, "publisher": row.publisher,
        "published": _iso(row.published), "accessed": _iso(row.accessed), "excerpt": row.excerpt, "note": row.note,
    }  # fmt: skip
    if files:
        data["attachments"] = files
    return data


def _dump_attachment(row: Attachment) -> dict[str, Any]:
    """What an attachment is, not its bytes: a load finds the bytes by `file` or by `sha256`."""
    captured = row.captured_at if row.captured_at.tzinfo else row.captured_at.replace(tzinfo=UTC)
    return {
        "name": row.name, "sha256": row.sha256, "size": row.size, "media_type": row.media_type,
        "captured": captured.isoformat(), "url": row.url, "analyst": row.analyst,
    }  # fmt: skip


def _dump_scale(session: Session) -> dict[str, Any] | None:
    """The default rating scale, for readers of the file (a load reads only the labels on claims)."""
    try:
        scale = catalog.default_scale(session)
    except ValidationError:
        return None
    rows = session.exec(select(Rating).where(Rating.scale_id == scale.id).order_by(Rating.position))
    return {
        "name": scale.name,
        "ratings": [
            {
                "label": r.label,
                "label_uk": r.label_uk,
                "description": r.description,
                "description_uk": r.description_uk,
                "colour": r.colour,
                "value": r.value,
            }
            for r in rows
        ],
    }


# -- load: what it adds ------------------------------------------------------------------------


@dataclass(frozen=True)
class LoadSummary:
    """How many rows a load added (actors and tags: only the new ones; existing ones are reused)."""

    sources: int = 0
    actors: int = 0
    claims: int = 0
    evidence: int = 0
    links: int = 0
    tags: int = 0
    attachments: int = 0
    #: attachments listed by hash only (as `dump` writes them) whose bytes this workspace does not hold
    attachments_skipped: int = 0

    def describe(self, target: str, *, created: bool = False) -> str:
        """One line for the user, e.g. "Added 1 source, 5 claims, 4 pieces of evidence and 6 links to x"."""
        parts = [
            _count(n, one, many)
            for n, one, many in (
                (self.sources, "source", "sources"),
                (self.claims, "claim", "claims"),
                (self.evidence, "piece of evidence", "pieces of evidence"),
                (self.links, "link", "links"),
            )
            if n
        ]
        if not parts and self.actors:
            parts = [_count(self.actors, "claimant", "claimants")]
        head = f"Created {target}" if created else ""
        if not parts:
            return f"{head}; the file held nothing to add." if created else f"Nothing to add; {target} is unchanged."
        if self.attachments:
            parts.insert(len(parts) - 1 if len(parts) > 1 else 1, _count(self.attachments, "attachment", "attachments"))
        added = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
        line = f"{head} and added {added}." if created else f"Added {added} to {target}."
        if self.attachments_skipped:
            line += (
                f" {_count(self.attachments_skipped, 'attachment was', 'attachments were')} listed without a file "
                "(a dump names attachments but does not carry their bytes) and not added."
            )
        return line


def _count(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"


# -- load: checking ----------------------------------------------------------------------------


def _kind_of(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _show(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _Item:
    """One entry of a section, read field by field; every refusal names the entry."""

    def __init__(self, section: str, index: int, data: Any) -> None:
        self.label = f"{section}[{index}]"
        if not isinstance(data, dict):
            self.fail(f"must be an object, not {_kind_of(data)}")
        self.data = data

    def fail(self, message: str) -> NoReturn:
        raise ValidationError(f"{self.label}: {message}.")

    def raw(self, key: str, *, required: bool = False) -> Any:
        value = self.data.get(key)
        if value is None and required:
            self.fail(f'"{key}" is missing' if key not in self.data else f'"{key}" cannot be null')
        return value

    def ident(self, key: str = "id", *, required: bool = True) -> str | None:
        """An id or a reference to one: a text or a whole number; 1 and "1" name the same item."""
        value = self.raw(key, required=required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | str) or value == "":
            self.fail(f'"{key}" must be a non-empty text or a whole number, not {_show(value)}')
        return str(value)

    def text(self, key: str, *, required: bool = False, limit: int = 2000, strip: bool = True) -> str:
        value = self.raw(key, required=required)
        if value is None:
            return ""
        value = self.string(value, f'"{key}"')
        if strip:
            value = value.strip()
        if required and not value.strip():
            self.fail(f'"{key}" cannot be empty')
        if len(value) > limit:
            self.fail(f'"{key}" is longer than {limit:,} characters')
        return value

    def string(self, value: Any, what: str) -> str:
        """`value` if it is a text SQLite can store (JSON can smuggle in unpaired surrogates)."""
        if not isinstance(value, str):
            self.fail(f"{what} must be a text, not {_kind_of(value)}")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            self.fail(f"{what} holds a broken character ({_show(value[exc.start])}) at position {exc.start}")
        return value

    def integer(self, key: str) -> int:
        value = self.raw(key, required=True)
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(f'"{key}" must be a whole number, not {_show(value)}')
        return value

    def date(self, key: str) -> date | None:
        value = self.raw(key)
        if value is None or value == "":
            return None
        if isinstance(value, str):
            try:
                return date.fromisoformat(value.strip())
            except ValueError:
                try:
                    return datetime.fromisoformat(value.strip()).date()
                except ValueError:
                    pass
        self.fail(f'"{key}" must be an ISO 8601 date such as "2023-07-09", not {_show(value)}')

    def choice(self, key: str, allowed: type[StrEnum], default: StrEnum) -> str:
        value = self.raw(key)
        if value is None:
            return default.value
        values = [member.value for member in allowed]
        if value not in values:
            self.fail(f'"{key}" must be one of {", ".join(values)}, not {_show(value)}')
        return value

    def checked(self, clean: Any, *args: Any) -> Any:
        """Run a service's cleaning helper, putting this item's name on its refusal."""
        try:
            return clean(*args)
        except ValidationError as exc:
            message = str(exc).rstrip(".")
            if message.split(" ", 1)[0] in ("The", "A"):  # "The URL must be text" -> "...: the URL must be text"
                message = message[0].lower() + message[1:]
            self.fail(message)


class _Ids:
    """The ids of one section: unique, and references to them must resolve."""

    def __init__(self, what: str) -> None:
        self.what = what
        self.labels: dict[str, str] = {}

    def add(self, item: _Item) -> str:
        """Register the item's id (and name the item by it from now on)."""
        key, where = item.ident("id"), item.label
        item.label += f" (id {_show(item.data['id'])})"
        if key in self.labels:
            item.fail(f"the id {_show(item.data['id'])} is already used by {self.labels[key]}")
        self.labels[key] = where
        return key

    def ref(self, item: _Item, key: str, *, required: bool = True) -> str | None:
        ref = item.ident(key, required=required)
        if ref is not None and ref not in self.labels:
            item.fail(f"there is no {self.what} with the id {_show(item.data[key])} in the file")
        return ref


@dataclass
class _Plan:
    """A checked file: the rows to insert, keyed by the file's ids; ratings still as labels."""

    sources: dict[str, dict[str, Any]] = field(default_factory=dict)  # column values, text as in the file
    actors: dict[str, tuple[str, str]] = field(default_factory=dict)  # name, role
    evidence: dict[str, dict[str, Any]] = field(default_factory=dict)
    attachments: dict[str, list[_FilePlan]] = field(default_factory=dict)  # by evidence key
    claims: dict[str, _ClaimPlan] = field(default_factory=dict)
    links: list[tuple[str, str, str, str]] = field(default_factory=list)
    relations: list[dict[str, Any]] = field(default_factory=list)  # claim and other as file keys
    tag_titles: dict[str, str] = field(default_factory=dict)  # a tag's name (folded) -> its display title
    rating_words: dict[str, tuple[str, str]] = field(default_factory=dict)  # label (folded) -> Ukrainian words
    same_as: dict[str, str] = field(default_factory=dict)  # actor key -> its sameAs URLs, one a line (0010)
    organisation: publication.Organisation | None = None  # (0010)


@dataclass
class _FilePlan:
    label: str
    path: Path | None  # None: named by `sha256` only (a dump's listing)
    sha256: str | None
    name: str
    captured: datetime | None
    url: str


@dataclass
class _ClaimPlan:
    label: str
    source: str
    start: int
    end: int
    claimant: str | None
    rating: str | None
    tags: list[str]
    values: dict[str, Any]
    external: list[publication.External] = field(default_factory=list)  # other fact-checkers' verdicts (0010)


def check(data: Any, base: Path | None = None) -> _Plan:
    """Check a parsed file completely, without touching any workspace; refuse the first problem.

    `base` is the folder of the JSON file, against which attachments' `file` paths are read; None
    (data that came from no file, e.g. standard input) refuses attachments with files."""
    if not isinstance(data, dict):
        raise ValidationError(
            f"The file holds {_kind_of(data)}, not a Factdesk workspace export "
            f'(a JSON object with "format": "{FORMAT}").'
        )
    if data.get("format") != FORMAT:
        found = "has no" if "format" not in data else f"has {_show(data['format'])} as its"
        raise ValidationError(f'This is not a Factdesk workspace export: it {found} "format" (expected "{FORMAT}").')
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ValidationError(f'The "version" must be a whole number such as {VERSION}, not {_show(version)}.')
    if version > VERSION:
        raise ValidationError(
            f"The file is in version {version} of the format, written by a newer Factdesk; "
            f"this Factdesk reads version {VERSION}. Install the newer Factdesk to load it."
        )
    if version != VERSION:
        raise ValidationError(f"Version {version} of the format is not one Factdesk knows; it reads version {VERSION}.")
    sections = {}
    for name in SECTIONS:
        value = data.get(name)
        if value is not None and not isinstance(value, list):
            raise ValidationError(f'"{name}" must be a list, not {_kind_of(value)}.')
        sections[name] = [_Item(name, i, entry) for i, entry in enumerate(value or [])]

    plan = _Plan()
    source_ids, actor_ids, claim_ids, evidence_ids = _Ids("source"), _Ids("actor"), _Ids("claim"), _Ids("evidence")
    for item in sections["sources"]:
        key = source_ids.add(item)
        plan.sources[key] = _check_source(item)
    for item in sections["actors"]:
        key = actor_ids.add(item)
        plan.actors[key] = (item.text("name", required=True, limit=300), item.text("role", limit=300))
        same_as = item.raw("same_as")
        if same_as is not None and same_as != []:
            plan.same_as[key] = item.checked(publication.clean_same_as, same_as, '"same_as"')
    for item in sections["evidence"]:
        key = evidence_ids.add(item)
        plan.evidence[key] = _check_evidence(item)
        plan.attachments[key] = _check_attachments(item, base)
    for item in sections["claims"]:
        key = claim_ids.add(item)
        plan.claims[key] = _check_claim(item, plan, source_ids.ref(item, "source"), actor_ids)
    seen: dict[tuple[str, str], str] = {}
    for item in sections["links"]:
        claim, evidence = claim_ids.ref(item, "claim"), evidence_ids.ref(item, "evidence")
        where = item.label
        item.label += f" (claim {_show(item.data['claim'])}, evidence {_show(item.data['evidence'])})"
        if (claim, evidence) in seen:
            item.fail(f"this evidence is already linked to this claim by {seen[claim, evidence]}")
        seen[claim, evidence] = where
        stance = item.choice("stance", Stance, Stance.CONTEXT)
        plan.links.append((claim, evidence, stance, item.text("note", limit=10_000)))
    pairs: dict[frozenset[str], str] = {}
    for item in sections["relations"]:
        claim, other = claim_ids.ref(item, "claim"), claim_ids.ref(item, "other")
        where = item.label
        item.label += f" (claim {_show(item.data['claim'])}, other {_show(item.data['other'])})"
        if claim == other:
            item.fail("a claim cannot repeat itself")
        if frozenset((claim, other)) in pairs:
            item.fail(f"these two claims are already related by {pairs[frozenset((claim, other))]}")
        pairs[frozenset((claim, other))] = where
        score = item.integer("score") if item.raw("score") is not None else 0
        if not 0 <= score <= 100:
            item.fail(f'"score" must be from 0 to 100, not {score}')
        plan.relations.append(
            {
                "claim": claim,
                "other": other,
                "kind": item.choice("kind", RelationKind, RelationKind.REPEATS),
                "score": score,
                "created": _moment(item, "created"),
                "user": item.text("user", limit=300),
            }
        )
    _check_catalog(data, plan)
    _check_organisation(data, plan)
    return plan


def _check_organisation(data: dict[str, Any], plan: _Plan) -> None:
    """The optional top-level "organisation" (0010): given to the workspace where it has none."""
    org = data.get("organisation")
    if org is None:
        return
    item = _Item("organisation", 0, org)
    item.label = '"organisation"'
    parts = {name: item.text(name, limit=4000) for name in ("name", "url", "logo")}
    plan.organisation = item.checked(publication.clean_organisation, parts["name"], parts["url"], parts["logo"])


def _check_external(item: _Item) -> list[publication.External]:
    entries = item.raw("external_verdicts")
    entries = [] if entries is None else entries
    if not isinstance(entries, list):
        item.fail(f'"external_verdicts" must be a list of objects, not {_kind_of(entries)}')
    found = []
    for i, entry in enumerate(entries):
        sub = _Item(f'{item.label} "external_verdicts"', i, entry)
        found.append(
            publication.External(
                publisher=" ".join(sub.text("publisher", limit=300).split()),
                rating=" ".join(sub.text("rating", limit=1000).split()),
                url=sub.checked(publication.web_url, sub.text("url", limit=4000), '"url"'),
                reviewed_on=sub.date("date"),
                language=sub.text("language", limit=35),
            )
        )
        if not (found[-1].rating or found[-1].url):
            sub.fail('an external verdict needs a "rating" or a "url"')
    return found


def _check_catalog(data: dict[str, Any], plan: _Plan) -> None:
    """The optional "tags" (display titles) and the rating scale's Ukrainian words (0008 on);
    files written before them have neither and load as before."""
    tags = data.get("tags")
    if tags is not None:
        if not isinstance(tags, list):
            raise ValidationError(f'"tags" must be a list, not {_kind_of(tags)}.')
        for i, entry in enumerate(tags):
            if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
                raise ValidationError(f'"tags"[{i}] must be an object with a "name" (text), not {_show(entry)}.')
            title = entry.get("title", "")
            if not isinstance(title, str) or len(title) > 200:
                raise ValidationError(f'"tags"[{i}] "title" must be text of at most 200 characters.')
            if title.strip():
                plan.tag_titles[catalog.normalise_tag(entry["name"]).casefold()] = " ".join(title.split())
    scale = data.get("rating_scale")
    if isinstance(scale, dict) and isinstance(scale.get("ratings"), list):
        for i, entry in enumerate(scale["ratings"]):
            if not isinstance(entry, dict) or not isinstance(entry.get("label"), str):
                continue  # a reader's copy of the scale: only its Ukrainian words are taken
            words = entry.get("label_uk", ""), entry.get("description_uk", "")
            if not all(isinstance(w, str) for w in words):
                raise ValidationError(f'"rating_scale" rating {i + 1}: "label_uk" and "description_uk" must be text.')
            if words[0].strip():
                plan.rating_words[entry["label"].strip().casefold()] = (
                    " ".join(words[0].split())[:100],
                    " ".join(words[1].split())[:1000],
                )


def _check_source(item: _Item) -> dict[str, Any]:
    return dict(
        title=item.text("title", required=True, limit=1000),
        kind=item.choice("kind", SourceKind, SourceKind.ARTICLE),
        outlet=item.text("outlet"),
        author=item.text("author"),
        url=item.text("url"),
        published=item.date("published"),
        language=item.text("language"),
        # as in the file: claims' offsets count in this text; _insert normalises line endings
        text=item.text("text", required=True, limit=MAX_TEXT_CHARS, strip=False),
    )


def _check_evidence(item: _Item) -> dict[str, Any]:
    return dict(
        title=item.text("title", required=True),
        kind=item.choice("kind", EvidenceKind, EvidenceKind.DOCUMENT),
        url=item.checked(clean_url, item.text("url", limit=4000)),
        publisher=item.text("publisher"),
        published=item.date("published"),
        accessed=item.date("accessed"),
        excerpt=item.text("excerpt", limit=100_000),
        note=item.text("note", limit=100_000),
    )


def _check_attachments(item: _Item, base: Path | None) -> list[_FilePlan]:
    entries = item.raw("attachments") or []
    if not isinstance(entries, list):
        item.fail(f'"attachments" must be a list of objects, not {_kind_of(entries)}')
    plans = []
    for i, entry in enumerate(entries):
        sub = _Item(f'{item.label} "attachments"', i, entry)
        url = sub.checked(clean_url, sub.text("url", limit=4000))
        captured = _moment(sub, "captured")
        sha = sub.text("sha256", limit=64).lower() or None
        if sha is not None and (len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha)):
            sub.fail(f'"sha256" must be 64 hexadecimal digits, not {_show(entry.get("sha256"))}')
        file = sub.text("file", limit=4000)
        if not file:
            if sha is None:
                sub.fail('"file" is missing: name the file to attach, relative to the JSON file')
            plans.append(_FilePlan(sub.label, None, sha, sub.text("name", limit=500), captured, url))
            continue
        if base is None:
            sub.fail(
                f'"file" names {_show(file)}, but this JSON came from no folder (standard input?), so the path '
                "cannot be read; load it from a file next to its attachments"
            )
        path = Path(file) if Path(file).is_absolute() else base / file
        if not path.is_file():
            sub.fail(f"there is no file {_show(file)} next to the JSON file ({path})" if not path.exists() else
                     f"{_show(file)} is not a file")  # fmt: skip
        plans.append(_FilePlan(sub.label, path, sha, sub.text("name", limit=500) or path.name, captured, url))
    return plans


def _moment(item: _Item, key: str) -> datetime | None:
    value = item.raw(key)
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value.strip())
        except ValueError:
            pass
        else:
            return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    item.fail(f'"{key}" must be an ISO 8601 date and time such as "2023-07-09T18:30:00Z", not {_show(value)}')


def _check_claim(item: _Item, plan: _Plan, source: str, actor_ids: _Ids) -> _ClaimPlan:
    text = plan.sources[source]["text"]
    quote = item.text("quote", required=True, limit=MAX_QUOTE_CHARS, strip=False)
    start, end = item.integer("start"), item.integer("end")
    if not (0 <= start < end <= len(text) and text[start:end] == quote):
        elsewhere = text.find(quote)
        hint = f" (it is at {elsewhere}–{elsewhere + len(quote)})" if elsewhere != -1 else ""
        item.fail(f'the quote "{_short(quote)}" is not at {start}–{end} in source {_show(item.data["source"])}{hint}')
    tags = item.raw("tags") or []
    if not isinstance(tags, list):
        item.fail(f'"tags" must be a list of texts, not {_kind_of(tags)}')
    tags = [item.string(tag, f'"tags"[{i}]') for i, tag in enumerate(tags)]
    rating = item.raw("rating")
    if rating is not None:
        rating = item.string(rating, '"rating" (the label of a rating, such as "False")')
    return _ClaimPlan(
        label=item.label,
        source=source,
        start=start,
        end=end,
        claimant=actor_ids.ref(item, "claimant", required=False),
        rating=rating.strip() if rating and rating.strip() else None,
        tags=[item.checked(catalog.normalise_tag, tag) for tag in tags],
        values={
            "statement": item.text("statement", limit=100_000),
            "claimed_on": item.date("claimed_on"),
            "status": item.choice("status", ClaimStatus, ClaimStatus.NEW),
            "summary": " ".join(item.text("summary", limit=1000).split()),
            "rationale": item.text("rationale", limit=100_000),
            "review_url": item.checked(publication.web_url, item.text("review_url", limit=4000), '"review_url"'),
            "appearance_url": item.checked(
                publication.web_url, item.text("appearance_url", limit=4000), '"appearance_url"'
            ),
            "appearance_date": item.date("appearance_date"),
        },
        external=_check_external(item),
    )


# -- load: writing -----------------------------------------------------------------------------


def load(ws: Workspace, data: Any, *, base: Path | None = None, limit: int | None = None) -> LoadSummary:
    """Add the contents of a parsed file to `ws`, all in one transaction, or refuse and add nothing.

    `base`: the JSON file's folder, for attachments' files; `limit`: the largest attachment (bytes)."""
    return _insert(ws, check(data, base), limit=limit)


def _insert(ws: Workspace, plan: _Plan, *, limit: int | None = None) -> LoadSummary:
    """Write a checked plan in one transaction, in bulk: one executemany per table (ids come back
    in order through RETURNING), never an ORM object and flush per row. The FTS and lemma
    triggers index each row as it goes in, as they do for rows the window adds."""
    from app.models import CustodyAction, CustodyEvent

    try:
        with ws.writing() as session:
            ratings = _ratings(session, plan)  # the last check; nothing has been written yet
            conn = session.connection()
            at = utcnow()
            source_rows = [values | {"text": normalise_text(values["text"])} for values in plan.sources.values()]
            source_ids = dict(zip(plan.sources, _bulk(conn, Source, source_rows), strict=True))
            source_text = {key: row["text"] for key, row in zip(plan.sources, source_rows, strict=True)}
            evidence_ids = dict(zip(plan.evidence, _bulk(conn, Evidence, list(plan.evidence.values())), strict=True))
            created = json.dumps({"loaded": True})
            _bulk(
                conn,
                CustodyEvent,
                [
                    _custody(ws.user, at, CustodyAction.CREATED, evidence_ids[key], values["title"], created)
                    for key, values in plan.evidence.items()
                ],
                ids=False,
            )
            attached, skipped = _insert_attachments(session, ws.user, plan, evidence_ids, at, limit)
            actor_ids, new_actors = _ensure_actors(session, plan)
            crlf = {key: _crlf_positions(values["text"]) for key, values in plan.sources.items()}
            claim_rows = []
            for c in plan.claims.values():
                # normalise_text turned each \r\n into \n: move the offsets back by the pairs before them
                pairs = crlf[c.source]
                start, end = c.start - bisect_left(pairs, c.start), c.end - bisect_left(pairs, c.end)
                anchor = select_quote(source_text[c.source], start, end)
                claim_rows.append(
                    {
                        "source_id": source_ids[c.source],
                        "quote": anchor.exact,
                        "start": start,
                        "end": end,
                        "prefix": anchor.prefix,
                        "suffix": anchor.suffix,
                        "claimant_id": actor_ids[c.claimant] if c.claimant is not None else None,
                        "rating_id": ratings[c.rating.casefold()].id if c.rating is not None else None,
                        "created_at": at,
                        "updated_at": at,
                        **c.values,
                    }
                )
            claim_ids = dict(zip(plan.claims, _bulk(conn, Claim, claim_rows), strict=True))
            _bulk(
                conn,
                ExternalVerdict,
                [row | {"created_at": at} for key, c in plan.claims.items()
                 for row in publication.external_rows(claim_ids[key], c.external)],
                ids=False,
            )  # fmt: skip
            _apply_publication(session, plan, actor_ids)
            tag_ids, new_tags = _ensure_tags(session, plan)
            _bulk(
                conn,
                ClaimTag,
                [
                    {"claim_id": claim_ids[key], "tag_id": tag_id}
                    for key, c in plan.claims.items()
                    # two spellings of one tag ("Straße", "STRASSE") tag a claim once
                    for tag_id in dict.fromkeys(tag_ids[name.casefold()] for name in c.tags if name)
                ],
                ids=False,
            )
            _apply_catalog(session, plan)
            positions: dict[str, int] = defaultdict(int)
            link_rows = []
            for claim, evidence_key, stance, note in plan.links:
                link_rows.append(
                    {
                        "claim_id": claim_ids[claim],
                        "evidence_id": evidence_ids[evidence_key],
                        "stance": stance,
                        "note": note,
                        "position": positions[claim],
                    }
                )
                positions[claim] += 1
            _bulk(conn, ClaimEvidence, link_rows, ids=False)
            _bulk(
                conn,
                ClaimRelation,
                [
                    {
                        "claim_id": claim_ids[rel["claim"]],
                        "other_claim_id": claim_ids[rel["other"]],
                        "kind": rel["kind"],
                        "score": rel["score"],
                        "user": rel["user"],
                        **({"created_at": rel["created"]} if rel["created"] is not None else {}),
                    }
                    for rel in plan.relations
                ],
                ids=False,
            )
    except SQLAlchemyError as exc:
        reason = getattr(exc, "orig", None) or exc
        raise WorkspaceError(f"{ws.path.name} could not be written, so nothing was added: {reason}.") from exc
    return LoadSummary(
        sources=len(plan.sources),
        actors=new_actors,
        claims=len(plan.claims),
        evidence=len(plan.evidence),
        links=len(plan.links),
        tags=len(new_tags),
        attachments=attached,
        attachments_skipped=skipped,
    )


def _bulk(conn: Any, model: type, rows: list[dict[str, Any]], *, ids: bool = True) -> list[int]:
    """Insert `rows` into `model`'s table with executemany; with `ids`, their new ids in row order.

    Column defaults (timestamps, empty texts) fill what a row leaves out, as they do for ORM adds.
    Rows are grouped by their keys, since one executemany binds the same columns for every row.
    Ids: inside the write transaction nothing else inserts, and SQLite gives each new row the
    largest id so far + 1 (AUTOINCREMENT: never one used before), so an executemany of k rows
    takes the k ids ending at the table's largest; a count makes sure of it."""
    if not rows:
        return []
    table = model.__table__  # type: ignore[attr-defined]
    found: list[int] = [0] * len(rows)
    for group in _by_keys(rows):
        conn.execute(insert(table), [row for _, row in group])
        if ids:
            last = conn.execute(select(func.max(table.c.id))).scalar_one()
            first = last - len(group) + 1
            if conn.execute(select(func.count()).where(table.c.id >= first)).scalar_one() != len(group):
                raise WorkspaceError(f"The new rows of {table.name} did not get consecutive ids; nothing was added.")
            for (index, _), new_id in zip(group, range(first, last + 1), strict=True):
                found[index] = new_id
    return found if ids else []


def _by_keys(rows: list[dict[str, Any]]) -> list[list[tuple[int, dict[str, Any]]]]:
    """`rows` with their places, grouped by the columns they name (in the order first met)."""
    groups: dict[tuple[str, ...], list[tuple[int, dict[str, Any]]]] = {}
    for index, row in enumerate(rows):
        groups.setdefault(tuple(row), []).append((index, row))
    return list(groups.values())


def _custody(user: str, at: datetime, action: str, evidence_id: int, title: str, detail: str, **more: Any) -> dict:
    return {
        "at": at,
        "user": user,
        "action": str(action),
        "evidence_id": evidence_id,
        "evidence_title": title,
        "attachment_id": more.get("attachment_id"),
        "sha256": more.get("sha256"),
        "detail": detail,
    }


def _ensure_actors(session: Session, plan: _Plan) -> tuple[dict[str, int], int]:
    """The file's actors by their key: existing ones (same name, case-insensitively) are reused and
    given the file's role when they have none; the rest are added. One select, one insert."""
    if not plan.actors:
        return {}, 0
    wanted = {key: (clean_text(name, msg("The claimant's name"), required=True, limit=300),
                    clean_text(role, msg("The claimant's role"), limit=300))
              for key, (name, role) in plan.actors.items()}  # fmt: skip
    folded = {name.casefold() for name, _ in wanted.values()}
    existing: dict[str, Actor] = {}
    for actor in session.exec(select(Actor)):
        key = actor.name.casefold()
        if key in folded:
            existing.setdefault(key, actor)
    new: dict[str, dict[str, Any]] = {}
    for name, role in wanted.values():
        fold = name.casefold()
        actor = existing.get(fold)
        if actor is not None:
            if role and not actor.role:
                actor.role = role
        elif fold in new:
            if role and not new[fold]["role"]:
                new[fold]["role"] = role
        else:
            new[fold] = {"name": name, "role": role}
    ids = {fold: actor.id for fold, actor in existing.items()}
    session.flush()  # the roles given to existing actors
    ids |= dict(zip(new, _bulk(session.connection(), Actor, list(new.values())), strict=True))
    return {key: ids[name.casefold()] for key, (name, _) in wanted.items()}, len(new)


def _ensure_tags(session: Session, plan: _Plan) -> tuple[dict[str, int], set[int]]:
    """Every tag the claims use, by folded name, and the ids of the ones added (one call for all)."""
    names = list(dict.fromkeys(name for c in plan.claims.values() for name in c.tags if name))
    if not names:
        return {}, set()
    tags, created = catalog.ensure_tags(session, names)
    return {tag.name.casefold(): tag.id for tag in tags}, created


def _insert_attachments(
    session: Session, user: str, plan: _Plan, evidence_ids: dict[str, int], at: datetime, limit: int | None
) -> tuple[int, int]:
    """Attachments of the new evidence: files are stored (one by one: each is read and hashed),
    ones named by hash only are added when the workspace holds their bytes (one select); then one
    insert of the rows and one of their custody entries. Returns (attached, skipped)."""
    from app.models import Blob, CustodyAction, CustodyEvent
    from app.services import attachments as files
    from app.services import custody

    if not any(plan.attachments.values()):
        return 0, 0
    hashes = [f.sha256 for entries in plan.attachments.values() for f in entries if f.path is None]
    blobs: dict[str, Any] = {}
    for start in range(0, len(hashes), _IN_CHUNK):
        chunk = hashes[start : start + _IN_CHUNK]
        for blob in session.exec(select(Blob).where(col(Blob.sha256).in_(chunk))):
            blobs[blob.sha256] = blob
    rows, details, skipped = [], [], 0
    for key, entries in plan.attachments.items():
        seen: dict[str, str] = {}
        title = plan.evidence[key]["title"]
        for f in entries:
            if f.path is None:
                blob = blobs.get(f.sha256)
                if blob is None:
                    skipped += 1
                    continue
                stored = files.Stored(blob.sha256, blob.size, blob.media_type, new=False)
            else:
                try:
                    stored = files.store_file(session, f.path, limit=limit or files.DEFAULT_LIMIT)
                except ValidationError as exc:
                    raise ValidationError(f"{f.label}: {exc}") from exc
                if f.sha256 is not None and stored.sha256 != f.sha256:
                    raise ValidationError(
                        f'{f.label}: {f.path.name} does not match its "sha256" (the file\'s is {stored.sha256}).'
                    )
            try:
                name = files._clean_name(f.name or (f.path.name if f.path else "attachment"))
                url = clean_url(f.url)
            except ValidationError as exc:
                raise ValidationError(f"{f.label}: {exc}") from exc
            if stored.sha256 in seen:
                raise ValidationError(f"{f.label}: {name} is already attached to “{title}” (as {seen[stored.sha256]}).")
            seen[stored.sha256] = name
            captured = files._aware(f.captured)
            rows.append(
                {
                    "evidence_id": evidence_ids[key],
                    "sha256": stored.sha256,
                    "name": name,
                    "size": stored.size,
                    "media_type": stored.media_type,
                    "captured_at": captured,
                    "url": url,
                    "analyst": user,
                    "position": len(seen) - 1,
                    "created_at": at,
                }
            )
            details.append((title, stored))
    session.flush()  # the blobs store_file added
    ids = _bulk(session.connection(), Attachment, rows)
    entries = []
    for row, new_id, (title, stored) in zip(rows, ids, details, strict=True):
        detail = custody._plain({
            "name": row["name"],
            "size": row["size"],
            "media_type": row["media_type"],
            "captured_at": row["captured_at"],
            "url": row["url"],
            "deduplicated": not stored.new,
        })  # fmt: skip
        entries.append(
            _custody(user, at, CustodyAction.ATTACHED, row["evidence_id"], title,
                     json.dumps(detail, ensure_ascii=False, sort_keys=True), attachment_id=new_id, sha256=row["sha256"])
        )  # fmt: skip
    _bulk(session.connection(), CustodyEvent, entries, ids=False)
    return len(rows), skipped


#: ids per `IN (…)` list, below SQLite's limit of bound parameters
_IN_CHUNK = 900


def _apply_catalog(session: Session, plan: _Plan) -> None:
    """Titles for tags that have none, Ukrainian words for default-scale ratings that have none:
    a load adds, it never overwrites what the workspace says."""
    if plan.tag_titles:
        for tag in session.exec(select(Tag).where(Tag.title == "")):
            title = plan.tag_titles.get(tag.name.casefold())
            if title:
                tag.title = title
    if plan.rating_words:
        scale = catalog.default_scale(session)
        for rating in session.exec(select(Rating).where(Rating.scale_id == scale.id, Rating.label_uk == "")):
            words = plan.rating_words.get(rating.label.casefold())
            if words:
                rating.label_uk, rating.description_uk = words


def _apply_publication(session: Session, plan: _Plan, actor_ids: dict[str, int]) -> None:
    """The organisation and claimants' sameAs links where the workspace has none (a load adds)."""
    if plan.organisation is not None and not plan.organisation.empty:
        publication.write_organisation(session, plan.organisation, only_empty=True)
    if plan.same_as:
        session.connection().execute(
            Actor.__table__.update()  # type: ignore[attr-defined]
            .where(Actor.__table__.c.id == bindparam("actor"), Actor.__table__.c.same_as == "")  # type: ignore[attr-defined]
            .values(same_as=bindparam("links")),
            [{"actor": actor_ids[key], "links": links} for key, links in plan.same_as.items()],
        )


def _crlf_positions(text: str) -> list[int]:
    positions, at = [], text.find("\r\n")
    while at != -1:
        positions.append(at)
        at = text.find("\r\n", at + 2)
    return positions


def _ratings(session: Session, plan: _Plan) -> dict[str, Rating]:
    """The default scale's rating for each label the claims use (case-insensitively)."""
    found: dict[str, Rating] = {}
    for c in plan.claims.values():
        if c.rating is not None and c.rating.casefold() not in found:
            try:
                found[c.rating.casefold()] = catalog.rating_by_label(session, c.rating)
            except ValidationError as exc:
                raise ValidationError(f"{c.label}: {exc}") from exc
    return found


# -- files -------------------------------------------------------------------------------------


def read_json(file: str | Path) -> Any:
    """Parse a JSON file, turning every way it can fail into a ValidationError with a message."""
    file = Path(file)
    try:
        if file.is_dir():
            raise ValidationError(f"{file} is a folder, not a JSON file.")
        size = file.stat().st_size
        if size > MAX_JSON_BYTES:
            raise ValidationError(
                f"{file.name} is {size / 2**20:,.0f} MB; Factdesk loads JSON files of up to "
                f"{MAX_JSON_BYTES // 2**20:,} MB."
            )
        raw = file.read_bytes()
    except FileNotFoundError as exc:
        raise ValidationError(f"There is no file at {file}.") from exc
    except OSError as exc:
        raise ValidationError(f"{file} cannot be read: {exc.strerror or exc}.") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationError(f"{file.name} is not UTF-8 text (byte {exc.start:,} cannot be read as UTF-8).") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            f"{file.name} is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}."
        ) from exc
    except (ValueError, RecursionError) as exc:  # e.g. a number with too many digits, nesting too deep
        raise ValidationError(f"{file.name} cannot be read as JSON: {exc}.") from exc


def load_path(
    path: str | Path, data: Any, *, new: bool = False, base: Path | None = None, limit: int | None = None
) -> tuple[LoadSummary, bool]:
    """Load `data` into the workspace at `path`, created if missing (with `new`, it must be missing).

    Returns the summary and whether the workspace was created. The data is checked before the
    workspace is touched; a workspace created here is removed again if the load fails.
    """
    path = Path(path)
    plan = check(data, base)
    created = new or not path.exists()
    ws = Workspace.create(path) if created else Workspace.open(path, defer_check=True)
    try:
        with ws:
            return _insert(ws, plan, limit=limit), created
    except BaseException:
        if created:
            for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                leftover.unlink(missing_ok=True)
        raise


def load_file(path: str | Path, file: str | Path, *, limit: int | None = None) -> str:
    """`factdesk load`: add a JSON file to the workspace at `path` (created if missing); a line to print."""
    path, file = Path(path), Path(file)
    if path.suffix.lower() == ".json" and file.suffix.lower() == ".factdesk":
        raise ValidationError(f"Name the workspace first, then the JSON file: factdesk load {file} {path}")
    summary, created = load_path(path, read_json(file), base=file.absolute().parent, limit=limit)
    return summary.describe(str(path), created=created)
