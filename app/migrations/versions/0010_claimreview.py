"""ClaimReview: the organisation, a claim's publication fields, claimants' sameAs, external verdicts

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05

Written by hand. What a published fact-check (schema.org ClaimReview) needs that the workspace
lacked: `workspace_setting` (key → value; the organisation's name, URL and logo), per claim the
published fact-check's URL (`review_url`) and where and when the claim appeared
(`appearance_url`, `appearance_date`), a claimant's `same_as` links (one URL a line), and
`external_verdict`: other fact-checkers' verdicts on a claim (imported ClaimReview), kept apart
from the team's own rating.

Columns are added in place (ALTER TABLE … ADD COLUMN): a batch copy of `claim` would drop the
search triggers that 0006 and 0009 hang on it.
"""

import sqlalchemy as sa
from alembic import op
import sqlmodel  # noqa: F401 - as in the other scripts

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("ALTER TABLE claim ADD COLUMN review_url VARCHAR NOT NULL DEFAULT ''")
    op.execute("ALTER TABLE claim ADD COLUMN appearance_url VARCHAR NOT NULL DEFAULT ''")
    op.execute("ALTER TABLE claim ADD COLUMN appearance_date DATE")
    op.execute("ALTER TABLE actor ADD COLUMN same_as TEXT NOT NULL DEFAULT ''")
    op.create_table(
        "workspace_setting",
        sa.Column("key", sa.String(), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False, server_default=""),
    )
    op.create_table(
        "external_verdict",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("claim_id", sa.Integer(), sa.ForeignKey("claim.id", ondelete="CASCADE"), nullable=False),
        sa.Column("publisher", sa.String(), nullable=False, server_default=""),
        sa.Column("rating", sa.String(), nullable=False, server_default=""),
        sa.Column("url", sa.String(), nullable=False, server_default=""),
        sa.Column("reviewed_on", sa.Date(), nullable=True),
        sa.Column("language", sa.String(), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_external_verdict_claim_id", "external_verdict", ["claim_id"])


def downgrade() -> None:
    op.drop_index("ix_external_verdict_claim_id", table_name="external_verdict")
    op.drop_table("external_verdict")
    op.drop_table("workspace_setting")
    op.execute("ALTER TABLE actor DROP COLUMN same_as")
    op.execute("ALTER TABLE claim DROP COLUMN appearance_date")
    op.execute("ALTER TABLE claim DROP COLUMN appearance_url")
    op.execute("ALTER TABLE claim DROP COLUMN review_url")
