"""Alembic runs here, programmatically: no alembic.ini, the scripts ship inside the package."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

_HERE = Path(__file__).parent


def config(engine: Engine | None = None) -> Config:
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
    script = ScriptDirectory.from_config(config())
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    known = current is None or _revision_exists(script, current)
    return SchemaState(current=current, head=script.get_current_head(), known=known)


def _revision_exists(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except Exception:  # alembic raises several kinds for an unknown id
        return False


def upgrade(engine: Engine, revision: str = "head") -> None:
    command.upgrade(config(engine), revision)
