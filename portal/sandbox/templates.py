"""Seeded sandbox databases kept as templates (env SUPPLIER_PORTAL_SEED_TEMPLATES, a folder).

With the folder set, a new SQLite sandbox database starts as a copy of the one seeded earlier
with the same number of generated buyers, instead of being seeded again (0.5-3 s, more under
load): the first such database in the folder is seeded as usual and kept there. A copy
holds the same demo network a new seed would (the same users, accounts, buyers and
invoices; the requests' and tickets' ids are drawn at random in either), and the same
clock: the copy's times are moved by the time since the template was seeded, dates by the
days since, so that what was due a minute after seeding is due a minute after the copy. The test suite sets the folder (a
portal starts for most tests); a portal without it seeds as before.

An empty PostgreSQL database is made again from its server's template database instead
(`pg_templates`); both move the same columns (`dated_columns`).
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import Date, DateTime

from portal.clock import utcnow
from portal.store import models as m

FOLDER_ENV = "SUPPLIER_PORTAL_SEED_TEMPLATES"
_making = threading.Lock()  # one template made at a time in a process


def folder() -> Path | None:
    value = os.environ.get(FOLDER_ENV)
    return Path(value) if value else None


def _paths(templates: Path, generated_buyers: int) -> tuple[Path, Path]:
    name = f"sandbox-{generated_buyers}"
    return templates / f"{name}.sqlite", templates / f"{name}.json"


def copy_into(path: Path, generated_buyers: int, seed: Callable[[str], object]) -> bool:
    """Make the new SQLite file `path` a copy of the folder's template for `generated_buyers`,
    its times moved to now; the template is first made with `seed(template_url)` (which
    migrates and seeds every stage) when the folder has none. False (nothing done) without a
    folder, when `path` exists or when its folder does not."""
    templates = folder()
    if templates is None or path.exists() or not path.parent.is_dir():
        return False  # (a folder that is not there: the usual error, from the usual place)
    database, stamp = _paths(templates, generated_buyers)
    with _making:
        if not stamp.exists():
            _make(database, stamp, seed)
    seeded_at = datetime.fromisoformat(json.loads(stamp.read_text())["seeded_at"])
    source = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    target = sqlite3.connect(path)
    try:
        source.backup(target)
        now = utcnow()
        _move_times(target, now - seeded_at, now.date() - seeded_at.date())
        target.commit()
    finally:
        source.close()
        target.close()
    return True


def _make(database: Path, stamp: Path, seed: Callable[[str], object]) -> None:
    """Seed a template beside its final name, then move it there (another process on the
    same folder sees the whole template or none)."""
    database.parent.mkdir(parents=True, exist_ok=True)
    partial = database.with_name(f"{database.stem}.{os.getpid()}.partial")
    partial.unlink(missing_ok=True)
    seeded_at = utcnow()
    seed(f"sqlite:///{partial}")
    with sqlite3.connect(partial) as conn:  # one file: the WAL's pages into the database
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
    os.replace(partial, database)
    written = stamp.with_name(f"{stamp.stem}.{os.getpid()}.partial")
    written.write_text(json.dumps({"seeded_at": seeded_at.isoformat()}))
    os.replace(written, stamp)


def dated_columns() -> Iterator[tuple[str, list[str], list[str]]]:
    """(table, its date-and-time columns, its date columns) of every portal table with any."""
    for table in m.Base.metadata.sorted_tables:
        times = [c.name for c in table.columns if isinstance(c.type, DateTime)]
        dates = [c.name for c in table.columns if isinstance(c.type, Date)]
        if times or dates:
            yield table.name, times, dates


def _move_times(conn: sqlite3.Connection, delta: timedelta, days: timedelta) -> None:
    """Every date and time column of the portal's tables moved on: times by `delta` in whole
    seconds (the stored fraction of a second kept), dates by `days`."""
    seconds = int(delta.total_seconds())
    for table, times, dates in dated_columns():
        moves = {
            name: f"strftime('%Y-%m-%d %H:%M:%S', \"{name}\", '{seconds:+d} seconds')"
            f' || substr("{name}", 20)'
            for name in times
        }
        if days.days:
            moves |= {name: f"date(\"{name}\", '{days.days:+d} days')" for name in dates}
        for name, moved in moves.items():
            conn.execute(f'UPDATE "{table}" SET "{name}" = {moved} WHERE "{name}" IS NOT NULL')
