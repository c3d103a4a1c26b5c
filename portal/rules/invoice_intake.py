"""Invoices sent through `POST /v1/invoices`: the network's own check, then the record.

`check_document` (a worker thread, never the event loop) reads the body safely and runs the
official rules; `record_invoice` (inside the Idempotency-Key's transaction) refuses a buyer
that is not an active relationship of the account and a number the account already used,
then records the invoice: `failed` (failure code `rules_failed`, with the findings) when a
fatal rule fired, `received` otherwise, with its document and findings.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from decimal import InvalidOperation
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from einvoice.document import InvoiceDocument
from einvoice.rule_server import shared_pool
from einvoice.rules import Finding
from einvoice.totals import compute_totals
from einvoice.ubl_read import document_from_root
from einvoice.xml_safety import InvoiceFileError, TooLargeError, parse_ubl
from portal.clock import utcnow
from portal.errors import ApiError
from portal.store import models as m
from wire.schemas import CURRENCY_RE, invoice_amount_problem

RULES_FAILED = "rules_failed"
# Statuses whose number is not taken: refused by the network, or a draft never sent.
NUMBER_FREE_STATUSES = ("failed", "saved")
_PAYABLE = (
    "{urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}LegalMonetaryTotal/"
    "{urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}PayableAmount"
)


@dataclass(frozen=True)
class CheckedDocument:
    body: bytes
    document: InvoiceDocument
    amount: str  # the payable amount as the document states it (computed if unusable)
    findings: list[Finding]

    @property
    def fatal(self) -> list[Finding]:
        return [f for f in self.findings if f.fatal]


RULE_PROCESSES = int(os.environ.get("SUPPLIER_PORTAL_RULE_PROCESSES", "2"))


def rule_pool() -> Any:
    """The rules in child processes (saxonche keeps the GIL: in a thread it would stop the
    event loop), `SUPPLIER_PORTAL_RULE_PROCESSES` of them per portal process (default 2)."""
    return shared_pool(RULE_PROCESSES)


def invalid_document(message: str) -> ApiError:
    return ApiError(422, "invalid_document", message)


def check_document(body: bytes) -> CheckedDocument:
    """Parse (20 MB, no DTD or entity, UBL only) and check with both rule sets."""
    try:
        root = parse_ubl(body)
        document = document_from_root(root)
    except TooLargeError:
        raise ApiError(413, "too_large", "The invoice document is over 20 MB.") from None
    except InvoiceFileError as exc:
        raise invalid_document(f"The body is not a UBL 2.1 invoice or credit note: {exc}") from None
    if not 0 < len(document.number) <= 64:
        raise invalid_document("The invoice number (cbc:ID) must be 1 to 64 characters.")
    if not CURRENCY_RE.match(document.currency):
        raise invalid_document("The document currency (cbc:DocumentCurrencyCode) is not ISO 4217.")
    if len(document.order_reference) > 64:
        raise invalid_document("The order reference (cac:OrderReference/cbc:ID) is too long.")
    if not document.buyer.endpoint_id:
        raise invalid_document("The buyer has no electronic address (cbc:EndpointID).")
    findings = rule_pool().check_accepted(body)  # parse_ubl above accepted it
    return CheckedDocument(body, document, _amount(root, document), findings)


def _amount(root: ET.Element, document: InvoiceDocument) -> str:
    stated = (root.findtext(_PAYABLE) or "").strip()
    if not invoice_amount_problem(stated):
        return stated
    try:
        computed = format(compute_totals(document).payable, "f")
    except (InvalidOperation, ArithmeticError):
        return "0.00"
    return "0.00" if invoice_amount_problem(computed) else computed


def record_invoice(
    session: Session, account_ids: frozenset[str], account_id: str, checked: CheckedDocument
) -> dict[str, Any]:
    """The wire Invoice (JSON) of the recorded invoice; raises the refusals as ApiError."""
    if account_id not in account_ids:
        raise ApiError(404, "not_found", "No such supplier account.")
    doc = checked.document
    buyer = session.scalars(
        select(m.Buyer).where(m.Buyer.network_number == doc.buyer.endpoint_id)
    ).first()
    if buyer is None or not _connected(session, account_id, buyer.id):
        raise ApiError(
            422,
            "buyer_not_connected",
            "The buyer on this invoice (its electronic address "
            f"{doc.buyer.endpoint_id!r}) is not an active relationship of this account.",
        )
    if _number_used(session, account_id, doc.number):
        raise duplicate_number(doc.number)
    fatal = checked.fatal
    now = utcnow()
    invoice_id = str(uuid.uuid4())
    status = "failed" if fatal else "received"
    reason = None
    if fatal:
        first = fatal[0]
        reason = f"{len(fatal)} rule(s) of Peppol BIS Billing 3.0 broken, first {first.rule}: {first.text}"
    else:  # an accepted number is taken; the primary key settles a race (IntegrityError)
        session.add(
            m.InvoiceNumber(account_id=account_id, number=doc.number, invoice_id=invoice_id)
        )
        session.flush()
    row = m.BuyerInvoice(
        id=invoice_id,
        account_id=account_id,
        buyer_id=buyer.id,
        number=doc.number,
        po_number=doc.order_reference or None,
        transaction_id=f"NET-{uuid.uuid4().hex[:16].upper()}",
        issue_date=doc.issue_date,
        due_date=doc.due_date,
        amount=checked.amount,
        currency=doc.currency,
        status=status,
        failure_code=RULES_FAILED if fatal else None,
        failure_reason=reason,
        updated_at=now,
        version=m.next_version(session),
        deleted=False,
    )
    session.add(row)
    session.flush()
    note = (
        f"Refused by the network's check: {len(fatal)} fatal finding(s)"
        if fatal
        else "Received by the network"
    )
    session.add(m.InvoiceEvent(invoice_id=invoice_id, at=now, status=status, note=note))
    findings = [
        {"rule": f.rule, "flag": f.flag, "location": f.location, "text": f.text}
        for f in checked.findings
    ]
    session.add(
        m.SentInvoiceDocument(
            invoice_id=invoice_id,
            kind=doc.kind.value,
            content=checked.body,
            size=len(checked.body),
            sha256=hashlib.sha256(checked.body).hexdigest(),
            findings_json=json.dumps(findings, separators=(",", ":")),
            created_at=now,
        )
    )
    session.flush()
    return {
        "id": invoice_id,
        "account_id": account_id,
        "buyer_id": buyer.id,
        "buyer_name": buyer.name,
        "number": doc.number,
        "po_number": row.po_number,
        "transaction_id": row.transaction_id,
        "issue_date": doc.issue_date.isoformat(),
        "due_date": doc.due_date.isoformat() if doc.due_date else None,
        "amount": checked.amount,
        "currency": doc.currency,
        "status": status,
        "failure_code": row.failure_code,
        "failure_reason": reason,
        "updated_at": now.isoformat() + "Z",
        "history": [{"at": now.isoformat() + "Z", "status": status, "note": note}],
        "findings": findings,
    }


def duplicate_number(number: str) -> ApiError:
    return ApiError(
        409,
        "duplicate_number",
        f"This account already sent an invoice numbered {number!r}; give this one a new number.",
    )


def _connected(session: Session, account_id: str, buyer_id: str) -> bool:
    return bool(
        session.scalar(
            select(
                exists().where(
                    m.Relationship.account_id == account_id,
                    m.Relationship.buyer_id == buyer_id,
                    m.Relationship.status == "active",
                    m.Relationship.deleted.is_(False),
                )
            )
        )
    )


def _number_used(session: Session, account_id: str, number: str) -> bool:
    claimed = exists().where(
        m.InvoiceNumber.account_id == account_id, m.InvoiceNumber.number == number
    )
    held = exists().where(
        m.BuyerInvoice.account_id == account_id,
        m.BuyerInvoice.number == number,
        m.BuyerInvoice.status.not_in(NUMBER_FREE_STATUSES),
        m.BuyerInvoice.deleted.is_(False),
    )
    return bool(session.scalar(select(claimed | held)))
