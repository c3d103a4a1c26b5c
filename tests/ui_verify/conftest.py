"""A real sandbox portal of its own per test (small invoice delay), an AppContext signed in to
it over HTTP with a real cache, and a fresh verification for a buyer that shares invoice
history, asked for through the real connection request API."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.app.context import AppContext
from desktop.app.i18n import Translations
from desktop.cache import Cache
from desktop.domain.types import RequestItem
from desktop.sync import PortalClient, SyncEngine
from portal.sandbox.demo import VERIFY_BUYER
from portal.server import PortalServer
from wire import schemas as w

TIMEOUT_MS = 60_000  # a wait, not a limit: returns as soon as it holds; a loaded CI box is slow


@pytest.fixture(autouse=True)
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The app's translations as it installs them: English (plural forms), or Polish for a
    test marked `@pytest.mark.parametrize("language", ["pl"], indirect=True)`."""
    chosen = getattr(request, "param", "en")
    translations = Translations()
    translations.install(chosen)
    yield chosen
    translations.remove()


@dataclass
class VerifyEnv:
    server: PortalServer
    ctx: AppContext
    item: RequestItem  # the request item that asks for verification
    account_id: str

    @property
    def practice(self) -> list[w.PracticeInvoice]:
        return self.ctx.client.practice_invoices(self.item.buyer_id, self.account_id)


MakeEnv = Callable[..., VerifyEnv]


def synced(qtbot: QtBot, ctx: AppContext) -> None:
    with qtbot.waitSignal(ctx.status_changed, timeout=TIMEOUT_MS):
        ctx.request_sync()


def ask_verification(
    ctx: AppContext, buyer_name: str, account_index: int = 0
) -> tuple[RequestItem, str]:
    """Send a real connection request to `buyer_name`; -> its verification item, the account."""
    client = ctx.client
    account = client.me().accounts[account_index]
    found = client.directory(buyer_name)
    buyer = next(e for e in found.items if e.name == buyer_name)
    request = client.create_connection_request(
        w.ConnectionRequestCreate(account_id=account.id, buyer_ids=[buyer.id]), str(uuid.uuid4())
    )
    got = request.items[0]
    assert got.outcome == "verification_required" and got.verification_id
    item = RequestItem(
        buyer_id=got.buyer_id,
        buyer_name=got.buyer_name,
        buyer_network_number=got.buyer_network_number,
        buyer_country=got.buyer_country,
        state=got.state,  # type: ignore[arg-type]
        outcome=got.outcome,  # type: ignore[arg-type]
        verification_id=got.verification_id,
    )
    return item, account.id


@pytest.fixture
def make_env(qtbot: QtBot, tmp_path: Path) -> Iterator[MakeEnv]:
    made: list[tuple[PortalServer, AppContext, Cache, PortalClient]] = []

    def make(
        *, challenge_ttl: float = 900, invoice_delay: float = 1, buyer: str = VERIFY_BUYER
    ) -> VerifyEnv:
        server = PortalServer(
            str(tmp_path / f"portal-{len(made)}.db"),
            ticket_delay=3600,
            generated_buyers=20,
            invoice_delay=invoice_delay,
            challenge_ttl=challenge_ttl,
        )
        server.start()
        cache = Cache.open(tmp_path / f"cache-{len(made)}.db")
        client = PortalClient(server.base_url, retries=1, backoff=0.05)
        client.sign_in("elise", "sandbox")
        ctx = AppContext(
            cache,
            client,
            SyncEngine(client, cache),
            user_display_name="elise",
            retry_interval_ms=300,
        )
        made.append((server, ctx, cache, client))
        item, account_id = ask_verification(ctx, buyer)
        synced(qtbot, ctx)
        return VerifyEnv(server, ctx, item, account_id)

    yield make
    for server, ctx, cache, client in made:
        ctx._retry.stop()
        ctx.tasks.wait()
        client.close()
        cache.close()
        server.stop()
