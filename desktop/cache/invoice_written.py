"""`Cache.invoices_written`: one door to the drafts, the invoice outbox and the numbers."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from einvoice.document import InvoiceDocument

from . import invoice_drafts as idr
from .invoice_drafts import DraftRow, OutgoingInvoice

Sessions = sessionmaker[Session]


class InvoicesWritten:
    """Thread-safe like the Cache: each call its own short session."""

    def __init__(self, reader: Sessions, writer: Sessions) -> None:
        self._reader = reader
        self._writer = writer

    def save_draft(
        self,
        local_id: str | None,
        account_id: str,
        buyer_id: str,
        buyer_name: str,
        document: InvoiceDocument,
        marks: tuple[str, ...] = (),
    ) -> str:
        return idr.save_draft(
            self._writer, local_id, account_id, buyer_id, buyer_name, document, marks
        )

    def drafts(self, account_id: str | None = None) -> list[DraftRow]:
        return idr.drafts(self._reader, account_id)

    def draft_document(self, local_id: str) -> InvoiceDocument | None:
        return idr.draft_document(self._reader, local_id)

    def delete_draft(self, local_id: str) -> bool:
        return idr.delete_draft(self._writer, local_id)

    def number_used(self, account_id: str, number: str) -> bool:
        return idr.number_used(self._reader, account_id, number)

    def next_number(self, account_id: str, year: int, prefix: str = "INV") -> str:
        return idr.next_number(self._reader, account_id, year, prefix)

    def test_buyers(self) -> frozenset[str]:
        return idr.test_buyers(self._reader)

    def enqueue(
        self,
        draft_id: str | None,
        account_id: str,
        buyer_id: str,
        buyer_name: str,
        document: InvoiceDocument,
        ubl: bytes,
    ) -> str:
        return idr.enqueue(self._writer, draft_id, account_id, buyer_id, buyer_name, document, ubl)

    def outgoing(self, *, include_done: bool = False) -> list[OutgoingInvoice]:
        return idr.outgoing(self._reader, include_done=include_done)

    def outgoing_ubl(self, local_id: str) -> bytes | None:
        return idr.outgoing_ubl(self._reader, local_id)

    def outgoing_document(self, local_id: str) -> InvoiceDocument | None:
        return idr.outgoing_document(self._reader, local_id)

    def outgoing_by_remote(self, remote_id: str) -> OutgoingInvoice | None:
        return idr.outgoing_by_remote(self._reader, remote_id)

    def set_state(
        self,
        local_id: str,
        state: str,
        *,
        error: str | None = None,
        findings: list[dict[str, str]] | None = None,
        remote_id: str | None = None,
    ) -> None:
        idr.set_state(
            self._writer, local_id, state, error=error, findings=findings, remote_id=remote_id
        )
