"""Invoices on the portal: seeded histories, statuses moved on, counts for progress, isolation."""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from portal_helpers import Api, db_session, sign_in
from sqlalchemy import select
from test_verification import answer, ask, challenge_for, practice, setup, step1, sync_ids

from portal.server import PortalServer
from portal.store import models as m
from wire.schemas import Invoice

STATUSES = {
    "received",
    "delivered",
    "approved",
    "on_hold",
    "exception",
    "rejected",
    "scheduled",
    "paid",
    "failed",
    "saved",
}
REASONS = {"invalid_vat", "unknown_buyer", "duplicate_number", "schema_error", "missing_po"}


def invoices_of(api: Api) -> list[dict[str, Any]]:
    return [e["data"] for e in api.sync_all("invoices", limit=5000) if e["data"] is not None]


def test_every_demo_account_has_hundreds_of_invoices_in_every_status(
    elise: Api, oskar: Api
) -> None:
    for api in (elise, oskar):
        invoices = invoices_of(api)
        for account in api.me()["accounts"]:
            mine = [i for i in invoices if i["account_id"] == account["id"]]
            assert len(mine) >= 200, account["name"]
            assert {i["status"] for i in mine} == STATUSES, account["name"]
            assert len({i["currency"] for i in mine}) >= 4
            assert len({i["number"] for i in mine}) == len(mine)  # numbers are not reused
        for i in invoices:
            Invoice.model_validate(i)  # the wire's rules: decimal amount, ISO currency, ...
            assert Decimal(i["amount"]) > 0


def test_histories_lead_to_the_status(elise: Api) -> None:
    today = datetime.now(UTC).date()
    for inv in invoices_of(elise):
        history = inv["history"]
        assert history, inv["number"]
        steps = [h["status"] for h in history]
        times = [datetime.fromisoformat(h["at"]) for h in history]
        assert steps[-1] == inv["status"]
        assert times == sorted(times)
        issue, due = date.fromisoformat(inv["issue_date"]), date.fromisoformat(inv["due_date"])
        assert today - timedelta(days=366) <= issue <= today
        assert 14 <= (due - issue).days <= 60
        if inv["status"] == "saved":  # never sent: no transaction id, nothing happened since
            assert inv["transaction_id"] is None and steps == ["saved"]
        else:
            assert re.fullmatch(r"TX-[0-9A-F]{12}", inv["transaction_id"])
        if inv["status"] == "failed":
            assert inv["failure_code"] in REASONS and inv["failure_reason"]
            assert history[-1]["note"] == inv["failure_reason"]
        else:
            assert inv["failure_code"] is None and inv["failure_reason"] is None
        if inv["status"] == "paid":
            assert steps[:2] == ["received", "delivered"]
            assert steps[-3:] == ["approved", "scheduled", "paid"]
        if inv["status"] in ("on_hold", "exception", "rejected"):
            assert history[-1]["note"], inv["status"]  # the buyer's reason


def test_advance_moves_invoices_and_the_next_sync_brings_them(elise: Api) -> None:
    before = {i["id"]: i for i in invoices_of(elise)}
    whole = elise.sync_all("invoices", limit=5000)
    cursor = str(max(e["version"] for e in whole))

    r = elise.post("/v1/sandbox/invoices/advance", params={"count": 6})
    assert r.status_code == 200, r.text
    moved = r.json()["moved"]
    assert len(moved) == 6
    # A sync returns a version once no write that began before it is still running, anywhere
    # on the server: a round of the sandbox operator (which a write request starts) may hold
    # the advance's versions back for a moment; the next sync brings them.
    ids = {m["invoice_id"] for m in moved}
    news: dict[str, Any] = {}
    deadline = time.monotonic() + 10
    while not ids <= set(news) and time.monotonic() < deadline:
        page = elise.get("/v1/sync/invoices", params={"after": cursor, "limit": 5000}).json()
        news.update((e["id"], e["data"]) for e in page["items"])
        time.sleep(0.1)
    assert ids <= set(news), (ids, set(news))
    for other in set(news) - ids:  # moved meanwhile by the test customer, not by the advance
        assert news[other]["history"][-1]["note"].endswith("the test customer"), news[other]
    allowed = {
        "received": {"delivered"},
        "delivered": {"approved", "on_hold", "exception", "rejected"},
        "on_hold": {"approved"},
        "exception": {"approved", "rejected"},
        "approved": {"scheduled"},
        "scheduled": {"paid"},
    }
    for move in moved:
        old, new = before[move["invoice_id"]], news[move["invoice_id"]]
        assert move["before"] == old["status"] and move["after"] == new["status"]
        assert new["status"] in allowed[old["status"]]
        assert new["history"][:-1] == old["history"]  # one more event, the old ones kept
        assert new["history"][-1]["status"] == new["status"]
        assert datetime.fromisoformat(new["updated_at"]) > datetime.fromisoformat(old["updated_at"])


def test_advance_moves_only_the_callers_invoices(elise: Api, oskar: Api) -> None:
    elise_ids = {i["id"] for i in invoices_of(elise)}
    oskar_ids = {i["id"] for i in invoices_of(oskar)}
    assert elise_ids and oskar_ids and elise_ids.isdisjoint(oskar_ids)
    oskar_accounts = {a["id"] for a in oskar.me()["accounts"]}
    assert {i["account_id"] for i in invoices_of(oskar)} == oskar_accounts
    r = oskar.post("/v1/sandbox/invoices/advance", params={"count": 20})
    assert r.status_code == 200
    assert {m["invoice_id"] for m in r.json()["moved"]} <= oskar_ids
    # None of elise's invoices is reachable through oskar's sync, before or after.
    assert not elise_ids & {i["id"] for i in invoices_of(oskar)}


def test_first_page_says_how_many_remain(elise: Api) -> None:
    total = len(elise.sync_all("invoices", limit=5000))
    first = elise.get("/v1/sync/invoices", params={"limit": 100}).json()
    assert len(first["items"]) == 100 and first["remaining"] == total - 100
    after = first["next_cursor"]
    plain = elise.get("/v1/sync/invoices", params={"after": after, "limit": 100}).json()
    assert plain["remaining"] is None  # counted only when asked, or on a first page
    counted = elise.get(
        "/v1/sync/invoices", params={"after": after, "limit": 100, "count": "true"}
    ).json()
    assert counted["remaining"] == total - 200
    last = elise.get("/v1/sync/invoices", params={"limit": 5000}).json()
    assert last["has_more"] is False and last["remaining"] == 0
    rels = elise.get("/v1/sync/relationships", params={"limit": 2}).json()
    assert rels["remaining"] == len(elise.sync_all("relationships")) - 2


# --- invoices of buyers connected later: a passed verification, a resolved ticket ----------


@pytest.fixture
def quick_portal(tmp_path: Path) -> Iterator[PortalServer]:
    """A sandbox portal whose operator resolves tickets after a second and delivers invoices
    half a second after a buyer connects."""
    server = PortalServer(
        str(tmp_path / "portal.db"),
        sandbox=True,
        ticket_delay=1.0,
        generated_buyers=20,
        invoice_delay=0.5,
    )
    server.start()
    yield server
    server.stop()


def _arrived(api: Api, buyer: str, cursor: str) -> list[dict[str, Any]]:
    return [
        e["data"]
        for e in sync_ids(api, "invoices", cursor).values()
        if e["data"] and e["data"]["buyer_id"] == buyer
    ]


def _wait_for_invoices(api: Api, buyer: str, cursor: str) -> list[dict[str, Any]]:
    deadline = time.monotonic() + 30
    while not _arrived(api, buyer, cursor) and time.monotonic() < deadline:
        time.sleep(0.2)
    return _arrived(api, buyer, cursor)


def _assert_realistic(invoices: list[dict[str, Any]]) -> None:
    """What the desktop's timeline shows: a history leading to the status, a due date."""
    assert invoices
    for inv in invoices:
        Invoice.model_validate(inv)
        history = inv["history"]
        assert history, inv["number"]
        assert history[-1]["status"] == inv["status"], inv["number"]
        times = [datetime.fromisoformat(h["at"]) for h in history]
        assert times == sorted(times)
        issue, due = date.fromisoformat(inv["issue_date"]), date.fromisoformat(inv["due_date"])
        assert 14 <= (due - issue).days <= 60
        if inv["status"] in ("on_hold", "exception", "rejected"):
            assert history[-1]["note"], inv["status"]
        if len(history) > 1:
            assert history[0]["status"] == "received"


def test_a_passed_verification_delivers_invoices_with_their_histories(
    quick_portal: PortalServer,
) -> None:
    api, account, buyer = setup(quick_portal, account="Sp. z o.o.")
    _request_id, vid = ask(api, account, buyer)
    shown = practice(api, buyer, account)
    cursor = api.get("/v1/sync/invoices", params={"limit": 1000}).json()["next_cursor"]
    v = answer(api, vid, "invoice", step1(shown[2])).json()["verification"]
    r = answer(api, vid, "challenge", challenge_for(shown, v["challenge_invoice_number"]))
    assert r.json()["result"] == "accepted"
    got = _wait_for_invoices(api, buyer, cursor)
    assert sorted(i["number"] for i in got) == sorted(i["invoice_number"] for i in shown)
    _assert_realistic(got)


def test_a_buyer_a_ticket_connects_gets_a_history_after_the_delay(
    quick_portal: PortalServer,
) -> None:
    """The operator resolves the ticket, the buyer becomes active, and after the invoice
    delay a sync brings a history of the supplier's invoices to it (none before)."""
    api = sign_in(quick_portal.base_url, "elise")
    account = api.account_id("Sp. z o.o.")
    with db_session(quick_portal) as s:
        buyer = s.scalars(
            select(m.Buyer.id)
            .where(
                m.Buyer.shares_invoice_history.is_(False),
                m.Buyer.sandbox_resolution == "connected",
                m.Buyer.is_test.is_(False),
                ~m.Buyer.id.in_(select(m.Relationship.buyer_id)),
            )
            .order_by(m.Buyer.network_number)
        ).first()
    assert buyer is not None
    cursor = api.get("/v1/sync/invoices", params={"limit": 1000}).json()["next_cursor"]
    r = api.post(
        "/v1/connection-requests",
        json={"account_id": account, "buyer_ids": [buyer], "vendor_code": "V-9"},
        headers={"Idempotency-Key": str(uuid.uuid4())},
    )
    assert r.status_code == 201, r.text
    assert r.json()["items"][0]["outcome"] == "ticket_opened"
    assert not _arrived(api, buyer, cursor)
    got = _wait_for_invoices(api, buyer, cursor)
    assert 40 <= len(got) < 120
    assert {i["account_id"] for i in got} == {account}
    assert len({i["number"] for i in got}) == len(got)
    assert len({i["status"] for i in got}) >= 4
    _assert_realistic(got)
    rel = [
        e["data"]
        for e in sync_ids(api, "relationships").values()
        if e["data"]["buyer"]["id"] == buyer and e["data"]["account_id"] == account
    ]
    assert [x["status"] for x in rel] == ["active"]
    # Another supplier sees none of them.
    other = sign_in(quick_portal.base_url, "oskar")
    assert not _arrived(other, buyer, "")
