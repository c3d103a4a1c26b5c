"""The invoice / credit note as EN 16931 sees it: frozen dataclasses, Decimal amounts.

Names follow the business terms (BT-n / BG-n in the comments). Text that is absent is "";
a date or amount that is absent is None. Amounts are what the user typed: the computed ones
(line net amounts, VAT breakdown, document totals) come from `einvoice.totals`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

ZERO = Decimal("0")


class DocumentKind(StrEnum):
    INVOICE = "invoice"  # UBL Invoice, type code 380 (BT-3)
    CREDIT_NOTE = "credit_note"  # UBL CreditNote, type code 381


# The electronic address scheme (EAS) of a network number as an EndpointID: "eDelivery
# Network Participant identifier" (no format rule of its own). The portal finds the buyer of
# a sent invoice by its EndpointID = the buyer's network number.
NETWORK_ENDPOINT_SCHEME = "0203"

# The VAT category codes (UNCL5305 subset the rules accept, BT-118 / BT-151).
VAT_CATEGORIES = ("S", "Z", "E", "AE", "K", "G", "O", "L", "M")
# Categories whose breakdown needs an exemption reason (BT-120 text or BT-121 code).
EXEMPT_CATEGORIES = frozenset({"E", "AE", "K", "G", "O"})


@dataclass(frozen=True, slots=True)
class Address:  # BG-5 / BG-8
    street: str = ""  # BT-35 / BT-50
    additional_street: str = ""  # BT-36 / BT-51
    city: str = ""  # BT-37 / BT-52
    postal_code: str = ""  # BT-38 / BT-53
    country_subdivision: str = ""  # BT-39 / BT-54
    country: str = ""  # BT-40 / BT-55, ISO 3166-1 alpha-2


@dataclass(frozen=True, slots=True)
class Party:  # BG-4 seller / BG-7 buyer
    name: str  # BT-27 / BT-44 (legal registration name; also written as the trading name)
    address: Address = field(default_factory=Address)
    vat_number: str = ""  # BT-31 / BT-48, with its country prefix
    company_id: str = ""  # BT-30 / BT-47 (legal registration id)
    endpoint_id: str = ""  # BT-34 / BT-49 (electronic address, the network number)
    endpoint_scheme: str = ""  # its EAS scheme, e.g. "0088", "9945"
    contact_name: str = ""  # BT-41 / BT-56
    contact_phone: str = ""  # BT-42 / BT-57
    contact_email: str = ""  # BT-43 / BT-58
    legal_form: str = ""  # BT-33 (seller only)
    company_id_scheme: str = ""  # ICD scheme of company_id, if any


@dataclass(frozen=True, slots=True)
class AllowanceCharge:  # BG-20/BG-21 (document) or BG-27/BG-28 (line)
    is_charge: bool
    amount: Decimal  # BT-92/99/136/141, 2 decimals
    reason: str = ""  # BT-97/104/139/144
    reason_code: str = ""  # BT-98/105/140/145 (UNCL5189 allowances, UNCL7161 charges)
    vat_category: str = ""  # BT-95/102: document level only
    vat_rate: Decimal | None = None  # BT-96/103: document level only; None for "O"
    base_amount: Decimal | None = None  # BT-93/100/137/142
    percent: Decimal | None = None  # BT-94/101/138/143


@dataclass(frozen=True, slots=True)
class Line:  # BG-25
    line_id: str  # BT-126
    description: str  # BT-154 item description (may be "")
    quantity: Decimal  # BT-129 (negative on a correcting invoice line)
    unit_code: str  # BT-130, UN/ECE Rec. 20/21
    net_price: Decimal  # BT-146 item net price (>= 0)
    vat_category: str  # BT-151
    vat_rate: Decimal | None  # BT-152; None for "O"
    allowances_charges: tuple[AllowanceCharge, ...] = ()
    item_name: str = ""  # BT-153 (required by the rules)
    note: str = ""  # BT-127
    order_line_reference: str = ""  # BT-132
    base_quantity: Decimal | None = None  # BT-149 (price per this many units)
    seller_item_id: str = ""  # BT-155


@dataclass(frozen=True, slots=True)
class PaymentMeans:  # BG-16
    code: str = "30"  # BT-81, UNCL4461 (30 credit transfer, 58 SEPA credit transfer)
    iban: str = ""  # BT-84 payment account identifier
    bic: str = ""  # BT-86 payment service provider
    payment_id: str = ""  # BT-83 remittance information
    account_name: str = ""  # BT-85


@dataclass(frozen=True, slots=True)
class Attachment:  # BG-24
    doc_id: str  # BT-122
    filename: str  # BT-125 filename attribute
    mime_code: str  # BT-125 mimeCode (application/pdf, image/png, image/jpeg, text/csv, xlsx, ods)
    content: bytes
    description: str = ""  # BT-123


@dataclass(frozen=True, slots=True)
class PrecedingInvoice:  # BG-3
    number: str  # BT-25
    issue_date: date | None = None  # BT-26


@dataclass(frozen=True, slots=True)
class VatExemption:  # per VAT category in the breakdown (BG-23)
    code: str = ""  # BT-121, VATEX code, e.g. "VATEX-EU-AE"
    text: str = ""  # BT-120


@dataclass(frozen=True, slots=True)
class InvoiceDocument:
    kind: DocumentKind
    number: str  # BT-1
    issue_date: date  # BT-2
    currency: str  # BT-5, ISO 4217
    seller: Party
    buyer: Party
    lines: tuple[Line, ...]
    due_date: date | None = None  # BT-9
    payment_terms: str = ""  # BT-20
    buyer_reference: str = ""  # BT-10 (this or order_reference is required by Peppol)
    order_reference: str = ""  # BT-13
    allowances_charges: tuple[AllowanceCharge, ...] = ()  # BG-20 / BG-21
    payment_means: tuple[PaymentMeans, ...] = ()
    note: str = ""  # BT-22
    # VAT category -> its exemption reason, written into that category's breakdown.
    exemption_reasons: Mapping[str, VatExemption] = field(default_factory=dict)
    preceding_invoice: PrecedingInvoice | None = None  # BG-3 (credit notes)
    attachments: tuple[Attachment, ...] = ()
    delivery_date: date | None = None  # BT-72 (intra-community supply needs it)
    delivery_country: str = ""  # BT-80 (intra-community supply needs it)
    prepaid_amount: Decimal = ZERO  # BT-113
    type_code: str = ""  # BT-3; "" = 380 for an invoice, 381 for a credit note

    @property
    def effective_type_code(self) -> str:
        if self.type_code:
            return self.type_code
        return "381" if self.kind is DocumentKind.CREDIT_NOTE else "380"
