"""Verification over HTTP on a real portal: passing, guessing, locking, expiry, the fallback."""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import requests
from portal_helpers import Api, buyer_id, db_session, sign_in
from sqlalchemy import select

from portal.__main__ import parse_args
from portal.rules.verification import invoice_number_key
from portal.sandbox.demo import VERIFY_BUYERS
from portal.server import PortalServer
from portal.store import models as m
from wire.schemas import CHALLENGE_TTL_SECONDS, VERIFY_CHALLENGE_ATTEMPTS, VERIFY_INVOICE_ATTEMPTS

DEMO = "Demonstration Example Buyer"
Start = Callable[..., PortalServer]


@pytest.fixture
def portal(tmp_path: Path) -> Iterator[Start]:
    """Factory: a fresh sandbox portal over its own file; `path=` reuses a file (a restart)."""
    servers: list[PortalServer] = []

    def start(
        *,
        invoice_delay: float = 3600,
        challenge_ttl: float = CHALLENGE_TTL_SECONDS,
        path: str | None = None,
    ) -> PortalServer:
        server = PortalServer(
            path or str(tmp_path / f"portal-{len(servers)}.db"),
            sandbox=True,
            ticket_delay=3600,
            generated_buyers=20,
            invoice_delay=invoice_delay,
            challenge_ttl=challenge_ttl,
        )
        servers.append(server)
        server.start()
        return server

    yield start
    for server in servers:
        server.stop()


def ask(api: Api, account: str, buyer: str) -> tuple[str, str]:
    """A connection request to a buyer that shares invoice history: (request id, verification id)."""
    r = api.post(
        "/v1/connection-requests",
        json={"account_id": account, "buyer_ids": [buyer], "vendor_code": "V-7"},
        headers={"Idempotency-Key": str(uuid.uuid4())},
    )
    assert r.status_code == 201, r.text
    item = r.json()["items"][0]
    assert item["outcome"] == "verification_required" and item["verification_id"]
    return r.json()["id"], item["verification_id"]


def practice(api: Api, buyer: str, account: str) -> list[dict[str, Any]]:
    r = api.get("/v1/sandbox/practice-invoices", params={"buyer_id": buyer, "account_id": account})
    assert r.status_code == 200, r.text
    return list(r.json())


def step1(invoice: dict[str, Any], **change: str) -> dict[str, str]:
    body = {k: invoice[k] for k in ("invoice_number", "invoice_date", "amount", "currency")}
    return {**body, **change}


def answer(api: Api, vid: str, step: str, body: Any) -> requests.Response:
    return api.post(f"/v1/verifications/{vid}/{step}", json=body)


def challenge_for(invoices: list[dict[str, Any]], number: str) -> dict[str, str]:
    invoice = next(i for i in invoices if i["invoice_number"] == number)
    return {"invoice_date": invoice["invoice_date"], "amount": invoice["amount"]}


def sync_ids(api: Api, collection: str, after: str = "") -> dict[str, dict[str, Any]]:
    items: dict[str, dict[str, Any]] = {}
    cursor = after
    while True:
        body = api.get(f"/v1/sync/{collection}", params={"after": cursor, "limit": 1000}).json()
        for entry in body["items"]:
            items[entry["id"]] = entry
        cursor = body["next_cursor"]
        if not body["has_more"]:
            return items


def setup(server: PortalServer, buyer: str = DEMO, account: str = "- Test") -> tuple[Api, ...]:
    api = sign_in(server.base_url, "elise")
    return api, api.account_id(account), buyer_id(server, buyer)  # type: ignore[return-value]


def test_full_pass_activates_the_relationship_and_holds_the_invoices_back(portal: Start) -> None:
    server = portal(invoice_delay=3600)
    api, account, buyer = setup(server)
    request_id, vid = ask(api, account, buyer)
    invoices = practice(api, buyer, account)
    got = api.get(f"/v1/verifications/{vid}").json()
    assert got["state"] == "awaiting_invoice" and got["attempts_left"] == VERIFY_INVOICE_ATTEMPTS
    assert got["buyer_name"] == DEMO and got["request_id"] == request_id
    assert got["challenge_invoice_number"] is None

    # The number respelled: other case, spaces for the hyphen, no leading zeros.
    first = invoices[0]
    respelled = re.sub(r"(?<!\d)0+(?=\d)", "", first["invoice_number"].lower().replace("-", " "))
    assert respelled != first["invoice_number"]
    r = answer(api, vid, "invoice", step1(first, invoice_number=respelled))
    assert r.status_code == 200, r.text
    assert r.json()["result"] == "accepted"
    v = r.json()["verification"]
    assert v["state"] == "awaiting_challenge"
    assert v["attempts_left"] == VERIFY_CHALLENGE_ATTEMPTS
    assert v["challenge_invoice_number"] in {i["invoice_number"] for i in invoices[1:]}
    expires = datetime.fromisoformat(v["challenge_expires_at"])
    assert timedelta(minutes=14) < expires - datetime.now(UTC) <= timedelta(minutes=15)

    r = answer(api, vid, "challenge", challenge_for(invoices, v["challenge_invoice_number"]))
    assert r.status_code == 200, r.text
    assert r.json()["result"] == "accepted"
    assert r.json()["verification"]["state"] == "passed"
    assert r.json()["verification"]["challenge_invoice_number"] is None

    rel = next(
        e["data"]
        for e in sync_ids(api, "relationships").values()
        if e["data"]["buyer"]["id"] == buyer and e["data"]["account_id"] == account
    )
    assert rel["status"] == "active" and rel["since"] == datetime.now(UTC).date().isoformat()
    assert rel["vendor_code"] == "V-7"
    req = sync_ids(api, "connection-requests")[request_id]["data"]
    assert req["state"] == "completed" and req["items"][0]["state"] == "connected"
    assert [h["event"] for h in req["history"]][-2:] == ["connected", "completed"]
    # Scheduled, not there yet: none of the buyer's invoices for that account come in a sync.
    synced = sync_ids(api, "invoices").values()
    assert not [e for e in synced if e["data"] and e["data"]["buyer_id"] == buyer]
    with db_session(server) as s:
        load = s.scalars(select(m.InvoiceLoad).where(m.InvoiceLoad.buyer_id == buyer)).one()
        assert load.account_id == account and load.delivered_at is None


def test_the_invoices_arrive_after_the_delay(portal: Start) -> None:
    server = portal(invoice_delay=0.5)
    api, account, buyer = setup(server, account="Sp. z o.o.")
    _request_id, vid = ask(api, account, buyer)
    invoices = practice(api, buyer, account)
    cursor = api.get("/v1/sync/invoices", params={"limit": 1000}).json()["next_cursor"]
    v = answer(api, vid, "invoice", step1(invoices[2])).json()["verification"]
    r = answer(api, vid, "challenge", challenge_for(invoices, v["challenge_invoice_number"]))
    assert r.json()["result"] == "accepted"

    def arrived() -> list[dict[str, Any]]:
        # After the cursor taken before passing: a desktop that synced already gets them too.
        return [
            e["data"]
            for e in sync_ids(api, "invoices", cursor).values()
            if e["data"] and e["data"]["buyer_id"] == buyer
        ]

    deadline = time.monotonic() + 20
    while not arrived() and time.monotonic() < deadline:
        time.sleep(0.1)
    got = arrived()
    assert sorted(i["number"] for i in got) == sorted(i["invoice_number"] for i in invoices)
    assert {i["account_id"] for i in got} == {account}


def test_wrong_answers_count_down_then_lock_even_after_a_restart(portal: Start) -> None:
    server = portal()
    api, account, buyer = setup(server)
    _request_id, vid = ask(api, account, buyer)
    invoices = practice(api, buyer, account)
    wrong = step1(invoices[0], amount=str(Decimal(invoices[0]["amount"]) + Decimal("0.01")))
    lefts = []
    for _ in range(VERIFY_INVOICE_ATTEMPTS):
        r = answer(api, vid, "invoice", wrong)
        assert r.status_code == 200, r.text
        lefts.append((r.json()["result"], r.json()["verification"]["attempts_left"]))
    assert lefts == [
        ("mismatch", 4),
        ("mismatch", 3),
        ("mismatch", 2),
        ("mismatch", 1),
        ("locked", 0),
    ]
    assert api.get(f"/v1/verifications/{vid}").json()["state"] == "locked"

    server.stop()
    again = portal(path=server.db_url.removeprefix("sqlite:///"))
    api = sign_in(again.base_url, "elise")
    got = api.get(f"/v1/verifications/{vid}").json()
    assert got["state"] == "locked" and got["attempts_left"] == 0
    r = answer(api, vid, "invoice", step1(invoices[0]))  # even the right answer: too late
    assert r.status_code == 409 and r.json()["error"]["code"] == "verification_closed"
    assert api.get(f"/v1/verifications/{vid}").json() == got


def test_the_challenge_counts_three_then_locks(portal: Start) -> None:
    server = portal()
    api, account, buyer = setup(server)
    _request_id, vid = ask(api, account, buyer)
    invoices = practice(api, buyer, account)
    v = answer(api, vid, "invoice", step1(invoices[0])).json()["verification"]
    right = challenge_for(invoices, v["challenge_invoice_number"])
    wrong = {
        **right,
        "invoice_date": (date.fromisoformat(right["invoice_date"]) - timedelta(days=1)).isoformat(),
    }
    results = [
        answer(api, vid, "challenge", wrong).json() for _ in range(VERIFY_CHALLENGE_ATTEMPTS)
    ]
    assert [(a["result"], a["verification"]["attempts_left"]) for a in results] == [
        ("mismatch", 2),
        ("mismatch", 1),
        ("locked", 0),
    ]
    assert results[-1]["verification"]["challenge_invoice_number"] is None
    r = answer(api, vid, "challenge", right)
    assert r.status_code == 409 and r.json()["error"]["code"] == "verification_closed"


def _comparable(body: dict[str, Any]) -> dict[str, Any]:
    v = dict(body["verification"])
    for key in ("id", "account_id", "request_id", "updated_at"):
        v.pop(key)
    return {**body, "verification": v}


def test_a_wrong_step_1_says_nothing_about_which_numbers_exist(portal: Start) -> None:
    server = portal()
    api, it, buyer = setup(server)
    pl = api.account_id("Sp. z o.o.")
    _r1, v_it = ask(api, it, buyer)
    _r2, v_pl = ask(api, pl, buyer)
    real = practice(api, buyer, it)[1]
    existing = step1(real, amount="1.23")  # a real number, the wrong amount
    unknown = step1(real, invoice_number="INV-99999999")
    for expect_left in (4, 3):
        a = answer(api, v_it, "invoice", existing)
        b = answer(api, v_pl, "invoice", unknown)
        assert a.status_code == b.status_code == 200
        assert a.headers["content-type"] == b.headers["content-type"]
        assert _comparable(a.json()) == _comparable(b.json())
        assert a.json()["verification"]["attempts_left"] == expect_left
        assert set(a.json()["verification"]) == set(b.json()["verification"])


def test_another_supplier_gets_404_on_every_endpoint(portal: Start) -> None:
    server = portal()
    api, account, buyer = setup(server)
    _request_id, vid = ask(api, account, buyer)
    before = api.get(f"/v1/verifications/{vid}").json()
    invoice = step1(practice(api, buyer, account)[0])
    oskar = sign_in(server.base_url, "oskar")
    calls = [
        ("GET", "", None),
        ("POST", "/invoice", invoice),
        ("POST", "/challenge", {"invoice_date": invoice["invoice_date"], "amount": "10.00"}),
        ("POST", "/fallback", None),
    ]
    for method, tail, body in calls:
        theirs = requests.request(
            method,
            f"{server.base_url}/v1/verifications/{vid}{tail}",
            json=body,
            headers=oskar.headers,
            timeout=15,
        )
        nobody = requests.request(
            method,
            f"{server.base_url}/v1/verifications/{uuid.uuid4()}{tail}",
            json=body,
            headers=oskar.headers,
            timeout=15,
        )
        assert theirs.status_code == nobody.status_code == 404, (method, tail)
        assert (
            theirs.json()
            == nobody.json()
            == {"error": {"code": "not_found", "message": "No such verification."}}
        )
    assert api.get(f"/v1/verifications/{vid}").json() == before
    assert vid not in sync_ids(oskar, "verifications")


def test_the_challenge_expires_and_is_never_answered_again(portal: Start) -> None:
    server = portal(challenge_ttl=0)  # every challenge is past its expiry when answered
    api, account, buyer = setup(server)
    _request_id, vid = ask(api, account, buyer)
    invoices = practice(api, buyer, account)
    first = answer(api, vid, "invoice", step1(invoices[0])).json()["verification"]
    right = challenge_for(invoices, first["challenge_invoice_number"])
    r = answer(api, vid, "challenge", right)
    assert r.status_code == 200 and r.json()["result"] == "expired"
    v = r.json()["verification"]
    assert v["state"] == "awaiting_invoice" and v["attempts_left"] == VERIFY_INVOICE_ATTEMPTS
    assert v["challenge_invoice_number"] is None and v["challenge_expires_at"] is None
    r = answer(api, vid, "challenge", right)  # the spent challenge, again
    assert r.status_code == 409 and r.json()["error"]["code"] == "no_challenge"
    assert api.get(f"/v1/verifications/{vid}").json()["attempts_left"] == VERIFY_INVOICE_ATTEMPTS
    second = answer(api, vid, "invoice", step1(invoices[0])).json()["verification"]
    assert second["state"] == "awaiting_challenge"
    assert second["challenge_expires_at"] != first["challenge_expires_at"]


def test_a_used_challenge_and_a_passed_verification_change_nothing(portal: Start) -> None:
    server = portal()
    api, account, buyer = setup(server)
    _request_id, vid = ask(api, account, buyer)
    invoices = practice(api, buyer, account)
    v = answer(api, vid, "invoice", step1(invoices[0])).json()["verification"]
    right = challenge_for(invoices, v["challenge_invoice_number"])
    assert answer(api, vid, "challenge", right).json()["result"] == "accepted"
    passed = api.get(f"/v1/verifications/{vid}").json()
    cursor = api.get("/v1/sync/verifications", params={"limit": 1000}).json()["next_cursor"]
    for step, body in [("challenge", right), ("invoice", step1(invoices[0])), ("fallback", None)]:
        r = answer(api, vid, step, body)
        assert r.status_code == 409 and r.json()["error"]["code"] == "verification_closed"
    assert api.get(f"/v1/verifications/{vid}").json() == passed
    after = api.get("/v1/sync/verifications", params={"after": cursor}).json()
    assert after["items"] == []
    tickets = [t for t in sync_ids(api, "tickets").values() if t["data"]["buyer_id"] == buyer]
    assert tickets == []


BAD_INVOICE_BODIES: list[Any] = [
    {},
    {"invoice_number": "INV-1", "invoice_date": "2026-02-30", "amount": "10.00", "currency": "GBP"},
    {"invoice_number": "INV-1", "invoice_date": "not a date", "amount": "10.00", "currency": "GBP"},
    {"invoice_number": "INV-1", "invoice_date": "2026-05-01", "amount": "12,50", "currency": "GBP"},
    {"invoice_number": "INV-1", "invoice_date": "2026-05-01", "amount": "1.234", "currency": "GBP"},
    {"invoice_number": "INV-1", "invoice_date": "2026-05-01", "amount": "-5.00", "currency": "GBP"},
    {"invoice_number": "INV-1", "invoice_date": "2026-05-01", "amount": "0", "currency": "GBP"},
    {"invoice_number": "INV-1", "invoice_date": "2026-05-01", "amount": "0.00", "currency": "GBP"},
    {"invoice_number": "INV-1", "invoice_date": "2026-05-01", "amount": "1e3", "currency": "GBP"},
    {"invoice_number": "INV-1", "invoice_date": "2026-05-01", "amount": 10.5, "currency": "GBP"},
    {"invoice_number": "INV-1", "invoice_date": "2026-05-01", "amount": "10", "currency": "gbp"},
    {"invoice_number": "INV-1", "invoice_date": "2026-05-01", "amount": "10", "currency": "EURO"},
    {
        "invoice_number": "x" * 10_000,
        "invoice_date": "2026-05-01",
        "amount": "10",
        "currency": "GBP",
    },
    {"invoice_number": "", "invoice_date": "2026-05-01", "amount": "10", "currency": "GBP"},
    {
        "invoice_number": "INV-1",
        "invoice_date": (date.today() + timedelta(days=2)).isoformat(),
        "amount": "10.00",
        "currency": "GBP",
    },
    [],
]


def test_bad_bodies_are_refused_and_count_no_attempt(portal: Start) -> None:
    server = portal()
    api, account, buyer = setup(server)
    _request_id, vid = ask(api, account, buyer)
    for body in BAD_INVOICE_BODIES:
        r = answer(api, vid, "invoice", body)
        assert r.status_code == 422, (body, r.text)
        assert set(r.json()["error"]) == {"code", "message"}
    r = api.post(
        f"/v1/verifications/{vid}/invoice",
        data=b"{not json",
        headers={"Content-Type": "application/json"},
    )
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_json"
    assert api.get(f"/v1/verifications/{vid}").json()["attempts_left"] == VERIFY_INVOICE_ATTEMPTS

    invoices = practice(api, buyer, account)
    answer(api, vid, "invoice", step1(invoices[0]))
    for body in (
        {"invoice_date": "2026-05-01"},
        {"invoice_date": "2026-05-01", "amount": "0.00"},
        {"invoice_date": "2030-01-01", "amount": "1.00"},
        {"invoice_date": "2026-05-01", "amount": "1,00"},
    ):
        r = answer(api, vid, "challenge", body)
        assert r.status_code == 422, (body, r.text)
    got = api.get(f"/v1/verifications/{vid}").json()
    assert (
        got["state"] == "awaiting_challenge" and got["attempts_left"] == VERIFY_CHALLENGE_ATTEMPTS
    )


def test_a_different_currency_is_a_mismatch_and_cents_are_exact(portal: Start) -> None:
    server = portal()
    api, account, buyer = setup(server)
    _request_id, vid = ask(api, account, buyer)
    invoice = practice(api, buyer, account)[0]
    other = "EUR" if invoice["currency"] != "EUR" else "GBP"
    r = answer(api, vid, "invoice", step1(invoice, currency=other))
    assert r.json()["result"] == "mismatch"
    off_by_a_cent = str(Decimal(invoice["amount"]) - Decimal("0.01"))
    assert (
        answer(api, vid, "invoice", step1(invoice, amount=off_by_a_cent)).json()["result"]
        == "mismatch"
    )
    trimmed = str(Decimal(invoice["amount"]).normalize())  # "12.50" -> "12.5": the same amount
    assert (
        answer(api, vid, "invoice", step1(invoice, amount=trimmed)).json()["result"] == "accepted"
    )


def test_the_fallback_opens_one_ticket(portal: Start) -> None:
    server = portal()
    api, account, buyer = setup(server)
    request_id, vid = ask(api, account, buyer)
    invoices = practice(api, buyer, account)
    answer(api, vid, "invoice", step1(invoices[0]))  # in the challenge step: still allowed
    r = answer(api, vid, "fallback", None)
    assert r.status_code == 200, r.text
    number = r.json()["ticket_number"]
    assert number.startswith("TKT-")
    v = r.json()["verification"]
    assert v["state"] == "fallen_back" and v["ticket_number"] == number
    assert v["challenge_invoice_number"] is None
    again = answer(api, vid, "fallback", None)
    assert again.status_code == 200 and again.json()["ticket_number"] == number
    tickets = [
        t["data"] for t in sync_ids(api, "tickets").values() if t["data"]["buyer_id"] == buyer
    ]
    assert [t["number"] for t in tickets] == [number]
    assert tickets[0]["request_id"] == request_id and tickets[0]["state"] == "open"
    req = sync_ids(api, "connection-requests")[request_id]["data"]
    assert req["state"] == "open"
    assert (
        req["items"][0]["state"] == "ticket_opened" and req["items"][0]["ticket_number"] == number
    )
    assert req["history"][-1]["event"] == "ticket_opened"
    rel = [
        e["data"]
        for e in sync_ids(api, "relationships").values()
        if e["data"]["buyer"]["id"] == buyer
    ]
    assert [x["status"] for x in rel] == ["pending"]
    r = answer(api, vid, "invoice", step1(invoices[0]))
    assert r.status_code == 409 and r.json()["error"]["code"] == "verification_closed"


def test_the_verifications_collection_pages_with_a_cursor(portal: Start) -> None:
    server = portal()
    api, account, _buyer = setup(server)
    ids = [ask(api, account, buyer_id(server, name))[1] for name in VERIFY_BUYERS]
    seen: list[str] = []
    cursor, pages = "", 0
    while True:
        page = api.get("/v1/sync/verifications", params={"after": cursor, "limit": 1}).json()
        pages += 1
        seen += [e["id"] for e in page["items"]]
        assert all(e["data"]["state"] == "awaiting_invoice" for e in page["items"])
        cursor = page["next_cursor"]
        if not page["has_more"]:
            break
    assert seen == ids and pages >= len(ids)
    answer(api, ids[1], "fallback", None)
    changed = api.get("/v1/sync/verifications", params={"after": cursor}).json()
    assert [(e["id"], e["data"]["state"]) for e in changed["items"]] == [(ids[1], "fallen_back")]
    bad = api.get("/v1/sync/verifications", params={"after": "abc"})
    assert bad.status_code == 422


def test_practice_invoices_are_the_callers_history(portal: Start) -> None:
    server = portal()
    api, it, buyer = setup(server)
    pl = api.account_id("Sp. z o.o.")
    everything = api.get("/v1/sandbox/practice-invoices", params={"buyer_id": buyer}).json()
    assert {i["account_id"] for i in everything} == {it, pl}
    for name in VERIFY_BUYERS:
        for account in (it, pl):
            invoices = practice(api, buyer_id(server, name), account)
            assert len(invoices) >= 6
            assert len({i["currency"] for i in invoices}) > 1
            assert all(Decimal(i["amount"]) % 1 for i in invoices)  # cents
            # A letter prefix and a number with leading zeros, as "INV-00017" or "FV/2026/00042".
            assert all(re.match(r"[A-Z]+\W.*(?<!\d)0+[1-9]", i["invoice_number"]) for i in invoices)
            assert len({invoice_number_key(i["invoice_number"]) for i in invoices}) == len(invoices)
            assert all(date.fromisoformat(i["invoice_date"]) <= date.today() for i in invoices)
    oskar = sign_in(server.base_url, "oskar")
    theirs = oskar.get("/v1/sandbox/practice-invoices", params={"buyer_id": buyer}).json()
    assert len(theirs) >= 6 and {i["account_id"] for i in theirs} == {oskar.account_id()}
    r = api.get("/v1/sandbox/practice-invoices", params={"buyer_id": str(uuid.uuid4())})
    assert r.status_code == 404
    r = api.get(
        "/v1/sandbox/practice-invoices",
        params={"buyer_id": buyer, "account_id": oskar.account_id()},
    )
    assert r.status_code == 404
    nordwind = buyer_id(server, "Nordwind Polska Sp. z o.o.")
    assert api.get("/v1/sandbox/practice-invoices", params={"buyer_id": nordwind}).json() == []


def test_invoice_numbers_compare_without_case_spaces_or_leading_zeros() -> None:
    assert invoice_number_key("inv-0042") == invoice_number_key("INV 42")
    assert invoice_number_key("FV/2026/00042") == invoice_number_key("fv 2026 42")
    assert invoice_number_key("INV-00017") != invoice_number_key("INV-00071")
    assert invoice_number_key("INV-0") == invoice_number_key("inv 000")
    assert invoice_number_key("FV/2026/42") != invoice_number_key("FV/202/642")


def test_answers_at_the_same_moment_are_counted_one_by_one(portal: Start) -> None:
    server = portal()
    api, account, buyer = setup(server)
    _request_id, vid = ask(api, account, buyer)
    wrong = step1(practice(api, buyer, account)[0], amount="1.23")
    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(lambda _: answer(api, vid, "invoice", wrong), range(12)))
    results = sorted(
        (r.status_code, r.json().get("result", r.json().get("error", {}).get("code")))
        for r in answers
    )
    assert results.count((200, "mismatch")) == VERIFY_INVOICE_ATTEMPTS - 1
    assert results.count((200, "locked")) == 1
    assert results.count((409, "verification_closed")) == 12 - VERIFY_INVOICE_ATTEMPTS
    with db_session(server) as s:
        assert s.get(m.Verification, vid).failed_attempts == VERIFY_INVOICE_ATTEMPTS  # type: ignore[union-attr]


def test_the_command_line_takes_the_invoice_delay() -> None:
    assert parse_args(["--sandbox", "--invoice-delay", "5"]).invoice_delay == 5.0
    assert parse_args([]).invoice_delay == 30.0


def test_a_cancelled_request_closes_its_verification_and_the_sync_says_so(portal: Start) -> None:
    server = portal()
    api, account, buyer = setup(server)
    request_id, vid = ask(api, account, buyer)
    cursor = api.get("/v1/sync/verifications", params={"limit": 1000}).json()["next_cursor"]
    r = api.post(f"/v1/connection-requests/{request_id}/cancel")
    assert r.status_code == 200, r.text
    changed = api.get("/v1/sync/verifications", params={"after": cursor}).json()["items"]
    assert [(e["id"], e["data"]["state"]) for e in changed] == [(vid, "cancelled")]
    assert api.get(f"/v1/verifications/{vid}").json()["state"] == "cancelled"
    invoice = step1(practice(api, buyer, account)[0])
    for step, body in [("invoice", invoice), ("fallback", None)]:
        refused = answer(api, vid, step, body)
        assert (
            refused.status_code == 409 and refused.json()["error"]["code"] == "verification_closed"
        )
