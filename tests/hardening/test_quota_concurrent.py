"""One user's uploads sent at the same moment never hold more than the quota, on SQLite and on
PostgreSQL with 2 worker processes (each upload used to read the same sum and be accepted)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests
from sqlalchemy import create_engine, text

from portal.server import PortalServer
from tests.hardening.helpers import Api, sign_in
from tests.pg_cluster import PgCluster
from tests.worker_portal import worker_portal

MB = 1024 * 1024
UPLOAD = 2 * MB
QUOTA = 9 * MB  # room for 4 of the 10
PARALLEL = 10


@pytest.fixture(params=("sqlite", "postgresql"))
def portal(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, str]]:
    """(base URL, database URL): one process over SQLite, 2 workers over PostgreSQL."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'portal.db'}"
        server = PortalServer(url, generated_buyers=20, ticket_delay=3600, attachment_quota=QUOTA)
        server.start()
        yield server.base_url, server.db_url
        server.stop()
        return
    cluster: PgCluster = request.getfixturevalue("pg_cluster")
    url = cluster.new_database("quota")
    args = ("--generated-buyers", "20", "--attachment-quota", str(QUOTA))
    with worker_portal(url, args=args) as (base_url, _proc):
        yield base_url, url


def _stored_bytes(db_url: str) -> int:
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            total = conn.execute(
                text(
                    "SELECT COALESCE(SUM(a.size), 0) FROM attachments a"
                    " JOIN users u ON u.id = a.user_id WHERE u.username = 'elise'"
                )
            ).scalar_one()
    finally:
        engine.dispose()
    return int(total)


def _pdf(i: int) -> bytes:
    head = f"%PDF-1.4\n% upload {i}\n".encode()
    return head + b"0" * (UPLOAD - len(head))


def test_parallel_uploads_stay_within_the_quota(portal: tuple[str, str]) -> None:
    base_url, db_url = portal
    api = sign_in(base_url, "elise")
    start = threading.Barrier(PARALLEL)

    def upload(i: int) -> requests.Response:
        one = Api(base_url, api.tokens)
        start.wait()
        return one.upload(f"u{i}.pdf", _pdf(i))

    with ThreadPoolExecutor(PARALLEL) as pool:
        answers = list(pool.map(upload, range(PARALLEL)))
    codes = sorted(r.status_code for r in answers)
    assert 500 not in codes, [r.text for r in answers if r.status_code >= 500]
    accepted = codes.count(201)
    refused = [r for r in answers if r.status_code == 413]
    assert accepted == QUOTA // UPLOAD, codes
    assert len(refused) == PARALLEL - accepted
    assert {r.json()["error"]["code"] for r in refused} == {"attachment_quota_exceeded"}
    assert _stored_bytes(db_url) == accepted * UPLOAD <= QUOTA
    # The quota is full: one more is refused too.
    assert api.upload("after.pdf", _pdf(99)).status_code == 413
