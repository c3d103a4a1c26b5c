"""Seeded fault injection (after Dropbox's randomized sync testing and Nextcloud's injected HTTP
errors): the desktop's SyncEngine syncs through a fault proxy while requests are queued and
access tokens expire, then syncs once cleanly; the cache must equal the portal row by row in
every collection and every queued request must be on the portal exactly once. No passing fault
may end the sign-in. A failure names its seed: replay it with
`pytest tests/hardening/test_fault_injection.py --fault-seed SEED --fault-runs 1`."""

from __future__ import annotations

import random
import time
from collections import Counter
from pathlib import Path

import pytest

from desktop.cache import Cache
from desktop.domain.types import OutboxState, RequestDraft
from desktop.sync import PULL_ORDER, AuthFailed, PortalClient, PortalError, SyncEngine
from portal.server import PortalServer
from tests.hardening.conftest import StartPortal
from tests.hardening.fault_proxy import FaultProxy
from tests.hardening.helpers import (
    cache_state,
    expire_access_tokens,
    free_buyer_ids,
    portal_state,
    requests_per_buyer,
)
from wire.schemas import Me

ROUNDS = 8
TOTALS: Counter[str] = Counter()


def _sign_in_through(client: PortalClient) -> None:
    for _ in range(30):
        try:
            client.sign_in("elise", "sandbox")
            return
        except PortalError:
            continue  # a fault on the way; the portal counts no failure for it
    raise AssertionError("could not sign in through the proxy in 30 tries")


def _me(client: PortalClient) -> Me:
    for _ in range(30):
        try:
            return client.me()
        except AuthFailed:
            raise
        except PortalError:
            continue
    raise AssertionError("GET /v1/me failed 30 times through the proxy")


def _one_run(seed: int, server: PortalServer, tmp: Path, buyers: list[str]) -> Counter[str]:
    rng = random.Random(seed)
    proxy = FaultProxy(server.base_url, random.Random(rng.random()))
    pdf = tmp / "evidence.pdf"
    pdf.write_bytes(b"%PDF-1.4 evidence for the buyer")
    client = PortalClient(proxy.url, timeout=(2, 5), retries=3, backoff=0.01)
    cache = Cache.open(tmp / f"cache-{seed}.sqlite")
    engine = SyncEngine(client, cache, page_limit=rng.choice([7, 25, 200]))
    try:
        _sign_in_through(client)
        account = next(a.id for a in _me(client).accounts if a.name.endswith("- Test"))
        queued: dict[str, str] = {}  # local id -> buyer id
        free = list(buyers)
        for round_ in range(ROUNDS):
            for _ in range(rng.randint(0, 2)):
                if free:
                    buyer = free.pop()
                    draft = RequestDraft(account_id=account, buyer_ids=(buyer,), notes=f"r{round_}")
                    local = cache.enqueue_request(draft, pdf if rng.random() < 0.3 else None)
                    queued[local] = buyer
            if rng.random() < 0.5:
                expire_access_tokens(server.db_url)  # the next call must refresh, under faults
            try:
                engine.sync()
            except AuthFailed as exc:
                raise AssertionError(f"seed {seed}: a passing fault ended the sign-in") from exc
            except PortalError:
                pass  # a fault outlived the retries: the next round tries again
        proxy.enabled = False
        engine.sync()  # one clean sync
        items = {item.local_id: item for item in cache.outbox(include_done=True)}
        assert set(items) == set(queued), f"seed {seed}"
        assert {item.state for item in items.values()} <= {OutboxState.SENT}, f"seed {seed}"
        counts = requests_per_buyer(server.db_url, account)
        for buyer in queued.values():
            assert counts.get(buyer) == 1, (
                f"seed {seed}: buyer {buyer} requested {counts.get(buyer)}x"
            )
        cache_path = Path(tmp / f"cache-{seed}.sqlite")
        assert cache_state(cache_path, PULL_ORDER) == portal_state(
            server.base_url, "elise", PULL_ORDER
        ), f"seed {seed}: the cache differs from the portal"
        return proxy.injected
    finally:
        cache.close()
        client.close()
        proxy.stop()


def test_sync_under_random_faults_ends_equal_to_the_portal(
    start_portal: StartPortal, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    runs = int(request.config.getoption("--fault-runs"))
    base = request.config.getoption("--fault-seed")
    base = int(base) if base is not None else random.SystemRandom().randrange(10**9)
    server = start_portal(generated_buyers=400, invoice_delay=3600)
    buyers = free_buyer_ids(server.db_url, 2 * ROUNDS * runs)
    assert len(buyers) >= ROUNDS * runs, "not enough untouched buyers for the runs"
    started = time.monotonic()
    for run in range(runs):
        seed = base + run
        print(f"fault run {run + 1}/{runs}: seed {seed}", flush=True)
        share = buyers[run * 2 * ROUNDS : (run + 1) * 2 * ROUNDS]
        run_dir = tmp_path / f"run-{seed}"
        run_dir.mkdir()
        injected = _one_run(seed, server, run_dir, share)
        TOTALS.update(injected)
    faults = sum(n for kind, n in TOTALS.items() if kind != "pass")
    print(
        f"{runs} runs from seed {base} in {time.monotonic() - started:.1f} s: "
        f"{sum(TOTALS.values())} requests, {faults} faults {dict(TOTALS)}",
        flush=True,
    )
    assert faults > 0
