"""The typing journal (app/journal.py): only unsaved typing, written whole, gone when empty."""

from __future__ import annotations

import json

import pytest

from app import journal


def test_the_journal_holds_only_what_is_unsaved(tmp_path):
    workspace = tmp_path / "w.factdesk"
    typing = journal.TypingJournal(workspace)
    assert typing.path == tmp_path / "w.factdesk.typing.json"
    typing.flush()
    assert not typing.path.exists()  # nothing typed: no file
    typing.note(12, "statement", "Захарова заявила")
    typing.note(12, "rationale", "because")
    typing.flush()
    assert journal.read(workspace) == [
        journal.Typing(12, "statement", "Захарова заявила"),
        journal.Typing(12, "rationale", "because"),
    ]
    typing.forget(12, "statement")
    typing.flush()
    assert [t.field for t in journal.read(workspace)] == ["rationale"]
    typing.replace([])
    typing.flush()
    assert not typing.path.exists()  # all saved: the file goes


def test_a_journal_left_by_a_crash_stays_until_answered(tmp_path):
    workspace = tmp_path / "w.factdesk"
    crashed = journal.TypingJournal(workspace)
    crashed.note(3, "tags", "MH17, Ukraine")
    crashed.flush()
    fresh = journal.TypingJournal(workspace)  # the next start, before it offers the typing back
    fresh.flush()
    assert journal.read(workspace) == [journal.Typing(3, "tags", "MH17, Ukraine")]
    journal.remove(workspace)
    assert journal.read(workspace) == []


def test_discard_removes_the_file_and_no_temporary_file_is_left(tmp_path):
    workspace = tmp_path / "w.factdesk"
    typing = journal.TypingJournal(workspace)
    for n in range(5):
        typing.note(1, "summary", f"version {n}")
        typing.flush()
    assert journal.read(workspace)[0].text == "version 4"
    typing.discard()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "content",
    ["not json", "[]", '{"entries": [{"claim_id": "x", "field": "summary", "text": "a"}]}', '{"entries": 5}'],
)
def test_a_damaged_journal_reads_as_nothing_and_is_left_alone(tmp_path, content, caplog):
    workspace = tmp_path / "w.factdesk"
    path = journal.journal_path(workspace)
    path.write_text(content, encoding="utf-8")
    assert journal.read(workspace) == []
    assert path.read_text(encoding="utf-8") == content


def test_unknown_fields_are_neither_written_nor_read(tmp_path):
    workspace = tmp_path / "w.factdesk"
    with pytest.raises(ValueError):
        journal.TypingJournal(workspace).note(1, "quote", "x")
    entries = [{"claim_id": 1, "field": "quote", "text": "x"}, {"claim_id": 1, "field": "summary", "text": "y"}]
    journal.journal_path(workspace).write_text(json.dumps({"version": 1, "entries": entries}), encoding="utf-8")
    assert journal.read(workspace) == [journal.Typing(1, "summary", "y")]


def test_a_journal_that_cannot_be_written_is_logged_not_raised(tmp_path, caplog):
    typing = journal.TypingJournal(tmp_path / "missing-folder" / "w.factdesk")
    typing.note(1, "summary", "words")
    typing.flush()  # the folder does not exist: a warning, and the typing is still in memory
    assert "could not be written" in caplog.text
    assert typing.entries == [journal.Typing(1, "summary", "words")]
