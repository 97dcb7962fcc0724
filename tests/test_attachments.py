"""Evidence attachments: hashed while streamed in, deduplicated, never changed, checked again on demand."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.errors import ValidationError
from app.services import attachments, evidence
from app.services.attachments import media_type_of
from app.transfer import dump, load, load_file
from app.workspace import Workspace

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
DATA = Path(__file__).parent / "data" / "intake"


def _blobs(ws: Workspace) -> list[tuple]:
    with sqlite3.connect(ws.path) as con:
        return con.execute("SELECT sha256, size, length(data) FROM blob ORDER BY sha256").fetchall()


def _piece(ws: Workspace, title: str = "Ministry statement") -> int:
    return evidence.create_evidence(ws, title=title).subject


def test_a_file_is_stored_whole_under_its_sha256(ws, tmp_path):
    payload = os.urandom(3 * attachments.CHUNK + 123)  # several chunks and a partial one
    file = tmp_path / "capture.bin"
    file.write_bytes(payload)
    evidence_id = _piece(ws)
    seen = []
    changes = attachments.attach_file(
        ws, evidence_id, file, url="example.org/post", progress=lambda d, t: seen.append((d, t))
    )
    (row,) = attachments.attachments_of(ws, evidence_id)
    assert changes.subject == row.id
    assert row.sha256 == hashlib.sha256(payload).hexdigest()
    assert row.size == len(payload) and row.name == "capture.bin"
    assert row.url == "https://example.org/post" and row.analyst == "tester"
    assert row.captured_at.tzinfo is not None and row.captured_at.utcoffset().total_seconds() == 0
    assert seen[-1] == (2 * len(payload), 2 * len(payload))  # read twice: hashed, then written and hashed again
    assert _blobs(ws) == [(row.sha256, len(payload), len(payload))]
    assert attachments.read_head(ws, row.id, 10) == payload[:10]


def test_same_bytes_are_stored_once(ws, tmp_path):
    (tmp_path / "a.png").write_bytes(PNG)
    (tmp_path / "copy of a.png").write_bytes(PNG)
    first, second = _piece(ws, "One"), _piece(ws, "Two")
    attachments.attach_file(ws, first, tmp_path / "a.png")
    attachments.attach_file(ws, second, tmp_path / "copy of a.png")
    assert len(_blobs(ws)) == 1
    assert attachments.attachments_of(ws, second)[0].name == "copy of a.png"
    with pytest.raises(ValidationError, match="already attached"):
        attachments.attach_file(ws, first, tmp_path / "copy of a.png")
    assert len(attachments.attachments_of(ws, first)) == 1


def test_zero_byte_file_is_hashed_like_any_other(ws, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    evidence_id = _piece(ws)
    attachments.attach_file(ws, evidence_id, tmp_path / "empty.txt")
    (row,) = attachments.attachments_of(ws, evidence_id)
    assert row.sha256 == hashlib.sha256(b"").hexdigest() and row.size == 0
    assert attachments.verify(ws).ok


def test_size_limit_is_refused_naming_the_file_and_nothing_is_kept(ws, tmp_path):
    (tmp_path / "big.pdf").write_bytes(b"%PDF-1.4\n" + b"x" * 2000)
    evidence_id = _piece(ws)
    with pytest.raises(ValidationError, match=r"big\.pdf is 2\.0 KB; attachments can be at most 1,000 bytes"):
        attachments.attach_file(ws, evidence_id, tmp_path / "big.pdf", limit=1000)
    assert _blobs(ws) == [] and attachments.attachments_of(ws, evidence_id) == []


class _Vanishing:
    """A file that fails half-way through (unplugged drive, deleted share)."""

    def __init__(self, data: bytes, fail_after: int) -> None:
        self.data, self.fail_after, self.at = data, fail_after, 0

    def read(self, n: int) -> bytes:
        if self.at >= self.fail_after:
            raise OSError(5, "Input/output error")
        chunk = self.data[self.at : self.at + n]
        self.at += len(chunk)
        return chunk


def test_a_file_failing_mid_copy_leaves_nothing_behind(ws):
    evidence_id = _piece(ws)
    data = os.urandom(3 * attachments.CHUNK)
    with pytest.raises(ValidationError, match="could not be read to the end"), ws.writing() as session:
        attachments.store_stream(session, _Vanishing(data, attachments.CHUNK), len(data), name="video.mp4")
    assert _blobs(ws) == []
    assert attachments.attachments_of(ws, evidence_id) == []


def test_a_file_that_shrinks_or_vanishes_is_refused(ws, tmp_path):
    evidence_id = _piece(ws)
    data = os.urandom(1000)
    with pytest.raises(ValidationError, match="shrank or vanished"), ws.writing() as session:
        attachments.store_stream(session, _Vanishing(data[:500], 10**9), 1000, name="x.bin")
    with pytest.raises(ValidationError, match="There is no file"):
        attachments.attach_file(ws, evidence_id, tmp_path / "gone.png")
    assert _blobs(ws) == []


def test_stored_blobs_cannot_be_updated(ws, tmp_path):
    (tmp_path / "a.png").write_bytes(PNG)
    attachments.attach_file(ws, _piece(ws), tmp_path / "a.png")
    with sqlite3.connect(ws.path) as con, pytest.raises(sqlite3.IntegrityError, match="never changed"):
        con.execute("UPDATE blob SET data = x'00'")


def test_media_types_by_content_then_extension():
    assert media_type_of(PNG, "shot.jpg") == "image/png"  # content wins over a wrong extension
    assert media_type_of(b"\xff\xd8\xff\xe0", "") == "image/jpeg"
    assert media_type_of(b"GIF89a...", "") == "image/gif"
    assert media_type_of(b"RIFF\x00\x00\x00\x00WEBPVP8 ", "") == "image/webp"
    assert media_type_of(b"%PDF-1.7\n", "report") == "application/pdf"
    assert media_type_of(b"<!DOCTYPE html><html><head>", "page.txt") == "text/html"
    assert media_type_of((DATA / "weekly-review-2023-07-09.docx").read_bytes()[:8192], "x.docx").endswith(
        "wordprocessingml.document"
    )
    assert media_type_of(b"PK\x03\x04rest", "bundle.zip") == "application/zip"
    assert media_type_of(b"a,b\n1,2\n", "table.csv") == "text/csv"
    assert media_type_of(b"plain words", "notes") == "text/plain"
    assert media_type_of(b"\x00\x01\x02binary", "blob") == "application/octet-stream"


def test_save_copy_and_temp_copy_never_hand_out_the_original(ws, tmp_path):
    payload = os.urandom(5000)
    (tmp_path / "in.bin").write_bytes(payload)
    evidence_id = _piece(ws)
    attachments.attach_file(ws, evidence_id, tmp_path / "in.bin")
    (row,) = attachments.attachments_of(ws, evidence_id)
    attachments.save_copy(ws, row.id, tmp_path / "out.bin")
    assert (tmp_path / "out.bin").read_bytes() == payload
    temp, _changes = attachments.temp_copy(ws, row.id, tmp_path / "private")
    assert temp.read_bytes() == payload
    assert not os.access(temp, os.W_OK) or os.geteuid() == 0  # read-only (root may write anyway)
    assert oct(temp.stat().st_mode & 0o777) == "0o400"


# -- integrity ---------------------------------------------------------------------------------


def _tamper(path: Path, sha256: str) -> None:
    """Flip one byte of a stored blob behind Factdesk's back (blob I/O bypasses the trigger)."""
    with sqlite3.connect(path) as con:
        rowid = con.execute("SELECT rowid FROM blob WHERE sha256 = ?", (sha256,)).fetchone()[0]
        with con.blobopen("blob", "data", rowid) as blob:
            first = blob.read(1)
            blob.seek(0)
            blob.write(bytes([first[0] ^ 0xFF]))


def test_verify_finds_a_flipped_byte_and_a_missing_blob(ws, tmp_path):
    (tmp_path / "a.png").write_bytes(PNG)
    (tmp_path / "b.txt").write_bytes(b"hello")
    first, second = _piece(ws, "Screenshot"), _piece(ws, "Notes")
    attachments.attach_file(ws, first, tmp_path / "a.png")
    attachments.attach_file(ws, second, tmp_path / "b.txt")
    assert attachments.verify(ws).ok
    png, txt = attachments.attachments_of(ws, first)[0], attachments.attachments_of(ws, second)[0]
    _tamper(ws.path, png.sha256)
    with sqlite3.connect(ws.path) as con:
        con.execute("PRAGMA foreign_keys = OFF")
        con.execute("DELETE FROM blob WHERE sha256 = ?", (txt.sha256,))
    report = attachments.verify(ws)
    assert not report.ok
    assert {(p.problem, p.name) for p in report.problems} == {("altered", "a.png"), ("missing", "b.txt")}
    assert report.flagged() == {first: {png.id: "altered"}, second: {txt.id: "missing"}}


def test_verify_command_exits_1_on_tampering(ws, tmp_path):
    (tmp_path / "a.png").write_bytes(PNG)
    attachments.attach_file(ws, _piece(ws), tmp_path / "a.png")
    sha = attachments.attachments_of(ws, 1)[0].sha256
    ws.close()
    command = [sys.executable, "-m", "app.cli", "verify", str(ws.path)]
    root = Path(__file__).resolve().parents[1]
    ok = subprocess.run(command, capture_output=True, text=True, cwd=root)
    assert ok.returncode == 0, ok.stderr
    assert "every file is intact" in ok.stdout
    _tamper(ws.path, sha)
    bad = subprocess.run(command, capture_output=True, text=True, cwd=root)
    assert bad.returncode == 1
    assert f"ALTERED  a.png (evidence #1 “Ministry statement”, attachment #1): expected SHA-256 {sha}" in bad.stdout


# -- workspace JSON ----------------------------------------------------------------------------


def _document(files: list[dict]) -> dict:
    return {
        "format": "factdesk-workspace",
        "version": 1,
        "evidence": [{"id": "e1", "title": "Saved page", "attachments": files}],
    }


def test_json_load_reads_attachments_relative_to_the_file_and_dump_lists_them(tmp_path):
    folder = tmp_path / "case"
    (folder / "files").mkdir(parents=True)
    (folder / "files" / "page.html").write_bytes(b"<!DOCTYPE html><html><body>hi</body></html>")
    doc = _document([{"file": "files/page.html", "captured": "2023-07-09T18:30:00+03:00", "url": "example.org"}])
    (folder / "case.json").write_text(json.dumps(doc), encoding="utf-8")
    line = load_file(tmp_path / "w.factdesk", folder / "case.json")
    assert "1 piece of evidence" in line and "1 attachment" in line
    with Workspace.open(tmp_path / "w.factdesk") as ws:
        (item,) = dump(ws)["evidence"][0]["attachments"]
        data = dump(ws)
    assert item["name"] == "page.html" and item["media_type"] == "text/html" and item["size"] == 43
    assert item["sha256"] == hashlib.sha256((folder / "files" / "page.html").read_bytes()).hexdigest()
    assert item["captured"] == "2023-07-09T15:30:00+00:00" and item["url"] == "https://example.org"
    assert "file" not in item and "data" not in item

    # round trip: the dump names the bytes by hash; into the same workspace they are found again,
    # into an empty one they are reported as not carried
    with Workspace.open(tmp_path / "w.factdesk") as ws:
        summary = load(ws, data)
        assert summary.attachments == 1 and summary.attachments_skipped == 0
        again = dump(ws)["evidence"][1]["attachments"][0]
    assert {k: again[k] for k in ("sha256", "size", "media_type", "name", "captured", "url")} == {
        k: item[k] for k in ("sha256", "size", "media_type", "name", "captured", "url")
    }
    with Workspace.create(tmp_path / "empty.factdesk") as other:
        summary = load(other, data)
    assert summary.attachments_skipped == 1
    assert "listed without a file" in summary.describe("x")


def test_json_attachments_without_a_folder_or_with_a_missing_file_are_refused(ws, tmp_path):
    with pytest.raises(ValidationError, match="came from no folder"):
        load(ws, _document([{"file": "shot.png"}]))
    with pytest.raises(ValidationError, match=r'evidence\[0\] \(id "e1"\) "attachments"\[0\]: there is no file'):
        load(ws, _document([{"file": "nothere.png"}]), base=tmp_path)
    (tmp_path / "big.bin").write_bytes(b"x" * 5000)
    with pytest.raises(ValidationError, match=r"big\.bin is 4\.9 KB"):
        load(ws, _document([{"file": "big.bin"}]), base=tmp_path, limit=1000)
    assert dump(ws)["evidence"] == [] and _blobs(ws) == []


class _Changing:
    """A file rewritten between the hashing pass and the writing pass."""

    def __init__(self, data: bytes) -> None:
        self.data, self.at, self.passes = data, 0, 0

    def read(self, n: int) -> bytes:
        chunk = self.data[self.at : self.at + n]
        self.at += len(chunk)
        return chunk

    def seek(self, at: int) -> None:
        self.at = at
        self.data = bytes(b ^ 1 for b in self.data)  # someone saved over it meanwhile


def test_a_file_changed_between_hashing_and_writing_leaves_nothing_behind(ws):
    with pytest.raises(ValidationError, match="changed while it was being copied"), ws.writing() as session:
        attachments.store_stream(session, _Changing(os.urandom(5000)), 5000, name="live.log")
    assert _blobs(ws) == []


def test_upgrading_a_0004_workspace_keeps_originals_and_puts_blob_data_last(tmp_path):
    from app import migrations
    from app import workspace as wsmod
    from app.services.intake import original_of

    path = tmp_path / "old.factdesk"
    conn = wsmod._connect(path, create=True)
    conn.execute(f"PRAGMA application_id={wsmod.APPLICATION_ID}")
    conn.close()
    engine = wsmod._make_engine(path)
    migrations.upgrade(engine, "0004")
    engine.dispose()
    sha = hashlib.sha256(b"original bytes").hexdigest()
    with sqlite3.connect(path) as con:
        con.execute("PRAGMA foreign_keys = ON")
        con.execute(
            "INSERT INTO blob (sha256, size, media_type, data, created_at) VALUES (?, 14, 'text/plain', ?, ?)",
            (sha, b"original bytes", "2026-01-01 00:00:00.000000"),
        )
        con.execute(
            "INSERT INTO source (title, kind, outlet, author, url, language, text, created_at, updated_at, "
            "original_sha256, original_name) VALUES ('T', 'article', '', '', '', '', 'text', "
            "'2026-01-01 00:00:00', '2026-01-01 00:00:00', ?, 'a.txt')",
            (sha,),
        )
    with Workspace.open(path) as ws:
        assert original_of(ws, 1).data == b"original bytes"
        with sqlite3.connect(path) as con:
            columns = [row[1] for row in con.execute("PRAGMA table_info(blob)")]
            assert columns[-1] == "data"
            assert con.execute("PRAGMA foreign_key_check").fetchall() == []
            assert "REFERENCES blob" in con.execute("SELECT sql FROM sqlite_master WHERE name = 'source'").fetchone()[0]
            con.execute("PRAGMA foreign_keys = ON")
            with pytest.raises(sqlite3.IntegrityError):
                con.execute("DELETE FROM blob")  # still RESTRICTed by the source that was imported from it
        assert attachments.verify(ws).ok
