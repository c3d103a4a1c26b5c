"""Directory search benchmark: the real portal over HTTP on 127.0.0.1 against a big directory.

Prints, per term, p50/p95 of `GET /v1/directory` over HTTP, of the raw index query
(`portal.search.search_raw` on a plain sqlite3 connection) and the naive
`LIKE '%q%'` scan beside them; then sustained throughput with concurrent clients.

    .venv/bin/python -m bench.bench_search [--entities 2200000] [--seconds 10] [--threads 2 4]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from urllib.parse import urlencode

from bench.generate_directory import BENCH_USER, DEFAULT_ENTITIES, database_for
from portal.search import search_raw
from portal.server import free_port, uvicorn_speedups

HOST = "127.0.0.1"


def serve(db: str, port: int) -> None:
    """The portal as it runs in production, in this (sub)process."""
    import uvicorn

    from portal.app import create_app

    app = create_app(db, sandbox=False)
    loop, http = uvicorn_speedups()
    print(f"portal: event loop {loop}, HTTP parser {http}", flush=True)
    uvicorn.run(
        app, host=HOST, port=port, log_level="warning", access_log=False, loop=loop, http=http
    )


class Client:
    """One keep-alive HTTP connection (one per thread)."""

    def __init__(self, port: int, token: str = "") -> None:
        self.conn = http.client.HTTPConnection(HOST, port, timeout=30)
        self.headers = {"Authorization": f"Bearer {token}"} if token else {}

    def get(self, path: str) -> tuple[int, bytes]:
        try:
            self.conn.request("GET", path, headers=self.headers)
            response = self.conn.getresponse()
        except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
            # The server closed the idle keep-alive connection (uvicorn's 5 s, passed while the
            # LIKE baseline ran on a loaded machine): connect again and send it once more.
            self.conn.close()
            self.conn.request("GET", path, headers=self.headers)
            response = self.conn.getresponse()
        return response.status, response.read()

    def sign_in(self) -> str:
        body = json.dumps({"username": BENCH_USER[0], "password": BENCH_USER[1]})
        self.conn.request("POST", "/v1/session", body, {"Content-Type": "application/json"})
        response = self.conn.getresponse()
        data = response.read()
        assert response.status == 200, data
        return str(json.loads(data)["access_token"])


def start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        [sys.executable, "-m", "bench.bench_search", "--serve", str(db), "--port", str(port)],
        cwd=Path(__file__).resolve().parent.parent,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if Client(port).get("/openapi.json")[0] == 200:
                return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("the portal did not start")


def pick_terms(db: sqlite3.Connection) -> list[tuple[str, str, str | None]]:
    """(label, q, country): short, common, rare, none, VAT, network number, diacritics, several
    short words."""
    name, number, vat = db.execute(
        "SELECT name_folded, network_number, vat_number FROM buyers "
        "WHERE rowid = (SELECT max(rowid) / 2 FROM buyers)"
    ).fetchone()
    rare = ""
    for (candidate,) in db.execute("SELECT name_folded FROM buyers LIMIT 500"):
        for word in candidate.split():
            if len(word) >= 6:
                fragment = word[1:6]
                count = db.execute(
                    "SELECT count(*) FROM (SELECT 1 FROM directory_fts "
                    "WHERE directory_fts MATCH ? LIMIT 1000)",
                    (f'name : "{fragment}"',),
                ).fetchone()[0]
                if 1 <= count <= 200:
                    rare = fragment
                    break
        if rare:
            break
    return [
        ("short 1 char", "s", None),
        ("short 2 chars", "ko", None),
        ("common inner 'sen'", "sen", None),
        ("common word 'gmbh'", "gmbh", None),
        ("common + country", "sen", "PL"),
        (f"rare '{rare}'", rare or name[2:8], None),
        ("none 'qxjzvw'", "qxjzvw", None),
        ("none, common trigrams", "gmbh ltd", None),
        ("common + rare country", "logist", "MY"),
        ("VAT with prefix", vat, None),
        ("VAT bare", vat[2:].strip(), None),
        ("network number", number, None),
        ("network prefix", number[:8], None),
        ("diacritics 'Łódzkie'", "Łódzkie", None),
        ("long phrase", "przedsiębiorstwo handlowe", None),
        # Several short common words (issue 21), most of them matching nothing: every trigram
        # is common, and the padded word starts ("  s", "a  ") are the commonest of all.
        ("form + city 'sp. z o.o. warszawa'", "sp. z o.o. warszawa", None),
        ("form + city 'sp. z o.o. kraków'", "sp. z o.o. kraków", None),
        ("form + city 's.r.o. praha'", "s.r.o. praha", None),
        ("short words 'de la sa'", "de la sa", None),
        ("short words 'ab & co'", "ab & co", None),
        ("short words 'as & co'", "as & co", None),
        ("short words 'a & b'", "a & b", None),
    ]


LIKE_SQL = "SELECT id FROM buyers WHERE name_folded LIKE ? ORDER BY name_folded LIMIT 20"


def naive_like(db: sqlite3.Connection, q: str) -> None:
    """The baseline: a `LIKE '%q%'` scan in name order."""
    db.execute(LIKE_SQL, (f"%{q.lower()}%",)).fetchall()


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        out.append((time.perf_counter() - started) * 1000)
    return out


def pct(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def url(q: str, country: str | None) -> str:
    params = {"q": q, "limit": "20"} | ({"country": country} if country else {})
    return "/v1/directory?" + urlencode(params)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (Linux /proc; 0 elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def throughput(
    port: int, token: str, paths: list[str], threads: int, seconds: float, server_pid: int
) -> None:
    counts = [0] * threads
    latencies: list[list[float]] = [[] for _ in range(threads)]
    errors = [0] * threads
    stop = time.monotonic() + seconds

    def work(slot: int) -> None:
        client = Client(port, token)
        i = slot
        while time.monotonic() < stop:
            started = time.perf_counter()
            status, _ = client.get(paths[i % len(paths)])
            latencies[slot].append((time.perf_counter() - started) * 1000)
            errors[slot] += status != 200
            counts[slot] += 1
            i += 1

    workers = [threading.Thread(target=work, args=(n,)) for n in range(threads)]
    cpu_before = cpu_seconds(server_pid)
    started = time.monotonic()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    elapsed = time.monotonic() - started
    server_cpu = cpu_seconds(server_pid) - cpu_before
    merged = [x for chunk in latencies for x in chunk]
    print(
        f"throughput, {threads} clients, {elapsed:.1f}s: {sum(counts) / elapsed:,.0f} searches/s"
        f"  (p50 {pct(merged, 50):.1f} ms, p95 {pct(merged, 95):.1f} ms, errors {sum(errors)};"
        f" server CPU {server_cpu / max(1, sum(counts)) * 1000:.2f} ms per search)"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Directory search benchmark")
    parser.add_argument("--entities", type=int, default=DEFAULT_ENTITIES)
    parser.add_argument("--repeat", type=int, default=200, help="HTTP requests per term")
    parser.add_argument("--seconds", type=float, default=10.0, help="per throughput run")
    parser.add_argument("--threads", type=int, nargs="+", default=[2, 4])
    parser.add_argument("--serve", metavar="DB", help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        serve(args.serve, args.port)
        return

    path = database_for(args.entities)
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    db.execute("PRAGMA mmap_size=4294967296")
    terms = pick_terms(db)
    port = free_port()
    server = start_server(path, port)
    try:
        client = Client(port)
        token = client.sign_in()
        client = Client(port, token)
        print(
            f"{args.entities:,} entities, {path.stat().st_size / 2**20:,.0f} MiB, pid {os.getpid()}"
        )
        header = f"{'term':28} {'hits':>5} {'HTTP p50':>9} {'p95':>7} {'raw p50':>8} {'p95':>6} {'LIKE':>8}"
        print(header + "   (ms)")
        paths = []
        for label, q, country in terms:
            path_q = url(q, country)
            paths.append(path_q)
            status, body = client.get(path_q)
            assert status == 200, body
            hits = len(json.loads(body)["items"])
            for _ in range(10):  # warm up
                client.get(path_q)
            http_ms = timed(partial(client.get, path_q), args.repeat)
            raw_ms = timed(partial(search_raw, db, q, country), args.repeat)
            like_ms = timed(partial(naive_like, db, q), 3)
            print(
                f"{label[:28]:28} {hits:5d} {pct(http_ms, 50):9.2f} {pct(http_ms, 95):7.2f}"
                f" {pct(raw_ms, 50):8.2f} {pct(raw_ms, 95):6.2f} {statistics.median(like_ms):8.1f}"
            )
        for threads in args.threads:
            throughput(port, token, paths, threads, args.seconds, server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
