"""`factdesk export`: a report as a Word document from the command line, headless."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import docx
import pytest

from app.cli import main
from app.demo import write_demo
from app.services import reports
from app.workspace import Workspace

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def demo(tmp_path) -> Path:
    return write_demo(tmp_path / "demo.factdesk")


def claim_headings(path: Path) -> list[str]:
    doc = docx.Document(str(path))
    return [p.text for p in doc.paragraphs if p.style.name.startswith("Heading") and p.text[:1].isdigit()]


def one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("factdesk: ")
    return lines[0]


def test_export_writes_every_claim_by_default(demo, tmp_path, capsys):
    out = tmp_path / "report.docx"
    assert main(["export", str(demo), "-o", str(out)]) == 0
    assert f"Wrote {out}" in capsys.readouterr().out
    assert len(claim_headings(out)) == 5


def test_export_refuses_to_overwrite_without_force(demo, tmp_path, capsys):
    out = tmp_path / "report.docx"
    out.write_bytes(b"keep me")
    assert main(["export", str(demo), "-o", str(out)]) == 1
    assert "--force" in one_line_error(capsys)
    assert out.read_bytes() == b"keep me"
    assert main(["export", str(demo), "-o", str(out), "--force"]) == 0
    assert len(claim_headings(out)) == 5


def test_export_in_ukrainian_and_of_one_report(demo, tmp_path):
    with Workspace.open(demo) as ws:
        report_id = reports.create_report(ws, title="Two claims", claim_ids=[2, 4]).subject
    out = tmp_path / "uk.docx"
    assert main(["export", str(demo), "-o", str(out), "--report", str(report_id), "--lang", "uk"]) == 0
    doc = docx.Document(str(out))
    assert doc.paragraphs[0].text == "Two claims"
    assert "Твердження та вердикти" in [p.text for p in doc.paragraphs]
    assert [h.split(".")[0] for h in claim_headings(out)] == ["1", "2"]
    assert "Maria Zakharova" in claim_headings(out)[0] and "Dmitry Medvedev" in claim_headings(out)[1]


def test_export_with_a_template_reports_what_it_lacked(demo, tmp_path, capsys):
    template = tmp_path / "plain.docx"
    docx.Document().save(str(template))
    out = tmp_path / "r.docx"
    assert main(["export", str(demo), "-o", str(out), "--template", str(template)]) == 0
    captured = capsys.readouterr()
    assert "factdesk: The template has no 'Hyperlink' style" in captured.err
    assert out.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--report", "99"], "no longer exists"),
        (["--template", "GARBAGE"], "not a Word document"),
        (["--template", "MISSING"], "does not exist"),
    ],
)
def test_export_errors_exit_1_with_one_line(demo, tmp_path, capsys, args, message):
    (tmp_path / "garbage.docx").write_bytes(b"\x00 not a document")
    args = [
        a.replace("GARBAGE", str(tmp_path / "garbage.docx")).replace("MISSING", str(tmp_path / "no.dotx")) for a in args
    ]
    out = tmp_path / "r.docx"
    assert main(["export", str(demo), "-o", str(out), *args]) == 1
    assert message in one_line_error(capsys)
    assert not out.exists()


def test_export_of_a_missing_workspace_or_to_a_missing_folder_fails_cleanly(demo, tmp_path, capsys):
    assert main(["export", str(tmp_path / "nope.factdesk"), "-o", str(tmp_path / "r.docx")]) == 1
    assert "nope.factdesk" in one_line_error(capsys)
    assert main(["export", str(demo), "-o", str(tmp_path / "no" / "r.docx")]) == 1
    assert "does not exist" in one_line_error(capsys)


def test_export_runs_headless_without_qt(demo, tmp_path):
    out = tmp_path / "headless.docx"
    code = (
        "import sys\n"
        "from app.cli import main\n"
        f"rc = main(['export', {str(demo)!r}, '-o', {str(out)!r}])\n"
        "assert 'PySide6' not in sys.modules, 'Qt was imported'\n"
        "sys.exit(rc)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert len(claim_headings(out)) == 5
