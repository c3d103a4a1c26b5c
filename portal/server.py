"""Run the portal in a thread of this process (the desktop's embedded sandbox, and tests)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from http.client import HTTPConnection, HTTPException
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, Any

import uvicorn
from sqlalchemy import Engine, inspect

from portal.app import create_app, schema_at_head
from portal.http.slow_clients import HEADER_TIMEOUT, guarded_protocol
from portal.rules.throttle import ThrottlePolicy
from portal.store.db import Database, normalize_db_url
from portal.store.models import Base
from wire.schemas import CHALLENGE_TTL_SECONDS, VERIFY_LOCK_SECONDS

if TYPE_CHECKING:
    from portal.sandbox.seeding import SeedingThread

HOST = "127.0.0.1"


def __getattr__(name: str) -> Any:
    # `StaleSchema`: the database was made by an older portal than the first migration, tables
    # or columns are missing (the desktop's embedded sandbox then moves the file aside). It is
    # portal.store.migrate's SchemaUnknown, looked up when wanted: Alembic is imported only to migrate.
    if name == "StaleSchema":
        from portal.store.migrate import SchemaUnknown

        return SchemaUnknown
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def upgrade(engine: Engine) -> bool:
    """portal.store.migrate's `upgrade` (True when something changed), Alembic imported only when the
    version table is not at the newest migration."""
    if schema_at_head(engine):
        return False
    from portal.store.migrate import upgrade as migrate

    return migrate(engine)


def missing_schema(engine: Engine) -> list[str]:
    """`table` or `table.column` names the tables of this portal need and the database lacks."""
    found = inspect(engine)
    tables = set(found.get_table_names())
    missing: list[str] = []
    for table in Base.metadata.sorted_tables:
        if table.name not in tables:
            missing.append(table.name)
            continue
        columns = {c["name"] for c in found.get_columns(table.name)}
        missing += [f"{table.name}.{c.name}" for c in table.columns if c.name not in columns]
    return missing


def uvicorn_speedups() -> tuple[str, str]:
    """(loop, http) for uvicorn: uvloop and httptools when installed, else asyncio and h11.

    uvloop is not available on Windows; both are dependencies elsewhere.
    """
    loop = "uvloop" if find_spec("uvloop") else "asyncio"
    http = "httptools" if find_spec("httptools") else "h11"
    return loop, http


def proxy_settings(forwarded_allow_ips: str | None) -> tuple[bool, str]:
    """uvicorn's (proxy_headers, forwarded_allow_ips): X-Forwarded-For is trusted only from
    the proxies the operator names. Off by default (uvicorn's own default trusts 127.0.0.1, so
    any local client could name its own address)."""
    parts = (part.strip() for part in (forwarded_allow_ips or "").split(","))
    trusted = ",".join(part for part in parts if part)
    return bool(trusted), trusted


def _quiet(_line: str) -> None:
    pass


def _migrate_sandbox(db: Database) -> None:
    """Migrate and check the schema, then the search index (before the seed: its triggers
    index every seeded buyer, and a search answers from the first seeded row on)."""
    from portal import search

    upgrade(db.engine)
    missing = missing_schema(db.engine)  # tables dropped behind the migrations' back
    if missing:
        from portal.store.migrate import SchemaUnknown

        raise SchemaUnknown(f"The database lacks {', '.join(missing[:5])}.")
    search.install_search_index(db.engine)


def ensure_seeded(
    db_url: str, generated_buyers: int, report: Callable[[str], None] = _quiet
) -> bool:
    """Migrate the database and seed the sandbox stages not seeded yet; True when any ran.

    A database from before migrations is stamped and upgraded in place; StaleSchema when it
    holds an older portal's tables than the first migration: sandbox data is demo data, the
    caller can start afresh. `SchemaTooNew` when a newer portal migrated it.
    """
    from portal.sandbox.demo import STAGES
    from portal.sandbox.seeding import run_stage

    db = Database(db_url)
    try:
        _migrate_sandbox(db)
        ran = False
        for stage in range(len(STAGES)):
            ran = run_stage(db, stage, generated_buyers, report) or ran
        return ran
    finally:
        db.dispose()


def start_seeding(
    db_url: str, generated_buyers: int, report: Callable[[str], None] = _quiet
) -> SeedingThread | None:
    """`ensure_seeded` with the stages a client needs first (the users, their accounts, buyers
    and invoices) seeded here and the directory's generated buyers in a thread, returned to be
    started once the app is built (its start-up writes to the database too); None when nothing
    is left to seed."""
    from portal.sandbox.demo import PASSWORD_HASH, STAGES
    from portal.sandbox.seeding import SeedingThread, run_stage, stages_done

    db = Database(db_url)
    path = db.engine.url.database if db.is_sqlite else None
    if not path or not Path(path).exists():  # a new database: its users will need the hash
        threading.Thread(target=PASSWORD_HASH.get, name="sandbox-password", daemon=True).start()
    try:
        _migrate_sandbox(db)
        for stage in range(len(STAGES) - 1):
            run_stage(db, stage, generated_buyers, report)
        with db.session() as session:
            done = stages_done(session)
    finally:
        db.dispose()
    if done >= len(STAGES):
        return None
    return SeedingThread(db_url, generated_buyers, report)


def migrate_database(db_url: str) -> bool:
    """`supplier-portal migrate`: bring the database to this portal's schema (and search index)."""
    from portal import search

    db = Database(db_url)
    try:
        changed = upgrade(db.engine)
        search.install_search_index(db.engine)
        return changed
    finally:
        db.dispose()


def _answers(port: int) -> bool:
    """Any HTTP answer means the portal is up: a 404 for a path no route serves (nothing is
    built for it, unlike /openapi.json, whose document is built on its first request)."""
    conn = HTTPConnection(HOST, port, timeout=1)
    try:
        conn.request("GET", "/up")
        conn.getresponse().read()
        return True
    except (OSError, HTTPException):  # refused, reset, timed out, half an answer
        return False
    finally:
        conn.close()


def free_port(host: str = HOST) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


class PortalServer:
    """`start()` -> base URL; `stop()` shuts uvicorn down and joins its thread."""

    def __init__(
        self,
        db_url: str,
        *,
        sandbox: bool = True,
        port: int = 0,
        ticket_delay: float = 60.0,
        generated_buyers: int = 3000,
        seed: bool | None = None,
        invoice_delay: float = 30.0,
        challenge_ttl: float = CHALLENGE_TTL_SECONDS,
        verification_lock: float = VERIFY_LOCK_SECONDS,
        throttle: ThrottlePolicy | None = None,
        docs: bool | None = None,
        header_timeout: float = HEADER_TIMEOUT,
        attachment_quota: int | None = None,
        forwarded_allow_ips: str | None = None,
        sent_invoice_step: float = 20.0,
        background_seed: bool = False,
    ) -> None:
        self.db_url = normalize_db_url(db_url)
        self.sandbox = sandbox
        self.port = port
        self.ticket_delay = ticket_delay
        self.invoice_delay = invoice_delay
        self.challenge_ttl = challenge_ttl
        self.verification_lock = verification_lock
        self.throttle = throttle
        self.docs = docs
        self.header_timeout = header_timeout
        self.attachment_quota = attachment_quota
        self.forwarded_allow_ips = forwarded_allow_ips
        self.sent_invoice_step = sent_invoice_step
        self.generated_buyers = generated_buyers
        # Seed the sandbox data into an empty database (default: when sandbox=True).
        self.seed = sandbox if seed is None else seed
        # Answer once the demo users, accounts and invoices are seeded, the directory's generated
        # buyers following in a thread (`seeding`), as `supplier-portal --sandbox` does; else all
        # before answering.
        self.background_seed = background_seed
        self.seeding: SeedingThread | None = None
        self.base_url = ""
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    def start(self, timeout: float = 20.0) -> str:
        if self.seed and self.background_seed:
            self.seeding = start_seeding(self.db_url, self.generated_buyers)
        elif self.seed:
            ensure_seeded(self.db_url, self.generated_buyers)
        else:
            migrate_database(self.db_url)
        port = self.port or free_port()
        app = create_app(
            self.db_url,
            sandbox=self.sandbox,
            ticket_delay=self.ticket_delay,
            invoice_delay=self.invoice_delay,
            challenge_ttl=self.challenge_ttl,
            verification_lock=self.verification_lock,
            throttle=self.throttle,
            docs=self.docs,
            attachment_quota=self.attachment_quota,
            sent_invoice_step=self.sent_invoice_step,
        )
        loop, http = uvicorn_speedups()
        proxy_headers, trusted_proxies = proxy_settings(self.forwarded_allow_ips)
        config = uvicorn.Config(
            app,
            host=HOST,
            port=port,
            log_level="warning",
            access_log=False,
            lifespan="on",
            loop=loop,
            http=guarded_protocol(http, self.header_timeout),
            server_header=False,
            timeout_keep_alive=5,
            proxy_headers=proxy_headers,
            forwarded_allow_ips=trusted_proxies,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name=f"portal-{port}", daemon=True)
        self._thread.start()
        if self.seeding is not None:
            self.seeding.start()
        self.base_url = f"http://{HOST}:{port}"
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self._thread.is_alive():
                raise RuntimeError(f"the portal did not start on {self.base_url}")
            if _answers(port):
                return self.base_url
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"the portal did not answer on {self.base_url}")

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._server = None
        self._thread = None
        if self.seeding is not None:
            if self.seeding.is_alive():
                self.seeding.join(timeout=60)  # its own connections closed when it ends
            self.seeding = None

    def __enter__(self) -> PortalServer:
        self.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()
