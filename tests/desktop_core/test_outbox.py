"""Nothing lost, nothing twice: the outbox against the real portal."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.cache import Cache
from desktop.domain.types import OutboxState, RequestDraft
from desktop.sync import PortalUnreachable, SyncEngine
from wire import schemas as w

from .conftest import RunningPortal, signed_in


@pytest.fixture(scope="module")
def free_buyers(core_portal: RunningPortal) -> Iterator[str]:
    """Buyers elise has no relationship with, one per use."""
    client = signed_in(core_portal.url)
    me = client.me()
    taken = set()
    for item in client.sync_page("relationships", None, 1000).items:
        if item.data is not None:
            taken.add(item.data.buyer.id)
    seen: list[str] = []
    for q in ("gmbh", "sp. z o.o.", "ltd", "s.a.", "inc"):
        seen += [e.id for e in client.directory(q, limit=50).items if e.kind == "entity"]
    assert me.accounts
    return iter([b for b in dict.fromkeys(seen) if b not in taken])


def account_id(url: str) -> str:
    return next(a.id for a in signed_in(url).me().accounts if not a.is_test)


def requests_for(url: str, buyer_id: str) -> list[w.ConnectionRequest]:
    client = signed_in(url)
    out = []
    page = client.sync_page("connection-requests", None, 1000)
    for item in page.items:
        if item.data is not None and any(i.buyer_id == buyer_id for i in item.data.items):
            out.append(item.data)
    return out


def test_offline_request_is_queued_then_sent_exactly_once(
    core_portal: RunningPortal, closed_port_url: str, tmp_path: Path, free_buyers: Iterator[str]
) -> None:
    buyer = next(free_buyers)
    cache = Cache.open(tmp_path / "c.sqlite")
    doc = tmp_path / "proof.pdf"
    doc.write_bytes(b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n")
    acc = account_id(core_portal.url)
    local_id = cache.enqueue_request(RequestDraft(acc, (buyer,), "VC-1", "offline"), doc)

    client = signed_in(core_portal.url)
    client.base_url = closed_port_url  # the network goes away
    offline = SyncEngine(client, cache)
    with pytest.raises(PortalUnreachable):
        offline.sync()
    [queued] = cache.outbox()
    assert queued.state == OutboxState.QUEUED and queued.local_id == local_id
    assert [r.state for r in cache.connection_requests()] == ["queued"]

    client.base_url = core_portal.url  # and comes back
    online = SyncEngine(client, cache)
    result = online.sync()
    [pushed] = result.pushed
    assert pushed.state == OutboxState.SENT and pushed.remote_id
    assert cache.outbox() == []
    assert "connection-requests" in result.changed
    sent = cache.outbox_item(local_id)
    assert sent is not None and sent.attachment_id and sent.remote_id == pushed.remote_id
    [row] = [r for r in cache.connection_requests() if r.remote_id == pushed.remote_id]
    assert row.local_id == local_id and row.attachment_name == "proof.pdf"
    assert row.items[0].outcome is not None  # the per-buyer outcome shows at once

    assert online.sync().pushed == []  # nothing left to send
    [on_portal] = requests_for(core_portal.url, buyer)
    assert on_portal.id == pushed.remote_id and on_portal.attachment_id == sent.attachment_id
    assert on_portal.vendor_code == "VC-1"
    cache.close()


def test_answer_lost_then_pushed_again_makes_one_request(
    core_portal: RunningPortal, tmp_path: Path, free_buyers: Iterator[str]
) -> None:
    buyer = next(free_buyers)
    cache = Cache.open(tmp_path / "c.sqlite")
    acc = account_id(core_portal.url)
    local_id = cache.enqueue_request(RequestDraft(acc, (buyer,)), None)
    [item] = cache.outbox()
    client = signed_in(core_portal.url)
    # The app sent it and crashed before it could store the answer:
    cache.mark_sending(local_id)
    body = w.ConnectionRequestCreate(account_id=acc, buyer_ids=[buyer])
    lost = client.create_connection_request(body, item.idempotency_key)
    assert [i.local_id for i in cache.outbox()] == [local_id]  # still to send

    [result] = SyncEngine(client, cache).push_outbox()  # restarted app pushes again, same key
    assert result.state == OutboxState.SENT and result.remote_id == lost.id
    assert [r.id for r in requests_for(core_portal.url, buyer)] == [lost.id]
    cache.close()


def test_refused_request_is_marked_failed_and_push_goes_on(
    core_portal: RunningPortal, tmp_path: Path, free_buyers: Iterator[str]
) -> None:
    buyer = next(free_buyers)
    cache = Cache.open(tmp_path / "c.sqlite")
    acc = account_id(core_portal.url)
    bad = cache.enqueue_request(RequestDraft(acc, ("no-such-buyer",)), None)
    good = cache.enqueue_request(RequestDraft(acc, (buyer,)), None)
    results = SyncEngine(signed_in(core_portal.url), cache).push_outbox()
    assert [(r.local_id, r.state) for r in results] == [
        (bad, OutboxState.FAILED),
        (good, OutboxState.SENT),
    ]
    failed = next(r for r in cache.connection_requests() if r.local_id == bad)
    assert failed.state == "failed" and failed.error == "unknown_buyer"  # a word, not English
    cache.close()


def test_ticket_resolved_on_the_portal_is_reported_once_by_sync(
    core_portal: RunningPortal, tmp_path: Path, free_buyers: Iterator[str]
) -> None:
    import requests

    cache = Cache.open(tmp_path / "c.sqlite")
    client = signed_in(core_portal.url)
    engine = SyncEngine(client, cache)
    acc = account_id(core_portal.url)
    cache.enqueue_request(RequestDraft(acc, tuple(next(free_buyers) for _ in range(6))), None)
    engine.sync()
    opened = [
        item
        for row in cache.connection_requests()
        for item in row.items
        if item.outcome == "ticket_opened" and item.ticket_number
    ]
    assert opened, "six buyers without invoice history: at least one ticket opens"
    item = opened[0]
    assert item.ticket_number in {t.number for t in cache.tickets()}
    tokens = client.tokens
    assert tokens is not None
    answer = requests.post(
        f"{core_portal.url}/v1/sandbox/tickets/{item.ticket_number}/resolve",
        json={"outcome": "connected"},
        headers={"Authorization": f"Bearer {tokens.access_token}"},
        timeout=10,
    )
    assert answer.status_code == 200, answer.text
    result = engine.sync()
    assert [t.number for t in result.resolved_tickets] == [item.ticket_number]
    assert {"tickets", "relationships"} <= result.changed
    assert cache.relationship_status(acc, item.buyer_id) == "active"
    assert engine.sync().resolved_tickets == []  # told once
    cache.close()
