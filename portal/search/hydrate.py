"""Directory hits -> entries: two indexed lookups (entities with their group, groups)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from portal.search.schema import KIND_ENTITY, KIND_GROUP

# (kind, ref, position-for-the-cursor)
Hit = tuple[int, str, list[Any]]
# (a statement with `{ids}` where its ids go, the ids) -> its rows
Read = Callable[[str, list[str]], Iterable[Sequence[Any]]]

_ENTITIES = (
    "SELECT b.id, b.name, b.network_number, b.vat_number, b.country, b.group_id, g.name "
    "FROM buyers b LEFT JOIN buyer_groups g ON g.id = b.group_id WHERE b.id {ids}"
)
_GROUPS = "SELECT id, name FROM buyer_groups WHERE id {ids}"
_EMPTY = {"network_number": None, "vat_number": None, "country": None}


def hydrate(db: sqlite3.Connection, hits: list[Hit]) -> list[dict[str, Any]]:
    """Entries (the `DirectoryEntry` fields as a dict) in the order of `hits`."""

    def read(sql: str, ids: list[str]) -> Iterable[Sequence[Any]]:
        return db.execute(sql.format(ids=f"IN ({','.join('?' * len(ids))})"), ids)

    return _entries(read, hits)


def hydrate_pg(db: Any, hits: list[Hit]) -> list[dict[str, Any]]:
    """`hydrate` on PostgreSQL (psycopg: `= ANY` of a list)."""

    def read(sql: str, ids: list[str]) -> Iterable[Sequence[Any]]:
        return db.execute(sql.format(ids="= ANY(%(ids)s)"), {"ids": ids})

    return _entries(read, hits)


def _entries(read: Read, hits: list[Hit]) -> list[dict[str, Any]]:
    entity_ids = [ref for kind, ref, _ in hits if kind == KIND_ENTITY]
    group_ids = [ref for kind, ref, _ in hits if kind == KIND_GROUP]
    found: dict[tuple[int, str], dict[str, Any]] = {}
    if entity_ids:
        for row in read(_ENTITIES, entity_ids):
            found[(KIND_ENTITY, row[0])] = {
                "id": row[0],
                "kind": "entity",
                "name": row[1],
                "network_number": row[2],
                "vat_number": row[3],
                "country": row[4],
                "group_id": row[5],
                "group_name": row[6],
            }
    if group_ids:
        for ref, name in read(_GROUPS, group_ids):
            found[(KIND_GROUP, ref)] = {
                "id": ref,
                "kind": "group",
                "name": name,
                **_EMPTY,
                "group_id": None,
                "group_name": None,
            }
    return [found[(kind, ref)] for kind, ref, _ in hits if (kind, ref) in found]
