"""A new sandbox database copied from a seeded template (SUPPLIER_PORTAL_SEED_TEMPLATES), a
SQLite file or an empty PostgreSQL database: the same demo network as a fresh seed, its clock
moved to the copy's time."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import requests
from sqlalchemy import create_engine, make_url, text

from portal.clock import utcnow
from portal.sandbox import pg_templates, templates
from portal.sandbox.seeding import ensure_seeded
from portal.server import PortalServer
from tests.pg_cluster import PgCluster

BUYERS = 20


def _times(path: Path, sql: str) -> list[datetime]:
    with sqlite3.connect(path) as conn:
        return [datetime.fromisoformat(value) for (value,) in conn.execute(sql)]


def _age_template(folder: Path, hours: int) -> None:
    """The folder's template as if seeded `hours` ago: its times, its dates (when that was
    another day) and its stamp moved back."""
    database, stamp = folder / f"sandbox-{BUYERS}.sqlite", folder / f"sandbox-{BUYERS}.json"
    seeded_at = datetime.fromisoformat(json.loads(stamp.read_text())["seeded_at"])
    earlier = seeded_at - timedelta(hours=hours)
    with sqlite3.connect(database) as conn:
        templates._move_times(conn, earlier - seeded_at, earlier.date() - seeded_at.date())
    stamp.write_text(json.dumps({"seeded_at": earlier.isoformat()}))


def test_a_copy_of_an_old_template_is_seeded_as_of_now(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "templates"
    monkeypatch.setenv(templates.FOLDER_ENV, str(folder))
    first, copy, fresh = tmp_path / "first.db", tmp_path / "copy.db", tmp_path / "fresh.db"
    assert ensure_seeded(f"sqlite:///{first}", BUYERS)  # seeds the template, then copies it
    _age_template(folder, hours=5)
    started, said = utcnow(), []
    assert ensure_seeded(f"sqlite:///{copy}", BUYERS, said.append)
    assert said == ["Sandbox: copied from a seeded template."]  # no stage seeded again
    ensure_seeded(f"sqlite:///{fresh}", BUYERS, template=False)

    events = _times(copy, "SELECT at FROM history_events")
    assert events and all(abs(at - started) < timedelta(minutes=1) for at in events), events
    count = "SELECT (SELECT count(*) FROM {0})"
    with sqlite3.connect(copy) as made, sqlite3.connect(fresh) as seeded:
        for table in ("users", "buyers", "relationships", "invoices", "tickets", "history_events"):
            assert (
                made.execute(count.format(table)).fetchone()
                == seeded.execute(count.format(table)).fetchone()
            ), table
        # A ticket falls due as long after it was opened as in a fresh seed.
        gap = "SELECT min(julianday(due_at) - julianday(created_at)) FROM tickets"
        assert made.execute(gap).fetchone()[0] == pytest.approx(
            seeded.execute(gap).fetchone()[0], abs=2 / 86400
        )
        dates = "SELECT max(issue_date) FROM invoices"
        assert made.execute(dates).fetchone() == seeded.execute(dates).fetchone()


def test_a_portal_on_a_copy_signs_in_the_demo_users(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(templates.FOLDER_ENV, str(tmp_path / "templates"))
    for name in ("one.db", "two.db"):  # the first seeds the template, the second copies it
        with PortalServer(str(tmp_path / name), generated_buyers=BUYERS) as server:
            answer = requests.post(
                f"{server.base_url}/v1/session",
                json={"username": "oskar", "password": "sandbox"},
                timeout=30,
            )
            assert answer.status_code == 200, answer.text
    assert (tmp_path / "templates" / f"sandbox-{BUYERS}.sqlite").exists()


def test_without_a_folder_a_new_database_is_seeded_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(templates.FOLDER_ENV, raising=False)
    assert not templates.copy_into(tmp_path / "new.db", BUYERS, lambda _url: None)
    assert not (tmp_path / "new.db").exists()


PG_BUYERS = 7  # a template of this test's own on the session's cluster


def test_a_postgresql_copy_of_an_old_template_is_seeded_as_of_now(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pg_cluster: PgCluster
) -> None:
    monkeypatch.setenv(templates.FOLDER_ENV, str(tmp_path / "templates"))
    assert ensure_seeded(pg_cluster.new_database("first"), PG_BUYERS)  # seeds the template
    template = f"sandbox_template_{PG_BUYERS}"
    with create_engine(pg_cluster.url("postgres"), isolation_level="AUTOCOMMIT").connect() as c:
        seeded_at = pg_templates.seeded_at(c, template)
        assert seeded_at is not None
        earlier = seeded_at - timedelta(hours=5)
        pg_templates.move_times(
            make_url(pg_cluster.url(template)),
            earlier - seeded_at,
            (earlier.date() - seeded_at.date()).days,
        )
        pg_templates.stamp(c, template, earlier)
    copy, fresh = pg_cluster.new_database("copy"), pg_cluster.new_database("fresh")
    started, said = utcnow(), []
    assert ensure_seeded(copy, PG_BUYERS, said.append)
    assert said == ["Sandbox: copied from a seeded template."]  # no stage seeded again
    ensure_seeded(fresh, PG_BUYERS, template=False)

    with create_engine(copy).connect() as made, create_engine(fresh).connect() as seeded:
        events = made.scalars(text("SELECT at FROM history_events")).all()
        assert events and all(abs(at - started) < timedelta(minutes=1) for at in events), events
        for table in ("users", "buyers", "relationships", "invoices", "tickets", "history_events"):
            count = text(f"SELECT count(*) FROM {table}")
            assert made.scalar(count) == seeded.scalar(count), table
        gap = text("SELECT min(due_at - created_at) FROM tickets")
        assert abs(made.scalar(gap) - seeded.scalar(gap)) < timedelta(seconds=2)
        dates = text("SELECT max(issue_date) FROM invoices")
        assert made.scalar(dates) == seeded.scalar(dates)


def test_a_postgresql_database_with_tables_is_not_made_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pg_cluster: PgCluster
) -> None:
    monkeypatch.setenv(templates.FOLDER_ENV, str(tmp_path / "templates"))
    url = pg_cluster.new_database("kept")
    with create_engine(url).begin() as conn:
        conn.execute(text("CREATE TABLE notes (body text)"))
        conn.execute(text("INSERT INTO notes VALUES ('mine')"))
    assert not pg_templates.copy_into(url, PG_BUYERS, lambda _url: None)
    with create_engine(url).connect() as conn:
        assert conn.scalars(text("SELECT body FROM notes")).all() == ["mine"]
