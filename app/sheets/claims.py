"""Claims from a spreadsheet: columns mapped to fields, each row checked, all written at once.

A row becomes a claim; its source is the record of its URL (one source per distinct URL, whose
text is the quotes of its rows, one paragraph each), or, for rows with no URL, one source named
after the file. Rows with a problem are left out and listed with their row numbers (as the
spreadsheet numbers them); the rest are written in one transaction with executemany
(app.transfer's bulk writer), so a refused file changes nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlmodel import select

from app.changes import CLAIM, SOURCE, Changes
from app.clock import utcnow
from app.errors import ValidationError, WorkspaceError
from app.messages import msg
from app.models import Claim, ClaimTag, Rating, Source
from app.services import catalog
from app.services.claims import MAX_QUOTE_CHARS
from app.services.evidence import clean_url
from app.sheets.read import Cell, Table, column_index, column_letter
from app.workspace import Workspace

#: the fields a column can be assigned to, in the order the mapping dialog lists them
FIELDS = ("quote", "statement", "claimant", "date", "url", "outlet", "tags", "rating", "summary")

#: header words that suggest a field (English, Ukrainian, Russian), compared case-insensitively
_HINTS = {
    "quote": ("quote", "claim", "text", "цитата", "твердження", "текст", "заява", "утверждение"),
    "statement": ("statement", "wording", "формулювання", "формулировка"),
    "claimant": ("claimant", "speaker", "who", "author", "said by", "хто", "автор", "спікер", "мовець", "кто"),
    "date": ("date", "claimed", "when", "дата", "коли", "когда"),
    "url": ("url", "link", "address", "посилання", "лінк", "ссылка"),
    "outlet": ("outlet", "media", "publication", "channel", "медіа", "видання", "канал", "сми"),
    "tags": ("tags", "tag", "topic", "теги", "тег", "тема", "теми"),
    "rating": ("rating", "verdict", "вердикт", "оцінка", "оценка", "рейтинг"),
    "summary": ("summary", "conclusion", "підсумок", "висновок", "вывод", "резюме"),
}

_DATE_FORMATS = ("%d.%m.%Y", "%d/%m/%Y", "%Y/%m/%d", "%d-%m-%Y", "%Y.%m.%d", "%d.%m.%y")


@dataclass(frozen=True)
class RowProblem:
    row: int  # the spreadsheet's row number (1 is the first row)
    reason: str

    def describe(self) -> str:
        return msg("Row {row}: {reason}", row=self.row, reason=self.reason)


@dataclass
class SheetImport:
    """What an import did: the sources and claims it made, and the rows it left out."""

    name: str
    sources: list[int] = field(default_factory=list)
    claims: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)

    def summary(self) -> str:
        return msg(
            "Imported %n claim(s) from {name}; sources made: {sources}; rows left out: {skipped}.",
            n=self.claims, name=self.name, sources=len(self.sources), skipped=len(self.problems),
        )  # fmt: skip


# -- mapping -----------------------------------------------------------------------------------------


def parse_map(text: str, table: Table, *, header: bool = True) -> dict[str, int]:
    """`quote=B,claimant=C` (letters, or a heading's words) as {field: column index}."""
    mapping: dict[str, int] = {}
    headings = [str(c).casefold() if c is not None else "" for c in table.rows[0]] if header and table.rows else []
    for part in filter(None, (p.strip() for p in text.split(","))):
        name, sep, column = part.partition("=")
        name, column = name.strip().lower(), column.strip()
        if not sep or not column:
            raise ValidationError(msg("“{part}” is not FIELD=COLUMN (for example quote=B).", part=part))
        if name not in FIELDS:
            raise ValidationError(
                msg("“{name}” is not a field; the fields are {fields}.", name=name, fields=", ".join(FIELDS))
            )
        index = column_index(column)
        if index is None and column.casefold() in headings:
            index = headings.index(column.casefold())
        if index is None:
            raise ValidationError(
                msg("“{column}” is neither a column's letter nor a heading of {name}.", column=column, name=table.name)
            )
        mapping[name] = index
    check_mapping(mapping, table)
    return mapping


def check_mapping(mapping: dict[str, int], table: Table) -> None:
    if "quote" not in mapping and "statement" not in mapping:
        raise ValidationError(msg("Assign a column to the quote or the statement: a claim needs its words."))
    width = table.width
    if not width:
        raise ValidationError(msg("{name} was not imported: it has no rows of data.", name=table.name))
    for name, index in mapping.items():
        if index >= width:
            raise ValidationError(msg(
                "Column {column} (for the {field}) is empty in {name}: it has columns A to {last}.",
                column=column_letter(index), field=name, name=table.name, last=column_letter(max(width - 1, 0)),
            ))  # fmt: skip
    used: dict[int, str] = {}
    for name, index in mapping.items():
        if index in used:
            raise ValidationError(msg(
                "Column {column} is assigned to both the {first} and the {second}.",
                column=column_letter(index), first=used[index], second=name,
            ))  # fmt: skip
        used[index] = name


def guess_mapping(table: Table) -> dict[str, int]:
    """Fields for the columns whose heading (the first row) names one; empty if none does."""
    if not table.rows:
        return {}
    mapping: dict[str, int] = {}
    for index, cell in enumerate(table.rows[0]):
        heading = str(cell or "").strip().casefold()
        if not heading:
            continue
        for name, hints in _HINTS.items():
            if name not in mapping and any(heading == h or heading.startswith(h + " ") for h in hints):
                mapping[name] = index
                break
    return mapping


# -- rows --------------------------------------------------------------------------------------------


def parse_date(value: Cell) -> date | None:
    """A cell as a date: a spreadsheet date, ISO (2024-03-01) or day first (01.03.2024, 1/3/2024)."""
    if value is None or isinstance(value, date):
        return value
    text = value.strip()
    try:
        return date.fromisoformat(text) if len(text) <= 10 else datetime.fromisoformat(text).date()
    except ValueError:
        pass
    for form in _DATE_FORMATS:
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    raise ValidationError(msg("“{value}” is not a date (write it as 2024-03-01 or 01.03.2024).", value=text))


@dataclass
class _Row:
    number: int
    quote: str
    statement: str
    claimant: str
    claimed_on: date | None
    url: str
    outlet: str
    tags: list[str]
    rating_id: int | None
    summary: str


def _text(row: list[Cell], index: int | None) -> str:
    if index is None or index >= len(row) or row[index] is None:
        return ""
    value = row[index]
    return value.isoformat() if isinstance(value, date) else str(value).strip()


def check_rows(
    table: Table, mapping: dict[str, int], ratings: dict[str, int], *, header: bool = True
) -> tuple[list[_Row], list[RowProblem]]:
    """Each data row checked: the rows to write, and the problems of the others (by row number).
    `ratings` maps folded labels (English and Ukrainian) to rating ids."""
    good: list[_Row] = []
    problems: list[RowProblem] = []
    first = 1 if header else 0
    for offset, row in enumerate(table.rows[first:]):
        number = offset + first + 1
        if not any(c is not None for c in row):
            continue
        get = {name: _text(row, mapping.get(name)) for name in FIELDS}
        try:
            quote = get["quote"] or get["statement"]
            if not quote:
                raise ValidationError(msg("it has no quote or statement."))
            if len(quote) > MAX_QUOTE_CHARS:
                raise ValidationError(msg("its quote is longer than {limit} characters.", limit=MAX_QUOTE_CHARS))
            raw_date = row[mapping["date"]] if "date" in mapping and mapping["date"] < len(row) else None
            claimed_on = parse_date(raw_date)
            url = clean_url(get["url"]) if get["url"] else ""
            if len(get["claimant"]) > 300:
                raise ValidationError(msg("the claimant's name is longer than 300 characters."))
            if len(get["summary"]) > 1000:
                raise ValidationError(msg("the summary is longer than 1000 characters."))
            rating_id = None
            if get["rating"]:
                rating_id = ratings.get(get["rating"].casefold())
                if rating_id is None:
                    raise ValidationError(
                        msg("“{label}” is not a rating of the workspace's scale.", label=get["rating"])
                    )
            tags = [catalog.normalise_tag(t) for t in re.split(r"[,;]", get["tags"]) if t.strip()]
        except ValidationError as exc:
            problems.append(RowProblem(number, str(exc.args[0] if exc.args else exc)))
            continue
        claimant = " ".join(get["claimant"].split())
        summary = " ".join(get["summary"].split())
        outlet = get["outlet"][:300]
        good.append(_Row(number, quote, get["statement"], claimant, claimed_on, url, outlet, tags, rating_id, summary))
    return good, problems


def rating_labels(ws: Workspace) -> dict[str, int]:
    """The default scale's ratings by folded English and Ukrainian label."""
    with ws.reading() as session:
        scale = catalog.default_scale(session)
        found: dict[str, int] = {}
        for rating in session.exec(select(Rating).where(Rating.scale_id == scale.id)):
            for label in (rating.label_uk, rating.label):
                if label.strip():
                    found[" ".join(label.split()).casefold()] = rating.id
        return found


# -- writing -----------------------------------------------------------------------------------------


def import_table(ws: Workspace, table: Table, mapping: dict[str, int], *, header: bool = True) -> SheetImport:
    """Check every row, then write the good ones in one transaction. Raises ValidationError (and
    writes nothing) when no row can be imported."""
    from app.anchoring import select as select_quote
    from app.transfer import _bulk

    check_mapping(mapping, table)
    rows, problems = check_rows(table, mapping, rating_labels(ws), header=header)
    outcome = SheetImport(name=table.name, problems=problems)
    if not rows:
        if problems:
            raise ValidationError(msg(
                "{name} was not imported: none of its rows could be taken ({first}).",
                name=table.name, first=problems[0].describe(),
            ))  # fmt: skip
        raise ValidationError(msg("{name} was not imported: it has no rows of data.", name=table.name))
    groups: dict[str, list[_Row]] = {}
    for row in rows:
        groups.setdefault(row.url, []).append(row)
    at = utcnow()
    try:
        with ws.writing() as session:
            conn = session.connection()
            source_rows, spans = [], []
            for url, members in groups.items():
                parts, offsets, at_char = [], [], 0
                for row in members:
                    quote = " ".join(row.quote.split())  # one paragraph each
                    offsets.append((at_char, at_char + len(quote)))
                    parts.append(quote)
                    at_char += len(quote) + 2
                text = "\n\n".join(parts)
                outlet = next((r.outlet for r in members if r.outlet), "")
                source_rows.append({
                    "title": (url or table.name)[:1000], "kind": "article" if url else "other", "outlet": outlet,
                    "url": url, "text": text, "original_name": table.name, "created_at": at, "updated_at": at,
                })  # fmt: skip
                spans.append((text, offsets))
            source_ids = _bulk(conn, Source, source_rows)
            actors = _actors(session, [r.claimant for r in rows if r.claimant])
            planned = []  # (row number, claim row, tags): claims get their ids in the spreadsheet's order
            for source_id, (text, offsets), members in zip(source_ids, spans, groups.values(), strict=True):
                for (start, end), row in zip(offsets, members, strict=True):
                    anchor = select_quote(text, start, end)
                    planned.append((row.number, {
                        "source_id": source_id, "quote": anchor.exact, "start": start, "end": end,
                        "prefix": anchor.prefix, "suffix": anchor.suffix, "statement": row.statement,
                        "claimant_id": actors.get(row.claimant.casefold()) if row.claimant else None,
                        "claimed_on": row.claimed_on, "rating_id": row.rating_id, "summary": row.summary,
                        "created_at": at, "updated_at": at,
                    }, row.tags))  # fmt: skip
            planned.sort(key=lambda item: item[0])
            claim_rows = [item[1] for item in planned]
            claim_tags = [item[2] for item in planned]
            claim_ids = _bulk(conn, Claim, claim_rows)
            names = list(dict.fromkeys(t for tags in claim_tags for t in tags))
            if names:
                tags, _created = catalog.ensure_tags(session, names)
                tag_ids = {t.name.casefold(): t.id for t in tags}
                links = [
                    {"claim_id": claim_id, "tag_id": tag_id}
                    for claim_id, tags_of in zip(claim_ids, claim_tags, strict=True)
                    for tag_id in dict.fromkeys(tag_ids[t.casefold()] for t in tags_of)
                ]
                _bulk(conn, ClaimTag, links, ids=False)
    except WorkspaceError:
        raise
    except Exception as exc:
        from sqlalchemy.exc import SQLAlchemyError

        if not isinstance(exc, SQLAlchemyError):
            raise
        reason = getattr(exc, "orig", None) or exc
        raise WorkspaceError(
            msg("{name} could not be written, so nothing was added: {reason}.", name=ws.path.name, reason=str(reason))
        ) from exc
    outcome.sources = source_ids
    outcome.claims = len(claim_ids)
    outcome.changes = Changes(subject=source_ids[0]).create(SOURCE, *source_ids).create(CLAIM, *claim_ids)
    return outcome


def _actors(session: Any, names: list[str]) -> dict[str, int]:
    """Claimants by folded name: existing actors reused, the rest added in one insert."""
    from app.models import Actor
    from app.transfer import _bulk

    wanted: dict[str, str] = {}
    for name in names:
        wanted.setdefault(name.casefold(), " ".join(name.split()))
    if not wanted:
        return {}
    found: dict[str, int] = {}
    for actor_id, name in session.exec(select(Actor.id, Actor.name)):
        if name.casefold() in wanted:
            found.setdefault(name.casefold(), actor_id)
    new = [fold for fold in wanted if fold not in found]
    ids = _bulk(session.connection(), Actor, [{"name": wanted[f], "role": ""} for f in new])
    found.update(zip(new, ids, strict=True))
    return found


# -- undo --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportSnapshot:
    """What an import's sources and claims were, to put them back (redo after undo)."""

    sources: tuple[dict[str, Any], ...]
    claims: tuple[Any, ...]


def remove_import(ws: Workspace, source_ids: list[int]) -> tuple[Changes, ImportSnapshot]:
    """Delete an import's sources (and with them their claims) in one transaction, keeping a snapshot."""
    from sqlalchemy import delete

    from app.services import claims as claim_service
    from app.services._common import columns

    with ws.writing() as session:
        rows, claim_ids = [], []
        for start in range(0, len(source_ids), 900):
            chunk = source_ids[start : start + 900]
            rows += [columns(s) for s in session.exec(select(Source).where(Source.id.in_(chunk)))]
            claim_ids += list(session.exec(select(Claim.id).where(Claim.source_id.in_(chunk))))
        snaps = claim_service.snapshots(session, sorted(claim_ids))
        for start in range(0, len(source_ids), 900):
            session.exec(delete(Source).where(Source.id.in_(source_ids[start : start + 900])))
        changes = Changes().delete(SOURCE, *source_ids).delete(CLAIM, *claim_ids)
        return changes, ImportSnapshot(tuple(rows), tuple(snaps))


def restore_import(ws: Workspace, saved: ImportSnapshot) -> Changes:
    """Put back what `remove_import` deleted, with the same ids, in one transaction."""
    from sqlalchemy import insert

    from app.services import claims as claim_service

    with ws.writing() as session:
        if saved.sources:
            session.connection().execute(insert(Source.__table__), list(saved.sources))
        changes = Changes().create(SOURCE, *(row["id"] for row in saved.sources))
        return changes.merge(claim_service.put_back_all(session, list(saved.claims)))
