"""Spreadsheets in: claims from CSV and XLSX files (read.py reads, claims.py maps and writes).
Spreadsheets out are in exports/sheet.py."""

from app.sheets.claims import FIELDS, SheetImport, guess_mapping, import_table, parse_map
from app.sheets.read import Table, column_letter, read_table

__all__ = [
    "FIELDS",
    "SheetImport",
    "Table",
    "column_letter",
    "guess_mapping",
    "import_table",
    "parse_map",
    "read_table",
]
