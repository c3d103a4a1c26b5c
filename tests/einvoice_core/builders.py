"""Invoices for the e-invoice tests: one per VAT category, with their parties."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from einvoice.document import (
    Address,
    AllowanceCharge,
    Attachment,
    DocumentKind,
    InvoiceDocument,
    Line,
    Party,
    PaymentMeans,
    PrecedingInvoice,
    VatExemption,
)

D = Decimal

SELLER = Party(
    name="Kowalski Dostawy Sp. z o.o.",
    address=Address("ul. Prosta 1", "lok. 2", "Warszawa", "00-001", "Mazowieckie", "PL"),
    vat_number="PL5260250274",
    company_id="0000012345",
    endpoint_id="5260250274",
    endpoint_scheme="9945",
    contact_name="Anna Kowalska",
    contact_phone="+48 22 000 00 00",
    contact_email="anna@example.com",
    legal_form="Spółka z o.o.",
)
BUYER = Party(
    name="Test Customer GmbH",
    address=Address("Hauptstraße 5", "", "Berlin", "10115", "", "DE"),
    vat_number="DE123456789",
    endpoint_id="DE123456789",
    endpoint_scheme="9930",
)

# category -> (rate, exemption or None)
CATEGORIES: dict[str, tuple[Decimal | None, VatExemption | None]] = {
    "S": (D("23"), None),
    "Z": (D("0"), None),
    "E": (D("0"), VatExemption("VATEX-EU-132-1I", "Exempt: financial services")),
    "AE": (D("0"), VatExemption("VATEX-EU-AE", "Reverse charge")),
    "K": (D("0"), VatExemption("VATEX-EU-IC", "Intra-community supply")),
    "G": (D("0"), VatExemption("VATEX-EU-G", "Export outside the EU")),
    "O": (None, VatExemption("VATEX-EU-O", "Not subject to VAT")),
}


def line(n: int, category: str = "S", **kw: object) -> Line:
    rate, _ = CATEGORIES[category]
    values: dict[str, object] = {
        "line_id": str(n),
        "description": f"Service {n}, as agreed",
        "quantity": D("3"),
        "unit_code": "HUR",
        "net_price": D("12.345"),
        "vat_category": category,
        "vat_rate": rate,
        "item_name": f"Item {n}",
    }
    values.update(kw)
    return Line(**values)  # type: ignore[arg-type]


def invoice(category: str = "S", lines: int = 2, **kw: object) -> InvoiceDocument:
    _, exemption = CATEGORIES[category]
    seller, buyer = SELLER, BUYER
    if category == "O":  # BR-O-02..04: no VAT identifiers at all
        seller = replace(SELLER, vat_number="")
        buyer = replace(BUYER, vat_number="")
    values: dict[str, object] = {
        "kind": DocumentKind.INVOICE,
        "number": f"FV/2026/{category}/1",
        "issue_date": date(2026, 12, 7),
        "due_date": date(2027, 1, 6),
        "payment_terms": "30 days net",
        "buyer_reference": "PO-4711",
        "order_reference": "ORD-1",
        "currency": "EUR",
        "seller": seller,
        "buyer": buyer,
        "lines": tuple(line(n, category) for n in range(1, lines + 1)),
        "payment_means": (
            PaymentMeans("30", "PL61109010140000071219812874", "WBKPPLPP", "FV 2026 1", "Kowalski"),
        ),
        "note": "Thank you for your order",
        "exemption_reasons": {category: exemption} if exemption else {},
    }
    if category == "K":  # BR-IC-11 / BR-IC-12
        values["delivery_date"] = date(2026, 12, 1)
        values["delivery_country"] = "DE"
    if category == "G":
        values["buyer"] = replace(BUYER, address=Address("1 Main St", "", "Oslo", "0150", "", "NO"))
    values.update(kw)
    return InvoiceDocument(**values)  # type: ignore[arg-type]


def with_allowances(doc: InvoiceDocument) -> InvoiceDocument:
    first = doc.lines[0]
    category, rate = first.vat_category, first.vat_rate
    lines = (
        replace(
            first,
            allowances_charges=(
                AllowanceCharge(False, D("1.50"), "Discount", "95"),
                AllowanceCharge(True, D("0.75"), "Packing", "ABL"),
            ),
        ),
        *doc.lines[1:],
    )
    acs = (
        AllowanceCharge(False, D("2.00"), "Loyalty", "95", category, rate, D("20.00"), D("10")),
        AllowanceCharge(True, D("5.25"), "Freight", "FC", category, rate),
    )
    return replace(doc, lines=lines, allowances_charges=acs)


def with_attachment(doc: InvoiceDocument) -> InvoiceDocument:
    att = Attachment("ATT-1", "timesheet.pdf", "application/pdf", b"%PDF-1.4 test\n", "Timesheet")
    return replace(doc, attachments=(att,))


def credit_note(category: str = "S") -> InvoiceDocument:
    doc = invoice(category)
    return replace(
        doc,
        kind=DocumentKind.CREDIT_NOTE,
        number=f"KOR/2026/{category}/1",
        preceding_invoice=PrecedingInvoice(doc.number, doc.issue_date),
    )
