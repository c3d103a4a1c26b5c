"""Isolation between suppliers, and sync paging: cursor order, has_more, tombstones."""

from __future__ import annotations

from portal_helpers import Api, db_session, sign_in
from sqlalchemy import select

from portal.store import models as m
from wire.schemas import SYNC_PAGE_MAX, Relationship


def test_another_suppliers_relationship_is_404(elise: Api, oskar: Api) -> None:
    oskars = oskar.sync_all("relationships")
    assert oskars
    own = oskar.get(f"/v1/relationships/{oskars[0]['id']}")
    assert own.status_code == 200
    Relationship.model_validate(own.json())
    theirs = elise.get(f"/v1/relationships/{oskars[0]['id']}")
    assert theirs.status_code == 404
    assert theirs.json()["error"]["code"] == "not_found"
    missing = elise.get("/v1/relationships/no-such-id")
    assert missing.status_code == 404
    assert missing.json() == theirs.json()  # absent and foreign answer alike


def test_sync_shows_only_own_accounts(elise: Api, oskar: Api) -> None:
    elise_accounts = {a["id"] for a in elise.me()["accounts"]}
    oskar_accounts = {a["id"] for a in oskar.me()["accounts"]}
    assert elise_accounts.isdisjoint(oskar_accounts)
    for api, accounts in ((elise, elise_accounts), (oskar, oskar_accounts)):
        synced = api.sync_all("accounts")
        assert {e["id"] for e in synced} == accounts
        for collection in ("relationships", "connection-requests", "tickets", "invoices"):
            for entry in api.sync_all(collection):
                if entry["data"] is not None:
                    assert entry["data"]["account_id"] in accounts, collection


def test_seeded_relationships_in_every_state(elise: Api) -> None:
    rels = [e["data"] for e in elise.sync_all("relationships")]
    assert {r["status"] for r in rels} == {"active", "pending", "rejected"}
    test_account = elise.account_id("- Test")
    demo = [r for r in rels if r["buyer"]["name"] == "Network Demo Test Buyer"]
    assert {r["account_id"] for r in demo} == {a["id"] for a in elise.me()["accounts"]}
    assert all(r["status"] == "active" and r["since"] for r in demo)
    tickets = [e["data"] for e in elise.sync_all("tickets")]
    pending = [r for r in rels if r["status"] == "pending" and r["account_id"] == test_account]
    assert any(t["buyer_id"] == pending[0]["buyer"]["id"] and t["state"] == "open" for t in tickets)


def test_invoices_only_for_connected_buyers(elise: Api) -> None:
    invoices = [e["data"] for e in elise.sync_all("invoices")]
    assert invoices
    statuses = {i["status"] for i in invoices}
    assert {"failed", "saved"} <= statuses
    assert "Demonstration Example Buyer" not in {i["buyer_name"] for i in invoices}


def test_paging_walks_in_version_order(fresh_portal) -> None:  # type: ignore[no-untyped-def]
    server = fresh_portal()
    api = sign_in(server.base_url, "elise")
    whole = api.get("/v1/sync/relationships", params={"limit": SYNC_PAGE_MAX}).json()
    assert whole["has_more"] is False
    assert len(whole["items"]) >= 5
    seen: list[dict[str, object]] = []
    cursor = ""
    pages = 0
    while True:
        page = api.get("/v1/sync/relationships", params={"after": cursor, "limit": 2}).json()
        pages += 1
        assert len(page["items"]) <= 2
        if page["items"]:
            assert page["next_cursor"] == str(page["items"][-1]["version"])
        seen += page["items"]
        cursor = page["next_cursor"]
        if not page["has_more"]:
            break
    assert pages == (len(whole["items"]) + 1) // 2
    versions = [e["version"] for e in seen]
    assert versions == sorted(versions) and len(set(versions)) == len(versions)
    assert seen == whole["items"]
    # Nothing new after the last cursor.
    tail = api.get("/v1/sync/relationships", params={"after": cursor}).json()
    assert tail == {"items": [], "next_cursor": cursor, "has_more": False, "remaining": 0}


def test_deleted_row_comes_back_as_a_tombstone(fresh_portal) -> None:  # type: ignore[no-untyped-def]
    server = fresh_portal()
    api = sign_in(server.base_url, "elise")
    first = api.get("/v1/sync/relationships").json()
    victim = first["items"][0]["id"]
    with db_session(server) as s:
        rel = s.scalars(select(m.Relationship).where(m.Relationship.id == victim)).one()
        rel.deleted = True
        rel.version = m.next_version(s)
        s.commit()
    after = api.get("/v1/sync/relationships", params={"after": first["next_cursor"]}).json()
    assert after["items"] == [
        {"id": victim, "version": after["items"][0]["version"], "deleted": True, "data": None}
    ]
    assert api.get(f"/v1/relationships/{victim}").status_code == 404


def test_bad_cursor_limit_and_collection(elise: Api) -> None:
    for bad in ("abc", "-1", "1.5", "9" * 40):
        r = elise.get("/v1/sync/relationships", params={"after": bad})
        assert r.status_code == 422, bad
        assert r.json()["error"]["code"] in {"invalid_cursor", "invalid_request"}
    for limit in (0, SYNC_PAGE_MAX + 1):
        r = elise.get("/v1/sync/relationships", params={"limit": limit})
        assert r.status_code == 422
        assert set(r.json()) == {"error"}
    r = elise.get("/v1/sync/buyers")
    assert r.status_code == 404
    assert r.json()["error"]["code"] == "not_found"
