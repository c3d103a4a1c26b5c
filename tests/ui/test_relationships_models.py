"""RelationshipsModel over a real cache: model tester, folding, status, account, SQL order,
only the windows on screen held."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from desktop.cache import Cache
from desktop.domain.relationships import RelationshipQuery
from desktop.domain.types import Buyer, RelationshipRow, RelationshipStatus
from desktop.models.relationships_model import ROW_ROLE, Column, RelationshipsModel
from tests.ui.relationship_rows import CacheSource, cache_with, column, settled


def row(
    n: int,
    name: str,
    status: RelationshipStatus,
    since: date | None,
    vat: str | None = None,
    country: str = "PL",
) -> RelationshipRow:
    buyer = Buyer(
        id=f"b{n}", name=name, network_number=f"AAA{n:09d}", country=country, vat_number=vat
    )
    return RelationshipRow(
        id=f"r{n}",
        status=status,
        since=since,
        vendor_code=f"V{n}",
        account_id="a1",
        account_name="Adams Office Supplies",
        buyer=buyer,
    )


ROWS = [
    row(1, "Przedsiębiorstwo Handlowe Łódź", RelationshipStatus.PENDING, None, "PL7777887460"),
    row(2, "Żółta Łódka Sp. z o.o.", RelationshipStatus.ACTIVE, date(2025, 9, 1), "PL0449266413"),
    row(
        3,
        "Nordwind Deutschland GmbH",
        RelationshipStatus.ACTIVE,
        date(2025, 2, 11),
        "DE188141254",
        "DE",
    ),
    row(
        4,
        "Technical Services Test Buyer 17",
        RelationshipStatus.PENDING,
        date(2023, 12, 31),
        None,
        "MY",
    ),
    row(5, "Nordwind Bulgaria EOOD", RelationshipStatus.REJECTED, date(2024, 1, 15), None, "BG"),
]


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Cache]:
    c = cache_with(tmp_path / "c.sqlite", ROWS)
    yield c
    c.close()


@pytest.fixture
def model(qapp, qtbot: QtBot, cache: Cache) -> RelationshipsModel:  # type: ignore[no-untyped-def]
    m = RelationshipsModel(CacheSource(cache))
    m.reload()
    settled(qtbot, m)
    return m


def shown(qtbot: QtBot, model: RelationshipsModel) -> list[str]:
    return column(qtbot, model, Column.CUSTOMER)


def test_model_passes_the_model_tester(qtmodeltester, qtbot, model) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(model, force_py=True)
    model.set_query(RelationshipQuery(text="nord"))  # a reset under the tester
    settled(qtbot, model)
    model.sort(Column.SINCE, Qt.SortOrder.DescendingOrder)
    model.set_status_icons({})
    settled(qtbot, model)
    qtmodeltester.check(model, force_py=True)


def test_filter_ignores_case_and_diacritics(qtbot, model) -> None:  # type: ignore[no-untyped-def]
    model.set_query(RelationshipQuery(text="lodz"))
    assert shown(qtbot, model) == ["Przedsiębiorstwo Handlowe Łódź"]
    model.set_query(RelationshipQuery(text="ŁÓDKA"))
    assert shown(qtbot, model) == ["Żółta Łódka Sp. z o.o."]
    model.set_query(RelationshipQuery(text="de 188 141 254"))  # a VAT number typed with spaces
    assert shown(qtbot, model) == ["Nordwind Deutschland GmbH"]
    model.set_query(RelationshipQuery(text="AAA000000004"))  # network number
    assert shown(qtbot, model) == ["Technical Services Test Buyer 17"]
    model.set_query(RelationshipQuery())
    assert len(shown(qtbot, model)) == len(ROWS) == model.total


def test_status_and_account_filters_combine_with_text(qtbot, model) -> None:  # type: ignore[no-untyped-def]
    model.set_query(RelationshipQuery(status=RelationshipStatus.PENDING))
    assert sorted(shown(qtbot, model)) == [
        "Przedsiębiorstwo Handlowe Łódź",
        "Technical Services Test Buyer 17",
    ]
    model.set_query(RelationshipQuery(text="tech", status=RelationshipStatus.PENDING))
    assert shown(qtbot, model) == ["Technical Services Test Buyer 17"]
    model.set_query(RelationshipQuery(text="nordwind"))
    assert len(shown(qtbot, model)) == 2
    model.set_query(RelationshipQuery(account_id="a2"))
    assert shown(qtbot, model) == [] and model.total == len(ROWS)
    model.set_query(RelationshipQuery(account_id="a1"))
    assert len(shown(qtbot, model)) == len(ROWS)


def test_dates_sort_as_dates_and_names_by_letters(qtbot, model) -> None:  # type: ignore[no-untyped-def]
    model.sort(Column.SINCE, Qt.SortOrder.AscendingOrder)
    dates = [r.since for r in column(qtbot, model, Column.CUSTOMER, ROW_ROLE)]
    known = [d for d in dates if d is not None]
    assert known == sorted(known) and dates[0] is None
    model.sort(Column.CUSTOMER, Qt.SortOrder.AscendingOrder)
    assert (
        shown(qtbot, model)[-1] == "Żółta Łódka Sp. z o.o."
    )  # Ż sorts as Z, not after every letter
    model.sort(Column.NETWORK_NUMBER, Qt.SortOrder.DescendingOrder)
    numbers = column(qtbot, model, Column.NETWORK_NUMBER)
    assert numbers == sorted(numbers, reverse=True)
    model.sort(Column.COUNTRY, Qt.SortOrder.AscendingOrder)  # by the names the user reads
    assert column(qtbot, model, Column.COUNTRY) == [
        "Bulgaria",
        "Germany",
        "Malaysia",
        "Poland",
        "Poland",
    ]


def test_display_status_word_country_and_header(qtbot, model) -> None:  # type: ignore[no-untyped-def]
    model.sort(Column.NETWORK_NUMBER, Qt.SortOrder.AscendingOrder)
    settled(qtbot, model)
    assert model.index(0, Column.STATUS).data() == "Pending"
    assert model.index(3, Column.COUNTRY).data() == "Malaysia"
    assert model.index(3, Column.COUNTRY).data(Qt.ItemDataRole.ToolTipRole) == "MY"
    assert model.index(0, Column.SINCE).data() == ""
    assert model.headerData(Column.VAT_NUMBER, Qt.Orientation.Horizontal) == "VAT number"
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None


def test_only_the_windows_on_screen_are_held(qapp, qtbot: QtBot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """1,000 relationships in windows of 10, at most 3 held: scrolling asks for the rows it
    reaches; the order is the cache's, whole, across windows."""
    many = [
        replace(
            ROWS[n % 5],
            id=f"m{n}",
            buyer=replace(ROWS[n % 5].buyer, id=f"mb{n}", name=f"{n:04d} {ROWS[n % 5].buyer.name}"),
        )
        for n in range(1000)
    ]
    cache = cache_with(tmp_path / "many.sqlite", many)
    try:
        source = CacheSource(cache)
        model = RelationshipsModel(source, window=10, keep=3)
        model.reload()
        settled(qtbot, model)
        assert model.rowCount() == 1000 and model.held() == 10
        names = column(qtbot, model, Column.CUSTOMER)
        assert names == sorted(names) and len(set(names)) == 1000
        assert model.held() <= 30 and source.windows >= 100
    finally:
        cache.close()


def test_a_view_reads_each_cell_in_one_call_as_data_says_it(
    qtbot: QtBot, model: RelationshipsModel
) -> None:
    """What a delegate paints (`multiData`: every role at once, texts kept once written) is
    what `data` answers role by role, the status dot included."""
    dot = QPixmap(8, 8)
    dot.fill(Qt.GlobalColor.red)
    model.set_status_icons({s: QIcon(dot) for s in RelationshipStatus})
    delegate = QStyledItemDelegate()
    assert model.rowCount() == len(ROWS)
    for r in range(model.rowCount()):
        for c in Column:
            index = model.index(r, c)
            option = QStyleOptionViewItem()
            delegate.initStyleOption(option, index)
            assert option.text == index.data()  # type: ignore[attr-defined]
            decorated = option.features & QStyleOptionViewItem.ViewItemFeature.HasDecoration  # type: ignore[attr-defined]
            assert bool(decorated) == (c == Column.STATUS)
    names = column(qtbot, model, Column.CUSTOMER)
    model.set_query(RelationshipQuery(text="nordwind"))  # texts kept are not the new rows'
    assert sorted(shown(qtbot, model)) == sorted(n for n in names if "Nordwind" in n)


def test_typing_reads_once_the_user_pauses(qtbot: QtBot, cache: Cache) -> None:
    """Each key makes the rows shown stale at once; the count and window are read for the
    text typed when the keys stop, not once per key."""
    source = CacheSource(cache)
    asked: list[str] = []
    counting = source.count
    source.count = lambda query, done, failed: (  # type: ignore[method-assign]
        asked.append(query.text),
        counting(query, done, failed),
    )
    model = RelationshipsModel(source)
    model.reload()
    settled(qtbot, model)
    asked.clear()
    for text in ("n", "no", "nor", "nord"):
        model.set_query(RelationshipQuery(text=text))
        assert not model.is_current()
    assert shown(qtbot, model) == ["Nordwind Bulgaria EOOD", "Nordwind Deutschland GmbH"]
    assert asked == ["nord"]
