"""Relationships in a real cache file, read by the table's model as the page reads them
(off the call, answered through the event loop), and every row the model shows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from desktop.cache import Cache
from desktop.domain.relationships import RelationshipOrder, RelationshipQuery
from desktop.domain.types import RelationshipRow
from desktop.models.relationships_model import Column, RelationshipsModel
from wire import schemas as w

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def cache_with(path: Path, rows: list[RelationshipRow]) -> Cache:
    """A cache holding `rows` as a relationships sync writes them."""
    cache = Cache.open(path)
    synced(cache, rows)
    return cache


def synced(cache: Cache, rows: list[RelationshipRow], version: int = 1) -> None:
    """`rows` written into `cache` as a relationships sync writes them (new or changed)."""
    items = [
        w.SyncEntry[w.Relationship](
            id=r.id,
            version=version,
            data=w.Relationship(
                id=r.id,
                status=r.status.value,
                since=r.since,
                vendor_code=r.vendor_code,
                account_id=r.account_id,
                buyer=w.Buyer(
                    id=r.buyer.id,
                    name=r.buyer.name,
                    network_number=r.buyer.network_number,
                    vat_number=r.buyer.vat_number,
                    country=r.buyer.country,
                ),
                updated_at=NOW,
            ),
        )
        for r in rows
    ]
    page = w.SyncPage[w.Relationship](items=items, next_cursor=str(version), has_more=False)
    cache.apply_page("relationships", page)


class CacheSource:
    """The model's reads from a real cache, answered on a later turn of the event loop."""

    def __init__(self, cache: Cache) -> None:
        self.cache = cache
        self.windows = 0

    def count(self, query: RelationshipQuery, done: Callable[[Any], None], failed: Any) -> None:
        counted = self.cache.relationship_count(query)
        QTimer.singleShot(0, lambda: done(counted))

    def window(
        self,
        query: RelationshipQuery,
        order: RelationshipOrder,
        offset: int,
        limit: int,
        done: Callable[[Any], None],
        failed: Any,
    ) -> None:
        self.windows += 1
        rows = self.cache.relationship_window(query, order, offset, limit)
        QTimer.singleShot(0, lambda: done(rows))


def settled(qtbot: QtBot, model: RelationshipsModel) -> None:
    """The latest query counted and its first window held."""
    qtbot.waitUntil(lambda: model.is_current() and bool(model.held() or not model.rowCount()))


def column(qtbot: QtBot, model: RelationshipsModel, col: Column, role: int = 0) -> list[Any]:
    """Every row's value of `col`, the windows read as scrolling would."""
    settled(qtbot, model)
    values = []
    for r in range(model.rowCount()):
        index = model.index(r, col)
        if model.row_at(r) is None:
            qtbot.waitUntil(lambda r=r: model.row_at(r) is not None)
        values.append(index.data(role))
    return values
