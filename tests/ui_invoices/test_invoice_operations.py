"""The invoices' operations (desktop/operations/invoices.py) over a real SQLite cache: a count
for an older search stops on its worker and never lands, a refused filter drops the count on
its way; and the account filter is the one AccountCombo."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.app.context import AppContext
from desktop.cache import Cache
from desktop.domain.invoices import InvoiceQuery
from desktop.domain.types import Account
from desktop.operations import invoices as operations
from desktop.operations.invoices import StoppableQuery
from desktop.sync import PortalClient, SyncEngine
from desktop.views.widgets.account_combo import AccountCombo
from desktop.views.widgets.invoice_filters import InvoiceFilters, InvoiceFilterValues
from tests.ui_invoices.invoice_app import closed_port_url

TIMEOUT_MS = 10_000


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[AppContext]:
    cache = Cache.open(tmp_path / "cache.db")
    client = PortalClient(closed_port_url(), retries=1, backoff=0.05)
    context = AppContext(cache, client, SyncEngine(client, cache), user_display_name="elise")
    try:
        yield context
    finally:
        context.shutdown()
        client.close()
        cache.close()


def test_a_count_for_an_older_search_stops_on_its_worker_and_is_dropped(
    qtbot: QtBot, ctx: AppContext
) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    release = threading.Event()
    stopped: list[bool] = []
    seen: list[str] = []

    def older(stale):  # type: ignore[no-untyped-def]
        release.wait(10)
        stopped.append(stale())  # what the cache's counting loop asks between batches
        return "typed 'ab'"

    name = "invoices.count_by_status"
    StoppableQuery(ctx, older, parent=page, name=name).latest_only().success(seen.append).run()
    StoppableQuery(ctx, lambda _stale: "typed 'abc'", parent=page, name=name).latest_only().success(
        seen.append
    ).run()
    qtbot.waitUntil(lambda: seen == ["typed 'abc'"], timeout=TIMEOUT_MS)
    release.set()
    qtbot.waitUntil(lambda: not ctx.tasks.busy(), timeout=TIMEOUT_MS)
    assert stopped == [True]  # the older count was told to stop
    assert seen == ["typed 'abc'"]  # and its answer never reached the page


def test_a_dropped_count_runs_no_callback(qtbot: QtBot, ctx: AppContext) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    release = threading.Event()
    stopped: list[bool] = []
    heard: list[object] = []

    def counting(stale):  # type: ignore[no-untyped-def]
        release.wait(10)
        stopped.append(stale())
        raise RuntimeError("the worker noticed and stopped")

    op = StoppableQuery(ctx, counting, parent=page, name="count").latest_only()
    op.success(heard.append).failure(heard.append).run()
    op.drop()  # the filter was refused meanwhile
    release.set()
    qtbot.waitUntil(lambda: not ctx.tasks.busy(), timeout=TIMEOUT_MS)
    qtbot.wait(50)  # a callback would be queued to the GUI thread by now
    assert stopped == [True]
    assert heard == []


def test_the_counts_of_an_empty_cache_come_back_through_the_operation(
    qtbot: QtBot, ctx: AppContext
) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    answers: list[dict[str, int]] = []
    operations.count_by_status(ctx, page, InvoiceQuery()).latest_only().success(
        answers.append
    ).run()
    qtbot.waitUntil(lambda: len(answers) == 1, timeout=TIMEOUT_MS)
    assert sum(answers[0].values()) == 0


def test_the_account_filter_is_the_one_account_combo(qtbot: QtBot) -> None:
    filters = InvoiceFilters()
    qtbot.addWidget(filters)
    first = Account("a-1", "0192:100", "Aurora Oy", "FI")
    second = Account("a-2", "0192:200", "Borealis AB", "SE")
    combo = filters.account_combo
    assert isinstance(combo, AccountCombo)
    assert combo.objectName() == "invoiceAccountFilter"  # the style sheet's name stays
    filters.set_accounts([first, second])
    assert combo.itemText(0) == "All accounts" and combo.isEnabled()

    with qtbot.waitSignal(filters.changed) as searched:
        combo.setCurrentIndex(2)
    assert searched.args[0].account_id == "a-2"

    # A sync dropped the account chosen: "All accounts" is searched, nothing left to choose.
    with qtbot.waitSignal(filters.changed) as searched:
        filters.set_accounts([first])
    assert searched.args[0] == InvoiceFilterValues()
    assert not combo.isEnabled()

    filters.set_accounts([first, second])
    filters.set_statuses([("failed", "Failed")])
    with qtbot.waitSignal(filters.changed) as searched:
        filters.reset(status="failed", account="a-1")  # Home's link
    assert (searched.args[0].status, searched.args[0].account_id) == ("failed", "a-1")
