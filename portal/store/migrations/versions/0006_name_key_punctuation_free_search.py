"""buyers, buyer_groups: `name_key` (folded name, punctuation as word breaks) for search

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 14:50:00

A column the database computes from `name_folded`, so it is filled for every existing row
here and kept by every later write. PostgreSQL: the directory's indexes move to it (same
names). SQLite: `install_search_index` rebuilds the FTS5 index over it at the next start
(it finds the index without `name_key`).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

TABLES = ("buyers", "buyer_groups")

# `wire.text.fold_words` in SQL as of this revision (see `portal.search.name_key`).
_BREAKS = "()-/&.,;:!?+*\"'\u2013\u2014\u2018\u2019\u201c\u201d\u201e\u00ab\u00bb"


def _name_key_sql() -> str:
    sql = "name_folded"
    for ch in _BREAKS:
        literal = "'" + ch.replace("'", "''") + "'"
        sql = f"replace({sql}, {literal}, ' ')"
    return f"trim(replace(replace(replace({sql}, ' ', '()'), ')(', ''), '()', ' '))"


def _pg_indexes(column: str) -> dict[str, str]:
    return {
        "ix_buyers_name_c": f'ON buyers ({column} COLLATE "C", id COLLATE "C")',
        "ix_buyers_country_name_c": f'ON buyers (country, {column} COLLATE "C", id COLLATE "C")',
        "ix_buyers_name_trgm": f"ON buyers USING gin ({column} gin_trgm_ops)",
        "ix_buyer_groups_name_c": f'ON buyer_groups ({column} COLLATE "C", id COLLATE "C")',
        "ix_buyer_groups_name_trgm": f"ON buyer_groups USING gin ({column} gin_trgm_ops)",
    }


def _move_pg_indexes(column: str) -> None:
    for name, on in _pg_indexes(column).items():
        op.execute(f"DROP INDEX IF EXISTS {name}")
        op.execute(f"CREATE INDEX {name} {on}")


def upgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    # SQLite adds a generated column by ALTER TABLE only as VIRTUAL (computed when read;
    # the FTS5 index keeps its own copy). PostgreSQL stores it.
    computed = sa.Computed(_name_key_sql(), persisted=postgresql)
    for table in TABLES:
        op.add_column(table, sa.Column("name_key", sa.String(length=256), computed))
    if postgresql:
        _move_pg_indexes("name_key")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _move_pg_indexes("name_folded")
    else:  # the FTS5 index and its triggers read the column: rebuilt at the next start
        for table in ("buyers", "buyer_groups"):
            for when in ("ai", "au", "ad"):
                op.execute(f"DROP TRIGGER IF EXISTS trg_directory_{table}_{when}")
        for name in ("trg_directory_fts_ai", "trg_directory_fts_ad"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        for name in ("directory_fts", "directory_cfts", "directory_index"):
            op.execute(f"DROP TABLE IF EXISTS {name}")
    for table in TABLES:
        op.drop_column(table, "name_key")
