"""A desktop cache with 100,000 relationships and 1,000,000 invoices, for bench_invoice_gui.

The file is made by the app's own migrations (`desktop.cache.migrations.migrate`, schema 4),
then filled in bulk: secondary indexes dropped during the load and created again from the
migration's own SQL, invoices and events by `executemany`, the trigram index by the
cache's own `index_pending`, then ANALYZE. Seeded: the same file every time.

    .venv/bin/python -m bench.generate_invoice_cache [--invoices 1000000] [--relationships 100000]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import time
from datetime import date, timedelta
from pathlib import Path

from desktop.cache.invoices import STATUS_RANK, index_pending
from desktop.cache.migrations import migrate
from desktop.cache.relationship_keys import name_key, name_key_pl
from wire.text import fold

DATA = Path(__file__).resolve().parent / "data"
ACCOUNTS = (("acc-bench-1", "Adams Office Supplies"), ("acc-bench-2", "Adams Office Supplies (IT)"))
CURRENCIES = ("PLN", "EUR", "GBP", "USD", "SEK")
# Roughly what a big supplier's ledger looks like: most paid, a few failed or saved.
STATUS_WEIGHTS = {
    "received": 3,
    "delivered": 5,
    "on_hold": 2,
    "exception": 1,
    "approved": 6,
    "rejected": 1,
    "scheduled": 6,
    "paid": 70,
    "failed": 3,
    "saved": 3,
}
LIFE = ("received", "delivered", "approved", "scheduled", "paid")
WORDS = ("Nord", "Baltic", "Vistula", "Alpen", "Żółta", "Łódka", "Tech", "Logistics", "Hotel")
FORMS = ("Sp. z o.o.", "GmbH", "Ltd", "S.A.", "AB", "EOOD", "s.r.o.")


def cache_for(invoices: int) -> Path:
    return DATA / f"invoice-cache-{invoices}.sqlite"


def generate(path: Path, invoices: int, relationships: int, seed: int = 20261129) -> None:
    rng = random.Random(seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    migrate(path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-262144")
    indexes = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        "AND tbl_name IN ('invoices', 'buyers', 'relationships')"
    ).fetchall()
    conn.execute("BEGIN")
    for name, _sql in indexes:
        conn.execute(f"DROP INDEX {name}")
    conn.executemany(
        "INSERT INTO accounts (id, network_number, name, country, is_test) VALUES (?, ?, ?, 'PL', ?)",
        [(aid, f"AAA{n:09d}", name, n) for n, (aid, name) in enumerate(ACCOUNTS)],
    )
    buyers = []
    for n in range(relationships):
        name = f"{rng.choice(WORDS)} {rng.choice(WORDS)} {n} {rng.choice(FORMS)}"
        buyers.append((f"buyer-{n:06d}", name))
    conn.executemany(
        "INSERT INTO buyers (id, name, network_number, country, name_folded) VALUES (?, ?, ?, 'PL', ?)",
        [(bid, name, f"NN{n:010d}", fold(name)) for n, (bid, name) in enumerate(buyers)],
    )
    conn.executemany(
        "INSERT INTO relationships (id, status, since, account_id, buyer_id, updated_at, "
        "name_key, name_key_pl) "
        "VALUES (?, 'active', '2024-01-01', ?, ?, '2026-01-01 00:00:00.000000', ?, ?)",
        [
            (f"rel-{n:06d}", ACCOUNTS[n % 2][0], bid, name_key(name), name_key_pl(name))
            for n, (bid, name) in enumerate(buyers)
        ],
    )
    keys = {name: fold(name) for _bid, name in buyers}
    statuses = list(STATUS_WEIGHTS)
    weights = list(STATUS_WEIGHTS.values())
    today = date(2026, 11, 29)
    batch: list[tuple[object, ...]] = []
    events: list[tuple[object, ...]] = []
    insert = (
        "INSERT INTO invoices (id, account_id, buyer_id, buyer_name, buyer_key, number, "
        "po_number, transaction_id, issue_date, due_date, amount, amount_value, currency, status, "
        "status_rank, failure_code, failure_reason, updated_at, version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    )
    event_sql = "INSERT INTO invoice_events VALUES (?, ?, ?, ?, ?)"
    for n in range(invoices):
        # A few big buyers get many invoices, most get a handful.
        b = int(rng.paretovariate(1.2)) % relationships if n % 3 else rng.randrange(relationships)
        bid, bname = buyers[b]
        account = ACCOUNTS[b % 2][0]
        status = rng.choices(statuses, weights)[0]
        issued = today - timedelta(days=rng.randrange(3 * 365))
        due = issued + timedelta(days=rng.choice((14, 30, 30, 60)))
        cents = rng.randrange(1_000, 10_000_000)
        amount = f"{cents // 100}.{cents % 100:02d}"
        prefix = "FV/2026/" if account == ACCOUNTS[1][0] else "AOS-"
        number = f"{prefix}{n:07d}"
        po = f"45{rng.randrange(10**8):08d}" if rng.random() < 0.8 else None
        tx = None if status == "saved" else f"TX-{rng.getrandbits(48):012X}"
        invoice_id = f"inv-{n:08d}"
        failed = status == "failed"
        at = f"{issued.isoformat()}T09:30:00"
        batch.append(
            (
                invoice_id,
                account,
                bid,
                bname,
                keys[bname],
                number,
                po,
                tx,
                issued.isoformat(),
                due.isoformat(),
                amount,
                cents / 100,
                rng.choice(CURRENCIES),
                status,
                STATUS_RANK[status],
                "invalid_vat" if failed else None,
                "The buyer's VAT number does not match the network's records." if failed else None,
                at,
                n + 1,
            )
        )
        steps = LIFE[: LIFE.index(status) + 1] if status in LIFE else ("received", status)
        if status in ("failed", "saved"):
            steps = (status,)
        for position, step in enumerate(steps):
            events.append(
                (invoice_id, position, f"{issued.isoformat()}T{9 + position:02d}:30:00", step, None)
            )
        if len(batch) >= 50_000:
            conn.executemany(insert, batch)
            conn.executemany(event_sql, events)
            batch, events = [], []
    conn.executemany(insert, batch)
    conn.executemany(event_sql, events)
    conn.execute(
        "INSERT INTO meta (key, value) VALUES ('last_synced_at', '2026-11-29T05:00:00+00:00')"
    )
    conn.execute("COMMIT")
    loaded = time.perf_counter()
    print(f"rows: {time.perf_counter() - started:.1f}s", flush=True)
    for _name, sql in indexes:
        conn.execute(sql)
    print(f"indexes: {time.perf_counter() - loaded:.1f}s", flush=True)
    indexed = time.perf_counter()
    conn.execute("BEGIN")
    index_pending(conn, invoices + 1)
    conn.execute("INSERT INTO invoice_fts (invoice_fts) VALUES ('optimize')")
    conn.execute("COMMIT")
    print(f"trigram index: {time.perf_counter() - indexed:.1f}s", flush=True)
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    size = path.stat().st_size / 2**20
    print(
        f"{path.name}: {invoices:,} invoices, {relationships:,} relationships, {size:,.0f} MiB, "
        f"{time.perf_counter() - started:.0f}s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--invoices", type=int, default=1_000_000)
    parser.add_argument("--relationships", type=int, default=100_000)
    args = parser.parse_args()
    generate(cache_for(args.invoices), args.invoices, args.relationships)


if __name__ == "__main__":
    main()
