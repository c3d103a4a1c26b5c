"""POST /v1/connection-requests: outcomes, idempotent replays, concurrency, bad input."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import requests
from portal_helpers import Api, buyer_id, db_session, take
from sqlalchemy import func, select

from portal.server import PortalServer
from portal.store import models as m
from wire.schemas import VENDOR_CODE_MAX, ConnectionRequest


def post_request(api: Api, body: dict[str, object], key: str | None = None) -> requests.Response:
    headers = {"Idempotency-Key": key or str(uuid.uuid4())}
    return api.post("/v1/connection-requests", json=body, headers=headers)


def count_requests(server: PortalServer) -> int:
    with db_session(server) as s:
        return int(s.scalar(select(func.count()).select_from(m.ConnectionRequest)) or 0)


def test_each_outcome(
    elise: Api, portal_server: PortalServer, unused_buyers: Iterator[str]
) -> None:
    account = elise.account_id("- Test")
    fresh = take(unused_buyers)[0]
    demo = buyer_id(portal_server, "Network Demo Test Buyer")
    verify = buyer_id(portal_server, "Demonstration Example Buyer")
    pending = buyer_id(portal_server, "Technical Services Test Buyer 17")
    body = {
        "account_id": account,
        "buyer_ids": [demo, pending, verify, fresh],
        "vendor_code": "V-1",
        "notes": "Hello",
    }
    r = post_request(elise, body)
    assert r.status_code == 201, r.text
    req = ConnectionRequest.model_validate(r.json())
    outcomes = {i.buyer_id: i for i in req.items}
    assert outcomes[demo].outcome == "already_connected"
    assert outcomes[pending].outcome == "already_requested"
    assert outcomes[pending].request_id is not None and outcomes[pending].request_id != req.id
    assert outcomes[verify].outcome == "verification_required"
    assert outcomes[verify].verification_id
    assert outcomes[fresh].outcome == "ticket_opened"
    number = outcomes[fresh].ticket_number
    assert number is not None and number.startswith("TKT-") and len(number) == 10
    assert req.state == "open"
    assert [h.event for h in req.history][0] == "created"
    # The request, the ticket and a pending relationship all reach sync.
    synced = {e["id"]: e["data"] for e in elise.sync_all("connection-requests")}
    assert synced[req.id]["items"][3]["ticket_number"] == number
    tickets = {e["id"]: e["data"] for e in elise.sync_all("tickets")}
    assert tickets[number]["state"] == "open" and tickets[number]["request_id"] == req.id
    rels = [e["data"] for e in elise.sync_all("relationships")]
    rel = next(x for x in rels if x["buyer"]["id"] == fresh and x["account_id"] == account)
    assert rel["status"] == "pending" and rel["vendor_code"] == "V-1"
    # Asking again for the same buyer points at the open request.
    again = post_request(elise, {"account_id": account, "buyer_ids": [fresh]})
    item = again.json()["items"][0]
    assert item["outcome"] == "already_requested" and item["request_id"] == req.id
    assert again.json()["state"] == "completed"


def test_replay_after_lost_answer_creates_one_request(
    elise: Api, portal_server: PortalServer, unused_buyers: Iterator[str]
) -> None:
    body = {"account_id": elise.account_id("- Test"), "buyer_ids": take(unused_buyers)}
    key = str(uuid.uuid4())
    before = count_requests(portal_server)
    first = post_request(elise, body, key)
    second = post_request(elise, body, key)  # the client never saw the first answer
    assert first.status_code == second.status_code == 201
    assert first.json() == second.json()
    assert count_requests(portal_server) == before + 1


def test_same_key_different_body_is_refused(
    elise: Api, portal_server: PortalServer, unused_buyers: Iterator[str]
) -> None:
    account = elise.account_id("- Test")
    a, b = take(unused_buyers, 2)
    key = str(uuid.uuid4())
    assert post_request(elise, {"account_id": account, "buyer_ids": [a]}, key).status_code == 201
    before = count_requests(portal_server)
    r = post_request(elise, {"account_id": account, "buyer_ids": [b]}, key)
    assert r.status_code == 422
    assert r.json()["error"]["code"] == "idempotency_key_reused"
    assert count_requests(portal_server) == before


def test_twenty_concurrent_posts_with_one_key_make_one_request(
    elise: Api, portal_server: PortalServer, unused_buyers: Iterator[str]
) -> None:
    body = {"account_id": elise.account_id("- Test"), "buyer_ids": take(unused_buyers, 2)}
    key = str(uuid.uuid4())
    before = count_requests(portal_server)
    with ThreadPoolExecutor(max_workers=20) as pool:
        answers = list(pool.map(lambda _: post_request(elise, body, key), range(20)))
    assert {a.status_code for a in answers} == {201}
    assert len({a.text for a in answers}) == 1
    assert count_requests(portal_server) == before + 1
    with db_session(portal_server) as s:
        tickets = s.scalar(
            select(func.count())
            .select_from(m.Ticket)
            .where(m.Ticket.request_id == answers[0].json()["id"])
        )
    assert tickets == 2


def test_bad_input_changes_nothing(
    elise: Api, oskar: Api, portal_server: PortalServer, unused_buyers: Iterator[str]
) -> None:
    account = elise.account_id("- Test")
    fresh = take(unused_buyers)[0]
    before = count_requests(portal_server)
    r = post_request(elise, {"account_id": account, "buyer_ids": [fresh, "no-such-buyer"]})
    assert r.status_code == 422
    assert r.json()["error"]["code"] == "unknown_buyer"
    assert "no-such-buyer" in r.json()["error"]["message"]
    r = post_request(
        elise,
        {"account_id": account, "buyer_ids": [fresh], "vendor_code": "x" * (VENDOR_CODE_MAX + 1)},
    )
    assert r.status_code == 422
    assert "vendor_code" in r.json()["error"]["message"]
    r = post_request(elise, {"account_id": account, "buyer_ids": []})
    assert r.status_code == 422
    r = post_request(elise, {"account_id": oskar.account_id(), "buyer_ids": [fresh]})
    assert r.status_code == 404
    r = elise.post("/v1/connection-requests", json={"account_id": account, "buyer_ids": [fresh]})
    assert r.status_code == 422
    assert r.json()["error"]["code"] == "idempotency_key_required"
    att = oskar.post("/v1/attachments", files={"file": ("a.pdf", b"%PDF-1.4 x")}).json()
    r = post_request(
        elise, {"account_id": account, "buyer_ids": [fresh], "attachment_id": att["id"]}
    )
    assert r.status_code == 404
    assert count_requests(portal_server) == before
    # The key of a refused request stays free for a good one.
    key = str(uuid.uuid4())
    assert (
        post_request(elise, {"account_id": account, "buyer_ids": ["nope"]}, key).status_code == 422
    )
    own = elise.post("/v1/attachments", files={"file": ("a.pdf", b"%PDF-1.4 x")}).json()
    good = {"account_id": account, "buyer_ids": [fresh], "attachment_id": own["id"]}
    r = post_request(elise, good, key)
    assert r.status_code == 201, r.text
    assert r.json()["attachment_id"] == own["id"]
