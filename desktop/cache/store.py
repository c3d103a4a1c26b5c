"""The local offline store: one SQLite file (WAL) per portal and user.

Opening it, and the reads a start shows (the accounts, the last sync, Home's figures), use
plain sqlite3 (desktop.cache.plain); SQLAlchemy and the ORM are imported, and the engine made,
when a write, a sync or another read first needs them (`Cache._orm`), behind the first window.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.domain import invoices as inv
from desktop.domain import types as d

from . import invoice_queries as iq
from . import plain
from .invoice_written import InvoicesWritten
from .migrations import SESSION_KEY, check_marker, migrate

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from desktop.domain.relationships import (
        RelationshipCount,
        RelationshipOrder,
        RelationshipQuery,
    )
    from wire import schemas as w
    from wire.profile import SupplierProfile, SupplierProfileUpdate

    from . import profiles

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = plain.BUSY_TIMEOUT_MS


def cache_path_for(data_dir: Path, portal_url: str, username: str) -> Path:
    """One file per portal and user; the name is a hash, so it holds neither URL nor name."""
    key = f"{portal_url.rstrip('/').lower()}\n{username.lower()}".encode()
    return Path(data_dir) / f"cache-{hashlib.sha256(key).hexdigest()[:24]}.sqlite"


def _make_engine(path: Path) -> Engine:
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import ConnectionPoolEntry

    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: ConnectionPoolEntry) -> None:
        dbapi_conn.isolation_level = None  # we say BEGIN ourselves (see _on_begin)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "handle_error")
    def _on_error(context: Any) -> None:
        # A damaged page met by a read (a large file is not checked at every open): the next
        # open checks the file in full, and moves it aside with a word to the user.
        plain.note_damage(path, context.original_exception)

    @event.listens_for(engine, "checkin")
    def _on_checkin(dbapi_conn: Any, record: ConnectionPoolEntry) -> None:
        if dbapi_conn is not None:
            from .bulk_writes import give_back  # a sync page's room (see make_room)

            give_back(dbapi_conn, record.info)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Writers take the write lock up front: no deadlock upgrading a read lock.
        immediate = conn.get_execution_options().get("begin_immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


@dataclass(frozen=True)
class _Orm:
    engine: Engine
    reader: sessionmaker[Session]
    writer: sessionmaker[Session]


class Cache:
    """Thread-safe: every method opens its own short session; only dataclasses come out."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._orm_made: _Orm | None = None
        self._orm_lock = threading.Lock()

    def _orm(self) -> _Orm:
        """The engine and its sessions, made (SQLAlchemy imported) when first wanted."""
        orm = self._orm_made
        if orm is None:
            with self._orm_lock:
                orm = self._orm_made
                if orm is None:
                    from sqlalchemy.orm import sessionmaker

                    engine = _make_engine(self.path)
                    orm = self._orm_made = _Orm(
                        engine,
                        sessionmaker(engine, expire_on_commit=False),
                        sessionmaker(
                            engine.execution_options(begin_immediate=True),
                            expire_on_commit=False,
                        ),
                    )
        return orm

    @property
    def _engine(self) -> Engine:
        return self._orm().engine

    @property
    def _reader(self) -> sessionmaker[Session]:
        return self._orm().reader

    @property
    def _writer(self) -> sessionmaker[Session]:
        return self._orm().writer

    # The sessions under names for the cache's other modules (desktop.cache.invoice_written):
    # read, and write (BEGIN IMMEDIATE).
    reader_sessions = _reader
    writer_sessions = _writer

    @classmethod
    def open(cls, path: Path) -> Cache:
        """Open (creating or migrating) the cache; CacheCorrupt / CacheTooNew leave the file as is."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        migrate(path)
        cache = cls(path)
        cache._set_session_open(True)
        return cache

    @staticmethod
    def quarantine(path: Path) -> Path:
        """Move a bad cache (and its WAL files) aside as *.corrupt-<time>; returns the new path."""
        path = Path(path)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        target = path.with_name(f"{path.name}.corrupt-{stamp}")
        os.replace(path, target)
        check_marker(path).unlink(missing_ok=True)
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                os.replace(side, target.with_name(target.name + suffix))
        return target

    def close(self) -> None:
        """A clean end: the next open of a large file skips the full check."""
        try:
            self._set_session_open(False)
        except Exception as exc:  # noqa: BLE001 - closing anyway; the next open checks
            log.warning("the cache's clean end was not recorded: %s", type(exc).__name__)
        if self._orm_made is not None:
            self._orm_made.engine.dispose()

    def _set_session_open(self, is_open: bool) -> None:
        """meta's SESSION_KEY while open: still there at the next open = no clean end."""
        with plain.transaction(self.path, write=True) as conn:
            plain.set_meta(conn, SESSION_KEY, datetime.now(UTC).isoformat() if is_open else None)

    # --- sync state -------------------------------------------------------------
    def cursor(self, collection: str) -> str | None:
        from sqlalchemy import select

        from .schema import SyncCursor

        with self._reader() as s:
            return s.scalar(select(SyncCursor.cursor).where(SyncCursor.collection == collection))

    def apply_page(self, collection: str, page: w.SyncPage[Any]) -> d.ChangeSet:
        """The page's rows and its next cursor in one transaction."""
        from .collections import apply_page

        with self._writer.begin() as s:
            return apply_page(s, collection, page)

    def mark_synced(self, at: datetime) -> None:
        from .schema import Meta

        with self._writer.begin() as s:
            s.merge(Meta(key="last_synced_at", value=at.astimezone(UTC).isoformat()))

    def last_synced_at(self) -> datetime | None:
        with plain.transaction(self.path) as conn:
            return plain.last_synced_at(conn)

    def schema_version(self) -> int:
        from sqlalchemy import select

        from .schema import Meta

        with self._reader() as s:
            return int(s.scalar(select(Meta.value).where(Meta.key == "schema_version")) or 0)

    # --- reads --------------------------------------------------------------------
    def accounts(self) -> list[d.Account]:
        with plain.transaction(self.path) as conn:
            return plain.accounts(conn)

    def relationships(self, account_id: str | None = None) -> list[d.RelationshipRow]:
        from . import queries

        return queries.relationships(self._reader, account_id)

    def relationship_count(self, query: RelationshipQuery) -> RelationshipCount:
        from . import relationship_queries

        return relationship_queries.count(self._reader, query)

    def relationship_window(
        self, query: RelationshipQuery, order: RelationshipOrder, offset: int, limit: int
    ) -> list[d.RelationshipRow]:
        from . import relationship_queries

        return relationship_queries.window(self._reader, query, order, offset, limit)

    def iter_relationships(
        self, query: RelationshipQuery, order: RelationshipOrder
    ) -> Iterator[d.RelationshipRow]:
        from . import relationship_queries

        return relationship_queries.iterate(self._reader, query, order)

    def relationship_status(self, account_id: str, buyer_id: str) -> d.RelationshipStatus | None:
        from . import queries

        return queries.relationship_status(self._reader, account_id, buyer_id)

    def search_buyers(self, text: str, limit: int = 20) -> list[d.DirectoryEntry]:
        from . import queries

        return queries.search_buyers(self._reader, text, limit)

    def connection_requests(self) -> list[d.ConnectionRequestRow]:
        from . import queries

        return queries.connection_requests(self._reader)

    def open_request_for(self, account_id: str, buyer_id: str) -> d.ConnectionRequestRow | None:
        from . import queries

        return queries.open_request_for(self._reader, account_id, buyer_id)

    def tickets(self) -> list[d.TicketRow]:
        with plain.transaction(self.path) as conn:
            return plain.tickets(conn)

    def verifications(self) -> list[d.VerificationRow]:
        from . import verifications as vq

        return vq.verifications(self._reader)

    def verification(self, verification_id: str) -> d.VerificationRow | None:
        from . import verifications as vq

        return vq.verification(self._reader, verification_id)

    # --- invoices (desktop.cache.invoice_queries; worker threads only) ---------------
    def search_invoices(
        self,
        query: inv.InvoiceQuery,
        sort: inv.InvoiceSort = inv.InvoiceSort.ISSUE_DATE,
        descending: bool = True,
        after: inv.InvoiceKeyset | None = None,
        limit: int = 200,
    ) -> inv.InvoiceWindow:
        return iq.search(self._reader, query, sort, descending, after, limit)

    def iter_invoices(
        self,
        query: inv.InvoiceQuery,
        sort: inv.InvoiceSort = inv.InvoiceSort.ISSUE_DATE,
        descending: bool = True,
    ) -> Iterator[inv.InvoiceRow]:
        return iq.iterate(self._reader, query, sort, descending)

    def count_invoices(
        self, query: inv.InvoiceQuery, stale: Callable[[], bool] | None = None
    ) -> int:
        """`stale`: checked while counting; True stops it with `invoice_queries.Stale`."""
        return iq.count(self._reader, query, stale)

    def invoice_status_counts(
        self, query: inv.InvoiceQuery, stale: Callable[[], bool] | None = None
    ) -> dict[str, int]:
        return iq.status_counts(self._reader, query, stale)

    def invoice(self, invoice_id: str) -> inv.InvoiceDetail | None:
        return iq.detail(self._reader, invoice_id)

    def invoice_buyers(self, account_id: str | None = None) -> list[tuple[str, str]]:
        return iq.buyers(self._reader, account_id)

    def invoice_dashboard(self, account_id: str | None, limit: int = 5) -> inv.InvoiceDashboard:
        with plain.transaction(self.path) as conn:
            return iq.dashboard(conn, account_id, limit)

    def invoices_skipped(self) -> int:
        return iq.skipped(self._reader)

    def index_invoices(self, limit: int | None = None) -> int:
        """Index up to `limit` new invoices for the search (one write transaction); returns
        how many still wait. Call in a loop after a long first sync (searches work meanwhile)."""
        from .invoices import INDEX_BATCH, index_pending, raw_connection, restore_indexes

        with self._writer.begin() as s:
            conn = raw_connection(s)
            restore_indexes(conn)  # a first sync stopped before its last page deferred them
            return index_pending(conn, INDEX_BATCH if limit is None else limit)

    # --- outbox -------------------------------------------------------------------
    def enqueue_request(self, draft: d.RequestDraft, attachment: Path | None = None) -> str:
        from . import outbox as ob

        return ob.enqueue_request(self._writer, draft, attachment)

    def enqueue_requests(self, drafts: list[d.RequestDraft]) -> list[str]:
        """Bulk connect: every draft queued in ONE transaction (no attachments); local ids."""
        from .bulk_outbox import enqueue_requests

        return enqueue_requests(self._writer, drafts)

    def outbox(self, *, include_done: bool = False) -> list[d.OutboxItem]:
        from . import outbox as ob

        return ob.outbox(self._reader, include_done=include_done)

    def outbox_count(self) -> int:
        with plain.transaction(self.path) as conn:
            return plain.outbox_count(conn)

    def outbox_item(self, local_id: str) -> d.OutboxItem | None:
        from . import outbox as ob

        return ob.outbox_item(self._reader, local_id)

    def attachment_bytes(self, local_id: str) -> bytes | None:
        from . import outbox as ob

        return ob.attachment_bytes(self._reader, local_id)

    def set_attachment_id(self, local_id: str, attachment_id: str) -> None:
        from . import outbox as ob

        ob.set_attachment_id(self._writer, local_id, attachment_id)

    def mark_sending(self, local_id: str) -> None:
        from . import outbox as ob

        ob.mark_sending(self._writer, local_id)

    def mark_sent(self, local_id: str, response: w.ConnectionRequest) -> None:
        from . import outbox as ob

        ob.mark_sent(self._writer, local_id, response)

    def mark_failed(self, local_id: str, code: str) -> None:
        from . import outbox as ob

        ob.mark_failed(self._writer, local_id, code)

    # --- invoices written here (desktop.cache.invoice_drafts) ---------------------------
    @property
    def invoices_written(self) -> InvoicesWritten:
        """Drafts, the invoice outbox and the number sequence, on this cache's sessions."""
        return InvoicesWritten(self)

    # --- My account (desktop.cache.profiles) -----------------------------------------
    def profile(self, account_id: str) -> profiles.ProfileState:
        from . import profiles

        return profiles.profile(self._reader, account_id)

    def save_profile(self, account_id: str, edit: SupplierProfileUpdate) -> None:
        """Saved here at once (offline too); the next sync's push sends it."""
        from . import profiles

        profiles.save(self._writer, account_id, edit)

    def profiles_waiting(self) -> list[tuple[str, SupplierProfileUpdate]]:
        from . import profiles

        return profiles.waiting(self._reader)

    def profile_sent(
        self,
        account_id: str,
        edit: SupplierProfileUpdate,
        answer: SupplierProfile | None,
        error: str | None = None,
    ) -> None:
        from . import profiles

        profiles.sent(self._writer, account_id, edit, answer, error)

    def withdraw_request(self, local_id: str) -> d.OutboxItem | None:
        """Cancel a queued request locally (removed, never sent); see `outbox.withdraw`."""
        from . import outbox as ob

        return ob.withdraw(self._writer, local_id)
