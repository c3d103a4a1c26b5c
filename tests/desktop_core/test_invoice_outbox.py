"""Invoices sent exactly once: the outbox row and its idempotency key are written before the
first try, so a push killed mid-send or an offline spell neither loses an invoice nor sends it
twice (the network answers a repeat of the key with its first answer)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.cache import Cache
from desktop.domain.invoice_form import (
    HeaderEntry,
    LineEntry,
    build_document,
    buyer_party,
    parse_line,
    seller_party,
)
from desktop.sync import PortalUnreachable, SyncEngine
from einvoice.document import DocumentKind, InvoiceDocument
from einvoice.ubl_write import to_ubl

from .conftest import RunningPortal, signed_in

ROOT = Path(__file__).resolve().parents[2]


def _test_customer(url: str) -> tuple[str, str, str]:
    """(account id, buyer id, buyer network number) of elise's PL account's test customer."""
    client = signed_in(url)
    account = next(a for a in client.me().accounts if not a.is_test)
    for item in client.sync_page("relationships", None, 1000).items:
        rel = item.data
        if (
            rel is not None
            and rel.account_id == account.id
            and rel.status == "active"
            and rel.buyer.is_test
        ):
            return account.id, rel.buyer.id, rel.buyer.network_number
    raise AssertionError("no test customer")


def _document(url: str, number: str) -> InvoiceDocument:
    client = signed_in(url)
    account = next(a for a in client.me().accounts if not a.is_test)
    _, _, buyer_number = _test_customer(url)
    seller = seller_party(client.profile(account.id).model_dump(), account.network_number)
    buyer = buyer_party("Network Demo Test Buyer", "GB", "", buyer_number)
    header = HeaderEntry(
        number=number, buyer_reference="PO-1", currency="PLN", payment_terms="30 days"
    )
    lines = (parse_line(LineEntry(description="Paper", quantity="2", price="9.99"), 0),)
    return build_document(DocumentKind.INVOICE, header, seller, buyer, lines)


def _network_numbers(url: str) -> list[str]:
    client = signed_in(url)
    numbers: list[str] = []
    after = None
    while True:
        page = client.sync_page("invoices", after, 2000)
        numbers += [str(e.data["number"]) for e in page.items if e.data is not None]
        after = page.next_cursor
        if not page.has_more or not page.items:
            return numbers


def _enqueue(cache: Cache, url: str, number: str) -> str:
    account, buyer_id, _ = _test_customer(url)
    doc = _document(url, number)
    return cache.invoices_written.enqueue(
        None, account, buyer_id, "Network Demo Test Buyer", doc, to_ubl(doc)
    )


def test_a_push_killed_mid_send_sends_each_invoice_once(
    core_portal: RunningPortal, tmp_path: Path
) -> None:
    cache_path = tmp_path / "c.sqlite"
    cache = Cache.open(cache_path)
    stamp = str(time.time_ns())[-8:]
    numbers = [f"KILL-{stamp}-{n}" for n in range(3)]
    for number in numbers:
        _enqueue(cache, core_portal.url, number)
    cache.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.desktop_core.invoice_push_child",
            core_portal.url,
            str(cache_path),
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    # Killed once the first invoice is on its way (its row says "sending").
    deadline = time.monotonic() + 30
    killed = False
    while time.monotonic() < deadline and child.poll() is None:
        with sqlite3.connect(cache_path) as db:
            states = [r[0] for r in db.execute("SELECT state FROM invoice_outbox")]
        if "sending" in states:
            os.kill(child.pid, signal.SIGKILL)
            killed = True
            break
        time.sleep(0.002)
    child.wait(timeout=10)
    assert killed and child.returncode == -signal.SIGKILL

    cache = Cache.open(cache_path)  # the next start pushes what is left, same keys
    waiting = cache.invoices_written.outgoing()
    assert waiting and waiting[0].state == "sending"
    SyncEngine(signed_in(core_portal.url), cache).push_invoices()
    sent = cache.invoices_written.outgoing(include_done=True)
    assert [o.state for o in sent] == ["sent"] * 3
    assert len({o.remote_id for o in sent}) == 3
    on_network = _network_numbers(core_portal.url)
    for number in numbers:
        assert on_network.count(number) == 1, number
    cache.close()


def test_an_invoice_queued_offline_goes_once_when_the_network_answers(
    core_portal: RunningPortal, closed_port_url: str, tmp_path: Path
) -> None:
    cache = Cache.open(tmp_path / "c.sqlite")
    number = f"OFF-{time.time_ns()}"
    local_id = _enqueue(cache, core_portal.url, number)
    client = signed_in(core_portal.url)
    client.base_url = closed_port_url  # offline
    with pytest.raises(PortalUnreachable):
        SyncEngine(client, cache).sync()
    [waiting] = cache.invoices_written.outgoing()
    assert waiting.local_id == local_id and waiting.state == "sending"
    assert number not in _network_numbers(core_portal.url)
    client.base_url = core_portal.url  # online again
    result = SyncEngine(client, cache).sync()
    assert "invoices-written" in result.changed
    SyncEngine(client, cache).sync()  # a second sync sends nothing more
    [sent] = cache.invoices_written.outgoing(include_done=True)
    assert sent.state == "sent"
    assert _network_numbers(core_portal.url).count(number) == 1
    assert (
        cache.count_invoices(
            __import__("desktop.domain.invoices", fromlist=["InvoiceQuery"]).InvoiceQuery(
                text=number
            )
        )
        == 1
    )
    cache.close()


def test_a_refused_invoice_is_failed_with_its_findings(
    core_portal: RunningPortal, tmp_path: Path
) -> None:
    cache = Cache.open(tmp_path / "c.sqlite")
    account, buyer_id, _ = _test_customer(core_portal.url)
    doc = replace(
        _document(core_portal.url, f"BAD-{time.time_ns()}"), buyer_reference="", order_reference=""
    )
    cache.invoices_written.enqueue(
        None, account, buyer_id, "Network Demo Test Buyer", doc, to_ubl(doc)
    )
    SyncEngine(signed_in(core_portal.url), cache).push_invoices()
    [failed] = cache.invoices_written.outgoing(include_done=True)
    assert failed.state == "failed" and failed.error == "rules_failed"
    assert any(f["rule"] == "PEPPOL-EN16931-R003" for f in failed.findings)
    cache.close()
