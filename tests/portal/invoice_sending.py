"""Helpers for the tests of POST /v1/invoices: a UBL invoice of a signed-in account."""

from __future__ import annotations

import dataclasses
import uuid
from typing import Any

import requests
from portal_helpers import TIMEOUT, Api

from einvoice.document import NETWORK_ENDPOINT_SCHEME, InvoiceDocument
from einvoice.ubl_write import to_ubl
from tests.einvoice_core.builders import BUYER, SELLER, invoice


def relationship_buyer(api: Api, account_id: str, *, test: bool = True) -> dict[str, Any]:
    """An active buyer of the account (the test customer, or another one)."""
    for rel in api.sync_all("relationships"):
        data = rel["data"]
        if (
            data
            and data["account_id"] == account_id
            and data["status"] == "active"
            and data["buyer"]["is_test"] is test
        ):
            return dict(data["buyer"])
    raise AssertionError("no such buyer")


def document(
    api: Api, account_id: str, buyer_number: str, number: str | None = None, **kw: Any
) -> InvoiceDocument:
    account = next(a for a in api.me()["accounts"] if a["id"] == account_id)
    seller = dataclasses.replace(
        SELLER, endpoint_id=account["network_number"], endpoint_scheme=NETWORK_ENDPOINT_SCHEME
    )
    buyer = dataclasses.replace(
        BUYER, endpoint_id=buyer_number, endpoint_scheme=NETWORK_ENDPOINT_SCHEME
    )
    doc = invoice("S", lines=10, seller=seller, buyer=buyer)
    return dataclasses.replace(doc, number=number or f"T-{uuid.uuid4().hex[:10]}", **kw)


def send(
    api: Api, account_id: str, body: bytes, key: str | None = None, **headers: str
) -> requests.Response:
    return requests.post(
        f"{api.base_url}/v1/invoices",
        params={"account_id": account_id},
        data=body,
        headers={
            **api.headers,
            "Content-Type": "application/xml",
            "Idempotency-Key": key or str(uuid.uuid4()),
            **headers,
        },
        timeout=TIMEOUT * 4,
    )


def ubl(doc: InvoiceDocument) -> bytes:
    return to_ubl(doc)
