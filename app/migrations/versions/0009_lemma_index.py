"""lemma index: claims found by any form of a word, and by claimant, role and tags; analysts' synonyms

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05

Written by hand. `claim_lemma_fts` is an FTS5 table (with its own content) holding, for every claim, the
lemmas of its words as the lemmatiser gives them (app.text.lemmas: «мобілізацію» → мобілізація),
one group of alternatives per word ('захаров|захарів'): `words` (quote, ' | ', wording), `verdict`
(summary and rationale), `people` (the claimant's name and role), `tags` (its tags' names) and
`keys` (the uk/ru cognate keys of its words, for "checked before?" across the two languages).

Triggers call the Python functions fd_lemmas and fd_keys that every Factdesk connection registers
(app.text.sql). They keep the index in step with the claim (insert, delete, an update of a column
it reads), its source's language, its claimant's name or role, its tags and a tag's name; so undo,
JSON loads and imports need nothing extra. The existing claims are indexed here: about a minute for
100,000 claims.

`synonym_group` holds the analysts' own "treat these as the same" groups, used by "checked before?"
beside the lexicon that ships in resources/lexicon.

The FTS table's name holds "_fts", so env.py's filter leaves it and its shadow tables to this script.
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401 - as in the other scripts


revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

TOKENIZE = "unicode61 remove_diacritics 2 separators '|ʼ'"

ROW = """
SELECT c.id,
  fd_lemmas(c.quote, s.language) || ' | ' || fd_lemmas(c.statement, s.language),
  fd_lemmas(c.summary || ' ' || c.rationale, s.language),
  coalesce((SELECT fd_lemmas(a.name || ' ' || a.role, s.language) FROM actor a WHERE a.id = c.claimant_id), ''),
  coalesce((SELECT fd_lemmas(group_concat(t.name, ' '), s.language)
            FROM claim_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.claim_id = c.id), ''),
  fd_keys(c.quote || ' ' || c.statement, s.language)
FROM claim c JOIN source s ON s.id = c.source_id
"""
COLUMNS = "rowid, words, verdict, people, tags, keys"


def _reindex(where: str) -> str:
    return (
        f"DELETE FROM claim_lemma_fts WHERE rowid IN (SELECT c.id FROM claim c WHERE {where}); "
        f"INSERT INTO claim_lemma_fts({COLUMNS}) {ROW} WHERE {where};"
    )


STATEMENTS = [
    f'CREATE VIRTUAL TABLE claim_lemma_fts USING fts5(words, verdict, people, tags, keys, tokenize="{TOKENIZE}")',
    "CREATE VIRTUAL TABLE claim_lemma_fts_vocab USING fts5vocab(claim_lemma_fts, 'row')",
    f"CREATE TRIGGER claim_lemma_fts_ai AFTER INSERT ON claim BEGIN INSERT INTO claim_lemma_fts({COLUMNS}) {ROW} "
    "WHERE c.id = new.id; END",
    "CREATE TRIGGER claim_lemma_fts_ad AFTER DELETE ON claim BEGIN DELETE FROM claim_lemma_fts WHERE rowid = old.id; END",
    "CREATE TRIGGER claim_lemma_fts_au AFTER UPDATE OF quote, statement, summary, rationale, claimant_id, source_id "
    "ON claim BEGIN DELETE FROM claim_lemma_fts WHERE rowid = old.id; "
    f"INSERT INTO claim_lemma_fts({COLUMNS}) {ROW} WHERE c.id = new.id; END",
    f"CREATE TRIGGER claim_lemma_fts_source AFTER UPDATE OF language ON source BEGIN {_reindex('c.source_id = new.id')} END",
    f"CREATE TRIGGER claim_lemma_fts_actor AFTER UPDATE OF name, role ON actor BEGIN {_reindex('c.claimant_id = new.id')} END",
    f"CREATE TRIGGER claim_lemma_fts_tag AFTER UPDATE OF name ON tag BEGIN "
    f"{_reindex('c.id IN (SELECT claim_id FROM claim_tag WHERE tag_id = new.id)')} END",
    f"CREATE TRIGGER claim_lemma_fts_tag_ai AFTER INSERT ON claim_tag BEGIN {_reindex('c.id = new.claim_id')} END",
    f"CREATE TRIGGER claim_lemma_fts_tag_ad AFTER DELETE ON claim_tag BEGIN {_reindex('c.id = old.claim_id')} END",
    f"INSERT INTO claim_lemma_fts({COLUMNS}) {ROW}",
]


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)
    op.create_table(
        "synonym_group",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("terms", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sqlite_autoincrement=True,
    )


def downgrade() -> None:
    op.drop_table("synonym_group")
    for trigger in ("ai", "ad", "au", "source", "actor", "tag", "tag_ai", "tag_ad"):
        op.execute(f"DROP TRIGGER IF EXISTS claim_lemma_fts_{trigger}")
    op.execute("DROP TABLE IF EXISTS claim_lemma_fts_vocab")
    op.execute("DROP TABLE IF EXISTS claim_lemma_fts")
