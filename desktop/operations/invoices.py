"""The invoices' operations: Where is my invoice? (search, counts, details, buyers, export),
an invoice's follow-ups (its document, its findings) and the editor (setup, Check, Save, Send).

Reads are `QueryOp`s on the pool; the editor's writes are `CollectionOp`s on the serial lane
that announce `LocalChange.INVOICES_WRITTEN`. The plain work they run is in `invoice_work`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject

from desktop.domain.invoices import InvoiceDetail, InvoiceQuery, InvoiceRow, InvoiceSort
from desktop.domain.types import LocalChange
from desktop.models.choices_model import Choices
from desktop.models.formats import new_collator, sorted_by_name, ui_locale
from desktop.models.invoice_table_model import InvoiceTableModel
from desktop.operations.invoice_work import (
    CheckResult,
    Customer,
    EditorSetup,
    check_document,
    check_ubl,
    editor_setup,
    enqueue_send,
)
from desktop.operations.op import CollectionOp, QueryOp
from desktop.sync.invoice_calls import invoice_document
from einvoice.document import InvoiceDocument
from einvoice.ubl_read import from_ubl

if TYPE_CHECKING:
    from desktop.app.context import AppContext

T = TypeVar("T")

WRITTEN = frozenset({LocalChange.INVOICES_WRITTEN})


class StoppableQuery(QueryOp[T]):
    """A read whose work can ask, on the worker, whether its answer is still wanted: no
    longer once a later run started (`latest_only`) or once `drop()` was called."""

    def __init__(
        self,
        ctx: AppContext,
        fn: Callable[[Callable[[], bool]], T],
        *,
        parent: QObject | None,
        name: str,
    ) -> None:
        super().__init__(ctx, lambda: fn(self.stale), parent=parent, name=name)
        self._is_current: Callable[[], bool] = lambda: True
        self._dropped = False

    def _claim_latest(self) -> Callable[[], bool]:
        self._is_current = super()._claim_latest()
        return self._is_current

    def _succeeded(self, result: T) -> None:
        if not self._dropped:
            super()._succeeded(result)

    def _failed(self, exc: BaseException) -> None:
        if not self._dropped:
            super()._failed(exc)

    def stale(self) -> bool:
        """Read on the worker: the user typed on (or the answer was dropped), stop early."""
        return self._dropped or not self._is_current()

    def drop(self) -> None:
        """The answer still on its way is no longer wanted: neither callback runs."""
        self._dropped = True


# --- Where is my invoice? ------------------------------------------------------------------
def invoice_table(ctx: AppContext, parent: QObject) -> InvoiceTableModel:
    """The table's model: it reads its windows of rows from the cache on the pool itself."""
    return InvoiceTableModel(ctx.cache, ctx.tasks, parent)  # type: ignore[arg-type]


def count_by_status(
    ctx: AppContext, parent: QObject, query: InvoiceQuery
) -> StoppableQuery[dict[str, int]]:
    """How many invoices match, by status (one aggregate: the total is their sum); run it
    `latest_only()`: a count for an older keystroke stops early and is dropped."""
    cache = ctx.cache
    return StoppableQuery(
        ctx,
        lambda stale: cache.invoice_status_counts(query, stale=stale),
        parent=parent,
        name="invoices.count_by_status",
    )


def invoice_detail(
    ctx: AppContext, parent: QObject, invoice_id: str
) -> QueryOp[InvoiceDetail | None]:
    """An invoice with its timeline (None: gone with a sync meanwhile)."""
    cache = ctx.cache
    return QueryOp(ctx, lambda: cache.invoice(invoice_id), parent=parent, name="invoices.detail")


def invoice_buyers(ctx: AppContext, parent: QObject) -> QueryOp[Choices]:
    """(buyer id, name) of every buyer with an invoice on this computer, in the order of the
    language spoken now: read, sorted and indexed on the worker (100,000 names take a while)."""
    cache = ctx.cache
    language = ui_locale().name()

    def read() -> Choices:
        found = cache.invoice_buyers()
        return Choices.of(sorted_by_name(found, lambda b: b[1], new_collator(language)))

    return QueryOp(ctx, read, parent=parent, name="invoices.buyers")


def matching_rows(
    ctx: AppContext, query: InvoiceQuery, sort: InvoiceSort, descending: bool
) -> Callable[[], Iterable[InvoiceRow]]:
    """Every invoice a search finds in this order, for an export to read on its worker."""
    cache = ctx.cache
    return lambda: cache.iter_invoices(query, sort, descending)


def write_file(ctx: AppContext, parent: QObject, write: Callable[[], int]) -> QueryOp[int]:
    """An export's file written off the GUI thread (on the pool: the cache is only read)."""
    return QueryOp(ctx, write, parent=parent, name="invoices.write_file")


# --- an invoice's follow-ups ---------------------------------------------------------------
@dataclass(frozen=True)
class KnownInvoice:
    """An invoice's document, and the rules' findings when it was sent from here."""

    document: InvoiceDocument
    ubl: bytes
    findings: tuple[dict[str, str], ...]


def findings_sent_here(
    ctx: AppContext, parent: QObject, invoice_id: str
) -> QueryOp[tuple[dict[str, str], ...]]:
    """The rules' findings of an invoice sent from this computer (none otherwise)."""
    written = ctx.cache.invoices_written

    def read() -> tuple[dict[str, str], ...]:
        found = written.outgoing_by_remote(invoice_id)
        return found.findings if found is not None else ()

    return QueryOp(ctx, read, parent=parent, name="invoices.findings_sent_here")


def known_invoice(ctx: AppContext, parent: QObject, invoice_id: str) -> QueryOp[KnownInvoice]:
    """The invoice's document from this computer when it was sent from here, otherwise from
    the network (GET /v1/invoices/{id}/document)."""
    cache, client = ctx.cache, ctx.client

    def fetch() -> KnownInvoice:
        written = cache.invoices_written
        local = written.outgoing_by_remote(invoice_id)
        if local is not None:
            ubl = written.outgoing_ubl(local.local_id) or b""
            document = written.outgoing_document(local.local_id)
            if document is not None:
                return KnownInvoice(document, ubl, local.findings)
        ubl = invoice_document(client, invoice_id)
        return KnownInvoice(from_ubl(ubl), ubl, ())

    return QueryOp(ctx, fetch, parent=parent, name="invoices.known_invoice")


# --- the editor ----------------------------------------------------------------------------
def load_editor(
    ctx: AppContext, parent: QObject, year: int, draft_id: str | None
) -> QueryOp[EditorSetup]:
    """What the editor offers (accounts, customers, profiles, next numbers, the draft)."""
    cache = ctx.cache
    return QueryOp(
        ctx, lambda: editor_setup(cache, year, draft_id), parent=parent, name="invoices.editor"
    )


def check_invoice(
    ctx: AppContext, parent: QObject, document: InvoiceDocument, original_ubl: bytes | None
) -> QueryOp[CheckResult]:
    """The official rules on the document, or on an imported file as it is."""
    return QueryOp(
        ctx,
        lambda: check_ubl(original_ubl) if original_ubl is not None else check_document(document),
        parent=parent,
        name="invoices.check",
    )


def save_draft(
    ctx: AppContext,
    parent: QObject,
    draft_id: str | None,
    account_id: str,
    customer: Customer,
    document: InvoiceDocument,
) -> CollectionOp[str]:
    """A draft on this computer (offline too): its local id."""
    written = ctx.cache.invoices_written
    return CollectionOp(
        ctx,
        lambda: written.save_draft(
            draft_id, account_id, customer.buyer_id, customer.name, document
        ),
        parent=parent,
        name="invoices.save_draft",
        changes=WRITTEN,
    )


def queue_to_send(
    ctx: AppContext,
    parent: QObject,
    draft_id: str | None,
    account_id: str,
    customer: Customer,
    document: InvoiceDocument,
    ubl: bytes,
) -> CollectionOp[str]:
    """Into the invoice outbox (the sync sends it once), unless the number is used."""
    cache = ctx.cache
    return CollectionOp(
        ctx,
        lambda: enqueue_send(cache, draft_id, account_id, customer, document, ubl),
        parent=parent,
        name="invoices.queue_to_send",
        changes=WRITTEN,
    )
