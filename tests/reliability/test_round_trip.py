"""Battery 7: nasty text stored through the services, dumped as JSON byte-exact, exported as Word.

The rule for what is stored: text is kept exactly as given, except that each surrogate code point
(a lone half of a UTF-16 pair, which UTF-8 and so SQLite cannot hold) becomes U+FFFD, one for one
so that offsets into a source stay right (app.services._common.storable); single-line fields
lose surrounding whitespace (and a summary's inner runs of it), and a source's line endings
become \\n, as everywhere else. Control characters, NUL, right-to-left marks and emoji are kept.
The JSON dump holds exactly what is stored; loading it into a new workspace and dumping again
gives the same text; the Word export drops what XML cannot hold (exports.text) without an error.
"""

from __future__ import annotations

import io
import json
import shutil
import time

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import record

from app.errors import ValidationError
from app.services import claims, evidence, reports, sources
from app.services._common import storable
from app.transfer import dump, load
from app.workspace import Workspace
from exports.docx_report import write_docx
from exports.report_data import build_snapshot
from exports.text import xml_text

PIECES = (
    *("\x00", "\x01", "\x07", "\x0b", "\x0c", "\x1b", "\x7f", "\r\n", "\r", "\t", "\u200e", "\u200f", "\u202e"),
    *("\u2066", "\u2069", "\u061c", "\ufeff", "\ufffe", "\uffff", "\ud800", "\udbff", "\udc00", "\udfff"),
    *("😀", "👩\u200d👩\u200d👧", "🇺🇦", "e\u0301", "Ї", "عربى", "\U0010ffff", " ", "  ", "\ud83d\ude00"),
)
#: any code point (surrogates included), and pieces chosen to hurt, strung together
TEXT = st.lists(
    st.one_of(st.characters(blacklist_categories=()), st.sampled_from(PIECES)), min_size=1, max_size=40
).map("".join)
FIGURES = {"examples": 0, "refused_as_empty": 0, "with_surrogates": 0, "with_controls": 0, "exports": 0}


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    folder = tmp_path_factory.mktemp("round-trip")
    ws = Workspace.create(folder / "nasty.factdesk", user="hypothesis")
    source_id = sources.create_source(ws, title="Base", text="A plain source to hang claims on.").subject
    started = time.perf_counter()
    yield ws, source_id, folder
    ws.close()
    record("7 property-based round trip", **FIGURES, seconds=round(time.perf_counter() - started, 1))


def field(text: str) -> str:
    return storable(text).strip()


@settings(max_examples=100, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXT)
def test_nasty_text_is_stored_dumped_and_exported(desk, text):
    ws, base_id, folder = desk
    FIGURES["examples"] += 1
    FIGURES["with_surrogates"] += any("\ud800" <= c <= "\udfff" for c in text)
    FIGURES["with_controls"] += any(ord(c) < 32 or c == "\x7f" for c in text)
    if not field(text):  # a title must hold something: refused, in words, nothing written
        FIGURES["refused_as_empty"] += 1
        with pytest.raises(ValidationError, match="cannot be empty"):
            evidence.create_evidence(ws, title=text)
        return
    source_id = sources.create_source(ws, title=text, text=text).subject
    claim_id = claims.create_claim(ws, base_id, 2, 7, statement=text, rationale=text).subject
    claims.update_claim(ws, claim_id, summary=text)
    evidence_id = evidence.create_and_link(ws, claim_id, {"title": text, "excerpt": text}, stance="refutes").subject
    report_id = reports.create_report(ws, title=text, claim_ids=[claim_id]).subject

    stored = storable(text).replace("\r\n", "\n").replace("\r", "\n")
    assert sources.get_source(ws, source_id).text == stored  # the source's text: exactly, but for the rule
    assert sources.get_source(ws, source_id).title == field(text)
    claim = claims.get_claim(ws, claim_id).claim
    assert (claim.statement, claim.rationale) == (field(text), field(text))
    assert claim.summary == " ".join(field(text).split())

    # the JSON dump: what is stored, byte for byte once encoded as UTF-8
    data = json.loads(json.dumps(dump(ws), ensure_ascii=False).encode("utf-8").decode("utf-8"))
    dumped = {s["id"]: s for s in data["sources"]}[source_id]
    assert (dumped["title"], dumped["text"]) == (field(text), stored)
    dumped_claim = {c["id"]: c for c in data["claims"]}[claim_id]
    assert dumped_claim["statement"] == field(text) and dumped_claim["rationale"] == field(text)
    dumped_evidence = {e["id"]: e for e in data["evidence"]}[
        next(link["evidence"] for link in data["links"] if link["claim"] == claim_id)
    ]
    assert dumped_evidence["title"] == field(text) and dumped_evidence["excerpt"] == field(text)
    del evidence_id

    # the Word report: written, readable, with the text as XML can hold it
    target = folder / f"report-{report_id}.docx"
    write_docx(build_snapshot(ws, report_id), target)
    FIGURES["exports"] += 1
    body = "\n".join(p.text for p in docx.Document(io.BytesIO(target.read_bytes())).paragraphs)
    shown = " ".join(xml_text(field(text)).split())
    assert " ".join(body.split()).find(shown) >= 0 or not shown
    target.unlink()


@pytest.fixture(scope="module")
def empty(tmp_path_factory):
    """An empty workspace file to copy (creating one runs every migration: too slow per example)."""
    path = tmp_path_factory.mktemp("empty") / "empty.factdesk"
    Workspace.create(path).close()
    return path


@settings(max_examples=20, deadline=None, database=None)
@given(texts=st.lists(TEXT, min_size=1, max_size=4))
def test_a_dump_loads_into_a_new_workspace_and_dumps_the_same(tmp_path_factory, empty, texts):
    folder = tmp_path_factory.mktemp("load")
    for name in ("a.factdesk", "b.factdesk"):
        shutil.copyfile(empty, folder / name)
    with Workspace.open(folder / "a.factdesk") as ws:
        base_id = sources.create_source(ws, title="Base", text="A plain source to hang claims on.").subject
        for text in texts:
            if field(text):
                sources.create_source(ws, title=text, text=text + "!")
                claims.create_claim(ws, base_id, 2, 7, statement=text, rationale=text, tags=[text])
                evidence.create_evidence(ws, title=text, excerpt=text, note=text)
        first = dump(ws)
    with Workspace.open(folder / "b.factdesk") as ws:
        load(ws, json.loads(json.dumps(first, ensure_ascii=False)))
        second = dump(ws)

    def contents(data):
        return {key: data[key] for key in ("sources", "actors", "claims", "evidence", "links")}

    assert contents(second) == contents(first)
