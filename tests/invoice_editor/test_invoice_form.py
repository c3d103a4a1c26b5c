"""The editor's texts become einvoice documents that pass both official rule sets, for every
VAT category, with allowances and charges, attachments, and as credit notes; bad values are
refused with a word naming the field; the code lists match the Peppol files."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.domain.finding_fields import FieldRef, field_of
from desktop.domain.invoice_codes import CURRENCIES, UNITS
from desktop.domain.invoice_form import (
    HeaderEntry,
    LineEntry,
    Problem,
    build_document,
    buyer_party,
    credit_note_of,
    entries_of,
    parse_line,
    parse_number,
    seller_party,
)
from desktop.domain.invoice_json import from_json, to_json
from einvoice.document import Attachment, DocumentKind
from einvoice.rules import RuleChecker, shared_rulebook
from einvoice.ubl_read import from_ubl
from einvoice.ubl_write import to_ubl

CODELISTS = (
    Path(__file__).resolve().parents[2]
    / ".."
    / "shared"
    / "data"
    / "peppol-bis-billing-3"
    / "structure"
    / "codelist"
)
PROFILE = {
    "legal_name": "Adams Office Supplies Sp. z o.o.",
    "street": "ul. Marszałkowska 84",
    "city": "Warszawa",
    "postal_code": "00-514",
    "country": "PL",
    "vat_number": "PL5260250995",
    "company_id": "0000123456",
    "contact_email": "faktury@adams.example",
}
RATES = {"S": "23", "Z": "0", "E": "0", "AE": "0", "K": "0", "G": "0", "O": ""}


@pytest.fixture(scope="module")
def rules() -> RuleChecker:
    return shared_rulebook()


def _document(category: str, **header: object):  # type: ignore[no-untyped-def]
    seller = seller_party(PROFILE, "AAA123456789")
    buyer_country, buyer_vat = ("NO", "") if category == "G" else ("DE", "DE136695976")
    if category == "O":  # BR-O: no VAT identifiers
        seller = replace(seller, vat_number="")
        buyer_vat = ""
    buyer = buyer_party("Network Demo Test Buyer", buyer_country, buyer_vat, "AAA987654321")
    values = {
        "number": f"INV-2026-{category}",
        "issue_date": date(2026, 12, 7),
        "due_date": date(2026, 12, 7) + timedelta(days=30),
        "buyer_reference": "PO-17",
        "currency": "PLN",
        "iban": "PL61109010140000071219812874",
        "bic": "BPKOPLPW",
        "exemption_reason": "" if category in ("S", "Z") else "Exempt as the law says",
        "allowance": "5.00",
        "allowance_reason": "Loyalty",
        "charge": "12.30",
        "charge_reason": "Freight",
        **header,
    }
    entries = [
        LineEntry("Copy paper A4", "10", "H87", "12.50", category, RATES[category], "2.50", ""),
        LineEntry("Installation", "1.5", "HUR", "80", category, RATES[category], "", "4.00"),
    ]
    lines = tuple(parse_line(e, i) for i, e in enumerate(entries))
    attachment = Attachment("ATT-1", "order.pdf", "application/pdf", b"%PDF-1.7\n%%EOF\n")
    doc = build_document(
        DocumentKind.INVOICE, HeaderEntry(**values), seller, buyer, lines, (attachment,)
    )
    if category == "K":
        doc = replace(doc, delivery_date=date(2026, 12, 1), delivery_country="DE")
    return doc


@pytest.mark.parametrize("category", ["S", "Z", "E", "AE", "K", "G", "O"])
def test_every_vat_category_passes_both_rule_sets(rules: RuleChecker, category: str) -> None:
    doc = _document(category)
    fatal = [(f.rule, f.text) for f in rules.check(to_ubl(doc)) if f.fatal]
    assert fatal == []
    credit = credit_note_of(doc, [1], "CN-2026-1")
    fatal = [(f.rule, f.text) for f in rules.check(to_ubl(credit)) if f.fatal]
    assert fatal == []


def test_a_draft_and_the_ubl_round_trip_the_same_fields() -> None:
    doc = _document("S")
    assert from_json(to_json(doc)) == doc
    back = from_ubl(to_ubl(doc))
    assert back.lines == doc.lines and back.number == doc.number
    assert back.buyer_reference == doc.buyer_reference and back.due_date == doc.due_date
    assert entries_of(back)[0].allowance == entries_of(doc)[0].allowance
    assert back.attachments == doc.attachments


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("ten", "not_a_number"),
        ("1.2.3", "not_a_number"),
        ("1" * 16, "too_many_digits"),
        ("0.1234567", "too_many_decimals"),
        ("-3", "negative"),
        ("", "required"),
        ("9" * 1_000_000, "not_a_number"),
    ],
)
def test_bad_numbers_are_refused_with_a_word(text: str, word: str) -> None:
    with pytest.raises(Problem) as caught:
        parse_number(text, "price", 2)
    assert (caught.value.field, caught.value.word, caught.value.line) == ("price", word, 2)


def test_numbers_as_typed_in_either_language() -> None:
    assert parse_number("1 234,50", "price") == Decimal("1234.50")
    assert parse_number("999999999999999.99", "price") == Decimal("999999999999999.99")


def test_a_currency_outside_iso_4217_and_a_missing_exemption_are_refused() -> None:
    with pytest.raises(Problem) as caught:
        _document("S", currency="XYZ")
    assert caught.value.field == "currency"
    with pytest.raises(Problem) as caught:
        _document("E", exemption_reason="")
    assert (caught.value.field, caught.value.word) == ("exemption_reason", "required")


def test_findings_name_their_field() -> None:
    assert field_of(("BT-115", "BT-9", "BT-20"), "Invoice/LegalMonetaryTotal") == FieldRef(
        "due_date"
    )
    assert field_of(
        (), "Invoice", "A buyer reference or purchase order reference MUST be provided."
    ) == FieldRef("buyer_reference")
    assert field_of(("BT-129",), "Invoice/InvoiceLine[3]/InvoicedQuantity") == FieldRef(
        "quantity", 2
    )
    assert field_of(("BT-31",), "Invoice/AccountingSupplierParty") == FieldRef("seller")


def test_the_code_lists_are_the_peppol_ones() -> None:
    folder = CODELISTS.resolve()
    currencies = re.findall(r"<Id>([A-Z]{3})</Id>", (folder / "ISO4217_2015.xml").read_text())
    assert list(CURRENCIES) == currencies
    units = set(re.findall(r"<Id>([A-Z0-9]+)</Id>", (folder / "UNECERec20-11e.xml").read_text()))
    assert {code for code, _ in UNITS} <= units
