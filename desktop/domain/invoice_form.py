"""What the invoice editor holds, as text, and how it becomes an einvoice document.

The editor keeps what the user typed (`HeaderEntry`, `LineEntry`); `parse_*` turn it into
Decimal values or raise a `Problem` naming the field, so a bad value gets a message at its
field and never reaches a saved or sent document. No Qt here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal, InvalidOperation

from einvoice.document import (
    NETWORK_ENDPOINT_SCHEME,
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

from .invoice_codes import CURRENCY_SET, EXEMPTION_CODES, UNIT_CODES, VAT_CATEGORIES

INTEGER_DIGITS_MAX = 15  # EN 16931 amounts: at most 15 digits before the point
DECIMALS_MAX = 6
TEXT_MAX = 1000  # a line's description, a reason, terms: a pasted megabyte stops here
SHORT_MAX = 100  # numbers, references
_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)$")


class Problem(ValueError):
    """A value the editor cannot take: `word` says why (worded by the view)."""

    def __init__(self, field: str, word: str, line: int | None = None) -> None:
        super().__init__(f"{field}: {word}" + ("" if line is None else f" (line {line + 1})"))
        self.field = field
        self.word = word
        self.line = line


@dataclass
class LineEntry:
    description: str = ""
    quantity: str = "1"
    unit: str = "H87"
    price: str = ""
    category: str = "S"
    rate: str = "23"
    allowance: str = ""  # a line allowance (BG-27), an amount
    charge: str = ""  # a line charge (BG-28), an amount

    COLUMNS = (
        "description",
        "quantity",
        "unit",
        "price",
        "category",
        "rate",
        "allowance",
        "charge",
    )


@dataclass
class HeaderEntry:
    number: str = ""
    issue_date: date = field(default_factory=date.today)
    due_date: date | None = None
    payment_terms: str = ""
    buyer_reference: str = ""
    order_reference: str = ""
    currency: str = "EUR"
    iban: str = ""
    bic: str = ""
    exemption_reason: str = ""
    allowance: str = ""  # a document allowance (BG-20), an amount
    allowance_reason: str = ""
    charge: str = ""  # a document charge (BG-21), an amount
    charge_reason: str = ""
    note: str = ""


def parse_number(
    text: str, field: str, line: int | None = None, *, required: bool = True, signed: bool = False
) -> Decimal | None:
    """A decimal as typed ("1 234,50" or "1234.50"); Problem when it is not one."""
    value = text.strip().replace(" ", "").replace("\u00a0", "")
    if not value:
        if required:
            raise Problem(field, "required", line)
        return None
    if len(value) > 40 or not _NUMBER.match(value):
        raise Problem(field, "not_a_number", line)
    try:
        number = Decimal(value.replace(",", "."))
    except InvalidOperation:
        raise Problem(field, "not_a_number", line) from None
    if not signed and number < 0:
        raise Problem(field, "negative", line)
    digits = len(str(abs(int(number)))) if abs(number) >= 1 else 0
    if digits > INTEGER_DIGITS_MAX:
        raise Problem(field, "too_many_digits", line)
    exponent = number.as_tuple().exponent
    if isinstance(exponent, int) and -exponent > DECIMALS_MAX:
        raise Problem(field, "too_many_decimals", line)
    return number


def _text(value: str, field: str, longest: int, line: int | None = None) -> str:
    if len(value) > longest:
        raise Problem(field, "too_long", line)
    return value.strip()


def parse_line(entry: LineEntry, index: int, *, credit: bool = False) -> Line:
    """One line as einvoice takes it (its id is its position)."""
    description = _text(entry.description, "description", TEXT_MAX, index)
    if not description:
        raise Problem("description", "required", index)
    quantity = parse_number(entry.quantity, "quantity", index, signed=not credit)
    price = parse_number(entry.price, "price", index)
    if entry.unit not in UNIT_CODES:
        raise Problem("unit", "invalid_unit", index)
    if entry.category not in VAT_CATEGORIES:
        raise Problem("category", "invalid_category", index)
    rate = None if entry.category == "O" else parse_number(entry.rate, "rate", index)
    if rate is not None and rate > 100:
        raise Problem("rate", "invalid_rate", index)
    adjustments: list[AllowanceCharge] = []
    allowance = parse_number(entry.allowance, "allowance", index, required=False)
    if allowance:
        adjustments.append(
            AllowanceCharge(False, allowance.quantize(Decimal("0.01")), "Discount", "95")
        )
    charge = parse_number(entry.charge, "charge", index, required=False)
    if charge:
        adjustments.append(AllowanceCharge(True, charge.quantize(Decimal("0.01")), "Charge", "ABK"))
    assert quantity is not None and price is not None
    return Line(
        line_id=str(index + 1),
        description=description,
        quantity=quantity,
        unit_code=entry.unit,
        net_price=price,
        vat_category=entry.category,
        vat_rate=rate,
        allowances_charges=tuple(adjustments),
        item_name=description[:200],
    )


def check_currency(code: str) -> str:
    code = code.strip().upper()
    if code not in CURRENCY_SET:
        raise Problem("currency", "invalid_currency")
    return code


def build_document(
    kind: DocumentKind,
    header: HeaderEntry,
    seller: Party,
    buyer: Party,
    lines: tuple[Line, ...],
    attachments: tuple[Attachment, ...] = (),
    preceding: PrecedingInvoice | None = None,
) -> InvoiceDocument:
    """The document from checked parts; Problem names the header field that does not pass."""
    number = _text(header.number, "number", SHORT_MAX)
    if not number:
        raise Problem("number", "required")
    currency = check_currency(header.currency)
    if not lines:
        raise Problem("lines", "required")
    first = lines[0]
    acs: list[AllowanceCharge] = []
    for is_charge, amount_text, reason, word in (
        (False, header.allowance, header.allowance_reason, "allowance"),
        (True, header.charge, header.charge_reason, "charge"),
    ):
        amount = parse_number(amount_text, word, required=False)
        if amount:
            reason = _text(reason, word + "_reason", TEXT_MAX) or (
                "Charge" if is_charge else "Discount"
            )
            acs.append(
                AllowanceCharge(
                    is_charge,
                    amount.quantize(Decimal("0.01")),
                    reason,
                    "ABK" if is_charge else "95",
                    first.vat_category,
                    first.vat_rate,
                )
            )
    exemptions: dict[str, VatExemption] = {}
    reason = _text(header.exemption_reason, "exemption_reason", TEXT_MAX)
    for category in dict.fromkeys(line.vat_category for line in lines):
        if category in EXEMPTION_CODES:
            if not reason:
                raise Problem("exemption_reason", "required")
            exemptions[category] = VatExemption(EXEMPTION_CODES[category], reason)
    means: tuple[PaymentMeans, ...] = ()
    if header.iban.strip():
        means = (
            PaymentMeans("30", header.iban.replace(" ", "").upper(), header.bic.strip().upper()),
        )
    return InvoiceDocument(
        kind=kind,
        number=number,
        issue_date=header.issue_date,
        currency=currency,
        seller=seller,
        buyer=buyer,
        lines=lines,
        due_date=header.due_date,
        payment_terms=_text(header.payment_terms, "payment_terms", TEXT_MAX),
        buyer_reference=_text(header.buyer_reference, "buyer_reference", SHORT_MAX),
        order_reference=_text(header.order_reference, "order_reference", SHORT_MAX),
        allowances_charges=tuple(acs),
        payment_means=means,
        note=_text(header.note, "note", TEXT_MAX),
        exemption_reasons=exemptions,
        preceding_invoice=preceding,
        attachments=attachments,
    )


def _amount_text(value: Decimal | None) -> str:
    return "" if value is None else format(value, "f")


def entries_of(doc: InvoiceDocument) -> tuple[HeaderEntry, list[LineEntry]]:
    """The editor's texts for a document (a draft, an import, a credit note's copy)."""
    allowance = next((a for a in doc.allowances_charges if not a.is_charge), None)
    charge = next((a for a in doc.allowances_charges if a.is_charge), None)
    means = doc.payment_means[0] if doc.payment_means else PaymentMeans()
    exemption = next(iter(doc.exemption_reasons.values()), VatExemption())
    header = HeaderEntry(
        number=doc.number,
        issue_date=doc.issue_date,
        due_date=doc.due_date,
        payment_terms=doc.payment_terms,
        buyer_reference=doc.buyer_reference,
        order_reference=doc.order_reference,
        currency=doc.currency,
        iban=means.iban,
        bic=means.bic,
        exemption_reason=exemption.text,
        allowance=_amount_text(allowance.amount if allowance else None),
        allowance_reason=allowance.reason if allowance else "",
        charge=_amount_text(charge.amount if charge else None),
        charge_reason=charge.reason if charge else "",
        note=doc.note,
    )
    lines = []
    for line in doc.lines:
        line_allowance = sum(
            (a.amount for a in line.allowances_charges if not a.is_charge), Decimal(0)
        )
        line_charge = sum((a.amount for a in line.allowances_charges if a.is_charge), Decimal(0))
        lines.append(
            LineEntry(
                description=line.description or line.item_name,
                quantity=_amount_text(line.quantity),
                unit=line.unit_code,
                price=_amount_text(line.net_price),
                category=line.vat_category,
                rate=_amount_text(line.vat_rate),
                allowance=_amount_text(line_allowance) if line_allowance else "",
                charge=_amount_text(line_charge) if line_charge else "",
            )
        )
    return header, lines


def seller_party(profile_values: dict[str, str], endpoint: str) -> Party:
    """The supplier from its profile (My account) and its network number."""
    return Party(
        name=profile_values.get("legal_name", ""),
        address=Address(
            street=profile_values.get("street", ""),
            city=profile_values.get("city", ""),
            postal_code=profile_values.get("postal_code", ""),
            country=profile_values.get("country", ""),
        ),
        vat_number=profile_values.get("vat_number", ""),
        company_id=profile_values.get("company_id", ""),
        endpoint_id=endpoint,
        endpoint_scheme=NETWORK_ENDPOINT_SCHEME,
        contact_name=profile_values.get("contact_name", ""),
        contact_phone=profile_values.get("contact_phone", ""),
        contact_email=profile_values.get("contact_email", ""),
    )


def buyer_party(name: str, country: str, vat_number: str, endpoint: str) -> Party:
    return Party(
        name=name,
        address=Address(country=country),
        vat_number=vat_number,
        endpoint_id=endpoint,
        endpoint_scheme=NETWORK_ENDPOINT_SCHEME,
    )


def credit_note_of(
    doc: InvoiceDocument, line_indexes: list[int] | None, number: str
) -> InvoiceDocument:
    """A credit note referring to `doc` for all its lines or the chosen ones."""
    chosen = doc.lines if line_indexes is None else tuple(doc.lines[i] for i in line_indexes)
    lines = tuple(replace(line, line_id=str(n + 1)) for n, line in enumerate(chosen))
    return replace(
        doc,
        kind=DocumentKind.CREDIT_NOTE,
        number=number,
        issue_date=date.today(),
        lines=lines,
        preceding_invoice=PrecedingInvoice(doc.number, doc.issue_date),
        type_code="",
        prepaid_amount=Decimal(0),
    )
