"""The demo workspace, and the headless command line run in-process and as a real process."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from app import demo
from app.cli import main
from app.errors import WorkspaceError
from app.services import claims, evidence, sources
from app.transfer import dump
from app.workspace import Workspace

ROOT = Path(__file__).resolve().parents[1]


# -- the demo ----------------------------------------------------------------------------------


def test_write_demo_creates_the_demo_workspace(tmp_path):
    path = demo.write_demo(tmp_path / "demo.factdesk")
    assert path == tmp_path / "demo.factdesk"
    with Workspace.open(path) as ws:
        data = dump(ws)
        assert len(data["sources"]) == 1 and len(data["claims"]) == 5 and len(data["evidence"]) >= 5
        source = sources.get_source(ws, data["sources"][0]["id"])
        assert source.title == "Demo: Kremlin narratives, 3–9 July 2023" and source.outlet == "Factdesk demo"
        for row in data["claims"]:
            claim = claims.get_claim(ws, row["id"])
            assert source.text[claim.claim.start : claim.claim.end] == claim.claim.quote
            assert claim.claimant is not None and claim.claimant.role
            assert claim.claim.claimed_on is not None and claim.tags and claim.claim.statement
        uses = Counter(link["evidence"] for link in data["links"])
        shared = [ev for ev, n in uses.items() if n == 2]
        assert len(shared) == 1
        assert "Security Council" in evidence.get_evidence(ws, shared[0]).title
        assert all(uses[ev["id"]] >= 1 for ev in data["evidence"])  # no evidence left unlinked
    assert {c["status"] for c in data["claims"]} == {"done", "in_review", "researching"}
    ratings = {c["claimant"]: c["rating"] for c in data["claims"]}
    by_name = {a["id"]: a["name"] for a in data["actors"]}
    assert {by_name[k]: v for k, v in ratings.items()} == {
        "Leonid Slutsky": "True",
        "Maria Zakharova": "False",
        "Vasily Nebenzia": "False",
        "Dmitry Medvedev": "Unproven",
        "Dmitry Peskov": None,
    }
    assert any(link["stance"] == "refutes" for link in data["links"])
    assert any(link["stance"] == "supports" for link in data["links"])
    assert "https://www.clusterconvention.org/states-parties/" in {ev["url"] for ev in data["evidence"]}


def test_demo_evidence_with_a_paraphrased_excerpt_says_so():
    for ev in demo.demo_data()["evidence"]:
        assert ev["url"].startswith(("https://", "http://")) and ev["publisher"] and ev["excerpt"]
        assert "Illustrative" in ev["note"]


def test_demo_text_is_our_own(sample_text):
    """It draws on the sample review's facts but copies none of its paragraphs or sentences."""
    text = demo.demo_data()["sources"][0]["text"]
    assert 6 <= len(text.split("\n")) <= 10
    for sentence in text.replace("\n", " ").split(". "):
        if "“" not in sentence:  # quotations of the officials are quoted as they were said
            assert sentence not in sample_text
    for fact in (
        "185,000",
        "Nebenzia",
        "Slutsky",
        "cluster munitions",
        "a high threat of sabotage from the Kyiv regime",
    ):
        assert fact in text and fact in sample_text


def test_demo_data_is_a_fresh_copy_each_time():
    first = demo.demo_data()
    first["evidence"][0]["title"] = "changed"
    first["claims"][0]["tags"].append("changed")
    second = demo.demo_data()
    assert second["evidence"][0]["title"] != "changed" and "changed" not in second["claims"][0]["tags"]


def test_write_demo_refuses_an_existing_path(tmp_path):
    existing = tmp_path / "mine.factdesk"
    existing.write_bytes(b"precious")
    with pytest.raises(WorkspaceError, match="already exists"):
        demo.write_demo(existing)
    assert existing.read_bytes() == b"precious"


# -- the command line, in-process ---------------------------------------------------------------


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.startswith("Factdesk ")


def test_new_demo_dump_and_load(capsys, tmp_path):
    empty, demo_path, copy = tmp_path / "empty.factdesk", tmp_path / "demo.factdesk", tmp_path / "copy.factdesk"
    assert run(capsys, "new", empty) == (0, f"Created {empty}\n", "")
    assert run(capsys, "demo", demo_path) == (0, f"Wrote the demo workspace to {demo_path}\n", "")

    code, out, err = run(capsys, "dump", demo_path)
    assert code == 0 and err == ""
    dumped = json.loads(out)
    assert len(dumped["claims"]) == 5
    (tmp_path / "demo.json").write_text(out, encoding="utf-8")

    code, out, err = run(capsys, "load", empty, tmp_path / "demo.json")
    assert (code, err) == (0, "")
    assert out == f"Added 1 source, 5 claims, 6 pieces of evidence and 7 links to {empty}.\n"
    code, out, _ = run(capsys, "load", copy, tmp_path / "demo.json")
    assert code == 0 and out.startswith(f"Created {copy} and added 1 source")

    code, out, _ = run(capsys, "dump", copy)
    again = json.loads(out)
    assert [again[k] for k in ("sources", "claims", "evidence", "links")] == [
        dumped[k] for k in ("sources", "claims", "evidence", "links")
    ]


@pytest.mark.parametrize(
    "argv, expected",
    [
        (("dump", "{tmp}/missing.factdesk"), "factdesk: There is no file at {tmp}/missing.factdesk.\n"),
        (("dump", "{tmp}/notes.txt"), "factdesk: notes.txt is not a Factdesk workspace.\n"),
        (("dump", "{tmp}"), "factdesk: {tmp} is a folder, not a Factdesk workspace.\n"),
        (
            ("load", "{tmp}/w.factdesk", "{tmp}/notes.txt"),
            "factdesk: notes.txt is not valid JSON: Expecting value at line 1, column 1.\n",
        ),
        (("load", "{tmp}/w.factdesk", "{tmp}/missing.json"), "factdesk: There is no file at {tmp}/missing.json.\n"),
        (
            ("load", "{tmp}/notes.txt", "{tmp}/list.json"),
            "factdesk: The file holds a list, not a Factdesk workspace export",
        ),
        (("new", "{tmp}/notes.txt"), "factdesk: {tmp}/notes.txt already exists; choose another name.\n"),
        (
            ("demo", "{tmp}/notes.txt"),
            "factdesk: {tmp}/notes.txt already exists; the demo is only written to a new file.\n",
        ),
        (("new", "{tmp}/no/such/folder.factdesk"), "factdesk: The folder {tmp}/no/such does not exist.\n"),
    ],
    ids=[
        "dump missing",
        "dump a text file",
        "dump a folder",
        "load not JSON",
        "load missing file",
        "load a list",
        "new over a file",
        "demo over a file",
        "new in a missing folder",
    ],
)
def test_errors_are_one_line_and_exit_1(capsys, tmp_path, argv, expected):
    (tmp_path / "notes.txt").write_text("Meeting notes, not a workspace.\n" * 10, encoding="utf-8")
    (tmp_path / "list.json").write_text("[]", encoding="utf-8")
    code, out, err = run(capsys, *(a.format(tmp=tmp_path) for a in argv))
    assert code == 1 and out == ""
    assert err.startswith(expected.format(tmp=tmp_path))
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "w.factdesk").exists()
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "Meeting notes, not a workspace.\n" * 10


# -- the command line, as a process ------------------------------------------------------------


def python(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=120
    )


def test_headless_commands_never_import_qt(tmp_path):
    path = tmp_path / "demo.factdesk"
    demo.write_demo(path)
    probe = (
        "import sys\n"
        "from app.cli import main\n"
        f"code = main(['dump', {str(path)!r}])\n"
        "qt = sorted(m for m in sys.modules if m.split('.')[0] == 'PySide6')\n"
        "print('exit', code, 'qt', qt, file=sys.stderr)\n"
    )
    done = python("-c", probe)
    assert done.stderr.strip() == "exit 0 qt []"
    assert len(json.loads(done.stdout)["claims"]) == 5


def test_a_bad_file_gives_a_message_not_a_traceback(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "factdesk-workspace", "version": 1, "claims": [{"id": "c1"}]}', encoding="utf-8")
    done = python("-m", "app.cli", "load", str(tmp_path / "w.factdesk"), str(bad))
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr == 'factdesk: claims[0] (id "c1"): "source" is missing.\n'
    assert not (tmp_path / "w.factdesk").exists()
