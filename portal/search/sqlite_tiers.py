"""The directory's tiers on SQLite: FTS5 trigram over the name-ordered index of `schema`.

Each name tier comes out in name order straight from an index (the name-order key is the
FTS rowid), so a page costs about `limit` rows whatever the number of matches.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from portal.search.cursor import is_int64, is_text, shape
from portal.search.hydrate import Hit, hydrate
from portal.search.schema import KIND_ENTITY, country_range, words_form, words_sql
from portal.search.terms import HIGH as _HIGH
from portal.search.terms import TIER_NETWORK, TIER_VAT, Backend, Query


def _network(db: sqlite3.Connection, q: Query, after: list[Any] | None, n: int) -> list[Hit]:
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


def _vat(db: sqlite3.Connection, q: Query, after: list[Any] | None, n: int) -> list[Hit]:
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


def _start(db: sqlite3.Connection, q: Query, after: list[Any] | None, n: int) -> list[Hit]:
    name, key = after if after else ("", -(1 << 63))
    rows = db.execute(
        "SELECT kind, ref, name_key, key FROM directory_index "
        "WHERE name_key >= :lo AND name_key < :hi AND (name_key, key) > (:name, :key)"
        f"{q.country_sql('country')} ORDER BY name_key, key LIMIT :n",
        {
            "lo": q.key,
            "hi": q.key + _HIGH,
            "name": name,
            "key": key,
            "country": q.country,
            "n": n,
        },
    ).fetchall()
    return [(kind, ref, [name_key, key]) for kind, ref, name_key, key in rows]


def _partition(q: Query, after: list[Any] | None) -> tuple[str, str, str, int]:
    """(FTS table, its key column, rowid upper bound SQL, rowid to start after): with a
    country, the rowid range of its partition."""
    start = after[0] if after else -(1 << 63)
    if q.country:
        lo, hi = country_range(q.country)
        return "directory_cfts", "ckey", f" AND f.rowid < {hi}", max(start, lo - 1)
    return "directory_fts", "key", "", start


def _fts(
    db: sqlite3.Connection,
    q: Query,
    match: str,
    where: str,
    params: dict[str, Any],
    after: list[Any] | None,
) -> list[Hit]:
    """Name-ordered FTS matches; with a country, the rowid range of its partition."""
    table, key, upto, start = _partition(q, after)
    rows = db.execute(
        f"SELECT d.kind, d.ref, f.rowid FROM {table} f JOIN directory_index d ON d.{key} = f.rowid "
        f"WHERE {table} MATCH :match AND f.rowid > :after{upto} "
        f"AND substr(d.name_key, 1, :len) <> :q{where} ORDER BY f.rowid LIMIT :n",
        {**params, "match": match, "after": start},
    ).fetchall()
    return [(kind, ref, [key]) for kind, ref, key in rows]


# A term of several words: the names holding it are read once for the word and the inner tier
# when there are at most HELD_CAP of them (a term no name holds: one read of the name trigrams).
HELD_CAP = 200


def _words_of(name_key: str) -> str:
    """`words_sql` in Python: the name without its first word, every space doubled."""
    space = name_key.find(" ")
    return name_key[space:].replace(" ", "  ") if space >= 0 else ""


def _held(db: sqlite3.Connection, q: Query) -> list[tuple[int, str, int, str]] | None:
    """Every (kind, ref, rowid, name_key) whose name key holds a term of several words, in
    rowid (name) order; None for a term of one word or when more than HELD_CAP names hold it."""
    if " " not in q.key:
        return None
    if "held" not in q.found:
        table, key, upto, start = _partition(q, None)
        rows = db.execute(
            f"SELECT d.kind, d.ref, f.rowid, d.name_key FROM {table} f "
            f"JOIN directory_index d ON d.{key} = f.rowid WHERE {table} MATCH :match "
            f"AND f.rowid > :after{upto} ORDER BY f.rowid LIMIT {HELD_CAP + 1}",
            {"match": q.phrase("name", q.key), "after": start},
        ).fetchall()
        q.found["held"] = rows if len(rows) <= HELD_CAP else None
    return q.found["held"]  # type: ignore[no-any-return]


def _from_held(
    q: Query, held: list[tuple[int, str, int, str]], inner: bool, after: list[Any] | None, n: int
) -> list[Hit]:
    """The word (or inner) tier's rows among `held`, as its SQL picks them."""
    start = after[0] if after else -(1 << 63)
    words = words_form(q.key)
    out: list[Hit] = []
    for kind, ref, rowid, name_key in held:
        if rowid <= start or name_key.startswith(q.key):
            continue
        if (words in _words_of(name_key)) != inner:
            out.append((kind, ref, [rowid]))
            if len(out) == n:
                break
    return out


def _word(db: sqlite3.Connection, q: Query, after: list[Any] | None, n: int) -> list[Hit]:
    held = _held(db, q)
    if held is not None:
        return _from_held(q, held, False, after, n)
    params = {"q": q.key, "len": len(q.key), "n": n}
    if " " in q.key:
        # Several words: the same names as the `words` phrase (a word start after the first
        # word, name keys being single-spaced), read from trigrams across the words' breaks,
        # far rarer than the padded word starts' ("  s", "a  ") of the `words` column.
        return _fts(db, q, q.phrase("name", " " + q.key), "", params, after)
    return _fts(db, q, q.phrase("words", words_form(q.key)), "", params, after)


def _inner(db: sqlite3.Connection, q: Query, after: list[Any] | None, n: int) -> list[Hit]:
    if len(q.key) < 3:
        return []
    held = _held(db, q)
    if held is not None:
        return _from_held(q, held, True, after, n)
    params = {"q": q.key, "len": len(q.key), "n": n, "words": words_form(q.key)}
    where = f" AND instr({words_sql('d.name_key')}, :words) = 0"
    return _fts(db, q, q.phrase("name", q.key), where, params, after)


_TIERS = (
    _network,
    _vat,
    _start,
    _word,
    _inner,
)


def _earlier(db: sqlite3.Connection, q: Query, tier: int, hits: list[Hit]) -> set[str]:
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


SQLITE = Backend(
    tiers=_TIERS,
    positions=(
        shape(is_text),
        shape(is_text),
        shape(is_text, is_int64),
        shape(is_int64),
        shape(is_int64),
    ),
    earlier=_earlier,
    hydrate=hydrate,
)
