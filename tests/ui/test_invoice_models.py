"""The invoice models over a cache synced from the real portal: Qt's model tester, windows
fetched as the view asks, sort in SQL, stale answers dropped, locale words, no GUI-thread SQL."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from babel.numbers import parse_decimal
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, event

from desktop.app.i18n import Translations
from desktop.app.tasks import TaskRunner
from desktop.cache import Cache
from desktop.domain.invoices import InvoiceQuery
from desktop.models import invoice_table_model as cols
from desktop.models.invoice_status_model import InvoiceStatusModel
from desktop.models.invoice_table_model import InvoiceTableModel
from desktop.models.invoice_words import failure_text
from desktop.models.roles import Roles
from desktop.sync import PortalClient, SyncEngine

TIMEOUT = 60_000  # a wait, not a limit: returns as soon as it holds


@pytest.fixture(scope="module")
def synced_cache(portal_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cache]:
    client = PortalClient(portal_url)
    client.sign_in("elise", "sandbox")
    cache = Cache.open(tmp_path_factory.mktemp("invoices") / "cache.sqlite")
    SyncEngine(client, cache).pull()
    client.close()
    yield cache
    cache.close()


@pytest.fixture
def gui_sql(synced_cache: Cache) -> Iterator[list[str]]:
    """SQL run against the cache on the GUI thread while the test runs (must stay empty)."""
    seen: list[str] = []
    database = str(synced_cache.path)

    def before(conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if conn.engine.url.database == database and threading.current_thread() is (
            threading.main_thread()
        ):
            seen.append(statement)

    event.listen(Engine, "before_cursor_execute", before)
    yield seen
    event.remove(Engine, "before_cursor_execute", before)


@pytest.fixture
def tasks(qtbot: QtBot) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    qtbot.waitUntil(lambda: not runner.busy(), timeout=TIMEOUT)


def loaded_model(
    qtbot: QtBot, cache: Cache, tasks: TaskRunner, query: InvoiceQuery, window: int = 50
) -> InvoiceTableModel:
    model = InvoiceTableModel(cache, tasks, window=window)
    with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
        model.set_query(query)
    return model


def test_model_tester_windows_and_fetch_more(
    qtbot: QtBot, qtmodeltester: Any, synced_cache: Cache, tasks: TaskRunner, gui_sql: list[str]
) -> None:
    total = synced_cache.count_invoices(InvoiceQuery())
    assert total > 120
    gui_sql.clear()  # the test's own reading above; from here on only the model's
    model = loaded_model(qtbot, synced_cache, tasks, InvoiceQuery(), window=50)
    assert model.rowCount() == 50  # one window, not every invoice
    assert model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 400)
    view.show()
    while model.rowCount() < total:  # scrolling to the end asks for window after window
        with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
            view.scrollToBottom()
            if not model.is_loading():
                model.fetchMore(QModelIndex())
    assert model.rowCount() == total and not model.canFetchMore(QModelIndex())
    assert len({model.invoice_id(r) for r in range(total)}) == total
    qtmodeltester.check(model)
    assert gui_sql == []


def test_a_search_shows_a_screen_of_rows_first_then_full_windows(
    qtbot: QtBot, synced_cache: Cache, tasks: TaskRunner
) -> None:
    total = synced_cache.count_invoices(InvoiceQuery())
    assert total > cols.FIRST_WINDOW + 1
    model = InvoiceTableModel(synced_cache, tasks)
    with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
        model.set_query(InvoiceQuery())
    assert model.rowCount() == cols.FIRST_WINDOW  # a screen and a margin, sooner
    with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == min(total, cols.FIRST_WINDOW + cols.WINDOW)
    ids = [model.invoice_id(r) for r in range(model.rowCount())]
    assert len(set(ids)) == len(ids)  # the next window goes on where the first stopped
    expected = [r.id for r, _ in zip(synced_cache.iter_invoices(InvoiceQuery()), ids, strict=False)]
    assert ids == expected


def test_the_same_search_again_keeps_the_rows_until_the_new_ones_land(
    qtbot: QtBot, synced_cache: Cache, tasks: TaskRunner
) -> None:
    """After a sync the page searches again: no empty table in between, and no reset: the
    rows that did not change are not even told to the view."""
    model = loaded_model(qtbot, synced_cache, tasks, InvoiceQuery(statuses=("failed",)))
    shown = [model.invoice_id(r) for r in range(model.rowCount())]
    seen: list[str] = []
    model.modelAboutToBeReset.connect(lambda: seen.append(f"reset from {model.rowCount()}"))
    model.modelReset.connect(lambda: seen.append(f"reset to {model.rowCount()}"))
    model.rowsInserted.connect(lambda *_: seen.append("inserted"))
    model.dataChanged.connect(lambda *_: seen.append("changed"))
    with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
        model.set_query(InvoiceQuery(statuses=("failed",)))
        assert model.rowCount() == len(shown)  # still shown while the cache is read again
    assert seen == []
    assert [model.invoice_id(r) for r in range(model.rowCount())] == shown
    seen.clear()
    with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
        model.set_query(InvoiceQuery(statuses=("paid",)))  # another search empties it at once
        assert model.rowCount() == 0
    assert seen[:2] == [f"reset from {len(shown)}", "reset to 0"] and seen[2:] == ["inserted"]


def test_sort_is_asked_of_the_cache(
    qtbot: QtBot, synced_cache: Cache, tasks: TaskRunner, gui_sql: list[str]
) -> None:
    largest = max(Decimal(r.amount) for r in synced_cache.iter_invoices(InvoiceQuery()))
    gui_sql.clear()  # the test's own reading above; from here on only the model's
    model = loaded_model(qtbot, synced_cache, tasks, InvoiceQuery(), window=40)
    with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
        model.sort(cols.AMOUNT, Qt.SortOrder.DescendingOrder)
    amounts = [Decimal(model.invoice_at(r).amount) for r in range(model.rowCount())]  # type: ignore[union-attr]
    assert amounts[0] == largest and amounts == sorted(amounts, reverse=True)
    with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
        model.sort(cols.NUMBER, Qt.SortOrder.AscendingOrder)
    numbers = [model.invoice_at(r).number.upper() for r in range(model.rowCount())]  # type: ignore[union-attr]
    assert numbers == sorted(numbers)
    assert model.sort_column() == cols.NUMBER
    for column in (cols.PO_NUMBER, cols.TRANSACTION_ID):  # an index each (cache v5)
        with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
            model.sort(column, Qt.SortOrder.DescendingOrder)
        values = [(model.index(r, column).data() or "").upper() for r in range(model.rowCount())]
        assert values == sorted(values, reverse=True) and values[0]
        assert model.sort_column() == column and model.rowCount() == 40
    assert gui_sql == []


def test_answers_to_older_queries_are_dropped(
    qtbot: QtBot, synced_cache: Cache, tasks: TaskRunner
) -> None:
    target = next(synced_cache.iter_invoices(InvoiceQuery(statuses=("failed",))))
    model = InvoiceTableModel(synced_cache, tasks, window=50)
    model.set_query(InvoiceQuery())  # every invoice: a full window would land ...
    model.set_query(InvoiceQuery(text=target.number))  # ... but the user typed on
    qtbot.waitUntil(lambda: model.rowCount() > 0 and not tasks.busy(), timeout=TIMEOUT)
    assert {model.invoice_at(r).number for r in range(model.rowCount())} == {target.number}  # type: ignore[union-attr]
    assert model.query().text == target.number


def test_cells_in_the_users_locale(
    qtbot: QtBot, synced_cache: Cache, tasks: TaskRunner, polish: None
) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.Polish, QLocale.Country.Poland))
    try:
        big = next(
            r
            for r in synced_cache.iter_invoices(InvoiceQuery(statuses=("failed",)))
            if Decimal(r.amount) >= 1000
        )
        model = loaded_model(qtbot, synced_cache, tasks, InvoiceQuery(text=big.number))
        row = next(r for r in range(model.rowCount()) if model.invoice_id(r) == big.id)
        cell = model.index(row, cols.AMOUNT)
        number, currency = cell.data().rsplit("\u00a0", 1)
        assert currency == big.currency
        assert "," in number and "." not in number  # the Polish decimal comma
        assert "\u00a0" in number  # thousands grouped the CLDR way: "1 234,56"
        assert parse_decimal(number, locale="pl") == Decimal(big.amount)
        assert cell.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
        assert cell.data(Roles.EXPORT) == f"{big.amount} {big.currency}"
        issued = model.index(row, cols.ISSUE_DATE).data()
        assert issued == big.issue_date.strftime("%d.%m.%Y")
        status = model.index(row, cols.STATUS)
        assert status.data() == "Nieudana"
        assert status.data(Roles.TONE) == "bad"
        tip = status.data(Qt.ItemDataRole.ToolTipRole)  # the reason in the user's language
        assert big.failure_reason and big.failure_reason not in tip
        assert tip == f"Nieudana: {failure_text(big.failure_code, None)}"
        assert not failure_text(big.failure_code, None).startswith("The ")  # Polish words
        assert model.index(row, 0).data(Roles.ROW) == big
        assert model.headerData(cols.NUMBER, Qt.Orientation.Horizontal) == "Numer"
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_a_view_reads_each_cell_in_one_call_as_data_says_it(
    qtbot: QtBot, synced_cache: Cache, tasks: TaskRunner
) -> None:
    """What a delegate paints (`multiData`, all roles at once, texts kept once formatted) is
    what `data` answers role by role, and a new language writes the kept texts again."""
    model = loaded_model(qtbot, synced_cache, tasks, InvoiceQuery(statuses=("failed",)))
    delegate = QStyledItemDelegate()
    assert model.rowCount() > 0
    for row in range(model.rowCount()):
        for column in range(cols.COLUMNS):
            index = model.index(row, column)
            option = QStyleOptionViewItem()
            delegate.initStyleOption(option, index)
            assert option.text == index.data()  # type: ignore[attr-defined]
            assert option.displayAlignment == index.data(  # type: ignore[attr-defined]
                Qt.ItemDataRole.TextAlignmentRole
            )
    status = model.index(0, cols.STATUS)
    assert status.data() == "Failed" and status.data(Roles.TONE) == "bad"
    translations = Translations()
    translations.install("pl")
    try:
        model.retranslate()
        assert status.data() == "Nieudana"  # the text kept in English is written again
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, status)
        assert option.text == "Nieudana"  # type: ignore[attr-defined]
    finally:
        translations.remove()
        model.retranslate()


def test_status_counts_model(qtmodeltester: Any, synced_cache: Cache) -> None:
    counts = synced_cache.invoice_status_counts(InvoiceQuery())
    model = InvoiceStatusModel()
    model.set_counts(counts)
    qtmodeltester.check(model)
    assert model.total() == synced_cache.count_invoices(InvoiceQuery())
    keys = [model.index(r, 0).data(Roles.KEY) for r in range(model.rowCount())]
    assert keys[0] == "received" and set(keys) == set(counts)
    failed = keys.index("failed")
    assert model.index(failed, 1).data() == QLocale().toString(counts["failed"])
    model.set_counts({}, keep_zero=True)
    qtmodeltester.check(model)
    assert model.rowCount() == 10 and model.total() == 0


def test_an_empty_cache_gives_an_empty_table(
    qtbot: QtBot, qtmodeltester: Any, tmp_path: Path, tasks: TaskRunner
) -> None:
    cache = Cache.open(tmp_path / "empty.sqlite")
    try:
        model = loaded_model(qtbot, cache, tasks, InvoiceQuery(text="%' OR 1=1 --"))
        assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())
        qtmodeltester.check(model)
    finally:
        qtbot.waitUntil(lambda: not tasks.busy(), timeout=TIMEOUT)
        cache.close()
