"""A support request resolved on the portal reaches the supplier as a notification on the real
main window (offscreen there is no system tray, so it shows in the status bar)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import requests
from pytestqt.qtbot import QtBot

from desktop.sync import PortalClient
from tests.ui.conftest import StartApp, wait_for_rows

TIMEOUT_MS = 60_000  # a wait, not a limit: returns as soon as it holds; a loaded CI box is slow


def _post(url: str, client: PortalClient, path: str, body: object, **headers: str) -> dict:  # type: ignore[type-arg]
    tokens = client.tokens
    assert tokens is not None
    answer = requests.post(
        url + path,
        json=body,
        headers={"Authorization": f"Bearer {tokens.access_token}", **headers},
        timeout=15,
    )
    assert answer.status_code in (200, 201), answer.text
    return answer.json()  # type: ignore[no-any-return]


def test_resolved_ticket_shows_a_notification_on_the_main_window(
    qtbot: QtBot,
    start_app: StartApp,
    portal_url: str,
    free_buyers: Iterator[tuple[str, str, str]],
) -> None:
    buyer_id, name, _number = next(free_buyers)
    session = start_app(portal_url)
    window = session.window
    window.show()
    wait_for_rows(qtbot, session)
    qtbot.waitUntil(lambda: session.ctx.status.online, timeout=TIMEOUT_MS)
    assert window.notifier.tray is None  # offscreen: no system tray, so the status bar

    account = session.ctx.accounts[0].id
    body = {"account_id": account, "buyer_ids": [buyer_id]}
    created = _post(
        portal_url,
        session.client,
        "/v1/connection-requests",
        body,
        **{"Idempotency-Key": str(uuid.uuid4())},
    )
    ticket = created["items"][0]["ticket_number"]
    assert ticket
    with qtbot.waitSignal(session.ctx.changed, timeout=TIMEOUT_MS):
        session.ctx.request_sync()  # the desktop now knows the ticket as open

    _post(
        portal_url,
        session.client,
        f"/v1/sandbox/tickets/{ticket}/resolve",
        {"outcome": "connected"},
    )
    with qtbot.waitSignal(window.notifier.shown, timeout=TIMEOUT_MS) as shown:
        window.sync_action.trigger()  # F5, as the user would
    expected = f"Support request {ticket} resolved: connected to {name}"
    assert shown.args == [expected]
    assert window.statusBar().currentMessage() == expected

    # Clicking the tray message (where there is one) opens the support requests.
    window.notifier.open_requested.emit()
    assert window.current_page_key() == "support"
