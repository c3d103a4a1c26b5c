"""Home's "Last refreshed: N minutes ago" as a user reads it, in Polish with its three plural
forms, and moving on by itself when a minute passes without a sync."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from desktop.views.pages.home_page import HomePage
from tests.ui.conftest import StartApp

TIMEOUT_MS = 60_000  # a wait, not a limit: returns as soon as it holds; a loaded CI box is slow


def _home_after_sync(qtbot: QtBot, start_app: StartApp, url: str) -> tuple[HomePage, object]:
    session = start_app(url, sync_ms=3_600_000)
    qtbot.waitUntil(lambda: session.ctx.status.last_synced_at is not None, timeout=TIMEOUT_MS)
    home = session.window.pages["home"]
    assert isinstance(home, HomePage)
    return home, session.ctx


def _synced_ago(ctx, seconds: float) -> None:  # type: ignore[no-untyped-def]
    """As if the last sync ended `seconds` ago (the status the sync would have left)."""
    ctx.status = replace(ctx.status, last_synced_at=datetime.now(UTC) - timedelta(seconds=seconds))
    ctx.status_changed.emit(ctx.status)


@pytest.mark.parametrize("language", ["pl"], indirect=True)
def test_polish_minutes_take_their_plural_forms(
    qtbot: QtBot, start_app: StartApp, portal_url: str, language: str
) -> None:
    home, ctx = _home_after_sync(qtbot, start_app, portal_url)
    expected = {
        1: "Ostatnie odświeżenie: 1 minutę temu",
        2: "Ostatnie odświeżenie: 2 minuty temu",
        5: "Ostatnie odświeżenie: 5 minut temu",
        22: "Ostatnie odświeżenie: 22 minuty temu",
        25: "Ostatnie odświeżenie: 25 minut temu",
    }
    for minutes, text in expected.items():
        _synced_ago(ctx, minutes * 60 + 5)
        assert home.refreshed.text() == text


def test_the_minutes_move_on_without_a_sync(
    qtbot: QtBot, start_app: StartApp, portal_url: str
) -> None:
    home, ctx = _home_after_sync(qtbot, start_app, portal_url)
    _synced_ago(ctx, 59.5)
    assert home.refreshed.text() == "Last refreshed: just now"
    qtbot.waitUntil(lambda: home.refreshed.text() == "Last refreshed: 1 minute ago", timeout=5000)
