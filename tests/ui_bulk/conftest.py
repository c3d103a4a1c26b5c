"""An AppContext over a real Cache (SQLite in tmp_path) and a real PortalClient signed in to
the real sandbox portal as elise; customers of the sandbox for the spreadsheets."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from desktop.app.context import AppContext
from desktop.cache import Cache
from desktop.sync import PortalClient, SyncEngine
from portal.server import PortalServer
from portal.store import models as m

TIMEOUT_MS = 60_000  # a wait, not a limit: returns as soon as it holds; a loaded CI box is slow


@dataclass(frozen=True)
class Customer:
    id: str
    name: str
    network_number: str
    vat_number: str
    country: str


def synced(qtbot: QtBot, ctx: AppContext) -> None:
    with qtbot.waitSignal(ctx.status_changed, timeout=TIMEOUT_MS):
        ctx.request_sync()


@pytest.fixture
def make_ctx(qtbot: QtBot, tmp_path: Path, portal_url: str) -> Iterator[object]:
    made: list[tuple[AppContext, Cache, PortalClient]] = []

    def make(*, username: str = "elise") -> AppContext:
        cache = Cache.open(tmp_path / f"cache-{len(made)}.db")
        client = PortalClient(portal_url, retries=1, backoff=0.05)
        client.sign_in(username, "sandbox")
        ctx = AppContext(
            cache, client, SyncEngine(client, cache), user_display_name=username,
            retry_interval_ms=300,
        )  # fmt: skip
        made.append((ctx, cache, client))
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
def bulk_customers(portal_server: PortalServer) -> Iterator[Customer]:
    """Generated buyers with a VAT number, no invoice history, untouched by other tests
    (taken from the middle of the list: other folders take from either end)."""
    with Session(create_engine(portal_server.db_url)) as s:
        rows = s.execute(
            select(
                m.Buyer.id,
                m.Buyer.name,
                m.Buyer.network_number,
                m.Buyer.vat_number,
                m.Buyer.country,
            )
            .where(
                m.Buyer.shares_invoice_history.is_(False),
                m.Buyer.sandbox_resolution == "connected",
                m.Buyer.is_test.is_(False),
                m.Buyer.group_id.is_(None),
                m.Buyer.vat_number.is_not(None),
                m.Buyer.country.in_(("PL", "DE", "FR", "IT", "NL", "SE")),
            )
            .order_by(m.Buyer.name)
        ).all()
        touched = set(s.scalars(select(m.Relationship.buyer_id)).all())
    free = [Customer(r[0], r[1], r[2], r[3] or "", r[4]) for r in rows if r[0] not in touched]
    return iter(free[len(free) // 3 :])


@pytest.fixture(scope="session")
def verifying_customers(portal_server: PortalServer) -> Iterator[Customer]:
    """Generated buyers that share invoice history (they ask for verification), untouched."""
    with Session(create_engine(portal_server.db_url)) as s:
        rows = s.execute(
            select(
                m.Buyer.id,
                m.Buyer.name,
                m.Buyer.network_number,
                m.Buyer.vat_number,
                m.Buyer.country,
            )
            .where(
                m.Buyer.shares_invoice_history.is_(True),
                m.Buyer.is_test.is_(False),
                m.Buyer.group_id.is_(None),
            )
            .order_by(m.Buyer.name.desc())
        ).all()
        touched = set(s.scalars(select(m.Relationship.buyer_id)).all())
    return iter([Customer(r[0], r[1], r[2], r[3] or "", r[4]) for r in rows if r[0] not in touched])


def resolve_ticket(portal_url: str, ctx: AppContext, ticket: str, outcome: str) -> None:
    """The sandbox resolves the ticket now (as its operator does after the delay)."""
    tokens = ctx.client.tokens
    assert tokens is not None
    answer = requests.post(
        f"{portal_url}/v1/sandbox/tickets/{ticket}/resolve",
        json={"outcome": outcome},
        headers={"Authorization": f"Bearer {tokens.access_token}"},
        timeout=15,
    )
    assert answer.status_code == 200, answer.text
