"""POST /v1/invoices: the network checks a sent UBL document again with the official rules,
refuses a buyer that is not connected and a number used twice, records what it takes (the
invoices sync, the document read back), exactly once per Idempotency-Key. On SQLite and
PostgreSQL (the portal_server fixture runs both)."""

from __future__ import annotations

import dataclasses
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from invoice_sending import document, relationship_buyer, send, ubl
from portal_helpers import TIMEOUT, Api, db_session
from sqlalchemy import select

from einvoice.ubl_read import from_ubl
from portal.server import PortalServer
from portal.store import models as m


@pytest.fixture
def account(elise: Api) -> str:
    return elise.account_id()


@pytest.fixture
def test_buyer(elise: Api, account: str) -> dict[str, str]:
    return relationship_buyer(elise, account)


def synced(api: Api, invoice_id: str) -> dict[str, object]:
    for entry in api.sync_all("invoices"):
        if entry["id"] == invoice_id:
            return dict(entry["data"])
    raise AssertionError("not in the invoices sync")


def test_an_accepted_invoice_is_received_synced_and_read_back(
    elise: Api, oskar: Api, account: str, test_buyer: dict[str, str]
) -> None:
    doc = document(elise, account, test_buyer["network_number"], order_reference="PO-77")
    body = ubl(doc)
    r = send(elise, account, body)
    assert r.status_code == 201, r.text
    sent = r.json()
    assert sent["status"] == "received" and sent["findings"] == []
    assert sent["buyer_id"] == test_buyer["id"] and sent["number"] == doc.number
    assert sent["amount"] == "455.59"  # 10 x 37.04 + 23 % and sent["currency"] == "EUR"
    assert sent["po_number"] == "PO-77" and sent["transaction_id"]
    entry = synced(elise, sent["id"])
    assert entry["status"] == "received" and entry["findings"] == []
    assert entry["number"] == doc.number
    back = elise.get(f"/v1/invoices/{sent['id']}/document")
    assert back.status_code == 200
    assert back.headers["content-type"].startswith("application/xml")
    assert back.content == body and from_ubl(back.content) == doc
    assert oskar.get(f"/v1/invoices/{sent['id']}/document").status_code == 404


def test_a_document_breaking_a_fatal_rule_is_failed_with_its_findings(
    elise: Api, account: str, test_buyer: dict[str, str]
) -> None:
    doc = document(elise, account, test_buyer["network_number"])
    broken = dataclasses.replace(
        doc, lines=(dataclasses.replace(doc.lines[0], item_name=""), *doc.lines[1:])
    )
    r = send(elise, account, ubl(broken))
    assert r.status_code == 201, r.text
    failed = r.json()
    assert failed["status"] == "failed" and failed["failure_code"] == "rules_failed"
    assert "BR-25" in failed["failure_reason"]
    rules = {(f["rule"], f["flag"]) for f in failed["findings"]}
    assert ("BR-25", "fatal") in rules
    assert synced(elise, failed["id"])["findings"] == failed["findings"]
    # Fixed and sent again under the same number: a failed invoice does not take it.
    again = send(elise, account, ubl(doc))
    assert again.status_code == 201, again.text
    assert again.json()["status"] == "received"


def test_a_buyer_that_is_not_connected_is_refused(
    portal_server: PortalServer, elise: Api, account: str, unused_buyers: object
) -> None:
    with db_session(portal_server) as s:
        stranger = s.scalars(
            select(m.Buyer.network_number).where(m.Buyer.id == next(unused_buyers))  # type: ignore[call-overload]
        ).one()
    for number in (stranger, "AAA000000000"):
        r = send(elise, account, ubl(document(elise, account, number)))
        assert r.status_code == 422, r.text
        assert r.json()["error"]["code"] == "buyer_not_connected"


def test_a_number_used_twice_is_refused(
    portal_server: PortalServer, elise: Api, account: str, test_buyer: dict[str, str]
) -> None:
    doc = document(elise, account, test_buyer["network_number"])
    assert send(elise, account, ubl(doc)).status_code == 201
    other = dataclasses.replace(doc, note="A different body under the same number")
    r = send(elise, account, ubl(other))
    assert r.status_code == 409 and r.json()["error"]["code"] == "duplicate_number"
    # A number from the account's history on the network is taken too.
    with db_session(portal_server) as s:
        old = s.scalars(
            select(m.BuyerInvoice.number).where(
                m.BuyerInvoice.account_id == account, m.BuyerInvoice.status == "paid"
            )
        ).first()
    assert old
    r = send(elise, account, ubl(dataclasses.replace(doc, number=old)))
    assert r.status_code == 409 and r.json()["error"]["code"] == "duplicate_number"


def test_a_number_sent_at_once_many_times_is_taken_once(
    elise: Api, account: str, test_buyer: dict[str, str]
) -> None:
    doc = document(elise, account, test_buyer["network_number"])
    bodies = [ubl(dataclasses.replace(doc, note=f"attempt {n}")) for n in range(8)]
    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(lambda body: send(elise, account, body), bodies))
    codes = sorted(r.status_code for r in answers)
    assert codes == [201] + [409] * 7, [r.text for r in answers]
    taken = [e for e in elise.sync_all("invoices") if e["data"]["number"] == doc.number]
    assert len(taken) == 1


def test_a_retry_is_answered_once_and_a_key_stays_with_its_body(
    elise: Api, account: str, test_buyer: dict[str, str]
) -> None:
    body = ubl(document(elise, account, test_buyer["network_number"]))
    key = str(uuid.uuid4())
    with ThreadPoolExecutor(4) as pool:
        answers = list(pool.map(lambda _n: send(elise, account, body, key), range(4)))
    assert {r.status_code for r in answers} == {201}
    assert len({r.json()["id"] for r in answers}) == 1
    other = ubl(document(elise, account, test_buyer["network_number"]))
    r = send(elise, account, other, key)
    assert r.status_code == 422 and r.json()["error"]["code"] == "idempotency_key_reused"


def test_bad_requests_are_refused_and_change_nothing(
    elise: Api, oskar: Api, account: str, test_buyer: dict[str, str]
) -> None:
    before = len(elise.sync_all("invoices"))
    good = ubl(document(elise, account, test_buyer["network_number"]))
    r = send(elise, account, good, **{"Content-Type": "application/json"})
    assert r.status_code == 415 and r.json()["error"]["code"] == "unsupported_media_type"
    r = requests.post(
        f"{elise.base_url}/v1/invoices",
        params={"account_id": account},
        data=good,
        headers={**elise.headers, "Content-Type": "application/xml"},
        timeout=TIMEOUT,
    )
    assert r.status_code == 422 and r.json()["error"]["code"] == "idempotency_key_required"
    dtd = b'<!DOCTYPE Invoice [<!ENTITY x SYSTEM "file:///etc/passwd">]>' + good.split(b"?>", 1)[1]
    for body in (dtd, b"<html/>", b"not xml", good.replace(b"<cbc:IssueDate>", b"<cbc:X>", 1)):
        r = send(elise, account, body)
        assert r.status_code == 422, r.text
        assert r.json()["error"]["code"] == "invalid_document"
    huge = good.replace(b"<cbc:Note>", b"<cbc:Note>" + b"x" * (21 * 1024 * 1024), 1)
    r = send(elise, account, huge)
    assert r.status_code == 413
    r = send(oskar, account, good)  # not oskar's account
    assert r.status_code == 404
    r = elise.get(f"/v1/invoices/{uuid.uuid4()}/document")
    assert r.status_code == 404
    assert len(elise.sync_all("invoices")) == before
