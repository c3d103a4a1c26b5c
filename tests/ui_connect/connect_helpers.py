"""Helpers shared by the Connect tests (imported by module name: tests/ui_connect is on sys.path)."""

from __future__ import annotations

import socket

import requests
from pytestqt.qtbot import QtBot

from desktop.app.context import AppContext

TIMEOUT_MS = 60_000  # a wait, not a limit: returns as soon as it holds; a loaded CI box is slow


def closed_port_url() -> str:
    """A URL on 127.0.0.1 where nothing listens (the port was free a moment ago)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def synced(qtbot: QtBot, ctx: AppContext) -> None:
    """Run one sync and wait until it has answered (online or not)."""
    with qtbot.waitSignal(ctx.status_changed, timeout=TIMEOUT_MS):
        ctx.request_sync()


def portal_get(portal_url: str, ctx: AppContext, path: str) -> requests.Response:
    tokens = ctx.client.tokens
    assert tokens is not None
    return requests.get(
        portal_url + path,
        headers={"Authorization": f"Bearer {tokens.access_token}"},
        timeout=15,
    )


def portal_post(portal_url: str, ctx: AppContext, path: str, body: object) -> requests.Response:
    tokens = ctx.client.tokens
    assert tokens is not None
    return requests.post(
        portal_url + path,
        json=body,
        headers={"Authorization": f"Bearer {tokens.access_token}"},
        timeout=15,
    )
