"""telegram posts: when a post was made and edited, whom it was forwarded from, and its key

Sources imported from a Telegram Desktop export (app.intake.telegram) carry what a post has and an
article does not: `posted_at` (UTC, from the export's `date_unixtime`; `published` holds only its
date), `edited_at` (UTC, when the post was edited), `forwarded_from` (the display name of the
original sender, as the export gives it: Telegram exports no id or link for it) and
`external_key` — "telegram:<chat id>:<message id>" (or the post's t.me link) — so importing the
same export again adds nothing. The key is unique where it is set; typed and imported articles
leave it NULL.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ADD COLUMN (no batch copy of the table, which would drop its search triggers)
    op.add_column("source", sa.Column("posted_at", sa.DateTime(), nullable=True))
    op.add_column("source", sa.Column("edited_at", sa.DateTime(), nullable=True))
    op.add_column("source", sa.Column("forwarded_from", sa.String(), nullable=True))
    op.add_column("source", sa.Column("external_key", sa.String(), nullable=True))
    op.execute("CREATE UNIQUE INDEX ix_source_external_key ON source (external_key) WHERE external_key IS NOT NULL")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_source_external_key")
    for column in ("external_key", "forwarded_from", "edited_at", "posted_at"):
        op.execute(f"ALTER TABLE source DROP COLUMN {column}")
