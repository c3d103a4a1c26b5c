"""Shared fixtures: a real portal on 127.0.0.1 over a real SQLite file."""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The sandbox operator moves no invoice by itself: tests move them with
# POST /v1/sandbox/invoices/advance, so two syncs in a row see the same data.
os.environ["SUPPLIER_PORTAL_INVOICE_MOVES"] = "0"
# A new sandbox SQLite database is a copy of the one this test process seeded first with as
# many generated buyers, its times moved to now (portal/sandbox/templates.py): about 200
# portals start in a run, and seeding them took 301 of the suite's 1,720 test-seconds. The
# tests of seeding itself take the variable away.
_TEMPLATES = tempfile.mkdtemp(prefix="supplier-desk-seed-templates-")
os.environ["SUPPLIER_PORTAL_SEED_TEMPLATES"] = _TEMPLATES
atexit.register(shutil.rmtree, _TEMPLATES, ignore_errors=True)

from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402
from sqlalchemy import create_engine, select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from portal.server import PortalServer  # noqa: E402
from portal.store import models as m  # noqa: E402
from tests.hostile_peer import peer  # noqa: E402, F401 - a fixture for every test folder
from tests.pg_cluster import PgCluster, PgUnavailable, start_cluster  # noqa: E402

FreshPortal = Callable[..., PortalServer]


@pytest.fixture(scope="session")
def qapp(qapp: Any) -> Any:
    """pytest-qt's application, with the app's own rule: Python's cycle collector runs on the
    GUI thread only (desktop/app/garbage.py). Left automatic, it ran in a portal or worker
    thread and destroyed a widget there, and the next event for it crashed the process."""
    from desktop.app import garbage

    garbage.install(qapp)
    return qapp


@pytest.fixture(autouse=True)
def _no_rule_engine_in_the_test_process() -> Iterator[None]:
    """The rule engine (SaxonC, a GraalVM native image with threads and signal handlers of its
    own) runs in child processes only, as in the app and the portal. A test that loads it
    into this process, beside Qt, uvicorn and psycopg, fails here."""
    yield
    assert "saxonche" not in sys.modules, "the rule engine was loaded into the test process"


@pytest.fixture(autouse=True)
def _collect_cycles_on_the_main_thread() -> Iterator[None]:
    """After each test, the due generations are collected here (the main thread), as the app's
    timer does while its event loop runs: a test that never runs the loop still collects."""
    yield
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    if app is not None:
        from desktop.app import garbage

        garbage.install(app).collect_due()


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    """A throwaway PostgreSQL 15 cluster for the session (tests/pg_cluster.py). Without
    PostgreSQL the tests that need it are skipped, saying why; under CI (env CI) they fail."""
    try:
        cluster = start_cluster()
    except PgUnavailable as exc:
        if os.environ.get("CI"):
            pytest.fail(f"CI runs every portal test on PostgreSQL too, but: {exc}")
        pytest.skip(f"PostgreSQL is not available here: {exc}")
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def portal_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PortalServer]:
    """One sandbox portal for the whole run (tickets wait an hour unless resolved by hand)."""
    path = tmp_path_factory.mktemp("portal") / "portal.db"
    server = PortalServer(str(path), sandbox=True, ticket_delay=3600, generated_buyers=300)
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def portal_url(portal_server: PortalServer) -> str:
    return portal_server.base_url


@pytest.fixture
def fresh_portal(tmp_path: Path) -> Iterator[FreshPortal]:
    """Factory: `fresh_portal(ticket_delay=1, generated_buyers=50)` -> a started PortalServer
    over its own new SQLite file, stopped after the test."""
    servers: list[PortalServer] = []

    def start(
        *, ticket_delay: float = 3600, generated_buyers: int = 50, sandbox: bool = True
    ) -> PortalServer:
        path = tmp_path / f"portal-{len(servers)}.db"
        server = PortalServer(
            str(path), sandbox=sandbox, ticket_delay=ticket_delay, generated_buyers=generated_buyers
        )
        servers.append(server)
        server.start()
        return server

    yield start
    for server in servers:
        server.stop()


@pytest.fixture(scope="session")
def free_buyers(portal_server: PortalServer) -> Iterator[tuple[str, str, str]]:
    """Generated buyers without invoice history that the operator connects, untouched so far:
    (id, name, network number). Taken from the end of the list: the portal tests take from the
    start."""
    with Session(create_engine(portal_server.db_url)) as s:
        rows = s.execute(
            select(m.Buyer.id, m.Buyer.name, m.Buyer.network_number)
            .where(
                m.Buyer.shares_invoice_history.is_(False),
                m.Buyer.sandbox_resolution == "connected",
                m.Buyer.is_test.is_(False),
                m.Buyer.group_id.is_(None),
                m.Buyer.name_folded.not_like("nordwind%"),
            )
            .order_by(m.Buyer.network_number.desc())
        ).all()
        touched = set(s.scalars(select(m.Relationship.buyer_id)).all())
    return iter([(r[0], r[1], r[2]) for r in rows if r[0] not in touched])


# The longest test files, started first (tests/longest_first.txt, from a measured run): with a
# whole file per process (`--dist loadfile`), one of them started last keeps the run waiting on it.
LONGEST_FIRST = tuple(
    line.split()[0]
    for line in (Path(__file__).parent / "longest_first.txt").read_text().splitlines()
    if line and not line.startswith("#")
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    rank = {path: n for n, path in enumerate(LONGEST_FIRST)}

    def first(item: pytest.Item) -> int:
        return rank.get(item.nodeid.split("::")[0], len(rank))

    items.sort(key=first)  # stable: each file keeps its own order
