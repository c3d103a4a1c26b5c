"""ORM mapping of the cache's tables (the DDL itself lives in migrations.py).

ORM objects never leave a Cache method: they are turned into domain dataclasses
before the session closes.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import DateTime, Dialect, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


class UtcDateTime(TypeDecorator[datetime]):
    """Stored as naive UTC (SQLite has no time zones), read back as aware UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    pass


class Meta(Base):
    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SyncCursor(Base):
    __tablename__ = "sync_cursors"
    collection: Mapped[str] = mapped_column(String, primary_key=True)
    cursor: Mapped[str] = mapped_column(Text)


class AccountRow(Base):
    __tablename__ = "accounts"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    network_number: Mapped[str] = mapped_column(String)
    name: Mapped[str] = mapped_column(String)
    country: Mapped[str] = mapped_column(String)
    is_test: Mapped[bool] = mapped_column(default=False)
    version: Mapped[int] = mapped_column(Integer, default=0)


class BuyerRow(Base):
    __tablename__ = "buyers"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    network_number: Mapped[str] = mapped_column(String)
    vat_number: Mapped[str | None] = mapped_column(String, nullable=True)
    country: Mapped[str] = mapped_column(String)
    group_id: Mapped[str | None] = mapped_column(String, nullable=True)
    group_name: Mapped[str | None] = mapped_column(String, nullable=True)
    is_test: Mapped[bool] = mapped_column(default=False)
    # v2: folded copies for offline search ("lodz" finds "Łódź").
    name_folded: Mapped[str] = mapped_column(String, default="")
    group_folded: Mapped[str | None] = mapped_column(String, nullable=True)
    vat_compact: Mapped[str | None] = mapped_column(String, nullable=True)


class RelationshipRowOrm(Base):
    __tablename__ = "relationships"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    status: Mapped[str] = mapped_column(String)
    since: Mapped[date | None] = mapped_column(nullable=True)
    vendor_code: Mapped[str | None] = mapped_column(String, nullable=True)
    account_id: Mapped[str] = mapped_column(String)
    buyer_id: Mapped[str] = mapped_column(ForeignKey("buyers.id"))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    version: Mapped[int] = mapped_column(Integer, default=0)
    # v7: the customer's name as the English / Polish order compare it (relationship_keys).
    name_key: Mapped[str] = mapped_column(String, default="")
    name_key_pl: Mapped[str] = mapped_column(String, default="")


class ConnectionRequestOrm(Base):
    __tablename__ = "connection_requests"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    account_id: Mapped[str] = mapped_column(String)
    state: Mapped[str] = mapped_column(String)
    vendor_code: Mapped[str | None] = mapped_column(String, nullable=True)
    notes: Mapped[str | None] = mapped_column(Text, nullable=True)
    attachment_id: Mapped[str | None] = mapped_column(String, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    history: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of HistoryEntry
    version: Mapped[int] = mapped_column(Integer, default=0)


class ConnectionRequestItemOrm(Base):
    __tablename__ = "connection_request_items"
    request_id: Mapped[str] = mapped_column(
        ForeignKey("connection_requests.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    buyer_id: Mapped[str] = mapped_column(String)
    buyer_name: Mapped[str] = mapped_column(String)
    buyer_network_number: Mapped[str] = mapped_column(String)
    buyer_country: Mapped[str] = mapped_column(String)
    state: Mapped[str] = mapped_column(String)
    outcome: Mapped[str | None] = mapped_column(String, nullable=True)
    other_request_id: Mapped[str | None] = mapped_column(String, nullable=True)
    verification_id: Mapped[str | None] = mapped_column(String, nullable=True)
    ticket_number: Mapped[str | None] = mapped_column(String, nullable=True)


class TicketOrm(Base):
    __tablename__ = "tickets"
    number: Mapped[str] = mapped_column(String, primary_key=True)
    account_id: Mapped[str] = mapped_column(String)
    buyer_id: Mapped[str] = mapped_column(String)
    buyer_name: Mapped[str] = mapped_column(String)
    request_id: Mapped[str | None] = mapped_column(String, nullable=True)
    state: Mapped[str] = mapped_column(String)
    resolution: Mapped[str | None] = mapped_column(String, nullable=True)
    subject: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    history: Mapped[str] = mapped_column(Text, default="[]")
    version: Mapped[int] = mapped_column(Integer, default=0)


class VerificationOrm(Base):
    """v3: a verification as last synced."""

    __tablename__ = "verifications"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    account_id: Mapped[str] = mapped_column(String)
    buyer_id: Mapped[str] = mapped_column(String)
    buyer_name: Mapped[str] = mapped_column(String)
    request_id: Mapped[str | None] = mapped_column(String, nullable=True)
    state: Mapped[str] = mapped_column(String)
    attempts_left: Mapped[int] = mapped_column(Integer, default=0)
    challenge_invoice_number: Mapped[str | None] = mapped_column(String, nullable=True)
    challenge_expires_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    ticket_number: Mapped[str | None] = mapped_column(String, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    version: Mapped[int] = mapped_column(Integer, default=0)


class OutboxOrm(Base):
    __tablename__ = "outbox"
    local_id: Mapped[str] = mapped_column(String, primary_key=True)
    idempotency_key: Mapped[str] = mapped_column(String, unique=True)
    account_id: Mapped[str] = mapped_column(String)
    buyer_ids: Mapped[str] = mapped_column(Text)  # JSON list
    vendor_code: Mapped[str | None] = mapped_column(String, nullable=True)
    notes: Mapped[str | None] = mapped_column(Text, nullable=True)
    attachment_name: Mapped[str | None] = mapped_column(String, nullable=True)
    # Deferred: listing the outbox never loads the attachments themselves.
    attachment_bytes: Mapped[bytes | None] = mapped_column(
        LargeBinary, nullable=True, deferred=True
    )
    attachment_size: Mapped[int | None] = mapped_column(Integer, nullable=True)
    attachment_sha256: Mapped[str | None] = mapped_column(String, nullable=True)
    attachment_id: Mapped[str | None] = mapped_column(String, nullable=True)
    state: Mapped[str] = mapped_column(String)  # queued | sending | sent | failed
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    remote_id: Mapped[str | None] = mapped_column(String, nullable=True)


class SupplierProfileOrm(Base):
    """v6: My account, per supplier account (see migrations._v5_to_v6)."""

    __tablename__ = "supplier_profiles"
    account_id: Mapped[str] = mapped_column(String, primary_key=True)
    data: Mapped[str | None] = mapped_column(Text, nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=0)
    pending: Mapped[str | None] = mapped_column(Text, nullable=True)
    pending_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
