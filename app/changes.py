"""What a service call changed, so each view decides what to redraw and each undo command
knows what to put back."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: the kinds of rows a change can name
SOURCE, CLAIM, EVIDENCE, LINK, ACTOR, TAG, RATING = "source", "claim", "evidence", "link", "actor", "tag", "rating"
REPORT = "report"
ATTACHMENT = "attachment"  # an evidence attachment (the evidence locker)


@dataclass
class Changes:
    """Ids created, updated and deleted, by kind; `subject` is the id the call was about
    (the new row for a create); `previous` holds the values replaced, for undo."""

    subject: int | None = None
    created: dict[str, set[int]] = field(default_factory=dict)
    updated: dict[str, set[int]] = field(default_factory=dict)
    deleted: dict[str, set[int]] = field(default_factory=dict)
    previous: dict[str, Any] = field(default_factory=dict)

    def create(self, kind: str, *ids: int) -> Changes:
        self.created.setdefault(kind, set()).update(ids)
        return self

    def update(self, kind: str, *ids: int) -> Changes:
        self.updated.setdefault(kind, set()).update(ids)
        return self

    def delete(self, kind: str, *ids: int) -> Changes:
        self.deleted.setdefault(kind, set()).update(ids)
        return self

    def touches(self, kind: str) -> bool:
        return any(kind in group and group[kind] for group in (self.created, self.updated, self.deleted))

    def ids(self, kind: str) -> set[int]:
        return self.created.get(kind, set()) | self.updated.get(kind, set()) | self.deleted.get(kind, set())

    def merge(self, other: Changes) -> Changes:
        for mine, theirs in (
            (self.created, other.created),
            (self.updated, other.updated),
            (self.deleted, other.deleted),
        ):
            for kind, ids in theirs.items():
                mine.setdefault(kind, set()).update(ids)
        return self

    @property
    def empty(self) -> bool:
        return not (self.created or self.updated or self.deleted)
