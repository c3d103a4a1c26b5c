"""What 100,000 relationships cost the desktop: rows without a dict each, repeated values
held once."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cache import Cache
from tests.desktop_core.test_cache import buyer, rel_page


@pytest.fixture
def cache(tmp_path: Path):
    c = Cache.open(tmp_path / "c.sqlite")
    yield c
    c.close()


def test_relationship_rows_hold_no_dict_and_share_repeated_values(cache: Cache) -> None:
    cache.apply_page(
        "relationships",
        rel_page([(f"r{i}", buyer(f"b{i}", f"Buyer {i}", country="DE")) for i in range(50)], "1"),
    )
    rows = cache.relationships()
    assert len(rows) == 50
    assert not hasattr(rows[0], "__dict__") and not hasattr(rows[0].buyer, "__dict__")
    # One string object for the value every row repeats, not one a row.
    assert len({id(row.buyer.country) for row in rows}) == 1
    assert len({id(row.account_id) for row in rows}) == 1
    assert {row.buyer.country for row in rows} == {"DE"}
    assert sorted(row.buyer.name for row in rows)[:2] == ["Buyer 0", "Buyer 1"]
