"""Alembic migrations on both engines: they make exactly the models' schema, an older sandbox
database is stamped and upgraded in place, and `supplier-portal migrate` / start-up refuse a
database they cannot use with one clear line (exit 1), writing nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import Engine

from portal.__main__ import main as portal_main
from portal.server import ensure_seeded, free_port
from portal.store import migrate
from portal.store.db import make_engine
from portal.store.models import Base
from tests.pg_cluster import PgCluster

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'portal.db'}"
    cluster: PgCluster = request.getfixturevalue("pg_cluster")
    return cluster.new_database("migrations")


@pytest.fixture
def engine(empty_url: str) -> Iterator[Engine]:
    """The portal's own engine (on SQLite: BEGIN by SQLAlchemy, so DDL is transactional)."""
    engine = make_engine(empty_url)
    yield engine
    engine.dispose()


def differences(engine: Engine) -> list[object]:
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_object": migrate.include_object, "compare_type": True}
        )
        return list(compare_metadata(context, Base.metadata))


def test_the_migrations_make_the_models_schema(engine: Engine) -> None:
    assert migrate.upgrade(engine) is True
    assert differences(engine) == []
    with engine.connect() as conn:
        assert migrate.current(conn) == migrate.head()
    assert migrate.upgrade(engine) is False  # already there: nothing to do


def test_the_first_revision_is_the_schema_before_migrations(engine: Engine) -> None:
    """What `create_all` made before migrations existed: the first revision without its
    version table. Its data stays; it is stamped and upgraded in place."""
    with engine.begin() as conn:
        command.upgrade(migrate.config(conn), migrate.FIRST_REVISION)
        conn.execute(text("DROP TABLE alembic_version"))
        conn.execute(
            text(
                "INSERT INTO users (id, username, display_name, password_hash) "
                "VALUES ('u1', 'olga', 'Olga', 'x')"
            )
        )
    assert migrate.upgrade(engine) is True
    assert differences(engine) == []
    with engine.connect() as conn:
        assert conn.execute(text("SELECT username FROM users")).scalars().all() == ["olga"]
        assert migrate.current(conn) == migrate.head()


def test_an_older_portals_tables_are_not_stamped(engine: Engine) -> None:
    with engine.begin() as conn:
        command.upgrade(migrate.config(conn), migrate.FIRST_REVISION)
        conn.execute(text("DROP TABLE alembic_version"))
        conn.execute(text("DROP TABLE invoice_loads"))
    with pytest.raises(migrate.SchemaUnknown, match="invoice_loads"):
        migrate.upgrade(engine)
    assert "alembic_version" not in inspect(engine).get_table_names()


def test_the_sandbox_migrates_at_start(empty_url: str) -> None:
    assert ensure_seeded(empty_url, 20) is True
    engine = create_engine(empty_url)
    try:
        assert differences(engine) == []
    finally:
        engine.dispose()
    assert ensure_seeded(empty_url, 20) is False  # started again: kept as it is


def portal_cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "SUPPLIER_PORTAL_DB"}
    return subprocess.run(
        [sys.executable, "-m", "portal", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def refused(capsys: pytest.CaptureFixture[str], words: str, *args: str) -> str:
    """`supplier-portal ARGS` (in this process: the same `main`) exits 1 with one line
    holding `words` (any exception would fail the test: never a traceback)."""
    capsys.readouterr()
    assert portal_main([*args, "--port", str(free_port())]) == 1
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert words in lines[0].lower(), lines[0]
    return err


def test_migrate_command(empty_url: str) -> None:
    first = portal_cli("migrate", "--db", empty_url)
    assert first.returncode == 0, first.stderr
    assert "Migrated the database." in first.stdout
    again = portal_cli("migrate", "--db", empty_url)
    assert again.returncode == 0 and "up to date" in again.stdout


def test_a_newer_schema_is_refused_and_left_alone(
    engine: Engine, empty_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    migrate.upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
        conn.execute(text("DROP TABLE sign_in_throttle"))  # what the newer portal changed
    tables = set(inspect(engine).get_table_names())
    for args in (("migrate",), ("--sandbox",), ()):
        refused(capsys, "newer than this portal", *args, "--db", empty_url)
    engine.dispose()
    assert set(inspect(engine).get_table_names()) == tables
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999"


def test_a_live_portal_needs_the_migrations_first(
    pg_cluster: PgCluster, capsys: pytest.CaptureFixture[str]
) -> None:
    url = pg_cluster.new_database("unmigrated")
    refused(capsys, "supplier-portal migrate", "--db", url)
    engine = create_engine(url)
    try:
        assert inspect(engine).get_table_names() == []  # nothing written
    finally:
        engine.dispose()


def test_an_unreachable_database_or_wrong_credentials(
    pg_cluster: PgCluster, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    closed = free_port()
    cases = [
        (f"postgresql+psycopg://postgres@127.0.0.1:{closed}/portal", "cannot use the database"),
        (f"postgresql+psycopg://nobody:wrong@127.0.0.1:{pg_cluster.port}/postgres", "nobody"),
        (pg_cluster.url("no_such_database"), "no_such_database"),
        ("nosuchdriver://x/y", "not valid"),
        (f"sqlite:///{tmp_path / 'missing-folder' / 'portal.db'}", "cannot use the database"),
    ]
    for url, words in cases:
        for args in (("migrate",), ("--sandbox",), ()):
            err = refused(capsys, words, *args, "--db", url)
            assert "wrong" not in err  # the password never shows
    assert not (tmp_path / "missing-folder").exists()


def test_a_database_made_by_create_all_is_stamped_at_the_head(engine: Engine) -> None:
    """Throwaway and benchmark databases are made by `create_all` of today's models."""
    Base.metadata.create_all(engine)
    assert migrate.upgrade(engine) is True
    assert differences(engine) == []
    with engine.connect() as conn:
        assert migrate.current(conn) == migrate.head()
    if engine.dialect.name == "postgresql":
        indexes = {i["name"] for i in inspect(engine).get_indexes("buyers")}
        assert "ix_buyers_name_trgm" in indexes


def test_tables_between_two_revisions_are_refused_and_rolled_back(engine: Engine) -> None:
    """A file from a portal between revisions (the first revision's tables and one of the
    next's) is not stamped half way: the sandbox moves it aside."""
    with engine.begin() as conn:
        command.upgrade(migrate.config(conn), migrate.FIRST_REVISION)
        conn.execute(text("DROP TABLE alembic_version"))
        conn.execute(text("CREATE TABLE sign_in_throttle (key VARCHAR(200) PRIMARY KEY)"))
    with pytest.raises(migrate.SchemaUnknown, match="unknown portal version"):
        migrate.upgrade(engine)
    assert "alembic_version" not in inspect(engine).get_table_names()
