"""buyers, buyer_groups: a GIN index of the texts around the spaces between words (PostgreSQL)

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-08 03:40:00

`directory_word_pairs(name_key)` lists, for each space between two words of the name key, the
last 1-2 characters before it and the first 1-2 after it ("de la sa" -> "e l", "de l", "e la",
"de la", "a s", ...). pg_trgm has no trigram across a space, so a term of short words
("a & b", "de la sa") could only read the trigram lists of the padded word starts and ends,
held by hundreds of thousands of names: on 2.2M entities `a & b` took 500-620 ms, most of it
in the word tier's `LIKE '%a b%'`, which rechecked 414,228 rows to find none. Its word pairs
(" a b": a word "a" before a word starting with "b") are read in well under a millisecond
(`portal.search.pg_words`). The index is 87 MB on 2.2M entities, built in about a minute.
"""

from __future__ import annotations

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

# The function and the indexes as this revision makes them (`portal.search.pg_schema` keeps
# the same).
FUNCTION = """CREATE OR REPLACE FUNCTION directory_word_pairs(name_key text) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  words text[] := string_to_array(name_key, ' ');
  pairs text[];
  ending text;
  starting text;
BEGIN
  FOR i IN 1 .. cardinality(words) - 1 LOOP
    ending := right(' ' || words[i], 2);
    starting := left(words[i + 1] || ' ', 2);
    pairs := pairs || ARRAY[right(ending, 1) || ' ' || left(starting, 1),
      ending || ' ' || left(starting, 1), right(ending, 1) || ' ' || starting,
      ending || ' ' || starting];
  END LOOP;
  RETURN pairs;
END $$"""
INDEXES = {
    "ix_buyers_name_pairs": "ON buyers USING gin (directory_word_pairs(name_key))",
    "ix_buyer_groups_name_pairs": "ON buyer_groups USING gin (directory_word_pairs(name_key))",
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return  # SQLite: FTS5's trigrams span the spaces between words already
    op.execute(FUNCTION)
    for name, on in INDEXES.items():
        op.execute(f"CREATE INDEX IF NOT EXISTS {name} {on}")
    # The planner counts a term's pairs from the statistics of the index's expression, which
    # only ANALYZE gathers (a new index alone does not start the autovacuum's): without them
    # every term of short words would look common (`pg_words.fewest_holding`).
    op.execute("ANALYZE buyers")
    op.execute("ANALYZE buyer_groups")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    op.execute("DROP FUNCTION IF EXISTS directory_word_pairs(text)")
