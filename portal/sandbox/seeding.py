"""Seeding the sandbox stage by stage, each stage its own transaction (`sandbox.STAGES`).

A standalone `supplier-portal --sandbox` on a new database seeds what a client needs first (the
demo users, their accounts, buyers, relationships and invoices) before it answers, and the
directory's generated buyers (the slow part: Faker and stdnum) in a thread while it answers,
printing a line per stage. The stages done are kept in the `counters`
row SEED_MARK, so a portal stopped halfway goes on where it stopped; a database seeded before
the stages existed (users, no mark) counts as done.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, func, inspect, select
from sqlalchemy.orm import Session

from portal import search
from portal.sandbox.demo import PASSWORD_HASH, STAGES, prepare_stage, seed_stage
from portal.store import models as m
from portal.store.db import Database
from portal.store.schema_head import upgrade

SEED_MARK = "sandbox_seed"  # counters.value: how many of STAGES are done
Report = Callable[[str], None]


def _quiet(_line: str) -> None:
    pass


def stages_done(session: Session) -> int:
    mark = session.get(m.Counter, SEED_MARK)
    if mark is not None:
        return int(mark.value)
    users = session.scalar(select(func.count()).select_from(m.User))
    return len(STAGES) if users else 0


def run_stage(db: Database, stage: int, generated_buyers: int, report: Report = _quiet) -> bool:
    """Seed `stage` in one transaction unless done; True when it ran.

    What takes long to draw is drawn before the transaction's first statement (`prepare_stage`,
    and each stage draws before it writes), so requests that write (a sign-in) wait for the
    writes only.
    """
    started = time.monotonic()
    with db.session() as session:
        if stages_done(session) > stage:
            return False
    prepared = prepare_stage(stage, generated_buyers=generated_buyers)
    with db.write_session() as session:
        rows = seed_stage(session, stage, generated_buyers=generated_buyers, prepared=prepared)
        mark = session.get(m.Counter, SEED_MARK)
        if mark is not None and mark.value > stage:  # another portal on this file seeded it
            session.rollback()
            return False
        if mark is None:
            session.add(m.Counter(name=SEED_MARK, value=stage + 1))
        else:
            mark.value = stage + 1
        session.commit()
    took = time.monotonic() - started
    report(f"Sandbox: {STAGES[stage]} seeded ({rows:,} rows, {took:.1f} s).")
    return True


class SeedingThread(threading.Thread):
    """The stages not seeded yet (the directory), seeded while the portal answers; `error` if
    one failed."""

    def __init__(self, db_url: str, generated_buyers: int, report: Report = _quiet) -> None:
        super().__init__(name="sandbox-seeding", daemon=True)
        self.db_url = db_url
        self.generated_buyers = generated_buyers
        self.report = report
        self.error: BaseException | None = None

    def run(self) -> None:
        db = Database(self.db_url)
        try:
            for stage in range(len(STAGES)):  # the done ones are skipped
                run_stage(db, stage, self.generated_buyers, self.report)
            self.report("Sandbox: seeding done.")
        except BaseException as exc:  # reported; the portal goes on answering
            self.error = exc
            self.report(f"Sandbox: seeding stopped: {type(exc).__name__}: {exc}")
        finally:
            db.dispose()


def missing_schema(engine: Engine) -> list[str]:
    """`table` or `table.column` names the tables of this portal need and the database lacks."""
    found = inspect(engine)
    tables = set(found.get_table_names())
    missing: list[str] = []
    for table in m.Base.metadata.sorted_tables:
        if table.name not in tables:
            missing.append(table.name)
            continue
        columns = {c["name"] for c in found.get_columns(table.name)}
        missing += [f"{table.name}.{c.name}" for c in table.columns if c.name not in columns]
    return missing


def _migrate_sandbox(db: Database) -> None:
    """Migrate and check the schema, then the search index (before the seed: its triggers
    index every seeded buyer, and a search answers from the first seeded row on)."""
    upgrade(db.engine)
    missing = missing_schema(db.engine)  # tables dropped behind the migrations' back
    if missing:
        from portal.store.migrate import SchemaUnknown

        raise SchemaUnknown(f"The database lacks {', '.join(missing[:5])}.")
    search.install_search_index(db.engine)


def _from_template(db_url: str, generated_buyers: int, report: Report) -> bool:
    """A new database copied from a seeded template when a template folder is set: a SQLite
    file from the folder's (`portal.sandbox.templates`), an empty PostgreSQL database from its
    server's (`portal.sandbox.pg_templates`); False otherwise."""
    from portal.sandbox import templates

    if templates.folder() is None:
        return False

    def seed(url: str) -> object:
        return ensure_seeded(url, generated_buyers, template=False)

    if db_url.startswith("sqlite:///"):
        path = Path(db_url.removeprefix("sqlite:///"))
        copied = templates.copy_into(path, generated_buyers, seed)
    elif db_url.startswith("postgresql"):
        from portal.sandbox import pg_templates

        copied = pg_templates.copy_into(db_url, generated_buyers, seed)
    else:
        return False
    if copied:
        report("Sandbox: copied from a seeded template.")
    return copied


def ensure_seeded(
    db_url: str, generated_buyers: int, report: Report = _quiet, *, template: bool = True
) -> bool:
    """Migrate the database and seed the sandbox stages not seeded yet; True when any ran.

    A database from before migrations is stamped and upgraded in place; StaleSchema when it
    holds an older portal's tables than the first migration: sandbox data is demo data, the
    caller can start afresh. `SchemaTooNew` when a newer portal migrated it. A new SQLite
    file or an empty PostgreSQL database is a template's copy when a template folder is set
    (`template`)."""
    copied = template and _from_template(db_url, generated_buyers, report)
    db = Database(db_url)
    try:
        _migrate_sandbox(db)
        ran = copied
        for stage in range(len(STAGES)):
            ran = run_stage(db, stage, generated_buyers, report) or ran
        return ran
    finally:
        db.dispose()


def start_seeding(
    db_url: str, generated_buyers: int, report: Report = _quiet
) -> SeedingThread | None:
    """`ensure_seeded` with the stages a client needs first (the users, their accounts, buyers
    and invoices) seeded here and the directory's generated buyers in a thread, returned to be
    started once the app is built (its start-up writes to the database too); None when nothing
    is left to seed."""
    _from_template(db_url, generated_buyers, report)
    db = Database(db_url)
    path = db.engine.url.database if db.is_sqlite else None
    if not path or not Path(path).exists():  # a new database: its users will need the hash
        threading.Thread(target=PASSWORD_HASH.get, name="sandbox-password", daemon=True).start()
    try:
        _migrate_sandbox(db)
        for stage in range(len(STAGES) - 1):
            run_stage(db, stage, generated_buyers, report)
        with db.session() as session:
            done = stages_done(session)
    finally:
        db.dispose()
    if done >= len(STAGES):
        return None
    return SeedingThread(db_url, generated_buyers, report)
