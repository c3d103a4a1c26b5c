"""supplier-portal [--sandbox] [--host 127.0.0.1] [--port 8080] [--db URL|PATH] [--ticket-delay S]
[--invoice-delay S]"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence

DEFAULT_DB = "supplier-portal.db"


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="supplier-portal", description="The network portal.")
    parser.add_argument("--sandbox", action="store_true", help="seed demo data, run the operator")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument(
        "--db", default=None, help="SQLAlchemy URL or SQLite file path (env SUPPLIER_PORTAL_DB)"
    )
    parser.add_argument(
        "--ticket-delay",
        type=float,
        default=60.0,
        help="seconds before the sandbox operator resolves a ticket",
    )
    parser.add_argument(
        "--invoice-delay",
        type=float,
        default=30.0,
        help="seconds after a passed verification before the sandbox delivers the buyer's invoices",
    )
    parser.add_argument("--generated-buyers", type=int, default=3000, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    import uvicorn

    from portal.app import create_app
    from portal.db import normalize_db_url
    from portal.server import ensure_seeded, uvicorn_speedups

    args = parse_args(argv)
    db_url = normalize_db_url(args.db or os.environ.get("SUPPLIER_PORTAL_DB") or DEFAULT_DB)
    if args.sandbox and ensure_seeded(db_url, args.generated_buyers):
        print("Seeded the sandbox network (users elise and oskar, password 'sandbox').")
    app = create_app(
        db_url,
        sandbox=args.sandbox,
        ticket_delay=args.ticket_delay,
        invoice_delay=args.invoice_delay,
    )
    print(
        f"Supplier portal on http://{args.host}:{args.port} ({'sandbox' if args.sandbox else 'live'})"
    )
    loop, http = uvicorn_speedups()
    print(f"Event loop {loop}, HTTP parser {http}")
    uvicorn.run(app, host=args.host, port=args.port, log_level="info", loop=loop, http=http)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
