"""After a sync the tables read their rows again in place: the row the user selected, the
current row and the scroll position stay, and only the rows that changed are told to the
view (no model reset, which would empty the selection and scroll back to the top)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QTableView
from pytestqt.qtbot import QtBot

from desktop.app.tasks import TaskRunner
from desktop.domain.invoices import InvoiceQuery, InvoiceRow, InvoiceSort, InvoiceWindow
from desktop.domain.types import Buyer, RelationshipRow, RelationshipStatus
from desktop.models import invoice_table_model as cols
from desktop.models.invoice_table_model import InvoiceTableModel
from desktop.models.relationships_model import Column, RelationshipsModel
from tests.ui.relationship_rows import CacheSource, cache_with, settled, synced

TIMEOUT = 60_000  # a wait, not a limit


def invoice(n: int, status: str = "paid") -> InvoiceRow:
    return InvoiceRow(
        id=f"inv-{n:04d}",
        account_id="acc-1",
        buyer_id="buyer-1",
        buyer_name=f"Buyer {n % 7}",
        number=f"FV/2026/{n:04d}",
        po_number=None,
        transaction_id=None,
        issue_date=date(2026, 1, 1),
        due_date=None,
        amount=f"{n}.00",
        currency="PLN",
        status=status,
        failure_code=None,
        failure_reason=None,
        updated_at=datetime(2026, 1, 1, tzinfo=UTC),
    )


class ListInvoices:
    """The cache's keyset windows over a list held in order (a sync changes the list)."""

    def __init__(self, rows: list[InvoiceRow]) -> None:
        self.rows = rows

    def search_invoices(
        self,
        query: InvoiceQuery,
        sort: InvoiceSort = InvoiceSort.ISSUE_DATE,
        descending: bool = True,
        after: Any = None,
        limit: int = 50,
    ) -> InvoiceWindow:
        start = after[1] if after else 0
        rows = tuple(self.rows[start : start + limit])
        end = start + len(rows)
        return InvoiceWindow(rows, ("", end) if end < len(self.rows) else None)


def table_over(qtbot: QtBot, model: Any) -> QTableView:
    view = QTableView()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setModel(model)
    view.resize(700, 300)
    qtbot.addWidget(view)
    view.show()
    return view


def select(view: QTableView, row: int) -> None:
    view.scrollTo(view.model().index(row - 10, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    view.selectionModel().setCurrentIndex(
        view.model().index(row, 1),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def view_state(view: QTableView) -> tuple[int, list[int], int]:
    selected = [i.row() for i in view.selectionModel().selectedRows()]
    return view.currentIndex().row(), selected, view.verticalScrollBar().value()


@pytest.fixture
def tasks(qtbot: QtBot) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    qtbot.waitUntil(lambda: not runner.busy(), timeout=TIMEOUT)


def test_an_invoice_sync_keeps_the_selected_row_and_the_scroll(
    qtbot: QtBot, tasks: TaskRunner
) -> None:
    source = ListInvoices([invoice(n) for n in range(400)])
    model = InvoiceTableModel(source, tasks)
    view = table_over(qtbot, model)
    with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
        model.set_query(InvoiceQuery())
    while model.rowCount() < 250:  # the user scrolled down: windows fetched
        with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
            model.fetchMore(QModelIndex())
    select(view, 210)
    before = view_state(view)
    assert before[0] == 210 and before[1] == [210] and before[2] > 0
    told: list[str] = []
    model.modelReset.connect(lambda: told.append("reset"))
    model.dataChanged.connect(lambda top, bottom, *_: told.append(f"{top.row()}-{bottom.row()}"))
    source.rows[205] = invoice(205, status="failed")  # a sync changed one invoice
    with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
        model.reload()
    assert view_state(view) == before
    assert told == ["205-205"]  # only the row that changed, no reset
    assert model.rowCount() == 250  # the rows scrolled to are still there
    assert model.index(205, cols.STATUS).data() == "Failed"
    assert model.invoice_id(210) == "inv-0210"


def test_a_relationship_sync_keeps_the_selected_row_and_the_scroll(
    qapp: Any, qtbot: QtBot, tmp_path: Path
) -> None:
    buyer = Buyer(id="b", name="", network_number="AAA000000001", country="PL", vat_number=None)
    rows = [
        RelationshipRow(
            id=f"r{n}",
            status=RelationshipStatus.ACTIVE,
            since=date(2025, 1, 1),
            vendor_code=f"V{n}",
            account_id="a1",
            account_name="Adams Office Supplies",
            buyer=replace(buyer, id=f"b{n}", name=f"Customer {n:04d}"),
        )
        for n in range(1000)
    ]
    cache = cache_with(tmp_path / "c.sqlite", rows)
    try:
        model = RelationshipsModel(CacheSource(cache))
        view = table_over(qtbot, model)
        model.reload()
        settled(qtbot, model)
        select(view, 510)
        qtbot.waitUntil(lambda: model.index(510, Column.CUSTOMER).data() == "Customer 0510")
        before = view_state(view)
        assert before[0] == 510 and before[1] == [510] and before[2] > 0
        told: list[str] = []
        model.modelReset.connect(lambda: told.append("reset"))
        synced(cache, [replace(rows[505], status=RelationshipStatus.PENDING)], version=2)
        model.reload()  # what the page does when a sync changed relationships
        qtbot.waitUntil(lambda: model.index(505, Column.STATUS).data() == "Pending")
        assert view_state(view) == before
        assert told == []
        assert model.rowCount() == 1000
    finally:
        cache.close()
