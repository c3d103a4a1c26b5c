"""The header's invoice search and the page's are one search: each shows what the other
searched. And the chart never names dates the user did not choose: with an end before the
start, it says it still counts the dates chosen before."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app.startup import Session
from tests.ui.conftest import StartApp
from tests.ui_invoices.invoice_app import TIMEOUT_MS, invoices_page, search, synced


@pytest.fixture
def app(qtbot: QtBot, start_app: StartApp, invoice_url: str) -> Session:
    session = start_app(invoice_url, sync_ms=3_600_000)
    synced(qtbot, session)
    session.window.show_page("invoices")
    return session


def test_the_header_and_page_searches_stay_in_step(qtbot: QtBot, app: Session) -> None:
    window, page = app.window, invoices_page(app)
    header = window.header.search
    qtbot.keyClicks(header, "FV/2026*")
    with qtbot.waitSignal(page.searched, timeout=TIMEOUT_MS):
        qtbot.keyClick(header, Qt.Key.Key_Return)
    assert page.filters.search.text() == "FV/2026*"
    search(qtbot, page, "AOS")
    assert header.text() == "AOS"
    with qtbot.waitSignal(page.searched, timeout=TIMEOUT_MS):
        window.show_page("invoices:all")  # Home's "view all": every invoice, no text
    assert page.filters.search.text() == "" and header.text() == ""


def test_an_invalid_range_leaves_the_chart_naming_the_dates_it_counts(
    qtbot: QtBot, app: Session
) -> None:
    page = invoices_page(app)
    filters = page.filters
    qtbot.waitUntil(lambda: page.matches > 0, timeout=TIMEOUT_MS)
    with qtbot.waitSignal(page.searched, timeout=TIMEOUT_MS):
        qtbot.mouseClick(filters.date_check, Qt.MouseButton.LeftButton)
    counted = page.chart_range.text()
    assert counted.startswith("Issued ")
    with qtbot.waitSignal(filters.refused, timeout=TIMEOUT_MS):
        filters.date_to.setDate(filters.date_from.date().addDays(-3))
    shown = page.chart_range.text()
    assert shown != counted and counted in shown  # the old dates, said to be the old ones
