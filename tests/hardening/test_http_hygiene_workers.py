"""`supplier-portal --workers 2` (PostgreSQL) guards every worker as one process is guarded:
huge headers answer 431 and clients whose headers never finish are cut off."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator

import pytest
import requests

from tests.hardening.helpers import closed_by_server
from tests.pg_cluster import PgCluster
from tests.worker_portal import worker_portal

HEADER_TIMEOUT = 1.0
TIMEOUT = 60  # liveness only: a loaded machine answers late, never wrong


@pytest.fixture(scope="module")
def two_workers(pg_cluster: PgCluster) -> Iterator[str]:
    with worker_portal(
        pg_cluster.new_database("guarded"),
        args=("--generated-buyers", "20"),
        env={"SUPPLIER_PORTAL_HEADER_TIMEOUT": str(HEADER_TIMEOUT)},
    ) as (base_url, _proc):
        yield base_url


def test_every_worker_answers_431_to_huge_headers(two_workers: str) -> None:
    # A new connection each time: the kernel hands them to either worker.
    for _ in range(8):
        r = requests.get(
            f"{two_workers}/v1/me",
            headers={"X-Big": "a" * (64 * 1024), "Connection": "close"},
            timeout=TIMEOUT,
        )
        assert r.status_code == 431
        assert r.json()["error"]["code"] == "headers_too_large"
    ok = requests.get(f"{two_workers}/v1/me", headers={"X-Fine": "a" * 8000}, timeout=TIMEOUT)
    assert ok.status_code == 401


def test_every_worker_drops_clients_whose_headers_never_finish(two_workers: str) -> None:
    port = int(two_workers.rsplit(":", 1)[1])
    sockets = [socket.create_connection(("127.0.0.1", port), timeout=5) for _ in range(6)]
    open_ = set(range(len(sockets)))
    request = b"GET /v1/me HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 200
    try:
        for byte in request:  # each client one byte every 50 ms: 12 s, far past the deadline
            for i in sorted(open_):
                try:
                    sockets[i].sendall(bytes([byte]))
                    closed = closed_by_server(sockets[i])
                except ConnectionError:
                    closed = True
                if closed:
                    open_.discard(i)
            if not open_:
                break
            time.sleep(0.05)  # the clients' own pace is what is under test
    finally:
        for sock in sockets:
            sock.close()
    assert not open_, f"{len(open_)} slow clients kept their connection"
    assert requests.get(f"{two_workers}/openapi.json", timeout=TIMEOUT).status_code == 200
