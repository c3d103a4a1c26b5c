"""Home's reads and writes: the open support requests, the invoice dashboard, the drafts and
invoices queued here, and deleting a draft."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.cache.written_rows import DraftRow, OutgoingInvoice
from desktop.domain.invoices import InvoiceDashboard
from desktop.domain.types import LocalChange, TicketRow
from desktop.operations.op import CollectionOp, QueryOp

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from desktop.app.context import AppContext

# Home's drafts and queued invoices: written here, never synced.
WRITTEN = LocalChange.INVOICES_WRITTEN

Written = tuple[list[DraftRow], list[OutgoingInvoice]]


def load_tickets(ctx: AppContext, parent: QObject) -> QueryOp[list[TicketRow]]:
    """Every support request on this computer (Home counts the open ones)."""
    cache = ctx.cache
    return QueryOp(ctx, cache.tickets, parent=parent, name="home.tickets").latest_only()


def load_invoice_dashboard(
    ctx: AppContext, parent: QObject, account_id: str | None, *, rows: int
) -> QueryOp[InvoiceDashboard]:
    """The invoice counts and the first `rows` failed and saved ones: SQL aggregates. Only the
    answer for the latest account (or sync) asked is delivered."""
    cache = ctx.cache
    return QueryOp(
        ctx,
        lambda: cache.invoice_dashboard(account_id, limit=rows),
        parent=parent,
        name="home.invoice_dashboard",
    ).latest_only()


def load_written_invoices(
    ctx: AppContext, parent: QObject, account_id: str | None
) -> QueryOp[Written]:
    """The drafts written here and the invoices queued to go, for `account_id` (all: None)."""
    written = ctx.cache.invoices_written

    def read() -> Written:
        queued = [o for o in written.outgoing() if account_id is None or o.account_id == account_id]
        return written.drafts(account_id), queued

    return QueryOp(ctx, read, parent=parent, name="home.written_invoices").latest_only()


def delete_draft(ctx: AppContext, parent: QObject, local_id: str) -> CollectionOp[bool]:
    """A draft never sent, gone from this computer."""
    written = ctx.cache.invoices_written
    return CollectionOp(
        ctx,
        lambda: written.delete_draft(local_id),
        parent=parent,
        name="home.delete_draft",
        changes={WRITTEN},
    )
