"""Seeded sandbox databases kept as templates on a PostgreSQL server (env
SUPPLIER_PORTAL_SEED_TEMPLATES set, as for SQLite files: `templates`).

A new, empty sandbox database is made again as a copy of the server's template database for
as many generated buyers (`CREATE DATABASE ... TEMPLATE` and the times moved: about 1 s with
the test suite running beside, the copy itself 0.3 s), instead of being migrated and seeded
(4-8 s). The first such database on a server seeds the template: a database of its own named
`sandbox_template_<buyers>`, seeded under another name and renamed when whole, its seeding
time in its comment. A copy's times are moved as a SQLite copy's are.

Only an empty database (no table) is made again, and only when the role may create databases
and nobody else is connected to it; otherwise nothing is done and it is seeded as before. One
PostgreSQL advisory lock makes the processes on a server take turns (a portal's 2 workers, a
test run's portals).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import URL, Connection, create_engine, make_url, text
from sqlalchemy.exc import DBAPIError

from portal.clock import utcnow
from portal.sandbox.templates import dated_columns

_LOCK = 0x5EED_7E47  # pg_advisory_lock's key: the sandbox templates of this server
_MAINTENANCE = "postgres"


def _name(generated_buyers: int) -> str:
    return f"sandbox_template_{generated_buyers}"


def copy_into(db_url: str, generated_buyers: int, seed: Callable[[str], object]) -> bool:
    """Make the empty PostgreSQL database `db_url` again as a copy of the server's template
    for `generated_buyers`, its times moved to now; the template is first made with
    `seed(template_url)` when the server has none. False (the database left as it was) when
    it is not empty or the server refuses (no right to create databases, someone connected)."""
    url = make_url(db_url)
    target = url.database
    if not target or not _is_empty(url):
        return False
    template = _name(generated_buyers)
    maintenance = create_engine(url.set(database=_MAINTENANCE), isolation_level="AUTOCOMMIT")
    try:
        with maintenance.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _LOCK})
            try:
                made_at = seeded_at(conn, template) or _make(conn, url, template, seed)
                _replace(conn, target, template)
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _LOCK})
    except DBAPIError:
        return False
    finally:
        maintenance.dispose()
    now = utcnow()
    move_times(url, now - made_at, (now.date() - made_at.date()).days)
    return True


def _replace(conn: Connection, target: str, template: str) -> None:
    """`target` dropped and made again from `template`; made again empty when the copy fails."""
    conn.execute(text(f'DROP DATABASE "{target}"'))
    try:
        conn.execute(text(f'CREATE DATABASE "{target}" TEMPLATE "{template}"'))
    except DBAPIError:
        conn.execute(text(f'CREATE DATABASE "{target}"'))
        raise


def _is_empty(url: URL) -> bool:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            tables = conn.scalar(
                text("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()")
            )
    except DBAPIError:
        return False
    finally:
        engine.dispose()
    return tables == 0


def seeded_at(conn: Connection, template: str) -> datetime | None:
    """When the server's database `template` was seeded (its comment), None without one."""
    found = conn.scalar(
        text("SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = :name"),
        {"name": template},
    )
    return datetime.fromisoformat(found) if found else None


def stamp(conn: Connection, database: str, at: datetime) -> None:
    conn.execute(text(f"COMMENT ON DATABASE \"{database}\" IS '{at.isoformat()}'"))


def _make(conn: Connection, url: URL, template: str, seed: Callable[[str], object]) -> datetime:
    """Seed the template under another name, then rename it (a process that dies halfway
    leaves no template, only a partial database that the next one drops)."""
    partial = f"{template}_partial"
    conn.execute(text(f'DROP DATABASE IF EXISTS "{partial}"'))
    conn.execute(text(f'CREATE DATABASE "{partial}"'))
    at = utcnow()
    seed(url.set(database=partial).render_as_string(hide_password=False))
    stamp(conn, partial, at)
    conn.execute(text(f'ALTER DATABASE "{partial}" RENAME TO "{template}"'))
    return at


def move_times(url: URL, delta: timedelta, days: int) -> None:
    """Every date and time column of the database moved on: times by `delta` in whole seconds,
    dates by `days` (`templates` does the same on SQLite)."""
    seconds = int(delta.total_seconds())
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            for table, times, dates in dated_columns():
                moves = [f'"{name}" = "{name}" + interval \'{seconds} seconds\'' for name in times]
                if days:
                    moves += [f'"{name}" = "{name}" + {days}' for name in dates]
                if moves:
                    conn.execute(text(f'UPDATE "{table}" SET {", ".join(moves)}'))
    finally:
        engine.dispose()
