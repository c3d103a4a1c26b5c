"""`supplier-portal --sandbox --workers N` in a subprocess over a PostgreSQL database, started
and waited for as a user would (the first answer to GET /v1/me), stopped afterwards."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

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
    that gets what it prints (uvicorn's access log among it). What it writes to stderr goes to
    a file, never a pipe nobody reads (a full pipe stops the workers mid-log line), and its
    tracebacks are printed afterwards, where pytest shows them beside a failed test."""
    port = free_port()
    # The rule processes start with the first invoice checked (most of these portals take
    # none), not 3 s after start-up, where each worker compiled the rules for nothing.
    environ = {
        **os.environ,
        "SUPPLIER_PORTAL_INVOICE_MOVES": "0",
        "SUPPLIER_PORTAL_PRELOAD_RULES": "0",
        **(env or {}),
    }
    environ.pop("SUPPLIER_PORTAL_DB", None)
    command = ["--sandbox", "--workers", str(workers), "--db", db_url, "--port", str(port)]
    out = None if stdout is None else stdout.open("wb")
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "portal", *command, *args],
            cwd=ROOT,
            env=environ,
            stdout=subprocess.DEVNULL if out is None else out,
            stderr=err,
        )
        base_url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 90
            while True:
                assert proc.poll() is None, _printed(err)
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
            printed = _printed(err)
            if "Traceback" in printed:
                print(f"The worker portal's stderr:\n{printed[-20000:]}", file=sys.stderr)


def _printed(err: IO[bytes]) -> str:
    err.seek(0)
    return err.read().decode(errors="replace")
