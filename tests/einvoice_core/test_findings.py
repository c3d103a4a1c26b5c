"""A finding names what it is about: the path of its element and that element's business term."""

from __future__ import annotations

import dataclasses

from einvoice.rules import RuleChecker, business_term, short_path
from einvoice.ubl_write import to_ubl
from einvoice_core.builders import invoice


def test_findings_point_at_their_field(rulebook: RuleChecker) -> None:
    doc = invoice("S", lines=3)
    nameless = dataclasses.replace(doc.lines[1], item_name="")
    buyer = dataclasses.replace(doc.buyer, endpoint_scheme="9999")
    broken = dataclasses.replace(doc, lines=(doc.lines[0], nameless, doc.lines[2]), buyer=buyer)
    found = {f.rule: f for f in rulebook.check(to_ubl(broken))}
    br25 = found["BR-25"]
    assert br25.path == "Invoice/InvoiceLine[2]"
    assert br25.business_term == "BG-25" and br25.terms == ("BG-25", "BT-153")
    scheme = found["PEPPOL-EN16931-CL008"]
    assert scheme.path == "Invoice/AccountingCustomerParty/Party/EndpointID"
    assert scheme.business_term == "BT-49"


def test_paths_and_terms_of_locations() -> None:
    location = (
        "/*:CreditNote[namespace-uri()='urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2'][1]"
        "/*:CreditNoteLine[namespace-uri()='urn:x'][3]/*:Item[namespace-uri()='urn:x'][1]"
        "/*:ClassifiedTaxCategory[namespace-uri()='urn:x'][1]"
    )
    path = short_path(location)
    assert path == "CreditNote/CreditNoteLine[3]/Item/ClassifiedTaxCategory"
    assert business_term(path) == "BG-30"
    assert business_term("Invoice/InvoiceLine[7]/Item/Unknown") == "BG-31"  # nearest ancestor
    assert business_term("Invoice") == ""
