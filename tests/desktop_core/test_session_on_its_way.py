"""A sign-in on its way behind the window: a call made meanwhile waits for it, never fails with
"Sign in first." (the bulk page's MATCH pressed while the sandbox signs in)."""

from __future__ import annotations

import threading
import time

import pytest

from desktop.sync.client import PortalClient
from desktop.sync.errors import AuthFailed


def test_a_call_waits_for_the_sign_in_on_its_way(portal_url: str) -> None:
    client = PortalClient(portal_url)
    client.expect_session()
    answers: list[object] = []
    caller = threading.Thread(target=lambda: answers.append(client.me().user.username))
    caller.start()
    time.sleep(0.3)  # the call is made before the sign-in lands
    assert not answers
    client.sign_in("elise", "sandbox")
    caller.join(timeout=30)
    assert answers == ["elise"]
    client.close()


def test_a_sign_in_given_up_lets_the_waiting_call_fail_at_once(portal_url: str) -> None:
    client = PortalClient(portal_url)
    client.expect_session()
    failures: list[BaseException] = []

    def call() -> None:
        try:
            client.me()
        except AuthFailed as exc:
            failures.append(exc)

    caller = threading.Thread(target=call)
    caller.start()
    time.sleep(0.3)
    started = time.monotonic()
    client.session_settled()
    caller.join(timeout=30)
    assert len(failures) == 1 and time.monotonic() - started < 5
    client.close()


def test_without_a_sign_in_on_its_way_a_call_fails_at_once(portal_url: str) -> None:
    client = PortalClient(portal_url)
    started = time.monotonic()
    with pytest.raises(AuthFailed):
        client.me()
    assert time.monotonic() - started < 5
    client.close()
