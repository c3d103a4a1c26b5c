"""The sync cursor on PostgreSQL under concurrent writers: versions taken by transactions that
commit late (out of version order) are never passed by a reader that syncs all the time."""

from __future__ import annotations

import random
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from portal_helpers import sign_in

from portal.server import PortalServer
from portal.store import models as m
from portal.store.db import Database
from tests.pg_cluster import PgCluster

WRITERS = 8
ROWS_PER_WRITER = 25


@pytest.fixture
def pg_portal(pg_cluster: PgCluster) -> Iterator[PortalServer]:
    server = PortalServer(pg_cluster.new_database("sync"), ticket_delay=3600, generated_buyers=20)
    server.start()
    yield server
    server.stop()


class Writers:
    """Threads that each add relationships one transaction at a time, holding every
    transaction open a random while after its version is taken."""

    def __init__(self, db: Database, account_id: str) -> None:
        self.db = db
        self.account_id = account_id
        self.written: list[str] = []
        self.in_flight = 0
        self.most_in_flight = 0
        self._lock = threading.Lock()

    def _one(self, rng: random.Random) -> None:
        with self.db.write_session() as session:
            buyer = m.Buyer(
                id=str(uuid.uuid4()),
                name="Concurrent Buyer",
                name_folded="concurrent buyer",
                network_number=f"ZZ{rng.getrandbits(40):013d}",
                country="PL",
            )
            session.add(buyer)
            session.flush()
            rel = m.Relationship(
                id=str(uuid.uuid4()),
                account_id=self.account_id,
                buyer_id=buyer.id,
                status="active",
                updated_at=datetime.now(UTC).replace(tzinfo=None),
                version=m.next_version(session),
            )
            session.add(rel)
            session.flush()
            with self._lock:
                self.in_flight += 1
                self.most_in_flight = max(self.most_in_flight, self.in_flight)
            time.sleep(rng.uniform(0, 0.1))  # commit late, after others took later versions
            session.commit()
            with self._lock:
                self.in_flight -= 1
                self.written.append(rel.id)

    def run(self, seed: int) -> None:
        rng = random.Random(seed)
        for _ in range(ROWS_PER_WRITER):
            self._one(rng)


def test_a_reader_syncing_all_the_time_gets_every_row_exactly_once(
    pg_portal: PortalServer,
) -> None:
    elise = sign_in(pg_portal.base_url, "elise")
    account = elise.account_id("- Test")
    cursor = elise.get("/v1/sync/relationships", params={"limit": 5000}).json()["next_cursor"]
    db = Database(pg_portal.db_url)
    writers = Writers(db, account)
    threads = [threading.Thread(target=writers.run, args=(i,)) for i in range(WRITERS)]
    seen: list[str] = []
    pages = 0
    for thread in threads:
        thread.start()

    def sync_once() -> dict[str, object]:
        nonlocal cursor
        page = elise.get("/v1/sync/relationships", params={"after": cursor, "limit": 7})
        assert page.status_code == 200, page.text
        body: dict[str, object] = page.json()
        seen.extend(item["id"] for item in body["items"])  # type: ignore[attr-defined]
        cursor = str(body["next_cursor"])
        return body

    try:
        while any(t.is_alive() for t in threads):
            sync_once()
            pages += 1
    finally:
        for thread in threads:
            thread.join()
        db.dispose()
    for _ in range(200):  # the writers are done: what is left comes in a few pages
        body = sync_once()
        if not body["items"] and not body["has_more"]:
            break
    assert pages > 10  # the reader synced while the writers wrote
    assert writers.most_in_flight >= 2  # writers really overlapped with versions taken
    assert len(writers.written) == WRITERS * ROWS_PER_WRITER
    counts = Counter(seen)
    assert [rid for rid, n in counts.items() if n > 1] == []
    assert set(seen) == set(writers.written)
