"""Directory search over the index of `portal.search.schema`.

Tiers, in order: network number (prefix), VAT number (exact, with or without
country prefix), name starts with q, a later word starts with q, q inside the
name (3+ characters: trigram). Each name tier comes out in name order straight
from an index (the name-order key is the FTS rowid), so a page costs about
`limit` rows whatever the number of matches; the cursor is (tier, position).
Raw DB-API SQL on the hot path: no ORM objects are built.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import sqlite3
from collections.abc import Callable, Sequence
from typing import Any

import orjson
from sqlalchemy.orm import Session

from portal.errors import ApiError
from portal.search.hydrate import Hit, hydrate
from portal.search.schema import KIND_ENTITY, country_range, words_form, words_sql
from wire.schemas import DIRECTORY_LIMIT_MAX, DirectoryEntry, DirectoryPage
from wire.text import compact_vat, fold

QUERY_MAX = 100
TIER_NETWORK, TIER_VAT, TIER_START, TIER_WORD, TIER_INNER = range(5)
_COUNTRY = re.compile(r"[A-Za-z]{2}")
_NETWORK = re.compile(r"[A-Z]{2,4}[0-9]{2,}")
_HIGH = "\U0010ffff"

# Rounds of fetching within one tier when earlier tiers' rows are skipped.
_ROUNDS_MAX = 1000


class _Query:
    def __init__(self, q: str, country: str | None) -> None:
        self.folded = fold(q)
        self.compact = compact_vat(q)
        self.country = country.upper() if country else None
        self.network = bool(_NETWORK.match(self.compact))
        vat = self.compact
        self.vat = len(vat) >= 5 and sum(ch.isdigit() for ch in vat) >= 4
        self.bare = vat[2:] if vat[:2].isalpha() else vat

    @staticmethod
    def phrase(column: str, value: str) -> str:
        return f'{column} : "{value.replace(chr(34), chr(34) * 2)}"'

    def country_sql(self, column: str) -> str:
        return f" AND {column} = :country" if self.country else ""


def _network(db: sqlite3.Connection, q: _Query, after: list[Any] | None, n: int) -> list[Hit]:
    if not q.network:
        return []
    rows = db.execute(
        "SELECT id, network_number FROM buyers WHERE network_number >= :lo "
        "AND network_number < :hi AND network_number > :after"
        f"{q.country_sql('country')} ORDER BY network_number LIMIT :n",
        {
            "lo": q.compact,
            "hi": q.compact + _HIGH,
            "after": after[0] if after else "",
            "country": q.country,
            "n": n,
        },
    ).fetchall()
    return [(KIND_ENTITY, ref, [number]) for ref, number in rows]


def _vat(db: sqlite3.Connection, q: _Query, after: list[Any] | None, n: int) -> list[Hit]:
    if not q.vat:
        return []
    rows = db.execute(
        "SELECT id FROM buyers WHERE vat_compact IN (:vat, :bare) AND id > :after"
        f"{q.country_sql('country')} ORDER BY id LIMIT :n",
        {
            "vat": q.compact,
            "bare": q.bare,
            "after": after[0] if after else "",
            "country": q.country,
            "n": n,
        },
    ).fetchall()
    return [(KIND_ENTITY, ref, [ref]) for (ref,) in rows]


def _start(db: sqlite3.Connection, q: _Query, after: list[Any] | None, n: int) -> list[Hit]:
    name, key = after if after else ("", -(1 << 63))
    rows = db.execute(
        "SELECT kind, ref, name_folded, key FROM directory_index "
        "WHERE name_folded >= :lo AND name_folded < :hi AND (name_folded, key) > (:name, :key)"
        f"{q.country_sql('country')} ORDER BY name_folded, key LIMIT :n",
        {
            "lo": q.folded,
            "hi": q.folded + _HIGH,
            "name": name,
            "key": key,
            "country": q.country,
            "n": n,
        },
    ).fetchall()
    return [(kind, ref, [name_folded, key]) for kind, ref, name_folded, key in rows]


def _fts(
    db: sqlite3.Connection,
    q: _Query,
    match: str,
    where: str,
    params: dict[str, Any],
    after: list[Any] | None,
) -> list[Hit]:
    """Name-ordered FTS matches; with a country, the rowid range of its partition."""
    start = after[0] if after else -(1 << 63)
    table, key, upto = "directory_fts", "key", ""
    if q.country:
        lo, hi = country_range(q.country)
        table, key, upto = "directory_cfts", "ckey", f" AND f.rowid < {hi}"
        start = max(start, lo - 1)
    rows = db.execute(
        f"SELECT d.kind, d.ref, f.rowid FROM {table} f JOIN directory_index d ON d.{key} = f.rowid "
        f"WHERE {table} MATCH :match AND f.rowid > :after{upto} "
        f"AND substr(d.name_folded, 1, :len) <> :q{where} ORDER BY f.rowid LIMIT :n",
        {**params, "match": match, "after": start},
    ).fetchall()
    return [(kind, ref, [key]) for kind, ref, key in rows]


def _word(db: sqlite3.Connection, q: _Query, after: list[Any] | None, n: int) -> list[Hit]:
    params = {"q": q.folded, "len": len(q.folded), "n": n}
    return _fts(db, q, q.phrase("words", words_form(q.folded)), "", params, after)


def _inner(db: sqlite3.Connection, q: _Query, after: list[Any] | None, n: int) -> list[Hit]:
    if len(q.folded) < 3:
        return []
    params = {"q": q.folded, "len": len(q.folded), "n": n, "words": words_form(q.folded)}
    where = f" AND instr({words_sql('d.name_folded')}, :words) = 0"
    return _fts(db, q, q.phrase("name", q.folded), where, params, after)


_TIERS: Sequence[Callable[[sqlite3.Connection, _Query, list[Any] | None, int], list[Hit]]] = (
    _network,
    _vat,
    _start,
    _word,
    _inner,
)


def _earlier(db: sqlite3.Connection, q: _Query, tier: int, hits: list[Hit]) -> set[str]:
    """Entities among `hits` that an earlier number tier already lists (shown there only)."""
    tests = []
    if tier > TIER_NETWORK and q.network:
        tests.append("(network_number >= :lo AND network_number < :hi)")
    if tier > TIER_VAT and q.vat:
        tests.append("vat_compact IN (:vat, :bare)")
    refs = [ref for kind, ref, _ in hits if kind == KIND_ENTITY]
    if not tests or not refs:
        return set()
    marks = ",".join(f":r{i}" for i in range(len(refs)))
    params = {f"r{i}": ref for i, ref in enumerate(refs)}
    params |= {"lo": q.compact, "hi": q.compact + _HIGH, "vat": q.compact, "bare": q.bare}
    rows = db.execute(
        f"SELECT id FROM buyers WHERE id IN ({marks}) AND ({' OR '.join(tests)})", params
    )
    return {ref for (ref,) in rows}


def encode_cursor(tier: int, position: list[Any] | None) -> str:
    raw = json.dumps([tier, position], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[int, list[Any] | None]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        tier, position = json.loads(raw)
    except (ValueError, TypeError, binascii.Error) as exc:
        raise ApiError(422, "bad_cursor", "The cursor is not valid.") from exc
    if not isinstance(tier, int) or not 0 <= tier < len(_TIERS):
        raise ApiError(422, "bad_cursor", "The cursor is not valid.")
    if position is not None and not isinstance(position, list):
        raise ApiError(422, "bad_cursor", "The cursor is not valid.")
    return tier, position


def _collect(
    db: sqlite3.Connection, query: _Query, limit: int, cursor: str | None
) -> tuple[list[Hit], str | None]:
    """Up to `limit` hits from the cursor on, each entry once across all pages.

    A row an earlier tier lists (a network or VAT number match that also matches
    by name) is skipped where it comes again; the cursor moves past it all the same.
    """
    first, position = decode_cursor(cursor) if cursor else (0, None)
    hits: list[Hit] = []
    seen: set[tuple[int, str]] = set()
    for tier in range(first, len(_TIERS)):
        pos = position if tier == first else None
        for _ in range(_ROUNDS_MAX):
            need = limit - len(hits)
            rows = _TIERS[tier](db, query, pos, need + 1)
            shown_before = _earlier(db, query, tier, rows)
            for kind, ref, row_pos in rows:
                if ref in shown_before and kind == KIND_ENTITY or (kind, ref) in seen:
                    pos = row_pos
                    continue
                if len(hits) == limit:  # one more to show: the next page starts here
                    return hits, encode_cursor(tier, pos)
                seen.add((kind, ref))
                hits.append((kind, ref, row_pos))
                pos = row_pos
            if len(rows) <= need:
                break  # this tier has no more rows
    return hits, None


def search_items(
    db: sqlite3.Connection,
    q: str,
    country: str | None = None,
    limit: int = 20,
    cursor: str | None = None,
) -> tuple[list[dict[str, Any]], str | None]:
    """The page as plain dicts (`DirectoryEntry` fields) and the next cursor."""
    if len(q) > QUERY_MAX:
        raise ApiError(422, "query_too_long", f"The search text is longer than {QUERY_MAX}.")
    if country is not None and not _COUNTRY.fullmatch(country):
        raise ApiError(422, "bad_country", "The country must be a two-letter code.")
    query = _Query(q, country)
    if not query.folded:
        return [], None
    limit = max(1, min(limit, DIRECTORY_LIMIT_MAX))
    hits, next_cursor = _collect(db, query, limit, cursor)
    return hydrate(db, hits), next_cursor


def search_json(
    db: sqlite3.Connection,
    q: str,
    country: str | None = None,
    limit: int = 20,
    cursor: str | None = None,
) -> bytes:
    """`search_raw` serialised by orjson straight from the rows (the endpoint's hot path)."""
    items, next_cursor = search_items(db, q, country, limit, cursor)
    return orjson.dumps({"items": items, "next_cursor": next_cursor})


def search_raw(
    db: sqlite3.Connection,
    q: str,
    country: str | None = None,
    limit: int = 20,
    cursor: str | None = None,
) -> DirectoryPage:
    """`search_directory` on a plain sqlite3 connection (also used by the benchmark)."""
    items, next_cursor = search_items(db, q, country, limit, cursor)
    return DirectoryPage(items=[DirectoryEntry(**item) for item in items], next_cursor=next_cursor)


def dbapi_connection(session: Session) -> sqlite3.Connection:
    raw = session.connection().connection.dbapi_connection
    assert isinstance(raw, sqlite3.Connection), "the directory index needs SQLite"
    return raw


def search_directory(
    session: Session,
    q: str,
    country: str | None = None,
    limit: int = 20,
    cursor: str | None = None,
) -> DirectoryPage:
    """Ranked legal entities and groups whose name, VAT or network number matches `q`."""
    return search_raw(dbapi_connection(session), q, country, limit, cursor)
