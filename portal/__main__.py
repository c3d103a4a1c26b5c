"""supplier-portal [migrate] [--sandbox] [--host 127.0.0.1] [--port 8080] [--db URL|PATH]
[--workers N] [--ticket-delay S] [--invoice-delay S] [--forwarded-allow-ips ADDRESSES]"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any

DEFAULT_DB = "supplier-portal.db"
STARTUP_FAILURE = 3  # uvicorn's own exit status when the server could not start


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="supplier-portal", description="The network portal.")
    parser.add_argument(
        "command",
        nargs="?",
        choices=("serve", "migrate"),
        default="serve",
        help="serve (default) or migrate: bring the database to this portal's schema and exit",
    )
    parser.add_argument("--sandbox", action="store_true", help="seed demo data, run the operator")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument(
        "--db", default=None, help="SQLAlchemy URL or SQLite file path (env SUPPLIER_PORTAL_DB)"
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        help="worker processes (PostgreSQL; a SQLite file is served by one)",
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
    parser.add_argument(
        "--docs",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="serve /docs and /redoc (default: in the sandbox only)",
    )
    parser.add_argument(
        "--forwarded-allow-ips",
        default=None,
        metavar="ADDRESSES",
        help="comma-separated addresses (or networks) of the reverse proxies whose "
        "X-Forwarded-For and X-Forwarded-Proto to trust; default: none, the peer's address is "
        "the client's (env SUPPLIER_PORTAL_FORWARDED_ALLOW_IPS)",
    )
    parser.add_argument("--generated-buyers", type=int, default=3000, help=argparse.SUPPRESS)
    parser.add_argument("--attachment-quota", type=int, default=None, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def _fail(message: str) -> int:
    print(f"supplier-portal: {message}", file=sys.stderr)
    return 1


def _prepare(args: argparse.Namespace, db_url: str, seeding: list[Any]) -> int:
    """Migrate (migrate, sandbox) or check the schema (live); 0, or 1 after one clear line.
    The sandbox's first stage is seeded here; `seeding` gets the thread for the rest."""
    from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

    from portal.store.db import Database
    from portal.store.schema_head import schema_at_head

    # Alembic (portal.store.migrate) is imported only when the schema is not at the newest migration.

    try:
        if args.command == "migrate":
            from portal.server import migrate_database

            changed = migrate_database(db_url)
            print("Migrated the database." if changed else "The database is up to date.")
        elif args.sandbox:
            from portal.sandbox.seeding import start_seeding

            _report("Sandbox: preparing the database.")
            # What a client needs first (users, accounts, invoices) now, the directory's
            # generated buyers while the portal answers.
            seeding.append(start_seeding(db_url, args.generated_buyers, _report))
            _report("Sandbox: users elise and oskar, password 'sandbox'.")
        else:
            db = Database(db_url)
            try:
                if db.is_sqlite:
                    from portal.server import migrate_database

                    migrate_database(db_url)
                elif not schema_at_head(db.engine):
                    from portal.store.migrate import check

                    check(db.engine)
            finally:
                db.dispose()
    except RuntimeError as exc:
        from portal.store.migrate import SchemaError

        if not isinstance(exc, SchemaError):
            raise
        return _fail(str(exc))
    except (ArgumentError, NoSuchModuleError) as exc:
        return _fail(f"the database URL is not valid: {exc}")
    except DBAPIError as exc:
        return _fail(f"cannot use the database: {_first_line(exc.orig or exc)}")
    return 0


def _prepare_aside(args: argparse.Namespace, db_url: str) -> Callable[[], int] | None:
    """A new sandbox SQLite file's first stages (migrating, the users, the invoices; `_prepare`)
    in a forked process, on the other core while this one imports the web stack (FastAPI, the
    API's models: about as long); `wait()` -> its exit status, the rest seeded as `_prepare`
    leaves it. None (seed here) elsewhere: not on Linux, a database that exists, several workers,
    a process with threads (a fork copies none of them, nor what they hold)."""
    if not (sys.platform == "linux" and args.command == "serve" and args.sandbox):
        return None
    if args.workers != 1 or not db_url.startswith("sqlite:///") or threading.active_count() > 1:
        return None
    path = db_url.removeprefix("sqlite:///")
    if not path or path == ":memory:" or os.path.exists(path):
        return None
    import portal.sandbox.seeding  # noqa: F401  what both sides need, imported once
    from portal.sandbox.forked import run_forked

    wait = run_forked(lambda: _prepare(args, db_url, []))

    def waited() -> int:
        status = wait()
        return _fail(f"seeding ended by signal {-status}.") if status < 0 else status

    return waited


def _start_seeding(seeding: list[Any]) -> None:
    """The sandbox's later stages, in a thread while the portal answers."""
    for thread in seeding:
        if thread is not None:
            thread.start()


def _seed_when_up(server: Any, seeding: list[Any]) -> None:
    """`_start_seeding` once `server` (a uvicorn.Server) listens; nothing if it never does."""
    while not server.started:
        if server.should_exit:
            return
        time.sleep(0.02)
    _start_seeding(seeding)


def _report(line: str) -> None:
    print(line, flush=True)


def _first_line(exc: BaseException) -> str:
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return lines[0] if lines else type(exc).__name__


def _collect_after_start_up() -> None:
    """The cycle collector back on, with everything the start-up made (modules, classes, the
    app and its routes: all live as long as the process) out of its sight (`gc.freeze`)."""
    gc.freeze()
    gc.enable()


def main(argv: Sequence[str] | None = None) -> int:
    # No cycle collection while the web stack imports and the app is built: the imports make
    # few cycles and many objects, and each full collection reads them all again (0.1-0.2 s
    # of the 1.2-1.5 s to the first answer). `_collect_after_start_up` turns it on again.
    gc.disable()
    try:
        return _main(argv)
    finally:
        gc.enable()


def _main(argv: Sequence[str] | None) -> int:
    from portal.store.db import normalize_db_url

    args = parse_args(argv)
    db_url = normalize_db_url(args.db or os.environ.get("SUPPLIER_PORTAL_DB") or DEFAULT_DB)
    if args.workers < 1:
        return _fail("--workers must be 1 or more.")
    if args.workers > 1 and db_url.startswith("sqlite"):
        return _fail("several workers need PostgreSQL (--db postgresql+psycopg://...).")
    seeding: list[Any] = []
    aside = _prepare_aside(args, db_url)
    # The web stack, while a new sandbox database is seeded aside.
    import uvicorn

    from portal.http.access_log import log_config
    from portal.http.slow_clients import guarded_protocol, guarded_protocol_path
    from portal.sandbox.seeding import SeedingThread
    from portal.server import proxy_settings, uvicorn_speedups
    from portal.workers import app_from_env, set_config

    if aside is None:
        status = _prepare(args, db_url, seeding)
    else:
        from portal.app import routers

        routers(sandbox=args.sandbox)  # imported while the database is seeded aside
        status = aside()
        if not status:  # the directory's generated buyers: below, once the portal answers
            seeding.append(SeedingThread(db_url, args.generated_buyers, _report))
    if status or args.command == "migrate":
        return status
    set_config(
        db_url,
        sandbox=args.sandbox,
        ticket_delay=args.ticket_delay,
        invoice_delay=args.invoice_delay,
        docs=args.docs,
        attachment_quota=args.attachment_quota,
        workers=args.workers,
    )
    print(
        f"Supplier portal on http://{args.host}:{args.port} ({'sandbox' if args.sandbox else 'live'},"
        f" {args.workers} worker{'s' if args.workers > 1 else ''})"
    )
    loop, http = uvicorn_speedups()
    print(f"Event loop {loop}, HTTP parser {http}", flush=True)
    common: dict[str, Any] = {
        "host": args.host,
        "port": args.port,
        "loop": loop,
        "server_header": False,
        "timeout_keep_alive": 5,
        "log_config": log_config(),  # tokens in a URL never reach the access log
    }
    common["proxy_headers"], common["forwarded_allow_ips"] = proxy_settings(
        args.forwarded_allow_ips or os.environ.get("SUPPLIER_PORTAL_FORWARDED_ALLOW_IPS")
    )
    if args.workers == 1:
        server = uvicorn.Server(
            uvicorn.Config(app_from_env(), http=guarded_protocol(http), **common)
        )
        _collect_after_start_up()
        # The directory's generated buyers once the portal answers (Faker's import and the
        # generation would hold the GIL while it starts).
        threading.Thread(
            target=_seed_when_up, args=(server, seeding), name="seed-when-up", daemon=True
        ).start()
        server.run()
        if not server.started:
            return STARTUP_FAILURE  # uvicorn said why (the port is taken, ...)
    else:  # uvicorn's worker processes: the app and the guarded protocol by import string
        _collect_after_start_up()
        _start_seeding(seeding)
        uvicorn.run(
            "portal.workers:app_from_env",
            factory=True,
            workers=args.workers,
            http=guarded_protocol_path(http),
            **common,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
