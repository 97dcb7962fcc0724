"""search: full-text indexes over claims, sources and evidence; claim relations ("checked before?")

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27

Written by hand. Three FTS5 external-content tables index the text columns of claim, source and
evidence without copying them (the index reads the rows back for snippets); triggers keep each
index in step on INSERT, DELETE and on an UPDATE of an indexed column (a status or rating change
does not touch the index). The existing rows are indexed here ('rebuild').

Tokenizer: unicode61 with remove_diacritics 2 folds case for Latin and Cyrillic and strips Latin
accents (café = cafe). It leaves й, ё, ї as the distinct letters they are (й is not и in either
language); the search service lets a query's ё also find е. U+02BC (ʼ, the Ukrainian apostrophe
letter) is made a separator like ' and ’, so зв'язок, зв’язок and звʼязок index alike.

The FTS tables' names hold "_fts" so autogenerate leaves their shadow tables alone (env.py).
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401 - as in the other scripts


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

TOKENIZE = "unicode61 remove_diacritics 2 separators 'ʼ'"

#: table -> indexed columns (in the order of the weights given to bm25 by app.services.search)
INDEXED = {
    'claim': ('quote', 'statement', 'summary', 'rationale'),
    'source': ('title', 'text'),
    'evidence': ('title', 'excerpt', 'url'),
}


def _fts(table: str, cols: tuple[str, ...]) -> list[str]:
    fts = f'{table}_fts'
    names = ', '.join(f'"{c}"' for c in cols)
    new = ', '.join(f'new."{c}"' for c in cols)
    old = ', '.join(f'old."{c}"' for c in cols)
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5({names}, content='{table}', content_rowid='id', "
        f'tokenize="{TOKENIZE}")',
        f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts}(rowid, {names}) VALUES (new.id, {new}); END",
        f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.id, {old}); END",
        f"CREATE TRIGGER {fts}_au AFTER UPDATE OF {names} ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.id, {old}); "
        f"INSERT INTO {fts}(rowid, {names}) VALUES (new.id, {new}); END",
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
    ]


def upgrade() -> None:
    for table, cols in INDEXED.items():
        for statement in _fts(table, cols):
            op.execute(statement)
    # term statistics of the claims index: "checked before?" leaves out words most claims share
    op.execute("CREATE VIRTUAL TABLE claim_fts_vocab USING fts5vocab(claim_fts, 'row')")
    op.create_table(
        'claim_relation',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('claim_id', sa.Integer(), nullable=False),
        sa.Column('other_claim_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(), nullable=False),
        sa.Column('score', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('user', sa.String(), nullable=False),
        sa.CheckConstraint("kind IN ('repeats', 'same_narrative')", name='ck_kind_allowed'),
        sa.CheckConstraint('claim_id <> other_claim_id', name='ck_claim_relation_other'),
        sa.ForeignKeyConstraint(['claim_id'], ['claim.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['other_claim_id'], ['claim.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('claim_id', 'other_claim_id', name='uq_claim_relation_pair'),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f('ix_claim_relation_claim_id'), 'claim_relation', ['claim_id'], unique=False)
    op.create_index(op.f('ix_claim_relation_other_claim_id'), 'claim_relation', ['other_claim_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_claim_relation_other_claim_id'), table_name='claim_relation')
    op.drop_index(op.f('ix_claim_relation_claim_id'), table_name='claim_relation')
    op.drop_table('claim_relation')
    op.execute('DROP TABLE IF EXISTS claim_fts_vocab')
    for table in reversed(list(INDEXED)):
        for suffix in ('ai', 'ad', 'au'):
            op.execute(f'DROP TRIGGER IF EXISTS {table}_fts_{suffix}')
        op.execute(f'DROP TABLE IF EXISTS {table}_fts')
