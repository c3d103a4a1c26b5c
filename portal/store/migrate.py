"""The portal's schema under Alembic (`portal/store/migrations/`), on SQLite and PostgreSQL.

`upgrade(engine)` brings a database to the code's schema: an empty one is built from the
migrations; one made by `create_all` before migrations existed (no `alembic_version`) is
stamped at the first revision when it holds that revision's tables, then upgraded in place.
`check(engine)` says whether a live portal can serve it. Errors are `SchemaError`s whose
message is one line for the user.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import DBAPIError

FIRST_REVISION = "0001"
VERSION_TABLE = "alembic_version"
# Tables and indexes outside the ORM models: the SQLite FTS5 index (`portal.search.schema`)
# and the PostgreSQL search indexes (`portal.search.pg_schema`, made by the migrations).
_SQLITE_INDEX_TABLES = ("directory_index", "directory_meta", "directory_fts", "directory_cfts")
_MIGRATION_LOCK = 0x5D_0001  # pg_advisory_xact_lock key: one migrating process at a time


class SchemaError(RuntimeError):
    """The database cannot be used at the code's schema (the message is one line)."""


class SchemaTooNew(SchemaError):
    pass


class SchemaBehind(SchemaError):
    pass


class SchemaUnknown(SchemaError):
    """Tables from before migrations that are not the first revision's (an older portal)."""


def include_object(obj: Any, name: str | None, type_: str, _reflected: bool, _compare: Any) -> bool:
    """What Alembic compares: the models' tables and indexes, not the search index."""
    if type_ == "table" and name is not None:
        return not name.startswith(_SQLITE_INDEX_TABLES) and name != VERSION_TABLE
    if type_ == "index" and name is not None:
        from portal.search.pg_schema import INDEXES

        return name not in INDEXES and not name.startswith("ix_directory_")
    return True


def config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    cfg.attributes["connection"] = connection
    return cfg


def head() -> str:
    revision = ScriptDirectory.from_config(config()).get_current_head()
    assert revision is not None
    return revision


def current(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def _known(revision: str) -> bool:
    try:
        return ScriptDirectory.from_config(config()).get_revision(revision) is not None
    except Exception:  # alembic raises several kinds for an unknown id
        return False


def _first_revision_tables() -> dict[str, list[str]]:
    first = ScriptDirectory.from_config(config()).get_revision(FIRST_REVISION)
    assert first is not None
    tables: dict[str, list[str]] = first.module.TABLES
    return tables


def _model_tables() -> dict[str, list[str]]:
    from portal.store.models import Base

    return {t.name: [c.name for c in t.columns] for t in Base.metadata.sorted_tables}


def _missing(conn: Connection, wanted: dict[str, list[str]]) -> list[str]:
    """What of `wanted` (table -> columns) this database lacks (`table` or `table.column`)."""
    found = inspect(conn)
    tables = set(found.get_table_names())
    missing: list[str] = []
    for table, columns in wanted.items():
        if table not in tables:
            missing.append(table)
            continue
        have = {c["name"] for c in found.get_columns(table)}
        missing += [f"{table}.{c}" for c in columns if c not in have]
    return missing


def state(conn: Connection) -> str:
    """empty | unversioned | behind | current | ahead."""
    tables = set(inspect(conn).get_table_names())
    if VERSION_TABLE not in tables:
        return "unversioned" if tables - set(_SQLITE_INDEX_TABLES) else "empty"
    revision = current(conn)
    if revision is None:
        return "empty" if not (tables - {VERSION_TABLE}) else "unversioned"
    if revision == head():
        return "current"
    return "behind" if _known(revision) else "ahead"


def _too_new(conn: Connection) -> SchemaTooNew:
    return SchemaTooNew(
        f"The database's schema ({current(conn)}) is newer than this portal's ({head()}): "
        "update the portal."
    )


def upgrade(engine: Engine) -> bool:
    """Migrate to the code's schema; True when something was changed."""
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
        found = state(conn)
        if found == "current":
            return False
        if found == "ahead":
            raise _too_new(conn)
        cfg = config(conn)
        if found == "unversioned":
            if not _missing(conn, _model_tables()):
                # Made by `create_all` of these very models (a throwaway or benchmark
                # database): at the head already, less what only migrations make.
                command.stamp(cfg, "head")
                _postgresql_extras(conn)
                return True
            missing = _missing(conn, _first_revision_tables())
            if missing:
                raise SchemaUnknown(
                    f"The database holds an older portal's tables (it lacks {', '.join(missing[:5])})."
                )
            command.stamp(cfg, FIRST_REVISION)
            try:
                command.upgrade(cfg, "head")
            except DBAPIError as exc:  # tables of a portal between two revisions
                raise SchemaUnknown(
                    "The database holds tables of an unknown portal version: "
                    f"{str(exc.orig).splitlines()[0] if exc.orig else type(exc).__name__}"
                ) from exc
            return True
        command.upgrade(cfg, "head")
        return True


def _postgresql_extras(conn: Connection) -> None:
    """What the migrations add beside the models on PostgreSQL (idempotent)."""
    if conn.dialect.name != "postgresql":
        return
    from portal.search import pg_schema

    pg_schema.install(conn)
    conn.execute(text("CREATE SEQUENCE IF NOT EXISTS sync_versions"))


def check(engine: Engine) -> None:
    """Raise a `SchemaError` unless the database is at the code's schema."""
    with engine.connect() as conn:
        found = state(conn)
        if found == "ahead":
            raise _too_new(conn)
        if found != "current":
            raise SchemaBehind(
                "The database is not at this portal's schema: run `supplier-portal migrate` first."
            )
