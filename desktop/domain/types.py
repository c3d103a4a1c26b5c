"""Plain, immutable values handed between threads (ORM objects never cross)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from wire.collections import Collection


class RelationshipStatus(StrEnum):
    ACTIVE = "active"
    PENDING = "pending"
    REJECTED = "rejected"


class RequestItemState(StrEnum):
    QUEUED = "queued"  # local only: in the outbox, not yet accepted by the portal
    SUBMITTED = "submitted"
    VERIFICATION_REQUIRED = "verification_required"
    TICKET_OPENED = "ticket_opened"
    CONNECTED = "connected"
    REJECTED = "rejected"
    CANCELLED = "cancelled"
    FAILED = "failed"  # local only: the portal refused it for good (e.g. 4xx)


class Outcome(StrEnum):
    ALREADY_CONNECTED = "already_connected"
    ALREADY_REQUESTED = "already_requested"
    VERIFICATION_REQUIRED = "verification_required"
    TICKET_OPENED = "ticket_opened"


class TicketState(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"
    CLOSED = "closed"


class VerificationState(StrEnum):
    """awaiting_invoice -> awaiting_challenge -> passed; locked past the attempt limit (only
    the fallback remains); fallen_back: a support ticket instead; cancelled with its request."""

    AWAITING_INVOICE = "awaiting_invoice"
    AWAITING_CHALLENGE = "awaiting_challenge"
    PASSED = "passed"
    LOCKED = "locked"
    FALLEN_BACK = "fallen_back"
    CANCELLED = "cancelled"

    @property
    def is_open(self) -> bool:
        """Whether answers are still taken (the fallback is also possible when locked)."""
        return self in (VerificationState.AWAITING_INVOICE, VerificationState.AWAITING_CHALLENGE)


@dataclass(frozen=True)
class Account:
    id: str
    network_number: str
    name: str
    country: str
    is_test: bool = False


@dataclass(frozen=True, slots=True)  # no __dict__: 100,000 relationships hold one each
class Buyer:
    id: str
    name: str
    network_number: str
    country: str
    vat_number: str | None = None
    group_id: str | None = None
    group_name: str | None = None


@dataclass(frozen=True, slots=True)
class RelationshipRow:
    """One row of the Customer relationships table."""

    id: str
    status: RelationshipStatus
    since: date | None
    vendor_code: str | None
    account_id: str
    account_name: str
    buyer: Buyer


@dataclass(frozen=True)
class DirectoryEntry:
    id: str
    kind: str  # entity | group
    name: str
    network_number: str | None = None
    vat_number: str | None = None
    country: str | None = None
    group_id: str | None = None
    group_name: str | None = None


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    event: str
    detail: str | None = None


@dataclass(frozen=True)
class RequestItem:
    buyer_id: str
    buyer_name: str
    buyer_network_number: str
    buyer_country: str
    state: RequestItemState
    outcome: Outcome | None = None
    other_request_id: str | None = None
    verification_id: str | None = None
    ticket_number: str | None = None


@dataclass(frozen=True)
class ConnectionRequestRow:
    """A connection request as the desktop knows it: from the portal, or still queued."""

    local_id: str  # the outbox id; equals the idempotency key's request
    remote_id: str | None  # the portal's id once accepted
    account_id: str
    state: str  # queued | open | completed | cancelled | failed
    vendor_code: str | None
    notes: str | None
    attachment_name: str | None
    created_at: datetime
    updated_at: datetime
    items: tuple[RequestItem, ...]
    history: tuple[HistoryEntry, ...] = field(default_factory=tuple)
    error: str | None = None  # the portal's machine word for a refusal
    attachment_id: str | None = None  # the portal's copy of the supporting document


@dataclass(frozen=True)
class TicketRow:
    number: str
    account_id: str
    buyer_id: str
    buyer_name: str
    request_id: str | None
    state: TicketState
    resolution: str | None
    subject: str
    created_at: datetime
    updated_at: datetime
    history: tuple[HistoryEntry, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class VerificationRow:
    """A verification as last synced (the wizard shows it offline; answers need the portal)."""

    id: str
    account_id: str
    buyer_id: str
    buyer_name: str
    request_id: str | None
    state: VerificationState
    attempts_left: int  # for the current step (0 once closed)
    challenge_invoice_number: str | None  # only while awaiting_challenge
    challenge_expires_at: datetime | None  # aware UTC, only while awaiting_challenge
    ticket_number: str | None  # after the fallback
    updated_at: datetime


@dataclass(frozen=True)
class SyncStatus:
    online: bool
    last_synced_at: datetime | None  # the last time a full pull completed
    queued_requests: int = 0


# --- added for the cache, the outbox and sync (additive) -----------------------


class OutboxState(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"


@dataclass(frozen=True)
class RequestDraft:
    """What the Connect page asks for, before it is queued or sent."""

    account_id: str
    buyer_ids: tuple[str, ...]
    vendor_code: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class OutboxItem:
    """A connection request in the local outbox (the attachment's bytes stay in the cache)."""

    local_id: str
    idempotency_key: str
    account_id: str
    buyer_ids: tuple[str, ...]
    vendor_code: str | None
    notes: str | None
    attachment_name: str | None
    attachment_size: int | None
    attachment_sha256: str | None
    attachment_id: str | None
    state: OutboxState
    error: str | None  # the portal's machine word for a refusal
    created_at: datetime
    remote_id: str | None = None


class LocalChange(StrEnum):
    """A change only this desktop makes and never syncs; `AppContext.changed` carries it
    beside the sync collections."""

    INVOICES_WRITTEN = "invoices-written"  # a draft or the invoice outbox


# What `AppContext.changed` carries: the collections (and local changes) that changed.
Changed = frozenset[Collection | LocalChange]


@dataclass(frozen=True)
class ChangeSet:
    """What one cache write changed: collection -> ids (tickets by number)."""

    ids: dict[Collection, frozenset[str]] = field(default_factory=dict)
    resolved_tickets: tuple[TicketRow, ...] = ()

    @property
    def collections(self) -> frozenset[Collection]:
        return frozenset(name for name, ids in self.ids.items() if ids)

    def __bool__(self) -> bool:
        return bool(self.collections)


@dataclass(frozen=True)
class PushResult:
    local_id: str
    state: OutboxState
    remote_id: str | None = None
    error: str | None = None  # the portal's machine word for a refusal


@dataclass(frozen=True)
class SyncResult:
    changed: Changed = frozenset()
    resolved_tickets: list[TicketRow] = field(default_factory=list)
    pushed: list[PushResult] = field(default_factory=list)
    items_pulled: int = 0
