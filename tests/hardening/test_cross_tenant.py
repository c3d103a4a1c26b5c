"""Cross-tenant matrix: every endpoint that takes an id or an account, called by another
supplier (oskar) on elise's objects, answers 404 as for an unknown id, in the usual error
shape, and changes nothing; nothing can be created on an account that is not the caller's."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.sync import PULL_ORDER
from tests.hardening.conftest import StartPortal
from tests.hardening.helpers import Api, free_buyer_ids, portal_db, sign_in

COLLECTIONS = tuple(dict.fromkeys((*PULL_ORDER, "invoices")))


def _all(api: Api, collection: str) -> dict[str, Any]:
    rows: dict[str, Any] = {}
    after = ""
    while True:
        r = api.get(f"/v1/sync/{collection}", params={"after": after, "limit": 500})
        assert r.status_code == 200, r.text
        body = r.json()
        rows.update({e["id"]: e for e in body["items"]})
        after = body["next_cursor"]
        if not body["has_more"] or not body["items"]:
            return rows


def _buyer_id(db_url: str, name: str) -> str:
    with portal_db(db_url) as db:
        return str(db.execute("SELECT id FROM buyers WHERE name = ?", (name,)).fetchone()[0])


@pytest.fixture
def tenants(start_portal: StartPortal) -> dict[str, Any]:
    server = start_portal()
    elise, oskar = sign_in(server.base_url, "elise"), sign_in(server.base_url, "oskar")
    account = next(a["id"] for a in elise.accounts() if a["name"].endswith("- Test"))
    demo = _buyer_id(server.db_url, "Demonstration Example Buyer")
    free = free_buyer_ids(server.db_url, 1)[0]
    attachment = elise.upload("evidence.pdf", b"%PDF-1.4 elise's evidence").json()["id"]
    created = elise.post(
        "/v1/connection-requests",
        json={"account_id": account, "buyer_ids": [free, demo], "attachment_id": attachment},
        headers={"Idempotency-Key": "cross-tenant-1"},
    )
    assert created.status_code == 201, created.text
    request = created.json()
    verification = next(i["verification_id"] for i in request["items"] if i["verification_id"])
    tickets = _all(elise, "tickets")
    relationships = _all(elise, "relationships")
    return {
        "server": server,
        "elise": elise,
        "oskar": oskar,
        "account": account,
        "demo": demo,
        "attachment": attachment,
        "request": request["id"],
        "verification": verification,
        "ticket": next(iter(tickets)),
        "relationship": next(iter(relationships)),
    }


def _refused(r: Any, what: str) -> None:
    assert r.status_code == 404, (what, r.status_code, r.text)
    assert r.json()["error"]["code"] == "not_found", what


def test_another_supplier_gets_404_everywhere_and_changes_nothing(tenants: dict[str, Any]) -> None:
    t = tenants
    elise, oskar = t["elise"], t["oskar"]
    before = {c: _all(elise, c) for c in COLLECTIONS}
    invoice = {"invoice_number": "INV-00338", "invoice_date": "2026-10-25"}
    answer = {**invoice, "amount": "6198.44", "currency": "GBP"}
    calls = {
        "relationship": ("GET", f"/v1/relationships/{t['relationship']}", {}),
        "attachment": ("GET", f"/v1/attachments/{t['attachment']}", {}),
        "cancel": ("POST", f"/v1/connection-requests/{t['request']}/cancel", {}),
        "verification": ("GET", f"/v1/verifications/{t['verification']}", {}),
        "answer invoice": (
            "POST",
            f"/v1/verifications/{t['verification']}/invoice",
            {"json": answer},
        ),
        "answer challenge": (
            "POST",
            f"/v1/verifications/{t['verification']}/challenge",
            {"json": {"invoice_date": "2026-10-25", "amount": "6198.44"}},
        ),
        "fall back": ("POST", f"/v1/verifications/{t['verification']}/fallback", {}),
        "resolve ticket": (
            "POST",
            f"/v1/sandbox/tickets/{t['ticket']}/resolve",
            {"json": {"outcome": "connected"}},
        ),
        "practice invoices": (
            "GET",
            "/v1/sandbox/practice-invoices",
            {"params": {"buyer_id": t["demo"], "account_id": t["account"]}},
        ),
    }
    for what, (method, path, kw) in calls.items():
        _refused(oskar.request(method, path, **kw), what)
        # ...exactly as for an id that does not exist at all.
        unknown = path.replace(t["account"], "0" * 36)
        for key in ("relationship", "attachment", "request", "verification", "ticket"):
            unknown = unknown.replace(str(t[key]), "0" * 36)
        if unknown != path:
            mine = oskar.request(method, unknown, **kw)
            assert mine.status_code == 404 and mine.json()["error"]["code"] == "not_found"
    # Nothing on elise's account, nor with her attachment.
    own = oskar.accounts()[0]["id"]
    for what, body in {
        "her account": {"account_id": t["account"], "buyer_ids": [t["demo"]]},
        "her attachment": {
            "account_id": own,
            "buyer_ids": [t["demo"]],
            "attachment_id": t["attachment"],
        },
    }.items():
        r = oskar.post(
            "/v1/connection-requests",
            json=body,
            headers={"Idempotency-Key": f"x-{what.replace(' ', '-')}"},
        )
        _refused(r, what)
    assert oskar.post("/v1/sandbox/invoices/advance", params={"count": 1000}).status_code == 200
    # oskar's sync holds none of elise's objects; elise's are as they were.
    for collection in COLLECTIONS:
        assert not set(_all(oskar, collection)) & set(before[collection]), collection
    after = {c: _all(elise, c) for c in COLLECTIONS}
    assert after == before
    assert elise.get(f"/v1/attachments/{t['attachment']}").status_code == 200
