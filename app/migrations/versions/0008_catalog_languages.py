"""catalog: rating labels and definitions in Ukrainian, display titles for tags

A Ukrainian report showed English verdicts: a rating now carries its Ukrainian label and
definition beside the English ones (`label`, `description`), and the default scale that ships
gets them, worded as Ukrainian fact-checkers word their verdicts. A tag gets a display title, the
heading a report's section shows ("" uses the tag itself).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

DEFAULT_SCALE = "Factdesk default"

# the default scale's English label (0002) -> its Ukrainian label and definition
UKRAINIAN = {
    "True": ("Правда", "Твердження відповідає дійсності, нічого суттєвого не пропущено."),
    "Mostly true": (
        "Переважно правда",
        "Твердження загалом точне, але потребує уточнення або додаткового контексту.",
    ),
    "Misleading": (
        "Маніпуляція",
        "Твердження містить правдиві елементи, але подає їх так, що в читача складається хибне враження.",
    ),
    "Mostly false": (
        "Переважно неправда",
        "У твердженні є частка правди, але воно замовчує важливі факти, які змінюють картину.",
    ),
    "False": ("Неправда", "Твердження не відповідає дійсності."),
    "Unproven": (
        "Не доведено",
        "Наявні дані не дають змоги ні підтвердити, ні спростувати твердження.",
    ),
}


def upgrade() -> None:
    with op.batch_alter_table("rating") as batch:
        batch.add_column(sa.Column("label_uk", sa.String(), nullable=False, server_default=""))
        batch.add_column(sa.Column("description_uk", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("tag") as batch:
        batch.add_column(sa.Column("title", sa.String(), nullable=False, server_default=""))
    conn = op.get_bind()
    for label, (label_uk, description_uk) in UKRAINIAN.items():
        conn.execute(
            sa.text(
                "UPDATE rating SET label_uk = :label_uk, description_uk = :description_uk "
                "WHERE label = :label AND label_uk = '' "
                "AND scale_id IN (SELECT id FROM rating_scale WHERE name = :scale)"
            ),
            dict(label=label, label_uk=label_uk, description_uk=description_uk, scale=DEFAULT_SCALE),
        )


def downgrade() -> None:
    # SQLite (3.35+) drops a plain column in place; a batch copy of `rating` would trip the claims'
    # foreign keys to it
    op.execute("ALTER TABLE tag DROP COLUMN title")
    op.execute("ALTER TABLE rating DROP COLUMN description_uk")
    op.execute("ALTER TABLE rating DROP COLUMN label_uk")
