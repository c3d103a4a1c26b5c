"""My account's first save fired twenty times at once at two portal workers over PostgreSQL:
one upsert statement each, so every PUT answers 200, one row stays, and the sync serves it."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from threading import Barrier

import pytest
import requests
from portal_helpers import TIMEOUT, sign_in
from sqlalchemy import create_engine, delete, func, select
from sqlalchemy.orm import Session

from portal.store import models as m
from tests.pg_cluster import PgCluster
from tests.worker_portal import worker_portal


@pytest.fixture(scope="module")
def served(pg_cluster: PgCluster) -> Iterator[tuple[str, str]]:
    url = pg_cluster.new_database("profiles")
    with worker_portal(url, workers=2, args=("--generated-buyers", "30")) as (base_url, _proc):
        yield url, base_url


def test_first_saves_at_once_on_two_workers_leave_one_profile(served: tuple[str, str]) -> None:
    db_url, base_url = served
    api = sign_in(base_url, "elise")
    account = api.account_id("Sp. z o.o.")
    with Session(create_engine(db_url)) as s:  # an account never edited: no row yet
        s.execute(delete(m.SupplierProfile).where(m.SupplierProfile.account_id == account))
        s.commit()
    bodies = [
        {
            "legal_name": "Adams Office Supplies Sp. z o.o.",
            "country": "PL",
            "vat_number": "PL5260250995",
            "iban": "PL61109010140000071219812874",
            "contact_name": f"n{i}",
        }
        for i in range(20)
    ]
    start = Barrier(len(bodies))

    def put(body: dict[str, str]) -> int:
        start.wait()
        return requests.put(
            f"{base_url}/v1/accounts/{account}/profile",
            json=body,
            headers=api.headers,
            timeout=TIMEOUT,
        ).status_code

    with ThreadPoolExecutor(max_workers=len(bodies)) as pool:
        statuses = list(pool.map(put, bodies))
    assert statuses == [200] * len(bodies)
    with Session(create_engine(db_url)) as s:
        rows = s.scalar(
            select(func.count())
            .select_from(m.SupplierProfile)
            .where(m.SupplierProfile.account_id == account)
        )
    assert rows == 1
    final = api.get(f"/v1/accounts/{account}/profile").json()
    assert final["contact_name"] in {b["contact_name"] for b in bodies}
    synced = [e for e in api.sync_all("supplier-profiles") if e["id"] == account]
    assert len(synced) == 1 and synced[0]["data"]["contact_name"] == final["contact_name"]
