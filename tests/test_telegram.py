"""Telegram Desktop exports as sources (app/intake/telegram.py, app/services/telegram.py, the CLI).

Each trap of ../shared/docs/TELEGRAM.md §5 that the importer meets has a test here; the real
samples are in tests/data/telegram (SOURCES.md says where they come from).
"""

from __future__ import annotations

import io
import json
import sqlite3
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app.errors import ValidationError
from app.intake import telegram
from app.intake.result import Cancelled
from app.services import telegram as service
from app.services.sources import get_source
from app.workspace import Workspace

DATA = Path(__file__).parent / "data" / "telegram"
HTML_SAMPLE = DATA / "05_channel_html_excerpt_messages_2018_realexport.html"
LEGACY = DATA / "01_legacy_personal_chat_2020_langchain.json"
ROOT = Path(__file__).resolve().parent.parent

DAY = 86_400
JULY_1 = 1_688_169_600  # 2023-07-01 00:00 UTC


def post(message_id: int, stamp: int, text, **extra) -> dict:
    item = {
        "id": message_id,
        "type": "message",
        "date": datetime.fromtimestamp(stamp + 3 * 3600, UTC).strftime("%Y-%m-%dT%H:%M:%S"),
        "date_unixtime": str(stamp),
        "from": "Канал",
        "from_id": "channel1487851422",
        "text": text,
    }
    item.update(extra)
    return item


def channel_export(messages: list[dict], *, name: str = "Канал", chat_id: int = 1487851422) -> dict:
    return {"name": name, "type": "public_channel", "id": chat_id, "messages": messages}


def write(path: Path, data: dict | str) -> Path:
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False, indent=1), "utf-8")
    return path


def rows(ws: Workspace, columns: str = "external_key, url, title, text, posted_at, edited_at, forwarded_from") -> list:
    with ws.reading() as session:
        return session.connection().exec_driver_sql(f"SELECT {columns} FROM source ORDER BY id").fetchall()


WEEKS = [
    post(1, JULY_1 + 3600, "Перший пост"),
    post(2, JULY_1 + 2 * DAY, "Мобілізація: новий закон", edited_unixtime=str(JULY_1 + 2 * DAY + 60), edited="x"),
    {
        "id": 3,
        "type": "service",
        "date": "2023-07-03T10:00:00",
        "date_unixtime": str(JULY_1 + 2 * DAY + 100),
        "actor": "Канал",
        "action": "pin_message",
        "message_id": 2,
        "text": "",
        "text_entities": [],
    },
    post(
        4,
        JULY_1 + 8 * DAY,
        ["Читайте ", {"type": "text_link", "text": "тут", "href": "https://example.org/a"}, ""],
        forwarded_from="Інший канал",
    ),
    post(5, JULY_1 + 9 * DAY, "", photo="(File not included. Change data exporting settings to download.)"),
    post(-999_999_990, JULY_1 + 10 * DAY, "Старе повідомлення з групи"),
    post(7, JULY_1 + 16 * DAY, "Мобілізація знову"),
]


@pytest.fixture
def export(tmp_path) -> Path:
    return write(tmp_path / "result.json", channel_export(WEEKS))


# -- reading ---------------------------------------------------------------------------------------


def test_a_channel_export_becomes_one_source_per_post(ws, export):
    outcome = service.import_export(ws, export, handle="@kanal")
    assert (outcome.added, outcome.skipped, outcome.already) == (6, 1, 0)  # the pin is a service message
    found = rows(ws)
    keys = [r[0] for r in found]
    assert keys[0] == "telegram:1487851422:1" and "telegram:1487851422:-999999990" in keys
    assert found[0][1] == "https://t.me/kanal/1"
    assert found[4][1] == ""  # a negative id (a migrated group message) has no t.me link
    # the time is date_unixtime (UTC), not the exporter's local `date` three hours ahead
    assert found[0][4].startswith("2023-07-01 01:00:00")
    assert found[1][5].startswith("2023-07-03 00:01:00")  # edited, from edited_unixtime
    # a text_link keeps its hidden target; the trailing "" part adds nothing
    assert found[2][3] == "Читайте тут (https://example.org/a)" and found[2][6] == "Інший канал"
    # a photo left out of the export is a note, never a path
    assert found[3][3] == "[photo not included in the export]"
    with ws.reading() as session:
        kind, outlet, published = (
            session.connection().exec_driver_sql("SELECT kind, outlet, published FROM source WHERE id = 1").one()
        )
    assert (kind, outlet, published) == ("post", "Канал (Telegram @kanal)", "2023-07-01")
    stored = get_source(ws, 2)  # the driver-level insert writes what the ORM reads back
    assert stored.posted_at == datetime(2023, 7, 3, 0, 0, tzinfo=UTC)
    assert stored.edited_at == datetime(2023, 7, 3, 0, 1, tzinfo=UTC) and stored.published == date(2023, 7, 3)


def test_importing_the_same_export_twice_adds_nothing(ws, export):
    first = service.import_export(ws, export)
    second = service.import_export(ws, export)
    assert first.added == 6 and (second.added, second.already) == (0, 6)
    assert len(rows(ws)) == 6


def test_a_post_edited_since_the_last_import_is_kept_and_counted(tmp_path, ws, export):
    service.import_export(ws, export)
    edited = [dict(item) for item in WEEKS]
    edited[0] |= {"text": "Перший пост (виправлено)", "edited_unixtime": str(JULY_1 + 5 * DAY)}
    edited[1] |= {"edited_unixtime": str(JULY_1 + 2 * DAY + 60)}  # the same edit as before: not counted
    again = service.import_export(ws, write(tmp_path / "again.json", channel_export(edited)))
    assert (again.added, again.already, again.edited_since) == (0, 6, 1)
    assert str(again.warnings[0]).startswith("Edited in Telegram since the last import: 1 post. Each")
    assert rows(ws)[0][3] == "Перший пост"  # claims may point into it: left as it was


def test_a_date_range_and_a_keyword_choose_posts(ws, export):
    week = telegram.Selection(since=date(2023, 7, 1), until=date(2023, 7, 7), zone=UTC)
    outcome = service.import_export(ws, export, selection=week)
    assert outcome.added == 2 and outcome.filtered == 4
    word = service.import_export(ws, export, selection=telegram.Selection(grep="МОБІЛІЗАЦІЯ"))
    assert word.added == 1 and word.already == 1  # post 2 is in already; post 7 is new
    assert [r[0].rsplit(":", 1)[1] for r in rows(ws)] == ["1", "2", "7"]


def test_control_characters_written_as_x_escapes_are_read(tmp_path, ws):
    raw = json.dumps(channel_export([post(1, JULY_1, "a\u0001b"), post(2, JULY_1, "back\\x41slash")]))
    raw = raw.replace("\\u0001", "\\x01")  # what tdesktop writes: not JSON
    assert "\\x01" in raw and "back\\\\x41slash" in raw  # the second is an escaped backslash: left alone
    with pytest.raises(json.JSONDecodeError):
        json.loads(raw)
    outcome = service.import_export(ws, write(tmp_path / "result.json", raw))
    assert outcome.added == 2
    texts = [r[3] for r in rows(ws)]
    assert texts[0] == "a\u0001b" and texts[1] == "back\\x41slash"


@pytest.mark.parametrize("chunk", [1, 2, 3, 5, 7])
def test_the_x_escape_rewrite_holds_across_chunk_boundaries(monkeypatch, chunk):
    monkeypatch.setattr(telegram, "_CHUNK", chunk)
    raw = b'{"a": "\\x01\\\\x02\\\\\\x03end\\\\"}'
    out = telegram._Unescaped(io.BytesIO(raw)).read()
    assert out == b'{"a": "\\u0001\\\\x02\\\\\\u0003end\\\\"}'
    assert json.loads(out) == {"a": "\x01\\x02\\\x03end\\"}


def test_text_as_a_string_a_list_or_entities():
    assert telegram.text_of("plain") == "plain"
    mixed = ["a ", {"type": "bold", "text": "b"}, " ", {"type": "link", "text": "https://x.org"}, ""]
    assert telegram.text_of(mixed) == "a b https://x.org"
    # the entities win when both are there
    item = post(
        1,
        JULY_1,
        "old",
        text_entities=[
            {"type": "plain", "text": "new "},
            {"type": "text_link", "text": "link", "href": "https://y.org"},
        ],
    )
    assert telegram.post_from_json(item).text == "new link (https://y.org)"
    assert telegram.post_from_json({"id": 2, "type": "unsupported"}) is None


def test_an_old_export_without_unixtime_keeps_the_local_time_and_says_so(ws):
    outcome = service.import_export(ws, LEGACY)
    assert outcome.added == 3 and outcome.warnings
    assert "time zone" in str(outcome.warnings[0])
    assert rows(ws)[0][4].startswith("2020-01-01 00:00:02")
    assert rows(ws)[0][0] == "telegram:2730825451:1980499"


# -- HTML ---------------------------------------------------------------------------------------------


def test_the_real_html_export_imports_its_posts(tmp_path, ws):
    folder = tmp_path / "ChatExport_2018-09-06"
    folder.mkdir()
    (folder / "messages.html").write_bytes(HTML_SAMPLE.read_bytes())
    assert telegram.probe(folder) == "html" and telegram.probe(HTML_SAMPLE) == "html"
    outcome = service.import_export(ws, folder)
    assert outcome.channel == "🛡 Cybersecurity & Privacy news 🛡"
    found = rows(ws)
    assert outcome.added == len(found) >= 10
    first = found[0]
    assert first[0] == "telegram:name:🛡 Cybersecurity & Privacy news 🛡:25"  # date dividers (-1, -2) skipped
    assert first[2].startswith("🕴 Silence Group Quietly Emerges as New Threat to Banks")
    assert "📖 Read (https://www.darkreading.com/attacks-breaches/silence-group" in first[3]
    assert rows(ws, "author")[0][0] == ""  # the sender shown is the channel: no author
    assert first[4].startswith("2018-09-05 16:42:32")  # no offset in a 2018 export: local time, said so
    assert outcome.warnings
    again = service.import_export(ws, folder)
    assert again.added == 0 and again.already == outcome.added


def test_html_files_are_read_in_numeric_order(tmp_path):
    for name in ("messages10.html", "messages2.html", "messages.html", "other.html"):
        (tmp_path / name).write_text("x")
    assert [p.name for p in telegram.html_files(tmp_path)] == ["messages.html", "messages2.html", "messages10.html"]


# -- full-account exports --------------------------------------------------------------------------------


def test_a_full_account_export_lists_its_channels_to_choose_from(tmp_path, ws):
    account = {
        "about": "…",
        "personal_information": {"first_name": "A"},
        "chats": {
            "about": "",
            "list": [
                {"name": "Friend", "type": "personal_chat", "id": 5, "messages": [post(1, JULY_1, "hi")]},
                {
                    "name": "Новини",
                    "type": "public_channel",
                    "id": 77,
                    "messages": [post(1, JULY_1, "one"), post(2, JULY_1, "two")],
                },
            ],
        },
        "left_chats": {
            "about": "",
            "list": [
                {"name": "Old", "type": "private_channel", "id": 88, "messages": [post(9, JULY_1, "left")]},
            ],
        },
    }
    path = write(tmp_path / "result.json", account)
    choices = service.channel_choices(path)
    assert [(c.name, c.messages) for c in choices] == [("Новини", 2), ("Old", 1)]
    with pytest.raises(ValidationError, match=r"choose a channel.*Новини, Old"):
        service.import_export(ws, path)
    outcome = service.import_export(ws, path, channel="Old")
    assert outcome.added == 1 and rows(ws)[0][0] == "telegram:88:9"
    outcome = service.import_export(ws, path, channel=choices[0])
    assert outcome.added == 2 and [r[3] for r in rows(ws)] == ["left", "one", "two"]


# -- bad input ----------------------------------------------------------------------------------------


def test_a_truncated_export_is_refused_and_leaves_the_workspace_as_it_was(tmp_path, ws):
    messages = [post(n, JULY_1 + n * 60, f"Пост {n}") for n in range(1, 251)]
    raw = json.dumps(channel_export(messages), ensure_ascii=False, indent=1)
    path = write(tmp_path / "result.json", raw[: int(len(raw) * 0.9)])
    with pytest.raises(ValidationError, match=r"result\.json is not a readable Telegram export"):
        service.import_export(ws, path, batch_size=50)  # several batches were written before the end
    assert rows(ws) == []
    with ws.reading() as session:
        assert session.connection().exec_driver_sql("SELECT count(*) FROM source_fts").scalar() == 0


def test_invalid_json_is_refused_with_its_reason(tmp_path, ws):
    path = write(
        tmp_path / "result.json", '{"name": "K", "type": "public_channel", "id": 1, "messages": [ {"id": 1,, }]}'
    )
    with pytest.raises(ValidationError, match=r"result\.json is not a readable Telegram export: "):
        service.import_export(ws, path)
    assert rows(ws) == []


def test_a_cancel_midway_leaves_nothing(tmp_path, ws):
    messages = [post(n, JULY_1 + n * 60, f"Пост {n}") for n in range(1, 301)]
    path = write(tmp_path / "result.json", channel_export(messages))
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 200

    with pytest.raises(Cancelled):
        service.import_export(ws, path, cancelled=cancelled, batch_size=50)
    assert rows(ws) == []


def test_undo_and_redo_of_an_import(ws, export):
    outcome = service.import_export(ws, export)
    taken, changes = service.remove_posts(ws, outcome.ranges)
    assert rows(ws) == [] and len(taken) == 6 and changes.ids("source") == set(outcome.ids())
    service.restore_posts(ws, taken)
    assert len(rows(ws)) == 6
    with ws.reading() as session:  # the search index follows
        hits = (
            session.connection()
            .exec_driver_sql("SELECT rowid FROM source_fts WHERE source_fts MATCH 'Мобілізація'")
            .fetchall()
        )
    assert len(hits) == 2


def test_not_a_telegram_export(tmp_path):
    assert telegram.probe(write(tmp_path / "x.json", {"messages": 1})) == ""
    assert telegram.probe(write(tmp_path / "page.html", "<html><body>hi</body></html>")) == ""


# -- the command line --------------------------------------------------------------------------------


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app.cli", *args], cwd=ROOT, capture_output=True, text=True)


def test_cli_imports_an_export_filtered_to_a_week(tmp_path, export):
    workspace = tmp_path / "w.factdesk"
    Workspace.create(workspace).close()
    done = _cli(
        "import", str(workspace), str(export), "--from", "2023-07-01", "--to", "2023-07-07", "--handle", "kanal"
    )
    assert done.returncode == 0, done.stderr
    assert "Imported 2 post(s) of Канал from result.json" in done.stdout
    again = _cli("import", str(workspace), str(export), "--json")
    report = json.loads(again.stdout)[0]
    assert (report["added"], report["already"]) == (4, 2)
    with sqlite3.connect(workspace) as db:
        assert db.execute("SELECT count(*) FROM source").fetchone()[0] == 6
    bad = tmp_path / "cut.json"
    bad.write_text(export.read_text("utf-8")[:300], "utf-8")
    refused = _cli("import", str(workspace), str(bad))
    assert refused.returncode == 1 and "Refused: cut.json is not a readable Telegram export" in refused.stdout
