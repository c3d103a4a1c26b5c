"""`supplier-portal --workers 2` on PostgreSQL: one sandbox operator across the workers (each
ticket resolved once), and idempotency keys that hold across them."""

from __future__ import annotations

import os
import subprocess
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests
from portal_helpers import Api, sign_in
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.orm import Session

from portal.sandbox.operator_lease import OPERATOR_LOCK
from portal.store import models as m
from tests.pg_cluster import PgCluster
from tests.worker_portal import worker_portal

WORKERS = 2


class Served:
    def __init__(self, url: str, base_url: str, proc: subprocess.Popen[bytes]) -> None:
        self.db_url = url
        self.base_url = base_url
        self.proc = proc

    def session(self) -> Session:
        return Session(create_engine(self.db_url))

    def worker_pids(self) -> set[int]:
        """uvicorn's worker processes (children started by multiprocessing's spawn)."""
        return {
            pid for pid, ppid, cmd in processes() if ppid == self.proc.pid and b"spawn_main" in cmd
        }


def processes() -> Iterator[tuple[int, int, bytes]]:
    """(pid, parent's pid, command line) of this machine's processes."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            cmdline = (entry / "cmdline").read_bytes()
        except (OSError, IndexError, ValueError):
            continue
        yield int(entry.name), ppid, cmdline


@pytest.fixture(scope="module")
def served(pg_cluster: PgCluster) -> Iterator[Served]:
    url = pg_cluster.new_database("workers")
    args = ("--ticket-delay", "2", "--generated-buyers", "60")
    # The rule processes as a user's portal starts them: 3 s after start-up.
    preload = {"SUPPLIER_PORTAL_PRELOAD_RULES": "1"}
    with worker_portal(url, workers=WORKERS, args=args, env=preload) as (base_url, proc):
        yield Served(url, base_url, proc)


def free_buyers(served: Served, n: int) -> list[str]:
    with served.session() as s:
        touched = set(s.scalars(select(m.Relationship.buyer_id)).all())
        ids = s.scalars(
            select(m.Buyer.id)
            .where(
                m.Buyer.shares_invoice_history.is_(False),
                m.Buyer.sandbox_resolution == "connected",
                m.Buyer.is_test.is_(False),
                m.Buyer.group_id.is_(None),
                m.Buyer.name_folded.not_like("nordwind%"),
            )
            .order_by(m.Buyer.network_number)
        ).all()
    free = [i for i in ids if i not in touched]
    assert len(free) >= n
    return free[:n]


def lease_holders(served: Served) -> int:
    """Sessions holding the sandbox operator's advisory lock in the workers' database."""
    with served.session() as s:
        return int(
            s.scalar(
                text(
                    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted "
                    "AND objid = :key AND database = (SELECT oid FROM pg_database "
                    "WHERE datname = current_database())"
                ),
                {"key": OPERATOR_LOCK},
            )
            or 0
        )


def wait_for(condition: Callable[[], bool], timeout: float = 30) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)
    return True


def post(api: Api, body: dict[str, object], key: str) -> requests.Response:
    # A new connection each time, so the posts spread over the workers.
    return requests.post(
        f"{api.base_url}/v1/connection-requests",
        json=body,
        headers={**api.headers, "Idempotency-Key": key},
        timeout=30,
    )


def test_two_workers_serve(served: Served) -> None:
    assert len(served.worker_pids()) == WORKERS


def rule_processes(parents: set[int]) -> dict[int, int]:
    """How many rule processes (`einvoice.rule_server`) each of `parents` has started."""
    found = dict.fromkeys(parents, 0)
    for _pid, ppid, cmdline in processes():
        if ppid in found and b"einvoice.rule_server" in cmdline:
            found[ppid] += 1
    return found


def test_each_worker_starts_its_share_of_the_cores_in_rule_processes(served: Served) -> None:
    """Started after start-up, before the first invoice: each worker its share of the cores
    (2 workers on 2 cores: one each, where each started two, four compiling at once)."""
    share = max(1, (os.cpu_count() or 2) // WORKERS)
    workers = served.worker_pids()
    assert wait_for(lambda: set(rule_processes(workers).values()) == {share}), rule_processes(
        workers
    )


def test_the_operator_resolves_each_ticket_once(served: Served) -> None:
    elise = sign_in(served.base_url, "elise")
    buyers = free_buyers(served, 6)
    account = elise.account_id("- Test")
    numbers: list[str] = []
    for pair in (buyers[:3], buyers[3:]):
        answer = post(elise, {"account_id": account, "buyer_ids": pair}, str(uuid.uuid4()))
        assert answer.status_code == 201, answer.text
        numbers += [i["ticket_number"] for i in answer.json()["items"] if i["ticket_number"]]
    assert len(numbers) == 6
    # One worker holds the operator's lease (taken at its first round, half a second after
    # start); the other stands by.
    assert wait_for(lambda: lease_holders(served) == 1), lease_holders(served)
    deadline = time.monotonic() + 30
    while True:
        with served.session() as s:
            states = s.scalars(select(m.Ticket.state).where(m.Ticket.number.in_(numbers))).all()
        if set(states) == {"resolved"}:
            break
        assert time.monotonic() < deadline, states
        time.sleep(0.2)
    time.sleep(1.5)  # three more operator rounds: a second operator would act again
    assert lease_holders(served) == 1
    with served.session() as s:
        events = s.execute(
            select(m.HistoryEvent.subject_id, m.HistoryEvent.event, func.count())
            .where(m.HistoryEvent.subject_kind == "ticket", m.HistoryEvent.subject_id.in_(numbers))
            .group_by(m.HistoryEvent.subject_id, m.HistoryEvent.event)
        ).all()
    assert {(number, event) for number, event, _ in events} >= {(n, "resolved") for n in numbers}
    assert [row for row in events if row[2] > 1] == []


def test_twenty_concurrent_posts_with_one_key_make_one_request(served: Served) -> None:
    elise = sign_in(served.base_url, "elise")
    body = {"account_id": elise.account_id("- Test"), "buyer_ids": free_buyers(served, 2)}
    key = str(uuid.uuid4())
    with served.session() as s:
        before = s.scalar(select(func.count()).select_from(m.ConnectionRequest))
    with ThreadPoolExecutor(max_workers=20) as pool:
        answers = list(pool.map(lambda _: post(elise, body, key), range(20)))
    assert {a.status_code for a in answers} == {201}, {a.text for a in answers}
    assert len({a.json()["id"] for a in answers}) == 1
    with served.session() as s:
        assert s.scalar(select(func.count()).select_from(m.ConnectionRequest)) == before + 1
