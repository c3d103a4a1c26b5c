"""`supplier-portal --workers 2` (PostgreSQL) guards every worker as one process is guarded:
huge headers answer 431 and clients whose headers never finish are cut off."""

from __future__ import annotations

import os
import select
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from portal.server import free_port
from tests.pg_cluster import PgCluster

ROOT = Path(__file__).resolve().parents[2]
HEADER_TIMEOUT = 1.0
TIMEOUT = 10


@pytest.fixture(scope="module")
def two_workers(pg_cluster: PgCluster) -> Iterator[str]:
    url = pg_cluster.new_database("guarded")
    port = free_port()
    env = {
        **os.environ,
        "SUPPLIER_PORTAL_INVOICE_MOVES": "0",
        "SUPPLIER_PORTAL_HEADER_TIMEOUT": str(HEADER_TIMEOUT),
    }
    env.pop("SUPPLIER_PORTAL_DB", None)
    args = ["--sandbox", "--workers", "2", "--db", url, "--port", str(port)]
    proc = subprocess.Popen(
        [sys.executable, "-m", "portal", *args, "--generated-buyers", "20"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
            try:
                requests.get(f"{base_url}/v1/me", timeout=2)
                break
            except requests.ConnectionError:
                assert time.monotonic() < deadline, "the portal did not start"
                time.sleep(0.2)
        yield base_url
    finally:
        proc.terminate()
        proc.wait(timeout=30)


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


def _closed_by_server(sock: socket.socket) -> bool:
    readable, _, _ = select.select([sock], [], [], 0)
    if not readable:
        return False
    try:
        return sock.recv(4096) == b""
    except ConnectionError:
        return True


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
                    closed = _closed_by_server(sockets[i])
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
