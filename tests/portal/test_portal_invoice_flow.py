"""Sent invoices after the network took them: the sandbox's test customer takes one through
to paid, and on PostgreSQL with 2 worker processes a number sent at once is taken once."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from invoice_sending import document, relationship_buyer, send, ubl
from portal_helpers import sign_in

from portal.server import PortalServer
from tests.pg_cluster import PgCluster
from tests.worker_portal import worker_portal


@pytest.fixture(scope="module")
def quick_portal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PortalServer]:
    folder: Path = tmp_path_factory.mktemp("flow")
    server = PortalServer(
        f"sqlite:///{folder / 'portal.db'}",
        sandbox=True,
        ticket_delay=3600,
        generated_buyers=60,
        sent_invoice_step=0.5,
    )
    server.start()
    yield server
    server.stop()


def test_the_test_customer_takes_a_sent_invoice_to_paid(quick_portal: PortalServer) -> None:
    elise = sign_in(quick_portal.base_url, "elise")
    account = elise.account_id()
    test_buyer = relationship_buyer(elise, account)
    other_buyer = relationship_buyer(elise, account, test=False)
    sent = send(elise, account, ubl(document(elise, account, test_buyer["network_number"])))
    assert sent.status_code == 201, sent.text
    real = send(elise, account, ubl(document(elise, account, other_buyer["network_number"])))
    assert real.status_code == 201, real.text
    deadline = time.monotonic() + 60
    while True:
        entries = {e["id"]: e["data"] for e in elise.sync_all("invoices")}
        if entries[sent.json()["id"]]["status"] == "paid":
            break
        assert time.monotonic() < deadline, entries[sent.json()["id"]]
        time.sleep(0.5)
    history = [h["status"] for h in entries[sent.json()["id"]]["history"]]
    assert history == ["received", "delivered", "approved", "scheduled", "paid"]
    # Only the test customer's: an invoice to a real buyer is the buyer's to move.
    assert entries[real.json()["id"]]["status"] == "received"


@pytest.fixture(scope="module")
def two_workers(pg_cluster: PgCluster) -> Iterator[str]:
    url = pg_cluster.new_database("invoice_workers")
    with worker_portal(url, workers=2, args=("--generated-buyers", "60")) as (base_url, _proc):
        yield base_url


def test_a_number_sent_at_once_is_taken_once_across_workers(two_workers: str) -> None:
    elise = sign_in(two_workers, "elise")
    account = elise.account_id()
    buyer = relationship_buyer(elise, account)
    doc = document(elise, account, buyer["network_number"])
    bodies = [ubl(dataclasses.replace(doc, note=f"attempt {n}")) for n in range(10)]
    with ThreadPoolExecutor(10) as pool:
        answers = list(pool.map(lambda body: send(elise, account, body), bodies))
    assert sorted(r.status_code for r in answers) == [201] + [409] * 9, [r.text for r in answers]
    same = [e for e in elise.sync_all("invoices") if e["data"]["number"] == doc.number]
    assert len(same) == 1
