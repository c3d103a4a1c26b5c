"""The directory's indexes on PostgreSQL (pg_trgm), made by the Alembic migration.

- `*_name_c`: name order, byte-wise (`COLLATE "C"`, as SQLite compares), with the id to
  break ties: the name-start tier and the ordered walks of the word and inner tiers;
- `ix_buyers_country_name_c`: the same within one country;
- `*_name_trgm`: GIN trigram over the name key (folded, punctuation as word breaks), for `LIKE '% q%'` (word start, even one
  letter: pg_trgm pads words, so " q" makes the trigram "  q") and `LIKE '%q%'` (inner);
- `ix_buyers_country_trigrams`: GIN over the name key's trigrams each tagged with the
  country (`directory_country_trigrams`: "PL" + "sen" -> "PLsen"), for the word and inner
  tiers within one country: only that country's posting lists are read;
- `*_name_pairs`: GIN over the texts around the spaces between words
  (`directory_word_pairs`: "de la sa" -> "e l", "de l", "e la", "de la", "a s", ...), for
  terms of several words that pg_trgm cannot narrow (`pg_words`: "a & b", "de la sa");
- `ix_buyers_network_c`: network number prefixes, byte-wise.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine

EXTENSION = "CREATE EXTENSION IF NOT EXISTS pg_trgm"
# pg_trgm's trigrams of the name key with the country before each (immutable: an index
# expression); the search path as at creation, so it finds show_trgm wherever it runs.
COUNTRY_TRIGRAMS = "directory_country_trigrams"
FUNCTION = (
    f"CREATE OR REPLACE FUNCTION {COUNTRY_TRIGRAMS}(country text, name_key text) "
    "RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE SET search_path FROM CURRENT "
    "AS $$ SELECT array_agg(country || t) FROM unnest(show_trgm(name_key)) AS t $$"
)
# For each space between two words of a name key, the text around it: the last 1 or 2
# characters before it (a space before a word of one character) and the first 1 or 2 after
# it (a space after a word of one character), the four ways (`pg_words.word_pairs` asks).
WORD_PAIRS = "directory_word_pairs"
WORD_PAIRS_FUNCTION = f"""CREATE OR REPLACE FUNCTION {WORD_PAIRS}(name_key text) RETURNS text[]
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

INDEXES: dict[str, str] = {
    "ix_buyers_name_c": 'ON buyers (name_key COLLATE "C", id COLLATE "C")',
    "ix_buyers_country_name_c": 'ON buyers (country, name_key COLLATE "C", id COLLATE "C")',
    "ix_buyers_name_trgm": "ON buyers USING gin (name_key gin_trgm_ops)",
    "ix_buyers_country_trigrams": f"ON buyers USING gin ({COUNTRY_TRIGRAMS}(country, name_key))",
    "ix_buyers_network_c": 'ON buyers (network_number COLLATE "C")',
    "ix_buyer_groups_name_c": 'ON buyer_groups (name_key COLLATE "C", id COLLATE "C")',
    "ix_buyer_groups_name_trgm": "ON buyer_groups USING gin (name_key gin_trgm_ops)",
    "ix_buyers_name_pairs": f"ON buyers USING gin ({WORD_PAIRS}(name_key))",
    "ix_buyer_groups_name_pairs": f"ON buyer_groups USING gin ({WORD_PAIRS}(name_key))",
}


def create_statements() -> list[str]:
    return [EXTENSION, FUNCTION, WORD_PAIRS_FUNCTION] + [
        f"CREATE INDEX IF NOT EXISTS {n} {on}" for n, on in INDEXES.items()
    ]


def drop_statements() -> list[str]:
    return [f"DROP INDEX IF EXISTS {name}" for name in INDEXES]


def install(conn: Connection) -> None:
    for statement in create_statements():
        conn.execute(text(statement))


def install_pg_search_index(engine: Engine) -> None:
    """The indexes on a database made by `create_all` (tests); idempotent."""
    with engine.begin() as conn:
        install(conn)
