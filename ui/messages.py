"""The core's messages (app.messages.Text) in the analyst's language, with numbers, sizes and times
written the way their locale writes them."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from app.messages import Size, Text, fill, msg, words_of


def words(value: object) -> str:
    """What to show for `value`: a `Text`, an exception raised with one, or anything else (as is)."""
    value = words_of(value)
    if isinstance(value, Text):
        return _translated(value)
    if isinstance(value, Size):
        return size_text(value.bytes)
    return str(value)


def size_text(count: int) -> str:
    """A size in the analyst's units and number format: "950 bytes", "3.4 MB" / "3,4 МБ", "200 MB"."""
    locale = QLocale()
    if count < 1024:
        return _translated(msg("%n byte(s)", n=count))
    units = (
        QCoreApplication.translate("units", "KB"),
        QCoreApplication.translate("units", "MB"),
        QCoreApplication.translate("units", "GB"),
        QCoreApplication.translate("units", "TB"),
    )
    value, step = count / 1024, 0
    while value >= 1024 and step < len(units) - 1:
        value, step = value / 1024, step + 1
    unit = units[step]
    decimals = 1 if value < 10 else 0
    return f"{locale.toString(value, 'f', decimals)}\u00a0{unit}"


def number_text(value: int) -> str:
    return QLocale().toString(value)


def _translated(message: Text) -> str:
    values = message.values
    if "%n" in message.template:
        count = int(values.get("n", 0))
        template = QCoreApplication.translate("app", message.template, "", count)
        template = template.replace(f"{count}", number_text(count)) if count >= 1000 else template
    else:
        template = QCoreApplication.translate("app", message.template)
    return fill(template, values, _shown)


def _shown(value: object) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return number_text(value)
    if isinstance(value, Text):
        return _translated(value)
    if isinstance(value, Size):
        return size_text(value.bytes)
    if isinstance(value, datetime):
        moment = QDateTime(value.astimezone() if value.tzinfo else value)
        return QLocale().toString(moment, QLocale.FormatType.ShortFormat)
    return str(value)
