"""Initial and incremental sync of a million invoices from the real portal on 127.0.0.1.

Starts the portal (`portal.app.create_app`, uvicorn as `python -m portal` runs it) in a
subprocess over a copy of bench/data/invoices-N.sqlite (`bench.generate_invoices`), then:

- baseline: every invoice page fetched and parsed by `PortalClient.sync_page`, not applied;
- initial sync: `SyncEngine.pull()` into a fresh cache (fetch and apply timed apart);
- baseline: a pull with nothing new (six collections asked once each);
- incremental: `--changes` invoices moved one status on in the portal's database
  (`advance_invoices`), then `SyncEngine.pull()`.

    .venv/bin/python -m bench.bench_invoice_sync [--invoices 1000000] [--changes 1000]
        [--db /tmp/invoices-200000.sqlite]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.generate_invoices import BENCH_USER, DEFAULT_INVOICES, db_path, generate

HOST = "127.0.0.1"
TARGET_INITIAL = 60.0
TARGET_INCREMENTAL = 1.0
TARGET_RATIO = 1.6  # issue 21: the first sync / the fetch-only time, same run


def serve(db: str, port: int) -> None:
    import uvicorn

    from portal.app import create_app
    from portal.server import uvicorn_speedups

    app = create_app(db, sandbox=False)
    loop, http = uvicorn_speedups()
    uvicorn.run(
        app, host=HOST, port=port, log_level="warning", access_log=False, loop=loop, http=http
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        [sys.executable, "-m", "bench.bench_invoice_sync", "--serve", str(db), "--port", str(port)],
        cwd=Path(__file__).resolve().parent.parent,
    )
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        try:
            with socket.create_connection((HOST, port), timeout=0.5):
                return process
        except OSError:
            if process.poll() is not None:
                raise SystemExit("the portal did not start") from None
            time.sleep(0.2)
    process.kill()
    raise SystemExit("the portal did not start in time")


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a process so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Timed:
    """Wraps a callable, adding up the seconds spent in it."""

    def __init__(self, fn: Any) -> None:
        self.fn = fn
        self.seconds = 0.0
        self.calls = 0
        self.by_collection: dict[str, float] = {}

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return self.fn(*args, **kwargs)
        finally:
            spent = time.perf_counter() - started
            self.seconds += spent
            self.calls += 1
            self.by_collection[args[0]] = self.by_collection.get(args[0], 0.0) + spent

    def split(self) -> str:
        return ", ".join(f"{c} {s:.1f} s" for c, s in self.by_collection.items() if s >= 0.005)


def fetch_all(url: str, page: int) -> tuple[float, int, int]:
    """Baseline: every invoice page over HTTP, parsed as the engine gets it, not applied."""
    from desktop.sync import PortalClient

    client = PortalClient(url, timeout=(3.05, 120))
    client.sign_in(*BENCH_USER)
    started = time.perf_counter()
    after: str | None = None
    items = pages = 0
    while True:
        body = client.sync_page("invoices", after, page, count=after is None)
        items += len(body.items)
        pages += 1
        after = body.next_cursor
        if not body.has_more:
            break
    return time.perf_counter() - started, items, pages


def move_invoices(db: Path, changes: int) -> int:
    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session

    from portal.clock import utcnow
    from portal.sandbox.invoice_flow import advance_invoices

    engine = create_engine(f"sqlite:///{db}")
    with Session(engine) as session:
        moved = advance_invoices(session, changes, utcnow())
        session.commit()
    engine.dispose()
    return len(moved)


def run(invoices: int, changes: int, page: int, source: Path | None = None) -> None:
    from desktop.cache import Cache
    from desktop.sync import PortalClient, SyncEngine
    from desktop.sync.engine import PAGE_LIMITS

    source = source or db_path(invoices)
    if not source.exists():
        print(f"generating {source} ...", flush=True)
        generate(source, invoices, min(100_000, invoices))
    work = Path(tempfile.mkdtemp(prefix="bench-invoice-sync-"))
    db = work / "portal.sqlite"
    shutil.copyfile(source, db)
    port = free_port()
    server = start_server(db, port)
    url = f"http://{HOST}:{port}"
    try:
        with db.open("rb") as f:  # the file in the OS cache, as for every run after
            while f.read(1 << 24):
                pass
        server_cpu, client_cpu = cpu_seconds(server.pid), time.process_time()
        raw_seconds, raw_items, raw_pages = fetch_all(url, page)
        print(
            f"baseline fetch only: {raw_items:,} invoices, {raw_pages} pages, {raw_seconds:.1f} s"
            f" (CPU: portal {cpu_seconds(server.pid) - server_cpu:.1f} s,"
            f" client {time.process_time() - client_cpu:.1f} s)"
        )

        client = PortalClient(url, timeout=(3.05, 120))
        client.sign_in(*BENCH_USER)
        cache = Cache.open(work / "cache.sqlite")
        engine = SyncEngine(client, cache, page_limits={**PAGE_LIMITS, "invoices": page})
        fetch, apply = Timed(client.sync_page), Timed(cache.apply_page)
        client.sync_page = fetch  # type: ignore[method-assign]
        cache.apply_page = apply  # type: ignore[method-assign]
        last: list[tuple[int, int | None]] = []
        server_cpu, client_cpu = cpu_seconds(server.pid), time.process_time()
        started = time.perf_counter()
        result = engine.pull(lambda c, n, t: last.append((n, t)) if c == "invoices" else None)
        initial = time.perf_counter() - started
        print(
            f"initial sync: {result.items_pulled:,} items in {initial:.1f} s"
            f" (fetch {fetch.seconds:.1f} s overlapping apply {apply.seconds:.1f} s,"
            f" {fetch.calls} pages); progress ended at {last[-1] if last else None};"
            f" target <= {TARGET_INITIAL:.0f} s (CPU: portal"
            f" {cpu_seconds(server.pid) - server_cpu:.1f} s, desktop"
            f" {time.process_time() - client_cpu:.1f} s; load average {os.getloadavg()[0]:.1f})"
        )
        print(f"  apply by collection: {apply.split()}")

        started = time.perf_counter()
        idle = engine.pull()
        nothing = time.perf_counter() - started
        print(f"baseline pull with nothing new: {idle.items_pulled} items, {nothing * 1000:.0f} ms")

        moved = move_invoices(db, changes)
        fetch.seconds = apply.seconds = 0.0
        apply.by_collection.clear()
        started = time.perf_counter()
        delta = engine.pull()
        incremental = time.perf_counter() - started
        print(
            f"incremental sync: {moved} moved on the portal, {delta.items_pulled} pulled in"
            f" {incremental * 1000:.0f} ms (fetch {fetch.seconds * 1000:.0f} ms, apply"
            f" {apply.seconds * 1000:.0f} ms); target <= {TARGET_INCREMENTAL * 1000:.0f} ms"
        )
        print(f"  apply by collection: {apply.split()}")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"bench process peak RSS {peak:.0f} MiB; cache file "
            f"{(work / 'cache.sqlite').stat().st_size / 2**20:.0f} MiB"
        )
        print()
        print(f"| {raw_items:,} invoices, 2 cores, 127.0.0.1 | baseline | now | target |")
        print("|---|---:|---:|---:|")
        print(
            f"| initial sync | {raw_seconds:.1f} s (fetch only) | {initial:.1f} s |"
            f" <= {TARGET_INITIAL:.0f} s |"
        )
        print(
            f"| incremental sync of {moved:,} changes | {nothing * 1000:.0f} ms (nothing new) |"
            f" {incremental * 1000:.0f} ms | <= {TARGET_INCREMENTAL * 1000:.0f} ms |"
        )
        print(
            f"| initial sync / fetch only | 1.0x | {initial / raw_seconds:.2f}x |"
            f" <= {TARGET_RATIO:.1f}x |"
        )
        cache.close()
    finally:
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--invoices", type=int, default=DEFAULT_INVOICES)
    parser.add_argument("--changes", type=int, default=1000)
    parser.add_argument("--page", type=int, default=2000)
    parser.add_argument(
        "--db",
        type=Path,
        help="a portal database from bench.generate_invoices.generate elsewhere (e.g. under /tmp)",
    )
    parser.add_argument("--serve", help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        serve(args.serve, args.port)
        return 0
    run(args.invoices, args.changes, args.page, args.db)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
