"""A user at the quota sending 10 MB uploads that are refused costs the portal about one upload,
briefly: its RSS (a real `supplier-portal` process, /proc/PID/status) stays flat across 20 of
them sent 10 at a time (it used to keep about 20 MB of each, for good)."""

from __future__ import annotations

import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests

from tests.hardening.helpers import Api, sign_in
from tests.worker_portal import worker_portal

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")

MB = 1024 * 1024
UPLOAD = 10 * MB
QUOTA = 1 * MB
ROUNDS = 2
AT_ONCE = 10


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


def test_refused_uploads_leave_the_memory_they_took(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'portal.db'}"
    args = ("--generated-buyers", "20", "--attachment-quota", str(QUOTA))
    with worker_portal(url, workers=1, args=args) as (base_url, proc):
        api = sign_in(base_url, "elise")
        assert api.upload("small.pdf", b"%PDF-1.4\n" + b"1" * (QUOTA - 9)).status_code == 201
        pdf = b"%PDF-1.4\n" + b"0" * (UPLOAD - 9)

        def refused(i: int) -> requests.Response:
            return Api(base_url, api.tokens).upload(f"big-{i}.pdf", pdf)

        first = refused(-1)  # warms up what one refusal needs
        assert first.json()["error"]["code"] == "attachment_quota_exceeded"
        before = rss_mb(proc.pid)
        with ThreadPoolExecutor(AT_ONCE) as pool:
            for _ in range(ROUNDS):
                answers = list(pool.map(refused, range(AT_ONCE)))
                assert {r.status_code for r in answers} == {413}
        grown = rss_mb(proc.pid) - before
    assert grown <= 3 * UPLOAD / MB, f"the portal grew by {grown:.0f} MB"
