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


# A term of several words: the names holding it (the word and the inner tier's rows both) are
# read once, in name order, as far as a tier needs them, up to HELD_CAP names; a term no name
# holds costs one read of the name trigrams (across the words' breaks: far rarer than the
# `words` column's padded word starts, "  s", "a  ").
HELD_CAP = 300
_CHUNK = 50


class _Held:
    """The names (kind, ref, rowid, name_key) holding a term of several words, past a rowid, in
    rowid (name) order, read in chunks as the tiers ask for more."""

    def __init__(self, db: sqlite3.Connection, q: Query, start: int | None) -> None:
        table, key, upto, start = _partition(q, [start] if start is not None else None)
        self.cursor = db.execute(
            f"SELECT d.kind, d.ref, f.rowid, d.name_key FROM {table} f "
            f"JOIN directory_index d ON d.{key} = f.rowid WHERE {table} MATCH :match "
            f"AND f.rowid > :after{upto} ORDER BY f.rowid",
            {"match": q.phrase("name", q.key), "after": start},
        )
        self.rows: list[tuple[int, str, int, str]] = []
        self.done = False

    def more(self) -> bool:
        """Read the next chunk; False at the end or past HELD_CAP (then the tier's own SQL)."""
        if self.done or len(self.rows) >= HELD_CAP:
            return False
        chunk = self.cursor.fetchmany(_CHUNK)
        self.rows += chunk
        if len(chunk) < _CHUNK:
            self.close()
        return bool(chunk)

    def close(self) -> None:
        self.done = True
        self.cursor.close()


def _words_of(name_key: str) -> str:
    """`words_sql` in Python: the name without its first word, every space doubled."""
    space = name_key.find(" ")
    return name_key[space:].replace(" ", "  ") if space >= 0 else ""


def _from_held(
    db: sqlite3.Connection, q: Query, inner: bool, after: list[Any] | None, n: int
) -> list[Hit] | None:
    """The word (or inner) tier's rows as its SQL picks them, from the names holding the term;
    None for a term of one word or when that would read more than HELD_CAP names."""
    if " " not in q.key:
        return None
    start = after[0] if after else None
    held = q.found.get(("held", start))
    if held is None:
        held = q.found[("held", start)] = _Held(db, q, start)
    words = words_form(q.key)
    out: list[Hit] = []
    i = 0
    while len(out) < n:
        if i == len(held.rows):
            if held.done:
                break
            if not held.more():
                if held.done:
                    break
                return None  # too many names hold it: the tier's own SQL
            continue
        kind, ref, rowid, name_key = held.rows[i]
        i += 1
        if name_key.startswith(q.key):
            continue
        if (words in _words_of(name_key)) == inner:
            continue
        out.append((kind, ref, [rowid]))
    return out


def _word(db: sqlite3.Connection, q: Query, after: list[Any] | None, n: int) -> list[Hit]:
    held = _from_held(db, q, False, after, n)
    if held is not None:
        return held
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
    held = _from_held(db, q, True, after, n)
    if held is not None:
        return held
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
