"""The UBL writer's output passes both official rule sets (CEN EN 16931 and Peppol)."""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest

from einvoice.document import Line
from einvoice.rules import RuleChecker
from einvoice.ubl_write import CUSTOMIZATION_ID, PROFILE_ID, to_ubl
from einvoice_core.builders import (
    CATEGORIES,
    credit_note,
    invoice,
    with_allowances,
    with_attachment,
)

NS = {
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
}


def _assert_clean(rulebook: RuleChecker, xml: bytes) -> None:
    findings = rulebook.check(xml)
    assert findings == [], [(f.rule, f.flag, f.text, f.path) for f in findings]


@pytest.mark.parametrize("category", list(CATEGORIES))
def test_every_vat_category_passes_both_rule_sets(rulebook: RuleChecker, category: str) -> None:
    _assert_clean(rulebook, to_ubl(invoice(category)))


@pytest.mark.parametrize("category", ["S", "E", "O"])
def test_allowances_and_charges_pass(rulebook: RuleChecker, category: str) -> None:
    _assert_clean(rulebook, to_ubl(with_allowances(invoice(category))))


def test_attachment_is_embedded_and_passes(rulebook: RuleChecker) -> None:
    xml = to_ubl(with_attachment(invoice("S")))
    _assert_clean(rulebook, xml)
    obj = ET.fromstring(xml).find(
        ".//cac:AdditionalDocumentReference//cbc:EmbeddedDocumentBinaryObject", NS
    )
    assert obj is not None
    assert obj.get("mimeCode") == "application/pdf" and obj.get("filename") == "timesheet.pdf"


@pytest.mark.parametrize("category", ["S", "AE", "K"])
def test_credit_notes_pass(rulebook: RuleChecker, category: str) -> None:
    xml = to_ubl(with_attachment(with_allowances(credit_note(category))))
    _assert_clean(rulebook, xml)
    root = ET.fromstring(xml)
    assert root.tag.endswith("}CreditNote")
    assert root.findtext("cbc:CreditNoteTypeCode", namespaces=NS) == "381"
    assert (
        root.findtext(".//cac:BillingReference//cbc:ID", namespaces=NS) == f"FV/2026/{category}/1"
    )
    assert root.findtext(".//cac:PaymentMeans/cbc:PaymentDueDate", namespaces=NS) == "2027-01-06"
    assert len(root.findall("cac:CreditNoteLine", NS)) == 2


def test_mixed_categories_and_rates_pass(rulebook: RuleChecker) -> None:
    doc = invoice("S", lines=3)
    extra = (
        dataclasses.replace(doc.lines[0], line_id="10", vat_rate=Decimal("8")),
        dataclasses.replace(doc.lines[1], line_id="11", vat_category="Z", vat_rate=Decimal("0")),
    )
    _assert_clean(
        rulebook, to_ubl(with_allowances(dataclasses.replace(doc, lines=doc.lines + extra)))
    )


def test_header_ids_and_escaping() -> None:
    doc = invoice("S")
    line: Line = dataclasses.replace(doc.lines[0], description='Fish & chips <"quoted">')
    root = ET.fromstring(to_ubl(dataclasses.replace(doc, lines=(line,))))
    assert root.findtext("cbc:CustomizationID", namespaces=NS) == CUSTOMIZATION_ID
    assert root.findtext("cbc:ProfileID", namespaces=NS) == PROFILE_ID
    assert root.findtext(".//cac:Item/cbc:Description", namespaces=NS) == 'Fish & chips <"quoted">'


def test_a_broken_document_is_caught(rulebook: RuleChecker) -> None:
    # The check is not vacuous: an item without a name and a missing buyer reference fire.
    doc = invoice("S")
    broken = dataclasses.replace(
        doc,
        buyer_reference="",
        order_reference="",
        lines=(dataclasses.replace(doc.lines[0], item_name=""),),
    )
    rules = {f.rule for f in rulebook.check(to_ubl(broken)) if f.fatal}
    assert {"BR-25", "PEPPOL-EN16931-R003"} <= rules


def test_five_hundred_lines_pass(rulebook: RuleChecker) -> None:
    _assert_clean(rulebook, to_ubl(invoice("S", lines=500)))
