"""Request and response bodies of the network API v1 (see DESIGN.md)."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Annotated, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator

T = TypeVar("T")

VENDOR_CODE_MAX = 64
NOTES_MAX = 2000
BUYERS_PER_REQUEST_MAX = 200
SYNC_PAGE_MAX = 5000
DIRECTORY_LIMIT_MAX = 100

RelationshipStatus = Literal["active", "pending", "rejected"]
Outcome = Literal[
    "already_connected", "already_requested", "verification_required", "ticket_opened"
]
# Per buyer: submitted -> verification_required -> connected | ticket_opened;
# ticket_opened -> connected | rejected; cancelled.
RequestItemState = Literal[
    "submitted", "verification_required", "ticket_opened", "connected", "rejected", "cancelled"
]
# The request as a whole: open while any item waits, then completed.
RequestState = Literal["open", "completed", "cancelled"]
TicketState = Literal["open", "in_progress", "resolved", "closed"]
TicketResolution = Literal["connected", "rejected"]
EntryKind = Literal["entity", "group"]


class Wire(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class ErrorBody(Wire):
    code: str
    message: str


class ErrorResponse(Wire):
    error: ErrorBody


# --- session ---------------------------------------------------------------


class SessionCreate(Wire):
    username: str = Field(min_length=1, max_length=128)
    password: str = Field(min_length=1, max_length=512)


class SessionRefresh(Wire):
    refresh_token: str = Field(min_length=1, max_length=512)


class SessionTokens(Wire):
    access_token: str
    refresh_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int  # seconds the access token lives


# --- me / accounts -----------------------------------------------------------


class Account(Wire):
    """A supplier account of the signed-in user."""

    id: str
    network_number: str
    name: str
    country: str
    is_test: bool = False


class User(Wire):
    id: str
    username: str
    display_name: str


class Me(Wire):
    user: User
    accounts: list[Account]


# --- buyers and relationships -------------------------------------------------


class Buyer(Wire):
    id: str
    name: str
    network_number: str
    vat_number: str | None = None
    country: str  # ISO 3166-1 alpha-2
    group_id: str | None = None
    group_name: str | None = None
    is_test: bool = False


class Relationship(Wire):
    id: str
    status: RelationshipStatus
    since: date | None = None
    vendor_code: str | None = None
    account_id: str
    buyer: Buyer
    updated_at: datetime


# --- sync --------------------------------------------------------------------


class SyncEntry(Wire, Generic[T]):
    """One changed object; a tombstone has deleted=True and no data."""

    id: str
    version: int
    deleted: bool = False
    data: T | None = None


class SyncPage(Wire, Generic[T]):
    items: list[SyncEntry[T]]
    next_cursor: str
    has_more: bool
    # About how many rows of this collection the caller still has after this page (the
    # portal counts them on the first page of a pull, `after` absent or 0, and for invoices
    # on every page); None when not counted.
    remaining: int | None = None


# --- directory ---------------------------------------------------------------


class DirectoryEntry(Wire):
    id: str
    kind: EntryKind
    name: str
    network_number: str | None = None
    vat_number: str | None = None
    country: str | None = None
    group_id: str | None = None
    group_name: str | None = None


class DirectoryPage(Wire):
    items: list[DirectoryEntry]
    next_cursor: str | None = None


# --- directory match (bulk connect: many customers from a spreadsheet) ---------

MATCH_ROWS_MAX = 500  # rows per POST /v1/directory/match
MATCH_CANDIDATES_MAX = 5
MATCH_TEXT_MAX = 256
# exact: by network number or VAT number; probable: name candidates to choose from;
# invalid_vat: the VAT number fails its country's check (name candidates may follow).
MatchState = Literal["exact", "probable", "not_found", "invalid_vat"]
MatchBasis = Literal["network_number", "vat", "name"]
VatProblem = Literal["invalid", "wrong_country"]


class MatchRow(Wire):
    """One spreadsheet row as the supplier typed it; `ref` is the client's own key."""

    ref: str = Field(min_length=1, max_length=64)
    name: str | None = Field(default=None, max_length=MATCH_TEXT_MAX)
    vat_number: str | None = Field(default=None, max_length=64)
    network_number: str | None = Field(default=None, max_length=64)
    country: str | None = Field(default=None, pattern=r"^[A-Za-z]{2}$")


class MatchRequest(Wire):
    rows: list[MatchRow] = Field(min_length=1, max_length=MATCH_ROWS_MAX)


class MatchCandidate(Wire):
    buyer: DirectoryEntry
    score: float  # 0..1; 1.0 for a match by number


class MatchResult(Wire):
    ref: str
    state: MatchState
    basis: MatchBasis | None = None
    vat_problem: VatProblem | None = None
    candidates: list[MatchCandidate] = []  # best first; exactly one when exact


class MatchResponse(Wire):
    results: list[MatchResult]  # in the order of the request's rows


class GroupCountry(Wire):
    country: str
    entities: list[DirectoryEntry]


class GroupDetail(Wire):
    id: str
    name: str
    countries: list[GroupCountry]


# --- attachments -------------------------------------------------------------


class Attachment(Wire):
    id: str
    name: str
    size: int
    sha256: str
    content_type: str


# --- connection requests and tickets ----------------------------------------


class ConnectionRequestCreate(Wire):
    account_id: str = Field(min_length=1, max_length=64)
    buyer_ids: list[Annotated[str, Field(min_length=1, max_length=64)]] = Field(
        min_length=1, max_length=BUYERS_PER_REQUEST_MAX
    )
    vendor_code: str | None = Field(default=None, max_length=VENDOR_CODE_MAX)
    notes: str | None = Field(default=None, max_length=NOTES_MAX)
    attachment_id: str | None = Field(default=None, max_length=64)


class HistoryEntry(Wire):
    at: datetime
    event: str  # machine word: created, verification_required, ticket_opened, connected, ...
    # The value the event is about, never prose (clients word it in their language): a buyer's
    # name, a count of buyers, "<ticket number> <buyer name>", an outcome word.
    detail: str | None = None


class ConnectionRequestItem(Wire):
    buyer_id: str
    buyer_name: str
    buyer_network_number: str
    buyer_country: str
    state: RequestItemState
    outcome: Outcome
    request_id: str | None = None  # for already_requested: the open request
    verification_id: str | None = None
    ticket_number: str | None = None


class ConnectionRequest(Wire):
    id: str
    account_id: str
    state: RequestState
    vendor_code: str | None = None
    notes: str | None = None
    attachment_id: str | None = None
    created_at: datetime
    updated_at: datetime
    items: list[ConnectionRequestItem]
    history: list[HistoryEntry] = []


class Ticket(Wire):
    number: str
    account_id: str
    buyer_id: str
    buyer_name: str
    request_id: str | None = None
    state: TicketState
    resolution: TicketResolution | None = None
    subject: str
    created_at: datetime
    updated_at: datetime
    history: list[HistoryEntry] = []


class TicketResolve(Wire):
    outcome: TicketResolution


# --- verification (prove the relationship with past invoice data) -----------

# awaiting_invoice -> awaiting_challenge -> passed; locked past the attempt limit (only the
# fallback remains); fallen_back once the supplier asked for a support ticket instead;
# cancelled when its connection request was cancelled.
VerificationState = Literal[
    "awaiting_invoice", "awaiting_challenge", "passed", "locked", "fallen_back", "cancelled"
]
# What one answer meant. `mismatch` is the same whether or not the invoice number exists.
VerificationResult = Literal["accepted", "mismatch", "locked", "expired"]
INVOICE_NUMBER_MAX = 64
VERIFY_INVOICE_ATTEMPTS = 5  # wrong step-1 answers before the verification locks
VERIFY_CHALLENGE_ATTEMPTS = 3  # wrong challenge answers before it locks
CHALLENGE_TTL_SECONDS = 15 * 60
# An amount on the wire: a positive decimal with at most two decimals, "." as separator.
AMOUNT_PATTERN = r"^(0|[1-9][0-9]{0,11})(\.[0-9]{1,2})?$"
CURRENCY_PATTERN = r"^[A-Z]{3}$"


class Verification(Wire):
    id: str
    account_id: str
    buyer_id: str
    buyer_name: str
    request_id: str | None = None
    state: VerificationState
    attempts_left: int  # for the current step (0 once locked)
    challenge_invoice_number: str | None = None  # only in awaiting_challenge
    challenge_expires_at: datetime | None = None  # only in awaiting_challenge
    ticket_number: str | None = None  # after the fallback
    updated_at: datetime


class VerificationInvoiceAnswer(Wire):
    """Step 1: a recent invoice to this buyer."""

    invoice_number: str = Field(min_length=1, max_length=INVOICE_NUMBER_MAX)
    invoice_date: date
    amount: str = Field(pattern=AMOUNT_PATTERN)
    currency: str = Field(pattern=CURRENCY_PATTERN)


class VerificationChallengeAnswer(Wire):
    """Step 2: the date and amount of the invoice the network named."""

    invoice_date: date
    amount: str = Field(pattern=AMOUNT_PATTERN)


class VerificationAnswer(Wire):
    """The portal's answer to a step: what it meant and the verification afterwards."""

    result: VerificationResult
    verification: Verification


class VerificationFallback(Wire):
    ticket_number: str
    verification: Verification


class PracticeInvoice(Wire):
    """Sandbox only: an invoice of a supplier-buyer history, to practise the wizard."""

    invoice_number: str
    invoice_date: date
    amount: str
    currency: str
    account_id: str | None = None  # which of the caller's supplier accounts it was sent from


# --- invoices ------------------------------------------------------------------

InvoiceStatus = Literal[
    "received",
    "delivered",
    "approved",
    "on_hold",
    "exception",
    "rejected",
    "scheduled",
    "paid",
    "failed",
    "saved",
]


CURRENCY_RE = re.compile(r"^[A-Z]{3}$")
AMOUNT_RE = re.compile(r"^-?[0-9]{1,15}(\.[0-9]{1,4})?$")


def invoice_amount_problem(amount: object) -> bool:
    """True when `amount` is not a plain decimal text (at most 15 digits, 4 decimals)."""
    if not isinstance(amount, str) or not AMOUNT_RE.match(amount):
        return True
    try:
        return not Decimal(amount).is_finite()
    except InvalidOperation:
        return True


class InvoiceEvent(Wire):
    """One status change of an invoice: when, the status it reached, and a note."""

    at: datetime
    status: InvoiceStatus
    note: str | None = None


class InvoiceFinding(Wire):
    """One broken rule of the official Peppol BIS Billing 3.0 check (CEN EN 16931 or Peppol):
    the rule id, fatal or warning, where (the rules' XPath) and the rule's own text."""

    rule: str
    flag: Literal["fatal", "warning"]
    location: str = ""
    text: str = ""


class Invoice(Wire):
    """An invoice of a supplier account to a connected buyer (Where is my invoice?).

    `saved` invoices were never sent (no transaction id); `failed` ones carry
    `failure_code` (invalid_vat, unknown_buyer, duplicate_number, schema_error, rules_failed, ...) and
    `failure_reason` (the network's text). `history` is oldest first. Parsing refuses an
    amount that is not a decimal text and a currency that is not 3 upper-case letters:
    the desktop's cache skips such an invoice (and counts it) instead of failing the page.
    """

    id: str
    account_id: str
    buyer_id: str
    buyer_name: str
    number: str
    po_number: str | None = None
    transaction_id: str | None = None
    issue_date: date
    due_date: date | None = None
    amount: str  # decimal as text, exact
    currency: str  # ISO 4217
    status: InvoiceStatus
    failure_code: str | None = None
    failure_reason: str | None = None
    updated_at: datetime
    history: list[InvoiceEvent] = Field(default_factory=list)
    # What the network's check found in a document sent through POST /v1/invoices (the
    # `rules_failed` reason of a failed one, or the warnings of an accepted one); [] otherwise.
    findings: list[InvoiceFinding] = Field(default_factory=list)

    @field_validator("amount")
    @classmethod
    def _amount(cls, value: str) -> str:
        if invoice_amount_problem(value):
            raise ValueError("amount is not a decimal number")
        return value

    @field_validator("currency")
    @classmethod
    def _currency(cls, value: str) -> str:
        if not CURRENCY_RE.match(value):
            raise ValueError("currency is not 3 upper-case letters")
        return value


class InvoiceMove(Wire):
    invoice_id: str
    before: InvoiceStatus
    after: InvoiceStatus


class InvoicesAdvanced(Wire):
    """Sandbox only: the invoices POST /v1/sandbox/invoices/advance moved one step on."""

    moved: list[InvoiceMove]
