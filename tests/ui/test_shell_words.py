"""The shell's words as a user reads them: "Last refreshed: just now" right after a sync, the
Polish welcome with its comma, and the status bar's Online/Offline in Polish."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.views.pages.home_page import HomePage
from tests.ui.conftest import StartApp

TIMEOUT_MS = 60_000  # a wait, not a limit: returns as soon as it holds; a loaded CI box is slow


def test_home_says_just_now_after_a_sync(
    qtbot: QtBot, start_app: StartApp, portal_url: str
) -> None:
    session = start_app(portal_url)
    qtbot.waitUntil(lambda: session.ctx.status.last_synced_at is not None, timeout=TIMEOUT_MS)
    home = session.window.pages["home"]
    assert isinstance(home, HomePage)
    qtbot.waitUntil(lambda: home.refreshed.text() != "Not refreshed yet", timeout=TIMEOUT_MS)
    assert home.refreshed.text() == "Last refreshed: just now"


def test_polish_welcome_and_connection_state(
    qtbot: QtBot, start_app: StartApp, fresh_portal, polish: None
) -> None:  # type: ignore[no-untyped-def]
    server = fresh_portal()
    session = start_app(server.base_url)
    window = session.window
    qtbot.waitUntil(lambda: session.ctx.status.online, timeout=TIMEOUT_MS)
    assert window.header.welcome.text() == "Witamy, Elise"
    assert window.status_widgets.state.text() == "W sieci"
    home = window.pages["home"]
    assert isinstance(home, HomePage)
    qtbot.waitUntil(
        lambda: home.refreshed.text() == "Ostatnie odświeżenie: przed chwilą", timeout=TIMEOUT_MS
    )
    server.stop()  # the portal goes away; F5
    with qtbot.waitSignal(session.ctx.status_changed, timeout=TIMEOUT_MS):
        window.sync_action.trigger()
    assert window.status_widgets.state.text() == "Bez połączenia"
