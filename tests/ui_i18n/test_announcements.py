"""Status changes a sighted user sees are also told to screen readers, once per change, in the
language spoken; the words beside the coloured dots change language with everything else.
A CONNECT's answer and a sync that fails (and later works again) are announced too."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from desktop.app.language import LanguageSwitcher
from desktop.domain.types import SyncStatus
from desktop.sync import PortalClient, SyncEngine
from desktop.views.announce import HEARD
from desktop.views.pages.connect_page import ConnectPage
from desktop.views.widgets.offline_banner import OfflineBanner
from desktop.views.widgets.sync_status import SyncStatusWidgets
from tests.hostile_peer import Peer, peer  # noqa: F401 - fixture
from tests.ui.conftest import StartApp, wait_for_rows

TIMEOUT_MS = 60_000  # a wait, not a limit: returns as soon as it holds; a loaded CI box is slow

SYNCED = datetime(2026, 11, 28, 9, 30, tzinfo=UTC)


def test_going_offline_and_back_is_announced_once_each(
    qtbot: QtBot, switcher: LanguageSwitcher
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    banner = OfflineBanner(window)
    bar = SyncStatusWidgets(window.statusBar())
    window.setCentralWidget(banner)
    window.show()
    HEARD.clear()
    offline = SyncStatus(online=False, last_synced_at=SYNCED)
    banner.apply(offline)
    bar.on_status(offline)
    assert any(text.startswith("Offline, data as of") for text in HEARD)
    assert "Offline" in HEARD
    said = len(HEARD)
    banner.apply(offline)  # a retry that fails again: nothing new to say
    bar.on_status(offline)
    assert len(HEARD) == said
    bar.on_status(SyncStatus(online=True, last_synced_at=SYNCED))
    assert HEARD[-1] == "Online"

    switcher.switch("pl")
    assert bar.state.text() == "W sieci"  # the word beside the dot, in the new language
    bar.on_status(offline)
    assert HEARD[-1] == "Bez połączenia"
    banner.apply(offline)
    assert banner.message.text().startswith("Bez połączenia")
    assert "2026" in banner.message.text()


def test_the_network_answer_to_connect_is_announced(
    qtbot: QtBot,
    start_app: StartApp,
    portal_url: str,
    free_buyers: Iterator[tuple[str, str, str]],
) -> None:
    session = start_app(portal_url)
    window, ctx = session.window, session.ctx
    window.show()
    wait_for_rows(qtbot, session)
    window.show_page("connect")
    page = window.pages["connect"]
    assert isinstance(page, ConnectPage)
    buyer_id, name, number = next(free_buyers)
    combo = page.combo
    with qtbot.waitSignal(combo.results_shown, timeout=TIMEOUT_MS):
        qtbot.keyClicks(combo.edit, number)
    texts = [combo.model.data(combo.model.index(r, 0)) for r in range(combo.model.rowCount())]
    combo.popup.setCurrentIndex(
        combo.model.index(texts.index(next(t for t in texts if number in t)), 0)
    )
    with qtbot.waitSignal(combo.entry_chosen, timeout=TIMEOUT_MS):
        qtbot.keyClick(combo.edit, Qt.Key.Key_Return)
    page.select_account(ctx.accounts[0].id)
    HEARD.clear()
    rows = []
    page.outcome_shown.connect(rows.append)
    qtbot.mouseClick(page.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(rows) and rows[-1].remote_id is not None, timeout=TIMEOUT_MS)
    shown = page.outcome.texts()[buyer_id]
    assert shown and shown not in ("Sending…",)
    assert f"{name}: {shown}" in HEARD[-1]  # the answer the user sees, as one sentence


def test_a_failing_sync_and_its_recovery_are_announced(
    qtbot: QtBot,
    start_app: StartApp,
    portal_url: str,
    peer: tuple[Peer, str],  # noqa: F811 - the fixture imported above
    switcher: LanguageSwitcher,
) -> None:
    session = start_app(portal_url, sync_ms=3_600_000)
    window, ctx = session.window, session.ctx
    window.show()
    wait_for_rows(qtbot, session)
    qtbot.waitUntil(lambda: not ctx._syncing, timeout=TIMEOUT_MS)
    working = ctx.client, ctx.sync_engine
    state, garbled_portal = peer  # hands out tokens, then half a page of HTML for a sync
    state.routes["/v1/sync/accounts"] = (200, {}, b'{"items": [{"id": "x", "data": <html>', 0)
    client = PortalClient(garbled_portal, retries=1, backoff=0.01)
    client.sign_in("elise", "sandbox")
    switcher.switch("pl")
    HEARD.clear()
    try:
        ctx.client, ctx.sync_engine = client, SyncEngine(client, ctx.cache)
        with qtbot.waitSignal(ctx.sync_problem, timeout=TIMEOUT_MS):
            ctx.request_sync()
        shown = window.status_widgets.progress.text()
        assert shown and HEARD[-1] == shown  # what the status bar now says, in Polish
        assert not any("cannot read" in text for text in HEARD)
        qtbot.waitUntil(lambda: not ctx._syncing, timeout=TIMEOUT_MS)
        said = len(HEARD)
        ctx.client, ctx.sync_engine = working
        with qtbot.waitSignal(ctx.sync_problem, timeout=TIMEOUT_MS) as cleared:
            ctx.request_sync()
        assert cleared.args == [""]
        assert len(HEARD) == said + 1
        assert HEARD[-1].startswith("Synchronizacja znów działa")
    finally:
        ctx._retry.stop()
        client.close()
