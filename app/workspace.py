"""Opening, creating and upgrading a workspace: one SQLite file holding everything.

Every connection runs with WAL, foreign keys on, synchronous=FULL and a busy timeout.
Write transactions start with BEGIN IMMEDIATE so two writers queue instead of losing updates;
read transactions start with a plain BEGIN and never block a writer.
"""

from __future__ import annotations

import getpass
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.pool import QueuePool
from sqlmodel import Session

from app.clock import utcnow
from app.errors import NotAWorkspace, WorkspaceError, WorkspaceTooNew

#: PRAGMA application_id of every Factdesk workspace ("FDK1"): tells our files from other SQLite files.
APPLICATION_ID = 0x46444B31
SUFFIX = ".factdesk"
BUSY_TIMEOUT_MS = 10_000
_SQLITE_MAGIC = b"SQLite format 3\x00"
_WRITE = "factdesk_write"


def _connect(path: Path, *, create: bool) -> sqlite3.Connection:
    mode = "rwc" if create else "rw"
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    conn.isolation_level = None  # we issue BEGIN ourselves (see _on_begin)
    # SQLite's lower() folds ASCII only; filters fold Cyrillic and the rest through Python.
    conn.create_function("fd_fold", 1, _fold, deterministic=True)
    for pragma in (
        f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
        "PRAGMA journal_mode=WAL",
        "PRAGMA foreign_keys=ON",
        "PRAGMA synchronous=FULL",
    ):
        conn.execute(pragma)
    return conn


def _fold(value: object) -> object:
    return value.casefold() if isinstance(value, str) else value


def _make_engine(path: Path, *, create: bool = False) -> Engine:
    engine = create_engine(
        "sqlite+pysqlite://",
        creator=lambda: _connect(path, create=create),
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
    )

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        immediate = conn.get_execution_options().get(_WRITE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def check_file(path: Path) -> None:
    """Refuse, with a message, anything at `path` that is not a Factdesk workspace. Changes nothing."""
    if not path.exists():
        raise WorkspaceError(f"There is no file at {path}.")
    if path.is_dir():
        raise NotAWorkspace(f"{path} is a folder, not a Factdesk workspace.")
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise WorkspaceError(f"{path} cannot be read: {exc.strerror or exc}.") from exc
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
        raise NotAWorkspace(f"{path.name} is not a Factdesk workspace.")
    # The application id sits at byte offset 68 of the SQLite header, big-endian.
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise NotAWorkspace(f"{path.name} is an SQLite database, but not a Factdesk workspace.")


class Workspace:
    """An open workspace: its engine, its path and the name written into audit events."""

    def __init__(self, path: Path, engine: Engine, *, user: str, read_only: bool = False) -> None:
        self.path = path
        self.engine = engine
        self.user = user
        self.read_only = read_only
        self._write_engine = engine.execution_options(**{_WRITE: True})

    # -- opening -------------------------------------------------------------------------------

    @classmethod
    def create(cls, path: str | Path, *, user: str | None = None) -> Workspace:
        """Create a new, empty workspace at `path` (refusing to overwrite anything)."""
        path = Path(path)
        if path.exists():
            raise WorkspaceError(f"{path} already exists; choose another name.")
        if not path.parent.is_dir():
            raise WorkspaceError(f"The folder {path.parent} does not exist.")
        try:
            conn = _connect(path, create=True)
            conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
            conn.close()
        except sqlite3.Error as exc:
            path.unlink(missing_ok=True)
            raise WorkspaceError(f"Could not create {path}: {exc}.") from exc
        from app import migrations

        engine = _make_engine(path)
        try:
            migrations.upgrade(engine)
        except Exception:
            engine.dispose()
            for leftover in (path, *_sidecars(path)):
                leftover.unlink(missing_ok=True)
            raise
        return cls(path, engine, user=user or default_user())

    @classmethod
    def open(cls, path: str | Path, *, user: str | None = None) -> Workspace:
        """Open an existing workspace, upgrading its schema (after a backup) if it is older."""
        path = Path(path)
        check_file(path)
        from app import migrations

        engine = _make_engine(path)
        try:
            state = migrations.state(engine)
            if state.too_new:
                raise WorkspaceTooNew(
                    f"{path.name} was written by a newer version of Factdesk (schema {state.current}). "
                    "Install the newer Factdesk to open it; this file was left unchanged."
                )
            if state.needs_upgrade:
                backup_path = backup_before_upgrade(engine, path, state.current)
                try:
                    migrations.upgrade(engine)
                except Exception as exc:
                    raise WorkspaceError(
                        f"Upgrading {path.name} failed ({exc}); a copy from before the upgrade is at {backup_path}."
                    ) from exc
        except (sqlite3.DatabaseError, sa_exc.DatabaseError) as exc:  # SQLAlchemy wraps sqlite3 errors
            engine.dispose()
            reason = getattr(exc, "orig", None) or exc
            if isinstance(reason, sqlite3.OperationalError) and "locked" in str(reason):
                raise WorkspaceError(
                    f"{path.name} is busy: another program kept it locked for {BUSY_TIMEOUT_MS // 1000} seconds. "
                    "Try again in a moment."
                ) from exc
            raise NotAWorkspace(f"{path.name} cannot be read as a workspace ({reason}).") from exc
        except Exception:
            engine.dispose()
            raise
        return cls(path, engine, user=user or default_user())

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- sessions ------------------------------------------------------------------------------

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads; objects stay usable after it closes."""
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One write transaction (BEGIN IMMEDIATE): committed on success, rolled back on any error."""
        if self.read_only:
            raise WorkspaceError(f"{self.path.name} is open read-only; changes cannot be saved.")
        with Session(self._write_engine, expire_on_commit=False) as session, session.begin():
            yield session


def _sidecars(path: Path) -> tuple[Path, Path]:
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def backup_before_upgrade(engine: Engine, path: Path, revision: str | None) -> Path:
    """Copy the workspace with SQLite's own VACUUM INTO (never a file copy of a live database)."""
    stamp = utcnow().strftime("%Y%m%dT%H%M%SZ")
    base = f"{path.stem}.before-upgrade-{revision or 'empty'}-{stamp}"
    target = path.with_name(f"{base}{path.suffix}.bak")
    counter = 1
    while target.exists():  # VACUUM INTO refuses an existing file; never overwrite an older backup
        counter += 1
        target = path.with_name(f"{base}-{counter}{path.suffix}.bak")
    with closing(engine.raw_connection()) as raw:  # not engine.connect(): its BEGIN would make VACUUM fail
        raw.driver_connection.execute("VACUUM INTO ?", (str(target),))
    return target


def default_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some sandboxes and services
        return "analyst"
