"""One lost answer to POST /v1/session/refresh must not end a sign-in: the portal accepts the
just-rotated token again for a short while (its successor never used) with a new pair, and
the client retries; a used token coming back after its successor was used still ends it."""

from __future__ import annotations

import random

import requests

from desktop.sync import PortalClient
from tests.hardening.conftest import StartPortal
from tests.hardening.fault_proxy import FaultPlan, FaultProxy
from tests.hardening.helpers import TIMEOUT, expire_access_tokens, portal_db, sign_in


def _refresh(url: str, token: str) -> requests.Response:
    return requests.post(
        f"{url}/v1/session/refresh", json={"refresh_token": token}, timeout=TIMEOUT
    )


def test_a_refresh_retried_after_a_lost_answer_keeps_the_sign_in(
    start_portal: StartPortal,
) -> None:
    url = start_portal().base_url
    first = sign_in(url, "elise").tokens["refresh_token"]
    lost = _refresh(url, first)  # the portal rotated; say its answer never arrived
    assert lost.status_code == 200
    retried = _refresh(url, first)
    assert retried.status_code == 200, retried.text
    pair = retried.json()
    assert pair["refresh_token"] not in (first, lost.json()["refresh_token"])
    me = requests.get(
        f"{url}/v1/me", headers={"Authorization": f"Bearer {pair['access_token']}"}, timeout=TIMEOUT
    )
    assert me.status_code == 200
    # The lost pair is replaced, not kept alongside: one live refresh token per sign-in.
    assert _refresh(url, lost.json()["refresh_token"]).status_code == 401


def test_a_used_token_after_its_successor_was_used_ends_the_sign_in(
    start_portal: StartPortal,
) -> None:
    url = start_portal().base_url
    first = sign_in(url, "elise").tokens["refresh_token"]
    second = _refresh(url, first).json()
    third = _refresh(url, second["refresh_token"]).json()
    assert _refresh(url, first).status_code == 401  # a stolen copy, not a lost answer
    assert _refresh(url, third["refresh_token"]).status_code == 401  # the sign-in is over


def test_past_the_grace_period_the_old_token_ends_the_sign_in(start_portal: StartPortal) -> None:
    server = start_portal()
    first = sign_in(server.base_url, "elise").tokens["refresh_token"]
    second = _refresh(server.base_url, first).json()
    with portal_db(server.db_url) as db:  # three minutes pass
        db.execute(
            "UPDATE auth_tokens SET rotated_at = datetime(rotated_at, '-3 minutes')"
            " WHERE rotated_at IS NOT NULL"
        )
    assert _refresh(server.base_url, first).status_code == 401
    assert _refresh(server.base_url, second["refresh_token"]).status_code == 401


def test_the_client_retries_a_refresh_whose_answer_was_lost(start_portal: StartPortal) -> None:
    server = start_portal()
    proxy = FaultProxy(server.base_url, random.Random(0), FaultPlan(rate=0))
    client = PortalClient(proxy.url, backoff=0.01)
    stored: list[str] = []
    try:
        client.sign_in("elise", "sandbox")
        client.on_tokens_changed(lambda t: stored.append(t.refresh_token if t else ""))
        expire_access_tokens(server.db_url)
        # GET /v1/me answers 401; the refresh is done by the portal but its answer is cut,
        # then lost after the portal acted again; the third try gets through.
        proxy.script = ["pass", "truncate", "drop_after"]
        assert client.me().user.username == "elise"
        assert proxy.injected["truncate"] == proxy.injected["drop_after"] == 1
        assert len(stored) == 1 and client.tokens is not None
        assert client.tokens.refresh_token == stored[0]
    finally:
        client.close()
        proxy.stop()
