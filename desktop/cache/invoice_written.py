"""`Cache.invoices_written`: one door to the drafts, the invoice outbox and the numbers."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from . import plain, written_rows
from .written_rows import DraftRow, OutgoingInvoice

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from einvoice.document import InvoiceDocument


class Store(Protocol):
    """The cache's file and its sessions (made when first asked for): `Cache`."""

    @property
    def path(self) -> Path: ...

    @property
    def reader_sessions(self) -> sessionmaker[Session]: ...

    @property
    def writer_sessions(self) -> sessionmaker[Session]: ...


class InvoicesWritten:
    """Thread-safe like the Cache: each call its own short session. The lists Home shows
    (drafts, outgoing) are read over plain sqlite3; the rest on the cache's ORM sessions
    (desktop.cache.invoice_drafts, imported when first used)."""

    def __init__(self, cache: Store) -> None:
        self._cache = cache

    def save_draft(
        self,
        local_id: str | None,
        account_id: str,
        buyer_id: str,
        buyer_name: str,
        document: InvoiceDocument,
        marks: tuple[str, ...] = (),
    ) -> str:
        from . import invoice_drafts as idr

        return idr.save_draft(
            self._cache.writer_sessions, local_id, account_id, buyer_id, buyer_name, document, marks
        )

    def drafts(self, account_id: str | None = None) -> list[DraftRow]:
        with plain.transaction(self._cache.path) as conn:
            return written_rows.drafts(conn, account_id)

    def draft_document(self, local_id: str) -> InvoiceDocument | None:
        from . import invoice_drafts as idr

        return idr.draft_document(self._cache.reader_sessions, local_id)

    def delete_draft(self, local_id: str) -> bool:
        from . import invoice_drafts as idr

        return idr.delete_draft(self._cache.writer_sessions, local_id)

    def number_used(self, account_id: str, number: str) -> bool:
        from . import invoice_drafts as idr

        return idr.number_used(self._cache.reader_sessions, account_id, number)

    def next_number(self, account_id: str, year: int, prefix: str = "INV") -> str:
        from . import invoice_drafts as idr

        return idr.next_number(self._cache.reader_sessions, account_id, year, prefix)

    def test_buyers(self) -> frozenset[str]:
        from . import invoice_drafts as idr

        return idr.test_buyers(self._cache.reader_sessions)

    def enqueue(
        self,
        draft_id: str | None,
        account_id: str,
        buyer_id: str,
        buyer_name: str,
        document: InvoiceDocument,
        ubl: bytes,
    ) -> str:
        from . import invoice_drafts as idr

        return idr.enqueue(
            self._cache.writer_sessions, draft_id, account_id, buyer_id, buyer_name, document, ubl
        )

    def outgoing(self, *, include_done: bool = False) -> list[OutgoingInvoice]:
        with plain.transaction(self._cache.path) as conn:
            return written_rows.outgoing(conn, include_done=include_done)

    def outgoing_ubl(self, local_id: str) -> bytes | None:
        from . import invoice_drafts as idr

        return idr.outgoing_ubl(self._cache.reader_sessions, local_id)

    def outgoing_document(self, local_id: str) -> InvoiceDocument | None:
        from . import invoice_drafts as idr

        return idr.outgoing_document(self._cache.reader_sessions, local_id)

    def outgoing_by_remote(self, remote_id: str) -> OutgoingInvoice | None:
        from . import invoice_drafts as idr

        return idr.outgoing_by_remote(self._cache.reader_sessions, remote_id)

    def set_state(
        self,
        local_id: str,
        state: str,
        *,
        error: str | None = None,
        findings: list[dict[str, str]] | None = None,
        remote_id: str | None = None,
    ) -> None:
        from . import invoice_drafts as idr

        idr.set_state(
            self._cache.writer_sessions,
            local_id,
            state,
            error=error,
            findings=findings,
            remote_id=remote_id,
        )
