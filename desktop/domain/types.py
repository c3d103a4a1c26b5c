"""Plain, immutable values handed between threads (ORM objects never cross)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


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


@dataclass(frozen=True)
class Account:
    id: str
    network_number: str
    name: str
    country: str
    is_test: bool = False


@dataclass(frozen=True)
class Buyer:
    id: str
    name: str
    network_number: str
    country: str
    vat_number: str | None = None
    group_id: str | None = None
    group_name: str | None = None


@dataclass(frozen=True)
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
    error: str | None = None  # why a failed request was refused


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
class SyncStatus:
    online: bool
    last_synced_at: datetime | None  # the last time a full pull completed
    queued_requests: int = 0
