"""`python -m portal`: a real process serving the sandbox on the port it was given."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import requests

from portal.server import free_port
from portal.store.db import normalize_db_url


def test_db_argument_forms(tmp_path: Path) -> None:
    assert normalize_db_url("postgresql://u@h/db") == "postgresql://u@h/db"
    assert normalize_db_url(str(tmp_path / "x.db")) == f"sqlite:///{tmp_path / 'x.db'}"


def test_cli_serves_the_sandbox(tmp_path: Path) -> None:
    port = free_port()
    env = {**os.environ, "SUPPLIER_PORTAL_DB": str(tmp_path / "env.db")}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "portal",
            "--sandbox",
            "--port",
            str(port),
            "--ticket-delay",
            "5",
            "--generated-buyers",
            "20",
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 120  # a liveness wait: a loaded machine starts slower
        answer = None
        while time.monotonic() < deadline and answer is None:
            try:
                answer = requests.post(
                    f"http://127.0.0.1:{port}/v1/session",
                    json={"username": "oskar", "password": "sandbox"},
                    timeout=10,
                )
            except (requests.ConnectionError, requests.Timeout):
                time.sleep(0.1)
        assert answer is not None and answer.status_code == 200
        assert (tmp_path / "env.db").exists()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
