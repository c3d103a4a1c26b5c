"""Invoices as the desktop's cache answers them: plain frozen values, Qt-free.

`InvoiceQuery` is what "Where is my invoice?" asks (text, statuses, buyer, account, issue
dates); `InvoiceSort` and a keyset (`InvoiceWindow.after`) page through the answer in order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from desktop.domain.tones import Tone

# The portal's machine words (wire.schemas.InvoiceStatus), in the order of an invoice's life,
# then the two outside it: refused by the network, and saved but not sent. The one list: the
# cache's status sort and filter, the status model, the filter's choices and the exports
# follow it; each status's tone beside it.
STATUS_TONES: dict[str, Tone] = {
    "received": Tone.INFO,
    "delivered": Tone.INFO,
    "on_hold": Tone.WARN,
    "exception": Tone.WARN,
    "approved": Tone.GOOD,
    "rejected": Tone.BAD,
    "scheduled": Tone.INFO,
    "paid": Tone.GOOD,
    "failed": Tone.BAD,
    "saved": Tone.NEUTRAL,
}
INVOICE_STATUSES: tuple[str, ...] = tuple(STATUS_TONES)


class InvoiceSort(StrEnum):
    """The orders the invoice table offers; each is (key, row) in the cache, keyset-paged."""

    NUMBER = "number"
    PO_NUMBER = "po_number"  # invoices without one come first ascending
    TRANSACTION_ID = "transaction_id"  # the same
    BUYER = "buyer"
    ISSUE_DATE = "issue_date"
    DUE_DATE = "due_date"  # invoices without a due date come first ascending
    AMOUNT = "amount"  # by value, whatever the currency
    STATUS = "status"  # by the machine word's place in INVOICE_STATUSES


@dataclass(frozen=True)
class InvoiceQuery:
    """What to find. `text`: an invoice number, PO number or transaction id.

    Without `*`, the text is found anywhere in one of them (prefix or inner fragment; a text
    of 1 or 2 characters only as a prefix). With `*`, the text is a pattern over the whole
    field: `FV/2026*` starts with, `*0042` ends with, `INV*42` both; `*` alone is anything.
    Every other character (`%`, `_`, quotes, ...) is literal; case does not matter.
    Empty `statuses` means every status; dates are inclusive.
    """

    text: str = ""
    statuses: tuple[str, ...] = ()
    buyer_id: str | None = None
    account_id: str | None = None
    issued_from: date | None = None
    issued_to: date | None = None


@dataclass(frozen=True)
class InvoiceEvent:
    """One status change: when, the status reached, the network's note."""

    at: datetime  # aware UTC
    status: str
    note: str | None = None


@dataclass(frozen=True)
class InvoiceRow:
    """One invoice as the table shows it (no history)."""

    id: str
    account_id: str
    buyer_id: str
    buyer_name: str
    number: str
    po_number: str | None
    transaction_id: str | None
    issue_date: date
    due_date: date | None
    amount: str  # exact decimal text, as the portal sent it
    currency: str
    status: str  # a word of INVOICE_STATUSES
    failure_code: str | None
    failure_reason: str | None
    updated_at: datetime  # aware UTC


@dataclass(frozen=True)
class InvoiceDetail(InvoiceRow):
    """An invoice with its status history, oldest first."""

    history: tuple[InvoiceEvent, ...] = ()


# Where a window ended: (sort key, cache row number); opaque to callers, passed back as `after`.
InvoiceKeyset = tuple[object, int]


@dataclass(frozen=True)
class InvoiceWindow:
    rows: tuple[InvoiceRow, ...]
    after: InvoiceKeyset | None  # pass back for the next window; None: no more rows


@dataclass(frozen=True)
class FailedByBuyer:
    buyer_id: str
    buyer_name: str
    count: int
    latest_issue_date: date


@dataclass(frozen=True)
class InvoiceDashboard:
    """Home's figures for one account (or all): every number a SQL aggregate."""

    total: int  # invoices of the account(s), any status
    failed_count: int
    latest_failed: InvoiceRow | None  # the newest failed invoice (by issue date)
    failed: tuple[InvoiceRow, ...]  # the newest failed ones, at most `limit`
    failed_by_buyer: tuple[FailedByBuyer, ...]  # most failed first
    saved_count: int
    saved: tuple[InvoiceRow, ...]  # the newest saved ones, at most `limit`
    open_tickets: int  # support requests open or in progress
    latest_ticket_at: datetime | None  # the newest change among those
    by_status: dict[str, int] = field(default_factory=dict)
