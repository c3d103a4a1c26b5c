"""Run the portal in a thread of this process (the desktop's embedded sandbox, and tests)."""

from __future__ import annotations

import socket
import threading
import time
from http.client import HTTPConnection, HTTPException
from importlib.util import find_spec
from typing import Any

import uvicorn

from portal.app import create_app
from portal.http.slow_clients import HEADER_TIMEOUT, guarded_protocol
from portal.rules.throttle import ThrottlePolicy
from portal.sandbox.seeding import SeedingThread
from portal.sandbox.seeding import ensure_seeded as ensure_seeded
from portal.sandbox.seeding import start_seeding as start_seeding
from portal.store.db import Database, normalize_db_url
from portal.store.schema_head import upgrade as upgrade
from wire.schemas import CHALLENGE_TTL_SECONDS, VERIFY_LOCK_SECONDS

HOST = "127.0.0.1"


def __getattr__(name: str) -> Any:
    # `StaleSchema`: the database was made by an older portal than the first migration, tables
    # or columns are missing (the desktop's embedded sandbox then moves the file aside). It is
    # portal.store.migrate's SchemaUnknown, looked up when wanted: Alembic is imported only to migrate.
    if name == "StaleSchema":
        from portal.store.migrate import SchemaUnknown

        return SchemaUnknown
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
