"""source originals: blobs, a source's original file, dismissed suggestions

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27

Written by hand. The source table is altered in place (batch ops with recreate="never"):
a copy-and-move rebuild would DROP TABLE source, and with foreign keys on (as every workspace
connection has them, and PRAGMA foreign_keys cannot change inside the migration's transaction)
that drop deletes every claim through ON DELETE CASCADE. SQLite's ALTER TABLE ADD COLUMN takes a
REFERENCES clause when the column defaults to NULL, and DROP COLUMN (SQLite 3.35+) removes it.
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401 - as in the other scripts


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'blob',
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('size', sa.Integer(), nullable=False),
        sa.Column('media_type', sa.String(), nullable=False),
        sa.Column('data', sa.LargeBinary(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint('length(sha256) = 64', name='ck_blob_sha256'),
        sa.PrimaryKeyConstraint('sha256'),
    )
    op.create_table(
        'dismissed_suggestion',
        sa.Column('source_id', sa.Integer(), nullable=False),
        sa.Column('start', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('end', sa.Integer(), autoincrement=False, nullable=False),
        sa.ForeignKeyConstraint(['source_id'], ['source.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('source_id', 'start', 'end'),
    )
    # inline REFERENCES: the only way to add a foreign key to SQLite without rebuilding the table
    op.execute(
        'ALTER TABLE source ADD COLUMN original_sha256 VARCHAR(64) '
        'REFERENCES blob (sha256) ON DELETE RESTRICT'
    )
    with op.batch_alter_table('source', recreate='never') as batch_op:
        batch_op.add_column(sa.Column('original_name', sa.String(), nullable=False, server_default=''))
        # headings, list items, quotes as [[start, end, style], …] (JSON) for the source pane
        batch_op.add_column(sa.Column('layout', sa.Text(), nullable=False, server_default=''))
        batch_op.create_index(batch_op.f('ix_source_original_sha256'), ['original_sha256'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('source', recreate='never') as batch_op:
        batch_op.drop_index(batch_op.f('ix_source_original_sha256'))
        batch_op.drop_column('layout')
        batch_op.drop_column('original_name')
        batch_op.drop_column('original_sha256')
    op.drop_table('dismissed_suggestion')
    op.drop_table('blob')
