"""Words for the analyst from a core that has no Qt: structured messages the window translates.

A message is made with `msg("{name} is not a Factdesk workspace.", name=path.name)`. It *is* the
English sentence (a `str`, so the CLI, the logs and every `str(exc)` read as before), and it also
keeps its template and values. The window (ui/messages.py) looks the template up in the Qt
catalogue (context "app"), fills the values in the analyst's language and formats numbers, sizes
and times by their locale. `resources/translations/update` finds every `msg("…")` in app/ and
exports/ and hands the templates to pyside6-lupdate, so one catalogue serves the whole program.

Why this and not gettext in app/: one translation system (Qt's, already used by ui/), no second
catalogue format to keep in step, and nothing heavier than this module in the core.

Values: `str` (shown as is, e.g. file names), `int` (a number: 1,234 / 1 234), `Size` (bytes: 200 MB /
200 МБ), `datetime` (a local date and time), or another `Text` (translated in turn). A template
with `%n` is a plural: pass `n=count`; English forms are written "file(s)".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

__all__ = ["Size", "Text", "english_size", "msg", "words_of"]

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class Size:
    """A size in bytes, shown in the reader's units ("488 KB", "1.5 MB")."""

    bytes: int

    def __str__(self) -> str:
        return english_size(self.bytes)


def english_size(count: int) -> str:
    """A size as the English interface shows it: 950 bytes, 12 KB, 3.4 MB, 200 MB (1 KB = 1024 bytes)."""
    if count < 1024:
        return f"{count:,} byte{'s' if count != 1 else ''}"
    for unit in ("KB", "MB", "GB", "TB"):
        count /= 1024
        if count < 1024 or unit == "TB":
            return f"{count:,.1f} {unit}" if count < 10 else f"{count:,.0f} {unit}"
    raise AssertionError("unreachable")


class Text(str):
    """An English sentence that remembers its template and values (see the module's docstring)."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, values: dict[str, Any] | None = None) -> Text:
        values = dict(values or {})
        self = super().__new__(cls, _english(template, values))
        self.template = template
        self.values = values
        return self

    def __reduce__(self):  # pickled across the PDF reader's process boundary
        return (Text, (self.template, self.values))


def msg(template: str, /, **values: Any) -> Text:
    """A message for the analyst; `template` is English with {name} placeholders (and %n, n=count)."""
    return Text(template, values)


def words_of(value: object) -> object:
    """The message an error or value carries: the `Text` an exception was raised with, else itself."""
    if isinstance(value, BaseException) and len(value.args) == 1 and isinstance(value.args[0], Text):
        return value.args[0]
    return value


def fill(template: str, values: dict[str, Any], shown) -> str:
    """`template` with each {name} replaced by `shown(values[name])`; an unknown name stays as it is."""

    def one(match: re.Match) -> str:
        key = match.group(1)
        return shown(values[key]) if key in values else match.group(0)

    return _PLACEHOLDER.sub(one, template)


def _english(template: str, values: dict[str, Any]) -> str:
    if "%n" in template:
        count = int(values.get("n", 0))
        template = template.replace("(s)", "" if count == 1 else "s").replace("%n", f"{count:,}")
    return fill(template, values, _english_value)


def _english_value(value: Any) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M") if value.tzinfo else value.strftime("%Y-%m-%d %H:%M")
    return str(value)
