"""Fixtures for portal tests (the portal itself comes from tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from portal_helpers import Api, db_session, sign_in
from sqlalchemy import select

from portal.server import PortalServer
from portal.store import models as m
from tests.pg_cluster import PgCluster

ENGINES = ("sqlite", "postgresql")


def database_url(request: pytest.FixtureRequest, engine: str, folder: Path) -> str:
    """A new empty database on `engine`: a SQLite file in `folder`, or one in the session's
    PostgreSQL cluster."""
    if engine == "sqlite":
        return f"sqlite:///{folder / 'portal.db'}"
    cluster: PgCluster = request.getfixturevalue("pg_cluster")
    return cluster.new_database("portal")


@pytest.fixture(scope="session", params=ENGINES)
def portal_server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[PortalServer]:
    """The portal tests' sandbox portal, once over SQLite and once over PostgreSQL (the same
    assertions on both engines; tickets wait an hour unless resolved by hand)."""
    url = database_url(request, request.param, tmp_path_factory.mktemp(request.param))
    server = PortalServer(url, sandbox=True, ticket_delay=3600, generated_buyers=300)
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def portal_url(portal_server: PortalServer) -> str:
    """This folder's own: the top-level one may already hold the shared sandbox's address
    (cached by tests collected earlier), which is not the portal these tests read."""
    return portal_server.base_url


@pytest.fixture
def elise(portal_url: str) -> Api:
    return sign_in(portal_url, "elise")


@pytest.fixture
def oskar(portal_url: str) -> Api:
    return sign_in(portal_url, "oskar")


@pytest.fixture(scope="session")
def unused_buyers(portal_server: PortalServer) -> Iterator[str]:
    """Generated buyers no test has touched: no invoice history, the operator connects them."""
    with db_session(portal_server) as s:
        ids = s.scalars(
            select(m.Buyer.id)
            .where(
                m.Buyer.shares_invoice_history.is_(False),
                m.Buyer.sandbox_resolution == "connected",
                m.Buyer.is_test.is_(False),
                m.Buyer.name_folded.not_like("nordwind%"),
            )
            .order_by(m.Buyer.network_number)
        ).all()
    with db_session(portal_server) as s:
        touched = set(s.scalars(select(m.Relationship.buyer_id)).all())
    return iter([i for i in ids if i not in touched])
