"""Claims from spreadsheets (app/sheets): CSV and XLSX read, mapped, checked per row, written at once;
hostile workbooks refused or read safely, with the workspace unchanged by a refusal."""

from __future__ import annotations

import re
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from app.cli import main
from app.errors import ValidationError
from app.sheets import guess_mapping, import_table, parse_map, read_table
from app.transfer import dump

ROWS = [
    ["Цитата", "Хто", "Дата", "Посилання", "Вердикт", "Теги"],
    ["Україна експортувала 50 млн тонн зерна", "Іван Петренко", "01.03.2024", "https://example.com/a", "False",
     "економіка, зерно"],
    ["=1+2 looks like a formula", "Mary Roe", "2024-03-02", "https://example.com/a", "", ""],
    ["A claim with no URL", "", "not a date", "", "", ""],
    ["Another claim with no URL", "Mary Roe", "2024-03-05", "", "Bogus", ""],
    ["Third claim, no URL", "mary roe", "", "", "", ""],
]  # fmt: skip


def _counts(ws) -> tuple[int, int]:
    data = dump(ws)
    return len(data["sources"]), len(data["claims"])


def test_csv_in_cp1251_with_semicolons(ws, tmp_path):
    path = tmp_path / "claims.csv"
    path.write_bytes("\r\n".join(";".join(f'"{c}"' for c in row) for row in ROWS).encode("cp1251"))
    table = read_table(path)
    assert table.delimiter == ";"
    assert table.encoding.lower().replace("-", "").replace("_", "") in ("cp1251", "windows1251")
    mapping = guess_mapping(table)
    assert mapping == {"quote": 0, "claimant": 1, "date": 2, "url": 3, "rating": 4, "tags": 5}
    outcome = import_table(ws, table, mapping)
    assert outcome.claims == 3
    assert [(p.row, p.reason.split(" ")[0]) for p in outcome.problems] == [(4, "“not"), (5, "“Bogus”")]
    data = dump(ws)
    by_url = {s["url"]: s for s in data["sources"]}
    assert set(by_url) == {"https://example.com/a", ""}
    assert by_url[""]["title"] == "claims.csv"  # the rows without a URL: one source named after the file
    assert by_url["https://example.com/a"]["text"] == ROWS[1][0] + "\n\n" + ROWS[2][0]
    # the claims are numbered in the spreadsheet's order, whatever source each went to
    assert [c["quote"] for c in data["claims"]] == [ROWS[1][0], ROWS[2][0], ROWS[5][0]]
    claims = {c["quote"]: c for c in data["claims"]}
    first = claims[ROWS[1][0]]
    assert first["claimed_on"] == "2024-03-01" and first["rating"] == "False"
    assert first["tags"] == ["економіка", "зерно"]
    actors = {a["id"]: a["name"] for a in data["actors"]}
    assert actors[claims["Third claim, no URL"]["claimant"]] == "Mary Roe"  # one actor, matched in any case
    assert len(data["actors"]) == 2


def _xlsx(path: Path, rows, *, sheet="Claims", extra_sheet=True) -> Path:
    book = openpyxl.Workbook()
    book.active.title = "Notes"
    book.active.append(["nothing here"])
    ws = book.create_sheet(sheet)
    for row in rows:
        ws.append(row)
    if not extra_sheet:
        del book["Notes"]
    book.save(path)
    return path


def test_xlsx_with_map_and_sheet_through_the_command(tmp_path):
    workspace = tmp_path / "w.factdesk"
    assert main(["new", str(workspace)]) == 0
    path = _xlsx(tmp_path / "claims.xlsx", [
        ["Who", "What", "When", "Link"],
        ["Іван", "Курс гривні впав на 40%", datetime(2024, 5, 6, 0, 0), "https://example.com/x"],
        ["Олена", "Пенсії зросли вдвічі", date(2024, 5, 7), "example.com/y"],
    ])  # fmt: skip
    args = ["import", str(workspace), str(path), "--map", "quote=B,claimant=A,date=C,url=D"]
    assert main([*args, "--sheet", "nope"]) == 1  # no such sheet: refused, naming the sheets
    assert main([*args, "--sheet", "claims"]) == 0
    from app.workspace import Workspace

    with Workspace.open(workspace) as ws:
        data = dump(ws)
    assert sorted(c["claimed_on"] for c in data["claims"]) == ["2024-05-06", "2024-05-07"]
    assert sorted(s["url"] for s in data["sources"]) == ["https://example.com/x", "https://example.com/y"]


def test_mapping_errors_name_the_problem(tmp_path):
    table = read_table(_xlsx(tmp_path / "a.xlsx", [["Quote", "Who"], ["x", "y"]]), sheet="Claims")
    with pytest.raises(ValidationError, match="not a field"):
        parse_map("speaker=B", table)
    with pytest.raises(ValidationError, match="quote or the statement"):
        parse_map("claimant=B", table)
    with pytest.raises(ValidationError, match="Column F"):
        parse_map("quote=F", table)
    with pytest.raises(ValidationError, match="both"):
        parse_map("quote=A,claimant=A", table)
    assert parse_map("quote=quote,claimant=B", table) == {"quote": 0, "claimant": 1}  # a heading's name


# -- hostile workbooks --------------------------------------------------------------------------------


def _refused_and_unchanged(ws, path: Path, match: str) -> None:
    before = _counts(ws)
    with pytest.raises(ValidationError, match=match) as caught:
        table = read_table(path)
        import_table(ws, table, {"quote": 0})
    assert path.name in str(caught.value)
    assert _counts(ws) == before


def test_zip_bomb_is_refused_before_opening(ws, tmp_path):
    path = _xlsx(tmp_path / "bomb.xlsx", [["Quote"], ["a claim"]])
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/padding.bin", b"\0" * (64 * 1024 * 1024))
    _refused_and_unchanged(ws, path, "zip bomb")


def _rewrite(path: Path, part: str, change) -> None:
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    parts[part] = change(parts[part])
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


ENTITY = b'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'


def test_external_entities_are_refused(ws, tmp_path, monkeypatch):
    path = _xlsx(tmp_path / "xxe.xlsx", [["Quote"], ["&xxe;"]], extra_sheet=False)

    def with_entity(data: bytes) -> bytes:
        body = data.split(b"?>", 1)[1] if data.startswith(b"<?xml") else data
        cell = re.sub(rb'<c r="A2"[^>]*>.*?</c>', b'<c r="A2" t="inlineStr"><is><t>&xxe;</t></is></c>', body)
        assert cell != body
        return ENTITY + cell

    _rewrite(path, "xl/worksheets/sheet1.xml", with_entity)
    _refused_and_unchanged(ws, path, "DTD")
    # and without Factdesk's own check, openpyxl's parser (defusedxml) refuses it too: nothing resolved
    import app.sheets.read as reader

    monkeypatch.setattr(reader, "check_xlsx", lambda data, name: None)
    _refused_and_unchanged(ws, path, "entities or a DTD|not a readable")


def test_a_million_empty_rows_stop_at_the_last_row_with_data(ws, tmp_path):
    path = _xlsx(tmp_path / "tall.xlsx", [["Quote"], ["first claim"], ["second claim"]], extra_sheet=False)

    def tall(data: bytes) -> bytes:
        data = data.replace(b'<dimension ref="A1:A3"/>', b'<dimension ref="A1:XFD1048576"/>')
        return data.replace(b"</sheetData>", b'<row r="1048576" customFormat="1" s="0"/></sheetData>')

    _rewrite(path, "xl/worksheets/sheet1.xml", tall)
    table = read_table(path)
    assert len(table.rows) == 3 and table.width == 1
    assert import_table(ws, table, {"quote": 0}).claims == 2


def test_too_many_rows_are_refused(ws, tmp_path, monkeypatch):
    import app.sheets.read as reader

    monkeypatch.setattr(reader, "MAX_ROWS", 5)
    path = _xlsx(tmp_path / "long.xlsx", [["Quote"]] + [[f"claim {i}"] for i in range(10)], extra_sheet=False)
    _refused_and_unchanged(ws, path, "Split it")


def test_formulas_are_read_as_values_never_evaluated(ws, tmp_path):
    path = tmp_path / "formulas.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    for r in range(1, 20):
        for c in range(1, 5):
            sheet.cell(r, c, value=f'=HYPERLINK("http://evil.example/?{r}","x")&A{r}+{c}')
    book.save(path)
    _refused_and_unchanged(ws, path, "no rows of data")  # no cached values: every cell reads as empty
    # a formula with a cached value gives the value; a text that looks like a formula stays text
    _rewrite(path, "xl/worksheets/sheet1.xml", lambda data: data.replace(
        b'<c r="A2"><f>', b'<c r="A2" t="str"><v>cached words</v><f>', 1
    ).replace(b'</f><v></v></c>', b'</f></c>'))  # fmt: skip
    table = read_table(path)
    assert table.rows[1][:1] == ["cached words"]


def test_a_text_that_is_not_a_spreadsheet_is_refused(ws, tmp_path):
    path = tmp_path / "fake.xlsx"
    path.write_bytes(b"hello, world\n")
    _refused_and_unchanged(ws, path, "not an XLSX")
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    _refused_and_unchanged(ws, empty, "empty")
