"""The first sync of a new cache brings history, not news: a support request resolved on the
portal before this computer ever synced is not announced; one resolved later is, once.

The rule lives in SyncEngine.pull (the cache reports every ticket it saw move to resolved;
the engine drops those of the first pull), so it is tested here, against the real portal."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import requests

from desktop.cache import Cache
from desktop.sync import PortalClient, SyncEngine
from wire import schemas as w

from .conftest import signed_in


def _ticket_on_the_portal(client: PortalClient, account_id: str, buyer_id: str) -> str:
    """A request made elsewhere (the web portal): the network opens a ticket for it."""
    answer = client.create_connection_request(
        w.ConnectionRequestCreate(account_id=account_id, buyer_ids=[buyer_id]), str(uuid.uuid4())
    )
    [item] = answer.items
    assert item.outcome == "ticket_opened" and item.ticket_number, item
    return item.ticket_number


def _resolve(url: str, client: PortalClient, ticket: str) -> None:
    tokens = client.tokens
    assert tokens is not None
    answer = requests.post(
        f"{url}/v1/sandbox/tickets/{ticket}/resolve",
        json={"outcome": "connected"},
        headers={"Authorization": f"Bearer {tokens.access_token}"},
        timeout=10,
    )
    assert answer.status_code == 200, answer.text


def test_first_sync_announces_no_past_resolution_a_later_one_once(
    portal_url: str, free_buyers: Iterator[tuple[str, str, str]], tmp_path: Path
) -> None:
    web = signed_in(portal_url)  # the supplier on the portal's web pages
    account = next(a.id for a in web.me().accounts if not a.is_test)
    old_buyer, _name, _number = next(free_buyers)
    old_ticket = _ticket_on_the_portal(web, account, old_buyer)
    _resolve(portal_url, web, old_ticket)

    cache = Cache.open(tmp_path / "new.sqlite")
    engine = SyncEngine(signed_in(portal_url), cache, page_limit=5)
    try:
        assert cache.last_synced_at() is None
        first = engine.sync()
        # The request naming the ticket came in the same pull, before the resolved ticket:
        # the cache saw it "move", yet the first sync announces nothing.
        assert first.resolved_tickets == []
        known = {t.number: t for t in cache.tickets()}
        assert known[old_ticket].state == "resolved"
        assert cache.relationship_status(account, old_buyer) == "active"

        new_buyer, _name, _number = next(free_buyers)
        new_ticket = _ticket_on_the_portal(web, account, new_buyer)
        assert engine.sync().resolved_tickets == []  # opened, not resolved: no news
        assert {t.number: t for t in cache.tickets()}[new_ticket].state == "open"

        _resolve(portal_url, web, new_ticket)
        later = engine.sync()
        assert [t.number for t in later.resolved_tickets] == [new_ticket]
        assert later.resolved_tickets[0].resolution == "connected"
        assert engine.sync().resolved_tickets == []  # told once
    finally:
        cache.close()
        web.close()
