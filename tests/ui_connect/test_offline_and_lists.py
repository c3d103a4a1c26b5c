"""Offline connect (queued, then sent exactly once), the requests and tickets pages, and a
ticket resolved on the portal reaching the desktop as a notification."""

from __future__ import annotations

from collections.abc import Iterator

from connect_helpers import TIMEOUT_MS, closed_port_url, portal_get, portal_post, synced
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot
from test_connect_page import choose, connect_and_wait_outcome

from desktop.app.context import AppContext
from desktop.domain.types import DirectoryEntry, TicketRow
from desktop.models.row_table_model import RowRole, ToneRole
from desktop.views.notifier import TicketNotifier
from desktop.views.pages.connect_page import ConnectPage
from desktop.views.pages.connection_requests_page import ConnectionRequestsPage
from desktop.views.pages.support_requests_page import SupportRequestsPage

QUEUED = "Queued — will be sent when the network is reachable"


def _requests_for(portal_url: str, ctx: AppContext, buyer_id: str) -> int:
    items = []
    cursor = ""
    while True:
        r = portal_get(portal_url, ctx, f"/v1/sync/connection-requests?after={cursor}&limit=1000")
        assert r.status_code == 200, r.text
        body = r.json()
        items += body["items"]
        cursor = body["next_cursor"]
        if not body["has_more"]:
            break
    return sum(
        1
        for it in items
        if it["data"] and any(i["buyer_id"] == buyer_id for i in it["data"]["items"])
    )


def test_offline_connect_is_queued_then_sent_once(
    qtbot: QtBot, ctx: AppContext, portal_url: str, free_buyers: Iterator[tuple[str, str, str]]
) -> None:
    buyer_id, name, number = next(free_buyers)
    page = ConnectPage(ctx)
    qtbot.addWidget(page)
    page.show()
    choose(qtbot, page, number, number)  # found online
    page.select_account(ctx.accounts[0].id)

    ctx.client.base_url = closed_port_url()  # the network goes away
    synced(qtbot, ctx)
    assert not ctx.status.online

    qtbot.mouseClick(page.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.outcome.texts().get(buyer_id) == QUEUED, timeout=TIMEOUT_MS)
    assert len(ctx.cache.outbox()) == 1
    qtbot.waitUntil(lambda: ctx.status.queued_requests == 1, timeout=TIMEOUT_MS)  # status bar
    assert _requests_for(portal_url, ctx, buyer_id) == 0

    # The combo now searches what this computer knows, and says so.
    page.combo.clear()
    with qtbot.waitSignal(page.combo.results_shown, timeout=TIMEOUT_MS):
        qtbot.keyClicks(page.combo.edit, "network demo")
    assert page.combo.offline
    assert page.combo.status.text() == "Offline: searching customers already on this computer"

    ctx.client.base_url = portal_url  # back: AppContext's retry timer sends it
    qtbot.waitUntil(
        lambda: page.outcome.texts().get(buyer_id, "").startswith("Request pending"),
        timeout=TIMEOUT_MS,
    )
    synced(qtbot, ctx)  # a further sync sends nothing again
    assert ctx.cache.outbox() == [] and ctx.status.queued_requests == 0
    assert _requests_for(portal_url, ctx, buyer_id) == 1


def test_lists_and_resolved_ticket(
    qtbot: QtBot, ctx: AppContext, portal_url: str, free_buyers: Iterator[tuple[str, str, str]]
) -> None:
    buyer_id, name, number = next(free_buyers)
    requests_page = ConnectionRequestsPage(ctx)
    tickets_page = SupportRequestsPage(ctx)
    connect = ConnectPage(ctx)
    for widget in (requests_page, tickets_page, connect):
        qtbot.addWidget(widget)
        widget.show()
    QAbstractItemModelTester(
        requests_page.model, QAbstractItemModelTester.FailureReportingMode.Fatal
    )
    QAbstractItemModelTester(
        tickets_page.model, QAbstractItemModelTester.FailureReportingMode.Fatal
    )
    notifier = TicketNotifier(ctx)
    shown: list[str] = []
    notifier.shown.connect(shown.append)

    entry: DirectoryEntry = choose(qtbot, connect, number, number)
    connect.select_account(ctx.accounts[0].id)
    row = connect_and_wait_outcome(qtbot, connect)
    ticket = row.items[0].ticket_number
    assert ticket

    def shown_in(page: ConnectionRequestsPage | SupportRequestsPage, text: str) -> bool:
        model = page.model
        return any(
            text in (model.index(r, c).data() or "")
            for r in range(model.rowCount())
            for c in range(model.columnCount())
        )

    qtbot.waitUntil(lambda: shown_in(requests_page, ticket), timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: shown_in(tickets_page, ticket), timeout=TIMEOUT_MS)
    assert shown_in(requests_page, entry.name)
    assert shown_in(requests_page, "Open")

    # Detail dialogs show the history.
    proxy_row = next(
        r
        for r in range(requests_page.proxy.rowCount())
        if ticket in requests_page.proxy.index(r, 3).data()
    )
    requests_page.table.setCurrentIndex(requests_page.proxy.index(proxy_row, 0))
    requests_page.open_current()
    dialog = requests_page.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.history.topLevelItemCount() >= 1
    # Keyboard first: Close has the focus, so Enter or Esc closes the dialog.
    qtbot.waitUntil(lambda: dialog.focusWidget() is not None)
    assert dialog.focusWidget().text() in ("Close", "&Close")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    r = portal_post(
        portal_url, ctx, f"/v1/sandbox/tickets/{ticket}/resolve", {"outcome": "connected"}
    )
    assert r.status_code == 200, r.text
    with qtbot.waitSignal(ctx.ticket_resolved, timeout=TIMEOUT_MS) as resolved:
        ctx.request_sync()
    assert isinstance(resolved.args[0], TicketRow)
    assert shown == [f"Support request {ticket} resolved: connected to {name}"]
    tickets_model = tickets_page.model

    def ticket_cells() -> list[str]:
        for r in range(tickets_model.rowCount()):
            if tickets_model.index(r, 0).data() == ticket:
                return [tickets_model.index(r, c).data() for c in range(6)]
        return []

    qtbot.waitUntil(lambda: ticket_cells()[2:4] == ["Resolved", "Connected"], timeout=TIMEOUT_MS)
    line = next(
        r for r in range(tickets_model.rowCount()) if tickets_model.index(r, 0).data() == ticket
    )
    tickets_page.table.setCurrentIndex(
        tickets_page.proxy.mapFromSource(tickets_model.index(line, 0))
    )
    tickets_page.open_current()
    assert tickets_page.dialog is not None and tickets_page.dialog.history.topLevelItemCount() >= 2
    tickets_page.dialog.close()


def test_a_request_the_customer_rejected_shows_a_red_dot(qtbot: QtBot, ctx: AppContext) -> None:
    page = ConnectionRequestsPage(ctx)
    qtbot.addWidget(page)
    model = page.model

    def tone_of(buyer: str) -> str | None:
        """The dot of the sandbox's own (oldest) request naming `buyer`."""
        for r in reversed(range(model.rowCount())):
            row = model.index(r, 0).data(RowRole)
            if any(item.buyer_name == buyer for item in row.items):
                return str(model.index(r, 0).data(ToneRole))
        return None

    qtbot.waitUntil(lambda: tone_of("Nordwind Bulgaria EOOD") is not None, timeout=TIMEOUT_MS)
    assert tone_of("Nordwind Bulgaria EOOD") == "bad"  # completed, but rejected
    assert tone_of("Technical Services Test Buyer 17") == "warn"  # still open
