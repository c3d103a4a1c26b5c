"""The sandbox operator: tickets resolved by the sandbox endpoint and after the delay."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from portal_helpers import Api, buyer_id, sign_in, take

from portal.sandbox.ticket_operator import IDLE_WAIT, SandboxOperator
from portal.server import PortalServer, ensure_seeded
from portal.store.db import Database
from wire.schemas import Ticket


def open_ticket(api: Api, account: str, buyer: str) -> tuple[str, str]:
    r = api.post(
        "/v1/connection-requests",
        json={"account_id": account, "buyer_ids": [buyer]},
        headers={"Idempotency-Key": str(uuid.uuid4())},
    )
    assert r.status_code == 201, r.text
    item = r.json()["items"][0]
    assert item["outcome"] == "ticket_opened"
    return r.json()["id"], item["ticket_number"]


def state_of(api: Api, request_id: str, number: str, buyer: str) -> tuple[dict, dict, dict]:  # type: ignore[type-arg]
    req = next(e["data"] for e in api.sync_all("connection-requests") if e["id"] == request_id)
    ticket = next(e["data"] for e in api.sync_all("tickets") if e["id"] == number)
    rel = next(
        e["data"] for e in api.sync_all("relationships") if e["data"]["buyer"]["id"] == buyer
    )
    return req, ticket, rel


def test_resolve_endpoint_connects(elise: Api, unused_buyers: Iterator[str]) -> None:
    account = elise.account_id("- Test")
    buyer = take(unused_buyers)[0]
    request_id, number = open_ticket(elise, account, buyer)
    cursor = elise.get("/v1/sync/tickets").json()["next_cursor"]
    r = elise.post(f"/v1/sandbox/tickets/{number}/resolve", json={"outcome": "connected"})
    assert r.status_code == 200, r.text
    ticket = Ticket.model_validate(r.json())
    assert ticket.state == "resolved" and ticket.resolution == "connected"
    assert [h.event for h in ticket.history] == ["opened", "resolved"]
    # Sync after the old cursor sees the change.
    changed = elise.get("/v1/sync/tickets", params={"after": cursor}).json()["items"]
    assert [e["id"] for e in changed] == [number]
    req, synced_ticket, rel = state_of(elise, request_id, number, buyer)
    assert synced_ticket["state"] == "resolved"
    assert rel["status"] == "active" and rel["since"]
    assert req["state"] == "completed" and req["items"][0]["state"] == "connected"
    again = elise.post(f"/v1/sandbox/tickets/{number}/resolve", json={"outcome": "rejected"})
    assert again.status_code == 409


def test_resolve_endpoint_rejects(elise: Api, unused_buyers: Iterator[str]) -> None:
    buyer = take(unused_buyers)[0]
    request_id, number = open_ticket(elise, elise.account_id("Sp. z o.o."), buyer)
    r = elise.post(f"/v1/sandbox/tickets/{number}/resolve", json={"outcome": "rejected"})
    assert r.status_code == 200
    req, ticket, rel = state_of(elise, request_id, number, buyer)
    assert ticket["resolution"] == "rejected" and rel["status"] == "rejected"
    assert req["items"][0]["state"] == "rejected" and req["state"] == "completed"


def test_only_own_tickets_and_valid_outcomes(
    elise: Api, oskar: Api, unused_buyers: Iterator[str]
) -> None:
    _, number = open_ticket(elise, elise.account_id("- Test"), take(unused_buyers)[0])
    r = oskar.post(f"/v1/sandbox/tickets/{number}/resolve", json={"outcome": "connected"})
    assert r.status_code == 404
    r = elise.post(f"/v1/sandbox/tickets/{number}/resolve", json={"outcome": "maybe"})
    assert r.status_code == 422
    r = elise.post("/v1/sandbox/tickets/TKT-999999/resolve", json={"outcome": "connected"})
    assert r.status_code == 404


def test_operator_resolves_after_the_delay(fresh_portal) -> None:  # type: ignore[no-untyped-def]
    server: PortalServer = fresh_portal(ticket_delay=1)
    api = sign_in(server.base_url, "elise")
    account = api.account_id("- Test")
    good = buyer_id(server, "Nordwind Services UK Ltd")
    bad = buyer_id(server, "Sandbox Rejecting Buyer Ltd")
    good_req, good_ticket = open_ticket(api, account, good)
    bad_req, bad_ticket = open_ticket(api, account, bad)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        tickets = {e["id"]: e["data"] for e in api.sync_all("tickets")}
        if all(tickets[n]["state"] == "resolved" for n in (good_ticket, bad_ticket)):
            break
        time.sleep(0.2)
    _, ticket, rel = state_of(api, good_req, good_ticket, good)
    assert ticket["resolution"] == "connected" and rel["status"] == "active"
    _, ticket, rel = state_of(api, bad_req, bad_ticket, bad)
    assert ticket["resolution"] == "rejected" and rel["status"] == "rejected"


def test_no_sandbox_endpoint_outside_the_sandbox(fresh_portal) -> None:  # type: ignore[no-untyped-def]
    sandbox = fresh_portal()
    live = fresh_portal(sandbox=False)
    # A live portal over an empty database: no users, no sandbox route.
    import requests

    r = requests.post(
        f"{live.base_url}/v1/sandbox/tickets/TKT-000001/resolve",
        json={"outcome": "connected"},
        timeout=10,
    )
    assert r.status_code in (401, 404)
    r = requests.post(
        f"{live.base_url}/v1/session", json={"username": "elise", "password": "sandbox"}, timeout=10
    )
    assert r.status_code == 401
    assert sign_in(sandbox.base_url, "elise").me()["accounts"]


def test_an_idle_operator_sleeps_until_poked(tmp_path: Path) -> None:
    """With nothing due, a round at most every IDLE_WAIT seconds (it was every half second:
    2% of a core for each idle portal); a write request's poke runs one at once."""
    url = f"sqlite:///{tmp_path / 'portal.db'}"
    ensure_seeded(url, 20)
    db = Database(url)
    rounds: list[float] = []

    class Counted(SandboxOperator):
        def tick(self) -> datetime | None:
            rounds.append(time.monotonic())
            return super().tick()

    operator = Counted(db, invoice_moves=0)
    operator.start()
    try:
        time.sleep(2 * IDLE_WAIT)
        idle = len(rounds)
        poked = time.monotonic()
        operator.poke()
        deadline = poked + IDLE_WAIT / 2
        while len(rounds) == idle and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        operator.stop()
        db.dispose()
    assert 1 <= idle <= 3, rounds  # the first after half a second, then one per IDLE_WAIT
    assert len(rounds) > idle and rounds[idle] - poked < IDLE_WAIT / 2, rounds
