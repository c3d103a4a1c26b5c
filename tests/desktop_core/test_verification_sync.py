"""The desktop's data path for verification: client calls, the synced collection, the cache."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.cache import SCHEMA_VERSION, Cache
from desktop.cache.migrations import MIGRATIONS
from desktop.domain import types as d
from desktop.sync import PortalClient, PortalRefused, PortalUnreachable, SyncEngine
from portal.sandbox.demo import VERIFY_BUYERS
from portal.server import PortalServer
from tests.hostile_peer import Peer
from wire import schemas as w

from .conftest import signed_in

DEMO = "Demonstration Example Buyer"


@pytest.fixture
def portal(tmp_path: Path) -> Iterator[PortalServer]:
    """A portal of its own: these tests change relationships and requests."""
    server = PortalServer(str(tmp_path / "portal.db"), generated_buyers=20, ticket_delay=3600)
    server.start()
    yield server
    server.stop()


def demo_buyer(client: PortalClient) -> str:
    page = client.directory(DEMO)
    return next(e.id for e in page.items if e.name == DEMO)


def ask(client: PortalClient, account_id: str, buyer_id: str) -> str:
    body = w.ConnectionRequestCreate(account_id=account_id, buyer_ids=[buyer_id])
    req = client.create_connection_request(body, str(uuid.uuid4()))
    verification_id = req.items[0].verification_id
    assert verification_id is not None
    return verification_id


def invoice_answer(p: w.PracticeInvoice, **change: object) -> w.VerificationInvoiceAnswer:
    fields: dict[str, object] = {
        "invoice_number": p.invoice_number,
        "invoice_date": p.invoice_date,
        "amount": p.amount,
        "currency": p.currency,
    }
    return w.VerificationInvoiceAnswer.model_validate({**fields, **change})


def test_a_version_2_cache_upgrades_and_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    for step in MIGRATIONS[:2]:
        step(conn)
    conn.execute("INSERT INTO meta VALUES ('schema_version', '2')")
    conn.execute("INSERT INTO accounts VALUES ('a1', 'AAA000000001', 'Adams', 'IT', 0, 1)")
    conn.execute("INSERT INTO sync_cursors VALUES ('tickets', '42')")
    conn.close()
    cache = Cache.open(path)
    try:
        assert SCHEMA_VERSION >= 3 and cache.schema_version() == SCHEMA_VERSION
        assert [a.name for a in cache.accounts()] == ["Adams"]
        assert cache.cursor("tickets") == "42" and cache.cursor("verifications") is None
        assert cache.verifications() == [] and cache.verification("nope") is None
    finally:
        cache.close()


def test_a_pull_keeps_each_verification_as_it_stands(portal: PortalServer, tmp_path: Path) -> None:
    client = signed_in(portal.base_url)
    account = next(a.id for a in client.me().accounts if a.is_test)
    buyer = demo_buyer(client)
    vid = ask(client, account, buyer)
    engine = SyncEngine(client, Cache.open(tmp_path / "cache.sqlite"), page_limit=2)
    result = engine.pull()
    assert "verifications" in result.changed
    row = engine.cache.verification(vid)
    assert row is not None and row.state is d.VerificationState.AWAITING_INVOICE
    assert (row.buyer_name, row.account_id, row.buyer_id) == (DEMO, account, buyer)
    assert row.attempts_left == w.VERIFY_INVOICE_ATTEMPTS and row.challenge_invoice_number is None

    practice = client.practice_invoices(buyer, account)
    assert len(practice) >= 6 and {p.account_id for p in practice} == {account}
    wrong = invoice_answer(practice[0], amount=str(Decimal(practice[0].amount) + 1))
    assert client.answer_invoice(vid, wrong).result == "mismatch"
    engine.pull()
    row = engine.cache.verification(vid)
    assert row is not None and row.attempts_left == w.VERIFY_INVOICE_ATTEMPTS - 1

    answer = client.answer_invoice(vid, invoice_answer(practice[0]))
    assert answer.result == "accepted"
    engine.pull()
    row = engine.cache.verification(vid)
    assert row is not None and row.state is d.VerificationState.AWAITING_CHALLENGE
    assert row.challenge_invoice_number == answer.verification.challenge_invoice_number
    assert row.challenge_expires_at is not None and row.challenge_expires_at > datetime.now(UTC)

    named = next(p for p in practice if p.invoice_number == row.challenge_invoice_number)
    body = w.VerificationChallengeAnswer(invoice_date=named.invoice_date, amount=named.amount)
    assert client.answer_challenge(vid, body).result == "accepted"
    result = engine.pull()
    assert {"verifications", "relationships", "connection-requests"} <= result.changed
    row = engine.cache.verification(vid)
    assert row is not None and row.state is d.VerificationState.PASSED
    assert row.challenge_invoice_number is None and not row.state.is_open
    assert engine.cache.relationship_status(account, buyer) is d.RelationshipStatus.ACTIVE
    assert [v.id for v in engine.cache.verifications()] == [vid]
    with pytest.raises(PortalRefused) as closed:
        client.answer_challenge(vid, body)
    assert (closed.value.code, closed.value.status) == ("verification_closed", 409)
    engine.cache.close()


def test_the_fallback_and_another_suppliers_refusal(portal: PortalServer, tmp_path: Path) -> None:
    client = signed_in(portal.base_url)
    account = next(a.id for a in client.me().accounts if not a.is_test)
    vid = ask(client, account, demo_buyer(client))
    oskar = signed_in(portal.base_url, "oskar")
    for call in (
        lambda: oskar.verification(vid),
        lambda: oskar.fall_back(vid),
    ):
        with pytest.raises(PortalRefused) as info:
            call()
        assert (info.value.code, info.value.status) == ("not_found", 404)
    fallback = client.fall_back(vid)
    assert fallback.verification.state == "fallen_back"
    assert client.fall_back(vid).ticket_number == fallback.ticket_number
    engine = SyncEngine(client, Cache.open(tmp_path / "cache.sqlite"))
    engine.pull()
    row = engine.cache.verification(vid)
    assert row is not None and row.state is d.VerificationState.FALLEN_BACK
    assert row.ticket_number == fallback.ticket_number
    assert [t.number for t in engine.cache.tickets() if t.buyer_name == DEMO] == [
        fallback.ticket_number
    ]
    engine.cache.close()


def test_every_buyer_that_asks_for_verification_has_practice_invoices(
    portal: PortalServer,
) -> None:
    client = signed_in(portal.base_url)
    for name in VERIFY_BUYERS:
        buyer = next(e.id for e in client.directory(name).items if e.name == name)
        assert len(client.practice_invoices(buyer)) >= 12  # both of elise's accounts


def test_answers_are_sent_once_even_when_the_portal_is_busy(peer: tuple[Peer, str]) -> None:
    state, url = peer
    for tail in ("invoice", "challenge", "fallback"):
        state.routes[f"/v1/verifications/v1/{tail}"] = (503, {}, b"busy", 0)
    state.routes["/v1/verifications/v1"] = (503, {}, b"busy", 0)
    client = PortalClient(url, backoff=0.01)
    client.sign_in("elise", "sandbox")
    today = datetime.now(UTC).date()
    calls = {
        "invoice": lambda: client.answer_invoice(
            "v1",
            w.VerificationInvoiceAnswer(
                invoice_number="INV-1", invoice_date=today, amount="1.00", currency="EUR"
            ),
        ),
        "challenge": lambda: client.answer_challenge(
            "v1", w.VerificationChallengeAnswer(invoice_date=today, amount="1.00")
        ),
        "fallback": lambda: client.fall_back("v1"),
    }
    for tail, call in calls.items():
        with pytest.raises(PortalUnreachable):
            call()
        assert state.hits[f"/v1/verifications/v1/{tail}"] == 1, tail
    with pytest.raises(PortalUnreachable):
        client.verification("v1")
    assert state.hits["/v1/verifications/v1"] == 3  # a read is retried
