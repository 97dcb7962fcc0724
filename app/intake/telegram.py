"""Telegram Desktop's "Export chat history": every post of a channel as a source.

Reads `result.json` (a single chat, or a full-account export with its `chats.list`) streamed with
ijson, so a 300,000-post export takes the same memory as a small one, and the HTML export
(`messages.html`, `messages2.html`, … in a folder; no ids, no unixtime, so JSON is preferred).
The format's traps are in ../shared/docs/TELEGRAM.md; each has a test in tests/test_telegram.py:
`\\xHH` escapes that are not JSON (rewritten while streaming), `text` as a string or a mixed list
with a trailing "", placeholders instead of file paths, negative ids of migrated messages,
service messages (skipped), `date` in the exporter's local time (`date_unixtime` is used instead).

No Qt here: the window (ui/intake/telegram.py) and the CLI (`factdesk import`) call
`app.services.telegram.import_export`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, BinaryIO

from app.errors import ValidationError
from app.intake.result import Cancelled
from app.messages import msg

CHANNEL_TYPES = ("public_channel", "private_channel")
_CHUNK = 1 << 16
_HEAD = 1 << 14
_XESC = re.compile(rb"(?<!\\)((?:\\\\)*)\\x([0-9A-Fa-f]{2})")
_ESCAPE_BYTES = frozenset(b"\\x0123456789abcdefABCDEF")
_HTML_FILE = re.compile(r"^messages(\d*)\.html$")
_HTML_DATE = re.compile(r"(\d{2})\.(\d{2})\.(\d{4}) (\d{2}):(\d{2}):(\d{2})(?: UTC([+-])(\d{2}):(\d{2}))?")
_MEDIA = (  # key of a message -> what it is, for the line that stands for it in the text
    ("photo", "photo"),
    ("file", "file"),
)


class TelegramError(ValidationError):
    """A Telegram export that cannot be read: the message names the file and the reason."""


@dataclass(frozen=True)
class Chat:
    """One chat of an export: `section` and `index` find it in a full-account export."""

    name: str
    type: str
    id: int | None
    section: str = ""  # "" (a single-chat export), "chats" or "left_chats"
    index: int = 0
    messages: int = 0

    @property
    def is_channel(self) -> bool:
        return self.type in CHANNEL_TYPES


@dataclass
class Post:
    """One message as Factdesk keeps it."""

    id: int
    posted_at: datetime | None  # aware UTC; naive when the export gave only local time
    edited_at: datetime | None
    text: str
    author: str
    forwarded_from: str | None


# -- what a file is ---------------------------------------------------------------------------------


def probe(path: str | Path) -> str:
    """ "json", "html" or "" (not a Telegram export), by content: a folder with result.json or
    messages.html, a JSON file whose root has "messages" or a full account's "chats", an HTML
    file with Telegram's message blocks."""
    path = Path(path)
    try:
        if path.is_dir():
            if (path / "result.json").is_file():
                return "json"
            return "html" if (path / "messages.html").is_file() else ""
        with path.open("rb") as f:
            head = f.read(_HEAD)
    except OSError:
        return ""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith(b"{"):
        if re.search(rb'"messages"\s*:\s*\[', text) and re.search(rb'"type"\s*:\s*"', text):
            return "json"
        if b'"personal_information"' in text or re.search(rb'"chats"\s*:\s*\{', text):
            return "json"
        return ""
    lowered = text[:_HEAD].lower()
    if b"<html" in lowered and b'class="page_wrap"' in lowered and b'class="history"' in lowered:
        return "html"
    return ""


def html_files(path: Path) -> list[Path]:
    """The export's messages*.html in numeric order (messages, messages2, … messages10)."""
    if not path.is_dir():
        return [path]
    found = []
    for child in path.iterdir():
        match = _HTML_FILE.match(child.name)
        if match and child.is_file():
            found.append((int(match.group(1) or 1), child))
    return [child for _, child in sorted(found)]


# -- JSON, streamed ---------------------------------------------------------------------------------


class _Unescaped:
    """A binary file read through, with `\\xHH` (not JSON) rewritten as `\\u00HH` on the way and
    the bytes read so far counted. A chunk is cut before a run of backslashes or an escape that
    may continue in the next chunk."""

    def __init__(self, f: BinaryIO, on_read: Callable[[int], None] | None = None) -> None:
        self._f = f
        self._carry = b""
        self._out = b""
        self._eof = False
        self.consumed = 0
        self.fixed = 0
        self._on_read = on_read

    def _fill(self) -> None:
        data = self._f.read(_CHUNK)
        self.consumed += len(data)
        if self._on_read is not None:
            self._on_read(self.consumed)
        if not data:
            self._eof = True
            data, self._carry = self._carry, b""
        else:
            data = self._carry + data
            # cut after a byte that can be no part of an escape, so none straddles the cut
            cut = len(data)
            while cut > 0 and data[cut - 1] in _ESCAPE_BYTES:
                cut -= 1
            cut = max(cut, 0)
            data, self._carry = data[:cut], data[cut:]
        if b"\\x" in data:
            data, count = _XESC.subn(rb"\1\\u00\2", data)
            self.fixed += count
        self._out += data

    def read(self, size: int = -1) -> bytes:
        while not self._eof and (size < 0 or len(self._out) < size):
            self._fill()
        if size < 0:
            out, self._out = self._out, b""
        else:
            out, self._out = self._out[:size], self._out[size:]
        return out


def _unreadable(name: str, exc: OSError) -> TelegramError:
    return TelegramError(msg("{name} cannot be read: {reason}", name=name, reason=exc.strerror or str(exc)))


def _parse_error(name: str, exc: Exception) -> TelegramError:
    reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if "premature" in reason.lower() or "incomplete" in reason.lower():
        reason = msg("the file ends in the middle (is it cut short?)")
    return TelegramError(msg("{name} is not a readable Telegram export: {reason}", name=name, reason=reason))


def list_chats(
    path: str | Path,
    *,
    on_read: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Chat]:
    """The chats of an export with their number of messages: the one chat of a single-chat
    export, or every chat (and left chat) of a full-account export (one pass over the file;
    `on_read` gets the bytes read, `cancelled` stops it with Cancelled)."""
    import ijson

    first = header(path)
    if first is not None:
        return [first]
    path = Path(path)
    file = path / "result.json" if path.is_dir() else path
    chats: list[Chat] = []
    current: dict[str, Any] | None = None
    index = {"chats": -1, "left_chats": -1}
    owners = ("chats.list.item", "left_chats.list.item")
    try:
        with file.open("rb") as raw:
            for prefix, event, value in ijson.parse(_Unescaped(raw, on_read), use_float=True):
                if prefix in owners:
                    if event == "start_map":
                        check_cancel(cancelled)
                        section = prefix.split(".")[0]
                        index[section] += 1
                        current = {"section": section, "index": index[section], "messages": 0}
                    elif event == "end_map" and current is not None:
                        chat = _chat(current)
                        chats.append(Chat(chat.name, chat.type, chat.id, chat.section, chat.index, current["messages"]))
                        current = None
                elif current is not None:
                    owner, _, key = prefix.rpartition(".")
                    if owner in owners and key in ("name", "type", "id") and event in ("string", "number", "null"):
                        current[key] = value
                    elif event == "start_map" and prefix.endswith(".messages.item") and prefix.count(".") == 4:
                        current["messages"] += 1
    except OSError as exc:
        raise _unreadable(file.name, exc) from exc
    except (ijson.JSONError, ValueError) as exc:
        raise _parse_error(file.name, exc) from exc
    return chats


def _chat(values: dict[str, Any]) -> Chat:
    chat_id = values.get("id")
    return Chat(
        name=str(values.get("name") or ""),
        type=str(values.get("type") or ""),
        id=int(chat_id) if isinstance(chat_id, (int, float)) else None,
        section=values.get("section", ""),
        index=values.get("index", 0),
    )


def header(path: str | Path) -> Chat | None:
    """The chat of a single-chat JSON export (None for a full-account export), read from its head."""
    import ijson

    path = Path(path)
    file = path / "result.json" if path.is_dir() else path
    values: dict[str, Any] = {"section": ""}
    try:
        with file.open("rb") as raw:
            for prefix, event, value in ijson.parse(_Unescaped(raw), use_float=True):
                if prefix == "" and event == "map_key" and value in ("messages", "chats", "personal_information"):
                    if value != "messages":
                        return None
                    return _chat(values)
                if prefix in ("name", "type", "id") and event in ("string", "number", "null"):
                    values[prefix] = value
    except OSError as exc:
        raise _unreadable(file.name, exc) from exc
    except (ijson.JSONError, ValueError) as exc:
        raise _parse_error(file.name, exc) from exc
    raise TelegramError(
        msg("{name} is not a readable Telegram export: {reason}", name=file.name, reason=msg("it has no messages"))
    )


def json_messages(
    path: str | Path, chat: Chat, *, on_read: Callable[[int], None] | None = None
) -> Iterator[dict[str, Any]]:
    """The message objects of `chat` in the export, one at a time (`on_read` gets the bytes read)."""
    import ijson

    path = Path(path)
    file = path / "result.json" if path.is_dir() else path
    wanted = f"{chat.section}.list.item.messages.item" if chat.section else "messages.item"
    try:
        with file.open("rb") as raw:
            reader = _Unescaped(raw, on_read)
            if not chat.section:
                yield from ijson.items(reader, wanted, use_float=True)
                return
            yield from _chat_items(ijson.parse(reader, use_float=True), chat)
    except OSError as exc:
        raise _unreadable(file.name, exc) from exc
    except (ijson.JSONError, ValueError) as exc:
        raise _parse_error(file.name, exc) from exc


def _chat_items(events: Iterator[tuple[str, str, Any]], chat: Chat) -> Iterator[dict[str, Any]]:
    """The messages of the `chat.index`-th chat of `chat.section` from a full-account export's events."""
    from ijson.common import ObjectBuilder

    chat_prefix = f"{chat.section}.list.item"
    item_prefix = f"{chat_prefix}.messages.item"
    index = -1
    builder: ObjectBuilder | None = None
    for prefix, event, value in events:
        if builder is not None:
            builder.event(event, value)
            if prefix == item_prefix and event == "end_map":
                yield builder.value
                builder = None
            continue
        if prefix == chat_prefix and event == "start_map":
            index += 1
        elif prefix == item_prefix and event == "start_map" and index == chat.index:
            builder = ObjectBuilder()
            builder.event(event, value)
        elif prefix == chat_prefix and event == "end_map" and index == chat.index:
            return


def post_from_json(item: dict[str, Any]) -> Post | None:
    """A message object as a Post; None for service messages and anything without an id."""
    if not isinstance(item, dict) or item.get("type") != "message":
        return None
    message_id = item.get("id")
    if not isinstance(message_id, (int, float)):
        return None
    posted = _unixtime(item.get("date_unixtime")) or _local(item.get("date"))
    edited = _unixtime(item.get("edited_unixtime")) or _local(item.get("edited"))
    entities = item.get("text_entities")
    parts = entities if isinstance(entities, list) else item.get("text", "")
    text = text_of(parts)
    media = _media_lines(item)
    if media:
        text = (text + "\n\n" if text.strip() else "") + "\n".join(media)
    author = item.get("author") or ""
    forwarded = item.get("forwarded_from")
    return Post(
        id=int(message_id),
        posted_at=posted,
        edited_at=edited,
        text=text,
        author=str(author),
        forwarded_from=str(forwarded) if forwarded is not None else ("" if "forwarded_from" in item else None),
    )


def text_of(parts: Any) -> str:
    """A message's text from `text` (a string or a list) or `text_entities`; a `text_link` keeps
    its hidden target after the words that hid it."""
    if isinstance(parts, str):
        return parts
    if not isinstance(parts, list):
        return ""
    out = []
    for part in parts:
        if isinstance(part, str):
            out.append(part)
        elif isinstance(part, dict):
            words = part.get("text")
            words = words if isinstance(words, str) else ""
            href = part.get("href")
            if part.get("type") == "text_link" and isinstance(href, str) and href and href not in words:
                out.append(f"{words} ({href})" if words else href)
            else:
                out.append(words)
    return "".join(out)


def _unixtime(value: Any) -> datetime | None:
    try:
        return datetime.fromtimestamp(int(value), UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def _local(value: Any) -> datetime | None:
    """The exporter's local wall-clock time (old exports): naive, its zone unknown."""
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value).replace(tzinfo=None)
    except ValueError:
        return None


def is_placeholder(value: Any) -> bool:
    """A media path the export left out: "(File not included. …)" and the like."""
    return not isinstance(value, str) or not value or value.startswith("(")


def _media_lines(item: dict[str, Any]) -> list[str]:
    lines = []
    for key, _ in _MEDIA:
        if key not in item:
            continue
        value = item[key]
        kind = item.get("media_type") or key
        kind = str(kind).replace("_", " ")
        if is_placeholder(value):
            lines.append(f"[{kind} not included in the export]")
        else:
            lines.append(f"[{kind}: {value}]")
    poll = item.get("poll")
    if isinstance(poll, dict):
        answers = [a.get("text", "") for a in poll.get("answers") or [] if isinstance(a, dict)]
        lines.append("[poll] " + str(poll.get("question", "")) + "".join(f"\n• {a}" for a in answers))
    location = item.get("location_information")
    if isinstance(location, dict):
        lines.append(f"[location: {location.get('latitude')}, {location.get('longitude')}]")
    return lines


# -- HTML -------------------------------------------------------------------------------------------


def html_chat_name(path: Path) -> str:
    """The channel's title from the page header of the first messages*.html."""
    from lxml import html as lxml_html

    files = html_files(path)
    if not files:
        return ""
    tree = lxml_html.fromstring(files[0].read_bytes())
    found = tree.xpath('//div[contains(@class,"page_header")]//div[contains(@class,"text")]')
    return " ".join(found[0].text_content().split()) if found else ""


def html_posts(path: Path, *, on_read: Callable[[int], None] | None = None) -> Iterator[Post]:
    """The posts of an HTML export, file by file in numeric order; a "joined" block takes the
    sender of the block before it (reset at service blocks and at each file)."""
    from lxml import etree
    from lxml import html as lxml_html

    done = 0
    for file in html_files(path):
        try:
            data = file.read_bytes()
        except OSError as exc:
            raise _unreadable(file.name, exc) from exc
        done += len(data)
        try:
            tree = lxml_html.fromstring(data)
        except (etree.ParserError, ValueError) as exc:
            raise TelegramError(
                msg("{name} is not a readable Telegram export: {reason}", name=file.name, reason=str(exc))
            ) from exc
        sender = ""
        for block in tree.xpath('//div[contains(concat(" ", @class, " "), " message ")]'):
            classes = (block.get("class") or "").split()
            match = re.fullmatch(r"message(-?\d+)", block.get("id") or "")
            if "service" in classes or match is None:
                sender = ""
                continue
            body = _first(block, './div[contains(concat(" ", @class, " "), " body ")]')
            if body is None:
                continue
            name = _first(body, './div[contains(@class,"from_name")]')
            if name is not None:
                sender = " ".join(name.text_content().split())
            stamp = _first(body, './div[contains(@class,"date")]')
            posted = _html_date(stamp.get("title", "")) if stamp is not None else None
            text_div = _first(body, './div[contains(concat(" ", @class, " "), " text ")]')
            text = _html_text(text_div) if text_div is not None else ""
            forwarded = None
            fwd = _first(body, './div[contains(@class,"forwarded")]')
            if fwd is not None:
                fwd_name = _first(fwd, './/div[contains(@class,"from_name")]')
                if fwd_name is not None:
                    forwarded = " ".join((fwd_name.text or "").split()) or " ".join(fwd_name.text_content().split())
                fwd_text = _first(fwd, './div[contains(concat(" ", @class, " "), " text ")]')
                if fwd_text is not None and not text:
                    text = _html_text(fwd_text)
            if not text.strip() and _first(body, './/div[contains(@class,"media_wrap")]') is not None:
                text = "[media not included in the export]"
            signature = _first(body, './div[contains(@class,"signature")]')
            yield Post(
                id=int(match.group(1)),
                posted_at=posted,
                edited_at=None,
                text=text,
                author=" ".join(signature.text_content().split()) if signature is not None else sender,
                forwarded_from=forwarded,
            )
        del tree
        if on_read is not None:
            on_read(done)


def _first(node: Any, xpath: str) -> Any:
    found = node.xpath(xpath)
    return found[0] if found else None


def _html_date(title: str) -> datetime | None:
    match = _HTML_DATE.search(title)
    if not match:
        return None
    day, month, year, hour, minute, second = (int(g) for g in match.groups()[:6])
    try:
        moment = datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None
    if match.group(7):
        offset = timedelta(hours=int(match.group(8)), minutes=int(match.group(9)))
        zone = timezone(offset if match.group(7) == "+" else -offset)
        return moment.replace(tzinfo=zone).astimezone(UTC)
    return moment  # no offset (before 3.7.6): the exporter's zone is unknown


def _html_text(node: Any) -> str:
    """A `.text` div as plain text: <br> as a newline, a link's target after its words."""
    out: list[str] = []

    def walk(element: Any) -> None:
        if element.text:
            out.append(element.text)
        for child in element:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag == "br":
                out.append("\n")
            elif tag == "a":
                words = child.text_content()
                href = child.get("href") or ""
                walk(child)
                if href.startswith(("http://", "https://", "tg://", "mailto:")) and href not in words:
                    # the target right after the link's words, before the line breaks it ends with
                    joined = "".join(out)
                    body = joined.rstrip()
                    out[:] = [body, f" ({href})", joined[len(body) :]]
            else:
                walk(child)
            if child.tail:
                out.append(child.tail)

    walk(node)
    return "\n".join(line.strip() for line in "".join(out).strip().splitlines()).strip()


# -- choosing ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Selection:
    """The analyst's choice at import: a date range (inclusive, in `zone`) and a keyword."""

    since: date | None = None
    until: date | None = None
    grep: str = ""
    zone: Any = None  # a tzinfo for the dates; None: the computer's own

    def wants(self, post: Post) -> bool:
        if self.since is not None or self.until is not None:
            if post.posted_at is None:
                return False
            moment = post.posted_at
            day = moment.astimezone(self.zone).date() if moment.tzinfo is not None else moment.date()
            if self.since is not None and day < self.since:
                return False
            if self.until is not None and day > self.until:
                return False
        if self.grep:
            return self.grep.casefold() in post.text.casefold()
        return True


def check_cancel(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled()
