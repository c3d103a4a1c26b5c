"""The app keeps itself current while online: a ticket the network resolves reaches the user
without F5; a portal that goes away is said once, retried with a growing pause, never with a
dialog, and the app catches up once it answers."""

from __future__ import annotations

import uuid
from pathlib import Path

import requests
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QMessageBox,
    QStatusBar,
    QTableView,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, select, update
from sqlalchemy.orm import Session as DbSession

from desktop.app.context import AppContext
from desktop.cache import Cache
from desktop.sync import PortalClient, SyncEngine
from desktop.views.dialogs.sign_in_dialog import SignInDialog
from desktop.views.pages.home_page import HomePage
from desktop.views.widgets.sync_status import SyncStatusWidgets
from portal.server import PortalServer
from portal.store import models as m
from tests.hostile_peer import Peer
from tests.ui.conftest import StartApp, wait_for_rows

TIMEOUT_MS = 60_000  # a wait, not a limit: returns as soon as it holds; a loaded CI box is slow


def a_buyer_the_operator_connects(server: PortalServer) -> tuple[str, str]:
    """(id, name) of a buyer without invoice history: a request opens a ticket."""
    with DbSession(create_engine(server.db_url)) as s:
        row = s.execute(
            select(m.Buyer.id, m.Buyer.name)
            .where(
                m.Buyer.shares_invoice_history.is_(False),
                m.Buyer.sandbox_resolution == "connected",
                m.Buyer.is_test.is_(False),
                m.Buyer.group_id.is_(None),
            )
            .order_by(m.Buyer.network_number.desc())
        ).first()
    assert row is not None
    return row[0], row[1]


def request_connection(url: str, client: PortalClient, account: str, buyer: str) -> str:
    """What another device (or the portal's web page) does: the ticket number it opened."""
    tokens = client.tokens
    assert tokens is not None
    answer = requests.post(
        url + "/v1/connection-requests",
        json={"account_id": account, "buyer_ids": [buyer]},
        headers={
            "Authorization": f"Bearer {tokens.access_token}",
            "Idempotency-Key": str(uuid.uuid4()),
        },
        timeout=15,
    )
    assert answer.status_code in (200, 201), answer.text
    ticket = answer.json()["items"][0]["ticket_number"]
    assert ticket
    return str(ticket)


def no_dialog_open() -> bool:
    return not any(isinstance(w, QDialog) and w.isVisible() for w in QApplication.topLevelWidgets())


def test_a_resolved_ticket_arrives_by_itself(
    qtbot: QtBot, start_app: StartApp, fresh_portal
) -> None:  # type: ignore[no-untyped-def]
    server = fresh_portal(ticket_delay=4)
    buyer_id, buyer_name = a_buyer_the_operator_connects(server)
    session = start_app(server.base_url, sync_ms=400)
    window = session.window
    window.show()
    wait_for_rows(qtbot, session)
    qtbot.waitUntil(lambda: session.ctx.status.online, timeout=TIMEOUT_MS)
    home = window.pages["home"]
    assert isinstance(home, HomePage)
    before = home.open_support_requests
    shown: list[str] = []
    window.notifier.shown.connect(shown.append)

    account = session.ctx.current_account_id
    assert account is not None
    ticket = request_connection(server.base_url, session.client, account, buyer_id)
    # Nobody presses F5: the open ticket shows up, then the network resolves it.
    qtbot.waitUntil(lambda: home.open_support_requests == before + 1, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: bool(shown), timeout=TIMEOUT_MS)
    expected = f"Support request {ticket} resolved: connected to {buyer_name}"
    assert shown == [expected]
    assert window.statusBar().currentMessage() == expected
    qtbot.waitUntil(lambda: home.open_support_requests == before, timeout=TIMEOUT_MS)
    assert home.notifications.item(1, 1).text() == str(before)


def test_a_portal_that_goes_away_is_said_once_and_retried_ever_more_slowly(
    qtbot: QtBot, start_app: StartApp, fresh_portal, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    server = fresh_portal()
    url = server.base_url
    session = start_app(url, sync_ms=300, retry_ms=100)
    window, ctx = session.window, session.ctx
    window.show()
    wait_for_rows(qtbot, session)
    qtbot.waitUntil(lambda: ctx.status.online, timeout=TIMEOUT_MS)
    window.show_page("relationships")
    edit = window.pages["relationships"].findChild(QLineEdit)
    assert edit is not None
    qtbot.keyClicks(edit, "Nordwind")  # the user is typing when the portal goes away

    offline: list[bool] = []
    ctx.status_changed.connect(lambda status: offline.append(not status.online))
    delays: list[int] = []
    ctx.status_changed.connect(lambda _status: delays.append(ctx.next_sync_ms))
    server.stop()
    qtbot.waitUntil(lambda: len(delays) >= 4, timeout=TIMEOUT_MS)
    assert all(offline)
    assert delays == sorted(delays) and delays[-1] > delays[0]  # the pause grows
    assert delays[:3] == [100, 200, 400]
    assert window.banner.isVisible()
    assert window.status_widgets.state.text() == "Offline"
    assert window.status_widgets.progress.text() == ""  # the banner says it, nothing more
    assert no_dialog_open()
    assert edit.text() == "Nordwind"

    again = PortalServer(
        server.db_url, port=int(url.rsplit(":", 1)[1]), ticket_delay=3600, generated_buyers=50
    )
    again.start()
    try:
        qtbot.waitUntil(lambda: ctx.status.online, timeout=TIMEOUT_MS)
        assert not window.banner.isVisible()
        assert ctx.next_sync_ms == 300  # back to the interval
        assert edit.text() == "Nordwind"
        assert no_dialog_open()
    finally:
        ctx.shutdown()
        again.stop()


def test_a_refusing_portal_is_said_once(
    qtbot: QtBot, tmp_path: Path, peer: tuple[Peer, str]
) -> None:
    state, refusing = peer
    state.routes["/v1/sync/accounts"] = (
        409,
        {"Content-Type": "application/json"},
        b'{"error": {"code": "busy", "message": "Try later"}}',
        0.0,
    )
    cache = Cache.open(tmp_path / "cache.db")
    client = PortalClient(refusing, retries=1, backoff=0.01)
    client.sign_in("elise", "sandbox")
    ctx = AppContext(
        cache,
        client,
        SyncEngine(client, cache),
        user_display_name="elise",
        retry_interval_ms=50,
        max_backoff_ms=400,
    )
    bar = QStatusBar()
    qtbot.addWidget(bar)
    widgets = SyncStatusWidgets(bar)
    ctx.sync_problem.connect(widgets.on_problem)
    ctx.status_changed.connect(widgets.on_status)
    said: list[str] = []
    ctx.sync_problem.connect(said.append)
    delays: list[int] = []
    ctx.status_changed.connect(lambda _status: delays.append(ctx.next_sync_ms))
    try:
        ctx.request_sync()
        qtbot.waitUntil(lambda: len(delays) >= 6, timeout=TIMEOUT_MS)
        assert state.hits["/v1/sync/accounts"] >= 6  # it kept trying
        assert said == ["refused"]  # and said so once
        assert "refused to sync" in widgets.progress.text()
        assert delays[:5] == [50, 100, 200, 400, 400]  # doubling, up to the longest pause
    finally:
        ctx.shutdown()
        client.close()
        cache.close()


def test_a_sync_that_falls_due_under_a_modal_dialog_waits_for_it(
    qtbot: QtBot, start_app: StartApp, portal_url: str
) -> None:
    session = start_app(portal_url, sync_ms=200)
    window, ctx = session.window, session.ctx
    window.show()
    qtbot.waitUntil(lambda: ctx.status.online, timeout=TIMEOUT_MS)
    box = QMessageBox(QMessageBox.Icon.Question, "Question", "Answer me", parent=window)
    box.setModal(True)
    box.show()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is box)
    # The sync falls due (a 200 ms interval) while the dialog is up: it waits. (A sync the
    # timer started before the dialog came up may still end under it; `_due` is only set
    # when none runs, and that sync's end would clear it.)
    qtbot.waitUntil(lambda: ctx.scheduler.due, timeout=TIMEOUT_MS)
    synced: list[bool] = []
    ctx.status_changed.connect(lambda _status: synced.append(True))
    qtbot.wait(1000)  # five intervals: none of them syncs under the dialog
    assert synced == [] and not ctx.scheduler.syncing and ctx.scheduler.due
    with qtbot.waitSignal(ctx.status_changed, timeout=TIMEOUT_MS):
        box.close()  # once it closes, the sync runs
    assert ctx.status.online


def test_coming_back_to_the_window_after_a_while_syncs_at_once(
    qtbot: QtBot, start_app: StartApp, portal_url: str
) -> None:
    session = start_app(portal_url)  # the interval is a minute
    window, ctx = session.window, session.ctx
    window.show()
    qtbot.waitUntil(lambda: ctx.status.online, timeout=TIMEOUT_MS)
    ctx.scheduler.stale_after_ms = 0  # "a while" for the test: any time at all
    other = QLineEdit()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not window.isActiveWindow())
    with qtbot.waitSignal(ctx.status_changed, timeout=TIMEOUT_MS):
        window.activateWindow()  # the user comes back
    assert ctx.status.online


def test_a_sign_in_refused_in_the_background_waits_until_the_user_stops_typing(
    qtbot: QtBot, start_app: StartApp, fresh_portal
) -> None:  # type: ignore[no-untyped-def]
    server = fresh_portal()
    asked: list[SignInDialog] = []

    def ask(dialog: SignInDialog) -> int:
        asked.append(dialog)
        return QDialog.DialogCode.Rejected  # keep working offline

    session = start_app(server.base_url, sync_ms=200, ask=ask)
    window, ctx = session.window, session.ctx
    window.show()
    window.activateWindow()
    wait_for_rows(qtbot, session)
    qtbot.waitUntil(lambda: ctx.status.online, timeout=TIMEOUT_MS)
    window.show_page("relationships")
    edit = window.pages["relationships"].findChild(QLineEdit)
    assert edit is not None
    edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit, timeout=TIMEOUT_MS)
    qtbot.keyClicks(edit, "Nord")

    with DbSession(create_engine(server.db_url)) as s:  # the network ends every sign-in
        s.execute(update(m.AuthToken).values(revoked=True))
        s.commit()
    qtbot.waitUntil(lambda: not ctx.status.online, timeout=TIMEOUT_MS)
    assert asked == []  # refused while the user types: no dialog under their keys
    assert window.banner.isVisible()
    assert edit.text() == "Nord"

    table = window.pages["relationships"].findChild(QTableView)
    assert table is not None
    table.setFocus()  # the user leaves the field
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=TIMEOUT_MS)
    assert edit.text() == "Nord"
