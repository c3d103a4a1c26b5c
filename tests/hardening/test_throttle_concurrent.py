"""Failed sign-ins at the same moment each count, on SQLite and on PostgreSQL (where several
workers write the count at once): the database adds one per failure, nothing is lost and no
answer is a 500 (two first failures for a new name used to race to insert the same row)."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests
from sqlalchemy import create_engine, text

from portal.rules.throttle import ThrottlePolicy
from portal.server import PortalServer
from tests.hardening.helpers import TIMEOUT
from tests.pg_cluster import PgCluster

# Nothing locks: every failure reaches the count.
COUNT_ONLY = ThrottlePolicy(user_free=10**6, address_free=10**6, refresh_free=10**6)
THREADS = 8
PER_THREAD = 3


@pytest.fixture(params=("sqlite", "postgresql"))
def portal(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[PortalServer]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'portal.db'}"
    else:
        cluster: PgCluster = request.getfixturevalue("pg_cluster")
        url = cluster.new_database("throttle")
    server = PortalServer(url, generated_buyers=20, ticket_delay=3600, throttle=COUNT_ONLY)
    server.start()
    yield server
    server.stop()


def _fail(url: str, username: str) -> list[int]:
    return [
        requests.post(
            f"{url}/v1/session",
            json={"username": username, "password": "wrong"},
            timeout=TIMEOUT,
        ).status_code
        for _ in range(PER_THREAD)
    ]


def _counts(db_url: str) -> dict[str, int]:
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT key, failures FROM sign_in_throttle")).all()
    finally:
        engine.dispose()
    return {row[0]: row[1] for row in rows}


@pytest.mark.parametrize("username", ["elise", "nobody-here"])
def test_concurrent_failures_count_exactly(portal: PortalServer, username: str) -> None:
    with ThreadPoolExecutor(THREADS) as pool:
        answers = [
            code
            for codes in pool.map(lambda _: _fail(portal.base_url, username), range(THREADS))
            for code in codes
        ]
    assert answers == [401] * (THREADS * PER_THREAD)
    counts = _counts(portal.db_url)
    assert counts[f"user:{username}"] == THREADS * PER_THREAD
    assert counts["addr:127.0.0.1"] == THREADS * PER_THREAD
    # A correct password clears its name's count (not the address's).
    if username == "elise":
        ok = requests.post(
            f"{portal.base_url}/v1/session",
            json={"username": "elise", "password": "sandbox"},
            timeout=TIMEOUT,
        )
        assert ok.status_code == 200, ok.text
        assert "user:elise" not in _counts(portal.db_url)
