"""The portal's tables. Modelled whole from the start so the schema does not churn.

Every object a supplier syncs carries `version`, drawn from one monotonic
counter (see `next_version`), and is never deleted outright: a tombstone keeps
`deleted=True`, so `GET /v1/sync/...?after=V` is one indexed range scan.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Computed,
    Connection,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    event,
    inspect,
    text,
    update,
)
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Mapper,
    Session,
    mapped_column,
    object_session,
    relationship,
)

from portal.store.name_key import name_key_sql


class Base(DeclarativeBase):
    pass


# Sync versions: 64-bit on PostgreSQL, where they carry the writing transaction's id.
Version = Integer().with_variant(BigInteger(), "postgresql")
# (xid << 20) + a sequence's low bits: every version of a transaction with a lower id than
# the oldest one still running is final (see `portal.http.api.sync`).
PG_NEXT_VERSION = (
    "SELECT (pg_current_xact_id()::text::bigint << 20) + nextval('sync_versions') % 1048576"
)


class Counter(Base):
    """Single-row monotonic counter behind every `version`."""

    __tablename__ = "counters"
    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


def next_version(session: Session) -> int:
    """Take the next version number inside the caller's transaction.

    SQLite (one writer at a time): a counter row. PostgreSQL: see `PG_NEXT_VERSION`, so
    concurrent writers never wait on one row and a reader can tell final versions apart.
    """
    if session.get_bind().dialect.name == "postgresql":
        return int(session.execute(text(PG_NEXT_VERSION)).scalar_one())
    result = session.execute(
        update(Counter)
        .where(Counter.name == "version")
        .values(value=Counter.value + 1)
        .returning(Counter.value)
    ).scalar_one_or_none()
    if result is None:
        session.add(Counter(name="version", value=1))
        session.flush()
        return 1
    return int(result)


class User(Base):
    __tablename__ = "users"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    username: Mapped[str] = mapped_column(String(128), unique=True)
    display_name: Mapped[str] = mapped_column(String(128))
    password_hash: Mapped[str] = mapped_column(String(256))
    accounts: Mapped[list[SupplierAccount]] = relationship(
        secondary="user_accounts", back_populates="users"
    )


class SupplierAccount(Base):
    __tablename__ = "supplier_accounts"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    network_number: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(256))
    country: Mapped[str] = mapped_column(String(2))
    is_test: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Version, index=True, default=0)
    users: Mapped[list[User]] = relationship(secondary="user_accounts", back_populates="accounts")


class UserAccount(Base):
    __tablename__ = "user_accounts"
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), primary_key=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("supplier_accounts.id"), primary_key=True)


class SupplierProfile(Base):
    """An account's own data for its invoices (My account); one row per account, synced as
    `supplier-profiles` (see `wire.profile`)."""

    __tablename__ = "supplier_profiles"
    account_id: Mapped[str] = mapped_column(ForeignKey("supplier_accounts.id"), primary_key=True)
    legal_name: Mapped[str] = mapped_column(String(200))
    street: Mapped[str] = mapped_column(String(200), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    country: Mapped[str] = mapped_column(String(2))
    vat_number: Mapped[str] = mapped_column(String(32), default="")
    company_id: Mapped[str] = mapped_column(String(64), default="")
    iban: Mapped[str] = mapped_column(String(42), default="")
    bic: Mapped[str] = mapped_column(String(11), default="")
    contact_name: Mapped[str] = mapped_column(String(120), default="")
    contact_email: Mapped[str] = mapped_column(String(200), default="")
    contact_phone: Mapped[str] = mapped_column(String(40), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Version, index=True)


class AuthToken(Base):
    """Access and refresh tokens, stored as SHA-256 of the random token only."""

    __tablename__ = "auth_tokens"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))  # access | refresh
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    family: Mapped[str] = mapped_column(String(36), index=True)  # one sign-in
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    # A refresh token used once: when, and the hash of the refresh token issued for it, so a
    # retry after a lost answer within a short grace period is not taken for a stolen copy.
    rotated_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    successor: Mapped[str | None] = mapped_column(String(64), nullable=True)


class SignInThrottle(Base):
    """Failed sign-ins (and refreshes) per user name or client address, shared by every worker
    and kept over restarts: `key` is `user:<name>`, `addr:<ip>` or `refresh:<ip>`; and
    `known:<ip> <name>`, a name's last sign-in from an address (`last_failure_at`)."""

    __tablename__ = "sign_in_throttle"
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[datetime] = mapped_column(DateTime)
    blocked_until: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class BuyerGroup(Base):
    __tablename__ = "buyer_groups"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(256))
    name_folded: Mapped[str] = mapped_column(String(256), index=True)
    # The search's name key: folded, punctuation as word breaks (computed by the database).
    name_key: Mapped[str] = mapped_column(
        String(256), Computed(name_key_sql("name_folded"), persisted=True)
    )
    buyers: Mapped[list[Buyer]] = relationship(back_populates="group")


class Buyer(Base):
    """A legal entity on the network that receives e-invoices."""

    __tablename__ = "buyers"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(256))
    name_folded: Mapped[str] = mapped_column(String(256), index=True)  # lower, no diacritics
    # The search's name key: folded, punctuation as word breaks (computed by the database).
    name_key: Mapped[str] = mapped_column(
        String(256), Computed(name_key_sql("name_folded"), persisted=True)
    )
    network_number: Mapped[str] = mapped_column(String(16), unique=True)
    vat_number: Mapped[str | None] = mapped_column(String(32), nullable=True)
    # VAT number without country prefix, spaces or punctuation, upper case.
    vat_compact: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True)
    country: Mapped[str] = mapped_column(String(2), index=True)
    group_id: Mapped[str | None] = mapped_column(
        ForeignKey("buyer_groups.id"), nullable=True, index=True
    )
    is_test: Mapped[bool] = mapped_column(Boolean, default=False)
    # Whether the buyer shares invoice history with the network (-> verification).
    shares_invoice_history: Mapped[bool] = mapped_column(Boolean, default=False)
    # How the sandbox operator resolves this buyer's tickets: connected | rejected.
    sandbox_resolution: Mapped[str] = mapped_column(String(16), default="connected")
    group: Mapped[BuyerGroup | None] = relationship(back_populates="buyers")


class Relationship(Base):
    __tablename__ = "relationships"
    __table_args__ = (UniqueConstraint("account_id", "buyer_id"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("supplier_accounts.id"), index=True)
    buyer_id: Mapped[str] = mapped_column(ForeignKey("buyers.id"), index=True)
    status: Mapped[str] = mapped_column(String(16))  # active | pending | rejected
    since: Mapped[date | None] = mapped_column(Date, nullable=True)
    vendor_code: Mapped[str | None] = mapped_column(String(64), nullable=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Version, index=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    buyer: Mapped[Buyer] = relationship()


class StoredAttachment(Base):
    __tablename__ = "attachments"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    name: Mapped[str] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content_type: Mapped[str] = mapped_column(String(128))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class IdempotencyRecord(Base):
    """First answer to a POST with an Idempotency-Key, replayed on retries."""

    __tablename__ = "idempotency_keys"
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), primary_key=True)
    key: Mapped[str] = mapped_column(String(128), primary_key=True)
    body_sha256: Mapped[str] = mapped_column(String(64))
    status_code: Mapped[int] = mapped_column(Integer)
    response_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class ConnectionRequest(Base):
    __tablename__ = "connection_requests"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("supplier_accounts.id"), index=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    state: Mapped[str] = mapped_column(String(16))  # open | completed | cancelled
    vendor_code: Mapped[str | None] = mapped_column(String(64), nullable=True)
    notes: Mapped[str | None] = mapped_column(Text, nullable=True)
    attachment_id: Mapped[str | None] = mapped_column(ForeignKey("attachments.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Version, index=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    items: Mapped[list[ConnectionRequestItem]] = relationship(
        back_populates="request", order_by="ConnectionRequestItem.position"
    )
    events: Mapped[list[HistoryEvent]] = relationship(
        primaryjoin="and_(HistoryEvent.subject_kind == 'request', "
        "foreign(HistoryEvent.subject_id) == ConnectionRequest.id)",
        order_by="HistoryEvent.id",
        viewonly=True,
    )


class ConnectionRequestItem(Base):
    __tablename__ = "connection_request_items"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    request_id: Mapped[str] = mapped_column(ForeignKey("connection_requests.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    buyer_id: Mapped[str] = mapped_column(ForeignKey("buyers.id"), index=True)
    state: Mapped[str] = mapped_column(String(24))
    outcome: Mapped[str] = mapped_column(String(24))
    other_request_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    verification_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    ticket_number: Mapped[str | None] = mapped_column(String(32), nullable=True)
    request: Mapped[ConnectionRequest] = relationship(back_populates="items")
    buyer: Mapped[Buyer] = relationship()


class Verification(Base):
    """Proving a relationship with past invoice data; the wrong answers of its account and
    buyer (`VerificationLock`) are copied here for the answer, the lock's end too."""

    __tablename__ = "verifications"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("supplier_accounts.id"), index=True)
    buyer_id: Mapped[str] = mapped_column(ForeignKey("buyers.id"))
    request_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    # awaiting_invoice -> awaiting_challenge -> passed; locked past the limit; fallen_back
    # (a support ticket instead); cancelled with its request.
    state: Mapped[str] = mapped_column(String(24))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)  # wrong step-1 answers
    challenge_failures: Mapped[int] = mapped_column(Integer, default=0)  # wrong challenge answers
    challenge_invoice_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    challenge_invoice_number: Mapped[str | None] = mapped_column(String(64), nullable=True)
    challenge_expires_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    ticket_number: Mapped[str | None] = mapped_column(String(32), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Version, index=True, default=0)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    buyer: Mapped[Buyer] = relationship()


class VerificationLock(Base):
    """Wrong answers per (account, buyer) over all its verifications, and the lock's end:
    a cancelled and repeated request carries them on. Answers hold this row's lock."""

    __tablename__ = "verification_locks"
    account_id: Mapped[str] = mapped_column(ForeignKey("supplier_accounts.id"), primary_key=True)
    buyer_id: Mapped[str] = mapped_column(ForeignKey("buyers.id"), primary_key=True)
    invoice_failures: Mapped[int] = mapped_column(Integer, default=0)
    challenge_failures: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


@event.listens_for(Verification, "before_update")
def _verification_changed(
    _mapper: Mapper[Verification], connection: Connection, target: Verification
) -> None:
    """Every change to a verification reaches the sync, whoever makes it (a cancelled request
    too): a new version unless the change set one already."""
    session = object_session(target)
    if session is None or not session.is_modified(target, include_collections=False):
        return
    if inspect(target).attrs.version.history.has_changes():
        return
    if connection.dialect.name == "postgresql":
        target.version = int(connection.execute(text(PG_NEXT_VERSION)).scalar_one())
        return
    version = connection.execute(
        update(Counter)
        .where(Counter.name == "version")
        .values(value=Counter.value + 1)
        .returning(Counter.value)
    ).scalar_one_or_none()
    if version is not None:
        target.version = int(version)


class InvoiceLoad(Base):
    """The buyer's invoice data for an account, scheduled when a verification passes; until
    delivered, those invoices stay out of /v1/sync/invoices."""

    __tablename__ = "invoice_loads"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("supplier_accounts.id"))
    buyer_id: Mapped[str] = mapped_column(ForeignKey("buyers.id"))
    due_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Ticket(Base):
    __tablename__ = "tickets"
    number: Mapped[str] = mapped_column(String(32), primary_key=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("supplier_accounts.id"), index=True)
    buyer_id: Mapped[str] = mapped_column(ForeignKey("buyers.id"))
    request_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    state: Mapped[str] = mapped_column(String(16))  # open | in_progress | resolved | closed
    resolution: Mapped[str | None] = mapped_column(String(16), nullable=True)
    subject: Mapped[str] = mapped_column(String(256))
    due_at: Mapped[datetime] = mapped_column(DateTime, index=True)  # sandbox operator
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Version, index=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    buyer: Mapped[Buyer] = relationship()
    events: Mapped[list[HistoryEvent]] = relationship(
        primaryjoin="and_(HistoryEvent.subject_kind == 'ticket', "
        "foreign(HistoryEvent.subject_id) == Ticket.number)",
        order_by="HistoryEvent.id",
        viewonly=True,
    )


class HistoryEvent(Base):
    """What happened to a request or a ticket, in order."""

    __tablename__ = "history_events"
    __table_args__ = (Index("ix_history_subject", "subject_kind", "subject_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    subject_kind: Mapped[str] = mapped_column(String(8))  # request | ticket
    subject_id: Mapped[str] = mapped_column(String(36))
    at: Mapped[datetime] = mapped_column(DateTime)
    event: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str | None] = mapped_column(Text, nullable=True)


class BuyerInvoice(Base):
    """Invoice history a buyer shares with the network: verification and invoice status."""

    __tablename__ = "invoices"
    __table_args__ = (Index("ix_invoices_account_buyer", "account_id", "buyer_id"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("supplier_accounts.id"))
    buyer_id: Mapped[str] = mapped_column(ForeignKey("buyers.id"))
    number: Mapped[str] = mapped_column(String(64), index=True)
    po_number: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    transaction_id: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    issue_date: Mapped[date] = mapped_column(Date)
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    amount: Mapped[str] = mapped_column(String(20))  # decimal as text, exact
    currency: Mapped[str] = mapped_column(String(3))
    # received | delivered | approved | on_hold | exception | rejected | scheduled | paid | failed | saved
    status: Mapped[str] = mapped_column(String(16))
    # For `failed`: the network's reason code (invalid_vat, unknown_buyer, ...) and its text.
    failure_code: Mapped[str | None] = mapped_column(String(32), nullable=True)
    failure_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Version, index=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class InvoiceEvent(Base):
    """One status change of an invoice (its history, oldest first by id)."""

    __tablename__ = "invoice_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    invoice_id: Mapped[str] = mapped_column(ForeignKey("invoices.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text, nullable=True)


class SentInvoiceDocument(Base):
    """The UBL document of an invoice sent through `POST /v1/invoices` (issue 20), as it came,
    with the findings of the network's check (JSON list of {rule, flag, location, text})."""

    __tablename__ = "invoice_documents"
    invoice_id: Mapped[str] = mapped_column(ForeignKey("invoices.id"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # invoice | credit_note
    content: Mapped[bytes] = mapped_column(LargeBinary)
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    findings_json: Mapped[str] = mapped_column(Text, default="[]")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class InvoiceNumber(Base):
    """An invoice number an account has used on an accepted document: the primary key makes
    two sends of one number at once collide, whichever transaction commits first wins."""

    __tablename__ = "invoice_numbers"
    account_id: Mapped[str] = mapped_column(ForeignKey("supplier_accounts.id"), primary_key=True)
    number: Mapped[str] = mapped_column(String(64), primary_key=True)
    invoice_id: Mapped[str] = mapped_column(String(36))
