"""Alembic runs here, programmatically: no alembic.ini, the scripts ship inside the package.

Alembic itself is imported only when a schema has to change: telling that a workspace is at head
reads the scripts' `revision =` lines and the `alembic_version` table (importing Alembic, Mako and
Pygments cost 0.45 s and 16 MB on every open).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

_HERE = Path(__file__).parent
_REVISION = re.compile(r"^(down_revision|revision)\s*=\s*(?:'([^']*)'|\"([^\"]*)\"|None)", re.MULTILINE)


def config(engine: Engine | None = None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(_HERE))
    cfg.attributes["engine"] = engine
    return cfg


@dataclass(frozen=True)
class SchemaState:
    current: str | None
    head: str
    known: bool

    @property
    def too_new(self) -> bool:
        return self.current is not None and not self.known

    @property
    def needs_upgrade(self) -> bool:
        return self.current != self.head and not self.too_new


def state(engine: Engine) -> SchemaState:
    quick = _scripts()
    if quick is not None:
        revisions, head = quick
        current = _current_revision(engine)
        return SchemaState(current=current, head=head, known=current is None or current in revisions)
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(config())
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    known = current is None or _revision_exists(script, current)
    return SchemaState(current=current, head=script.get_current_head(), known=known)


@cache
def _scripts() -> tuple[frozenset[str], str] | None:
    """The revisions of the version scripts and their one head, from the scripts' own lines;
    None when that is not plain (two heads, a script we cannot read): Alembic decides then."""
    revisions, parents = set(), set()
    for path in (_HERE / "versions").glob("*.py"):
        found = {m.group(1): m.group(2) or m.group(3) for m in _REVISION.finditer(path.read_text(encoding="utf-8"))}
        if not found.get("revision"):
            return None
        revisions.add(found["revision"])
        if found.get("down_revision"):
            parents.add(found["down_revision"])
    heads = revisions - parents
    return (frozenset(revisions), heads.pop()) if len(heads) == 1 else None


def _current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        try:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
        except OperationalError:  # no such table: a workspace never migrated
            return None
    return rows[0][0] if len(rows) == 1 else None


def _revision_exists(script, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except Exception:  # alembic raises several kinds for an unknown id
        return False


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(config(engine), revision)
