"""Read a UBL 2.1 Invoice or CreditNote (Peppol BIS 3.0) into an InvoiceDocument.

Untrusted input: the bytes go through `xml_safety.parse_ubl` (20 MB limit, no DTD, no
entity, UBL roots only). What the model does not hold (delivery parties, invoice periods,
external attachment links, price discounts ...) is left out; the imported file itself is
what gets sent, so nothing is lost on the way.
"""

from __future__ import annotations

import base64
import binascii
import xml.etree.ElementTree as ET
from datetime import date
from decimal import Decimal, InvalidOperation

from einvoice.document import (
    ZERO,
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
from einvoice.xml_safety import (
    CREDIT_NOTE_NS,
    MAX_DOCUMENT_BYTES,
    InvoiceFileError,
    parse_ubl,
)

CAC = "{urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2}"
CBC = "{urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}"


class InvalidValueError(InvoiceFileError):
    """A UBL document whose required field is missing or whose value is not a number/date."""

    reason = "invalid_value"


def from_ubl(data: bytes, *, max_bytes: int = MAX_DOCUMENT_BYTES) -> InvoiceDocument:
    return document_from_root(parse_ubl(data, max_bytes=max_bytes))


def document_from_root(root: ET.Element) -> InvoiceDocument:
    """The document of a root element `parse_ubl` accepted."""
    credit = root.tag == f"{{{CREDIT_NOTE_NS}}}CreditNote"
    number = _text(root, "cbc:ID")
    issue = _date(root, "cbc:IssueDate")
    if not number or issue is None:
        raise InvalidValueError("the document has no number (cbc:ID) or issue date")
    currency = _text(root, "cbc:DocumentCurrencyCode")
    due = _date(root, "cac:PaymentMeans/cbc:PaymentDueDate" if credit else "cbc:DueDate")
    type_code = _text(root, "cbc:CreditNoteTypeCode" if credit else "cbc:InvoiceTypeCode")
    default_code = "381" if credit else "380"
    exemptions: dict[str, VatExemption] = {}
    for cat in root.iterfind(_path("cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory")):
        code = _text(cat, "cbc:TaxExemptionReasonCode")
        text = _text(cat, "cbc:TaxExemptionReason")
        if code or text:
            exemptions[_text(cat, "cbc:ID")] = VatExemption(code, text)
    preceding = None
    ref = root.find(_path("cac:BillingReference/cac:InvoiceDocumentReference"))
    if ref is not None:
        preceding = PrecedingInvoice(_text(ref, "cbc:ID"), _date(ref, "cbc:IssueDate"))
    delivery = root.find(_path("cac:Delivery"))
    line_tag = "cac:CreditNoteLine" if credit else "cac:InvoiceLine"
    return InvoiceDocument(
        kind=DocumentKind.CREDIT_NOTE if credit else DocumentKind.INVOICE,
        number=number,
        issue_date=issue,
        currency=currency,
        seller=_party(root.find(_path("cac:AccountingSupplierParty/cac:Party"))),
        buyer=_party(root.find(_path("cac:AccountingCustomerParty/cac:Party"))),
        lines=tuple(_line(el, credit) for el in root.iterfind(_path(line_tag))),
        due_date=due,
        payment_terms=_text(root, "cac:PaymentTerms/cbc:Note"),
        buyer_reference=_text(root, "cbc:BuyerReference"),
        order_reference=_text(root, "cac:OrderReference/cbc:ID"),
        allowances_charges=tuple(
            _allowance_charge(el) for el in root.iterfind(_path("cac:AllowanceCharge"))
        ),
        payment_means=tuple(_payment(el) for el in root.iterfind(_path("cac:PaymentMeans"))),
        note=_text(root, "cbc:Note"),
        exemption_reasons=exemptions,
        preceding_invoice=preceding,
        attachments=tuple(
            att
            for el in root.iterfind(_path("cac:AdditionalDocumentReference"))
            if (att := _attachment(el)) is not None
        ),
        delivery_date=_date(delivery, "cbc:ActualDeliveryDate") if delivery is not None else None,
        delivery_country=_text(
            delivery, "cac:DeliveryLocation/cac:Address/cac:Country/cbc:IdentificationCode"
        )
        if delivery is not None
        else "",
        prepaid_amount=_decimal(root, "cac:LegalMonetaryTotal/cbc:PrepaidAmount") or ZERO,
        type_code="" if type_code == default_code else type_code,
    )


def _path(path: str) -> str:
    return path.replace("cac:", CAC).replace("cbc:", CBC)


def _text(el: ET.Element | None, path: str) -> str:
    if el is None:
        return ""
    found = el.find(_path(path))
    return (found.text or "").strip() if found is not None else ""


def _date(el: ET.Element | None, path: str) -> date | None:
    text = _text(el, path)
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidValueError(f"{path} is not a date (YYYY-MM-DD)") from None


def _decimal(el: ET.Element | None, path: str) -> Decimal | None:
    text = _text(el, path)
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise InvalidValueError(f"{path} is not a number") from None
    if not value.is_finite():
        raise InvalidValueError(f"{path} is not a number")
    return value


def _party(el: ET.Element | None) -> Party:
    if el is None:
        return Party(name="")
    endpoint = el.find(_path("cbc:EndpointID"))
    vat = ""
    for scheme in el.iterfind(_path("cac:PartyTaxScheme")):
        if _text(scheme, "cac:TaxScheme/cbc:ID") == "VAT":
            vat = _text(scheme, "cbc:CompanyID")
    legal = el.find(_path("cac:PartyLegalEntity/cbc:CompanyID"))
    addr = el.find(_path("cac:PostalAddress"))
    return Party(
        name=_text(el, "cac:PartyLegalEntity/cbc:RegistrationName")
        or _text(el, "cac:PartyName/cbc:Name"),
        address=Address(
            street=_text(addr, "cbc:StreetName"),
            additional_street=_text(addr, "cbc:AdditionalStreetName"),
            city=_text(addr, "cbc:CityName"),
            postal_code=_text(addr, "cbc:PostalZone"),
            country_subdivision=_text(addr, "cbc:CountrySubentity"),
            country=_text(addr, "cac:Country/cbc:IdentificationCode"),
        ),
        vat_number=vat,
        company_id=(legal.text or "").strip() if legal is not None else "",
        company_id_scheme=legal.get("schemeID", "") if legal is not None else "",
        endpoint_id=(endpoint.text or "").strip() if endpoint is not None else "",
        endpoint_scheme=endpoint.get("schemeID", "") if endpoint is not None else "",
        contact_name=_text(el, "cac:Contact/cbc:Name"),
        contact_phone=_text(el, "cac:Contact/cbc:Telephone"),
        contact_email=_text(el, "cac:Contact/cbc:ElectronicMail"),
        legal_form=_text(el, "cac:PartyLegalEntity/cbc:CompanyLegalForm"),
    )


def _allowance_charge(el: ET.Element) -> AllowanceCharge:
    return AllowanceCharge(
        is_charge=_text(el, "cbc:ChargeIndicator").lower() == "true",
        amount=_decimal(el, "cbc:Amount") or ZERO,
        reason=_text(el, "cbc:AllowanceChargeReason"),
        reason_code=_text(el, "cbc:AllowanceChargeReasonCode"),
        vat_category=_text(el, "cac:TaxCategory/cbc:ID"),
        vat_rate=_decimal(el, "cac:TaxCategory/cbc:Percent"),
        base_amount=_decimal(el, "cbc:BaseAmount"),
        percent=_decimal(el, "cbc:MultiplierFactorNumeric"),
    )


def _line(el: ET.Element, credit: bool) -> Line:
    qty_path = "cbc:CreditedQuantity" if credit else "cbc:InvoicedQuantity"
    qty = el.find(_path(qty_path))
    return Line(
        line_id=_text(el, "cbc:ID"),
        description=_text(el, "cac:Item/cbc:Description"),
        quantity=_decimal(el, qty_path) or ZERO,
        unit_code=qty.get("unitCode", "") if qty is not None else "",
        net_price=_decimal(el, "cac:Price/cbc:PriceAmount") or ZERO,
        vat_category=_text(el, "cac:Item/cac:ClassifiedTaxCategory/cbc:ID"),
        vat_rate=_decimal(el, "cac:Item/cac:ClassifiedTaxCategory/cbc:Percent"),
        allowances_charges=tuple(
            _allowance_charge(ac) for ac in el.iterfind(_path("cac:AllowanceCharge"))
        ),
        item_name=_text(el, "cac:Item/cbc:Name"),
        note=_text(el, "cbc:Note"),
        order_line_reference=_text(el, "cac:OrderLineReference/cbc:LineID"),
        base_quantity=_decimal(el, "cac:Price/cbc:BaseQuantity"),
        seller_item_id=_text(el, "cac:Item/cac:SellersItemIdentification/cbc:ID"),
    )


def _payment(el: ET.Element) -> PaymentMeans:
    return PaymentMeans(
        code=_text(el, "cbc:PaymentMeansCode"),
        iban=_text(el, "cac:PayeeFinancialAccount/cbc:ID"),
        bic=_text(el, "cac:PayeeFinancialAccount/cac:FinancialInstitutionBranch/cbc:ID"),
        payment_id=_text(el, "cbc:PaymentID"),
        account_name=_text(el, "cac:PayeeFinancialAccount/cbc:Name"),
    )


def _attachment(el: ET.Element) -> Attachment | None:
    obj = el.find(_path("cac:Attachment/cbc:EmbeddedDocumentBinaryObject"))
    if obj is None:
        return None
    try:
        content = base64.b64decode("".join((obj.text or "").split()), validate=True)
    except (binascii.Error, ValueError):
        raise InvalidValueError("an attachment is not valid base64") from None
    return Attachment(
        doc_id=_text(el, "cbc:ID"),
        filename=obj.get("filename", ""),
        mime_code=obj.get("mimeCode", ""),
        content=content,
        description=_text(el, "cbc:DocumentDescription"),
    )
