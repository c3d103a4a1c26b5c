"""Customer relationships: the table's count and windows, and its export, off the GUI thread."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop.domain.export_cells import neutralise
from desktop.domain.relationships import (
    RelationshipCount,
    RelationshipOrder,
    RelationshipQuery,
    RelationshipRow,
)
from desktop.operations.op import QueryOp

if TYPE_CHECKING:
    from desktop.app.context import AppContext


def count_relationships(
    ctx: AppContext, parent: QObject, query: RelationshipQuery
) -> QueryOp[RelationshipCount]:
    """How many relationships match `query`, and how many there are."""
    cache = ctx.cache
    return QueryOp(
        ctx, lambda: cache.relationship_count(query), parent=parent, name="count_relationships"
    )


def relationship_window(
    ctx: AppContext,
    parent: QObject,
    query: RelationshipQuery,
    order: RelationshipOrder,
    offset: int,
    limit: int,
) -> QueryOp[list[RelationshipRow]]:
    """`limit` matching relationships from the `offset`-th, in `order`."""
    cache = ctx.cache
    return QueryOp(
        ctx,
        lambda: cache.relationship_window(query, order, offset, limit),
        parent=parent,
        name=f"relationship_window:{offset}",
    )


def export_relationships(
    ctx: AppContext,
    parent: QObject,
    target: Path,
    query: RelationshipQuery,
    order: RelationshipOrder,
    titles: list[str],
    cells: Callable[[RelationshipRow], list[str]],
    delimiter: str,
) -> QueryOp[int]:
    """Every matching relationship in `order` as CSV (UTF-8 with a BOM, so Excel shows Polish
    letters; formula-like cells as text), streamed from the cache; the rows written."""
    cache = ctx.cache

    def write() -> int:
        written = 0
        with target.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=delimiter)
            writer.writerow([neutralise(t) for t in titles])
            for row in cache.iter_relationships(query, order):
                writer.writerow([neutralise(c) for c in cells(row)])
                written += 1
        return written

    return QueryOp(ctx, write, parent=parent, name="export_relationships")
