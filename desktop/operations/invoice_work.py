"""The invoice editor's work on data: plain functions (no Qt) that `operations.invoices` runs
on the task runner (reads on the pool, writes on the serial lane); no widget sees the cache."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop.cache import Cache
from desktop.domain.invoice_form import Problem
from desktop.domain.types import Account
from einvoice.document import InvoiceDocument
from einvoice.ubl_write import to_ubl

if TYPE_CHECKING:  # the rule book is imported when first used, never at the first paint
    from einvoice.rules import Finding


@dataclass(frozen=True)
class Customer:
    buyer_id: str
    name: str
    vat_number: str
    country: str
    network_number: str
    is_test: bool


@dataclass(frozen=True)
class EditorSetup:
    """What the editor offers, read once when it opens."""

    accounts: list[Account]
    customers: dict[str, list[Customer]]  # account id -> its active relationships' buyers
    profiles: dict[str, dict[str, str]]  # account id -> My account's values
    numbers: dict[str, str]  # account id -> the next free invoice number
    credit_numbers: dict[str, str]  # account id -> the next free credit note number
    document: InvoiceDocument | None = None  # a draft or a copy to go on with
    marks: tuple[str, ...] = field(default_factory=tuple)


def editor_setup(cache: Cache, year: int, draft_id: str | None = None) -> EditorSetup:
    accounts = cache.accounts()
    written = cache.invoices_written
    customers: dict[str, list[Customer]] = {}
    profiles: dict[str, dict[str, str]] = {}
    numbers: dict[str, str] = {}
    credit_numbers: dict[str, str] = {}
    tests = written.test_buyers()
    for account in accounts:
        active = [r for r in cache.relationships(account.id) if r.status.value == "active"]
        customers[account.id] = sorted(
            (
                Customer(
                    r.buyer.id,
                    r.buyer.name,
                    r.buyer.vat_number or "",
                    r.buyer.country,
                    r.buyer.network_number,
                    r.buyer.id in tests,
                )
                for r in active
            ),
            key=lambda c: (not c.is_test, c.name.casefold()),
        )
        shown = cache.profile(account.id).shown
        profiles[account.id] = (
            shown.model_dump()
            if shown is not None
            else {"legal_name": account.name, "country": account.country}
        )
        numbers[account.id] = written.next_number(account.id, year)
        credit_numbers[account.id] = written.next_number(account.id, year, "CN")
    document = written.draft_document(draft_id) if draft_id else None
    marks: tuple[str, ...] = ()
    if draft_id:
        marks = next((d.marks for d in written.drafts() if d.local_id == draft_id), ())
    return EditorSetup(accounts, customers, profiles, numbers, credit_numbers, document, marks)


@dataclass(frozen=True)
class CheckResult:
    ubl: bytes
    findings: list[Finding]

    @property
    def fatal(self) -> bool:
        return any(f.fatal for f in self.findings)


def check_document(document: InvoiceDocument) -> CheckResult:
    """The official rules on the document as it would be sent (pool lane: 0.1-0.3 s)."""
    return check_ubl(to_ubl(document))


def check_ubl(ubl: bytes) -> CheckResult:
    """An imported file checked as it is."""
    from einvoice.rules import shared_rulebook

    return CheckResult(ubl, shared_rulebook().check(ubl))


def load_rules() -> None:
    """Compile the rule book ahead of the first Check (after the first sync, off the GUI
    thread)."""
    from einvoice.rules import shared_rulebook

    shared_rulebook()


def enqueue_send(
    cache: Cache,
    draft_id: str | None,
    account_id: str,
    customer: Customer,
    document: InvoiceDocument,
    ubl: bytes,
) -> str:
    """Into the invoice outbox, unless the account already used the number."""
    written = cache.invoices_written
    if written.number_used(account_id, document.number):
        raise Problem("number", "number_used")
    return written.enqueue(draft_id, account_id, customer.buyer_id, customer.name, document, ubl)
