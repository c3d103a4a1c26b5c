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

from sqlalchemy.orm import Session

from portal.errors import ApiError
from portal.search.schema import KIND_ENTITY, KIND_GROUP, cc_form, words_form, words_sql
from wire.schemas import DIRECTORY_LIMIT_MAX, DirectoryEntry, DirectoryPage
from wire.text import compact_vat, fold

QUERY_MAX = 100
TIER_NETWORK, TIER_VAT, TIER_START, TIER_WORD, TIER_INNER = range(5)
_COUNTRY = re.compile(r"[A-Za-z]{2}")
_NETWORK = re.compile(r"[A-Z]{2,4}[0-9]{2,}")
_HIGH = "\U0010ffff"

# (kind, ref, position-for-the-cursor)
Hit = tuple[int, str, list[Any]]


class _Query:
    def __init__(self, q: str, country: str | None) -> None:
        self.folded = fold(q)
        self.compact = compact_vat(q)
        self.country = country.upper() if country else None

    def phrase(self, column: str, value: str) -> str:
        match = f'{column} : "{value.replace(chr(34), chr(34) * 2)}"'
        if self.country:
            match += f' AND cc : "{cc_form(self.country)}"'
        return match

    def country_sql(self, column: str) -> str:
        return f" AND {column} = :country" if self.country else ""


def _network(db: sqlite3.Connection, q: _Query, after: list[Any] | None, n: int) -> list[Hit]:
    if not _NETWORK.match(q.compact):
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
    vat = q.compact
    if len(vat) < 5 or sum(ch.isdigit() for ch in vat) < 4:
        return []
    bare = vat[2:] if vat[:2].isalpha() else vat
    rows = db.execute(
        "SELECT id FROM buyers WHERE vat_compact IN (:vat, :bare) AND id > :after"
        f"{q.country_sql('country')} ORDER BY id LIMIT :n",
        {
            "vat": vat,
            "bare": bare,
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
    db: sqlite3.Connection, match: str, where: str, params: dict[str, Any], after: list[Any] | None
) -> list[Hit]:
    rows = db.execute(
        "SELECT d.kind, d.ref, d.key FROM directory_fts f JOIN directory_index d ON d.key = f.rowid "
        "WHERE directory_fts MATCH :match AND f.rowid > :after AND substr(d.name_folded, 1, :len) <> :q"
        f"{where} ORDER BY f.rowid LIMIT :n",
        {**params, "match": match, "after": after[0] if after else -(1 << 63)},
    ).fetchall()
    return [(kind, ref, [key]) for kind, ref, key in rows]


def _word(db: sqlite3.Connection, q: _Query, after: list[Any] | None, n: int) -> list[Hit]:
    params = {"q": q.folded, "len": len(q.folded), "n": n}
    return _fts(db, q.phrase("words", words_form(q.folded)), "", params, after)


def _inner(db: sqlite3.Connection, q: _Query, after: list[Any] | None, n: int) -> list[Hit]:
    if len(q.folded) < 3:
        return []
    params = {"q": q.folded, "len": len(q.folded), "n": n, "words": words_form(q.folded)}
    where = f" AND instr({words_sql('d.name_folded')}, :words) = 0"
    return _fts(db, q.phrase("name", q.folded), where, params, after)


_TIERS: Sequence[Callable[[sqlite3.Connection, _Query, list[Any] | None, int], list[Hit]]] = (
    _network,
    _vat,
    _start,
    _word,
    _inner,
)


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


def _hydrate(db: sqlite3.Connection, hits: list[Hit]) -> list[DirectoryEntry]:
    entity_ids = [ref for kind, ref, _ in hits if kind == KIND_ENTITY]
    group_ids = [ref for kind, ref, _ in hits if kind == KIND_GROUP]
    found: dict[tuple[int, str], DirectoryEntry] = {}
    if entity_ids:
        marks = ",".join("?" * len(entity_ids))
        for row in db.execute(
            "SELECT b.id, b.name, b.network_number, b.vat_number, b.country, b.group_id, g.name "
            f"FROM buyers b LEFT JOIN buyer_groups g ON g.id = b.group_id WHERE b.id IN ({marks})",
            entity_ids,
        ):
            found[(KIND_ENTITY, row[0])] = DirectoryEntry(
                id=row[0],
                kind="entity",
                name=row[1],
                network_number=row[2],
                vat_number=row[3],
                country=row[4],
                group_id=row[5],
                group_name=row[6],
            )
    if group_ids:
        marks = ",".join("?" * len(group_ids))
        for ref, name in db.execute(
            f"SELECT id, name FROM buyer_groups WHERE id IN ({marks})", group_ids
        ):
            found[(KIND_GROUP, ref)] = DirectoryEntry(id=ref, kind="group", name=name)
    return [found[(kind, ref)] for kind, ref, _ in hits if (kind, ref) in found]


def search_raw(
    db: sqlite3.Connection,
    q: str,
    country: str | None = None,
    limit: int = 20,
    cursor: str | None = None,
) -> DirectoryPage:
    """`search_directory` on a plain sqlite3 connection (also used by the benchmark)."""
    if len(q) > QUERY_MAX:
        raise ApiError(422, "query_too_long", f"The search text is longer than {QUERY_MAX}.")
    if country is not None and not _COUNTRY.fullmatch(country):
        raise ApiError(422, "bad_country", "The country must be a two-letter code.")
    query = _Query(q, country)
    if not query.folded:
        return DirectoryPage(items=[])
    limit = max(1, min(limit, DIRECTORY_LIMIT_MAX))
    first, position = decode_cursor(cursor) if cursor else (0, None)
    hits: list[Hit] = []
    seen: set[tuple[int, str]] = set()
    next_cursor = None
    for tier in range(first, len(_TIERS)):
        need = limit - len(hits)
        rows = _TIERS[tier](db, query, position if tier == first else None, need + 1)
        for kind, ref, pos in rows[:need]:
            if (kind, ref) not in seen:
                seen.add((kind, ref))
                hits.append((kind, ref, pos))
        if len(rows) > need:
            next_cursor = encode_cursor(tier, rows[need - 1][2] if need else None)
            break
    return DirectoryPage(items=_hydrate(db, hits), next_cursor=next_cursor)


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
