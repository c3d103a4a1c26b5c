"""One descriptor per sync collection: its wire model, how a page of it enters the cache,
and the words the status bar says while it syncs.

Every list of collections on the desktop derives from `SYNC_COLLECTIONS` (the engine's pull
order and page sizes, the client's answer models, the cache's appliers, the status bar's
words); `wire.collections.Collection` names the members. Qt-free: the words are marked for
lupdate here and translated by the status bar, in its context.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from pydantic import BaseModel
from sqlalchemy.orm import Session

from desktop.domain import types as d
from wire import schemas as w
from wire.collections import Collection
from wire.profile import SupplierProfile

from .invoices import apply_invoice_page
from .pages import apply_rows, apply_ticket
from .profiles import apply as apply_profile
from .relationship_pages import apply_relationship_page
from .rows import upsert_account, upsert_request
from .schema import (
    AccountRow,
    ConnectionRequestOrm,
    SupplierProfileOrm,
    TicketOrm,
    VerificationOrm,
)
from .verifications import upsert_verification

# The status bar's context: its texts stay translated under the words it had.
WORDS_CONTEXT = "SyncStatusWidgets"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (lupdate's marker)
    """Marks `text` for lupdate under `context`; the status bar translates it."""
    return text


# (s, page) -> what changed; writes the page's rows and its cursor in the caller's transaction
PageApplier = Callable[[Session, w.SyncPage[Any]], d.ChangeSet]


@dataclass(frozen=True)
class SyncCollection:
    collection: Collection
    model: type[BaseModel]  # what one item's `data` is on the wire
    apply: PageApplier
    counts_words: str  # "{done} of {total}" on a long sync's progress bar
    syncing_words: str | None = None  # "… {count}" while it syncs; None: the plain words
    # The client leaves each item's data a raw JSON object; the applier checks them one by
    # one, so a malformed item is skipped instead of failing its page.
    raw_items: bool = False

    @property
    def page_size(self) -> int:
        return self.collection.page_size


DECLARED = (
    SyncCollection(
        Collection.ACCOUNTS,
        w.Account,
        apply_rows(Collection.ACCOUNTS, w.Account, AccountRow.id, upsert_account),
        QT_TRANSLATE_NOOP("SyncStatusWidgets", "Accounts {done} of {total}"),
        QT_TRANSLATE_NOOP("SyncStatusWidgets", "Syncing accounts… {count}"),
    ),
    SyncCollection(
        Collection.RELATIONSHIPS,
        w.Relationship,
        apply_relationship_page,  # up to 100,000 in a first sync: in bulk
        QT_TRANSLATE_NOOP("SyncStatusWidgets", "Relationships {done} of {total}"),
        QT_TRANSLATE_NOOP("SyncStatusWidgets", "Syncing relationships… {count}"),
    ),
    SyncCollection(
        Collection.CONNECTION_REQUESTS,
        w.ConnectionRequest,
        apply_rows(
            Collection.CONNECTION_REQUESTS,
            w.ConnectionRequest,
            ConnectionRequestOrm.id,
            upsert_request,
        ),
        QT_TRANSLATE_NOOP("SyncStatusWidgets", "Connection requests {done} of {total}"),
        QT_TRANSLATE_NOOP("SyncStatusWidgets", "Syncing connection requests… {count}"),
    ),
    SyncCollection(
        Collection.TICKETS,
        w.Ticket,
        apply_rows(Collection.TICKETS, w.Ticket, TicketOrm.number, apply_ticket),
        QT_TRANSLATE_NOOP("SyncStatusWidgets", "Support requests {done} of {total}"),
        QT_TRANSLATE_NOOP("SyncStatusWidgets", "Syncing support requests… {count}"),
    ),
    SyncCollection(
        Collection.VERIFICATIONS,
        w.Verification,
        apply_rows(
            Collection.VERIFICATIONS, w.Verification, VerificationOrm.id, upsert_verification
        ),
        QT_TRANSLATE_NOOP("SyncStatusWidgets", "Verifications {done} of {total}"),
    ),
    SyncCollection(
        Collection.SUPPLIER_PROFILES,
        SupplierProfile,
        apply_rows(
            Collection.SUPPLIER_PROFILES,
            SupplierProfile,
            SupplierProfileOrm.account_id,
            apply_profile,
        ),
        QT_TRANSLATE_NOOP("SyncStatusWidgets", "Account profiles {done} of {total}"),
    ),
    SyncCollection(
        Collection.INVOICES,
        w.Invoice,
        apply_invoice_page,  # columns in bulk; deferred indexes on a first sync
        QT_TRANSLATE_NOOP("SyncStatusWidgets", "Invoices {done} of {total}"),
        QT_TRANSLATE_NOOP("SyncStatusWidgets", "Syncing invoices… {count}"),
        raw_items=True,
    ),
)

_BY_MEMBER = {s.collection: s for s in DECLARED}
# In the pull order (the enum's); one per member: `tests/test_sync_collections.py` checks.
SYNC_COLLECTIONS: Mapping[Collection, SyncCollection] = MappingProxyType(
    {c: _BY_MEMBER[c] for c in Collection if c in _BY_MEMBER}
)


def descriptor(collection: str) -> SyncCollection:
    """The collection named `collection` (a member or its wire name); ValueError if none."""
    try:
        return SYNC_COLLECTIONS[Collection(collection)]
    except ValueError:
        raise ValueError(f"unknown collection {collection!r}") from None


def apply_page(s: Session, collection: str, page: w.SyncPage[Any]) -> d.ChangeSet:
    """One page of `collection`: its rows, its tombstones and its next cursor."""
    return descriptor(collection).apply(s, page)
