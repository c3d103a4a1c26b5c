"""A portal process's memory stays flat under sign-ins from many request threads.

Each sign-in's Argon2 hash takes 19 MiB. Before `portal.http.memory.return_freed_memory`, glibc kept
that block in the arena of whichever pool thread hashed, one arena per thread (up to 8 per
core): a worker's RSS rose by 19-20 MB steps through a soak (bench/bench_soak.py) and by about
300 MB under bursts. The portal runs as a user starts it (`python -m portal`, a subprocess),
its RSS read from /proc."""

from __future__ import annotations

import http.client
import json
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

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


KNOWN = ("elise", "oskar")
# A burst signs in each known name at most this often: within its free tries (issue 17 item 3
# reserves every attempt before hashing, so a name's 6th concurrent try is refused, 429).
PER_NAME = 4


def sign_in(base_url: str, username: str, source: str = "127.0.0.1") -> int:
    """From `source`, a loopback address of its own (all of 127/8 reaches the portal)."""
    host, port = base_url.removeprefix("http://").rsplit(":", 1)
    conn = http.client.HTTPConnection(host, int(port), timeout=120, source_address=(source, 0))
    try:
        body = json.dumps({"username": username, "password": "sandbox"})
        conn.request("POST", "/v1/session", body, {"Content-Type": "application/json"})
        return conn.getresponse().status
    finally:
        conn.close()


def burst(round_: int) -> list[tuple[str, str]]:
    """16 sign-ins: the known names within their free tries, then names nobody has (their
    password is checked against a hash of the same Argon2 cost, so every request thread
    hashes), those from an address of the round's own: the failures stay within its free
    tries (a success gives its address the reserved attempt back, a failure does not)."""
    known = [(KNOWN[n % len(KNOWN)], "127.0.0.1") for n in range(PER_NAME * len(KNOWN))]
    source = f"127.0.0.{2 + round_}"
    unknown = [(f"nobody-{round_}-{n}", source) for n in range(BURST - len(known))]
    return known + unknown


def test_bursts_of_sign_ins_leave_the_portal_s_memory_flat(tmp_path: Path) -> None:
    db = str(tmp_path / "portal.db")
    with worker_portal(db, workers=1, args=("--generated-buyers", "20")) as (url, proc):
        warm = [sign_in(url, KNOWN[n % 2]) for n in range(4)]
        warm.append(sign_in(url, "nobody-warm", "127.0.0.99"))
        assert warm == [200] * 4 + [401]  # warm: first hashes, the unknown name's hash, imports
        before = rss_mb(proc.pid)
        grown: list[float] = []
        with ThreadPoolExecutor(BURST) as pool:
            for round_ in range(ROUNDS):
                tries = burst(round_)
                expected = [200 if name in KNOWN else 401 for name, _ in tries]
                assert list(pool.map(lambda t: sign_in(url, *t), tries)) == expected
                grown.append(rss_mb(proc.pid) - before)
    assert max(grown) < GROWTH_MAX_MB, f"RSS {before:.0f} MB, then +{grown} MB after each burst"
