"""Terms of short words on PostgreSQL (issue 21): read through the word pairs' index
(`portal.search.pg_words`), they list the same entries, in the same order and pages, as SQLite
over the same rows, at every bound of the ordered match; and the pairs a term asks for are
among those `directory_word_pairs` lists for every name key that holds it."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from portal.search import install_search_index, rebuild_search_index, search_directory
from portal.search import pg as pg_search
from portal.search.pg_words import word_pairs
from portal.store.migrate import upgrade
from portal.store.models import Buyer, BuyerGroup
from tests.pg_cluster import PgCluster
from tests.portal.test_directory_search import expected_tiers, make_engine
from tests.portal.test_directory_short_words import TERMS, WORDS
from wire.text import fold, fold_words

# One-letter words beside the short and long ones, so that "a & b" and its kin match names.
NAME_WORDS = WORDS + ["a", "b", "c", "a/s", "ab", "ba", "b.v.", "bau", "abc", "s.a.", "la"]
SHORT_TERMS = TERMS + ["b & a", "a b c", "s a", "c & ab", "la b", "a & ba", "b.v. a"]
# (SHORT_WALK, SPARSE_CAP, LONG_WALK): every step of `pg._table_hits`, the pairs' counts above
# the cap and below it.
BOUNDS = {
    "default": (2000, 3000, 30000),
    "no walk": (1, 3000, 1),
    "capped": (1, 2, 1000),
    "nothing held": (1, 1, 1),
}


@pytest.fixture(scope="module")
def rows() -> list[tuple[str, str, str, str]]:
    """(id, name, network number, country) of 700 buyers and 60 groups (country "")."""
    rng = random.Random(2112)
    out = []
    for i in range(760):
        name = " ".join(rng.choice(NAME_WORDS) for _ in range(rng.randrange(1, 6))).title()
        ref = str(uuid.UUID(int=rng.getrandbits(128)))
        country = "" if i >= 700 else rng.choice(["PL", "CZ", "DE"])
        out.append((ref, name, f"AAA8{i:08d}", country))
    return out


def load(engine: Engine, rows: list[tuple[str, str, str, str]]) -> None:
    with Session(engine) as session:
        for ref, name, number, country in rows:
            if country:
                session.add(
                    Buyer(
                        id=ref,
                        name=name,
                        name_folded=fold(name),
                        network_number=number,
                        country=country,
                    )
                )
            else:
                session.add(BuyerGroup(id=ref, name=name, name_folded=fold(name)))
        session.commit()


@pytest.fixture(scope="module")
def sqlite_engine(
    rows: list[tuple[str, str, str, str]], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Engine]:
    engine = make_engine(Path(tmp_path_factory.mktemp("short-pairs")) / "directory.sqlite")
    install_search_index(engine)
    load(engine, rows)
    rebuild_search_index(engine)  # numbered in bulk: equal names by id, as PostgreSQL orders
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def pg_engine(rows: list[tuple[str, str, str, str]], pg_cluster: PgCluster) -> Iterator[Engine]:
    """The same rows on PostgreSQL, migrated (the migrations make the word pairs' index), with
    the planner's statistics (ANALYZE: the pairs' counts come from them)."""
    engine = create_engine(pg_cluster.new_database("short_pairs"))
    upgrade(engine)
    load(engine, rows)
    with engine.connect() as conn:
        conn.execute(text("COMMIT"))
        conn.execute(text("ANALYZE buyers"))
        conn.execute(text("ANALYZE buyer_groups"))
    yield engine
    engine.dispose()


def expected(rows: list[tuple[str, str, str, str]], q: str, country: str | None) -> list[str]:
    """Every entry the search lists, in order: tier, then name key, entities before groups of
    the same name key, then id."""
    key = fold_words(q)
    ranked = []
    for ref, name, _, in_country in rows:
        tier = expected_tiers(fold_words(name), key)
        if tier is not None and (country is None or in_country == country):
            ranked.append((tier, fold_words(name), 0 if in_country else 1, ref))
    return [ref for *_, ref in sorted(ranked)]


def pages(engine: Engine, q: str, country: str | None, limit: int) -> list[str]:
    seen: list[str] = []
    cursor = None
    with Session(engine) as session:
        for _ in range(1000):
            page = search_directory(session, q, country, limit=limit, cursor=cursor)
            seen.extend(item.id for item in page.items)
            cursor = page.next_cursor
            if cursor is None:
                return seen
    raise AssertionError("no end of pages")


@pytest.mark.parametrize("bounds", list(BOUNDS.values()), ids=list(BOUNDS))
@pytest.mark.parametrize("country", [None, "PL"])
def test_terms_of_short_words_list_what_sqlite_lists(
    sqlite_engine: Engine,
    pg_engine: Engine,
    rows: list[tuple[str, str, str, str]],
    monkeypatch: pytest.MonkeyPatch,
    bounds: tuple[int, int, int],
    country: str | None,
) -> None:
    wanted = {q: expected(rows, q, country) for q in SHORT_TERMS}
    on_sqlite = {q: pages(sqlite_engine, q, country, 3) for q in SHORT_TERMS}
    short, cap, long = bounds
    monkeypatch.setattr(pg_search, "SHORT_WALK", short)
    monkeypatch.setattr(pg_search, "SPARSE_CAP", cap)
    monkeypatch.setattr(pg_search, "LONG_WALK", long)
    for q in SHORT_TERMS:
        assert pages(pg_engine, q, country, 3) == on_sqlite[q] == wanted[q], (q, country)
        assert pages(pg_engine, q, country, 100) == wanted[q], (q, country)
    assert all(wanted[q] for q in ("a & b", "b & a", "s a", "la b", "ab & co", "de la"))


def test_every_pair_a_term_asks_for_is_listed_for_each_name_holding_it(
    pg_engine: Engine,
) -> None:
    """Any text inside a name key (or after one of its spaces, as the word tier asks): its
    `word_pairs` are among the name key's `directory_word_pairs`, so the index drops no name
    that holds a term."""
    with pg_engine.connect() as conn:
        listed = conn.execute(
            text("SELECT name_key, directory_word_pairs(name_key) FROM buyers")
        ).all()
    checked = 0
    for name_key, pairs in listed:
        padded = f" {name_key} "
        for start in range(len(padded)):
            for end in range(start + 3, min(len(padded), start + 12) + 1):
                asked = word_pairs(padded[start:end])
                assert set(asked) <= set(pairs or []), (name_key, padded[start:end])
                checked += bool(asked)
    assert checked > 10000
