"""The directory's indexes on PostgreSQL (pg_trgm), made by the Alembic migration.

- `*_name_c`: name order, byte-wise (`COLLATE "C"`, as SQLite compares), with the id to
  break ties: the name-start tier and the ordered walks of the word and inner tiers;
- `ix_buyers_country_name_c`: the same within one country;
- `*_name_trgm`: GIN trigram over the name key (folded, punctuation as word breaks), for `LIKE '% q%'` (word start, even one
  letter: pg_trgm pads words, so " q" makes the trigram "  q") and `LIKE '%q%'` (inner);
- `ix_buyers_country_trigrams`: GIN over the name key's trigrams each tagged with the
  country (`directory_country_trigrams`: "PL" + "sen" -> "PLsen"), for the word and inner
  tiers within one country: only that country's posting lists are read;
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

INDEXES: dict[str, str] = {
    "ix_buyers_name_c": 'ON buyers (name_key COLLATE "C", id COLLATE "C")',
    "ix_buyers_country_name_c": 'ON buyers (country, name_key COLLATE "C", id COLLATE "C")',
    "ix_buyers_name_trgm": "ON buyers USING gin (name_key gin_trgm_ops)",
    "ix_buyers_country_trigrams": f"ON buyers USING gin ({COUNTRY_TRIGRAMS}(country, name_key))",
    "ix_buyers_network_c": 'ON buyers (network_number COLLATE "C")',
    "ix_buyer_groups_name_c": 'ON buyer_groups (name_key COLLATE "C", id COLLATE "C")',
    "ix_buyer_groups_name_trgm": "ON buyer_groups USING gin (name_key gin_trgm_ops)",
}


def create_statements() -> list[str]:
    return [EXTENSION, FUNCTION] + [
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
