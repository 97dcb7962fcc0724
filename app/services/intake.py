"""Importing files and pastes as sources, with their originals kept; suggested sentences to check.

Each import is one write transaction: the original's blob and the new source together, or
nothing. A file is read (and refused, if it must be) before the transaction starts, so a
refused file changes nothing and a slow PDF never holds the workspace's write lock.
The same bytes imported again are found by their SHA-256: the existing source is returned
(`created=False`, `duplicate_of`) unless the caller asks for another copy.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlmodel import select

from app.changes import SOURCE, Changes
from app.errors import ValidationError
from app.intake import IntakeResult, read_file, read_text
from app.intake.suggest import Suggestion, suggest
from app.messages import msg
from app.models import Blob, DismissedSuggestion, Source
from app.services import sources as source_service
from app.services._common import fetch
from app.workspace import Workspace


@dataclass(frozen=True)
class ImportOutcome:
    """What an import did: the source it made (or found), and what was read."""

    source_id: int
    created: bool
    duplicate_of: int | None
    title: str
    summary: dict[str, Any]
    warnings: tuple[str, ...] = ()
    changes: Changes = field(default_factory=Changes)


def import_file(
    ws: Workspace,
    path: str | Path,
    *,
    overrides: dict[str, Any] | None = None,
    allow_duplicate: bool = False,
    cancelled: Callable[[], bool] | None = None,
    password: str | None = None,
) -> ImportOutcome:
    """Read `path` and add it as a source. `overrides` replaces found metadata (title, kind,
    outlet, author, url, published, language); `password` opens a protected PDF. Raises
    ValidationError (nothing written) if refused; its subclass PasswordNeeded when a password is
    needed or the one given is wrong. A ClaimReview file (recognised by its content) becomes
    claims with other fact-checkers' verdicts (app.services.claimreview_import)."""
    review = _claimreview(path)
    if review is not None:
        from app.services.claimreview_import import import_parsed

        return import_parsed(ws, review, allow_duplicate=allow_duplicate)
    result = read_file(path, cancelled=cancelled, password=password)
    return import_result(ws, result, overrides=overrides, allow_duplicate=allow_duplicate)


def _claimreview(path: str | Path):
    """The file read as ClaimReview when its content is ClaimReview (JSON-LD, a DataFeed, a page
    with JSON-LD blocks, a Fact Check Tools API response); None for any other file."""
    from app.intake import claimreview

    path = Path(path)
    try:
        if not path.is_file() or path.stat().st_size > claimreview.MAX_BYTES:
            return None
        with path.open("rb") as file:
            head = file.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n")
        if not head.startswith((b"{", b"[", b"<")):
            return None
        data = path.read_bytes()
    except OSError:
        return None  # read_file says why the file cannot be read
    if head.startswith(b"<") and b"ld+json" not in data.lower():
        return None
    return claimreview.read(data, path.name)


def import_text(
    ws: Workspace,
    text: str,
    *,
    html: str | None = None,
    overrides: dict[str, Any] | None = None,
    allow_duplicate: bool = False,
) -> ImportOutcome:
    """A paste (plain text, and its rich form when the clipboard has one) as a source."""
    return import_result(ws, read_text(text, html=html), overrides=overrides, allow_duplicate=allow_duplicate)


def import_result(
    ws: Workspace, result: IntakeResult, *, overrides: dict[str, Any] | None = None, allow_duplicate: bool = False
) -> ImportOutcome:
    """Write a read file (an `IntakeResult`, e.g. shown in an import dialog first) as a source."""
    overrides = dict(overrides or {})
    unknown = set(overrides) - set(source_service.EDITABLE)
    if unknown:
        raise ValidationError(msg("A source has no field “{value}”.", value=sorted(unknown)[0]))
    found = {
        "title": result.title or result.name or "Untitled",
        "kind": result.kind,
        "outlet": result.outlet,
        "author": result.author,
        "url": result.url,
        "published": result.published,
        "language": result.language,
    }
    values = source_service._clean(found | overrides)
    if len(result.text) > source_service.MAX_TEXT_CHARS:
        raise ValidationError(msg(
            "The text is longer than {limit} characters.",
            limit=source_service.MAX_TEXT_CHARS,
        ))
    if not result.text.strip():
        empty = msg("{name} holds no text.", name=result.name) if result.name else msg("The text is empty.")
        raise ValidationError(empty)
    summary = result.summary()
    with ws.writing() as session:
        existing = session.exec(
            select(Source.id, Source.title).where(Source.original_sha256 == result.sha256).order_by(Source.id)
        ).first()
        if existing is not None and not allow_duplicate:
            return ImportOutcome(
                source_id=existing[0],
                created=False,
                duplicate_of=existing[0],
                title=existing[1],
                summary=summary,
                warnings=result.warnings,
            )
        if session.get(Blob, result.sha256) is None:
            original = result.original
            session.add(Blob(sha256=result.sha256, size=len(original), media_type=result.media_type, data=original))
            session.flush()
        source = Source(
            text=source_service.normalise_text(result.text),
            original_sha256=result.sha256,
            original_name=result.name,
            layout=json.dumps([list(p) for p in result.paragraphs if p.style != "p"], ensure_ascii=False),
            **values,
        )
        session.add(source)
        session.flush()
        return ImportOutcome(
            source_id=source.id,
            created=True,
            duplicate_of=existing[0] if existing is not None else None,
            title=source.title,
            summary=summary,
            warnings=result.warnings,
            changes=Changes(subject=source.id).create(SOURCE, source.id),
        )


def source_for_original(ws: Workspace, sha256: str) -> int | None:
    """The first source imported from the file with this SHA-256, if any."""
    with ws.reading() as session:
        return session.exec(select(Source.id).where(Source.original_sha256 == sha256).order_by(Source.id)).first()


@dataclass(frozen=True)
class Original:
    name: str
    media_type: str
    sha256: str
    data: bytes


def original_of(ws: Workspace, source_id: int) -> Original | None:
    """The file a source was imported from, byte for byte (None for typed or pasted-in-form text)."""
    with ws.reading() as session:
        source = fetch(session, Source, source_id, "source")
        if not source.original_sha256:
            return None
        blob = session.get(Blob, source.original_sha256)
        if blob is None:
            return None
        return Original(source.original_name, blob.media_type, blob.sha256, blob.data)


# -- suggestions ---------------------------------------------------------------------------------


def suggestions_for(ws: Workspace, source_id: int, top: int = 15) -> list[Suggestion]:
    """The sentences of a source most worth checking, best first, leaving out those dismissed
    and those a claim already covers."""
    with ws.reading() as session:
        source = fetch(session, Source, source_id, "source")
        text, language = source.text, source.language
    return pick_suggestions(ws, source_id, text, rank_sentences(text, language), top=top)


def pick_suggestions(
    ws: Workspace,
    source_id: int,
    text: str,
    ranked: list[Suggestion],
    top: int = 15,
    *,
    spans: list[source_service.Span] | None = None,
) -> list[Suggestion]:
    """The first `top` of a source's full ranking (`rank_sentences` of its `text`) that are
    neither dismissed nor covered by a claim. Ranking takes about a second per 800,000
    characters, so a caller showing the same source again keeps the ranking and calls this;
    `spans` are the source's claim spans (`claim_spans`) when the caller has just read them."""
    with ws.reading() as session:
        dismissed = [
            (row.start, row.end)
            for row in session.exec(select(DismissedSuggestion).where(DismissedSuggestion.source_id == source_id))
        ]
    if spans is None:
        spans = source_service.claim_spans(ws, source_id, text=text)
    claimed = [(span.start, span.end) for span in spans]
    kept = []
    for item in ranked:
        if any(_overlaps(item.start, item.end, s, e) for s, e in claimed):
            continue
        if any(_mostly_same(item.start, item.end, s, e) for s, e in dismissed):
            continue
        kept.append(item)
        if len(kept) >= top:
            break
    return kept


def rank_sentences(text: str, language: str | None) -> list[Suggestion]:
    """Every sentence of `text` worth suggesting, best first (pure: safe on any thread)."""
    return suggest(text, language or "", top=None)


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _mostly_same(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Spans sharing more than half of the shorter one (a dismissal survives small changes in splitting)."""
    shared = min(a_end, b_end) - max(a_start, b_start)
    return shared > 0 and shared * 2 > min(a_end - a_start, b_end - b_start)


def dismiss_suggestion(ws: Workspace, source_id: int, start: int, end: int) -> Changes:
    """Remember that the sentence at start–end of a source is not worth suggesting again."""
    with ws.writing() as session:
        source = fetch(session, Source, source_id, "source")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(source.text)):
            raise ValidationError(msg(
                "The span {start}–{end} is not inside the source's text.",
                start=start,
                end=end,
            ))
        if session.get(DismissedSuggestion, (source_id, start, end)) is None:
            session.add(DismissedSuggestion(source_id=source_id, start=start, end=end))
        return Changes(subject=source_id, previous={"dismissed": (start, end)}).update(SOURCE, source_id)


def restore_suggestion(ws: Workspace, source_id: int, start: int, end: int) -> Changes:
    """Undo a dismissal."""
    with ws.writing() as session:
        row = session.get(DismissedSuggestion, (source_id, start, end))
        if row is not None:
            session.delete(row)
        return Changes(subject=source_id).update(SOURCE, source_id)
