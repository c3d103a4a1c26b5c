"""Invoices on the portal: seeded histories, statuses moved on, counts for progress, isolation."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from portal_helpers import Api

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
    page = elise.get("/v1/sync/invoices", params={"after": cursor, "limit": 5000}).json()
    news = {e["id"]: e["data"] for e in page["items"]}
    assert set(news) == {m["invoice_id"] for m in moved}
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
