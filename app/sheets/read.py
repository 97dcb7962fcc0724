"""Reading a spreadsheet (CSV or XLSX) into rows of cells, with hostile files refused first.

A CSV's encoding is detected (a BOM, then UTF-8, then charset-normalizer) and its delimiter
sniffed (csv.Sniffer among , ; tab |). An XLSX is checked as a zip (entries, declared sizes,
ratios) and for DTDs in its XML parts before openpyxl sees it; openpyxl then reads it in
read-only mode with cached values only (`data_only`): a formula is never evaluated, and its
XML goes through defusedxml (a dependency), which resolves no entities. Rows after the last row
with data are dropped; a sheet longer than MAX_SCAN_ROWS or with more than MAX_ROWS rows of data
is refused.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.errors import ValidationError
from app.intake import limits
from app.intake.limits import refuse
from app.intake.result import Cancelled
from app.messages import Size, msg

#: rows of data taken from one file (more is refused: split the file)
MAX_ROWS = 200_000
#: rows looked at in a sheet, empty ones included (Excel's own limit is 1,048,576)
MAX_SCAN_ROWS = 1_048_576
#: columns kept (a row's cells after this are ignored)
MAX_COLUMNS = 200
#: longest text taken from one cell
MAX_CELL_CHARS = 100_000
#: zip limits for XLSX (a workbook of 200,000 rows unpacks to some 100 MB)
XLSX_MAX_ENTRIES = 2_000

Cell = str | date | None
_EMPTY: list[Cell] = []


@dataclass
class Table:
    """A sheet read: its rows (lists of cells, text or dates), and what was found on the way."""

    name: str  # the file's name
    rows: list[list[Cell]]
    kind: str  # "csv" or "xlsx"
    sheets: list[str] = field(default_factory=list)  # XLSX: every sheet's name
    sheet: str = ""  # XLSX: the sheet read
    encoding: str = ""  # CSV: the encoding found
    delimiter: str = ""  # CSV: the delimiter found
    notes: list[str] = field(default_factory=list)

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def column_index(letters: str) -> int | None:
    """A → 0, AA → 26; None if `letters` is not a column's letters."""
    letters = letters.strip().upper()
    if not re.fullmatch(r"[A-Z]{1,3}", letters):
        return None
    index = 0
    for ch in letters:
        index = index * 26 + ord(ch) - 64
    return index - 1


def read_table(path: str | Path, *, sheet: str | None = None, cancelled: Callable[[], bool] | None = None) -> Table:
    """Read a CSV or XLSX file; raises ValidationError naming the file and the reason."""
    path = Path(path)
    name = path.name
    try:
        with path.open("rb") as fh:
            data = fh.read(limits.MAX_INPUT_BYTES + 1)
    except FileNotFoundError:
        raise ValidationError(msg("There is no file {name}.", name=str(path))) from None
    except OSError as exc:
        raise refuse(name, msg("it could not be read ({reason}).", reason=exc.strerror or str(exc))) from exc
    limits.check_size(data, name)
    if data[:4] == b"PK\x03\x04" or path.suffix.lower() in (".xlsx", ".xlsm"):
        if data[:4] != b"PK\x03\x04":
            raise refuse(name, msg("it is not an XLSX workbook (it is not a zip file)."))
        return read_xlsx(data, name, sheet=sheet, cancelled=cancelled)
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise refuse(name, msg("it is an old Excel workbook (.xls); save it as .xlsx or .csv and import that."))
    if sheet:
        raise refuse(name, msg("a CSV file has no sheets, so --sheet cannot be used with it."))
    return read_csv(data, name)


# -- CSV ---------------------------------------------------------------------------------------------


def decode(data: bytes, name: str) -> tuple[str, str]:
    """The text of `data` and the encoding it was read in."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "UTF-8 (BOM)"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "UTF-16"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000]).best()
    if best is None or best.encoding is None:
        raise refuse(name, msg("its text encoding could not be recognised; save it as UTF-8 and try again."))
    return data.decode(best.encoding, errors="replace"), best.encoding


def sniff_delimiter(text: str) -> str:
    sample = "\n".join(text[:64_000].splitlines()[:50])
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        counts = {d: sample.count(d) for d in ",;\t|"}
        best = max(counts, key=counts.get)
        return best if counts[best] else ","


def read_csv(data: bytes, name: str, *, delimiter: str | None = None) -> Table:
    text, encoding = decode(data, name)
    if "\x00" in text[:10_000]:
        raise refuse(name, msg("it is not a text file (it holds binary data)."))
    found = delimiter or sniff_delimiter(text)
    rows: list[list[Cell]] = []
    csv.field_size_limit(MAX_CELL_CHARS + 1)
    try:
        for record in csv.reader(io.StringIO(text, newline=""), delimiter=found):
            if len(rows) >= MAX_SCAN_ROWS:
                raise _too_long(name)
            rows.append([cell.strip() or None for cell in record[:MAX_COLUMNS]])
    except csv.Error as exc:
        raise refuse(name, msg("it is not a readable CSV file (line {line}: {reason}).",
                               line=len(rows) + 1, reason=str(exc))) from exc  # fmt: skip
    table = Table(name=name, rows=_trimmed(rows, name), kind="csv", encoding=encoding, delimiter=found)
    return table


# -- XLSX --------------------------------------------------------------------------------------------


def check_xlsx(data: bytes, name: str) -> None:
    """Refuse a zip bomb or a workbook whose XML declares a DTD, before any XML parser runs."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError) as exc:
        raise refuse(name, msg("it is not a readable XLSX workbook: it is damaged or cut short.")) from exc
    if len(infos) > XLSX_MAX_ENTRIES:
        raise refuse(name, msg("it holds {count} parts; a workbook has a few dozen.", count=len(infos)))
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise refuse(name, msg("it is encrypted (protected by a password). Remove the password and try again."))
        total += info.file_size
        if info.file_size > limits.ZIP_RATIO_FLOOR and info.file_size > limits.ZIP_MAX_RATIO * max(
            info.compress_size, 1
        ):
            raise refuse(name, msg(
                "it looks like a zip bomb: the part “{part}” unpacks from {packed} to {size}.",
                part=info.filename, packed=Size(info.compress_size), size=Size(info.file_size),
            ))  # fmt: skip
    if total > limits.ZIP_MAX_TOTAL_UNCOMPRESSED:
        raise refuse(name, msg(
            "it would unpack to {size}; the limit is {limit}.",
            size=Size(total), limit=Size(limits.ZIP_MAX_TOTAL_UNCOMPRESSED),
        ))  # fmt: skip
    if "xl/workbook.xml" not in archive.namelist():
        raise refuse(name, msg("it is not an XLSX workbook (it has no xl/workbook.xml)."))
    for info in infos:
        if not info.filename.lower().endswith((".xml", ".rels", ".vml")):
            continue
        try:
            with archive.open(info) as fh:
                head = fh.read(4096)
        except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError) as exc:
            raise refuse(name, msg("its part “{part}” is damaged.", part=info.filename)) from exc
        if b"<!DOCTYPE" in head.upper() or b"<!ENTITY" in head.upper():
            raise refuse(
                name, msg("its part “{part}” declares a DTD or entities, which Excel never writes.", part=info.filename)
            )


def read_xlsx(
    data: bytes, name: str, *, sheet: str | None = None, cancelled: Callable[[], bool] | None = None
) -> Table:
    check_xlsx(data, name)
    import openpyxl
    from openpyxl.xml import DEFUSEDXML

    if not DEFUSEDXML:  # pragma: no cover - defusedxml is a dependency
        raise refuse(name, msg("workbooks cannot be read safely here (defusedxml is missing)."))
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
    except Exception as exc:  # openpyxl raises many kinds for damaged or hostile files
        raise refuse(name, _xlsx_reason(exc)) from exc
    try:
        names = list(book.sheetnames)
        if not names:
            raise refuse(name, msg("the workbook has no sheets."))
        if sheet is None:
            chosen = book.active.title if book.active is not None else names[0]
            if chosen not in names:
                chosen = names[0]
        else:
            folded = {n.casefold(): n for n in names}
            if sheet.casefold() not in folded:
                raise refuse(
                    name,
                    msg("it has no sheet “{sheet}”; its sheets are: {names}.", sheet=sheet, names=", ".join(names)),
                )
            chosen = folded[sheet.casefold()]
        worksheet = book[chosen]
        # the declared size (<dimension ref="A1:XFD1048576"/>) is not trusted: without it openpyxl
        # pads no row to a width and adds no empty rows after the last row the file holds
        worksheet.reset_dimensions()
        rows: list[list[Cell]] = []
        try:
            for count, values in enumerate(worksheet.iter_rows(values_only=True)):
                if count >= MAX_SCAN_ROWS:
                    raise _too_long(name)
                if cancelled is not None and count % 5000 == 0 and cancelled():
                    raise Cancelled()
                if any(v is not None for v in values):
                    rows.append([_cell(v) for v in values[:MAX_COLUMNS]])
                else:  # one shared empty row: a gap of a million rows costs a million pointers
                    rows.append(_EMPTY)
        except (ValidationError, Cancelled):
            raise
        except Exception as exc:
            raise refuse(name, _xlsx_reason(exc)) from exc
    finally:
        book.close()
    return Table(name=name, rows=_trimmed(rows, name), kind="xlsx", sheets=names, sheet=chosen)


def _xlsx_reason(exc: Exception) -> str:
    kind = type(exc).__name__
    if "Entities" in kind or "DTD" in kind or "Forbidden" in kind:
        return msg("its XML declares entities or a DTD, which Excel never writes.")
    return msg("it is not a readable XLSX workbook ({reason}).", reason=f"{kind}: {exc}"[:300])


def _cell(value: Any) -> Cell:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()  # a claim's date is a day; the time of day is dropped
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    text = str(value)
    if len(text) > MAX_CELL_CHARS:
        text = text[:MAX_CELL_CHARS]
    text = text.strip()
    return text or None


def _trimmed(rows: list[list[Cell]], name: str) -> list[list[Cell]]:
    """Rows up to the last with data, each without its empty cells at the end; refused if too many."""
    last = len(rows)
    while last and not any(c is not None for c in rows[last - 1]):
        last -= 1
    del rows[last:]
    for row in rows:
        while row and row[-1] is None:
            row.pop()
    if len(rows) > MAX_ROWS + 1:
        raise refuse(name, msg(
            "it has {count} rows; up to {limit} can be imported at once. Split it into parts.",
            count=len(rows), limit=MAX_ROWS,
        ))  # fmt: skip
    return rows


def _too_long(name: str) -> ValidationError:
    return refuse(name, msg("it has more than {limit} rows.", limit=MAX_SCAN_ROWS))
