"""Crash safety under kill -9 (after SQLite's crash tests): the desktop core, queueing requests
and syncing in a child process, is killed at seeded random moments. After each kill the cache
passes `PRAGMA integrity_check` and holds every request it had committed; after recovery every
queued request is on the portal exactly once. `--kill-runs N`, `--kill-seed S` to replay."""

from __future__ import annotations

import contextlib
import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from desktop.cache import Cache
from desktop.domain.types import OutboxState
from desktop.sync import PortalClient, SyncEngine
from tests.hardening.conftest import StartPortal
from tests.hardening.helpers import free_buyer_ids, requests_per_buyer

CHILD = Path(__file__).with_name("crash_child.py")
ROOT = Path(__file__).resolve().parents[2]
# A liveness bound, not a speed limit: a core killed inside a disk write dies when the write
# returns, which on a busy CI disk (the other test worker writing) can take tens of seconds.
LIVENESS_S = 180


class Zygote:
    """The child script in zygote mode: forks a desktop core per run (imports paid once)."""

    def __init__(self) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.process = subprocess.Popen(
            [sys.executable, str(CHILD), "zygote"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
            cwd=ROOT,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.child: int | None = None
        threading.Thread(target=self._read, daemon=True).start()
        assert self._next(LIVENESS_S) == "zygote ready"

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.strip())

    def _next(self, timeout: float) -> str:
        try:
            return self.lines.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(
                f"no line from the zygote in {timeout} s: {self._state()}"
            ) from None

    def _state(self) -> str:
        """What the zygote and its current core are doing (a kill waits for a disk write to end)."""
        zygote = self.process.poll()
        core = "none"
        if self.child is not None:
            try:
                core = Path(f"/proc/{self.child}/stat").read_text().split(") ", 1)[1][:1]
            except (OSError, IndexError):
                core = "gone"
        return f"zygote exit code {zygote}, core {self.child} state {core}"

    def run_and_kill(self, args: list[str], wait: float) -> list[str]:
        """Fork a core, kill -9 it `wait` seconds after it is ready: the lines it printed."""
        assert self.process.stdin is not None
        self.process.stdin.write(" ".join(args) + "\n")
        self.process.stdin.flush()
        lines: list[str] = []
        while not lines or not lines[-1].startswith("ready "):
            lines.append(self._next(LIVENESS_S))
        pid = self.child = int(lines[-1].split()[1])
        time.sleep(wait)  # the random moment of the crash is what is under test
        os.kill(pid, signal.SIGKILL)
        while (line := self._next(LIVENESS_S)) != f"dead {pid}":
            lines.append(line)
        self.child = None
        return lines

    def stop(self) -> None:
        if self.child is not None:  # a failed run: no core outlives the test
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.child, signal.SIGKILL)
        assert self.process.stdin is not None
        self.process.stdin.close()
        try:
            self.process.wait(30)
        finally:
            if self.process.poll() is None:
                self.process.kill()


def test_kill_9_while_syncing_and_queueing_loses_nothing(
    start_portal: StartPortal, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    runs = int(request.config.getoption("--kill-runs"))
    seed = request.config.getoption("--kill-seed")
    seed = int(seed) if seed is not None else random.SystemRandom().randrange(10**9)
    print(f"kill -9 runs: {runs}, seed {seed}", flush=True)
    rng = random.Random(seed)
    server = start_portal(generated_buyers=400, invoice_delay=3600)
    buyers = free_buyer_ids(server.db_url, 2 * runs)
    buyers_file = tmp_path / "buyers.txt"
    buyers_file.write_text("\n".join(buyers))
    attachment = tmp_path / "evidence.pdf"
    attachment.write_bytes(b"%PDF-1.4 evidence " * 1000)
    cache_path = tmp_path / "cache.sqlite"
    committed: set[str] = set()
    zygote = Zygote()
    try:
        for run in range(runs):
            args = [
                server.base_url,
                str(cache_path),
                str(seed + run),
                str(buyers_file),
                str(attachment),
            ]
            lines = zygote.run_and_kill(args, rng.uniform(0.0, 1.0))
            committed |= {line.split()[1] for line in lines if line.startswith("queued ")}
            with sqlite3.connect(cache_path) as db:
                check = db.execute("PRAGMA integrity_check").fetchall()
                in_outbox = {row[0] for row in db.execute("SELECT local_id FROM outbox")}
            assert check == [("ok",)], f"seed {seed}, run {run}: {check}"
            lost = committed - in_outbox
            assert not lost, f"seed {seed}, run {run}: committed requests lost {lost}"
    finally:
        zygote.stop()
    # Recovery: one clean sync in this process.
    client = PortalClient(server.base_url)
    client.sign_in("elise", "sandbox")
    cache = Cache.open(cache_path)
    try:
        SyncEngine(client, cache).sync()
        items = cache.outbox(include_done=True)
        account = next(a.id for a in client.me().accounts if a.name.endswith("- Test"))
    finally:
        cache.close()
        client.close()
    assert committed <= {item.local_id for item in items}
    assert {item.state for item in items} == {OutboxState.SENT}, f"seed {seed}"
    counts = requests_per_buyer(server.db_url, account)
    twice = {b: n for item in items for b in item.buyer_ids if (n := counts.get(b)) != 1}
    assert not twice, f"seed {seed}: requests not on the portal exactly once {twice}"
    print(f"kill -9: {runs} kills, {len(items)} requests queued, each on the portal once")
