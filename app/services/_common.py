"""Small helpers shared by the services."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, func, or_
from sqlmodel import Session, SQLModel

from app.errors import NotFound, ValidationError
from app.messages import msg

T = TypeVar("T", bound=SQLModel)


def gone(what: str, row_id: int):
    """The message for an item that no longer exists (ids are shown as they are: #1234, not #1,234)."""
    number = str(row_id)
    return {
        "claim": msg("The claim #{id} no longer exists.", id=number),
        "source": msg("The source #{id} no longer exists.", id=number),
        "evidence": msg("The evidence #{id} no longer exists.", id=number),
        "attachment": msg("The attachment #{id} no longer exists.", id=number),
        "report": msg("The report #{id} no longer exists.", id=number),
        "claimant": msg("The claimant #{id} no longer exists.", id=number),
    }.get(what) or msg("The {what} #{id} no longer exists.", what=what, id=number)


def fetch(session: Session, model: type[T], row_id: int, what: str) -> T:
    row = session.get(model, row_id)
    if row is None:
        raise NotFound(gone(what, row_id))
    return row


_SURROGATE = re.compile("[\ud800-\udfff]")


def storable(text: str) -> str:
    """`text` as stored: unchanged, except that each surrogate code point (half of a UTF-16 pair,
    e.g. from a broken paste, which UTF-8 and so the workspace cannot hold) becomes U+FFFD.
    One character for one, so offsets into the text stay right."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


def clean_text(value: Any, field: str, *, required: bool = False, limit: int | None = None) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(msg("{field} must be text.", field=field))
    value = storable(value).strip()
    if required and not value:
        raise ValidationError(msg("{field} cannot be empty.", field=field))
    if limit is not None and len(value) > limit:
        raise ValidationError(msg("{field} is longer than {limit} characters.", field=field, limit=limit))
    return value


def clean_date(value: Any, field: str) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            # a date, or the date part of an ISO 8601 date-time
            return date.fromisoformat(text) if len(text) <= 10 else datetime.fromisoformat(text).date()
        except ValueError:
            pass
    raise ValidationError(msg(
        "{field} must be a date such as 2023-07-09, not “{value}”.",
        field=field,
        value=value,
    ))


def clean_choice(value: Any, field: str, allowed: type) -> str:
    values = [member.value for member in allowed]
    if value not in values:
        raise ValidationError(msg(
            "{field} must be one of {choices}, not “{value}”.",
            field=field,
            choices=", ".join(values),
            value=value,
        ))
    return str(value)


def columns(row: SQLModel) -> dict[str, Any]:
    """A row's column values, for snapshots that can be put back under the same id."""
    return {name: getattr(row, name) for name in type(row).model_fields}


def apply(row: SQLModel, values: dict[str, Any]) -> dict[str, Any]:
    """Set `values` on `row`; return the previous values of the fields that changed."""
    previous = {}
    for name, value in values.items():
        old = getattr(row, name)
        if old != value:
            previous[name] = old
            setattr(row, name, value)
    return previous


def contains_words(text: str, *columns: Any) -> list[ColumnElement[bool]]:
    """One condition per word of `text`: the word occurs, case-folded (Cyrillic too), in any column."""
    conditions = []
    for word in text.split():
        folded = word.casefold()
        conditions.append(or_(*(func.fd_fold(column).contains(folded, autoescape=True) for column in columns)))
    return conditions
