"""PostgreSQL only: the directory's pg_trgm indexes and the sequence behind sync versions

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 05:20:00
"""

from __future__ import annotations

from alembic import op

from portal.search import pg_schema

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return  # SQLite: the FTS5 index is kept by portal.search.install_search_index
    for statement in pg_schema.create_statements():
        op.execute(statement)
    op.execute("CREATE SEQUENCE IF NOT EXISTS sync_versions")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP SEQUENCE IF EXISTS sync_versions")
    for statement in pg_schema.drop_statements():
        op.execute(statement)
