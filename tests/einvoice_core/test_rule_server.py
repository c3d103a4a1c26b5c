"""The rules in a child process: the same findings as in process, and this process's other
threads keep running while a check runs (saxonche holds the GIL while it transforms)."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest

from einvoice.rule_server import RulePool, RuleServer
from einvoice.rules import Finding, make_finding
from einvoice.ubl_write import to_ubl
from einvoice.xml_safety import UnsafeXmlError
from einvoice_core.builders import invoice


@pytest.fixture(scope="module")
def server() -> Iterator[RuleServer]:
    srv = RuleServer()
    srv.start()
    yield srv
    srv.close()


def _docs() -> list[bytes]:
    clean = invoice("S", lines=4)
    return [
        to_ubl(clean),
        to_ubl(dataclasses.replace(clean, buyer_reference="", order_reference="")),
        to_ubl(dataclasses.replace(invoice("E", lines=2), exemption_reasons={})),
    ]


# In a fresh process of its own: SaxonC (a GraalVM native image) never loads into the test
# process, where Qt, uvicorn and psycopg threads run.
IN_PROCESS = """
import json, sys, threading, time
from einvoice.rules import RuleBook
book = RuleBook()
docs = [bytes.fromhex(h) for h in json.loads(sys.stdin.read())]
if sys.argv[1] == "findings":
    rows = [[[f.rule, f.flag, f.location, f.text] for f in book.check(d)] for d in docs]
    print(json.dumps(rows))
else:  # "ticks": how often another thread got a turn while one check ran
    ticks, stop = 0, threading.Event()
    def ticker():
        global ticks
        while not stop.is_set():
            time.sleep(0.002)
            ticks += 1
    thread = threading.Thread(target=ticker)
    thread.start()
    time.sleep(0.05)
    before, start = ticks, time.perf_counter()
    book.check(docs[0])
    took, during = time.perf_counter() - start, ticks - before
    stop.set()
    thread.join()
    print(json.dumps([during, took]))
"""


def in_process(what: str, docs: list[bytes]) -> object:
    run = subprocess.run(
        [sys.executable, "-c", IN_PROCESS, what],
        input=json.dumps([d.hex() for d in docs]),
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return json.loads(run.stdout)


def test_same_findings_as_in_process(server: RuleServer) -> None:
    docs = _docs()
    rows = in_process("findings", docs)
    assert isinstance(rows, list)
    expected: list[list[Finding]] = [[make_finding(*row) for row in doc] for doc in rows]
    assert [server.check(doc) for doc in docs] == expected
    assert expected[0] == [] and all(expected[1:])
    with pytest.raises(UnsafeXmlError):  # refused here: never sent to the child
        server.check(b'<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>')


def test_a_dead_rule_process_is_started_again(server: RuleServer) -> None:
    proc = server._proc
    assert proc is not None
    proc.kill()
    proc.wait()
    assert server.check(_docs()[1])[0].rule == "PEPPOL-EN16931-R003"


def test_other_threads_run_while_a_check_runs(server: RuleServer) -> None:
    big = to_ubl(invoice("S", lines=300))

    def ticks_during(check: object) -> tuple[int, float]:
        ticks = 0
        stop = threading.Event()

        def ticker() -> None:
            nonlocal ticks
            while not stop.is_set():
                time.sleep(0.002)
                ticks += 1

        thread = threading.Thread(target=ticker)
        thread.start()
        time.sleep(0.05)
        before = ticks
        start = time.perf_counter()
        check(big)  # type: ignore[operator]
        took = time.perf_counter() - start
        during = ticks - before
        stop.set()
        thread.join()
        return during, took

    in_process_ticks = in_process("ticks", [big])
    assert isinstance(in_process_ticks, list)
    here, took_here = in_process_ticks
    out_of_process, took_there = ticks_during(server.check)
    # In process the ticker hardly gets a turn (the GIL); with the rule process it keeps
    # ticking: at least one turn per 20 ms of the check, whatever the machine's load.
    assert here < took_here / 0.02
    assert out_of_process >= took_there / 0.02


def test_a_pool_answers_concurrent_callers() -> None:
    docs = _docs()
    pool = RulePool(2)
    try:
        pool.start()
        expected = [sorted(f.rule for f in pool.check(d)) for d in docs]
        with ThreadPoolExecutor(4) as run:
            got = list(
                run.map(lambda n: sorted(f.rule for f in pool.check(docs[n % 3])), range(12))
            )
        assert got == [expected[n % 3] for n in range(12)]
    finally:
        pool.close()


def test_the_app_serves_the_rules_without_qt() -> None:
    # What the bundled app runs as its rule process: `supplier-desk --rule-server`.
    server = RuleServer([sys.executable, "-m", "desktop", "--rule-server"])
    try:
        assert [f.rule for f in server.check(_docs()[2])] == ["BR-E-10"]
    finally:
        server.close()
