"""Directory search on SQLite and PostgreSQL side by side, over HTTP on 127.0.0.1.

Loads the benchmark's directory (bench/generate_directory.py, a SQLite file) into a
PostgreSQL 15 cluster kept under bench/data/ (COPY; the search indexes built after the load),
then starts the real portal on each engine (`python -m portal`, live, with 1 and 2 workers on
PostgreSQL; SQLite is served by one) and prints per term p50/p95 over HTTP and sustained
searches/s with 2 and 4 clients.

    .venv/bin/python -m bench.bench_search_pg [--entities 2200000] [--repeat 200] [--seconds 10]
        [--data DIR]  (the directory file and the cluster's folder; default bench/data)
        [--before DIR]  (also the portal of the checkout DIR on PostgreSQL, e.g. main, over
                         a copy of the directory at DIR's schema)
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg
from sqlalchemy import create_engine, text

from bench.bench_search import Client, pct, pick_terms, start_server, timed, url
from bench.generate_directory import DATA, DEFAULT_ENTITIES, database_for
from portal.search import pg_schema
from portal.server import free_port
from portal.store.migrate import upgrade
from tests.pg_cluster import PgCluster, start_cluster

ROOT = Path(__file__).resolve().parent.parent
# Several words, each common alone, or with a word of one or two letters or a symbol.
MULTI_WORD = [
    ("multi 'hansen & s'", "hansen & s", None),
    ("multi 'sp. z o.o.'", "sp. z o.o.", None),
    ("multi 'gmbh & co kg'", "gmbh & co kg", None),
]
COPIED = {
    "users": "id, username, display_name, password_hash",
    "supplier_accounts": "id, network_number, name, country, is_test, version",
    "user_accounts": "user_id, account_id",
    "buyer_groups": "id, name, name_folded",
    "buyers": "id, name, name_folded, network_number, vat_number, vat_compact, country, "
    "group_id, is_test, shares_invoice_history, sandbox_resolution",
}


def load(cluster: PgCluster, source: Path, entities: int) -> str:
    """The directory in PostgreSQL (reused when already loaded) -> its URL."""
    name = f"directory_{entities}"
    with cluster.connect("postgres") as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        if exists is None:
            conn.execute(f'CREATE DATABASE "{name}"')
    url = cluster.url(name)
    engine = create_engine(url)
    with engine.connect() as conn:
        have = conn.execute(
            text("SELECT count(*) FROM information_schema.tables WHERE table_name = 'buyers'")
        ).scalar()
        loaded = have and conn.execute(text("SELECT count(*) FROM buyers")).scalar() == entities
    if loaded:
        with psycopg.connect(
            host="127.0.0.1", port=cluster.port, user="postgres", dbname=name, autocommit=True
        ) as pg:
            # A directory loaded before a newer search index: built here in bulk (as after a
            # load), then stamped by its migration, which finds it made.
            missing = pg.execute(
                "SELECT name FROM unnest(%s::text[]) AS name WHERE to_regclass(name) IS NULL",
                (list(pg_schema.INDEXES),),
            ).fetchall()
            if missing:
                print(f"  building {', '.join(n for (n,) in missing)}", flush=True)
                pg.execute("SET maintenance_work_mem = '512MB'")
                for statement in pg_schema.create_statements():
                    pg.execute(statement)
                pg.execute("ANALYZE buyers")
                pg.execute("ANALYZE buyer_groups")
        upgrade(engine)
        engine.dispose()
        return url
    started = time.monotonic()
    upgrade(engine)
    with engine.begin() as conn:
        for statement in pg_schema.drop_statements():  # built once after the load
            conn.execute(text(statement))
    engine.dispose()
    lite = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    with psycopg.connect(host="127.0.0.1", port=cluster.port, user="postgres", dbname=name) as pg:
        for table, columns in COPIED.items():
            pg.execute(f"TRUNCATE {table} CASCADE")
            with pg.cursor().copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for row in lite.execute(f"SELECT {columns} FROM {table}"):
                    copy.write_row(row)
            pg.commit()
            print(f"  {table}: copied ({time.monotonic() - started:.0f} s)", flush=True)
        pg.autocommit = True
        pg.execute("SET maintenance_work_mem = '512MB'")
        for statement in pg_schema.create_statements():
            pg.execute(statement)
        pg.execute("VACUUM ANALYZE")
    print(f"loaded {entities:,} entities into PostgreSQL in {time.monotonic() - started:.0f} s")
    return url


def before_copy(cluster: PgCluster, name: str, before: Path) -> str:
    """A copy of the directory database at the schema of the checkout `before` -> its URL.

    A portal refuses a database a migration ahead of its own: the copy (a file copy of the
    loaded one) loses the search indexes `before` does not know and is stamped at its newest
    migration, so each portal reads the indexes its own migrations make."""
    found = subprocess.run(
        [sys.executable, "-c", _BEFORE_SCHEMA], cwd=before, capture_output=True, text=True
    )
    head, *known = found.stdout.split()
    assert found.returncode == 0 and head != "None", found.stderr
    copy = f"{name}_before"
    with cluster.connect("postgres") as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{copy}"')
        conn.execute(f'CREATE DATABASE "{copy}" TEMPLATE "{name}" STRATEGY FILE_COPY')
    with cluster.connect(copy) as conn:
        for index in sorted(set(pg_schema.INDEXES) - set(known)):
            conn.execute(f"DROP INDEX {index}")
        conn.execute("UPDATE alembic_version SET version_num = %s", (head,))
    return cluster.url(copy)


_BEFORE_SCHEMA = (
    "from portal.store.schema_head import migration_head; "
    "from portal.search.pg_schema import INDEXES; print(migration_head(), *INDEXES)"
)


def start_portal(
    db_url: str, port: int, workers: int, root: Path = ROOT, pycache: Path | None = None
) -> subprocess.Popen[bytes]:
    """`python -m portal` from the checkout `root` (its own `portal` package, this interpreter;
    its bytecode under `pycache` when given, not in its folder)."""
    env = {k: v for k, v in os.environ.items() if k != "SUPPLIER_PORTAL_DB"}
    if pycache is not None:
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    process = subprocess.Popen(
        [sys.executable, "-m", "portal", "--db", db_url, "--port", str(port)]
        + ["--workers", str(workers)],
        cwd=root,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if Client(port).get("/v1/me")[0] == 401:
                return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("the portal did not start")


Term = tuple[str, str, str | None]


def latencies(port: int, terms: list[Term], repeat: int) -> dict[str, tuple[int, float, float]]:
    """label -> (hits, p50, p95) over HTTP, one keep-alive client."""
    client = Client(port, Client(port).sign_in())
    out = {}
    for label, q, country in terms:
        path = url(q, country)
        status, body = client.get(path)
        assert status == 200, body
        hits = body.count(b'"kind"')
        for _ in range(10):
            client.get(path)
        samples = timed(lambda p=path: client.get(p), repeat)
        out[label] = (hits, pct(samples, 50), pct(samples, 95))
    return out


def rate(port: int, terms: list[Term], clients: int, seconds: float) -> tuple[float, float]:
    """(searches/s, p95 ms) with `clients` keep-alive clients cycling through the terms."""
    import threading

    token = Client(port).sign_in()
    paths = [url(q, c) for _, q, c in terms]
    counts = [0] * clients
    samples: list[list[float]] = [[] for _ in range(clients)]
    stop = time.monotonic() + seconds

    def work(slot: int) -> None:
        client = Client(port, token)
        i = slot
        while time.monotonic() < stop:
            t0 = time.perf_counter()
            status, _ = client.get(paths[i % len(paths)])
            assert status == 200
            samples[slot].append((time.perf_counter() - t0) * 1000)
            counts[slot] += 1
            i += 1

    threads = [threading.Thread(target=work, args=(n,)) for n in range(clients)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    merged = [x for chunk in samples for x in chunk]
    return sum(counts) / (time.monotonic() - started), pct(merged, 95)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Directory search: SQLite beside PostgreSQL")
    parser.add_argument("--entities", type=int, default=DEFAULT_ENTITIES)
    parser.add_argument("--repeat", type=int, default=200, help="HTTP requests per term")
    parser.add_argument("--seconds", type=float, default=10.0, help="per throughput run")
    parser.add_argument("--clients", type=int, nargs="+", default=[2, 4])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--data", type=Path, default=DATA, help="the directory file and cluster")
    parser.add_argument(
        "--rounds", type=int, default=1, help="rate runs per portal, in turns (the median)"
    )
    parser.add_argument(
        "--before", type=Path, default=None, help="a checkout whose portal to run beside, e.g. main"
    )
    args = parser.parse_args(argv)

    source = database_for(args.entities, data=args.data)
    lite = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    terms: list[Term] = pick_terms(lite) + MULTI_WORD
    lite.close()
    started = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    cluster = start_cluster(
        args.data / f"pg-{args.entities}", "-c shared_buffers=1GB -c effective_cache_size=4GB"
    )
    copies: list[str] = []
    try:
        pg_url = load(cluster, source, args.entities)
        runs: list[tuple[str, dict[str, tuple[int, float, float]], list[str]]] = []
        sqlite_rates: list[float] = []
        port = free_port()
        server = start_server(source, port)
        try:
            found = latencies(port, terms, args.repeat)
            rates = [rate(port, terms, n, args.seconds) for n in args.clients]
            runs.append(("SQLite, 1 worker", found, [f"{r:,.0f}/s p95 {p:.1f}" for r, p in rates]))
            sqlite_rates = [r for r, _ in rates]
        finally:
            server.terminate()
            server.wait(timeout=30)
        trees = [("", ROOT, pg_url)]
        if args.before:
            before_url = before_copy(cluster, f"directory_{args.entities}", args.before)
            copies.append(before_url.rsplit("/", 1)[1])
            trees.append((f"before ({args.before}), ", args.before, before_url))
        pycache = Path(tempfile.mkdtemp(prefix="bench-search-pg-"))
        for workers in args.workers:
            # Every tree's portal up at once; the rates in rounds, tree after tree, so a
            # change of load (or the cluster's cache warming) hits each alike: the median.
            servers = []
            try:
                for label, root, db_url in trees:
                    port = free_port()
                    server = start_portal(db_url, port, workers, root, pycache if label else None)
                    servers.append((label, port, server))
                found_by = {port: latencies(port, terms, args.repeat) for _, port, _ in servers}
                rounds: dict[int, list[list[tuple[float, float]]]] = {p: [] for _, p, _ in servers}
                for _ in range(args.rounds):
                    for _, port, _ in servers:
                        rounds[port].append(
                            [rate(port, terms, n, args.seconds) for n in args.clients]
                        )
                for label, port, _ in servers:
                    each = [
                        sorted(one[i] for one in rounds[port]) for i in range(len(args.clients))
                    ]
                    rates = [ordered[len(ordered) // 2] for ordered in each]
                    runs.append(
                        (
                            f"{label}PostgreSQL, {workers} worker{'s' if workers > 1 else ''}",
                            found_by[port],
                            [
                                f"{r:,.0f}/s p95 {p:.1f} ({r / lite:.2f} x SQLite; worst of "
                                f"{len(ordered)} {ordered[0][0]:,.0f}/s)"
                                for (r, p), lite, ordered in zip(
                                    rates, sqlite_rates, each, strict=True
                                )
                            ],
                        )
                    )
            finally:
                for _, _, server in servers:
                    server.terminate()
                    server.wait(timeout=30)
    finally:
        if copies:
            with cluster.connect("postgres") as conn:
                for copy in copies:
                    conn.execute(f'DROP DATABASE IF EXISTS "{copy}"')
        cluster.stop()
    averages = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"\n{args.entities:,} entities, HTTP p50 / p95 (ms), one keep-alive client")
    print(f"load average (1, 5, 15 min) at the start: {started}; at the end: {averages}")
    print(f"| term | hits | {' | '.join(name for name, _, _ in runs)} |")
    print("|---|---:|" + "---:|" * len(runs))
    for label, _, _ in terms:
        hits = runs[0][1][label][0]
        cells = [f"{found[label][1]:.2f} / {found[label][2]:.2f}" for _, found, _ in runs]
        print(f"| {label} | {hits} | {' | '.join(cells)} |")
    print(f"\nsustained, all terms in rotation, clients {args.clients} (x SQLite: this run's)")
    for name, _, rates in runs:
        print(f"| {name} | {' | '.join(rates)} |")


if __name__ == "__main__":
    main()
