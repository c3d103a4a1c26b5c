"""The relationships table's reads in SQL: the language's name order (cache v7's sort keys,
also for a cache written before them), filters, windows and the export's stream."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.cache import Cache
from desktop.cache.migrations import MIGRATIONS
from desktop.domain.relationships import (
    RelationshipOrder,
    RelationshipQuery,
    RelationshipSort,
)
from desktop.domain.types import RelationshipStatus
from tests.desktop_core.test_cache import buyer, rel_page

NAMES = ["Żółw Sp. z o.o.", "Mielec Biuro", "Zz Trade", "Łódź Papier", "Lublin Druk", "Źródło"]
POLISH = ["Lublin Druk", "Łódź Papier", "Mielec Biuro", "Zz Trade", "Źródło", "Żółw Sp. z o.o."]
ENGLISH = ["Łódź Papier", "Lublin Druk", "Mielec Biuro", "Żółw Sp. z o.o.", "Źródło", "Zz Trade"]


def names(rows: list) -> list[str]:  # type: ignore[type-arg]
    return [r.buyer.name for r in rows]


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Cache]:
    c = Cache.open(tmp_path / "c.sqlite")
    rels = [
        (f"r{i}", buyer(f"b{i}", n, vat_number=f"PL52600012{i:02d}")) for i, n in enumerate(NAMES)
    ]
    c.apply_page("relationships", rel_page(rels, "1"))
    yield c
    c.close()


def test_names_sort_the_languages_way_in_sql(cache: Cache) -> None:
    every = RelationshipQuery()
    polish = cache.relationship_window(every, RelationshipOrder(polish=True), 0, 50)
    assert names(polish) == POLISH  # Ł after L, Ź and Ż after Z
    english = cache.relationship_window(every, RelationshipOrder(polish=False), 0, 50)
    assert names(english) == ENGLISH  # Ł with L, Ź and Ż with Z
    backwards = RelationshipOrder(polish=True, descending=True)
    assert names(cache.relationship_window(every, backwards, 0, 50)) == POLISH[::-1]


def test_windows_and_the_export_stream_keep_one_order(cache: Cache) -> None:
    every, order = RelationshipQuery(), RelationshipOrder(polish=True)
    windows = [cache.relationship_window(every, order, offset, 4) for offset in (0, 4, 8)]
    assert [len(w) for w in windows] == [4, 2, 0]
    assert names(windows[0] + windows[1]) == names(list(cache.iter_relationships(every, order)))
    by_vat = RelationshipOrder(sort=RelationshipSort.VAT_NUMBER, descending=True)
    vats = [r.buyer.vat_number for r in cache.iter_relationships(every, by_vat)]
    assert vats == sorted(vats, reverse=True)


def test_filters_count_in_sql(cache: Cache) -> None:
    assert cache.relationship_count(RelationshipQuery()).shown == len(NAMES)
    lodz = cache.relationship_count(RelationshipQuery(text="LODZ"))
    assert (lodz.shown, lodz.total) == (1, len(NAMES))
    typed = RelationshipQuery(text="pl 526-000-12 03")  # a VAT number typed with spaces
    assert names(cache.relationship_window(typed, RelationshipOrder(), 0, 9)) == ["Łódź Papier"]
    assert cache.relationship_count(RelationshipQuery(account_id="other")).shown == 0
    pending = RelationshipQuery(status=RelationshipStatus.PENDING)
    assert cache.relationship_count(pending).shown == 0  # rel_page writes active ones
    assert cache.relationship_count(RelationshipQuery(text="no such name")).shown == 0


def test_a_cache_written_before_the_sort_keys_gets_them(tmp_path: Path) -> None:
    """A v6 cache with relationships: opening it (v7) fills their keys, so the order holds."""
    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    for step in MIGRATIONS[:6]:
        step(conn)
    conn.execute("INSERT INTO meta VALUES ('schema_version', '6')")
    for i, name in enumerate(NAMES):
        conn.execute(
            "INSERT INTO buyers (id, name, network_number, country, name_folded) "
            "VALUES (?, ?, ?, 'PL', '')",
            (f"b{i}", name, f"NN{i}"),
        )
        conn.execute(
            "INSERT INTO relationships (id, status, account_id, buyer_id, updated_at) "
            "VALUES (?, 'active', 'a1', ?, '2026-01-01 00:00:00')",
            (f"r{i}", f"b{i}"),
        )
    conn.close()
    cache = Cache.open(path)
    try:
        order = RelationshipOrder(polish=True)
        assert names(cache.relationship_window(RelationshipQuery(), order, 0, 50)) == POLISH
    finally:
        cache.close()
