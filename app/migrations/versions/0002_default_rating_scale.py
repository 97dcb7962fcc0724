"""Ship the default rating scale.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SCALE_NAME = "Factdesk default"

# label, description, colour, numeric value (ClaimReview: 1 worst .. 5 best; 0 = not placed on the scale)
RATINGS = [
    ("True", "The claim is accurate and nothing significant is missing.", "#2E7D32", 5),
    ("Mostly true", "The claim is accurate but needs clarification or additional information.", "#7CB342", 4),
    ("Misleading", "The claim contains accurate elements but leaves a false impression.", "#F9A825", 3),
    ("Mostly false", "The claim contains an element of truth but ignores critical facts.", "#EF6C00", 2),
    ("False", "The claim is not accurate.", "#C62828", 1),
    ("Unproven", "The evidence available does not allow the claim to be confirmed or refuted.", "#757575", 0),
]


def upgrade() -> None:
    conn = op.get_bind()
    scale_id = conn.execute(
        sa.text("INSERT INTO rating_scale (name, is_default) VALUES (:name, 1) RETURNING id"), {"name": SCALE_NAME}
    ).scalar_one()
    for position, (label, description, colour, value) in enumerate(RATINGS):
        conn.execute(
            sa.text(
                "INSERT INTO rating (scale_id, label, description, colour, value, position) "
                "VALUES (:scale, :label, :description, :colour, :value, :position)"
            ),
            dict(scale=scale_id, label=label, description=description, colour=colour, value=value, position=position),
        )


def downgrade() -> None:
    conn = op.get_bind()
    conn.execute(sa.text("DELETE FROM rating_scale WHERE name = :name"), {"name": SCALE_NAME})
