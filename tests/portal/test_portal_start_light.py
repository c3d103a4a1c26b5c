"""Starting the portal does only what is needed: Alembic (and its Mako) only when the version
table is not at the newest migration (a new SQLite file is made from the models and stamped),
one migration per start, the OpenAPI document built on its first request."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import requests
from sqlalchemy import Engine, create_engine, text

from portal.app import migration_head, schema_at_head
from portal.server import PortalServer, migrate_database
from portal.store import migrate
from portal.store.schema_head import create_at_head, upgrade

ROOT = Path(__file__).resolve().parents[2]


def test_the_head_read_from_the_version_files_is_alembics() -> None:
    assert migration_head() == migrate.head()


def test_schema_at_head_only_for_a_database_at_the_newest_migration(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'portal.db'}")
    try:
        assert not schema_at_head(engine)  # a new database: no version table
        migrate.upgrade(engine)
        assert schema_at_head(engine)
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '0010'"))
        assert not schema_at_head(engine)  # behind: Alembic must look
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
        assert not schema_at_head(engine)  # a newer portal's: Alembic refuses it
    finally:
        engine.dispose()


def shape(engine: Engine) -> dict[str, object]:
    """Every table's column names and every index's columns, by name. Not compared: the order
    of columns (a migration adds its columns last) and whether `name_key` is stored (SQLite
    can add only a virtual generated column), as for any database `create_all` made, which
    `migrate.upgrade` stamps at the head too."""
    found: dict[str, object] = {}
    with engine.connect() as conn:
        names = conn.execute(
            text("SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
        ).all()
        found["objects"] = sorted(names)
        for kind, name, _table in names:
            if kind == "table":
                columns = conn.execute(text(f"PRAGMA table_xinfo('{name}')")).all()
                found[name] = sorted(
                    (c.name, c.type, c.pk) + (() if c.name == "name_key" else (c.notnull,))
                    for c in columns
                )
            elif kind == "index":
                found[name] = [c.name for c in conn.execute(text(f"PRAGMA index_info('{name}')"))]
    return found


def test_a_new_sqlite_database_is_made_at_the_head_with_the_migrations_tables(
    tmp_path: Path,
) -> None:
    made = create_engine(f"sqlite:///{tmp_path / 'made.db'}")
    migrated = create_engine(f"sqlite:///{tmp_path / 'migrated.db'}")
    try:
        assert upgrade(made) is True  # a new file: from the models, stamped
        migrate.upgrade(migrated)
        assert shape(made) == shape(migrated)
        assert schema_at_head(made)
        assert migrate.upgrade(made) is False  # Alembic finds it at the head
        assert create_at_head(made) is False  # not a new database: left alone
        assert upgrade(made) is False
    finally:
        made.dispose()
        migrated.dispose()


# What `supplier-portal --sandbox` does before answering, on a database a first start made.
PROBE = textwrap.dedent(
    """
    import json, sys
    from portal.__main__ import _prepare, parse_args
    from portal.app import create_app
    url = "sqlite:///" + sys.argv[1]
    seeding = []
    assert _prepare(parse_args(["--sandbox", "--generated-buyers", "20"]), url, seeding) == 0
    create_app(url, sandbox=True)
    loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("alembic", "mako", "requests"))
    print("LOADED " + json.dumps(loaded), flush=True)
    """
)


@pytest.mark.parametrize("first", [True, False], ids=["new", "migrated"])
def test_a_start_imports_no_alembic(tmp_path: Path, first: bool) -> None:
    db = tmp_path / "portal.db"
    if not first:
        migrate_database(str(db))  # as a first start left it
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(db)],
        capture_output=True,
        text=True,
        timeout=240,
        cwd=ROOT,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("LOADED ")]
    assert lines, done.stderr[-2000:]
    assert json.loads(lines[0].removeprefix("LOADED ")) == []


def test_the_embedded_portal_answers_without_building_the_openapi_document(
    tmp_path: Path,
) -> None:
    server = PortalServer(str(tmp_path / "portal.db"), sandbox=False)
    server.start()
    try:
        assert server._server is not None
        app = server._server.config.app
        assert app.openapi_schema is None  # nothing asked for it yet
        answer = requests.get(f"{server.base_url}/openapi.json", timeout=30)
        assert answer.status_code == 200 and "/v1/session" in answer.json()["paths"]
        assert app.openapi_schema is not None
    finally:
        server.stop()
