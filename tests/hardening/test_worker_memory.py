"""A portal process's memory stays flat under sign-ins from many request threads.

Each sign-in's Argon2 hash takes 19 MiB. Before `portal.memory.return_freed_memory`, glibc kept
that block in the arena of whichever pool thread hashed, one arena per thread (up to 8 per
core): a worker's RSS rose by 19-20 MB steps through a soak (bench/bench_soak.py) and by about
300 MB under bursts. The portal runs as a user starts it (`python -m portal`, a subprocess),
its RSS read from /proc."""

from __future__ import annotations

import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests

from tests.worker_portal import worker_portal

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")

BURST = 16  # concurrent sign-ins: as many request-pool threads hash
ROUNDS = 3
GROWTH_MAX_MB = 60  # a burst's 16 hashes would keep 300 MB in the arenas before


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


def sign_in(base_url: str, n: int) -> int:
    username = ("elise", "oskar")[n % 2]
    answer = requests.post(
        f"{base_url}/v1/session", json={"username": username, "password": "sandbox"}, timeout=120
    )
    return answer.status_code


def test_bursts_of_sign_ins_leave_the_portal_s_memory_flat(tmp_path: Path) -> None:
    db = str(tmp_path / "portal.db")
    with worker_portal(db, workers=1, args=("--generated-buyers", "20")) as (url, proc):
        assert [sign_in(url, n) for n in range(4)] == [200] * 4  # warm: first hashes, imports
        before = rss_mb(proc.pid)
        grown: list[float] = []
        with ThreadPoolExecutor(BURST) as pool:
            for _ in range(ROUNDS):
                assert list(pool.map(lambda n: sign_in(url, n), range(BURST))) == [200] * BURST
                grown.append(rss_mb(proc.pid) - before)
    assert max(grown) < GROWTH_MAX_MB, f"RSS {before:.0f} MB, then +{grown} MB after each burst"
