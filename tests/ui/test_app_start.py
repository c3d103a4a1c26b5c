"""The app as a supplier starts it: the embedded sandbox, a remembered sign-in, offline."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from portal.server import PortalServer
from tests.ui.conftest import StartApp, wait_for_rows


def test_sandbox_start_signs_in_syncs_and_shows_relationships(
    qtbot: QtBot, start_app: StartApp
) -> None:
    session = start_app(None)
    page = wait_for_rows(qtbot, session)
    qtbot.waitUntil(lambda: session.ctx.status.online, timeout=10000)
    assert session.window.header.welcome.text() == "Welcome Elise"
    names = {page.model.row_at(i).buyer.name for i in range(page.model.rowCount())}
    assert "Technical Services Test Buyer 17" in names
    accounts = [
        session.window.header.account_combo.itemText(i)
        for i in range(session.window.header.account_combo.count())
    ]
    assert "Adams Office Supplies (IT) - Test" in accounts
    assert not session.window.banner.isVisible()


def test_remembered_sign_in_resumes_silently(
    qtbot: QtBot, start_app: StartApp, portal_url: str
) -> None:
    session = start_app(portal_url)  # no dialog: the keychain holds a refresh token
    wait_for_rows(qtbot, session)
    qtbot.waitUntil(lambda: session.window.header.welcome.text() == "Welcome Elise")
    assert session.window.status_widgets.state.text() == "Online"


def test_offline_start_shows_cache_then_syncs_by_itself(
    qtbot: QtBot,
    start_app: StartApp,
    fresh_portal,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    server = fresh_portal()
    url = server.base_url
    data = tmp_path / "offline-data"
    first = start_app(url, data_dir=data)
    rows = wait_for_rows(qtbot, first).model.rowCount()
    qtbot.waitUntil(lambda: first.ctx.status.last_synced_at is not None)
    first.ctx.shutdown()
    first.cache.close()
    server.stop()  # the portal goes away; the cache stays

    second = start_app(url, data_dir=data, retry_ms=300, remember=False)
    second.window.show()
    banner = second.window.banner
    qtbot.waitUntil(banner.isVisible, timeout=20000)
    assert banner.message.text().startswith("Offline, data as of")
    assert second.window.status_widgets.state.text() == "Offline"
    # Pages are built after the first paint (or when first opened) and read the cache on the
    # serial lane behind the first sync: the cached rows follow the banner, still offline.
    assert wait_for_rows(qtbot, second, timeout=20000).model.rowCount() == rows
    assert not second.ctx.status.online

    again = PortalServer(
        server.db_url, port=int(url.rsplit(":", 1)[1]), ticket_delay=3600, generated_buyers=50
    )
    again.start()
    try:
        qtbot.waitUntil(lambda: not banner.isVisible(), timeout=20000)
        assert second.ctx.status.online
        assert second.window.status_widgets.state.text() == "Online"
    finally:
        second.ctx.shutdown()
        again.stop()


def test_damaged_sandbox_data_is_moved_aside_and_the_sandbox_starts_fresh(
    qtbot: QtBot, start_app: StartApp, tmp_path: Path
) -> None:
    data = tmp_path / "damaged"
    data.mkdir()
    (data / "sandbox-portal.sqlite").write_bytes(b"this is not a database" * 100)
    session = start_app(None, data_dir=data)
    page = wait_for_rows(qtbot, session)
    assert page.model.rowCount() > 0
    kept = list(data.glob("sandbox-portal.sqlite.corrupt-*"))
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"this is not a database")
