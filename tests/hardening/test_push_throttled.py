"""A 429 on renewing the sign-in while the outbox is pushed: the queued request stays queued
(not failed with `too_many_attempts`), the status bar says how long sync waits, in the user's
language, and once the wait is over (and the user signed in again: only a refresh token that is
no longer valid ever waits) the request reaches the portal exactly once."""

from __future__ import annotations

from pathlib import Path

import pytest
import requests
from PySide6.QtWidgets import QStatusBar
from pytestqt.qtbot import QtBot

from desktop.app.context import AppContext
from desktop.app.i18n import Translations
from desktop.cache import Cache
from desktop.domain.types import OutboxState, RequestDraft
from desktop.sync import AuthFailed, PortalClient, SyncEngine, TooManyAttempts
from desktop.views.widgets.sync_status import SyncStatusWidgets
from portal.rules.throttle import ThrottlePolicy
from portal.server import PortalServer
from tests.hardening.conftest import StartPortal
from tests.hardening.helpers import (
    TIMEOUT,
    expire_access_tokens,
    free_buyer_ids,
    portal_db,
    requests_per_buyer,
)

# One failed refresh from an address locks refreshes from it for five minutes.
POLICY = ThrottlePolicy(refresh_free=0, delays=0, lock=300)
TIMEOUT_MS = 60_000  # a wait, not a limit: returns as soon as it holds; a loaded CI box is slow


def _lock_refreshes(server: PortalServer) -> None:
    """Someone on this address tries a refresh token that is not one; then every token expires
    (a valid refresh token is never throttled by others' failures: the desktop's own sign-in
    has run out), so the desktop's next call must refresh and meets the lock."""
    r = requests.post(
        f"{server.base_url}/v1/session/refresh",
        json={"refresh_token": "x" * 43},
        timeout=TIMEOUT,
    )
    assert r.status_code == 401, r.text
    expire_access_tokens(server.db_url)
    with portal_db(server.db_url) as db:
        db.execute("UPDATE auth_tokens SET expires_at = '2000-01-01 00:00:00.000000'")


def _lock_passes(server: PortalServer) -> None:
    with portal_db(server.db_url) as db:  # five minutes pass
        db.execute("UPDATE sign_in_throttle SET blocked_until = NULL")


def _queued(tmp_path: Path, server: PortalServer) -> tuple[Cache, PortalClient, str, str, str]:
    client = PortalClient(server.base_url, retries=1, backoff=0.01)
    client.sign_in("elise", "sandbox")
    cache = Cache.open(tmp_path / "cache.sqlite")
    SyncEngine(client, cache).sync()
    account = next(a.id for a in client.me().accounts if a.name.endswith("- Test"))
    buyer = free_buyer_ids(server.db_url, 1)[0]
    local = cache.enqueue_request(RequestDraft(account_id=account, buyer_ids=(buyer,)))
    return cache, client, account, buyer, local


def test_a_throttled_refresh_leaves_the_request_queued(
    tmp_path: Path, start_portal: StartPortal
) -> None:
    server = start_portal(throttle=POLICY)
    cache, client, account, buyer, local = _queued(tmp_path, server)
    engine = SyncEngine(client, cache)
    try:
        _lock_refreshes(server)
        with pytest.raises(TooManyAttempts) as refused:
            engine.sync()
        assert refused.value.retry_after == 300
        item = cache.outbox_item(local)
        assert item is not None and item.state is not OutboxState.FAILED, item
        assert [i.local_id for i in cache.outbox()] == [local]
        assert requests_per_buyer(server.db_url, account).get(buyer) is None
        _lock_passes(server)
        with pytest.raises(AuthFailed):  # the wait is over: the sign-in has ended
            engine.sync()
        assert [i.local_id for i in cache.outbox()] == [local]
        client.sign_in("elise", "sandbox")
        engine.sync()
        sent = cache.outbox_item(local)
        assert sent is not None and sent.state is OutboxState.SENT, sent
        assert requests_per_buyer(server.db_url, account).get(buyer) == 1
    finally:
        client.close()
        cache.close()


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", ("Too many attempts", "in 5 minutes", "queued requests wait")),
        ("pl", ("Zbyt wiele", "za 5 minut", "w kolejce")),
    ],
)
def test_the_status_bar_says_how_long_sync_waits(
    qtbot: QtBot,
    qapp: object,
    tmp_path: Path,
    start_portal: StartPortal,
    language: str,
    words: tuple[str, ...],
) -> None:
    server = start_portal(throttle=POLICY)
    cache, client, _, _, local = _queued(tmp_path, server)
    ctx = AppContext(
        cache, client, SyncEngine(client, cache), user_display_name="elise", retry_interval_ms=300
    )
    bar = QStatusBar()
    qtbot.addWidget(bar)
    widgets = SyncStatusWidgets(bar)
    ctx.sync_problem.connect(widgets.on_problem)
    ctx.status_changed.connect(widgets.on_status)
    translations = Translations()
    translations.install(language)
    try:
        _lock_refreshes(server)
        with qtbot.waitSignal(ctx.sync_problem, timeout=TIMEOUT_MS) as said:
            ctx.request_sync()
        assert said.args == ["too_many_attempts:5"]
        qtbot.waitUntil(lambda: not ctx._syncing, timeout=TIMEOUT_MS)
        text = widgets.progress.text()
        assert all(word in text for word in words), text
        assert ctx.next_sync_ms >= 300 * 1000  # not the 300 ms retry: the portal's wait
        item = cache.outbox_item(local)
        assert item is not None and item.state is not OutboxState.FAILED
    finally:
        translations.remove()
        ctx._retry.stop()
        ctx.tasks.wait()
        client.close()
        cache.close()
