"""Invoice statuses in the user's language, their dot tone and the order they are offered in.

The portal's machine words (wire.schemas.InvoiceStatus) are the keys; the words are
GLOSSARY.md's, Polish through the "InvoiceStatus" translation context.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from babel.numbers import format_decimal
from PySide6.QtCore import QCoreApplication, QLocale

from desktop.domain.invoices import INVOICE_STATUSES, STATUS_TONES
from desktop.domain.tones import Tone
from desktop.models.formats import babel_locale

# The order of an invoice's life and each status's tone live below the models, once.
STATUS_ORDER = INVOICE_STATUSES  # the old name, for the export that imports it


def status_text(status: str) -> str:
    words = {
        "received": QCoreApplication.translate("InvoiceStatus", "Received"),
        "delivered": QCoreApplication.translate("InvoiceStatus", "Delivered"),
        "on_hold": QCoreApplication.translate("InvoiceStatus", "On hold"),
        "exception": QCoreApplication.translate("InvoiceStatus", "Exception"),
        "approved": QCoreApplication.translate("InvoiceStatus", "Approved"),
        "rejected": QCoreApplication.translate("InvoiceStatus", "Rejected"),
        "scheduled": QCoreApplication.translate("InvoiceStatus", "Scheduled for payment"),
        "paid": QCoreApplication.translate("InvoiceStatus", "Paid"),
        "failed": QCoreApplication.translate("InvoiceStatus", "Failed"),
        "saved": QCoreApplication.translate("InvoiceStatus", "Saved"),
    }
    return words.get(status, status.replace("_", " "))


def failure_text(code: str | None, reason: str | None) -> str:
    """The network's reason for a refusal in the user's language where its code is one we
    know (the portal's `failure_reason` is English); another code's text as sent."""
    if not code and not reason:
        return ""
    # The detail dialog's own words (its context), so both say it alike.
    known = {
        "invalid_vat": QCoreApplication.translate(
            "InvoiceDetailDialog", "The buyer's VAT number on the invoice is not valid."
        ),
        "unknown_buyer": QCoreApplication.translate(
            "InvoiceDetailDialog", "The network does not know the buyer named on the invoice."
        ),
        "duplicate_number": QCoreApplication.translate(
            "InvoiceDetailDialog", "An invoice with this number was already sent to this buyer."
        ),
        "schema_error": QCoreApplication.translate(
            "InvoiceDetailDialog",
            "The invoice file does not follow the format the network accepts.",
        ),
        "missing_po": QCoreApplication.translate(
            "InvoiceDetailDialog",
            "The buyer requires a purchase order number on every invoice.",
        ),
        "unknown_po": QCoreApplication.translate(
            "InvoiceDetailDialog", "The buyer does not know this purchase order number."
        ),
    }
    text = known.get(code or "")
    if text:
        return text
    return reason or (code or "").replace("_", " ")


def status_tone(status: str) -> Tone:
    return STATUS_TONES.get(status, Tone.NEUTRAL)


def statuses() -> list[tuple[str, str]]:
    """(machine word, name in the user's language), in the order of an invoice's life."""
    return [(s, status_text(s)) for s in INVOICE_STATUSES]


def format_amount(amount: str, currency: str, locale: QLocale | None = None) -> str:
    """ "1 234,56 EUR" in Polish, "1,234.56 EUR" in English: CLDR's digits and grouping (Qt's
    Polish would leave "1234,56" ungrouped), exact to the cent with no float on the way, the
    ISO code after (columns of amounts line up on the right).

    An amount the cache cannot read (it never should) is shown as it came."""
    try:
        value = Decimal(amount)
    except (InvalidOperation, ValueError):
        return f"{amount} {currency}".strip()
    exponent = value.as_tuple().exponent
    if not value.is_finite() or not isinstance(exponent, int):
        return f"{amount} {currency}".strip()
    places = min(max(2, -exponent), 4)
    name = (locale or QLocale()).name()
    number = format_decimal(value, format="#,##0." + "0" * places, locale=babel_locale(name))
    return f"{number}\u00a0{currency}" if currency else number
