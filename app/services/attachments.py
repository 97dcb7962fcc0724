"""Evidence attachments: files kept inside the workspace, content-addressed by SHA-256, never changed.

A file is read in chunks twice: first hashed (if a blob with that SHA-256 is stored already, that is
all: deduplication), then written with SQLite's incremental blob I/O (`Connection.blobopen` into a
`zeroblob(n)` row inserted under its hash) and hashed again, so a 200 MB file never sits in memory
whole: the peak is one chunk (1 MB) plus SQLite's page cache. Everything happens in the caller's
one write transaction, so a file that disappears, grows, shrinks, changes or cannot be read
half-way leaves nothing behind.

Every add, removal, export and integrity check writes a custody entry (`app.services.custody`) in
the same transaction as the change it records.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import sqlite3
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import func
from sqlmodel import Session, select

from app.changes import ATTACHMENT, CLAIM, EVIDENCE, LINK, Changes
from app.clock import utcnow
from app.errors import FactdeskError, ValidationError, WorkspaceError
from app.messages import Size, msg
from app.models import Attachment, Blob, Claim, CustodyAction, Evidence, EvidenceKind, Source, Stance
from app.services import custody
from app.services._common import clean_choice, clean_text, columns, fetch
from app.workspace import Workspace

MB = 1024 * 1024
#: the largest attachment taken unless the caller says otherwise (the window's preferences can)
DEFAULT_LIMIT = 200 * MB
CHUNK = MB

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class AttachmentCancelled(FactdeskError):
    """The analyst stopped the copy; nothing was kept."""


# -- media types -------------------------------------------------------------------------------

_ZIP_BASED = {
    ".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp", ".epub", ".jar", ".apk", ".kmz", ".xps", ".3mf",
}  # fmt: skip


def media_type_of(head: bytes, name: str = "") -> str:
    """The media type by content (the first few KB), falling back on the file name's extension."""
    guessed = mimetypes.guess_type(name, strict=False)[0] if name else None
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head.startswith(b"BM") and len(head) > 14 and guessed in (None, "image/bmp"):
        return "image/bmp"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "image/tiff"
    if b"%PDF-" in head[:1024]:
        return "application/pdf"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        # ODF and EPUB name themselves in a first, stored entry called "mimetype"
        if head[30:38] == b"mimetype":
            declared = head[38 : 38 + 100].split(b"PK", 1)[0]
            if declared and all(32 < c < 127 for c in declared):
                return declared.decode("ascii")
        suffix = Path(name).suffix.lower()
        return guessed if suffix in _ZIP_BASED and guessed else "application/zip"
    if head.startswith(b"\x1f\x8b"):
        return "application/gzip"
    if head[4:8] == b"ftyp":
        return guessed if guessed and guessed.startswith(("video/", "audio/", "image/")) else "video/mp4"
    from app.intake import sniff  # the intake's own tests for saved web pages (HTML, MHTML)

    kind = sniff(head)
    if kind == "html":
        return "text/html"
    if kind == "mhtml":
        return "multipart/related"
    if guessed:
        return guessed
    if kind == "text" and _looks_like_text(head):
        return "text/plain"
    return "application/octet-stream"


def _looks_like_text(head: bytes) -> bool:
    if not head:
        return True
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start >= len(head) - 3  # a character cut at the end of the sample
    return True


def evidence_kind_for(media_type: str) -> str:
    if media_type.startswith(("image/", "video/", "audio/")):
        return EvidenceKind.MEDIA.value
    if media_type in ("text/html", "multipart/related"):
        return EvidenceKind.WEB_PAGE.value
    if media_type in (
        "text/csv",
        "application/json",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ):
        return EvidenceKind.DATASET.value
    return EvidenceKind.DOCUMENT.value


def size_text(size: int) -> str:
    if size < 1024:
        return f"{size:,} bytes"
    if size < MB:
        return f"{size / 1024:,.1f} KB"
    return f"{size / MB:,.1f} MB"


# -- storing bytes -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Stored:
    sha256: str
    size: int
    media_type: str
    new: bool  # False: a blob with these bytes was already stored


def _raw(session: Session) -> sqlite3.Connection:
    """The session's own sqlite3 connection, inside its transaction (for incremental blob I/O)."""
    return session.connection().connection.driver_connection


def store_stream(
    session: Session,
    stream: BinaryIO,
    size: int,
    *,
    name: str,
    limit: int = DEFAULT_LIMIT,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Stored:
    """Store the `size` bytes of `stream` as a blob in `session`'s transaction; chunk by chunk, never whole.

    Two passes: the first hashes the bytes (and stops there if a blob with that hash is stored
    already: deduplication); the second writes them into a `zeroblob(size)` under that hash with
    incremental blob I/O, hashing again. A row is written once and never rewritten (an UPDATE would
    make SQLite rebuild the whole record in memory). More or fewer bytes than `size`, or other bytes
    on the second pass, mean the file changed while it was read: refused, and the caller's
    transaction rolls back, so nothing is left behind."""
    if size > limit:
        raise ValidationError(
            msg(
                "{name} is {size}; attachments can be at most {limit} (the limit is set in Preferences).",
                name=name,
                size=Size(size),
                limit=Size(limit),
            )
        )
    raw = _raw(session)
    total = 2 * size or 1
    hasher, head = hashlib.sha256(), bytearray()
    for done, chunk in _read_exactly(stream, size, name, cancelled):
        hasher.update(chunk)
        if len(head) < 8192:
            head += chunk[: 8192 - len(head)]
        if progress:
            progress(done, total)
    digest = hasher.hexdigest()
    media_type = media_type_of(bytes(head), name)
    if raw.execute("SELECT 1 FROM blob WHERE sha256 = ?", (digest,)).fetchone():
        if progress:
            progress(total, total)
        return Stored(digest, size, media_type, new=False)
    rowid = raw.execute(
        "INSERT INTO blob (sha256, size, media_type, data, created_at) VALUES (?, ?, ?, zeroblob(?), ?)",
        (digest, size, media_type, size, _sql_time(utcnow())),
    ).lastrowid
    try:
        stream.seek(0)
    except (OSError, ValueError) as exc:
        raise ValidationError(
            msg("{name} cannot be read a second time ({why}); nothing was kept.", name=name, why=str(exc))
        ) from exc
    again = hashlib.sha256()
    if size:
        with raw.blobopen("blob", "data", rowid) as blob:
            for done, chunk in _read_exactly(stream, size, name, cancelled):
                again.update(chunk)
                blob.write(chunk)
                if progress:
                    progress(size + done, total)
    if again.hexdigest() != digest:
        raise ValidationError(msg("{name} changed while it was being copied; nothing was kept. Try again.", name=name))
    return Stored(digest, size, media_type, new=True)


def _read_exactly(stream: BinaryIO, size: int, name: str, cancelled: Cancelled | None) -> Iterator[tuple[int, bytes]]:
    """The stream's chunks with the count read so far; refused unless it holds exactly `size` bytes."""
    done = 0
    while True:
        if cancelled is not None and cancelled():
            raise AttachmentCancelled(msg("Adding {name} was cancelled; nothing was kept.", name=name))
        try:
            chunk = stream.read(CHUNK)
        except OSError as exc:
            raise ValidationError(
                msg(
                    "{name} could not be read to the end ({why}); nothing was kept.",
                    name=name,
                    why=str(exc.strerror or exc),
                )
            ) from exc
        if not chunk:
            break
        done += len(chunk)
        if done > size:
            raise ValidationError(msg("{name} grew while it was being copied; nothing was kept. Try again.", name=name))
        yield done, chunk
    if done != size:
        raise ValidationError(
            msg("{name} shrank or vanished while it was being copied; nothing was kept. Try again.", name=name)
        )


def _sql_time(moment: datetime) -> str:
    """A moment as SQLAlchemy's SQLite DateTime stores it (so the ORM reads it back)."""
    return moment.astimezone(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


def store_file(
    session: Session,
    path: Path,
    *,
    limit: int = DEFAULT_LIMIT,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Stored:
    path = Path(path)
    try:
        with path.open("rb") as stream:
            info = os.fstat(stream.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise ValidationError(msg("{name} is not a regular file, so it cannot be attached.", name=path.name))
            return store_stream(
                session, stream, info.st_size, name=path.name, limit=limit, progress=progress, cancelled=cancelled
            )
    except FileNotFoundError as exc:
        raise ValidationError(msg("There is no file at {path}.", path=str(path))) from exc
    except IsADirectoryError as exc:
        raise ValidationError(msg("{name} is a folder; attach the files in it instead.", name=path.name)) from exc
    except PermissionError as exc:
        raise ValidationError(msg("{name} cannot be read: permission denied.", name=path.name)) from exc
    except OSError as exc:
        raise ValidationError(
            msg("{name} cannot be read: {why}.", name=path.name, why=str(exc.strerror or exc))
        ) from exc


def store_bytes(session: Session, data: bytes, name: str, *, limit: int = DEFAULT_LIMIT) -> Stored:
    from io import BytesIO

    return store_stream(session, BytesIO(data), len(data), name=name, limit=limit)


# -- attaching ---------------------------------------------------------------------------------


def _clean_name(name: str) -> str:
    name = Path(str(name).replace("\\", "/")).name
    name = "".join(c for c in name if c.isprintable()).strip()
    return clean_text(name or "attachment", msg("The file name"), limit=500)


def _aware(value: datetime | None) -> datetime:
    if value is None:
        return utcnow()
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _add_row(
    session: Session,
    user: str,
    evidence: Evidence,
    stored: Stored,
    name: str,
    *,
    url: str = "",
    captured_at: datetime | None = None,
) -> Attachment:
    from app.services.evidence import clean_url

    existing = session.exec(
        select(Attachment).where(Attachment.evidence_id == evidence.id, Attachment.sha256 == stored.sha256)
    ).first()
    if existing is not None:
        raise ValidationError(
            msg(
                "{name} is already attached to “{title}” (as {existing}).",
                name=name,
                title=evidence.title,
                existing=existing.name,
            )
        )
    position = session.exec(
        select(func.coalesce(func.max(Attachment.position) + 1, 0)).where(Attachment.evidence_id == evidence.id)
    ).one()
    row = Attachment(
        evidence_id=evidence.id,
        sha256=stored.sha256,
        name=name,
        size=stored.size,
        media_type=stored.media_type,
        captured_at=_aware(captured_at),
        url=clean_url(url),
        analyst=user,
        position=position,
    )
    session.add(row)
    session.flush()
    custody.record(
        session,
        user,
        CustodyAction.ATTACHED,
        evidence,
        attachment=row,
        size=row.size,
        media_type=row.media_type,
        captured_at=row.captured_at,
        url=row.url,
        deduplicated=not stored.new,
    )
    return row


def attach_file(
    ws: Workspace,
    evidence_id: int,
    path: str | Path,
    *,
    url: str = "",
    captured_at: datetime | None = None,
    limit: int = DEFAULT_LIMIT,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Changes:
    """Attach a file to a piece of evidence: all of it, hashed, in one transaction, or nothing."""
    path = Path(path)
    with ws.writing() as session:
        evidence = fetch(session, Evidence, evidence_id, "evidence")
        stored = store_file(session, path, limit=limit, progress=progress, cancelled=cancelled)
        row = _add_row(session, ws.user, evidence, stored, _clean_name(path.name), url=url, captured_at=captured_at)
        return _attached(row)


def attach_data(
    ws: Workspace,
    evidence_id: int,
    data: bytes,
    name: str,
    *,
    url: str = "",
    captured_at: datetime | None = None,
    limit: int = DEFAULT_LIMIT,
) -> Changes:
    """Attach bytes (a pasted screenshot) under `name`."""
    with ws.writing() as session:
        evidence = fetch(session, Evidence, evidence_id, "evidence")
        name = _clean_name(name)
        stored = store_bytes(session, data, name, limit=limit)
        return _attached(_add_row(session, ws.user, evidence, stored, name, url=url, captured_at=captured_at))


def _attached(row: Attachment) -> Changes:
    changes = Changes(subject=row.id).create(ATTACHMENT, row.id).update(EVIDENCE, row.evidence_id)
    changes.previous["evidence_id"] = row.evidence_id
    return changes


def add_evidence_with_file(
    ws: Workspace,
    claim_id: int,
    *,
    path: str | Path | None = None,
    data: bytes | None = None,
    name: str = "",
    title: str = "",
    stance: str = Stance.CONTEXT,
    url: str = "",
    limit: int = DEFAULT_LIMIT,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Changes:
    """A new piece of evidence made from a file (dropped or pasted), linked to a claim: one transaction.

    `previous["evidence_id"]` names the new evidence, so undo can delete it (and redo restore it)."""
    from app.services.evidence import _append_link, record_link

    stance = clean_choice(stance, msg("The stance"), Stance)
    if (path is None) == (data is None):
        raise ValidationError(msg("Give either a file or the bytes of one."))
    shown = _clean_name(Path(path).name if path is not None else name)
    with ws.writing() as session:
        claim = fetch(session, Claim, claim_id, "claim")
        if path is not None:
            stored = store_file(session, Path(path), limit=limit, progress=progress, cancelled=cancelled)
        else:
            stored = store_bytes(session, data, shown, limit=limit)
        piece = Evidence(
            title=clean_text(title or shown, msg("The evidence's title"), required=True, limit=2000),
            kind=evidence_kind_for(stored.media_type),
            accessed=utcnow().date(),
        )
        session.add(piece)
        session.flush()
        custody.record(session, ws.user, CustodyAction.CREATED, piece, name=shown)
        link = _append_link(session, claim_id, piece.id, stance, "")
        record_link(session, ws.user, CustodyAction.LINKED, piece, claim, stance)
        row = _add_row(session, ws.user, piece, stored, shown, url=url)
        changes = Changes(subject=piece.id).create(EVIDENCE, piece.id).create(LINK, link.id)
        changes.create(ATTACHMENT, row.id).update(CLAIM, claim_id)
        changes.previous["evidence_id"] = piece.id
        return changes


def detach(ws: Workspace, attachment_id: int) -> Changes:
    """Remove an attachment from its evidence (its bytes stay stored); `previous["attachment"]` puts it back."""
    with ws.writing() as session:
        row = fetch(session, Attachment, attachment_id, "attachment")
        evidence = fetch(session, Evidence, row.evidence_id, "evidence")
        saved = columns(row)
        custody.record(session, ws.user, CustodyAction.DETACHED, evidence, attachment=row)
        session.delete(row)
        changes = Changes(subject=attachment_id, previous={"attachment": saved})
        return changes.delete(ATTACHMENT, attachment_id).update(EVIDENCE, saved["evidence_id"])


def reattach(ws: Workspace, saved: dict[str, Any]) -> Changes:
    with ws.writing() as session:
        evidence = fetch(session, Evidence, saved["evidence_id"], "evidence")
        if session.get(Blob, saved["sha256"]) is None:
            raise ValidationError(msg("The stored copy of {name} is gone; it cannot be put back.", name=saved["name"]))
        row = Attachment(**saved)
        session.add(row)
        session.flush()
        custody.record(session, ws.user, CustodyAction.ATTACHED, evidence, attachment=row, restored=True)
        return Changes(subject=row.id).create(ATTACHMENT, row.id).update(EVIDENCE, row.evidence_id)


# -- reading -----------------------------------------------------------------------------------


def attachments_of(ws: Workspace, evidence_id: int) -> list[Attachment]:
    with ws.reading() as session:
        rows = session.exec(
            select(Attachment).where(Attachment.evidence_id == evidence_id).order_by(Attachment.position, Attachment.id)
        ).all()
    for row in rows:
        row.captured_at = _aware(row.captured_at)
    return list(rows)


def attachment_counts(ws: Workspace) -> dict[int, int]:
    with ws.reading() as session:
        rows = session.exec(select(Attachment.evidence_id, func.count(Attachment.id)).group_by(Attachment.evidence_id))
        return dict(rows.all())


def get_attachment(ws: Workspace, attachment_id: int) -> Attachment:
    with ws.reading() as session:
        row = fetch(session, Attachment, attachment_id, "attachment")
    row.captured_at = _aware(row.captured_at)
    return row


def _blob_chunks(session: Session, sha256: str, *, limit: int | None = None) -> Iterator[bytes]:
    """The stored bytes of a blob, chunk by chunk (at most `limit` bytes)."""
    raw = _raw(session)
    found = raw.execute("SELECT rowid, length(data), typeof(data) FROM blob WHERE sha256 = ?", (sha256,)).fetchone()
    if found is None:
        raise WorkspaceError(msg("The stored copy of this attachment is missing from the workspace."))
    rowid, length, kind = found
    if kind != "blob":  # tampered into text or NULL: read it as it is
        value = raw.execute("SELECT data FROM blob WHERE rowid = ?", (rowid,)).fetchone()[0]
        data = value.encode("utf-8", "surrogatepass") if isinstance(value, str) else bytes(value or b"")
        yield data[:limit] if limit is not None else data
        return
    wanted = length if limit is None else min(length, limit)
    with raw.blobopen("blob", "data", rowid, readonly=True) as blob:
        done = 0
        while done < wanted:
            chunk = blob.read(min(CHUNK, wanted - done))
            if not chunk:
                break
            done += len(chunk)
            yield chunk


def read_head(ws: Workspace, attachment_id: int, limit: int) -> bytes:
    """The first `limit` bytes of an attachment (for a preview)."""
    with ws.reading() as session:
        row = fetch(session, Attachment, attachment_id, "attachment")
        return b"".join(_blob_chunks(session, row.sha256, limit=limit))


def _export_name(name: str) -> str:
    cleaned = "".join("_" if c in '/\\:*?"<>|' or not c.isprintable() else c for c in name).strip(" .")
    return cleaned or "attachment"


def save_copy(ws: Workspace, attachment_id: int, target: str | Path, *, force: bool = False) -> Changes:
    """Write a copy of an attachment to `target` (atomically) and record the export in the custody log."""
    from app.atomic import atomic_write

    target = Path(target)
    with ws.reading() as session:
        row = fetch(session, Attachment, attachment_id, "attachment")
        hasher = hashlib.sha256()
        with atomic_write(target, force=force) as out:
            for chunk in _blob_chunks(session, row.sha256):
                hasher.update(chunk)
                out.write(chunk)
    return _record_export(ws, row, CustodyAction.EXPORTED, to=str(target), sha256_written=hasher.hexdigest())


def temp_copy(ws: Workspace, attachment_id: int, folder: str | Path) -> tuple[Path, Changes]:
    """A read-only copy of an attachment in `folder` (a private temporary folder) for a system viewer;
    the stored original is never handed out."""
    folder = Path(folder)
    with ws.reading() as session:
        row = fetch(session, Attachment, attachment_id, "attachment")
        sub = folder / f"{row.id}-{row.sha256[:8]}"
        sub.mkdir(mode=0o700, parents=True, exist_ok=True)
        target = sub / _export_name(row.name)
        if target.exists():
            target.chmod(0o600)
            target.unlink()
        try:
            with target.open("xb") as out:
                for chunk in _blob_chunks(session, row.sha256):
                    out.write(chunk)
        except OSError as exc:
            target.unlink(missing_ok=True)
            raise WorkspaceError(
                msg(
                    "A temporary copy of {name} could not be written: {why}.",
                    name=row.name,
                    why=str(exc.strerror or exc),
                )
            ) from exc
        target.chmod(0o400)
    return target, _record_export(ws, row, CustodyAction.OPENED, to=str(target))


def _record_export(ws: Workspace, row: Attachment, action: CustodyAction, **detail: Any) -> Changes:
    if ws.read_only:
        return Changes()
    with ws.writing() as session:
        evidence = session.get(Evidence, row.evidence_id)
        custody.record(session, ws.user, action, evidence, evidence_id=row.evidence_id, attachment=row, **detail)
    return Changes(subject=row.id).update(EVIDENCE, row.evidence_id)


# -- integrity ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """An attachment (or a source's original) whose stored bytes are not what was recorded."""

    problem: str  # "altered", "missing", "size"
    name: str
    sha256: str
    found: str | None = None  # the hash of the bytes found, when there were any
    evidence_id: int | None = None
    evidence_title: str = ""
    attachment_id: int | None = None
    source_id: int | None = None

    def describe(self) -> str:
        if self.attachment_id is not None:
            where = msg(
                "evidence #{evidence} “{title}”, attachment #{attachment}",
                evidence=str(self.evidence_id),
                title=self.evidence_title,
                attachment=str(self.attachment_id),
            )
        else:
            where = msg("source #{source}'s original", source=str(self.source_id))
        if self.problem == "missing":
            return msg(
                "MISSING  {name} ({where}): the stored copy (SHA-256 {sha}) is gone",
                name=self.name,
                where=where,
                sha=self.sha256,
            )
        if self.problem == "size":
            return msg(
                "ALTERED  {name} ({where}): the stored size differs from the size recorded", name=self.name, where=where
            )
        return msg(
            "ALTERED  {name} ({where}): expected SHA-256 {sha}, found {found}",
            name=self.name,
            where=where,
            sha=self.sha256,
            found=self.found,
        )


@dataclass
class IntegrityReport:
    attachments: int = 0
    blobs: int = 0
    bytes: int = 0
    evidence: int = 0
    problems: list[Problem] = field(default_factory=list)
    recorded: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems

    def flagged(self) -> dict[int, dict[int, str]]:
        """Evidence id -> {attachment id -> problem} for the problems found."""
        out: dict[int, dict[int, str]] = {}
        for p in self.problems:
            if p.evidence_id is not None and p.attachment_id is not None:
                out.setdefault(p.evidence_id, {})[p.attachment_id] = p.problem
        return out

    def summary(self) -> str:
        head = msg(
            "{attachments} attachment(s) of {evidence} piece(s) of evidence and "
            "{blobs} stored file(s) ({size}) checked",
            attachments=self.attachments,
            evidence=self.evidence,
            blobs=self.blobs,
            size=Size(self.bytes),
        )
        if self.ok:
            return msg("{checked}: every file is intact.", checked=head)
        return msg("{checked}: %n problem(s) found.", checked=head, n=len(self.problems))


def verify(
    ws: Workspace,
    *,
    record: bool = True,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> IntegrityReport:
    """Recompute the hash of every stored file, streaming; list altered and missing ones.

    With `record`, each piece of evidence with attachments gets a "checked" custody entry saying
    what was found (all in one transaction, after the check)."""
    report = IntegrityReport()
    with ws.reading() as session:
        rows = session.exec(
            select(Attachment, Evidence.title)
            .join(Evidence, Evidence.id == Attachment.evidence_id)
            .order_by(Attachment.evidence_id, Attachment.position, Attachment.id)
        ).all()
        originals = session.exec(
            select(Source.id, Source.original_sha256, Source.original_name).where(Source.original_sha256.is_not(None))
        ).all()
        raw = _raw(session)
        sizes = {
            sha: (length, size) for sha, length, size in raw.execute("SELECT sha256, length(data), size FROM blob")
        }
        wanted = [a.sha256 for a, _t in rows] + [sha for _id, sha, _n in originals]
        needed = list(dict.fromkeys(wanted))
        total = sum(sizes[s][0] or 0 for s in needed if s in sizes)
        found: dict[str, tuple[str | None, int]] = {}  # sha -> (hash of bytes found, length); None: missing
        done = 0
        for sha in needed:
            if sha not in sizes:
                found[sha] = (None, 0)
                continue
            hasher, length = hashlib.sha256(), 0
            for chunk in _blob_chunks(session, sha):
                if cancelled is not None and cancelled():
                    raise AttachmentCancelled(msg("The integrity check was stopped; nothing was recorded."))
                hasher.update(chunk)
                length += len(chunk)
                done += len(chunk)
                if progress:
                    progress(done, total)
            found[sha] = (hasher.hexdigest(), length)
        report.blobs = sum(1 for s in needed if s in sizes)
        report.bytes = done

    per_evidence: dict[int, list[tuple[Attachment, str, str | None]]] = {}
    for attachment, title in rows:
        report.attachments += 1
        digest, length = found[attachment.sha256]
        problem = None
        if digest is None:
            problem = "missing"
        elif digest != attachment.sha256:
            problem = "altered"
        elif length != attachment.size or sizes[attachment.sha256][1] != attachment.size:
            problem = "size"
        if problem:
            report.problems.append(
                Problem(
                    problem, attachment.name, attachment.sha256, digest, attachment.evidence_id, title, attachment.id
                )
            )
        per_evidence.setdefault(attachment.evidence_id, []).append((attachment, title, problem))
    for source_id, sha, name in originals:
        digest, _length = found[sha]
        if digest is None or digest != sha:
            report.problems.append(
                Problem(
                    "missing" if digest is None else "altered", name or "original", sha, digest, source_id=source_id
                )
            )
    report.evidence = len(per_evidence)
    if progress:
        progress(total, total)

    if record and per_evidence and not ws.read_only:
        with ws.writing() as session:
            for evidence_id, items in per_evidence.items():
                failed = [
                    {
                        "attachment_id": a.id,
                        "name": a.name,
                        "problem": p,
                        "expected": a.sha256,
                        "found": found[a.sha256][0],
                    }
                    for a, _t, p in items
                    if p
                ]
                custody.record(
                    session,
                    ws.user,
                    CustodyAction.CHECKED,
                    evidence_id=evidence_id,
                    title=items[0][1],
                    checked=len(items),
                    failed=failed,
                )
        report.recorded = True
    return report
