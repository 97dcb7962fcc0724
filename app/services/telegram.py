"""Importing a Telegram export: each post of the chosen channel a source, in batches.

Posts are read one at a time (app.intake.telegram), kept if the `Selection` wants them, checked
against the workspace in bulk by their key ("telegram:<chat id>:<message id>", or the channel's
title for an HTML export, which has no ids) and written with one Core `executemany` per batch of
`BATCH` posts, each batch its own transaction — the window stays usable and the write lock is
never held for minutes.

All or nothing: each batch records the ids it added (a contiguous range: ids are AUTOINCREMENT and
the batch holds the write lock); if reading fails midway (a truncated file) or the analyst
cancels, the ranges added so far are deleted again before the error goes up, so a refused or
cancelled export leaves the workspace as it was. Undo in the window deletes the same ranges
(`remove_posts`) and redo writes the rows back (`restore_posts`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select

from app.changes import SOURCE, Changes
from app.clock import utcnow
from app.errors import ValidationError, WorkspaceError
from app.intake import telegram
from app.intake.language import detect_language
from app.intake.result import Cancelled
from app.messages import msg
from app.models import Source, SourceKind
from app.services.sources import normalise_text
from app.workspace import Workspace

BATCH = 5000
_IN = 500  # keys per "IN (…)" look-up
TITLE_CHARS = 120
_TABLE = Source.__table__


@dataclass
class TelegramOutcome:
    """What an import of an export did."""

    file: str
    channel: str
    added: int = 0
    already: int = 0  # in the workspace before (same key)
    filtered: int = 0  # outside the date range or without the keyword
    skipped: int = 0  # service messages and empty posts
    edited_since: int = 0  # in already, edited in Telegram after that import (kept as first imported)
    ranges: list[tuple[int, int]] = field(default_factory=list)  # ids added, first..last
    warnings: list[str] = field(default_factory=list)

    def ids(self) -> Iterator[int]:
        for first, last in self.ranges:
            yield from range(first, last + 1)

    def changes(self) -> Changes:
        return Changes().create(SOURCE, *self.ids())


def channel_choices(
    path: str | Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[telegram.Chat]:
    """The channels of a full-account export (others' chats left out), or the one chat of a
    single-chat export; HTML exports hold one chat. A full-account export is read through once
    (`progress` gets bytes read and the file's size)."""
    path = Path(path)
    if telegram.probe(path) == "html":
        return [telegram.Chat(telegram.html_chat_name(path) or path.name, "public_channel", None)]
    file = path / "result.json" if path.is_dir() else path
    total = file.stat().st_size
    chats = telegram.list_chats(path, on_read=lambda done: _report(progress, done, total), cancelled=cancelled)
    if len(chats) == 1 and not chats[0].section:
        return chats
    return [chat for chat in chats if chat.is_channel]


def pick_channel(chats: list[telegram.Chat], wanted: str | None, file_name: str) -> telegram.Chat:
    """The chat named (or numbered by its id) `wanted`; the only one when there is one."""
    if wanted:
        key = wanted.strip().lstrip("@").casefold()
        for chat in chats:
            if chat.name.casefold() == key or (chat.id is not None and str(chat.id) == key):
                return chat
        raise ValidationError(
            msg(
                "{name} has no channel “{channel}”. Its channels: {names}",
                name=file_name,
                channel=wanted,
                names=", ".join(chat.name for chat in chats) or "—",
            )
        )
    if len(chats) == 1:
        return chats[0]
    if not chats:
        raise ValidationError(msg("{name} holds no channel to import.", name=file_name))
    raise ValidationError(
        msg(
            "{name} is a full-account export: choose a channel to import. Its channels: {names}",
            name=file_name,
            names=", ".join(chat.name for chat in chats),
        )
    )


def import_export(
    ws: Workspace,
    path: str | Path,
    *,
    selection: telegram.Selection | None = None,
    channel: str | telegram.Chat | None = None,
    handle: str = "",
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    batch_size: int = BATCH,
) -> TelegramOutcome:
    """Import the posts of one channel of the export at `path` (a result.json, a folder, or a
    messages*.html) as sources. `channel` chooses in a full-account export; `handle` (the
    channel's @username, which exports do not hold) gives each post its t.me link. `progress`
    gets (bytes read, bytes in all). Raises ValidationError (TelegramError) for an export that
    cannot be read, and Cancelled; either way nothing stays written."""
    path = Path(path)
    kind = telegram.probe(path)
    if not kind:
        raise ValidationError(msg("{name} is not a Telegram export.", name=path.name))
    if ws.read_only:
        raise WorkspaceError(msg("{name} is open read-only; changes cannot be saved.", name=ws.path.name))
    if kind == "html" and path.is_file() and path.name == "messages.html":
        path = path.parent  # the whole export: messages.html, messages2.html, …
    selection = selection or telegram.Selection()
    handle = handle.strip().lstrip("@").removeprefix("https://t.me/").strip("/")
    if kind == "json":
        file = path / "result.json" if path.is_dir() else path
        chat = (
            channel if isinstance(channel, telegram.Chat) else pick_channel(channel_choices(path), channel, file.name)
        )
        total = file.stat().st_size
        items = telegram.json_messages(path, chat, on_read=lambda done: _report(progress, done, total))
        posts: Iterator[telegram.Post | None] = (telegram.post_from_json(item) for item in items)
        name, chat_key = chat.name, f"{chat.id}" if chat.id is not None else f"name:{chat.name}"
    else:
        files = telegram.html_files(path)
        total = sum(f.stat().st_size for f in files)
        file = path
        name = telegram.html_chat_name(path) or path.name
        chat_key = f"name:{name}"
        posts = telegram.html_posts(path, on_read=lambda done: _report(progress, done, total))
    outcome = TelegramOutcome(file=file.name, channel=name)
    outlet = f"{name} (Telegram @{handle})" if handle else f"{name} (Telegram)"
    language: str | None = None
    seen: set[str] = set()
    pending: list[dict[str, Any]] = []
    local_times = False
    try:
        for post in posts:
            telegram.check_cancel(cancelled)
            if post is None or not post.text.strip():
                outcome.skipped += 1
                continue
            if not selection.wants(post):
                outcome.filtered += 1
                continue
            key = f"telegram:{chat_key}:{post.id}"
            if key in seen:
                outcome.already += 1
                continue
            seen.add(key)
            if language is None:
                language = detect_language(post.text)
            if post.posted_at is not None and post.posted_at.tzinfo is None:
                local_times = True
            if post.author == name:  # HTML names each channel post's sender: the channel itself, not an author
                post.author = ""
            pending.append(_row(post, key, outlet, handle, language, file.name))
            if len(pending) >= batch_size:
                _write(ws, pending, outcome)
                pending = []
        telegram.check_cancel(cancelled)
        if pending:
            _write(ws, pending, outcome)
    except (Exception, Cancelled):
        _remove(ws, outcome.ranges)
        raise
    if local_times:
        outcome.warnings.append(
            msg(
                "{name} gives times without a time zone (an old export): they are the exporting computer's local time.",
                name=file.name,
            )
        )
    if outcome.edited_since:
        outcome.warnings.append(
            msg(
                "Edited in Telegram since the last import: %n post(s). Each was kept as first imported, so the "
            "claims marked in it stay where they are.",
            n=outcome.edited_since,
            )
        )
    _report(progress, total, total)
    return outcome


def _report(progress: Callable[[int, int], None] | None, done: int, total: int) -> None:
    if progress is not None:
        progress(min(done, total), total)


def _row(post: telegram.Post, key: str, outlet: str, handle: str, language: str, file_name: str) -> dict[str, Any]:
    text = normalise_text(post.text)
    first_line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    title = first_line if len(first_line) <= TITLE_CHARS else first_line[: TITLE_CHARS - 1].rstrip() + "…"
    now = utcnow()
    return {
        "title": title,
        "kind": SourceKind.POST.value,
        "outlet": outlet,
        "author": post.author,
        "url": f"https://t.me/{handle}/{post.id}" if handle and post.id > 0 else "",
        "published": post.posted_at.date() if post.posted_at is not None else None,
        "language": language,
        "text": text,
        "created_at": now,
        "updated_at": now,
        "original_sha256": None,
        "original_name": file_name,
        "layout": "",
        "posted_at": _aware(post.posted_at),
        "edited_at": _aware(post.edited_at),
        "forwarded_from": post.forwarded_from,
        "external_key": key,
    }


def _aware(moment: datetime | None) -> datetime | None:
    """The time as stored (UTC). An old export's local time, whose zone is unknown, is kept as it
    reads (the import says so in a warning)."""
    return moment.replace(tzinfo=UTC) if moment is not None and moment.tzinfo is None else moment


_COLUMNS = (
    "title", "kind", "outlet", "author", "url", "published", "language", "text", "created_at", "updated_at",
    "original_sha256", "original_name", "layout", "posted_at", "edited_at", "forwarded_from", "external_key",
)  # fmt: skip
_INSERT = f"INSERT INTO source ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' for _ in _COLUMNS)})"


def _stored(value: Any) -> Any:
    """A value as SQLAlchemy stores it in the workspace (UTCDateTime: "YYYY-MM-DD HH:MM:SS.ffffff" UTC)."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _write(ws: Workspace, rows: list[dict[str, Any]], outcome: TelegramOutcome) -> None:
    """One transaction: the rows not in the workspace yet (looked up in bulk), in one executemany
    on the driver (SQLAlchemy's per-value processing cost a third of the time; `_stored` writes
    the same text it would)."""
    with ws.writing() as session:
        connection = session.connection()
        keys = [row["external_key"] for row in rows]
        known: dict[str, str | None] = {}  # key -> its stored edit time
        for start in range(0, len(keys), _IN):
            chunk = keys[start : start + _IN]
            marks = ", ".join("?" for _ in chunk)
            found = connection.exec_driver_sql(
                f"SELECT external_key, edited_at FROM source WHERE external_key IN ({marks})", tuple(chunk)
            )
            known.update((key, edited) for key, edited in found)
        for row in rows:  # in already, but edited since it was imported: kept as it was (claims point into it)
            if row["external_key"] in known and row["edited_at"] is not None:
                stored = known[row["external_key"]]
                if stored is None or _stored(row["edited_at"]) > stored:
                    outcome.edited_since += 1
        fresh = [row for row in rows if row["external_key"] not in known]
        outcome.already += len(rows) - len(fresh)
        if not fresh:
            return
        last_id = "SELECT coalesce(max(id), 0) FROM source"
        before = connection.exec_driver_sql(last_id).scalar()
        connection.exec_driver_sql(_INSERT, [tuple(_stored(row[c]) for c in _COLUMNS) for row in fresh])
        last = connection.exec_driver_sql(last_id).scalar()
        first = last - len(fresh) + 1
        if first <= before:  # cannot happen under the write lock with AUTOINCREMENT; never guess
            raise RuntimeError("source ids of a batch are not contiguous")
        outcome.ranges.append((first, last))
        outcome.added += len(fresh)


def _remove(ws: Workspace, ranges: list[tuple[int, int]]) -> None:
    for first, last in ranges:
        with ws.writing() as session:
            session.execute(delete(_TABLE).where(_TABLE.c.id.between(first, last)))


def remove_posts(ws: Workspace, ranges: list[tuple[int, int]]) -> tuple[list[dict[str, Any]], Changes]:
    """Undo an import: delete the sources it added (with their claims), returning their rows for
    `restore_posts`."""
    rows: list[dict[str, Any]] = []
    changes = Changes()
    with ws.writing() as session:
        for first, last in ranges:
            found = session.execute(select(_TABLE).where(_TABLE.c.id.between(first, last))).mappings().all()
            rows.extend(dict(row) for row in found)
            session.execute(delete(_TABLE).where(_TABLE.c.id.between(first, last)))
    changes.delete(SOURCE, *(row["id"] for row in rows))
    return rows, changes


def restore_posts(ws: Workspace, rows: list[dict[str, Any]]) -> Changes:
    """Redo an import: the rows `remove_posts` took, back under their ids."""
    changes = Changes()
    with ws.writing() as session:
        for start in range(0, len(rows), BATCH):
            session.execute(insert(_TABLE), rows[start : start + BATCH])
    return changes.create(SOURCE, *(row["id"] for row in rows))
