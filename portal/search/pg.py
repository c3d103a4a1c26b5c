"""The directory's tiers on PostgreSQL: btree name order, pg_trgm and, for terms of short
words, the texts around the spaces between words (see `pg_schema`, `pg_words`).

Positions are `[name_key, kind, ref]` for the name tiers (buyers and groups merged in
name order, byte-wise), `[network_number]` and `[id]` for the number tiers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from portal.search.cursor import is_text, shape
from portal.search.hydrate import Hit, hydrate_pg
from portal.search.pg_schema import COUNTRY_TRIGRAMS
from portal.search.pg_words import (
    PAIRS,
    escape_like,
    expected_rows,
    fewest_holding,
    several_words,
)
from portal.search.schema import KIND_ENTITY, KIND_GROUP
from portal.search.terms import HIGH, TIER_NETWORK, TIER_VAT, Backend, Query

C = 'COLLATE "C"'
_TABLES = ((KIND_ENTITY, "buyers"), (KIND_GROUP, "buyer_groups"))


def _country(q: Query) -> str:
    return " AND country = %(country)s" if q.country else ""


_ASCII_RUN = re.compile(r"[A-Za-z0-9]+")


def country_trigrams(country: str, fragment: str) -> list[str]:
    """Trigrams every name key containing `fragment` has, tagged with the country as
    `directory_country_trigrams` tags them: pg_trgm's trigrams of the runs of ASCII letters and
    digits in `fragment` (after a space a run starts a word: pg_trgm's padding "  a", " ab"
    too). Runs touching other letters give their inner trigrams only (pg_trgm keeps a checksum
    for trigrams with other letters, and a run may go on into them), so none is ever missing.
    Trigrams are lower case and the country upper case: "PL" + "sen" is no other country's.
    """
    found: set[str] = set()
    for run in _ASCII_RUN.finditer(fragment):
        word = run.group().lower()
        if run.start() > 0 and fragment[run.start() - 1] == " ":
            word = "  " + word
        found.update(word[i : i + 3] for i in range(len(word) - 2))
    return sorted(country + trigram for trigram in found)


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


@dataclass(frozen=True)
class Match:
    """A name tier's test, three ways: `indexed` for the trigram index (and the walks),
    `exact` the same without a trigram condition, `keeps` the same in Python (on a name key);
    `fragment` is the text a matching name key holds (its trigrams within one country) and
    `words` the condition on the names holding a term of several words (`several_words`), ""
    for other terms; `counted` the parameter of the word pairs the tier's matches hold
    (`several_words`), whose rows the planner counts (`fewest_holding`), "" for other terms."""

    indexed: str
    exact: str
    keeps: Callable[[str], bool]
    fragment: str
    words: str
    counted: str = ""


def _past(kind: int, after: list[Any] | None, name: str, ref: str) -> bool:
    """`_after` in Python (code point order is the "C" collation's order of UTF-8)."""
    if after is None:
        return True
    after_name, after_kind, after_ref = after
    if kind == after_kind:
        return (name, ref) > (after_name, after_ref)
    return name > after_name if kind < after_kind else name >= after_name


def _holding(
    db: Any, q: Query, kind: int, table: str, test: Match, values: dict[str, Any]
) -> list[tuple[int, str, str]] | None:
    """Every row of `table` whose name key holds a term of several words, read once per
    search for both the word and the inner tier (a term no name holds costs one read of the
    words' trigram lists, not two); None when more than SPARSE_CAP rows hold it, or when the
    planner counts more (`test.counted`: not read, thousands of rows for nothing)."""
    key = ("holding", kind)
    if key not in q.found:
        scope = _country(q) if kind == KIND_ENTITY else ""
        if test.counted and fewest_holding(db, q, table, "pairs", scope, values) > SPARSE_CAP:
            q.found[key] = None
            return None
        rows = db.execute(
            f"SELECT {kind}, id, name_key FROM {table} WHERE {test.words}strpos(name_key, %(q)s) > 0"
            f"{scope} LIMIT {SPARSE_CAP + 1}",
            values,
        ).fetchall()
        q.found[key] = rows if len(rows) <= SPARSE_CAP else None
    return q.found[key]  # type: ignore[no-any-return]


# Bounds of the steps `_table_hits` takes (rows read), see there.
SHORT_WALK = 2000
SPARSE_CAP = 3000
LONG_WALK = 30000


def _walk_sql(
    kind: int, table: str, q: Query, test: Match, after: list[Any] | None, budget: int
) -> str:
    """The first `budget` entries of the name index (index only) in the scope, those passing
    the test, up to n (`_table_hits`' walks)."""
    scope = (_country(q) if kind == KIND_ENTITY else "") + _after(kind, after)
    order = f"ORDER BY name_key {C}, id {C}"
    return (
        f"SELECT {kind}, id, name_key FROM (SELECT id, name_key FROM {table} "
        f"WHERE TRUE{scope} {order} LIMIT {budget}) AS walked "
        f"WHERE {test.indexed} {order} LIMIT %(n)s"
    )


def _table_hits(
    db: Any,
    q: Query,
    kind: int,
    table: str,
    test: Match,
    values: dict[str, Any],
    after: list[Any] | None,
    short: list[tuple[int, str, str]] | None = None,
) -> list[tuple[int, str, str]]:
    """Up to n rows of one table passing `test`, in name order, each step bounded:

    1. walk the name index (index only) SHORT_WALK entries: enough when matches are dense;
    2. the trigram index's matches, at most SPARSE_CAP of them: when there are fewer, that is
       all of them, sorted here in memory (after the long walk of step 3 when the planner
       expects more than SPARSE_CAP matches: long trigram lists are slow to read);
    3. else (thousands of matches, not dense) a LONG_WALK of the name index;
    4. else every match from the trigram index, sorted (a narrow band of densities).

    Within one country, steps 2 and 4 read the country's own trigrams (`country_trigrams`)
    with the `exact` test that no other index serves; `values["tagged"]` holds them (empty
    when the term has none: then the name trigram index, as without a country). Step 2 of a
    term of several words takes the rows that hold the term (`_holding`) when they are few;
    a term the word pairs narrow (`test.counted`) reads its own matches there next, not the
    long walk first, unless the planner counts more than SPARSE_CAP of them.
    `short`: the rows of step 1 when the caller read them (with another table's, `_ordered`).
    """
    match = test.indexed
    scope = (_country(q) if kind == KIND_ENTITY else "") + _after(kind, after)
    found = f"{match}{scope}"
    tagged = kind == KIND_ENTITY and bool(values["tagged"])
    if tagged:
        found = f"{COUNTRY_TRIGRAMS}(country, name_key) @> %(tagged)s::text[] AND {test.exact}"
        found += _after(kind, after)
    order = f"ORDER BY name_key {C}, id {C}"
    n = values["n"]

    def walk(budget: int) -> list[tuple[int, str, str]]:
        sql = _walk_sql(kind, table, q, test, after, budget)
        return db.execute(sql, values).fetchall()  # type: ignore[no-any-return]

    def matches(cap: str) -> list[tuple[int, str, str]]:
        return db.execute(  # type: ignore[no-any-return]
            f"WITH found AS MATERIALIZED (SELECT id, name_key FROM {table} "
            f"WHERE {found}{cap}) SELECT {kind}, id, name_key FROM found {order}",
            values,
        ).fetchall()

    def held(rows: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
        kept = [row for row in rows if test.keeps(row[2]) and _past(kind, after, row[2], row[1])]
        return sorted(kept, key=lambda row: (row[2], row[1]))[:n]

    shared = bool(test.words) and not tagged
    if shared and q.found.get(("holding", kind)) is not None:
        return held(q.found[("holding", kind)])  # read by an earlier tier of this search
    rows = walk(SHORT_WALK) if short is None else short
    if len(rows) >= n:
        return rows
    # Common trigrams make the trigram index slow to read (its lists are long) even when
    # few rows match: when the planner expects many (no country), walk the long way first.
    # (A term's word pairs: the count of its rarest, see `fewest_holding`.)
    if test.counted:
        expected = fewest_holding(db, q, table, test.counted, scope, values)
    else:
        expected = expected_rows(db, table, f"{match}{scope}", values)
    walked_long = not q.country and expected > SPARSE_CAP
    if walked_long:
        rows = walk(LONG_WALK)
        if len(rows) >= n:
            return rows
    holding = _holding(db, q, kind, table, test, values) if shared else None
    if holding is not None:
        return held(holding)
    if shared and not walked_long and not test.counted:
        # More than SPARSE_CAP names hold the term of several words: its matches are dense
        # enough for the long walk, before the trigram index's long lists are read again
        # (the word pairs' lists are short where the planner expects few: read them).
        walked_long = True
        rows = walk(LONG_WALK)
        if len(rows) >= n:
            return rows
    rows = matches(f" LIMIT {SPARSE_CAP + 1}")
    if len(rows) <= SPARSE_CAP:
        return rows[:n]
    if not walked_long:
        rows = walk(LONG_WALK)
        if len(rows) >= n:
            return rows
    return matches("")[:n]


def _ordered(
    db: Any,
    q: Query,
    test: Match,
    params: dict[str, Any],
    after: list[Any] | None,
    n: int,
) -> list[Hit]:
    """Buyers (and groups, without a country) passing `test`, merged in name order
    (code point order, as PostgreSQL's "C" collation compares UTF-8)."""
    tagged = country_trigrams(q.country, test.fragment) if q.country else []
    values = {**params, "country": q.country, "n": n, "tagged": tagged}
    if after is not None:
        values |= {"after_name": after[0], "after_ref": after[2]}
    tables = [(kind, table) for kind, table in _TABLES if not (q.country and kind == KIND_GROUP)]
    # The short walks of the tables still to read, in one statement (one round trip); a
    # table whose rows holding the term an earlier tier read needs none.
    walking = [
        (kind, table)
        for kind, table in tables
        if not (test.words and q.found.get(("holding", kind)) is not None)
    ]
    short: dict[int, list[tuple[int, str, str]]] = {}
    if len(walking) > 1:
        sql = " UNION ALL ".join(
            f"({_walk_sql(kind, table, q, test, after, SHORT_WALK)})" for kind, table in walking
        )
        short = {kind: [] for kind, _ in walking}
        for row in db.execute(sql, values).fetchall():
            short[row[0]].append(row)
    rows: list[Any] = []
    for kind, table in tables:
        rows += _table_hits(db, q, kind, table, test, values, after, short.get(kind))
    rows.sort(key=lambda row: (row[2], row[0], row[1]))
    return [(kind, ref, [name, kind, ref]) for kind, ref, name in rows[:n]]


def _start(db: Any, q: Query, after: list[Any] | None, n: int) -> list[Hit]:
    """A range of the name index: in order, n rows whatever the number of matches."""
    values = {"lo": q.key, "hi": q.key + HIGH, "country": q.country, "n": n}
    if after is not None:
        values |= {"after_name": after[0], "after_ref": after[2]}
    parts = []  # buyers and groups in one statement (one round trip)
    for kind, table in _TABLES:
        if q.country and kind == KIND_GROUP:
            continue
        scope = (_country(q) if kind == KIND_ENTITY else "") + _after(kind, after)
        parts.append(
            f"(SELECT {kind}, id, name_key FROM {table} WHERE name_key {C} >= %(lo)s "
            f"AND name_key {C} < %(hi)s{scope} ORDER BY name_key {C}, id {C} LIMIT %(n)s)"
        )
    rows: list[tuple[int, str, str]] = db.execute(" UNION ALL ".join(parts), values).fetchall()
    rows.sort(key=lambda row: (row[2], row[0], row[1]))
    return [(kind, ref, [name, kind, ref]) for kind, ref, name in rows[:n]]


_NOT_START = f"left(name_key, %(len)s) {C} <> %(q)s"


_WORD = f"strpos(name_key, %(spaced)s) > 0 AND {_NOT_START}"
_INNER = f"strpos(name_key, %(q)s) > 0 AND {_NOT_START} AND strpos(name_key, %(spaced)s) = 0"


def _word(db: Any, q: Query, after: list[Any] | None, n: int) -> list[Hit]:
    params = {
        "word": f"% {escape_like(q.key)}%",
        "q": q.key,
        "len": len(q.key),
        "spaced": " " + q.key,
    }
    words, spaced_words, each = several_words(q)
    indexed = f"{spaced_words}{_WORD}" if words else f"name_key LIKE %(word)s AND {_NOT_START}"
    key, spaced = q.key, " " + q.key

    def keeps(name: str) -> bool:
        return spaced in name and not name.startswith(key)

    test = Match(indexed, _WORD, keeps, spaced, words, "spaced_pairs" if PAIRS in words else "")
    return _ordered(db, q, test, params | each, after, n)


def _inner(db: Any, q: Query, after: list[Any] | None, n: int) -> list[Hit]:
    if len(q.key) < 3:
        return []
    params = {
        "inner": f"%{escape_like(q.key)}%",
        "q": q.key,
        "len": len(q.key),
        "spaced": " " + q.key,
    }
    words, _, each = several_words(q)
    indexed = f"{words}{_INNER}" if words else f"name_key LIKE %(inner)s AND {_INNER}"
    key, spaced = q.key, " " + q.key

    def keeps(name: str) -> bool:
        return key in name and not name.startswith(key) and spaced not in name

    test = Match(indexed, _INNER, keeps, key, words, "pairs" if PAIRS in words else "")
    return _ordered(db, q, test, params | each, after, n)


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


def _is_kind(value: object) -> bool:
    return type(value) is int and value in (KIND_ENTITY, KIND_GROUP)


_NAMED = shape(is_text, _is_kind, is_text)

POSTGRES = Backend(
    tiers=(_network, _vat, _start, _word, _inner),
    positions=(shape(is_text), shape(is_text), _NAMED, _NAMED, _NAMED),
    earlier=_earlier,
    hydrate=hydrate_pg,
)
