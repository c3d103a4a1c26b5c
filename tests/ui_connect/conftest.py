"""An AppContext over a real Cache (SQLite in tmp_path) and a real PortalClient signed in
to the real sandbox portal as elise."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from connect_helpers import TIMEOUT_MS, synced  # noqa: F401
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from desktop.app.context import AppContext
from desktop.cache import Cache
from desktop.sync import PortalClient, SyncEngine
from portal import models as m
from portal.server import PortalServer


@pytest.fixture
def make_ctx(qtbot: QtBot, tmp_path: Path, portal_url: str) -> Iterator[object]:
    made: list[tuple[AppContext, Cache, PortalClient]] = []

    def make(*, username: str = "elise", sync: bool = True) -> AppContext:
        cache = Cache.open(tmp_path / f"cache-{len(made)}.db")
        client = PortalClient(portal_url, retries=1, backoff=0.05)
        client.sign_in(username, "sandbox")
        engine = SyncEngine(client, cache)
        ctx = AppContext(cache, client, engine, user_display_name=username, retry_interval_ms=300)
        made.append((ctx, cache, client))
        if sync:
            synced(qtbot, ctx)
            assert ctx.status.online
        return ctx

    yield make
    for ctx, cache, client in made:
        ctx._retry.stop()
        ctx.tasks.wait()
        client.close()
        cache.close()


@pytest.fixture
def ctx(make_ctx) -> AppContext:  # type: ignore[no-untyped-def]
    return make_ctx()  # type: ignore[no-any-return]


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
