"""The typing journal: words typed into a claim's fields and not yet saved, kept beside the
workspace so a crash (a kill, a power cut) does not take them along.

The window saves a field after a short pause in typing; the journal covers the moments before
that. It holds only unsaved typing: an entry goes when its field is saved, and the file goes when
no entry is left or the workspace is closed cleanly. A journal found on opening means the last
session ended without saving some typing; the window offers it back.

Each write replaces the whole (small) file atomically (app/atomic.py): a kill mid-write leaves
the previous journal, never half of one.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from pathlib import Path

from app.atomic import write_atomic
from app.errors import FactdeskError

log = logging.getLogger(__name__)

VERSION = 1
SUFFIX = ".typing.json"
#: the claim fields whose typing is journaled (the services' names)
FIELDS = ("statement", "summary", "rationale", "tags", "claimant", "role")


@dataclass(frozen=True)
class Typing:
    """What was typed into one field of one claim and not saved."""

    claim_id: int
    field: str  # one of FIELDS
    text: str


def journal_path(workspace_path: Path) -> Path:
    """Where the journal of the workspace at `workspace_path` lives: beside it."""
    workspace_path = Path(workspace_path)
    return workspace_path.with_name(workspace_path.name + SUFFIX)


class TypingJournal:
    """The unsaved typing of one workspace: `note` and `forget` change it in memory, `flush`
    writes it (or removes the file when nothing is left), `read` finds what a crash left."""

    def __init__(self, workspace_path: Path) -> None:
        self.path = journal_path(workspace_path)
        self._entries: dict[tuple[int, str], Typing] = {}
        # as last flushed: nothing of ours yet (a journal a crash left stays until it is answered)
        self._written: dict[tuple[int, str], Typing] = {}

    @property
    def entries(self) -> list[Typing]:
        return list(self._entries.values())

    @property
    def dirty(self) -> bool:
        """Whether memory and the file differ (a flush would write)."""
        return self._written != self._entries

    def note(self, claim_id: int, field: str, text: str) -> None:
        if field not in FIELDS:
            raise ValueError(f"no journaled field {field!r}")
        self._entries[(claim_id, field)] = Typing(claim_id, field, text)

    def forget(self, claim_id: int, field: str) -> None:
        self._entries.pop((claim_id, field), None)

    def replace(self, entries: list[Typing]) -> None:
        """Hold exactly `entries` (what is unsaved now)."""
        self._entries = {(e.claim_id, e.field): e for e in entries}

    def flush(self) -> None:
        """Write the entries atomically, or remove the file when there are none. A failure to write
        is logged, not raised: the journal is a safety net, and the typing is still in the field."""
        if not self.dirty:
            return
        try:
            if self._entries:
                data = {"version": VERSION, "entries": [asdict(e) for e in self._entries.values()]}
                text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
                write_atomic(self.path, text.encode("utf-8"), force=True)
            else:
                self.path.unlink(missing_ok=True)
        except (OSError, FactdeskError) as exc:
            log.warning("The typing journal %s could not be written: %s", self.path, exc)
            return
        self._written = dict(self._entries)

    def discard(self) -> None:
        """The workspace closed cleanly (everything saved): no journal is left behind."""
        self._entries.clear()
        try:
            self.path.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("The typing journal %s could not be removed: %s", self.path, exc)
        self._written = {}


def read(workspace_path: Path) -> list[Typing]:
    """The unsaved typing a previous session left beside the workspace (empty when none, or when
    the file cannot be read as a journal: it is then left alone)."""
    path = journal_path(workspace_path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as exc:
        log.warning("The typing journal %s could not be read: %s", path, exc)
        return []
    entries = data.get("entries") if isinstance(data, dict) else None
    found = []
    for entry in entries if isinstance(entries, list) else []:
        try:
            typing = Typing(int(entry["claim_id"]), str(entry["field"]), str(entry["text"]))
        except (KeyError, TypeError, ValueError):
            continue
        if typing.field in FIELDS:
            found.append(typing)
    return found


def remove(workspace_path: Path) -> None:
    """Drop the journal once its typing has been restored or declined."""
    try:
        journal_path(workspace_path).unlink(missing_ok=True)
    except OSError as exc:
        log.warning("The typing journal beside %s could not be removed: %s", workspace_path, exc)
