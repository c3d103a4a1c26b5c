"""Soak: mixed traffic from several clients against the real portal for many minutes, with the
RSS of every portal process and the p95 of each kind of request sampled each minute.

    .venv/bin/python -m bench.bench_soak [--minutes 30] [--db postgres|sqlite] [--clients 6]

PostgreSQL: a throwaway cluster (tests/pg_cluster.py) and `supplier-portal --sandbox --workers 2`
(tests/worker_portal.py); SQLite: one worker on a fresh file. Client threads on 127.0.0.1 each
sign in as a sandbox user and send, drawn with a seeded random: directory searches (about half),
sync pages, connection requests with an Idempotency-Key (one in four sent twice), cancels of
their own requests, small CSV uploads, sign-ins (the old session signed out) and refreshes.
An error is any answer not in the kind's expected set, a connection failure or a timeout; a
worker replaced by a new process is counted too. The baseline, from the same run: each kind's
p95 with one client and no other load, before the soak. Every loop is bounded by --minutes.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from bench.bench_search import pct

HOST = "127.0.0.1"
USERS = ("elise", "oskar")
PASSWORD = "sandbox"
ROOT = Path(__file__).resolve().parent.parent
KINDS = ("search", "sync", "request", "cancel", "upload", "sign_in", "refresh")
WEIGHTS = (50, 20, 8, 4, 6, 4, 8)
EXPECTED = {
    "search": {200},
    "sync": {200},
    "request": {201},
    "cancel": {200, 409},  # 409: already settled, a refusal the API documents
    "upload": {201},
    "sign_in": {200},
    "refresh": {200},
}
TERMS = [
    "nordwind", "gmbh", "sp. z o.o.", "ltd", "łódź", "a", "ko", "sen", "handel", "logist",
    "services", "test buyer", "qxjzvw", "group", "polska", "s",
]  # fmt: skip
COUNTRIES = ("PL", "DE", "GB")
COLLECTIONS = ("relationships", "connection-requests", "tickets", "invoices", "verifications")
RSS_EVERY = 5.0  # seconds between RSS samples
CSV_BODY = ("name;vendor_code\n" + "".join(f"Buyer {n};V-{n:04d}\n" for n in range(80))).encode()


class Record:
    """Latencies, answers and errors by minute and kind, shared by the client threads."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.started = time.monotonic()
        self.ms: dict[int, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
        self.statuses: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        self.errors: dict[int, int] = defaultdict(int)
        self.examples: list[str] = []

    def minute(self) -> int:
        return int((time.monotonic() - self.started) // 60)

    def add(self, kind: str, ms: float, status: int | str) -> None:
        bad = status not in EXPECTED[kind]
        with self.lock:
            minute = self.minute()
            self.ms[minute][kind].append(ms)
            self.statuses[kind][str(status)] += 1
            if bad:
                self.errors[minute] += 1
                if len(self.examples) < 20:
                    self.examples.append(f"minute {minute + 1} {kind}: {status}")


class Client:
    """One sandbox user on one keep-alive connection, drawing its next request at random."""

    def __init__(self, port: int, slot: int, record: Record, seed: int) -> None:
        self.port = port
        self.record = record
        self.rng = random.Random(seed * 1000 + slot)
        self.user = USERS[slot % len(USERS)]
        self.conn = http.client.HTTPConnection(HOST, port, timeout=30)
        self.tokens: dict[str, Any] = {}
        self.cursors = {c: "" for c in COLLECTIONS}
        self.mine: list[str] = []  # own connection requests, to cancel
        self.last_key: tuple[str, bytes] | None = None
        self.attachment: str | None = None
        self.accounts: list[str] = []
        self.buyers: list[str] = []

    def call(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, bytes]:
        sent = dict(headers or {})
        if self.tokens and "Authorization" not in sent:
            sent["Authorization"] = f"Bearer {self.tokens['access_token']}"
        try:
            self.conn.request(method, path, body, sent)
            response = self.conn.getresponse()
            return response.status, response.read()
        except (OSError, http.client.HTTPException):
            self.conn.close()
            self.conn = http.client.HTTPConnection(HOST, self.port, timeout=30)
            raise

    def post_json(self, path: str, data: Any, headers: dict[str, str] | None = None) -> Any:
        return self.call(
            "POST",
            path,
            json.dumps(data).encode(),
            {"Content-Type": "application/json"} | (headers or {}),
        )

    def prepare(self) -> None:
        status, body = self.post_json("/v1/session", {"username": self.user, "password": PASSWORD})
        assert status == 200, body
        self.tokens = json.loads(body)
        status, body = self.call("GET", "/v1/me")
        assert status == 200, body
        self.accounts = [a["id"] for a in json.loads(body)["accounts"]]
        for term in ("a", "e", "o", "nordwind"):
            status, body = self.call("GET", "/v1/directory?" + urlencode({"q": term, "limit": 50}))
            assert status == 200, body
            self.buyers += [e["id"] for e in json.loads(body)["items"] if e.get("kind") == "entity"]
        assert self.buyers, "no buyers found in the sandbox directory"

    # --- the kinds -------------------------------------------------------------------------
    def search(self) -> int:
        params = {"q": self.rng.choice(TERMS), "limit": 20}
        if self.rng.random() < 0.25:
            params["country"] = self.rng.choice(COUNTRIES)
        return self.call("GET", "/v1/directory?" + urlencode(params))[0]

    def sync(self) -> int:
        collection = self.rng.choice(COLLECTIONS)
        if self.rng.random() < 0.1:
            self.cursors[collection] = ""  # a first sync, from the start
        after = self.cursors[collection]
        status, body = self.call("GET", f"/v1/sync/{collection}?after={after}&limit=200")
        if status == 200:
            page = json.loads(body)
            self.cursors[collection] = page["next_cursor"]
        return status

    def request(self) -> int:
        if self.last_key is not None and self.rng.random() < 0.25:
            key, body = self.last_key  # the same request again: answered once, replayed
        else:
            picked = self.rng.sample(self.buyers, k=self.rng.randint(1, 3))
            data = {
                "account_id": self.rng.choice(self.accounts),
                "buyer_ids": picked,
                "vendor_code": f"V-{self.rng.randrange(10**6):06d}",
                "notes": "soak",
            }
            if self.attachment is not None:
                data["attachment_id"], self.attachment = self.attachment, None
            key, body = str(uuid.uuid4()), json.dumps(data).encode()
        headers = {"Content-Type": "application/json", "Idempotency-Key": key}
        status, answer = self.call("POST", "/v1/connection-requests", body, headers)
        if status == 201:
            made = json.loads(answer)["id"]
            if self.last_key is None or self.last_key[0] != key:
                self.mine.append(made)
            self.last_key = (key, body)
        return status

    def cancel(self) -> int:
        if not self.mine:
            return self.search()
        return self.call("POST", f"/v1/connection-requests/{self.mine.pop(0)}/cancel")[0]

    def upload(self) -> int:
        boundary = uuid.uuid4().hex
        body = (
            (
                f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="list.csv"\r\n'
                "Content-Type: text/csv\r\n\r\n"
            ).encode()
            + CSV_BODY
            + f"\r\n--{boundary}--\r\n".encode()
        )
        headers = {"Content-Type": f"multipart/form-data; boundary={boundary}"}
        status, answer = self.call("POST", "/v1/attachments", body, headers)
        if status == 201:
            self.attachment = json.loads(answer)["id"]
        return status

    def sign_in(self) -> int:
        old = self.tokens["access_token"]
        status, body = self.post_json(
            "/v1/session", {"username": self.user, "password": PASSWORD}, {"Authorization": ""}
        )
        if status == 200:
            self.tokens = json.loads(body)
            self.call("DELETE", "/v1/session", headers={"Authorization": f"Bearer {old}"})
        return status

    def refresh(self) -> int:
        status, body = self.post_json(
            "/v1/session/refresh",
            {"refresh_token": self.tokens["refresh_token"]},
            {"Authorization": ""},
        )
        if status == 200:
            self.tokens = json.loads(body)
        return status

    def one(self, kind: str) -> None:
        started = time.perf_counter()
        try:
            status: int | str = getattr(self, kind)()
        except (OSError, http.client.HTTPException) as exc:
            status = type(exc).__name__
        self.record.add(kind, (time.perf_counter() - started) * 1000, status)

    def run(self, stop_at: float, pause: float) -> None:
        while time.monotonic() < stop_at:
            self.one(self.rng.choices(KINDS, WEIGHTS)[0])
            time.sleep(pause)


def portal_processes(main_pid: int) -> list[int]:
    """The portal's process and its descendants (uvicorn's workers), not multiprocessing's
    resource tracker."""
    children: dict[int, list[int]] = defaultdict(list)
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError, IndexError, ValueError):
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
                children[ppid].append(int(entry.name))
    found, todo = [], [main_pid]
    while todo:
        pid = todo.pop()
        with contextlib.suppress(OSError):
            if b"resource_tracker" not in Path(f"/proc/{pid}/cmdline").read_bytes():
                found.append(pid)
        todo += children.get(pid, [])
    return sorted(found)


def rss_mb(pid: int) -> float:
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def start_portal(db_url: str, workers: int, ticket_delay: float, log: Path) -> Any:
    """`python -m portal --sandbox` with its stderr in `log` (a pipe nobody reads would fill
    and stall the portal once it logs enough), waited for until it answers."""
    from portal.server import free_port

    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "SUPPLIER_PORTAL_DB"}
    env["SUPPLIER_PORTAL_INVOICE_MOVES"] = "0"
    command = ["--sandbox", "--workers", str(workers), "--db", db_url, "--port", str(port)]
    with log.open("ab") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "portal", *command, "--ticket-delay", str(ticket_delay)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and proc.poll() is None:
        with contextlib.suppress(OSError):
            conn = http.client.HTTPConnection(HOST, port, timeout=5)
            conn.request("GET", "/v1/me")
            conn.getresponse().read()
            return port, proc
        time.sleep(0.3)
    proc.kill()
    raise RuntimeError(f"the portal did not start: see {log}")


@contextlib.contextmanager
def portal(db: str, workers: int, ticket_delay: float, log: Path) -> Iterator[tuple[int, int]]:
    """(port, main pid) of `supplier-portal --sandbox` on a fresh database of that engine."""
    from tests.pg_cluster import start_cluster

    with contextlib.ExitStack() as stack:
        if db == "postgres":
            cluster = start_cluster()
            stack.callback(cluster.stop)
            db_url = cluster.new_database("soak")
        else:
            folder = stack.enter_context(tempfile.TemporaryDirectory(prefix="soak-"))
            db_url = str(Path(folder) / "soak.sqlite")
        port, proc = start_portal(db_url, workers, ticket_delay, log)
        try:
            yield port, proc.pid
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=30)


def baseline(port: int, repeat: int) -> tuple[dict[str, float], list[str]]:
    """Each kind's p95 (ms) with one client and nothing else running, and its errors."""
    record = Record()
    client = Client(port, 0, record, seed=7)
    client.prepare()
    for kind in KINDS:
        for _ in range(repeat):
            client.one(kind)
    out = {
        k: pct([x for m in record.ms.values() for x in m.get(k, [])] or [0.0], 95) for k in KINDS
    }
    return out, record.examples


def log_summary(log: Path) -> dict[str, Any]:
    """What the portal logged: tracebacks, and the last line of each (the exception), counted."""
    text = log.read_text(errors="replace") if log.exists() else ""
    lines = text.splitlines()
    last: dict[str, int] = defaultdict(int)
    for n, line in enumerate(lines):
        if line.startswith("Traceback"):
            end = next((k for k in range(n + 1, len(lines)) if not lines[k].startswith(" ")), n)
            last[lines[end][:160]] += 1
    return {"tracebacks": text.count("Traceback"), "exceptions": dict(last)}


def soak(args: argparse.Namespace) -> dict[str, Any]:
    workers = args.workers if args.db == "postgres" else 1
    log = args.log or Path(tempfile.gettempdir()) / f"soak-{args.db}-{os.getpid()}.log"
    print(f"portal log: {log}", flush=True)
    with portal(args.db, workers, args.ticket_delay, log) as (port, main_pid):
        base, base_errors = baseline(port, args.baseline_repeat)
        print(f"baseline p95 ms: {base}; errors {base_errors}", flush=True)
        record = Record()
        clients = [Client(port, n, record, args.seed) for n in range(args.clients)]
        for client in clients:
            client.prepare()
        pids = portal_processes(main_pid)
        samples: list[dict[str, Any]] = []
        load_start = os.getloadavg()[0]
        record.started = time.monotonic()
        stop_at = record.started + args.minutes * 60
        threads = [
            threading.Thread(target=c.run, args=(stop_at, args.pause), daemon=True) for c in clients
        ]
        for thread in threads:
            thread.start()
        for minute in range(args.minutes):
            # RSS every 5 s; the minute's floor is what stays (a sign-in in flight holds
            # Argon2's 19 MiB for a moment), its top what the moment cost.
            rss: dict[int, list[float]] = defaultdict(list)
            end = record.started + (minute + 1) * 60
            while (left := end - time.monotonic()) > 0:
                time.sleep(min(RSS_EVERY, left))
                for pid in portal_processes(main_pid):
                    rss[pid].append(rss_mb(pid))
            now = portal_processes(main_pid)
            with record.lock:
                kinds = dict(record.ms.get(minute, {}))
                errors = record.errors.get(minute, 0)
            sample = {
                "minute": minute + 1,
                "requests": sum(len(v) for v in kinds.values()),
                "errors": errors,
                "load": os.getloadavg()[0],
                "rss_mb": {str(p): round(min(v), 1) for p, v in rss.items() if p in now},
                "rss_top_mb": {str(p): round(max(v), 1) for p, v in rss.items() if p in now},
                "p95_ms": {k: round(pct(v, 95), 1) for k, v in kinds.items() if v},
                "replaced": sorted(set(pids) ^ set(now)),
            }
            samples.append(sample)
            print_minute(sample)
        for thread in threads:
            thread.join(timeout=60)
        statuses = {k: dict(v) for k, v in record.statuses.items()}
        return {
            "db": args.db,
            "workers": workers,
            "clients": args.clients,
            "pids": pids,
            "load_start": load_start,
            "baseline_p95_ms": base,
            "baseline_errors": base_errors,
            "samples": samples,
            "statuses": statuses,
            "error_examples": record.examples,
            "log": str(log),
        }


def print_minute(s: dict[str, Any]) -> None:
    rss = " ".join(f"{v:.0f}-{s['rss_top_mb'].get(p, v):.0f}" for p, v in s["rss_mb"].items())
    p95 = " ".join(f"{k} {v:.1f}" for k, v in sorted(s["p95_ms"].items()))
    extra = f" REPLACED {s['replaced']}" if s["replaced"] else ""
    print(
        f"min {s['minute']:>3}: {s['requests']:>6,} req, {s['errors']} err, load "
        f"{s['load']:.1f}, RSS MB {rss} | p95 ms {p95}{extra}",
        flush=True,
    )


def report(result: dict[str, Any]) -> None:
    samples = result["samples"]
    total = sum(s["requests"] for s in samples)
    errors = sum(s["errors"] for s in samples)
    print(f"\n{result['db']}, {result['workers']} worker(s), {result['clients']} clients, "
          f"{len(samples)} min; load average {result['load_start']:.1f} at the start, "
          f"{samples[-1]['load']:.1f} at the end" if samples else "no minute completed")  # fmt: skip
    print(f"requests {total:,} ({total / max(1, 60 * len(samples)):.0f}/s), errors {errors}")
    replaced = sorted({p for s in samples for p in s["replaced"]})
    if replaced:
        print(f"processes replaced during the run: {replaced}")
    print(f"answers: {json.dumps(result['statuses'], sort_keys=True)}")
    if result["baseline_errors"]:
        print(f"errors in the baseline (1 client): {result['baseline_errors']}")
    logged = result["portal_log"]
    print(f"portal log {result['log']}: {logged['tracebacks']} tracebacks")
    for line, count in sorted(logged["exceptions"].items(), key=lambda kv: -kv[1]):
        print(f"  {count} x {line}")
    for example in result["error_examples"]:
        print(f"  error: {example}")
    from_five = samples[4:] or samples
    print("\nRSS floor (MB, lowest of each minute's samples) per process, minute 5 to the end:")
    for pid in result["pids"]:
        series = [s["rss_mb"][str(pid)] for s in from_five if str(pid) in s["rss_mb"]]
        if series:
            growth = (series[-1] - series[0]) / series[0] * 100 if series[0] else 0.0
            print(f"  pid {pid}: {series[0]:.0f} -> {series[-1]:.0f} (min {min(series):.0f}, "
                  f"max {max(series):.0f}), {growth:+.1f} % (goal within 10 %)")  # fmt: skip
    print("\np95 (ms) per kind: baseline (1 client, no load) | first minute | last minute | "
          "median of minutes | worst minute")  # fmt: skip
    for kind in KINDS:
        series = [s["p95_ms"][kind] for s in samples if kind in s["p95_ms"]]
        if series:
            print(f"  {kind:<8} {result['baseline_p95_ms'][kind]:>7.1f} | {series[0]:>7.1f} | "
                  f"{series[-1]:>7.1f} | {pct(series, 50):>7.1f} | {max(series):>7.1f}")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Mixed traffic against the portal, for minutes")
    parser.add_argument("--minutes", type=int, default=30)
    parser.add_argument("--db", choices=("postgres", "sqlite"), default="postgres")
    parser.add_argument("--workers", type=int, default=2, help="PostgreSQL only")
    parser.add_argument("--clients", type=int, default=6)
    parser.add_argument("--pause", type=float, default=0.02, help="seconds between requests")
    parser.add_argument("--ticket-delay", type=float, default=5.0)
    parser.add_argument("--baseline-repeat", type=int, default=100)
    parser.add_argument("--seed", type=int, default=20261207)
    parser.add_argument("--log", type=Path, default=None, help="the portal's stderr (a temp file)")
    parser.add_argument("--json", type=Path, default=None, help="write every figure there")
    args = parser.parse_args(argv)
    if not 1 <= args.minutes <= 24 * 60:
        parser.error("--minutes must be 1 to 1440")
    result = soak(args)
    result["portal_log"] = log_summary(Path(result["log"]))
    report(result)
    if args.json is not None:
        args.json.write_text(json.dumps(result, indent=1))
    errors = sum(s["errors"] for s in result["samples"]) + len(result["baseline_errors"])
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
