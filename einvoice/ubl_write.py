"""Write an InvoiceDocument as a UBL 2.1 Invoice or CreditNote, Peppol BIS Billing 3.0.

Elements go in the schema order of the Peppol structure files (structure/syntax/ of the
published rules). Amounts have 2 decimals; the computed ones come from `compute_totals`.
Attachments are embedded (AdditionalDocumentReference / EmbeddedDocumentBinaryObject).
"""

from __future__ import annotations

import base64
from decimal import Decimal
from xml.sax.saxutils import escape, quoteattr

from einvoice.document import (
    AllowanceCharge,
    DocumentKind,
    InvoiceDocument,
    Line,
    Party,
    VatExemption,
)
from einvoice.totals import Totals, compute_totals, round2

CUSTOMIZATION_ID = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0"
PROFILE_ID = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0"
INVOICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
CREDIT_NOTE_NS = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
CAC_NS = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
CBC_NS = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"


def fmt_amount(value: Decimal) -> str:
    return format(round2(value), "f")


def fmt_decimal(value: Decimal) -> str:
    """A quantity, price or rate as typed, never in exponent notation."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


class _Xml:
    def __init__(self) -> None:
        self.parts: list[str] = []

    def open(self, tag: str, **attrs: str) -> None:
        self.parts.append(f"<{tag}{_attrs(attrs)}>")

    def close(self, tag: str) -> None:
        self.parts.append(f"</{tag}>")

    def leaf(self, tag: str, text: str, **attrs: str) -> None:
        self.parts.append(f"<{tag}{_attrs(attrs)}>{escape(text)}</{tag}>")

    def opt(self, tag: str, text: str, **attrs: str) -> None:
        if text:
            self.leaf(tag, text, **attrs)

    def amount(self, tag: str, value: Decimal, currency: str) -> None:
        self.leaf(tag, fmt_amount(value), currencyID=currency)


def _attrs(attrs: dict[str, str]) -> str:
    return "".join(f" {name}={quoteattr(value)}" for name, value in attrs.items() if value)


def to_ubl(doc: InvoiceDocument, totals: Totals | None = None) -> bytes:
    totals = totals or compute_totals(doc)
    credit = doc.kind is DocumentKind.CREDIT_NOTE
    root = "CreditNote" if credit else "Invoice"
    x = _Xml()
    x.parts.append('<?xml version="1.0" encoding="UTF-8"?>\n')
    x.parts.append(
        f'<{root} xmlns="{CREDIT_NOTE_NS if credit else INVOICE_NS}" '
        f'xmlns:cac="{CAC_NS}" xmlns:cbc="{CBC_NS}">'
    )
    x.leaf("cbc:CustomizationID", CUSTOMIZATION_ID)
    x.leaf("cbc:ProfileID", PROFILE_ID)
    x.leaf("cbc:ID", doc.number)
    x.leaf("cbc:IssueDate", doc.issue_date.isoformat())
    if doc.due_date is not None and not credit:
        x.leaf("cbc:DueDate", doc.due_date.isoformat())
    x.leaf("cbc:CreditNoteTypeCode" if credit else "cbc:InvoiceTypeCode", doc.effective_type_code)
    x.opt("cbc:Note", doc.note)
    x.leaf("cbc:DocumentCurrencyCode", doc.currency)
    x.opt("cbc:BuyerReference", doc.buyer_reference)
    if doc.order_reference:
        x.open("cac:OrderReference")
        x.leaf("cbc:ID", doc.order_reference)
        x.close("cac:OrderReference")
    if doc.preceding_invoice is not None:
        x.open("cac:BillingReference")
        x.open("cac:InvoiceDocumentReference")
        x.leaf("cbc:ID", doc.preceding_invoice.number)
        if doc.preceding_invoice.issue_date is not None:
            x.leaf("cbc:IssueDate", doc.preceding_invoice.issue_date.isoformat())
        x.close("cac:InvoiceDocumentReference")
        x.close("cac:BillingReference")
    for att in doc.attachments:
        x.open("cac:AdditionalDocumentReference")
        x.leaf("cbc:ID", att.doc_id)
        x.opt("cbc:DocumentDescription", att.description)
        x.open("cac:Attachment")
        x.leaf(
            "cbc:EmbeddedDocumentBinaryObject",
            base64.b64encode(att.content).decode("ascii"),
            mimeCode=att.mime_code,
            filename=att.filename,
        )
        x.close("cac:Attachment")
        x.close("cac:AdditionalDocumentReference")
    x.open("cac:AccountingSupplierParty")
    _party(x, doc.seller, seller=True)
    x.close("cac:AccountingSupplierParty")
    x.open("cac:AccountingCustomerParty")
    _party(x, doc.buyer, seller=False)
    x.close("cac:AccountingCustomerParty")
    if doc.delivery_date is not None or doc.delivery_country:
        x.open("cac:Delivery")
        if doc.delivery_date is not None:
            x.leaf("cbc:ActualDeliveryDate", doc.delivery_date.isoformat())
        if doc.delivery_country:
            x.open("cac:DeliveryLocation")
            x.open("cac:Address")
            x.open("cac:Country")
            x.leaf("cbc:IdentificationCode", doc.delivery_country)
            x.close("cac:Country")
            x.close("cac:Address")
            x.close("cac:DeliveryLocation")
        x.close("cac:Delivery")
    for pm in doc.payment_means:
        x.open("cac:PaymentMeans")
        x.leaf("cbc:PaymentMeansCode", pm.code)
        if credit and doc.due_date is not None:
            x.leaf("cbc:PaymentDueDate", doc.due_date.isoformat())
        x.opt("cbc:PaymentID", pm.payment_id)
        if pm.iban:
            x.open("cac:PayeeFinancialAccount")
            x.leaf("cbc:ID", pm.iban)
            x.opt("cbc:Name", pm.account_name)
            if pm.bic:
                x.open("cac:FinancialInstitutionBranch")
                x.leaf("cbc:ID", pm.bic)
                x.close("cac:FinancialInstitutionBranch")
            x.close("cac:PayeeFinancialAccount")
        x.close("cac:PaymentMeans")
    if doc.payment_terms:
        x.open("cac:PaymentTerms")
        x.leaf("cbc:Note", doc.payment_terms)
        x.close("cac:PaymentTerms")
    for ac in doc.allowances_charges:
        _allowance_charge(x, ac, doc.currency, document_level=True)
    _tax_total(x, doc, totals)
    _monetary_total(x, doc, totals)
    for line, net in zip(doc.lines, totals.line_net_amounts, strict=True):
        _line(x, line, net, doc.currency, credit)
    x.close(root)
    return "".join(x.parts).encode("utf-8")


def _party(x: _Xml, party: Party, *, seller: bool) -> None:
    x.open("cac:Party")
    if party.endpoint_id:
        x.leaf("cbc:EndpointID", party.endpoint_id, schemeID=party.endpoint_scheme)
    if party.name:
        x.open("cac:PartyName")
        x.leaf("cbc:Name", party.name)
        x.close("cac:PartyName")
    a = party.address
    x.open("cac:PostalAddress")
    x.opt("cbc:StreetName", a.street)
    x.opt("cbc:AdditionalStreetName", a.additional_street)
    x.opt("cbc:CityName", a.city)
    x.opt("cbc:PostalZone", a.postal_code)
    x.opt("cbc:CountrySubentity", a.country_subdivision)
    x.open("cac:Country")
    x.leaf("cbc:IdentificationCode", a.country)
    x.close("cac:Country")
    x.close("cac:PostalAddress")
    if party.vat_number:
        x.open("cac:PartyTaxScheme")
        x.leaf("cbc:CompanyID", party.vat_number)
        x.open("cac:TaxScheme")
        x.leaf("cbc:ID", "VAT")
        x.close("cac:TaxScheme")
        x.close("cac:PartyTaxScheme")
    x.open("cac:PartyLegalEntity")
    x.leaf("cbc:RegistrationName", party.name)
    x.opt("cbc:CompanyID", party.company_id, schemeID=party.company_id_scheme)
    if seller:
        x.opt("cbc:CompanyLegalForm", party.legal_form)
    x.close("cac:PartyLegalEntity")
    if party.contact_name or party.contact_phone or party.contact_email:
        x.open("cac:Contact")
        x.opt("cbc:Name", party.contact_name)
        x.opt("cbc:Telephone", party.contact_phone)
        x.opt("cbc:ElectronicMail", party.contact_email)
        x.close("cac:Contact")
    x.close("cac:Party")


def _allowance_charge(x: _Xml, ac: AllowanceCharge, currency: str, *, document_level: bool) -> None:
    x.open("cac:AllowanceCharge")
    x.leaf("cbc:ChargeIndicator", "true" if ac.is_charge else "false")
    x.opt("cbc:AllowanceChargeReasonCode", ac.reason_code)
    x.opt("cbc:AllowanceChargeReason", ac.reason)
    if ac.percent is not None:
        x.leaf("cbc:MultiplierFactorNumeric", fmt_decimal(ac.percent))
    x.amount("cbc:Amount", ac.amount, currency)
    if ac.base_amount is not None:
        x.amount("cbc:BaseAmount", ac.base_amount, currency)
    if document_level:
        _tax_category(x, "cac:TaxCategory", ac.vat_category, ac.vat_rate, None)
    x.close("cac:AllowanceCharge")


def _tax_category(
    x: _Xml, tag: str, category: str, rate: Decimal | None, exemption: VatExemption | None
) -> None:
    x.open(tag)
    x.leaf("cbc:ID", category)
    if rate is not None:
        x.leaf("cbc:Percent", fmt_decimal(rate))
    if exemption is not None:
        x.opt("cbc:TaxExemptionReasonCode", exemption.code)
        x.opt("cbc:TaxExemptionReason", exemption.text)
    x.open("cac:TaxScheme")
    x.leaf("cbc:ID", "VAT")
    x.close("cac:TaxScheme")
    x.close(tag)


def _tax_total(x: _Xml, doc: InvoiceDocument, totals: Totals) -> None:
    x.open("cac:TaxTotal")
    x.amount("cbc:TaxAmount", totals.tax_total, doc.currency)
    for group in totals.vat_breakdown:
        x.open("cac:TaxSubtotal")
        x.amount("cbc:TaxableAmount", group.taxable_amount, doc.currency)
        x.amount("cbc:TaxAmount", group.tax_amount, doc.currency)
        exemption = doc.exemption_reasons.get(group.category)
        _tax_category(x, "cac:TaxCategory", group.category, group.rate, exemption)
        x.close("cac:TaxSubtotal")
    x.close("cac:TaxTotal")


def _monetary_total(x: _Xml, doc: InvoiceDocument, totals: Totals) -> None:
    c = doc.currency
    x.open("cac:LegalMonetaryTotal")
    x.amount("cbc:LineExtensionAmount", totals.line_extension, c)
    x.amount("cbc:TaxExclusiveAmount", totals.tax_exclusive, c)
    x.amount("cbc:TaxInclusiveAmount", totals.tax_inclusive, c)
    if any(not ac.is_charge for ac in doc.allowances_charges):
        x.amount("cbc:AllowanceTotalAmount", totals.allowance_total, c)
    if any(ac.is_charge for ac in doc.allowances_charges):
        x.amount("cbc:ChargeTotalAmount", totals.charge_total, c)
    if totals.prepaid:
        x.amount("cbc:PrepaidAmount", totals.prepaid, c)
    x.amount("cbc:PayableAmount", totals.payable, c)
    x.close("cac:LegalMonetaryTotal")


def _line(x: _Xml, line: Line, net: Decimal, currency: str, credit: bool) -> None:
    tag = "cac:CreditNoteLine" if credit else "cac:InvoiceLine"
    x.open(tag)
    x.leaf("cbc:ID", line.line_id)
    x.opt("cbc:Note", line.note)
    x.leaf(
        "cbc:CreditedQuantity" if credit else "cbc:InvoicedQuantity",
        fmt_decimal(line.quantity),
        unitCode=line.unit_code,
    )
    x.amount("cbc:LineExtensionAmount", net, currency)
    if line.order_line_reference:
        x.open("cac:OrderLineReference")
        x.leaf("cbc:LineID", line.order_line_reference)
        x.close("cac:OrderLineReference")
    for ac in line.allowances_charges:
        _allowance_charge(x, ac, currency, document_level=False)
    x.open("cac:Item")
    x.opt("cbc:Description", line.description)
    x.leaf("cbc:Name", line.item_name)
    if line.seller_item_id:
        x.open("cac:SellersItemIdentification")
        x.leaf("cbc:ID", line.seller_item_id)
        x.close("cac:SellersItemIdentification")
    _tax_category(x, "cac:ClassifiedTaxCategory", line.vat_category, line.vat_rate, None)
    x.close("cac:Item")
    x.open("cac:Price")
    x.leaf("cbc:PriceAmount", fmt_decimal(line.net_price), currencyID=currency)
    if line.base_quantity is not None:
        x.leaf("cbc:BaseQuantity", fmt_decimal(line.base_quantity), unitCode=line.unit_code)
    x.close("cac:Price")
    x.close(tag)
