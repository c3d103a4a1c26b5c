"""Read the fields step 1 needs from a UBL 2.1 / Peppol BIS Billing 3.0 Invoice or CreditNote.

The file comes from anywhere, so the parser is hardened: the size is checked before a byte is
parsed (and the read is bounded even when the size lies), defusedxml refuses DTDs, entity
declarations and external references, and each way a file can be unusable has its own error
type, which the view words in the user's language. Nothing here imports Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
from babel.numbers import is_currency
from defusedxml import DefusedXmlException

from wire.schemas import INVOICE_NUMBER_MAX
from wire.text import compact_vat, fold

MAX_INVOICE_FILE_BYTES = 10 * 1024 * 1024
AMOUNT_MAX = Decimal("999999999999.99")

_CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
_CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
_ROOTS = {
    "{urn:oasis:names:specification:ubl:schema:xsd:Invoice-2}Invoice": "invoice",
    "{urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2}CreditNote": "credit_note",
}
_NS = {"cbc": _CBC, "cac": _CAC}
_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})(Z|[+-]\d{2}:\d{2})?$")


# --- errors: one type per cause --------------------------------------------------------


class InvoiceFileError(Exception):
    """The file cannot fill step 1. `cause` is a machine word the view words; `kind` what the
    document is, where it is known (invoice | credit_note): a credit note is never called an
    invoice."""

    cause = "unreadable"

    def __init__(self, *args: object, kind: str = "invoice") -> None:
        super().__init__(*args)
        self.kind = kind


class InvoiceFileUnreadable(InvoiceFileError):
    cause = "unreadable"


class InvoiceFileTooLarge(InvoiceFileError):
    cause = "too_large"


class InvoiceFileNotXml(InvoiceFileError):
    cause = "not_xml"


class InvoiceFileHostile(InvoiceFileError):
    """A DTD, an entity declaration or an external reference: refused, never expanded."""

    cause = "hostile"


class InvoiceFileNotUbl(InvoiceFileError):
    """Well-formed XML, but not a UBL Invoice or CreditNote."""

    cause = "not_ubl"


class InvoiceFileIncomplete(InvoiceFileError):
    """A UBL document without an invoice number, issue date or payable amount."""

    cause = "incomplete"


class InvoiceFileBadValue(InvoiceFileError):
    """A value step 1 could not take: impossible date, amount or unknown currency."""

    cause = "bad_value"


class InvoiceFileOtherBuyer(InvoiceFileError):
    """The document was sent to another buyer than the one being verified."""

    cause = "other_buyer"


# --- what the file holds ---------------------------------------------------------------


@dataclass(frozen=True)
class BuyerIdentity:
    """How the wizard knows its buyer: any one of these matching the file's buyer will do."""

    name: str
    network_number: str | None = None
    vat_number: str | None = None
    country: str | None = None  # ISO 3166 alpha-2, to suggest the invoice's currency


@dataclass(frozen=True)
class InvoiceFile:
    kind: str  # invoice | credit_note
    invoice_number: str
    issue_date: date
    amount: str  # decimal text with two decimals, "." as separator (the wire's AMOUNT_PATTERN)
    currency: str
    buyer_names: tuple[str, ...]
    buyer_ids: tuple[str, ...]  # endpoint, party identification, VAT / company ids

    def is_for(self, buyer: BuyerIdentity) -> bool:
        names = {fold(n) for n in self.buyer_names if n.strip()}
        if fold(buyer.name) in names:
            return True
        ids = {compact_vat(i) for i in self.buyer_ids if i.strip()}
        wanted = {compact_vat(v) for v in (buyer.network_number, buyer.vat_number) if v}
        return bool(ids & wanted)


def read_invoice_file(path: Path, buyer: BuyerIdentity | None = None) -> InvoiceFile:
    """The step-1 fields of `path`; raises an `InvoiceFileError` subclass for each cause.
    With `buyer`, a document for another buyer raises `InvoiceFileOtherBuyer`."""
    data = _read_bounded(path)
    invoice = parse_invoice(data)
    if buyer is not None and not invoice.is_for(buyer):
        raise InvoiceFileOtherBuyer(path.name, kind=invoice.kind)
    return invoice


def parse_invoice(data: bytes) -> InvoiceFile:
    if len(data) > MAX_INVOICE_FILE_BYTES:
        raise InvoiceFileTooLarge(str(len(data)))
    try:
        root = SafeET.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise InvoiceFileHostile(type(exc).__name__) from None
    except (ParseError, ValueError, UnicodeError):
        raise InvoiceFileNotXml("not well-formed") from None
    kind = _ROOTS.get(root.tag)
    if kind is None:
        raise InvoiceFileNotUbl(str(root.tag)[:80])
    number = _text(root, "cbc:ID")
    issued = _text(root, "cbc:IssueDate")
    payable = root.find("cac:LegalMonetaryTotal/cbc:PayableAmount", _NS)
    if not number or not issued or payable is None or not (payable.text or "").strip():
        raise InvoiceFileIncomplete(kind, kind=kind)
    if len(number) > INVOICE_NUMBER_MAX:
        raise InvoiceFileBadValue("invoice number too long")
    return InvoiceFile(
        kind=kind,
        invoice_number=number,
        issue_date=_date(issued),
        amount=_amount((payable.text or "").strip()),
        currency=_currency(payable.get("currencyID", "")),
        buyer_names=_buyer_values(
            root, ("cac:PartyName/cbc:Name", "cac:PartyLegalEntity/cbc:RegistrationName")
        ),
        buyer_ids=_buyer_values(
            root,
            (
                "cbc:EndpointID",
                "cac:PartyIdentification/cbc:ID",
                "cac:PartyTaxScheme/cbc:CompanyID",
                "cac:PartyLegalEntity/cbc:CompanyID",
            ),
        ),
    )


def _read_bounded(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_INVOICE_FILE_BYTES:
            raise InvoiceFileTooLarge(path.name)
        with path.open("rb") as handle:
            data = handle.read(MAX_INVOICE_FILE_BYTES + 1)  # a size that lied stops here
    except InvoiceFileError:
        raise
    except OSError:
        raise InvoiceFileUnreadable(path.name) from None
    if len(data) > MAX_INVOICE_FILE_BYTES:
        raise InvoiceFileTooLarge(path.name)
    return data


def _text(root: Element, xpath: str) -> str:
    found = root.find(xpath, _NS)
    return (found.text or "").strip() if found is not None else ""


def _buyer_values(root: Element, paths: tuple[str, ...]) -> tuple[str, ...]:
    party = root.find("cac:AccountingCustomerParty/cac:Party", _NS)
    if party is None:
        return ()
    values: list[str] = []
    for xpath in paths:
        for found in party.findall(xpath, _NS):
            if found.text and found.text.strip():
                values.append(found.text.strip())
    return tuple(values)


def _date(text: str) -> date:
    match = _DATE.match(text)
    try:
        if match is None:
            raise ValueError(text)
        return date.fromisoformat(match.group(1))
    except ValueError:
        raise InvoiceFileBadValue("issue date") from None


def _amount(text: str) -> str:
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise InvoiceFileBadValue("amount") from None
    if not value.is_finite() or value <= 0 or value > AMOUNT_MAX:
        raise InvoiceFileBadValue("amount")
    if value != value.quantize(Decimal("0.01")):
        raise InvoiceFileBadValue("amount has more than two decimals")
    return f"{value.quantize(Decimal('0.01'))}"


def _currency(code: str) -> str:
    code = code.strip()
    if not re.fullmatch(r"[A-Z]{3}", code) or not is_currency(code):
        raise InvoiceFileBadValue("currency")
    return code
