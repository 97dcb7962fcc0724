"""The workspace file: creating, opening, refusing, upgrading, and how its connections behave."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import threading
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import select

from app import migrations
from app.backup import list_backups
from app.errors import NotAWorkspace, WorkspaceDamaged, WorkspaceError, WorkspaceTooNew
from app.models import Rating, RatingScale, Source
from app.services import sources as source_service
from app.workspace import APPLICATION_ID, Workspace, _make_engine

DEFAULT_RATINGS = [
    ("True", "#2E7D32", 5),
    ("Mostly true", "#7CB342", 4),
    ("Misleading", "#F9A825", 3),
    ("Mostly false", "#EF6C00", 2),
    ("False", "#C62828", 1),
    ("Unproven", "#757575", 0),
]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sqlite_query(path: Path, sql: str) -> list[tuple]:
    """Read with a plain sqlite3 connection (not through the workspace)."""
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql).fetchall()


def sidecars(path: Path) -> list[Path]:
    return [p for p in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")) if p.exists()]


def closed_copy(ws: Workspace, target: Path) -> Path:
    """Close the workspace (checkpointing its WAL) and copy its file."""
    ws.close()
    shutil.copyfile(ws.path, target)
    return target


# -- creating ----------------------------------------------------------------------------------


def test_create_stamps_application_id(ws):
    assert sqlite_query(ws.path, "PRAGMA application_id") == [(APPLICATION_ID,)]


def test_create_ships_default_scale_with_six_coloured_ratings(ws):
    with ws.reading() as session:
        scales = session.exec(select(RatingScale)).all()
        assert len(scales) == 1 and scales[0].is_default
        ratings = session.exec(select(Rating).where(Rating.scale_id == scales[0].id).order_by(Rating.position)).all()
    assert [(r.label, r.colour, r.value) for r in ratings] == DEFAULT_RATINGS
    assert all(r.description for r in ratings)


def test_create_leaves_schema_at_head(ws):
    state = migrations.state(ws.engine)
    assert state.current == state.head and not state.needs_upgrade and not state.too_new


def test_create_refuses_existing_path(tmp_path):
    path = tmp_path / "taken.factdesk"
    path.write_text("keep me", encoding="utf-8")
    with pytest.raises(WorkspaceError, match="already exists"):
        Workspace.create(path)
    assert path.read_text(encoding="utf-8") == "keep me"


def test_create_refuses_missing_folder(tmp_path):
    path = tmp_path / "nowhere" / "new.factdesk"
    with pytest.raises(WorkspaceError, match="does not exist"):
        Workspace.create(path)
    assert not path.parent.exists()


def test_created_workspace_reopens_with_its_data(ws, tmp_path):
    source_service.create_source(ws, title="Kept", text="Some text.")
    ws.close()
    with Workspace.open(ws.path, user="tester") as again:
        assert [row.title for row in source_service.list_sources(again)] == ["Kept"]
        assert again.user == "tester"


# -- every connection's settings ---------------------------------------------------------------


def _pragmas(conn) -> tuple:
    return tuple(
        conn.exec_driver_sql(f"PRAGMA {name}").scalar()
        for name in ("journal_mode", "foreign_keys", "synchronous", "busy_timeout")
    )


def _assert_pragmas(values: tuple) -> None:
    journal_mode, foreign_keys, synchronous, busy_timeout = values
    assert journal_mode == "wal"
    assert foreign_keys == 1
    assert synchronous == 2  # FULL
    assert busy_timeout > 0


def test_every_pooled_connection_has_the_pragmas(ws):
    # hold as many connections as the pool will give at once, so each is a distinct sqlite3 connection
    limit = ws.engine.pool.size() + ws.engine.pool._max_overflow
    conns = [ws.engine.connect() for _ in range(limit)]
    try:
        assert len({id(c.connection.driver_connection) for c in conns}) == limit
        for conn in conns:
            _assert_pragmas(_pragmas(conn))
    finally:
        for conn in conns:
            conn.close()
    for _ in range(20):  # and again after they went back to the pool
        with ws.engine.connect() as conn:
            _assert_pragmas(_pragmas(conn))


def test_write_sessions_and_reopened_workspaces_have_the_pragmas(ws):
    with ws.writing() as session:
        _assert_pragmas(_pragmas(session.connection()))
    path = ws.path
    ws.close()
    for _ in range(5):
        with Workspace.open(path) as again:
            with again.reading() as session:
                _assert_pragmas(_pragmas(session.connection()))
            with again.writing() as session:
                _assert_pragmas(_pragmas(session.connection()))


# -- write transactions --------------------------------------------------------------------------


def _can_begin_immediate(path: Path) -> bool:
    """Whether another process-like connection could start a write right now (no waiting)."""
    with closing(sqlite3.connect(path, timeout=0, isolation_level=None)) as other:
        try:
            other.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            assert "locked" in str(exc)
            return False
        other.execute("ROLLBACK")
        return True


def test_write_session_holds_the_write_lock_from_its_first_statement(ws):
    with ws.writing() as session:
        session.exec(select(Source)).all()  # a read only: BEGIN IMMEDIATE has already taken the lock
        assert not _can_begin_immediate(ws.path)
    assert _can_begin_immediate(ws.path)


def test_write_session_holds_the_write_lock_after_a_flush(ws):
    with ws.writing() as session:
        session.add(Source(title="A", text="Body."))
        session.flush()
        assert not _can_begin_immediate(ws.path)
    assert _can_begin_immediate(ws.path)


def test_read_session_does_not_block_a_writer(ws):
    source_service.create_source(ws, title="A", text="Body.")
    with ws.reading() as session:
        assert len(session.exec(select(Source)).all()) == 1
        assert _can_begin_immediate(ws.path)


def test_read_session_keeps_its_snapshot_while_another_writes(ws):
    source_service.create_source(ws, title="A", text="Body.")
    with ws.reading() as session:
        assert session.exec(text("SELECT count(*) FROM source")).scalar() == 1
        with closing(sqlite3.connect(ws.path, timeout=0, isolation_level=None)) as other:
            other.execute(
                "INSERT INTO source (title, kind, outlet, author, url, language, text, created_at, updated_at)"
                " VALUES ('B', 'article', '', '', '', '', 'x', '2024-01-01', '2024-01-01')"
            )
        assert session.exec(text("SELECT count(*) FROM source")).scalar() == 1
    assert len(source_service.list_sources(ws)) == 2


def test_failed_write_session_rolls_back(ws):
    with pytest.raises(RuntimeError), ws.writing() as session:
        session.add(Source(title="A", text="Body."))
        session.flush()
        raise RuntimeError("boom")
    assert source_service.list_sources(ws) == []
    assert _can_begin_immediate(ws.path)


def test_concurrent_read_modify_write_loses_no_update(ws):
    source_id = source_service.create_source(ws, title="0", text="Counter.").subject
    path = ws.path
    rounds = 200
    errors: list[BaseException] = []

    def bump(workspace: Workspace) -> None:
        try:
            for _ in range(rounds):
                with workspace.writing() as session:
                    source = session.get(Source, source_id)
                    source.title = str(int(source.title) + 1)
        except BaseException as exc:  # surfaced below
            errors.append(exc)

    workspaces = [Workspace.open(path, user=f"writer{i}") for i in range(2)]
    try:
        threads = [threading.Thread(target=bump, args=(w,)) for w in workspaces]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        assert not any(t.is_alive() for t in threads)
    finally:
        for w in workspaces:
            w.close()
    assert errors == []
    assert source_service.get_source(ws, source_id).title == str(2 * rounds)


def test_read_only_workspace_refuses_writing(ws):
    read_only = Workspace(ws.path, ws.engine, user="tester", read_only=True)
    with pytest.raises(WorkspaceError, match="read-only"), read_only.writing():
        pass  # pragma: no cover - never entered
    with pytest.raises(WorkspaceError, match="read-only"):
        source_service.create_source(read_only, title="A", text="Body.")
    assert source_service.list_sources(read_only) == []  # reading still works


# -- opening what is not a workspace -----------------------------------------------------------


def test_open_missing_path_says_so_and_creates_nothing(tmp_path):
    path = tmp_path / "missing.factdesk"
    with pytest.raises(WorkspaceError, match="no file") as info:
        Workspace.open(path)
    assert str(path) in str(info.value)
    assert list(tmp_path.iterdir()) == []


def test_open_folder_is_not_a_workspace(tmp_path):
    folder = tmp_path / "folder.factdesk"
    folder.mkdir()
    with pytest.raises(NotAWorkspace, match="folder"):
        Workspace.open(folder)
    assert list(folder.iterdir()) == []


def test_open_text_file_is_not_a_workspace(tmp_path):
    path = tmp_path / "notes.factdesk"
    path.write_text("Just some notes, long enough to fill a header. " * 10, encoding="utf-8")
    before = sha256(path)
    with pytest.raises(NotAWorkspace, match="not a Factdesk workspace"):
        Workspace.open(path)
    assert sha256(path) == before
    assert sidecars(path) == []


def test_open_empty_file_is_not_a_workspace(tmp_path):
    path = tmp_path / "empty.factdesk"
    path.touch()
    with pytest.raises(NotAWorkspace):
        Workspace.open(path)
    assert path.stat().st_size == 0
    assert sidecars(path) == []


def test_open_plain_sqlite_database_is_refused_untouched(tmp_path):
    path = tmp_path / "other.db"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.execute("INSERT INTO t VALUES (1)")
        conn.commit()
    assert sqlite_query(path, "PRAGMA application_id") == [(0,)]
    before = sha256(path)
    with pytest.raises(NotAWorkspace, match="SQLite database, but not a Factdesk workspace"):
        Workspace.open(path)
    assert sha256(path) == before
    assert sidecars(path) == []  # refused from the header alone: never opened, not switched to WAL
    assert sqlite_query(path, "PRAGMA journal_mode") == [("delete",)]


def test_open_damaged_workspace_is_refused_as_damaged(ws, tmp_path):
    data = closed_copy(ws, tmp_path / "copy.factdesk").read_bytes()
    damaged = tmp_path / "damaged.factdesk"
    damaged.write_bytes(data[:100] + b"\xff" * (len(data) - 100))  # a workspace's header, garbage after
    before = sha256(damaged)
    with pytest.raises(WorkspaceDamaged, match="damaged and was not opened"):
        Workspace.open(damaged)
    assert sha256(damaged) == before


# -- versions ------------------------------------------------------------------------------------


def test_open_newer_workspace_is_refused_byte_identical(ws, tmp_path):
    path = closed_copy(ws, tmp_path / "future.factdesk")
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
        conn.commit()
    assert sidecars(path) == []
    before = sha256(path)
    with pytest.raises(WorkspaceTooNew, match="newer version") as info:
        Workspace.open(path)
    assert "9999_future" in str(info.value)
    assert sha256(path) == before
    assert sidecars(path) == []
    assert list(tmp_path.glob("*.bak")) == []


def _workspace_at_0001(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
        conn.commit()
    engine = _make_engine(path)
    try:
        migrations.upgrade(engine, "0001")
        with engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO source (title, kind, outlet, author, url, language, text, created_at, updated_at) "
                "VALUES ('Old source', 'article', '', '', '', 'en', 'Text from before.', "
                "'2024-01-01 00:00:00', '2024-01-01 00:00:00')"
            )
        assert migrations.state(engine).current == "0001"
    finally:
        engine.dispose()


def test_open_upgrades_an_older_workspace_to_head(tmp_path):
    path = tmp_path / "old.factdesk"
    _workspace_at_0001(path)
    assert sqlite_query(path, "SELECT count(*) FROM rating") == [(0,)]
    with Workspace.open(path, user="tester") as upgraded:
        state = migrations.state(upgraded.engine)
        assert state.current == state.head
        with upgraded.reading() as session:
            assert len(session.exec(select(Rating)).all()) == len(DEFAULT_RATINGS)
            assert [s.title for s in session.exec(select(Source))] == ["Old source"]


def test_upgrade_leaves_a_backup_at_the_old_revision(tmp_path):
    path = tmp_path / "old.factdesk"
    _workspace_at_0001(path)
    Workspace.open(path).close()
    backups = list_backups(path)
    assert [b.reason for b in backups] == ["upgrade"]
    backup = backups[0].path
    assert backup.name.startswith("old.") and backup.name.endswith(".upgrade.0-claims.factdesk.bak")
    assert sqlite_query(backup, "PRAGMA integrity_check") == [("ok",)]
    assert sqlite_query(backup, "SELECT version_num FROM alembic_version") == [("0001",)]
    assert sqlite_query(backup, "SELECT title, text FROM source") == [("Old source", "Text from before.")]
    assert sqlite_query(backup, "SELECT count(*) FROM rating") == [(0,)]
    assert sqlite_query(backup, "PRAGMA application_id") == [(APPLICATION_ID,)]


def test_open_at_head_makes_no_backup(ws, tmp_path):
    ws.close()
    Workspace.open(ws.path).close()
    assert list(tmp_path.glob("*.bak")) == []
    assert list_backups(ws.path) == []
