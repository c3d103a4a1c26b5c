"""Terms of several short, common words (issue 21): the same hits, in the same order and pages,
and a term no name holds answers after one read of the name trigrams (SQLite)."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from portal.search import install_search_index, rebuild_search_index, search_raw, sqlite_tiers
from tests.portal.test_directory_search import add_buyer, expected_tiers, make_engine
from wire.text import fold_words

WORDS = ["ab", "co", "as", "sp", "z", "o", "de", "la", "sa", "s", "r", "kg", "gmbh", "krakow"]
WORDS += ["praha", "las", "cosas", "tabco", "&", "sp. z o.o.", "s.r.o.", "a/s", "de-la"]
TERMS = [
    "ab & co",
    "as & co",
    "a & b",
    "sp. z o.o.",
    "sp. z o.o. krakow",
    "sp. z o.o. warszawa",  # no name holds it
    "s.r.o. praha",
    "de la sa",
    "de la",
    "co ab",
    "ab co krakow",
    "la sa",
    "z o",
    "gmbh & co. kg",
    "qq & zz",  # no name holds it, nor any of its words
]


@pytest.fixture(scope="module")
def directory(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Engine, dict, dict]]:
    rng = random.Random(21)
    engine = make_engine(Path(tmp_path_factory.mktemp("short-words")) / "short.sqlite")
    install_search_index(engine)
    with Session(engine) as session:
        buyers = []
        for i in range(600):
            name = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(1, 6)))
            country = rng.choice(["PL", "CZ", "DE"])
            buyers.append(add_buyer(session, name.title(), f"AAA7{i:08d}", country=country))
        session.commit()
        truth = {b.id: fold_words(b.name) for b in buyers}
        countries = {b.id: b.country for b in buyers}
    rebuild_search_index(engine)  # numbered in bulk: equal names by id, as `expected` has them
    yield engine, truth, countries
    engine.dispose()


def expected(truth: dict, countries: dict, q: str, country: str | None) -> list[str]:
    """Every entry the search lists, in order: tier, then name (the plan before as after)."""
    key = fold_words(q)
    tiers = {ref: expected_tiers(name, key) for ref, name in truth.items()}
    ranked = [
        (tier, truth[ref], ref)
        for ref, tier in tiers.items()
        if tier is not None and (country is None or countries[ref] == country)
    ]
    return [ref for _tier, _name, ref in sorted(ranked)]


def pages(raw: sqlite3.Connection, q: str, country: str | None, limit: int) -> list[str]:
    seen: list[str] = []
    cursor = None
    for _ in range(1000):
        page = search_raw(raw, q, country, limit=limit, cursor=cursor)
        seen.extend(item.id for item in page.items)
        cursor = page.next_cursor
        if cursor is None:
            return seen
    raise AssertionError("no end of pages")


@pytest.mark.parametrize("held_cap", [sqlite_tiers.HELD_CAP, 2])
@pytest.mark.parametrize("country", [None, "PL"])
def test_several_short_words_list_the_same_entries_in_the_same_pages(
    directory: tuple[Engine, dict, dict],
    monkeypatch: pytest.MonkeyPatch,
    held_cap: int,
    country: str | None,
) -> None:
    engine, truth, countries = directory
    monkeypatch.setattr(sqlite_tiers, "HELD_CAP", held_cap)  # 2: the per-tier reads as well
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert isinstance(raw, sqlite3.Connection)
        for q in TERMS:
            wanted = expected(truth, countries, q, country)
            whole = [item.id for item in search_raw(raw, q, country, limit=100).items]
            assert whole == wanted[:100], (q, country)
            assert pages(raw, q, country, 3) == wanted, (q, country)
    found = {q: expected(truth, countries, q, None) for q in TERMS}
    assert found["ab & co"] and found["de la sa"] and found["s.r.o. praha"]  # real cases


@pytest.mark.parametrize("q", ["sp. z o.o. warszawa", "qq & zz", "sa & krakow ab"])
@pytest.mark.parametrize("country", [None, "CZ"])
def test_a_term_of_short_words_no_name_holds_stops_after_one_read(
    directory: tuple[Engine, dict, dict], q: str, country: str | None
) -> None:
    engine, truth, countries = directory
    assert expected(truth, countries, q, country) == []
    statements: list[str] = []
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert isinstance(raw, sqlite3.Connection)
        raw.set_trace_callback(statements.append)
        page = search_raw(raw, q, country)
        raw.set_trace_callback(None)
    assert page.items == [] and page.next_cursor is None
    reads = [s for s in statements if " MATCH " in s]
    # One read of the names holding the term answers the word and the inner tier both.
    assert len(reads) == 1, reads
