"""Sign-in, refresh, pull, isolation and resume against the real portal on 127.0.0.1."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.cache import Cache
from desktop.sync import AuthFailed, PortalClient, PortalUnreachable, SyncEngine
from wire import schemas as w

from .conftest import RunningPortal, engine_for, signed_in

ROOT = Path(__file__).resolve().parents[2]


def portal_rows(url: str, collection: str, username: str = "elise") -> dict[str, int]:
    """What the portal holds now: id -> version, read afresh from cursor zero."""
    client = signed_in(url, username)
    rows: dict[str, int] = {}
    after: str | None = None
    while True:
        page = client.sync_page(collection, after, 1000)
        for item in page.items:
            if item.deleted:
                rows.pop(item.id, None)
            else:
                rows[item.id] = item.version
        after = page.next_cursor
        if not page.has_more:
            return rows


def test_sign_in_right_and_wrong_password(core_portal: RunningPortal) -> None:
    client = PortalClient(core_portal.url)
    seen: list[w.SessionTokens | None] = []
    client.on_tokens_changed(seen.append)
    tokens = client.sign_in("elise", "sandbox")
    assert client.tokens == tokens and seen == [tokens]
    assert client.me().user.username == "elise"
    with pytest.raises(AuthFailed) as info:
        PortalClient(core_portal.url).sign_in("elise", "wrong")
    assert "wrong" not in str(info.value)
    client.sign_out()
    assert client.tokens is None and seen[-1] is None
    with pytest.raises(AuthFailed):
        PortalClient(core_portal.url).resume(tokens.refresh_token)  # sign-out ended it


def _expire_access_tokens(portal: RunningPortal, *, revoke: bool = False) -> None:
    conn = sqlite3.connect(portal.db_path, timeout=10)
    if revoke:
        conn.execute("UPDATE auth_tokens SET revoked = 1 WHERE kind = 'access'")
    else:
        conn.execute(
            "UPDATE auth_tokens SET expires_at = '2000-01-01 00:00:00' WHERE kind = 'access'"
        )
    conn.commit()
    conn.close()


@pytest.mark.parametrize("revoke", [False, True], ids=["expired", "revoked"])
def test_dead_access_token_is_refreshed_once(core_portal: RunningPortal, revoke: bool) -> None:
    client = signed_in(core_portal.url)
    first = client.tokens
    assert first is not None
    stored: list[str] = []
    client.on_tokens_changed(lambda t: stored.append(t.refresh_token if t else ""))
    _expire_access_tokens(core_portal, revoke=revoke)
    assert client.me().user.username == "elise"  # 401 -> refresh -> retried
    assert client.tokens is not None and client.tokens.refresh_token != first.refresh_token
    assert stored == [client.tokens.refresh_token]  # the app can keep the rotated one
    # A refresh token once used is spent when its successor is used too (no answer was lost):
    # resuming with the old one fails.
    PortalClient(core_portal.url).resume(client.tokens.refresh_token)
    with pytest.raises(AuthFailed):
        PortalClient(core_portal.url).resume(first.refresh_token)


def test_resume_from_a_stored_refresh_token(core_portal: RunningPortal) -> None:
    refresh = signed_in(core_portal.url).tokens.refresh_token  # type: ignore[union-attr]
    client = PortalClient(core_portal.url)
    client.resume(refresh)
    assert client.me().user.username == "elise"


def test_full_pull_fills_the_cache(core_portal: RunningPortal, tmp_path: Path) -> None:
    engine = engine_for(core_portal.url, tmp_path / "c.sqlite", limit=3)
    seen: list[tuple[str, int]] = []
    result = engine.pull(lambda collection, n, _total: seen.append((collection, n)))
    cache = engine.cache
    assert {a.name for a in cache.accounts()} == {
        "Adams Office Supplies (IT) - Test",
        "Adams Office Supplies Sp. z o.o.",
    }
    rels = cache.relationships()
    assert {r.id for r in rels} == set(portal_rows(core_portal.url, "relationships"))
    assert all(r.account_name for r in rels)
    assert {"accounts", "relationships"} <= result.changed
    assert [c for c, _ in seen][0] == "accounts" and ("relationships", 3) in seen
    assert cache.last_synced_at() is not None
    again = engine.pull()  # nothing new: nothing changed
    assert again.changed == frozenset() and again.items_pulled == 0
    cache.close()


def test_isolation_between_suppliers(core_portal: RunningPortal, tmp_path: Path) -> None:
    elise = engine_for(core_portal.url, tmp_path / "e.sqlite")
    oskar = engine_for(core_portal.url, tmp_path / "o.sqlite", "oskar")
    elise.pull()
    oskar.pull()
    elise_accounts = {a.id for a in elise.cache.accounts()}
    oskar_accounts = {a.id for a in oskar.cache.accounts()}
    assert oskar_accounts and not (oskar_accounts & elise_accounts)
    assert {r.account_id for r in oskar.cache.relationships()} <= oskar_accounts
    assert not {r.id for r in oskar.cache.relationships()} & {
        r.id for r in elise.cache.relationships()
    }
    assert all(r.account_id in oskar_accounts for r in oskar.cache.connection_requests())
    elise.cache.close()
    oskar.cache.close()


def test_resume_after_kill_9(core_portal: RunningPortal, tmp_path: Path) -> None:
    cache_path = tmp_path / "c.sqlite"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.desktop_core.pull_child",
            core_portal.url,
            str(cache_path),
            "1",
            "0.2",
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
    )
    assert child.stdout is not None
    lines = []
    for line in child.stdout:
        lines.append(line)
        if len(lines) == 5:  # accounts (2 pages) and 3 relationship pages are committed
            os.kill(child.pid, signal.SIGKILL)
            break
    child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL
    assert "done" not in "".join(lines)

    cache = Cache.open(cache_path)  # the killed process' file opens fine
    assert cache.cursor("relationships") is not None
    partial = {r.id for r in cache.relationships()}
    assert len(partial) >= 3
    engine = SyncEngine(signed_in(core_portal.url), cache, page_limit=1)
    result = engine.pull()
    expected = portal_rows(core_portal.url, "relationships")
    # What the killed pull committed is not fetched again: a pull from scratch, into a new
    # cache, fetches those relationships on top (counted over every collection, whatever
    # other tests added to this portal).
    fresh = Cache.open(tmp_path / "fresh.sqlite")
    from_scratch = SyncEngine(signed_in(core_portal.url), fresh, page_limit=1).pull()
    fresh.close()
    assert result.items_pulled <= from_scratch.items_pulled - len(partial)
    rels = cache.relationships()
    assert sorted(r.id for r in rels) == sorted(expected)  # all of them, each once
    assert {a.id for a in cache.accounts()} == set(portal_rows(core_portal.url, "accounts"))
    cache.close()


def test_unreachable_portal_fails_fast_and_leaves_the_cache(
    core_portal: RunningPortal, closed_port_url: str, tmp_path: Path
) -> None:
    engine = engine_for(core_portal.url, tmp_path / "c.sqlite")
    engine.pull()
    before = (
        engine.cache.relationships(),
        engine.cache.cursor("relationships"),
        engine.cache.last_synced_at(),
    )
    engine.client.base_url = closed_port_url  # the network goes away
    start = time.monotonic()
    with pytest.raises(PortalUnreachable):
        engine.sync()
    assert time.monotonic() - start < 3
    after = (
        engine.cache.relationships(),
        engine.cache.cursor("relationships"),
        engine.cache.last_synced_at(),
    )
    assert after == before
    with pytest.raises(PortalUnreachable):
        PortalClient(closed_port_url).sign_in("elise", "sandbox")
    engine.cache.close()
