"""Build a SQLite portal database with one supplier account connected to 100,000 buyers and
1,000,000 invoices (with about 2.6 status events each) for the sync benchmark.

Rows are combined with a seeded `random.Random` and written with plain sqlite3 `executemany`
(secondary indexes dropped during the load and built after), in the formats SQLAlchemy
stores, so the real portal reads the file as its own. The file is cached under bench/data/
and reused unless --force. User `bench` / `bench-password`.

    .venv/bin/python -m bench.generate_invoices [--invoices 1000000] [--buyers 100000] [--force]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import create_engine

from portal.rules.auth import hash_password
from portal.search import install_search_index
from portal.store import models as m

DATA = Path(__file__).resolve().parent / "data"
DEFAULT_INVOICES = 1_000_000
DEFAULT_BUYERS = 100_000
BENCH_USER = ("bench", "bench-password")
BATCH = 50_000
START = datetime(2025, 11, 1, 8, 0)
# (final status, weight, path)
_PATHS: list[tuple[str, int, tuple[str, ...]]] = [
    ("paid", 45, ("received", "delivered", "approved", "scheduled", "paid")),
    ("scheduled", 7, ("received", "delivered", "approved", "scheduled")),
    ("approved", 9, ("received", "delivered", "approved")),
    ("delivered", 8, ("received", "delivered")),
    ("received", 5, ("received",)),
    ("on_hold", 5, ("received", "delivered", "on_hold")),
    ("exception", 5, ("received", "delivered", "exception")),
    ("rejected", 4, ("received", "delivered", "rejected")),
    ("failed", 7, ("failed",)),
    ("saved", 5, ("saved",)),
]
_CURRENCIES = ("PLN", "EUR", "GBP", "SEK", "USD", "CHF")


def db_path(invoices: int) -> Path:
    return DATA / f"invoices-{invoices}.sqlite"


def _ts(value: datetime) -> str:
    """SQLAlchemy's SQLite DateTime storage format."""
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


def _create_schema(path: Path) -> None:
    url = f"sqlite:///{path}"
    try:  # the portal's migrations when this tree has them (tables as the portal makes them)
        from portal.server import migrate_database

        migrate_database(url)
    except ImportError:
        engine = create_engine(url)
        m.Base.metadata.create_all(engine)
        engine.dispose()


def _secondary_indexes(conn: sqlite3.Connection, tables: tuple[str, ...]) -> list[str]:
    marks = ",".join("?" * len(tables))
    return [
        sql
        for (sql,) in conn.execute(
            f"SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            f" AND tbl_name IN ({marks})",
            tables,
        )
    ]


def generate(path: Path, invoices: int, buyers: int, seed: int = 20261129) -> None:
    rng = random.Random(seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    _create_schema(tmp)
    conn = sqlite3.connect(tmp, isolation_level=None)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -200000")
    tables = ("buyers", "relationships", "invoices", "invoice_events")
    indexes = _secondary_indexes(conn, tables)
    for sql in indexes:
        name = sql.split()[2] if sql.split()[1] != "UNIQUE" else sql.split()[3]
        conn.execute(f"DROP INDEX {name}")
    conn.execute("BEGIN")
    now = _ts(datetime(2026, 11, 1))
    account_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    user_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    version = 0

    def next_version() -> int:
        nonlocal version
        version += 1
        return version

    conn.execute(
        "INSERT INTO supplier_accounts (id, network_number, name, country, is_test, version)"
        " VALUES (?, ?, ?, ?, 0, ?)",
        (account_id, "BENCH0000001", "Bench Supplies Sp. z o.o.", "PL", next_version()),
    )
    conn.execute(
        "INSERT INTO users (id, username, display_name, password_hash) VALUES (?, ?, ?, ?)",
        (user_id, BENCH_USER[0], "Bench", hash_password(BENCH_USER[1])),
    )
    conn.execute(
        "INSERT INTO user_accounts (user_id, account_id) VALUES (?, ?)", (user_id, account_id)
    )
    buyer_ids = [str(uuid.UUID(int=rng.getrandbits(128), version=4)) for _ in range(buyers)]
    conn.executemany(
        "INSERT INTO buyers (id, name, name_folded, network_number, vat_number, vat_compact,"
        " country, group_id, is_test, shares_invoice_history, sandbox_resolution)"
        " VALUES (?, ?, ?, ?, NULL, NULL, ?, NULL, 0, 0, 'connected')",
        (
            (
                b,
                f"Bench Buyer {i:06d} Sp. z o.o.",
                f"bench buyer {i:06d} sp. z o.o.",
                f"BB{i:010d}",
                "PL",
            )
            for i, b in enumerate(buyer_ids)
        ),
    )
    conn.executemany(
        "INSERT INTO relationships (id, account_id, buyer_id, status, since, vendor_code,"
        " updated_at, version, deleted) VALUES (?, ?, ?, 'active', '2025-01-01', NULL, ?, ?, 0)",
        (
            (
                str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                account_id,
                b,
                now,
                next_version(),
            )
            for b in buyer_ids
        ),
    )
    statuses = [s for s, _w, _p in _PATHS]
    weights = [w for _s, w, _p in _PATHS]
    paths = {s: p for s, _w, p in _PATHS}
    invoice_sql = (
        "INSERT INTO invoices (id, account_id, buyer_id, number, po_number, transaction_id,"
        " issue_date, due_date, amount, currency, status, failure_code, failure_reason,"
        " updated_at, version, deleted) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)"
    )
    event_sql = "INSERT INTO invoice_events (invoice_id, at, status, note) VALUES (?, ?, ?, ?)"
    done = 0
    while done < invoices:
        n = min(BATCH, invoices - done)
        finals = rng.choices(statuses, weights, k=n)
        rows = []
        events = []
        for k in range(n):
            i = done + k
            invoice_id = f"{rng.getrandbits(128):032x}"
            final = finals[k]
            issued = START + timedelta(minutes=i * 525_600 // invoices)
            at = issued
            for status in paths[final]:
                at += timedelta(hours=rng.randrange(1, 200))
                events.append((invoice_id, _ts(at), status, None))
            rows.append(
                (
                    invoice_id,
                    account_id,
                    buyer_ids[rng.randrange(buyers)],
                    f"FV/{issued.year}/{i:07d}",
                    f"45{rng.randrange(10**7, 10**8)}" if rng.random() < 0.7 else None,
                    None if final == "saved" else f"TX-{rng.getrandbits(48):012X}",
                    issued.strftime("%Y-%m-%d"),
                    (issued + timedelta(days=30)).strftime("%Y-%m-%d"),
                    f"{rng.randrange(1000, 5_000_000) / 100:.2f}",
                    _CURRENCIES[rng.randrange(6)] if rng.random() < 0.3 else "PLN",
                    final,
                    "invalid_vat" if final == "failed" else None,
                    "The buyer's VAT number does not match." if final == "failed" else None,
                    _ts(at),
                    next_version(),
                )
            )
        conn.executemany(invoice_sql, rows)
        conn.executemany(event_sql, events)
        done += n
        print(f"  {done:,} invoices", end="\r", file=sys.stderr, flush=True)
    conn.execute("INSERT OR REPLACE INTO counters (name, value) VALUES ('version', ?)", (version,))
    conn.execute("COMMIT")
    print(file=sys.stderr)
    for sql in indexes:
        conn.execute(sql)
    conn.execute("ANALYZE")
    conn.close()
    engine = create_engine(f"sqlite:///{tmp}")
    install_search_index(engine)  # the directory index the portal builds at start otherwise
    engine.dispose()
    tmp.replace(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--invoices", type=int, default=DEFAULT_INVOICES)
    parser.add_argument("--buyers", type=int, default=DEFAULT_BUYERS)
    parser.add_argument("--force", action="store_true")
    args = parser.parse_args(argv)
    path = db_path(args.invoices)
    if path.exists() and not args.force:
        print(f"{path} exists (use --force to rebuild)")
        return 0
    started = time.perf_counter()
    generate(path, args.invoices, min(args.buyers, args.invoices))
    print(
        f"{path}: {args.invoices:,} invoices, {args.buyers:,} relationships in"
        f" {time.perf_counter() - started:.1f} s, {path.stat().st_size / 2**20:.0f} MiB"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
