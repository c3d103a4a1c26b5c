"""PostgreSQL only: the directory's pg_trgm indexes and the sequence behind sync versions

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 05:20:00
"""

from __future__ import annotations

from alembic import op

# The indexes as this revision made them (over `name_folded`; 0006 moves them to `name_key`).
INDEXES = {
    "ix_buyers_name_c": 'ON buyers (name_folded COLLATE "C", id COLLATE "C")',
    "ix_buyers_country_name_c": 'ON buyers (country, name_folded COLLATE "C", id COLLATE "C")',
    "ix_buyers_name_trgm": "ON buyers USING gin (name_folded gin_trgm_ops)",
    "ix_buyers_network_c": 'ON buyers (network_number COLLATE "C")',
    "ix_buyer_groups_name_c": 'ON buyer_groups (name_folded COLLATE "C", id COLLATE "C")',
    "ix_buyer_groups_name_trgm": "ON buyer_groups USING gin (name_folded gin_trgm_ops)",
}


def create_statements() -> list[str]:
    return ["CREATE EXTENSION IF NOT EXISTS pg_trgm"] + [
        f"CREATE INDEX IF NOT EXISTS {name} {on}" for name, on in INDEXES.items()
    ]


def drop_statements() -> list[str]:
    return [f"DROP INDEX IF EXISTS {name}" for name in INDEXES]


revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return  # SQLite: the FTS5 index is kept by portal.search.install_search_index
    for statement in create_statements():
        op.execute(statement)
    op.execute("CREATE SEQUENCE IF NOT EXISTS sync_versions")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP SEQUENCE IF EXISTS sync_versions")
    for statement in drop_statements():
        op.execute(statement)
