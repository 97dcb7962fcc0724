"""Claims with their verdicts and evidence as a spreadsheet: XLSX (a sheet of claims, a sheet of
evidence) or CSV (the claims, their evidence in one column; UTF-8 with a BOM so Excel reads
Cyrillic right). Written from a report snapshot (exports/report_data.py: bulk reads), atomically.

No cell can run as a formula (OWASP's CSV injection rule): a text that starts with = + - @, a
tab or a carriage return gets a leading single quote in CSV; in XLSX every text is a string cell
(never a formula cell) marked with Excel's quote prefix, so editing it keeps it text.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from app.errors import ValidationError
from app.messages import msg
from exports.errors import as_export_errors
from exports.report_data import ClaimEntry, ReportSnapshot

#: characters that make a spreadsheet read a cell as a formula (OWASP)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: Excel's limit for one cell's text
MAX_CELL_CHARS = 32_767


@dataclass(frozen=True)
class SheetResult:
    path: Path
    claims: int
    evidence: int  # rows of the evidence sheet (a piece cited by two claims is two rows)


def neutralised(text: str) -> str:
    """`text` made safe for a CSV cell: a leading single quote if a spreadsheet would run it."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _claim_columns() -> list[tuple[str, int]]:
    """Headings and widths (in characters) of the claims sheet."""
    return [
        (msg("ID"), 7), (msg("Quote"), 60), (msg("Statement"), 40), (msg("Claimant"), 22), (msg("Role"), 16),
        (msg("Date"), 12), (msg("Status"), 12), (msg("Rating"), 16), (msg("Summary"), 40), (msg("Rationale"), 50),
        (msg("Tags"), 20), (msg("Source"), 30), (msg("Outlet"), 18), (msg("URL"), 30), (msg("Evidence"), 10),
    ]  # fmt: skip


def _evidence_columns() -> list[tuple[str, int]]:
    return [
        (msg("Claim ID"), 9), (msg("Claim"), 40), (msg("Stance"), 12), (msg("Evidence"), 40), (msg("Kind"), 12),
        (msg("Publisher"), 20), (msg("Published"), 12), (msg("Accessed"), 12), (msg("URL"), 30),
        (msg("Excerpt"), 50), (msg("Note"), 30),
    ]  # fmt: skip


def _claim_row(c: ClaimEntry) -> list[Any]:
    return [
        c.claim_id, c.quote, c.statement, c.claimant, c.claimant_role, c.claimed_on, c.status,
        c.rating.label if c.rating else "", c.summary, c.rationale, ", ".join(c.tags), c.source.title,
        c.source.outlet, c.source.url, len(c.evidence),
    ]  # fmt: skip


def _evidence_rows(snapshot: ReportSnapshot) -> list[list[Any]]:
    rows = []
    for c in snapshot.claims:
        for cited in c.evidence:
            e = cited.evidence
            rows.append([
                c.claim_id, c.short, cited.stance_label, e.title, e.kind,
                e.publisher, e.published, e.accessed, e.url, e.excerpt, cited.note or e.note,
            ])  # fmt: skip
    return rows


def write_sheet(snapshot: ReportSnapshot, target: str | Path, *, force: bool = False) -> SheetResult:
    """Write `snapshot` to `target` (.xlsx or .csv, by its extension), atomically."""
    from app.atomic import write_atomic

    target = Path(target)
    suffix = target.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ValidationError(msg("{name}: a spreadsheet is written as .xlsx or .csv.", name=target.name))
    evidence = _evidence_rows(snapshot)
    data = _xlsx_bytes(snapshot, evidence) if suffix == ".xlsx" else _csv_bytes(snapshot)
    with as_export_errors():
        path = write_atomic(target, data, force=force)
    return SheetResult(path=path, claims=len(snapshot.claims), evidence=len(evidence))


# -- CSV ---------------------------------------------------------------------------------------------


def _csv_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int):
        return str(value)
    return neutralised(str(value))


def _csv_bytes(snapshot: ReportSnapshot) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([_csv_text(str(h)) for h, _ in _claim_columns()] + [str(msg("Evidence cited"))])
    for c in snapshot.claims:
        cited = "\n".join(
            f"{x.stance_label}: {x.evidence.title}" + (f" <{x.evidence.url}>" if x.evidence.url else "")
            for x in c.evidence
        )
        writer.writerow([_csv_text(v) for v in _claim_row(c)] + [_csv_text(cited)])
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


# -- XLSX --------------------------------------------------------------------------------------------


def _xlsx_bytes(snapshot: ReportSnapshot, evidence: list[list[Any]]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    head_font = Font(bold=True, color="FFFFFF")
    head_fill = PatternFill("solid", start_color="2F4F6F")
    head_border = Border(bottom=Side(style="thin", color="000000"))
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")
    fills: dict[str, tuple[PatternFill, Font]] = {}
    if snapshot.claims:
        for c in snapshot.claims:
            if c.rating and c.rating.colour not in fills:
                fills[c.rating.colour] = _rating_style(c.rating.colour)

    def cell(sheet, value: Any, *, width: int) -> WriteOnlyCell:
        if isinstance(value, str):
            value = value[:MAX_CELL_CHARS]
        item = WriteOnlyCell(sheet, value=value)
        if isinstance(value, str):
            item.data_type = "s"  # a string cell, never a formula, whatever it starts with
            if value.startswith(FORMULA_STARTS):
                item.quotePrefix = True  # Excel keeps it text when the cell is edited
            item.alignment = wrap if width >= 30 else top
        elif isinstance(value, date):
            item.number_format = "yyyy-mm-dd"
            item.alignment = top
        else:
            item.alignment = top
        return item

    def sheet_of(title: str, columns: list[tuple[str, int]], rows, rating_column: int | None = None) -> None:
        sheet = book.create_sheet(title)
        sheet.freeze_panes = "A2"
        # printed: landscape, every column on the page's width, the heading row on each page
        sheet.page_setup.orientation = "landscape"
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
        sheet.print_title_rows = "1:1"
        for index, (_, width) in enumerate(columns, 1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        heads = []
        for heading, _ in columns:
            item = WriteOnlyCell(sheet, value=str(heading))
            item.data_type = "s"
            item.font, item.fill, item.border = head_font, head_fill, head_border
            item.alignment = Alignment(vertical="center", wrap_text=True)
            heads.append(item)
        sheet.append(heads)
        for values, colour in rows:
            cells = [cell(sheet, v, width=w) for v, (_, w) in zip(values, columns, strict=True)]
            if rating_column is not None and colour in fills:
                cells[rating_column].fill, cells[rating_column].font = fills[colour]
            sheet.append(cells)
        if rows:
            sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(rows) + 1}"

    claim_rows = [(_claim_row(c), c.rating.colour if c.rating else None) for c in snapshot.claims]
    sheet_of(str(msg("Claims")), _claim_columns(), claim_rows, rating_column=7)
    sheet_of(str(msg("Evidence")), _evidence_columns(), [(row, None) for row in evidence])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _rating_style(colour: str):
    from openpyxl.styles import Font, PatternFill

    hex6 = colour.lstrip("#").upper()
    if len(hex6) != 6 or any(ch not in "0123456789ABCDEF" for ch in hex6):
        hex6 = "808080"
    r, g, b = (int(hex6[i : i + 2], 16) for i in (0, 2, 4))
    dark = (0.299 * r + 0.587 * g + 0.114 * b) < 140
    return PatternFill("solid", start_color=hex6), Font(bold=True, color="FFFFFF" if dark else "000000")
