"""POST /v1/connection-requests/{id}/cancel: what still waits ends, owner only, idempotent."""

from __future__ import annotations

import uuid

import requests
from portal_helpers import Api, buyer_id, db_session, sign_in
from sqlalchemy import select

from portal.server import PortalServer
from portal.store import models as m
from tests.conftest import FreshPortal


def _post_request(api: Api, body: dict[str, object]) -> dict[str, object]:
    r = api.post(
        "/v1/connection-requests", json=body, headers={"Idempotency-Key": str(uuid.uuid4())}
    )
    assert r.status_code == 201, r.text
    return dict(r.json())


def _cancel(api: Api, request_id: object) -> requests.Response:
    return api.post(f"/v1/connection-requests/{request_id}/cancel")


def _untouched_buyer(server: PortalServer) -> str:
    with db_session(server) as s:
        touched = set(s.scalars(select(m.Relationship.buyer_id)).all())
        ids = s.scalars(
            select(m.Buyer.id)
            .where(
                m.Buyer.shares_invoice_history.is_(False),
                m.Buyer.is_test.is_(False),
                m.Buyer.group_id.is_(None),
            )
            .order_by(m.Buyer.network_number)
        ).all()
    return next(i for i in ids if i not in touched)


def test_cancel_ends_what_waits_and_only_that(fresh_portal: FreshPortal) -> None:
    server = fresh_portal()
    elise, oskar = sign_in(server.base_url, "elise"), sign_in(server.base_url, "oskar")
    account = elise.account_id("Sp. z o.o.")
    fresh = _untouched_buyer(server)
    verify = buyer_id(server, "Demonstration Example Buyer")
    demo = buyer_id(server, "Network Demo Test Buyer")
    req = _post_request(elise, {"account_id": account, "buyer_ids": [fresh, verify, demo]})
    items = {i["buyer_id"]: i for i in req["items"]}  # type: ignore[attr-defined]
    number = items[fresh]["ticket_number"]
    assert items[verify]["state"] == "verification_required"
    assert items[demo]["outcome"] == "already_connected"

    # Someone else's request is unknown to them; nothing changes.
    refused = _cancel(oskar, req["id"])
    assert refused.status_code == 404 and refused.json()["error"]["code"] == "not_found"
    assert _cancel(elise, "no-such-request").status_code == 404

    done = _cancel(elise, req["id"])
    assert done.status_code == 200, done.text
    body = done.json()
    assert body["state"] == "cancelled"
    states = {i["buyer_id"]: i["state"] for i in body["items"]}
    assert states == {fresh: "cancelled", verify: "cancelled", demo: "connected"}
    assert [h["event"] for h in body["history"]].count("cancelled") == 2

    # Its support ticket is closed, its pending relationship removed; sync says both.
    tickets = {e["id"]: e["data"] for e in elise.sync_all("tickets")}
    assert tickets[number]["state"] == "closed"
    rels = [e for e in elise.sync_all("relationships") if e["deleted"]]
    with db_session(server) as s:
        rel_id = s.scalars(
            select(m.Relationship.id).where(
                m.Relationship.account_id == account, m.Relationship.buyer_id == fresh
            )
        ).one()
    assert rel_id in {e["id"] for e in rels}
    synced = {e["id"]: e["data"] for e in elise.sync_all("connection-requests")}
    assert synced[req["id"]]["state"] == "cancelled"

    # A repeat answers the same, changing nothing.
    again = _cancel(elise, req["id"])
    assert again.status_code == 200 and again.json() == body

    # The buyer can be asked again: a new ticket, not "already requested".
    new = _post_request(elise, {"account_id": account, "buyer_ids": [fresh]})
    assert new["items"][0]["outcome"] == "ticket_opened"  # type: ignore[index]
    rel = next(
        e["data"]
        for e in elise.sync_all("relationships")
        if not e["deleted"] and e["data"]["buyer"]["id"] == fresh
    )
    assert rel["status"] == "pending"


def test_nothing_waiting_is_not_cancellable(fresh_portal: FreshPortal) -> None:
    server = fresh_portal()
    elise = sign_in(server.base_url, "elise")
    demo = buyer_id(server, "Network Demo Test Buyer")
    req = _post_request(elise, {"account_id": elise.account_id(""), "buyer_ids": [demo]})
    assert req["state"] == "completed"
    r = _cancel(elise, req["id"])
    assert r.status_code == 409 and r.json()["error"]["code"] == "not_cancellable"
    synced = {e["id"]: e["data"] for e in elise.sync_all("connection-requests")}
    assert synced[req["id"]]["state"] == "completed"
