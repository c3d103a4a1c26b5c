"""A hostile or broken peer (a tiny real HTTP server, not our portal): malformed, oversized,
failing and silent answers."""

from __future__ import annotations

import time

import pytest

from desktop.sync import BadAnswer, PortalClient, PortalRefused, PortalUnreachable
from tests.hostile_peer import Peer
from wire import schemas as w


def client_for(url: str, **kw: object) -> PortalClient:
    client = PortalClient(url, backoff=0.01, **kw)  # type: ignore[arg-type]
    client.sign_in("elise", "sandbox")  # the peer hands out tokens to anyone
    return client


def test_garbage_and_wrong_shape_are_bad_answers(peer: tuple[Peer, str]) -> None:
    state, url = peer
    state.routes["/v1/me"] = (200, {"Content-Type": "application/json"}, b"<html>oops", 0)
    with pytest.raises(BadAnswer) as info:
        client_for(url).me()
    assert "oops" not in str(info.value)
    state.routes["/v1/me"] = (200, {}, b'{"user": {"id": 1}, "accounts": "many"}', 0)
    with pytest.raises(BadAnswer):
        client_for(url).me()
    state.routes["/v1/sync/relationships"] = (
        200,
        {},
        b'{"items": [{"id": "x"}], "next_cursor": 1}',
        0,
    )
    with pytest.raises(BadAnswer):
        client_for(url).sync_page("relationships", None, 10)


def test_oversized_answers_are_refused(peer: tuple[Peer, str]) -> None:
    state, url = peer
    big = b'{"user": "' + b"x" * 5000 + b'"}'
    state.routes["/v1/me"] = (200, {"Content-Length": str(len(big))}, big, 0)
    with pytest.raises(BadAnswer) as info:
        client_for(url, max_answer_bytes=1000).me()
    assert info.value.code == "too_big"
    state.routes["/v1/me"] = (200, {}, big, 0)  # no length announced: counted while read
    with pytest.raises(BadAnswer):
        client_for(url, max_answer_bytes=1000).me()


def test_gateway_errors_are_retried_for_idempotent_calls_only(peer: tuple[Peer, str]) -> None:
    state, url = peer
    state.routes["/v1/me"] = (503, {}, b"busy", 0)
    state.routes["/v1/attachments"] = (503, {}, b"busy", 0)
    with pytest.raises(PortalUnreachable):
        client_for(url).me()
    assert state.hits["/v1/me"] == 3
    with pytest.raises(PortalUnreachable):
        client_for(url).upload_attachment("a.pdf", b"%PDF-")
    assert state.hits["/v1/attachments"] == 1


def test_refusal_carries_the_portal_code(peer: tuple[Peer, str]) -> None:
    state, url = peer
    body = b'{"error": {"code": "unknown_buyer", "message": "No such buyer."}}'
    state.routes["/v1/connection-requests"] = (422, {}, body, 0)
    req = w.ConnectionRequestCreate(account_id="a", buyer_ids=["b"])
    with pytest.raises(PortalRefused) as info:
        client_for(url).create_connection_request(req, "key-1")
    assert (info.value.code, info.value.status, info.value.message) == (
        "unknown_buyer",
        422,
        "No such buyer.",
    )
    state.routes["/v1/me"] = (418, {}, b"teapot body", 0)
    with pytest.raises(PortalRefused) as info2:
        client_for(url).me()
    assert info2.value.code == "http_418" and "teapot" not in str(info2.value)


def test_a_silent_peer_times_out(peer: tuple[Peer, str]) -> None:
    state, url = peer
    state.routes["/v1/me"] = (200, {}, b"{}", 2.0)
    start = time.monotonic()
    with pytest.raises(PortalUnreachable) as info:
        client_for(url, timeout=(0.5, 0.3), retries=2).me()
    assert info.value.code == "timeout"
    assert time.monotonic() - start < 1.5
