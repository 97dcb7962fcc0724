"""Opening, creating and upgrading a workspace: one SQLite file holding everything.

Every connection runs with WAL, foreign keys on, synchronous=FULL and a busy timeout.
Write transactions start with BEGIN IMMEDIATE so two writers queue instead of losing updates;
read transactions start with a plain BEGIN and never block a writer. Each write transaction also
bumps the change counter (SQLite's `user_version`), which tells backups whether anything changed.

Opening checks the file (SQLite's integrity_check, or quick_check above 64 MB: a damaged
workspace raises WorkspaceDamaged and is never used) and holds it for writing (app/lock.py: a
second Factdesk gets WorkspaceLocked and may open it read-only, with a `mode=ro` connection).
Closing folds the -wal into the main file.
"""

from __future__ import annotations

import getpass
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager, suppress
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.pool import QueuePool
from sqlmodel import Session

from app import integrity
from app import lock as locks
from app.errors import NotAWorkspace, WorkspaceDamaged, WorkspaceError, WorkspaceTooNew
from app.failures import write_failure
from app.messages import msg
from app.text.sql import register as register_text_functions

#: PRAGMA application_id of every Factdesk workspace ("FDK1"): tells our files from other SQLite files.
APPLICATION_ID = 0x46444B31
SUFFIX = ".factdesk"
BUSY_TIMEOUT_MS = 10_000
_SQLITE_MAGIC = b"SQLite format 3\x00"
_WRITE = "factdesk_write"


def _connect(path: Path, *, create: bool, read_only: bool = False) -> sqlite3.Connection:
    mode = "ro" if read_only else "rwc" if create else "rw"
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    conn.isolation_level = None  # we issue BEGIN ourselves (see _on_begin)
    # SQLite's lower() folds ASCII only; filters fold Cyrillic and the rest through Python.
    conn.create_function("fd_fold", 1, _fold, deterministic=True)
    register_text_functions(conn)  # the lemma index's triggers call them (migration 0009)
    pragmas = [f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=FULL"]
    if not read_only:  # a read-only connection reads the file in whatever mode it is in
        pragmas.insert(1, "PRAGMA journal_mode=WAL")
    for pragma in pragmas:
        conn.execute(pragma)
    return conn


def _fold(value: object) -> object:
    return value.casefold() if isinstance(value, str) else value


def _make_engine(path: Path, *, create: bool = False, read_only: bool = False) -> Engine:
    engine = create_engine(
        "sqlite+pysqlite://",
        creator=lambda: _connect(path, create=create, read_only=read_only),
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
        raise WorkspaceError(msg("There is no file at {path}.", path=str(path)))
    if path.is_dir():
        raise NotAWorkspace(msg("{path} is a folder, not a Factdesk workspace.", path=str(path)))
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        why = exc.strerror or str(exc)
        raise WorkspaceError(msg("{path} cannot be read: {why}.", path=str(path), why=why)) from exc
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
        raise NotAWorkspace(msg("{name} is not a Factdesk workspace.", name=path.name))
    # The application id sits at byte offset 68 of the SQLite header, big-endian.
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise NotAWorkspace(msg("{name} is an SQLite database, but not a Factdesk workspace.", name=path.name))


class Workspace:
    """An open workspace: its engine, its path and the name written into audit events."""

    def __init__(
        self,
        path: Path,
        engine: Engine,
        *,
        user: str,
        read_only: bool = False,
        hold: locks.WorkspaceLock | None = None,
        warnings: list[str] | None = None,
    ) -> None:
        self.path = path
        self.engine = engine
        self.user = user
        self.read_only = read_only
        #: things the analyst should be told about this open (e.g. changes lost with a deleted -wal)
        self.warnings: list[str] = list(warnings or [])
        self._hold = hold
        #: SQLite's check has passed (False: an open with `defer_check` left it to `check_now`)
        self.checked = True
        #: what the check found while the workspace was open (writes stopped); empty: none
        self.damage: list[str] = []
        self._write_engine = engine.execution_options(**{_WRITE: True})

    # -- opening -------------------------------------------------------------------------------

    @classmethod
    def create(cls, path: str | Path, *, user: str | None = None) -> Workspace:
        """Create a new, empty workspace at `path` (refusing to overwrite anything)."""
        path = Path(path)
        if path.exists():
            raise WorkspaceError(msg("{path} already exists; choose another name.", path=str(path)))
        if not path.parent.is_dir():
            raise WorkspaceError(msg("The folder {folder} does not exist.", folder=str(path.parent)))
        user = user or default_user()
        hold = locks.acquire(path, user=user)
        try:
            conn = _connect(path, create=True)
            conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
            conn.close()
        except sqlite3.Error as exc:
            path.unlink(missing_ok=True)
            hold.release()
            raise WorkspaceError(msg("Could not create {path}: {why}.", path=str(path), why=str(exc))) from exc
        from app import migrations

        engine = _make_engine(path)
        try:
            migrations.upgrade(engine)
        except Exception:
            engine.dispose()
            for leftover in (path, *_sidecars(path)):
                leftover.unlink(missing_ok=True)
            hold.release()
            raise
        return cls(path, engine, user=user, hold=hold)

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        user: str | None = None,
        read_only: bool = False,
        lock: bool = True,
        defer_check: bool = False,
    ) -> Workspace:
        """Open an existing workspace, upgrading its schema (after a backup) if it is older.

        Raises WorkspaceDamaged when SQLite's check finds damage (the file is left untouched),
        and WorkspaceLocked when another Factdesk holds it (open it `read_only` then). `lock=False`
        skips the one-writer lock (for tests of concurrent writers; the app never does).

        `defer_check` (the window and the command line): the check, which reads the whole file,
        is left off the open, so a large workspace opens at once; the caller runs `check_now()`
        in the background. Only when the last session did not close the workspace (its lock file
        was left behind) does the check still run here, before anything can be written.
        """
        path = Path(path)
        user = user or default_user()
        check_before_open(path)
        warnings = []
        if integrity.lost_wal_frames(path):
            warnings.append(
                msg(
                    "The journal file of {name} ({name}-wal) was deleted while it still held changes: "
                    "the last changes made before Factdesk stopped are lost. A backup may have them: "
                    "File ▸ Restore from Backup…",
                    name=path.name,
                )
            )
        hold = locks.acquire(path, user=user) if lock and not read_only else None
        engine = _make_engine(path, read_only=read_only)
        deferred = defer_check and not (hold is not None and hold.stale)
        try:
            cls._open_checks(path, engine, read_only=read_only, check=not deferred)
            count = _change_count(engine)
        except BaseException:
            engine.dispose()
            if hold is not None:
                hold.release()
            raise
        warnings.extend(_older_than_backups(path, count))
        workspace = cls(path, engine, user=user, read_only=read_only, hold=hold, warnings=warnings)
        workspace.checked = not deferred
        return workspace

    @staticmethod
    def _open_checks(path: Path, engine: Engine, *, read_only: bool, check: bool = True) -> None:
        from app import migrations

        try:
            if check:
                with closing(engine.raw_connection()) as raw:
                    problems = integrity.check_on_open(raw.driver_connection, path.stat().st_size)
                if problems:
                    raise _damaged(path, problems)
            state = migrations.state(engine)
            if state.too_new:
                raise WorkspaceTooNew(
                    msg(
                        "{name} was written by a newer version of Factdesk (schema {schema}). "
                        "Install the newer Factdesk to open it; this file was left unchanged.",
                        name=path.name,
                        schema=str(state.current),
                    )
                )
            if state.needs_upgrade:
                if read_only:
                    raise WorkspaceError(
                        msg(
                            "{name} was made by an older Factdesk and must be upgraded, which cannot be done "
                            "while it is open read-only. Open it for writing once (when no one else has it open).",
                            name=path.name,
                        )
                    )
                backup = _backup_before_upgrade(path)
                try:
                    migrations.upgrade(engine)
                except Exception as exc:
                    raise WorkspaceError(
                        msg(
                            "Upgrading {name} failed ({why}); a copy from before the upgrade is at {backup}.",
                            name=path.name,
                            why=str(exc),
                            backup=str(backup),
                        )
                    ) from exc
        except (sqlite3.DatabaseError, sa_exc.DatabaseError) as exc:  # SQLAlchemy wraps sqlite3 errors
            reason = getattr(exc, "orig", None) or exc
            if isinstance(reason, sqlite3.OperationalError) and "locked" in str(reason):
                raise WorkspaceError(
                    msg(
                        "{name} is busy: another program kept it locked for {seconds} seconds. Try again in a moment.",
                        name=path.name,
                        seconds=BUSY_TIMEOUT_MS // 1000,
                    )
                ) from exc
            if says_damaged(reason):
                raise _damaged(path, [str(reason)]) from exc
            # anything else (cannot open, permissions, I/O) is not proof of damage: say it, rename nothing
            raise WorkspaceError(msg("{name} cannot be read ({why}).", name=path.name, why=str(reason))) from exc

    def check_now(self) -> list[str]:
        """The check the open leaves out with `defer_check`, on a read-only connection of its own
        (safe from any thread, while the workspace is used). Damage stops every later write (see
        `stop_writes`); returns SQLite's report, empty when the file is sound."""
        try:
            conn = integrity._reader(self.path)
            try:
                problems = integrity.check_on_open(conn, self.path.stat().st_size)
            finally:
                conn.close()
        except (sqlite3.Error, OSError) as exc:
            if not says_damaged(exc):
                raise
            problems = [str(exc)]
        self.checked = True
        if problems:
            self.stop_writes(problems)
        return problems

    def stop_writes(self, problems: list[str]) -> None:
        """Damage was found while open: nothing more is written to the file (every `writing()`
        refuses with `damage_message()`), and closing leaves it as it is."""
        self.damage = list(problems) or ["damage"]
        self.read_only = True

    def damage_message(self) -> object:
        return msg(
            "{name} is damaged (SQLite's check found %n problem(s) in it), so Factdesk stopped saving "
            "changes to it. You can still read and export, or restore the newest good backup "
            "(File ▸ Restore from Backup…).",
            name=self.path.name,
            n=len(self.damage),
        )

    def close(self) -> None:
        """Close: fold the -wal into the main file (so a clean close leaves none) and let go of the lock."""
        hold, self._hold = self._hold, None
        if hold is not None and not self.read_only:  # (a workspace found damaged is read-only now)
            with suppress(Exception), closing(self.engine.raw_connection()) as raw:
                integrity.wal_checkpoint(raw.driver_connection)
        self.engine.dispose()
        if hold is not None:
            hold.release()

    def change_count(self) -> int:
        """The change counter: bumped by every write transaction, copied into each backup."""
        return _change_count(self.engine)

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
        if self.damage:
            error = WorkspaceDamaged(self.damage_message())
            error.problems = self.damage  # type: ignore[attr-defined]
            error.path = self.path  # type: ignore[attr-defined]
            raise error
        if self.read_only:
            raise WorkspaceError(msg("{name} is open read-only; changes cannot be saved.", name=self.path.name))
        try:
            with Session(self._write_engine, expire_on_commit=False) as session, session.begin():
                yield session
                _bump_change_count(session)
        except (sqlite3.Error, sa_exc.DBAPIError) as exc:  # disk full, read-only, I/O error: in words
            failure = write_failure(self.path, exc)
            if failure is None:
                raise
            raise failure from exc


def _sidecars(path: Path) -> tuple[Path, Path]:
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def _bump_change_count(session: Session) -> None:
    conn = session.connection()
    count = conn.exec_driver_sql("PRAGMA user_version").scalar() or 0
    conn.exec_driver_sql(f"PRAGMA user_version={(int(count) + 1) & 0x7FFFFFFF}")


def _change_count(engine: Engine) -> int:
    with closing(engine.raw_connection()) as raw:
        return int(raw.driver_connection.execute("PRAGMA user_version").fetchone()[0])


def _backup_before_upgrade(path: Path) -> Path:
    """A verified backup (VACUUM INTO, never a file copy of a live database) into the backup folder."""
    from app import backup

    return backup.take_backup(path, reason="upgrade").path


def check_before_open(path: Path) -> None:
    """check_file, except that a file that was a workspace (it has backups) but whose header is
    gone (truncated, overwritten) is damaged, not "not a workspace"."""
    try:
        check_file(path)
    except NotAWorkspace as exc:
        if path.is_file() and _has_backups(path):
            cause = msg("its first bytes are no longer those of a workspace (cut short or overwritten)")
            raise _damaged(path, [cause], cause=True) from exc
        raise


def _has_backups(path: Path) -> bool:
    from app import backup

    return bool(backup.list_backups(path))


def says_damaged(error: object) -> bool:
    """Whether SQLite's error (or its words) tells of a damaged file, not of a lock or I/O."""
    return any(word in str(error).lower() for word in ("malformed", "not a database", "corrupt"))


def _damaged(path: Path, problems: list[str], *, cause: bool = False) -> WorkspaceDamaged:
    """The error names the damage in words; SQLite's own (English, technical) report is kept in
    `problems` for the dialog's details, not put in the sentence the analyst reads."""
    if cause:
        error = WorkspaceDamaged(
            msg("{name} is damaged and was not opened. Cause: {cause}.", name=path.name, cause=problems[0])
        )
    else:
        error = WorkspaceDamaged(
            msg(
                "{name} is damaged and was not opened: SQLite's check found %n problem(s) in it.",
                name=path.name,
                n=len(problems),
            )
        )
    error.problems = problems  # type: ignore[attr-defined]
    error.path = path  # type: ignore[attr-defined]
    return error


def _older_than_backups(path: Path, count: int) -> list[str]:
    """A workspace whose change counter is behind its newest backup's lost changes (a deleted -wal,
    an older copy put in its place): say so, naming the backup."""
    from app import backup

    backups = backup.list_backups(path)
    if not backups or backups[0].change_count is None or count >= backups[0].change_count:
        return []
    return [
        msg(
            "{name} is older than its newest backup (taken {when}): changes made before that backup are "
            "missing from it. If you did not put an older copy in its place, restore the backup: "
            "File ▸ Restore from Backup…",
            name=path.name,
            when=backups[0].taken_at,
        )
    ]


def default_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some sandboxes and services
        return "analyst"
