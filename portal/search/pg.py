"""The directory's tiers on PostgreSQL: btree name order and pg_trgm (see `pg_schema`).

Positions are `[name_key, kind, ref]` for the name tiers (buyers and groups merged in
name order, byte-wise), `[network_number]` and `[id]` for the number tiers.
"""

from __future__ import annotations

from typing import Any

from portal.search.cursor import is_text, shape
from portal.search.hydrate import Hit
from portal.search.schema import KIND_ENTITY, KIND_GROUP
from portal.search.terms import HIGH, TIER_NETWORK, TIER_VAT, Backend, Query

C = 'COLLATE "C"'
_TABLES = ((KIND_ENTITY, "buyers"), (KIND_GROUP, "buyer_groups"))


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _country(q: Query) -> str:
    return " AND country = %(country)s" if q.country else ""


def _network(db: Any, q: Query, after: list[Any] | None, n: int) -> list[Hit]:
    if not q.network:
        return []
    rows = db.execute(
        f"SELECT id, network_number FROM buyers WHERE network_number {C} >= %(lo)s "
        f"AND network_number {C} < %(hi)s AND network_number {C} > %(after)s{_country(q)} "
        f"ORDER BY network_number {C} LIMIT %(n)s",
        {
            "lo": q.compact,
            "hi": q.compact + HIGH,
            "after": after[0] if after else "",
            "country": q.country,
            "n": n,
        },
    ).fetchall()
    return [(KIND_ENTITY, ref, [number]) for ref, number in rows]


def _vat(db: Any, q: Query, after: list[Any] | None, n: int) -> list[Hit]:
    if not q.vat:
        return []
    rows = db.execute(
        f"SELECT id FROM buyers WHERE vat_compact IN (%(vat)s, %(bare)s) AND id {C} > %(after)s"
        f"{_country(q)} ORDER BY id {C} LIMIT %(n)s",
        {
            "vat": q.compact,
            "bare": q.bare,
            "after": after[0] if after else "",
            "country": q.country,
            "n": n,
        },
    ).fetchall()
    return [(KIND_ENTITY, ref, [ref]) for (ref,) in rows]


def _after(kind: int, after: list[Any] | None) -> str:
    """Rows of `kind` past the position (name, kind, ref) in (name, kind, ref) order."""
    if after is None:
        return ""
    _name, after_kind, _ref = after
    if kind == after_kind:
        return f" AND (name_key {C}, id {C}) > (%(after_name)s, %(after_ref)s)"
    return f" AND name_key {C} {'>' if kind < after_kind else '>='} %(after_name)s"


# Bounds of the steps `_table_hits` takes (rows read), see there.
SHORT_WALK = 2000
SPARSE_CAP = 3000
LONG_WALK = 30000


def _table_hits(
    db: Any,
    q: Query,
    kind: int,
    table: str,
    match: str,
    values: dict[str, Any],
    after: list[Any] | None,
) -> list[tuple[int, str, str]]:
    """Up to n rows of one table matching `match`, in name order, each step bounded:

    1. walk the name index (index only) SHORT_WALK entries: enough when matches are dense;
    2. the trigram index's matches, at most SPARSE_CAP of them: when there are fewer, that is
       all of them, sorted here in memory (after the long walk of step 3 when the planner
       expects more than SPARSE_CAP matches: long trigram lists are slow to read);
    3. else (thousands of matches, not dense) a LONG_WALK of the name index;
    4. else every match from the trigram index, sorted (a narrow band of densities).
    """
    scope = (_country(q) if kind == KIND_ENTITY else "") + _after(kind, after)
    order = f"ORDER BY name_key {C}, id {C}"
    n = values["n"]

    def walk(budget: int) -> list[tuple[int, str, str]]:
        return db.execute(  # type: ignore[no-any-return]
            f"SELECT {kind}, id, name_key FROM (SELECT id, name_key FROM {table} "
            f"WHERE TRUE{scope} {order} LIMIT {budget}) AS walked "
            f"WHERE {match} {order} LIMIT %(n)s",
            values,
        ).fetchall()

    def matches(cap: str) -> list[tuple[int, str, str]]:
        return db.execute(  # type: ignore[no-any-return]
            f"WITH found AS MATERIALIZED (SELECT id, name_key FROM {table} "
            f"WHERE {match}{scope}{cap}) SELECT {kind}, id, name_key FROM found {order}",
            values,
        ).fetchall()

    rows = walk(SHORT_WALK)
    if len(rows) >= n:
        return rows
    # Common trigrams make the trigram index slow to read (its lists are long) even when
    # few rows match: when the planner expects many (no country), walk the long way first.
    plan = db.execute(
        f"EXPLAIN (FORMAT JSON) SELECT 1 FROM {table} WHERE {match}{scope}", values
    ).fetchone()[0]
    if not q.country and plan[0]["Plan"]["Plan Rows"] > SPARSE_CAP:
        rows = walk(LONG_WALK)
        if len(rows) >= n:
            return rows
    rows = matches(f" LIMIT {SPARSE_CAP + 1}")
    if len(rows) <= SPARSE_CAP:
        return rows[:n]
    rows = walk(LONG_WALK)
    if len(rows) >= n:
        return rows
    return matches("")[:n]


def _ordered(
    db: Any, q: Query, match: str, params: dict[str, Any], after: list[Any] | None, n: int
) -> list[Hit]:
    """Buyers (and groups, without a country) matching `match`, merged in name order
    (code point order, as PostgreSQL's "C" collation compares UTF-8)."""
    values = {**params, "country": q.country, "n": n}
    if after is not None:
        values |= {"after_name": after[0], "after_ref": after[2]}
    rows: list[Any] = []
    for kind, table in _TABLES:
        if q.country and kind == KIND_GROUP:
            continue  # groups have no country
        rows += _table_hits(db, q, kind, table, match, values, after)
    rows.sort(key=lambda row: (row[2], row[0], row[1]))
    return [(kind, ref, [name, kind, ref]) for kind, ref, name in rows[:n]]


def _start(db: Any, q: Query, after: list[Any] | None, n: int) -> list[Hit]:
    """A range of the name index: in order, n rows whatever the number of matches."""
    values = {"lo": q.key, "hi": q.key + HIGH, "country": q.country, "n": n}
    if after is not None:
        values |= {"after_name": after[0], "after_ref": after[2]}
    rows: list[tuple[int, str, str]] = []
    for kind, table in _TABLES:
        if q.country and kind == KIND_GROUP:
            continue
        scope = (_country(q) if kind == KIND_ENTITY else "") + _after(kind, after)
        rows += db.execute(
            f"SELECT {kind}, id, name_key FROM {table} WHERE name_key {C} >= %(lo)s "
            f"AND name_key {C} < %(hi)s{scope} ORDER BY name_key {C}, id {C} LIMIT %(n)s",
            values,
        ).fetchall()
    rows.sort(key=lambda row: (row[2], row[0], row[1]))
    return [(kind, ref, [name, kind, ref]) for kind, ref, name in rows[:n]]


_NOT_START = f"left(name_key, %(len)s) {C} <> %(q)s"


def _word(db: Any, q: Query, after: list[Any] | None, n: int) -> list[Hit]:
    params = {"word": f"% {_like(q.key)}%", "q": q.key, "len": len(q.key)}
    return _ordered(db, q, f"name_key LIKE %(word)s AND {_NOT_START}", params, after, n)


def _inner(db: Any, q: Query, after: list[Any] | None, n: int) -> list[Hit]:
    if len(q.key) < 3:
        return []
    params = {
        "inner": f"%{_like(q.key)}%",
        "q": q.key,
        "len": len(q.key),
        "spaced": " " + q.key,
    }
    match = f"name_key LIKE %(inner)s AND {_NOT_START} AND strpos(name_key, %(spaced)s) = 0"
    return _ordered(db, q, match, params, after, n)


def _earlier(db: Any, q: Query, tier: int, hits: list[Hit]) -> set[str]:
    """Entities among `hits` that an earlier number tier already lists (shown there only)."""
    tests = []
    if tier > TIER_NETWORK and q.network:
        tests.append(f"(network_number {C} >= %(lo)s AND network_number {C} < %(hi)s)")
    if tier > TIER_VAT and q.vat:
        tests.append("vat_compact IN (%(vat)s, %(bare)s)")
    refs = [ref for kind, ref, _ in hits if kind == KIND_ENTITY]
    if not tests or not refs:
        return set()
    params = {"refs": refs, "lo": q.compact, "hi": q.compact + HIGH}
    params |= {"vat": q.compact, "bare": q.bare}
    rows = db.execute(
        f"SELECT id FROM buyers WHERE id = ANY(%(refs)s) AND ({' OR '.join(tests)})", params
    )
    return {ref for (ref,) in rows}


_EMPTY = {"network_number": None, "vat_number": None, "country": None}


def _hydrate(db: Any, hits: list[Hit]) -> list[dict[str, Any]]:
    """Entries (the `DirectoryEntry` fields as a dict) in the order of `hits`."""
    entity_ids = [ref for kind, ref, _ in hits if kind == KIND_ENTITY]
    group_ids = [ref for kind, ref, _ in hits if kind == KIND_GROUP]
    found: dict[tuple[int, str], dict[str, Any]] = {}
    if entity_ids:
        for row in db.execute(
            "SELECT b.id, b.name, b.network_number, b.vat_number, b.country, b.group_id, g.name "
            "FROM buyers b LEFT JOIN buyer_groups g ON g.id = b.group_id "
            "WHERE b.id = ANY(%(ids)s)",
            {"ids": entity_ids},
        ):
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
        for ref, name in db.execute(
            "SELECT id, name FROM buyer_groups WHERE id = ANY(%(ids)s)", {"ids": group_ids}
        ):
            found[(KIND_GROUP, ref)] = {
                "id": ref,
                "kind": "group",
                "name": name,
                **_EMPTY,
                "group_id": None,
                "group_name": None,
            }
    return [found[(kind, ref)] for kind, ref, _ in hits if (kind, ref) in found]


def _is_kind(value: object) -> bool:
    return type(value) is int and value in (KIND_ENTITY, KIND_GROUP)


_NAMED = shape(is_text, _is_kind, is_text)

POSTGRES = Backend(
    tiers=(_network, _vat, _start, _word, _inner),
    positions=(shape(is_text), shape(is_text), _NAMED, _NAMED, _NAMED),
    earlier=_earlier,
    hydrate=_hydrate,
)
