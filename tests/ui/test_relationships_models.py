"""RelationshipsModel and its filter proxy on plain rows: model tester, folding, status, sort."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt

from desktop.domain.types import Buyer, RelationshipRow, RelationshipStatus
from desktop.models.relationships_model import Column, RelationshipsModel
from desktop.models.relationships_proxy import RelationshipsFilterProxy


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
def models(qapp) -> tuple[RelationshipsModel, RelationshipsFilterProxy]:  # type: ignore[no-untyped-def]
    model = RelationshipsModel()
    model.set_rows(ROWS)
    proxy = RelationshipsFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def shown(proxy: RelationshipsFilterProxy) -> list[str]:
    return [proxy.index(r, Column.CUSTOMER).data() for r in range(proxy.rowCount())]


def test_model_passes_the_model_tester(qtmodeltester, models) -> None:  # type: ignore[no-untyped-def]
    model, _proxy = models
    qtmodeltester.check(model, force_py=True)
    model.set_rows(ROWS[:2])  # a reset under the tester
    model.set_status_icons({})
    qtmodeltester.check(model, force_py=True)


def test_proxy_passes_the_model_tester(qtmodeltester, models) -> None:  # type: ignore[no-untyped-def]
    model, proxy = models
    qtmodeltester.check(proxy, force_py=True)
    proxy.set_text("nord")
    proxy.sort(Column.SINCE, Qt.SortOrder.DescendingOrder)
    proxy.set_status(RelationshipStatus.ACTIVE)
    model.set_rows(ROWS[1:])  # a reset of the source under the tester
    proxy.set_text("")
    qtmodeltester.check(proxy, force_py=True)


def test_filter_ignores_case_and_diacritics(models) -> None:  # type: ignore[no-untyped-def]
    _model, proxy = models
    proxy.set_text("lodz")
    assert shown(proxy) == ["Przedsiębiorstwo Handlowe Łódź"]
    proxy.set_text("ŁÓDKA")
    assert shown(proxy) == ["Żółta Łódka Sp. z o.o."]
    proxy.set_text("de 188 141 254")  # a VAT number typed with spaces
    assert shown(proxy) == ["Nordwind Deutschland GmbH"]
    proxy.set_text("AAA000000004")  # network number
    assert shown(proxy) == ["Technical Services Test Buyer 17"]
    proxy.set_text("")
    assert len(shown(proxy)) == len(ROWS)


def test_status_filter_combines_with_text(models) -> None:  # type: ignore[no-untyped-def]
    _model, proxy = models
    proxy.set_status(RelationshipStatus.PENDING)
    assert sorted(shown(proxy)) == [
        "Przedsiębiorstwo Handlowe Łódź",
        "Technical Services Test Buyer 17",
    ]
    proxy.set_text("tech")
    assert shown(proxy) == ["Technical Services Test Buyer 17"]
    proxy.set_status(None)
    proxy.set_text("nordwind")
    assert len(shown(proxy)) == 2


def test_dates_sort_as_dates_and_names_by_letters(models) -> None:  # type: ignore[no-untyped-def]
    _model, proxy = models
    proxy.sort(Column.SINCE, Qt.SortOrder.AscendingOrder)
    dates = [
        proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 4).since for r in range(proxy.rowCount())
    ]
    known = [d for d in dates if d is not None]
    assert known == sorted(known) and dates[0] is None
    proxy.sort(Column.CUSTOMER, Qt.SortOrder.AscendingOrder)
    assert shown(proxy)[-1] == "Żółta Łódka Sp. z o.o."  # Ż sorts as Z, not after every letter


def test_display_status_word_country_and_header(models) -> None:  # type: ignore[no-untyped-def]
    model, _proxy = models
    assert model.index(0, Column.STATUS).data() == "Pending"
    assert model.index(3, Column.COUNTRY).data() == "Malaysia"
    assert model.index(3, Column.COUNTRY).data(Qt.ItemDataRole.ToolTipRole) == "MY"
    assert model.index(0, Column.SINCE).data() == ""
    assert model.headerData(Column.VAT_NUMBER, Qt.Orientation.Horizontal) == "VAT number"
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None
