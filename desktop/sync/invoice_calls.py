"""The network's invoice calls: send a UBL document (POST /v1/invoices, idempotent by its
key) and read one back (GET /v1/invoices/{id}/document)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from .client import PortalClient, _seg

DOCUMENT_MAX_BYTES = 10 * 1024 * 1024


class SentFinding(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    rule: str
    flag: str
    location: str = ""
    text: str = ""


class SentInvoice(BaseModel):
    """The network's answer to a sent document: `received`, or `failed` with its findings."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    id: str
    number: str = ""
    status: str
    failure_code: str | None = None
    findings: list[SentFinding] = []


def send_invoice(client: PortalClient, account_id: str, ubl: bytes, key: str) -> SentInvoice:
    # Retried: the key makes the network answer a repeat with the first answer.
    return client._call(
        "POST",
        "/v1/invoices",
        SentInvoice,
        params={"account_id": account_id},
        data=ubl,
        headers={"Idempotency-Key": key, "Content-Type": "application/xml"},
        idempotent=True,
    )


def invoice_document(client: PortalClient, invoice_id: str) -> bytes:
    """The UBL the network holds for an invoice."""
    path = f"/v1/invoices/{_seg(invoice_id)}/document"
    response = client._send(
        "GET", path, auth=True, idempotent=True, headers={"Accept": "application/xml"}
    )
    if response.status_code >= 400:
        client._answer(response, None)  # raises the network's refusal
    return client._read_capped(response, limit=DOCUMENT_MAX_BYTES)
