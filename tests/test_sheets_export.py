"""Claims, verdicts and evidence out as XLSX and CSV (exports/sheet.py, `factdesk sheet`)."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date

import openpyxl
import pytest

from app.cli import main
from app.services import claims as claim_service
from app.services import sources
from app.workspace import Workspace
from exports.report_data import build_snapshot
from exports.sheet import neutralised, write_sheet

HOSTILE = ['=HYPERLINK("http://evil.example","x")', "+1+1", "-2+3", "@SUM(A1)", "\tTab", "\rCR"]


@pytest.fixture
def demo(tmp_path):
    path = tmp_path / "demo.factdesk"
    assert main(["demo", str(path)]) == 0
    with Workspace.open(path) as ws:
        changes = sources.create_source(ws, title="=cmd|' /C calc'!A0", text="\n".join(HOSTILE) + "\nКиїв заявив.")
        source_id = changes.subject
        text = sources.get_source(ws, source_id).text
        for line in [*HOSTILE, "Київ заявив."]:
            start = text.index(line.strip()) if line.strip() else 0
            claim_service.create_claim(ws, source_id, start, start + len(line.strip()), summary=line)
    return path


def test_neutralised_follows_owasp():
    for text in HOSTILE:
        assert neutralised(text) == "'" + text
    assert neutralised("Київ") == "Київ" and neutralised("") == "" and neutralised("a=b") == "a=b"


def test_csv_has_a_bom_and_no_cell_runs(demo, tmp_path):
    out = tmp_path / "claims.csv"
    assert main(["sheet", str(demo), "-o", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline="")))
    assert rows[0][:3] == ["ID", "Quote", "Statement"]
    assert any("Київ заявив." in row for row in rows)
    for row in rows[1:]:
        for value in row:
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value
    summaries = {row[8] for row in rows[1:]}
    assert '\'=HYPERLINK("http://evil.example","x")' in summaries and "'@SUM(A1)" in summaries


def test_xlsx_sheets_styles_dates_ratings_and_no_formulas(demo, tmp_path):
    out = tmp_path / "claims.xlsx"
    with Workspace.open(demo) as ws:
        snapshot = build_snapshot(ws)
        result = write_sheet(snapshot, out)
    assert result.claims == len(snapshot.claims) and result.evidence > 0
    with zipfile.ZipFile(out) as archive:
        xml = b"".join(archive.read(n) for n in archive.namelist() if n.startswith("xl/worksheets/"))
    assert b"<f>" not in xml and b"<f " not in xml  # not one formula cell
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Claims", "Evidence"]
    claims, evidence = book["Claims"], book["Evidence"]
    assert claims.freeze_panes == "A2" and evidence.freeze_panes == "A2"
    assert claims["A1"].value == "ID" and claims["A1"].font.bold
    assert claims.column_dimensions["B"].width == 60
    rows = {row[0].value: row for row in claims.iter_rows(min_row=2)}
    dated = [row for row in rows.values() if row[5].value is not None]
    assert dated and all(row[5].is_date for row in dated)
    rated = [row for row in rows.values() if row[7].value]
    assert rated and all(row[7].fill.fgColor.rgb not in (None, "00000000") for row in rated)
    hostile = [row for row in rows.values() if str(row[8].value or "").startswith(("=", "+", "-", "@"))]
    assert len(hostile) == 4
    for row in hostile:
        assert row[8].data_type == "s" and row[8].quotePrefix
    published = [row[6] for row in evidence.iter_rows(min_row=2) if row[6].value is not None]
    assert published and all(cell.is_date for cell in published)
    assert evidence.max_row == result.evidence + 1


def test_an_export_reimports_as_the_same_claims(demo, tmp_path):
    out = tmp_path / "claims.xlsx"
    assert main(["sheet", str(demo), "-o", str(out)]) == 0
    target = tmp_path / "again.factdesk"
    assert main(["new", str(target)]) == 0
    code = main(["import", str(target), str(out), "--map", "quote=B,claimant=D,date=F,rating=H,tags=K,url=N"])
    assert code == 0
    with Workspace.open(demo) as ws:
        before = {(c.quote, c.claimed_on, c.rating.label if c.rating else None) for c in build_snapshot(ws).claims}
    with Workspace.open(target) as ws:
        after = {(c.quote, c.claimed_on, c.rating.label if c.rating else None) for c in build_snapshot(ws).claims}
    assert after == before
    assert any(d for _, d, _ in after if isinstance(d, date))


def test_an_existing_file_is_kept_and_other_types_are_refused(demo, tmp_path):
    out = tmp_path / "claims.xlsx"
    out.write_bytes(b"mine")
    assert main(["sheet", str(demo), "-o", str(out)]) == 1
    assert out.read_bytes() == b"mine"
    assert main(["sheet", str(demo), "-o", str(out), "--force"]) == 0
    assert main(["sheet", str(demo), "-o", str(tmp_path / "claims.ods")]) == 1
