"""Directory search: the tiers of an engine (`sqlite_tiers`, `pg`) walked into one page.

Tiers, in order: network number (prefix), VAT number (exact, with or without
country prefix), name starts with q, a later word starts with q, q inside the
name (3+ characters: trigram), each in name order; the cursor is (tier, position).
Raw DB-API SQL on the hot path: no ORM objects are built.
"""

from __future__ import annotations

import re
import sqlite3
from typing import Any

import orjson
from sqlalchemy.orm import Session

from portal.errors import ApiError
from portal.search.cursor import decode_cursor as _decode
from portal.search.cursor import encode_cursor
from portal.search.hydrate import Hit
from portal.search.schema import KIND_ENTITY
from portal.search.sqlite_tiers import SQLITE
from portal.search.terms import TIER_START, Backend, Query
from wire.schemas import DIRECTORY_LIMIT_MAX, DirectoryEntry, DirectoryPage

QUERY_MAX = 100
_COUNTRY = re.compile(r"[A-Za-z]{2}")
# Rounds of fetching within one tier when earlier tiers' rows are skipped.
_ROUNDS_MAX = 1000


def backend_for(db: Any) -> Backend:
    """The engine of a DB-API connection: SQLite (FTS5) or PostgreSQL (pg_trgm)."""
    if isinstance(db, sqlite3.Connection):
        return SQLITE
    from portal.search.pg import POSTGRES

    return POSTGRES


def decode_cursor(cursor: str, backend: Backend | None = None) -> tuple[int, list[Any] | None]:
    """(tier, position) of a cursor the engine issued; 422 `bad_cursor` otherwise."""
    return _decode(cursor, (backend or SQLITE).positions)


def _collect(db: Any, query: Query, limit: int, cursor: str | None) -> tuple[list[Hit], str | None]:
    """Up to `limit` hits from the cursor on, each entry once across all pages.

    A row an earlier tier lists (a network or VAT number match that also matches
    by name) is skipped where it comes again; the cursor moves past it all the same.
    """
    backend = backend_for(db)
    first, position = decode_cursor(cursor, backend) if cursor else (0, None)
    hits: list[Hit] = []
    seen: set[tuple[int, str]] = set()
    last = len(backend.tiers) if query.names else TIER_START
    for tier in range(first, last):
        pos = position if tier == first else None
        for _ in range(_ROUNDS_MAX):
            need = limit - len(hits)
            rows = backend.tiers[tier](db, query, pos, need + 1)
            shown_before = backend.earlier(db, query, tier, rows)
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
    db: Any,
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
    query = Query(q, country)
    if not query.key:
        return [], None
    limit = max(1, min(limit, DIRECTORY_LIMIT_MAX))
    try:
        hits, next_cursor = _collect(db, query, limit, cursor)
    finally:
        for shared in query.found.values():  # statements an engine left open (read in parts)
            close = getattr(shared, "close", None)
            if close is not None:
                close()
    return backend_for(db).hydrate(db, hits), next_cursor


def search_json(
    db: Any,
    q: str,
    country: str | None = None,
    limit: int = 20,
    cursor: str | None = None,
) -> bytes:
    """`search_raw` serialised by orjson straight from the rows (the endpoint's hot path)."""
    items, next_cursor = search_items(db, q, country, limit, cursor)
    return orjson.dumps({"items": items, "next_cursor": next_cursor})


def search_raw(
    db: Any,
    q: str,
    country: str | None = None,
    limit: int = 20,
    cursor: str | None = None,
) -> DirectoryPage:
    """`search_directory` on a plain DB-API connection (also used by the benchmark)."""
    items, next_cursor = search_items(db, q, country, limit, cursor)
    return DirectoryPage(items=[DirectoryEntry(**item) for item in items], next_cursor=next_cursor)


def dbapi_connection(session: Session) -> Any:
    """The session's DB-API connection (sqlite3 or psycopg), for raw SQL on the hot path."""
    return session.connection().connection.dbapi_connection


def search_directory(
    session: Session,
    q: str,
    country: str | None = None,
    limit: int = 20,
    cursor: str | None = None,
) -> DirectoryPage:
    """Ranked legal entities and groups whose name, VAT or network number matches `q`."""
    return search_raw(dbapi_connection(session), q, country, limit, cursor)
