"""Support requests: Home's "View all" opens the open ones; filter as you type (folded), by
status and by account, with a QSortFilterProxyModel (no hidden rows)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from desktop.domain.types import TicketRow, TicketState
from desktop.models.row_table_model import RowRole
from desktop.views.pages.home_page import HomePage
from desktop.views.pages.support_requests_page import SupportRequestsPage
from tests.ui.conftest import StartApp


def shown(page: SupportRequestsPage) -> list[TicketRow]:
    return [page.proxy.index(r, 0).data(RowRole) for r in range(page.proxy.rowCount())]


def test_view_all_opens_the_open_ones_and_filters_work(
    qtbot: QtBot, start_app: StartApp, portal_url: str
) -> None:
    session = start_app(portal_url)
    window = session.window
    window.show()
    home, page = window.pages["home"], window.pages["support"]
    assert isinstance(home, HomePage) and isinstance(page, SupportRequestsPage)
    QAbstractItemModelTester(page.proxy, QAbstractItemModelTester.FailureReportingMode.Fatal)
    qtbot.waitUntil(lambda: home.open_support_requests > 0, timeout=30000)
    qtbot.waitUntil(lambda: page.model.rowCount() > home.open_support_requests, timeout=30000)
    total = page.model.rowCount()
    assert page.status_combo.currentText() == "All" and page.proxy.rowCount() == total

    qtbot.mouseClick(home.support_view_all, Qt.MouseButton.LeftButton)
    assert window.current_page_key() == "support"
    assert page.status_combo.currentText() == "Open"
    current = session.ctx.current_account_id
    assert page.account_combo.account_id() == current  # the account Home counts for
    open_states = {TicketState.OPEN, TicketState.IN_PROGRESS}
    assert {t.state for t in shown(page)} <= open_states
    assert {t.account_id for t in shown(page)} <= {current}
    assert len(shown(page)) == home.open_support_requests  # the count Home showed
    assert page.count_label.text() == f"Showing {home.open_support_requests} of {total}"

    # Text, folded: "nordwind" finds "NORDWIND …" and "Nordwind …" alike, case aside.
    page.status_combo.setCurrentIndex(0)
    page.account_combo.setCurrentIndex(0)
    qtbot.keyClicks(page.filter_edit, "NORDWIND")
    names = {t.buyer_name for t in shown(page)}
    assert names and all("nordwind" in n.casefold() for n in names)
    page.filter_edit.clear()
    assert page.proxy.rowCount() == total

    # Account: All accounts, then one of elise's two.
    combo = page.account_combo
    assert combo.currentText() == "All accounts" and combo.count() == 3
    test_account = next(a for a in session.ctx.accounts if "- Test" in a.name)
    combo.select(test_account.id)
    assert 0 < page.proxy.rowCount() < total
    assert {t.account_id for t in shown(page)} == {test_account.id}
    assert page.model.rowCount() == total  # filtered by the proxy, nothing hidden or removed
