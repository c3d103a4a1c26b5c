"""The header's account selector: switching the supplier account switches Home's counts, the
Connect page's account (unless the user is mid-form) and the lists' account filter, with
"All accounts" still one click away."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.domain.types import TicketState
from desktop.models.relationships_model import ACCOUNT_ROLE, Column
from desktop.sync import PortalClient
from desktop.views.pages.connect_page import ConnectPage
from desktop.views.pages.home_page import HomePage
from desktop.views.pages.support_requests_page import SupportRequestsPage
from tests.ui.conftest import StartApp, wait_for_rows
from tests.ui.relationship_rows import column
from tests.ui.test_background_sync import a_buyer_the_operator_connects, request_connection

TIMEOUT_MS = 60_000  # a wait, not a limit: returns as soon as it holds; a loaded CI box is slow
OPEN = (TicketState.OPEN, TicketState.IN_PROGRESS)


def test_switching_the_header_account_switches_what_the_pages_show(
    qtbot: QtBot, start_app: StartApp, fresh_portal
) -> None:  # type: ignore[no-untyped-def]
    server = fresh_portal()
    client = PortalClient(server.base_url)
    try:  # one more open support request for one of elise's accounts
        client.sign_in("elise", "sandbox")
        extra = client.me().accounts[1].id
        buyer, _name = a_buyer_the_operator_connects(server)
        request_connection(server.base_url, client, extra, buyer)
    finally:
        client.close()
    session = start_app(server.base_url)
    window, ctx = session.window, session.ctx
    window.show()
    relationships = wait_for_rows(qtbot, session)
    qtbot.waitUntil(lambda: ctx.status.online, timeout=TIMEOUT_MS)
    home, connect, support = (window.pages[k] for k in ("home", "connect", "support"))
    assert isinstance(home, HomePage)
    assert isinstance(connect, ConnectPage)
    assert isinstance(support, SupportRequestsPage)
    first, second = (a.id for a in ctx.accounts)  # elise has two supplier accounts
    assert extra in (first, second)
    tickets = session.cache.tickets()
    open_count = {
        account: sum(1 for t in tickets if t.state in OPEN and t.account_id == account)
        for account in (first, second)
    }
    assert open_count[first] != open_count[second]
    combo = window.header.account_combo
    assert combo.account_id() == first
    qtbot.waitUntil(lambda: home.open_support_requests == open_count[first], timeout=TIMEOUT_MS)
    assert home.notifications.item(1, 1).text() == str(open_count[first])

    # The user picks the other account in the header, with the keyboard.
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.account_id() == second
    assert ctx.current_account_id == second
    assert home.notifications.item(1, 1).text() == str(open_count[second])
    assert connect.selected_account_id() == second
    assert relationships.account_combo.account_id() == second
    shown = set(column(qtbot, relationships.model, Column.CUSTOMER, ACCOUNT_ROLE))
    assert shown == {second}
    assert support.account_combo.account_id() == second
    assert (
        support.account_combo.accounts_model.account_at(0) is None
    )  # "All accounts" is still there
    assert support.account_combo.itemText(0) == "All accounts"
    assert relationships.account_combo.itemData(0) is None

    # Mid-form on Connect, the account the user has there stands; the lists still follow.
    window.show_page("connect")
    qtbot.keyClicks(connect.combo.edit, "Nordwind")
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    assert ctx.current_account_id == first
    assert connect.selected_account_id() == second
    assert connect.combo.edit.text() == "Nordwind"
    assert relationships.account_combo.account_id() == first
    assert home.notifications.item(1, 1).text() == str(open_count[first])
