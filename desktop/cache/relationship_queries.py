"""Reading the Customer relationships table from the cache: a count and a window at a time.

Filter (text, status, account) and order are SQL: the table holds only the rows on screen.
The customer order walks an index of the stored sort keys (`relationship_keys`); the other
columns sort the matches. Runs on worker threads only. Plain columns, not ORM objects: no
identity map to fill.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain import types as d
from desktop.domain.relationships import (
    RelationshipCount,
    RelationshipOrder,
    RelationshipQuery,
    RelationshipSort,
)
from wire.text import compact_vat, fold

Sessions = sessionmaker[Session]

_COLUMNS = (
    "r.id, r.status, r.since, r.vendor_code, r.account_id, coalesce(a.name, ''), "
    "b.id, b.name, b.network_number, b.country, b.vat_number, b.group_id, b.group_name"
)
_FROM = (
    " FROM relationships r JOIN buyers b ON b.id = r.buyer_id"
    " LEFT JOIN accounts a ON a.id = r.account_id"
)
_SORT_KEYS: dict[RelationshipSort, str] = {
    RelationshipSort.NETWORK_NUMBER: "b.network_number",
    RelationshipSort.COUNTRY: "instr(:ranks, '|' || b.country || '|')",
    RelationshipSort.VAT_NUMBER: "coalesce(upper(b.vat_number), '')",
    RelationshipSort.ACCOUNT: "lower(coalesce(a.name, ''))",
    RelationshipSort.STATUS: "instr(:ranks, '|' || r.status || '|')",
    RelationshipSort.SINCE: "r.since",
    RelationshipSort.VENDOR_CODE: "lower(coalesce(r.vendor_code, ''))",
}


def _where(query: RelationshipQuery) -> tuple[str, dict[str, Any]]:
    clauses: list[str] = []
    params: dict[str, Any] = {}
    if query.status is not None:
        clauses.append("r.status = :status")
        params["status"] = d.RelationshipStatus(query.status).value
    if query.account_id is not None:
        clauses.append("r.account_id = :account")
        params["account"] = query.account_id
    needle = fold(query.text)
    # "PL 526-000-12-46" also finds "PL5260001246"; only for input with digits.
    has_digits = any(ch.isdigit() for ch in query.text)
    compact = compact_vat(query.text).casefold() if has_digits else ""
    found: list[str] = []
    if needle:
        params["needle"] = needle
        found += [
            "instr(b.name_folded, :needle)",
            "instr(lower(b.network_number), :needle)",
            "instr(lower(coalesce(b.vat_number, '')), :needle)",
        ]
    if compact:
        params["compact"] = compact
        found.append("instr(lower(coalesce(b.vat_compact, '')), :compact)")
    if found:
        clauses.append("(" + " OR ".join(f"{f} > 0" for f in found) + ")")
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _order_by(order: RelationshipOrder, params: dict[str, Any]) -> str:
    name = "r.name_key_pl" if order.polish else "r.name_key"
    keys = [name, "b.name", "r.id"]
    if order.sort != RelationshipSort.CUSTOMER:
        keys.insert(0, _SORT_KEYS[order.sort])
        if ":ranks" in keys[0]:
            params["ranks"] = "|" + "|".join(order.ranks) + "|"
    direction = " DESC" if order.descending else ""
    return " ORDER BY " + ", ".join(k + direction for k in keys)


def _row(r: Any, same: dict[str, str]) -> d.RelationshipRow:
    def once(value: str | None) -> str | None:
        return None if value is None else same.setdefault(value, value)

    return d.RelationshipRow(
        id=r[0],
        status=d.RelationshipStatus(r[1]),
        since=date.fromisoformat(r[2]) if isinstance(r[2], str) else r[2],
        vendor_code=r[3],
        account_id=same.setdefault(r[4], r[4]),
        account_name=same.setdefault(r[5], r[5]),
        buyer=d.Buyer(
            id=r[6],
            name=r[7],
            network_number=r[8],
            country=same.setdefault(r[9], r[9]),
            vat_number=r[10],
            group_id=once(r[11]),
            group_name=once(r[12]),
        ),
    )


def count(sessions: Sessions, query: RelationshipQuery) -> RelationshipCount:
    where, params = _where(query)
    with sessions() as s:
        shown = s.execute(text("SELECT count(*)" + _FROM + where), params).scalar_one()
        total = s.execute(text("SELECT count(*) FROM relationships")).scalar_one()
    return RelationshipCount(shown=int(shown), total=int(total))


def window(
    sessions: Sessions,
    query: RelationshipQuery,
    order: RelationshipOrder,
    offset: int,
    limit: int,
) -> list[d.RelationshipRow]:
    """`limit` rows from the `offset`-th match in `order`."""
    where, params = _where(query)
    sql = "SELECT " + _COLUMNS + _FROM + where + _order_by(order, params) + " LIMIT :n OFFSET :o"
    params.update(n=limit, o=offset)
    same: dict[str, str] = {}
    with sessions() as s:
        return [_row(r, same) for r in s.execute(text(sql), params)]


def iterate(
    sessions: Sessions, query: RelationshipQuery, order: RelationshipOrder
) -> Iterator[d.RelationshipRow]:
    """Every match in `order`, streamed (the export: never all held at once)."""
    where, params = _where(query)
    sql = "SELECT " + _COLUMNS + _FROM + where + _order_by(order, params)
    same: dict[str, str] = {}
    with sessions() as s:
        for r in s.execute(text(sql), params, execution_options={"yield_per": 2000}):
            yield _row(r, same)
