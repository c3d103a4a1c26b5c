"""Connect with customer's operations: the network's directory (find customers, a group's legal
entities), the supporting document's check, and the request sent from there (what this computer
already knows of the chosen buyers, the outbox, the request's answer).

Searches and look-ups are `QueryOp`s on the pool; queueing the request is an `OutboxWrite` on
the serial lane that announces `Collection.CONNECTION_REQUESTS`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain import validation
from desktop.domain.directory import directory_entry, group_countries
from desktop.domain.types import (
    ConnectionRequestRow,
    DirectoryEntry,
    RelationshipStatus,
    RequestDraft,
)
from desktop.domain.validation import AttachmentCheck
from desktop.models.group_tree_model import GroupCountries
from desktop.operations.op import QueryOp
from desktop.operations.outbox import OutboxWrite
from desktop.sync.errors import PortalUnreachable
from wire.collections import Collection

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from desktop.app.context import AppContext
    from desktop.cache import Cache

# What this computer knows of a buyer for an account: "connected" or "requested".
Taken = dict[str, str]


@dataclass(frozen=True)
class CustomerSearch:
    entries: list[DirectoryEntry]
    offline: bool  # from the customers already on this computer (the network was unreachable)


class OfflineSearchFailed(Exception):
    """Even the customers on this computer could not be searched."""


@dataclass(frozen=True)
class GroupLoad:
    countries: GroupCountries
    taken: Taken  # the entities the account is connected with or has asked for


def _taken(cache: Cache, account_id: str, entries: Iterable[DirectoryEntry]) -> Taken:
    """On a worker: which of `entries` the account is connected with or has asked for."""
    taken: Taken = {}
    for entry in entries:
        if cache.relationship_status(account_id, entry.id) == RelationshipStatus.ACTIVE:
            taken[entry.id] = "connected"
        elif cache.open_request_for(account_id, entry.id) is not None:
            taken[entry.id] = "requested"
    return taken


def taken_for(cache: Cache, account_id: str | None, countries: GroupCountries) -> Taken:
    """On a worker: the group's entities `account_id` is connected with or has asked for."""
    if account_id is None:
        return {}
    return _taken(cache, account_id, (e for _code, entities in countries for e in entities))


# --- finding customers -------------------------------------------------------------------
def search_customers(
    ctx: AppContext, query: str, *, limit: int, parent: QObject
) -> QueryOp[CustomerSearch]:
    """The network's directory; offline (or when the network cannot be reached) the buyers
    already on this computer, and the answer says so."""
    status = ctx.status
    cached_only = not status.online and status.last_synced_at is not None
    client, cache = ctx.client, ctx.cache

    def work() -> CustomerSearch:
        if not cached_only:
            try:
                found = client.directory(query, limit=limit)
            except PortalUnreachable:
                pass  # this computer's customers instead
            else:
                return CustomerSearch(
                    [directory_entry(item) for item in found.items], offline=False
                )
        try:
            return CustomerSearch(list(cache.search_buyers(query, limit=limit)), offline=True)
        except Exception as exc:
            raise OfflineSearchFailed from exc

    return QueryOp(ctx, work, parent=parent, name="directory.search_customers")


def group_has_others(
    ctx: AppContext, group_id: str, entity_id: str, *, parent: QObject
) -> QueryOp[bool]:
    """Whether the group holds a legal entity besides `entity_id`."""
    client = ctx.client

    def work() -> bool:
        detail = client.group(group_id)
        return any(e.id != entity_id for country in detail.countries for e in country.entities)

    return QueryOp(ctx, work, parent=parent, name="directory.group_has_others")


def load_group(
    ctx: AppContext, group_id: str, account_id: str | None, *, parent: QObject
) -> QueryOp[GroupLoad]:
    """The group's entities by country, and those `account_id` already has or asked for."""
    client, cache = ctx.client, ctx.cache

    def work() -> GroupLoad:
        countries = group_countries(client.group(group_id))
        return GroupLoad(countries, taken_for(cache, account_id, countries))

    return QueryOp(ctx, work, parent=parent, name="directory.load_group")


def check_attachment(ctx: AppContext, path: Path, *, parent: QObject) -> QueryOp[AttachmentCheck]:
    """The supporting document's size and type, read from its content."""
    return QueryOp(
        ctx, lambda: validation.check_attachment(path), parent=parent, name="directory.attachment"
    )


# --- the request ----------------------------------------------------------------------------
def already_taken(
    ctx: AppContext, account_id: str, buyers: list[DirectoryEntry], *, parent: QObject
) -> QueryOp[list[tuple[DirectoryEntry, str]]]:
    """The chosen buyers the account is already connected with or has asked for, in order."""
    cache = ctx.cache

    def work() -> list[tuple[DirectoryEntry, str]]:
        taken = _taken(cache, account_id, buyers)
        return [(buyer, taken[buyer.id]) for buyer in buyers if buyer.id in taken]

    return QueryOp(ctx, work, parent=parent, name="directory.already_taken")


def queue_request(
    ctx: AppContext, draft: RequestDraft, attachment: Path | None, *, parent: QObject
) -> OutboxWrite[str]:
    """The request (with its attachment's copy and a fresh idempotency key) into the outbox,
    in one transaction; its local id follows."""
    cache = ctx.cache
    return OutboxWrite(
        ctx,
        lambda: str(cache.enqueue_request(draft, attachment)),
        parent=parent,
        name="directory.queue_request",
        changes={Collection.CONNECTION_REQUESTS},
    )


def find_request(
    ctx: AppContext, local_id: str, *, parent: QObject
) -> QueryOp[ConnectionRequestRow | None]:
    """The request queued here as `local_id`, as the cache holds it now."""
    cache = ctx.cache
    return QueryOp(
        ctx,
        lambda: next((r for r in cache.connection_requests() if r.local_id == local_id), None),
        parent=parent,
        name="directory.find_request",
    )
