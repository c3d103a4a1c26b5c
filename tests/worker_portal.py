"""`supplier-portal --sandbox --workers N` in a subprocess over a PostgreSQL database, started
and waited for as a user would (the first answer to GET /v1/me), stopped afterwards."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import requests

from portal.server import free_port

ROOT = Path(__file__).resolve().parents[1]


@contextlib.contextmanager
def worker_portal(
    db_url: str,
    *,
    workers: int = 2,
    args: tuple[str, ...] = (),
    env: dict[str, str] | None = None,
    stdout: Path | None = None,
) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """(base URL, process) of a sandbox portal with `workers` worker processes; `stdout`: a file
    that gets what it prints (uvicorn's access log among it)."""
    port = free_port()
    environ = {**os.environ, "SUPPLIER_PORTAL_INVOICE_MOVES": "0", **(env or {})}
    environ.pop("SUPPLIER_PORTAL_DB", None)
    command = ["--sandbox", "--workers", str(workers), "--db", db_url, "--port", str(port)]
    out = None if stdout is None else stdout.open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "portal", *command, *args],
        cwd=ROOT,
        env=environ,
        stdout=subprocess.DEVNULL if out is None else out,
        stderr=subprocess.PIPE,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
            try:
                requests.get(f"{base_url}/v1/me", timeout=2)
                break
            except requests.ConnectionError:
                assert time.monotonic() < deadline, "the portal did not start"
                time.sleep(0.2)
        yield base_url, proc
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        if out is not None:
            out.close()
