"""evidence locker: attachments (evidence -> blob) and the append-only custody log

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27

Written by hand. The blob table is rebuilt first so that `data` is its last column (see
_blob_data_last: streaming a large attachment in needs it). Three triggers keep the record honest:
- custody_event rows can be added, never changed or deleted (RAISE(ABORT) on UPDATE and DELETE);
- a blob's row is never changed by UPDATE (its bytes are written once, when the row is inserted,
  through incremental blob I/O into a zeroblob; that is not an UPDATE).
custody_event.evidence_id is deliberately a plain integer, not a foreign key: the log outlives the
evidence it records (a cascade would delete it, and SET NULL would be an UPDATE the trigger refuses).
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401 - as in the other scripts


revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_ACTIONS = (
    "created",
    "attached",
    "detached",
    "linked",
    "unlinked",
    "edited",
    "exported",
    "opened",
    "checked",
    "deleted",
    "restored",
)


def _blob_data_last() -> None:
    """Rebuild `blob` with `data` as its last column: SQLite writes a zeroblob() without holding it
    in memory only when it is the record's last field (elsewhere a 200 MB zeroblob costs 400 MB).

    source.original_sha256 REFERENCES blob ON DELETE RESTRICT, RESTRICT fires even on the implicit
    DELETE of a DROP TABLE, and foreign keys cannot be switched off inside the migration's
    transaction; renaming the old table would rewrite the reference to follow it. So the sources'
    references are set aside in a temporary table, the old table is dropped, the new one renamed to
    `blob`, and the references put back (checked against the new table as they are). Same rows,
    same references, before and after.
    """
    op.execute(
        "CREATE TABLE blob_new ("
        "sha256 VARCHAR(64) NOT NULL, size INTEGER NOT NULL, media_type VARCHAR NOT NULL, "
        "created_at DATETIME NOT NULL, data BLOB NOT NULL, "
        "CONSTRAINT ck_blob_sha256 CHECK (length(sha256) = 64), PRIMARY KEY (sha256))"
    )
    op.execute(
        "INSERT INTO blob_new (sha256, size, media_type, created_at, data) "
        "SELECT sha256, size, media_type, created_at, data FROM blob"
    )
    op.execute(
        "CREATE TEMP TABLE originals_0005 AS "
        "SELECT id, original_sha256 FROM source WHERE original_sha256 IS NOT NULL"
    )
    op.execute("UPDATE source SET original_sha256 = NULL WHERE original_sha256 IS NOT NULL")
    op.execute("DROP TABLE blob")
    op.execute("ALTER TABLE blob_new RENAME TO blob")
    op.execute(
        "UPDATE source SET original_sha256 = "
        "(SELECT o.original_sha256 FROM originals_0005 AS o WHERE o.id = source.id) "
        "WHERE id IN (SELECT id FROM originals_0005)"
    )
    op.execute("DROP TABLE originals_0005")


def upgrade() -> None:
    _blob_data_last()
    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("evidence_id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("media_type", sa.String(), nullable=False),
        sa.Column("captured_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("url", sa.String(), nullable=False),
        sa.Column("analyst", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["evidence_id"], ["evidence.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["sha256"], ["blob.sha256"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("evidence_id", "sha256", name="uq_attachment_blob"),
        sa.CheckConstraint("size >= 0", name="ck_attachment_size"),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_attachment_evidence_id"), "attachment", ["evidence_id"], unique=False)
    op.create_index(op.f("ix_attachment_sha256"), "attachment", ["sha256"], unique=False)

    actions = ", ".join(f"'{a}'" for a in _ACTIONS)
    op.create_table(
        "custody_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user", sa.String(), nullable=False),
        sa.Column("evidence_id", sa.Integer(), nullable=True),
        sa.Column("evidence_title", sa.String(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("attachment_id", sa.Integer(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.CheckConstraint(f"action IN ({actions})", name="ck_action_allowed"),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_custody_event_evidence_id"), "custody_event", ["evidence_id"], unique=False)
    op.create_index(op.f("ix_custody_event_at"), "custody_event", ["at"], unique=False)

    op.execute(
        "CREATE TRIGGER custody_event_no_update BEFORE UPDATE ON custody_event "
        "BEGIN SELECT RAISE(ABORT, 'the custody log is append-only: entries cannot be changed'); END"
    )
    op.execute(
        "CREATE TRIGGER custody_event_no_delete BEFORE DELETE ON custody_event "
        "BEGIN SELECT RAISE(ABORT, 'the custody log is append-only: entries cannot be deleted'); END"
    )
    op.execute(
        "CREATE TRIGGER blob_never_changes BEFORE UPDATE ON blob "
        "BEGIN SELECT RAISE(ABORT, 'a stored original is never changed'); END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS blob_never_changes")
    op.execute("DROP TRIGGER IF EXISTS custody_event_no_delete")
    op.execute("DROP TRIGGER IF EXISTS custody_event_no_update")
    op.drop_index(op.f("ix_custody_event_at"), table_name="custody_event")
    op.drop_index(op.f("ix_custody_event_evidence_id"), table_name="custody_event")
    op.drop_table("custody_event")
    op.drop_index(op.f("ix_attachment_sha256"), table_name="attachment")
    op.drop_index(op.f("ix_attachment_evidence_id"), table_name="attachment")
    op.drop_table("attachment")
