"""Import: the round trip editor -> UBL -> import, the published examples, and bad input."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from einvoice.document import DocumentKind
from einvoice.rules import RuleChecker
from einvoice.ubl_read import InvalidValueError, from_ubl
from einvoice.ubl_write import to_ubl
from einvoice.xml_safety import (
    InvoiceFileError,
    NotUblError,
    NotXmlError,
    TooLargeError,
    UnsafeXmlError,
)
from einvoice_core.builders import (
    CATEGORIES,
    credit_note,
    invoice,
    with_allowances,
    with_attachment,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "peppol"
INVOICE_OPEN = (
    b'<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" '
    b'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">'
)


@pytest.mark.parametrize("category", list(CATEGORIES))
def test_round_trip_gives_the_same_fields(category: str) -> None:
    for doc in (
        with_attachment(with_allowances(invoice(category))),
        with_attachment(with_allowances(credit_note(category))),
    ):
        assert from_ubl(to_ubl(doc)) == doc


def test_round_trip_keeps_odd_values() -> None:
    doc = invoice("S")
    line = dataclasses.replace(
        doc.lines[0],
        quantity=Decimal("-2.5"),
        net_price=Decimal("0.0001"),
        base_quantity=Decimal("1000"),
        note="Ünïcödé & <tags>",
        order_line_reference="7",
        seller_item_id="SKU-1",
    )
    doc = dataclasses.replace(doc, lines=(line,), prepaid_amount=Decimal("1.00"), type_code="384")
    back = from_ubl(to_ubl(doc))
    assert back == doc
    assert back.effective_type_code == "384"


def test_reads_the_published_examples() -> None:
    doc = from_ubl((DATA / "base-example.xml").read_bytes())
    assert doc.kind is DocumentKind.INVOICE
    assert (doc.number, doc.issue_date, doc.currency) == ("Snippet1", date(2017, 11, 13), "EUR")
    assert doc.seller.endpoint_scheme and doc.buyer.endpoint_id
    assert len(doc.lines) == 2
    cn = from_ubl((DATA / "base-creditnote-correction.xml").read_bytes())
    assert cn.kind is DocumentKind.CREDIT_NOTE and cn.lines


def test_imported_examples_written_again_still_pass(rulebook: RuleChecker) -> None:
    # What the model holds of a real invoice is enough to write a valid one again.
    for name in ("base-example.xml", "vat-category-E.xml", "base-creditnote-correction.xml"):
        doc = from_ubl((DATA / name).read_bytes())
        findings = [f for f in rulebook.check(to_ubl(doc)) if f.fatal]
        assert findings == [], (name, [(f.rule, f.text) for f in findings])


def test_not_ubl_is_refused() -> None:
    with pytest.raises(NotUblError):
        from_ubl(b"<html><body>hello</body></html>")
    with pytest.raises(NotXmlError):
        from_ubl(b"%PDF-1.4 not xml at all")
    with pytest.raises(NotXmlError):
        from_ubl(b"")


@pytest.mark.parametrize(
    "doctype",
    [
        b'<!DOCTYPE Invoice [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>',
        b'<!DOCTYPE Invoice [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
        b'<!DOCTYPE Invoice SYSTEM "http://127.0.0.1:9/invoice.dtd">',
    ],
    ids=["entity-expansion", "external-entity", "external-dtd"],
)
def test_a_dtd_is_refused(doctype: bytes) -> None:
    body = doctype + INVOICE_OPEN + b"<cbc:ID>&b;</cbc:ID></Invoice>"
    with pytest.raises(UnsafeXmlError) as err:
        from_ubl(body)
    assert err.value.reason == "unsafe_xml"


def test_fifty_megabytes_are_refused_before_parsing() -> None:
    body = INVOICE_OPEN + b"<cbc:Note>" + b"x" * (50 * 1024 * 1024) + b"</cbc:Note></Invoice>"
    with pytest.raises(TooLargeError):
        from_ubl(body)


def test_bad_values_are_typed_errors() -> None:
    xml = to_ubl(invoice("S"))
    with pytest.raises(InvalidValueError):
        from_ubl(xml.replace(b"<cbc:IssueDate>2026-12-07", b"<cbc:IssueDate>07.12.2026"))
    with pytest.raises(InvalidValueError):
        from_ubl(xml.replace(b'unitCode="HUR">3<', b'unitCode="HUR">three<'))
    with pytest.raises(InvalidValueError):
        from_ubl(xml.replace(b'unitCode="HUR">3<', b'unitCode="HUR">NaN<'))
    assert issubclass(InvalidValueError, InvoiceFileError)
