"""Bulk matching benchmark: 5,000 spreadsheet rows matched by the real portal over HTTP on
127.0.0.1 against the big directory, beside a baseline of the same rows as single
directory searches (what a client without `/v1/directory/match` would do).

    .venv/bin/python -m bench.bench_match [--entities 2200000] [--rows 5000]

Rows, from the directory itself (seeded): a third by network number, a third by VAT number
(half bare, found through the VAT index; half with a country prefix, which the benchmark's
random digits fail stdnum's check for most countries, so those fall back to the name), a
third by name only (upper case, a legal form added, one in five with a typo, the country
given), and one row in fifty a name found nowhere.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import time
from collections import Counter
from urllib.parse import urlencode

from bench.bench_search import Client, start_server
from bench.generate_directory import DEFAULT_ENTITIES, database_for
from portal.server import free_port
from wire.schemas import MATCH_ROWS_MAX

FORMS = ["Sp. z o.o.", "GmbH", "Ltd", "S.A.", "AB", "B.V.", ""]


def make_rows(db: sqlite3.Connection, count: int, seed: int = 13) -> list[dict[str, str]]:
    rng = random.Random(seed)
    top = db.execute("SELECT max(rowid) FROM buyers").fetchone()[0]
    rows: list[dict[str, str]] = []
    while len(rows) < count:
        i = len(rows)
        if i % 50 == 49:
            rows.append({"ref": str(i), "name": f"Qxjzvw Nowhere {i} Ltd", "country": "DE"})
            continue
        found = db.execute(
            "SELECT name, network_number, vat_number, vat_compact, country FROM buyers WHERE rowid = ?",
            (rng.randint(1, top),),
        ).fetchone()
        if found is None:
            continue
        name, number, vat, bare, country = found
        kind = i % 3
        if kind == 0:
            rows.append({"ref": str(i), "network_number": number.lower(), "name": name})
        elif kind == 1:
            typed = bare if i % 2 else vat
            rows.append({"ref": str(i), "vat_number": typed, "name": name})
        else:
            typed = name.upper() + " " + rng.choice(FORMS)
            if rng.random() < 0.2:
                k = rng.randrange(1, len(name) - 1)
                typed = name[:k] + name[k + 1 :]
            rows.append({"ref": str(i), "name": typed.strip(), "country": country})
    return rows


def post(client: Client, path: str, body: object) -> tuple[int, bytes]:
    data = json.dumps(body)
    headers = {**client.headers, "Content-Type": "application/json"}
    client.conn.request("POST", path, data, headers)
    response = client.conn.getresponse()
    return response.status, response.read()


def run_match(
    client: Client, rows: list[dict[str, str]]
) -> tuple[float, list[float], Counter[str]]:
    states: Counter[str] = Counter()
    calls: list[float] = []
    started = time.perf_counter()
    for start in range(0, len(rows), MATCH_ROWS_MAX):
        t = time.perf_counter()
        status, data = post(
            client, "/v1/directory/match", {"rows": rows[start : start + MATCH_ROWS_MAX]}
        )
        calls.append(time.perf_counter() - t)
        assert status == 200, data[:300]
        states.update(r["state"] for r in json.loads(data)["results"])
    return time.perf_counter() - started, calls, states


def run_baseline(client: Client, rows: list[dict[str, str]]) -> float:
    """One `GET /v1/directory` per row with its most telling text (the number, else the name)."""
    started = time.perf_counter()
    for row in rows:
        q = row.get("network_number") or row.get("vat_number") or row["name"]
        params = {"q": q[:100], "limit": 5}
        if row.get("country"):
            params["country"] = row["country"]
        status, data = client.get("/v1/directory?" + urlencode(params))
        assert status == 200, data[:300]
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entities", type=int, default=DEFAULT_ENTITIES)
    parser.add_argument("--rows", type=int, default=5000)
    args = parser.parse_args()
    path = database_for(args.entities)
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        rows = make_rows(db, args.rows)
    port = free_port()
    server = start_server(path, port)
    try:
        client = Client(port)
        client.headers = {"Authorization": f"Bearer {client.sign_in()}"}
        run_match(client, rows[:MATCH_ROWS_MAX])  # warm the page cache once
        took, calls, states = run_match(client, rows)
        baseline = run_baseline(client, rows)
    finally:
        server.terminate()
        server.wait(30)
    print(f"{args.entities:,} entities, {len(rows):,} rows, {len(calls)} calls of {MATCH_ROWS_MAX}")
    print("| run | total | per row | per call p50 / max |")
    print("|---|---:|---:|---:|")
    print(
        f"| POST /v1/directory/match | {took:.2f} s | {took / len(rows) * 1000:.2f} ms "
        f"| {statistics.median(calls) * 1000:.0f} / {max(calls) * 1000:.0f} ms |"
    )
    print(
        f"| baseline: one GET /v1/directory per row | {baseline:.2f} s | {baseline / len(rows) * 1000:.2f} ms | - |"
    )
    print("states: " + ", ".join(f"{k} {v}" for k, v in sorted(states.items())))


if __name__ == "__main__":
    main()
