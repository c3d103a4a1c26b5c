"""Where a database stands against the newest migration, and bringing it there, with Alembic (and
its Mako and Pygments, ~0.3 s to import) imported only when a migration has to run.

A new SQLite database is made from the models at once (`create_all`, ~0.05 s against ~0.4 s for
Alembic and the migrations) and stamped at the head: the migrations make the models' tables,
columns and indexes (tests/portal/test_pg_migrations.py, test_portal_start_light.py), and
`portal.store.migrate.upgrade` stamps a database `create_all` made the same way. What differs:
the order of columns, and `name_key` stored (a migration can add only a virtual one).
"""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DBAPIError

_VERSIONS = Path(__file__).parent / "migrations" / "versions"
_REVISION_LINE = re.compile(
    r"^(revision|down_revision)(?:: *[^=\n]+)? *= *(?:\"([\w-]+)\"|(None))$", re.M
)
# Alembic's own version table, as `alembic stamp` makes it.
_VERSION_TABLE = (
    "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
    "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
)


def migration_head() -> str | None:
    """The newest migration's id, read from the version files without importing Alembic (and
    its Mako); None unless they name exactly one head plainly (Alembic then decides)."""
    revisions: set[str] = set()
    parents: set[str | None] = set()
    for path in _VERSIONS.glob("*.py"):
        found = {k: v or None for k, v, _none in _REVISION_LINE.findall(path.read_text("utf-8"))}
        if "revision" not in found or "down_revision" not in found:
            return None
        revisions.add(str(found["revision"]))
        parents.add(found["down_revision"])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def schema_at_head(engine: Engine) -> bool:
    """True when the database's version table names the newest migration: nothing to migrate,
    and no Alembic to import. False when not, or unsure (Alembic then looks)."""
    head = migration_head()
    if head is None:
        return False
    try:
        with engine.connect() as conn:
            found = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    except DBAPIError:  # no version table: a new database, or one from before migrations
        return False
    return list(found) == [head]


def create_at_head(engine: Engine) -> bool:
    """Make a new (table-less) SQLite database's schema from the models and stamp it at the
    newest migration, in one transaction; False, touching nothing, for any other database."""
    from portal.store.models import Base

    head = migration_head()
    if head is None or engine.dialect.name != "sqlite":
        return False
    with engine.begin() as conn:
        if inspect(conn).get_table_names():
            return False
        Base.metadata.create_all(conn)
        conn.execute(text(_VERSION_TABLE))
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES (:v)"), {"v": head})
    return True


def upgrade(engine: Engine) -> bool:
    """Bring the database to the newest migration (True when something changed): nothing at the
    head, `create_at_head` for a new SQLite file, else Alembic (`portal.store.migrate`)."""
    if schema_at_head(engine):
        return False
    if create_at_head(engine):
        return True
    from portal.store.migrate import upgrade as migrate

    return migrate(engine)
