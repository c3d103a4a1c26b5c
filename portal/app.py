"""The portal's FastAPI application."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import import_module

from fastapi import APIRouter, FastAPI
from fastapi.middleware.cors import CORSMiddleware

from portal.http import memory, openapi_doc
from portal.http.errors import (
    BodyLimitMiddleware,
    UnexpectedErrorMiddleware,
    install_error_handlers,
)
from portal.http.hygiene import SecurityHeadersMiddleware
from portal.http.text_edge import TextOnlyMiddleware
from portal.rules.throttle import ThrottlePolicy
from portal.store.db import Database
from portal.store.schema_head import migration_head as migration_head
from portal.store.schema_head import schema_at_head, upgrade
from wire.schemas import CHALLENGE_TTL_SECONDS, VERIFY_LOCK_SECONDS

RULES_PRELOAD_DELAY_S = 3.0  # `preload_rules`: how long after start-up the rule processes start
# The API's routers (`portal.http.api.<name>.router`), in the order the app serves them; the
# sandbox's own last, in the sandbox only.
ROUTER_MODULES = (
    "session",
    "me",
    "profiles",
    "sync",
    "attachments",
    "connection_requests",
    "directory",
    "verifications",
    "invoices",
    "directory_match",
)


def routers(*, sandbox: bool) -> list[APIRouter]:
    """The API's routers, imported on the first call (most of the portal's own import time):
    `supplier-portal` calls it early, while a new sandbox database is seeded aside."""
    names = ROUTER_MODULES + (("sandbox",) if sandbox else ())
    return [import_module(f"portal.http.api.{name}").router for name in names]


def create_app(
    db_url: str,
    *,
    sandbox: bool,
    ticket_delay: float = 60.0,
    invoice_delay: float = 30.0,
    challenge_ttl: float = CHALLENGE_TTL_SECONDS,
    verification_lock: float = VERIFY_LOCK_SECONDS,
    throttle: ThrottlePolicy | None = None,
    docs: bool | None = None,
    cors_origins: tuple[str, ...] = (),
    attachment_quota: int | None = None,
    sent_invoice_step: float = 20.0,
    preload_rules: bool = False,
) -> FastAPI:
    """The API v1 over the database at `db_url` (a SQLAlchemy URL or a SQLite file path).

    `invoice_delay`: seconds after a passed verification before the sandbox operator delivers
    the buyer's invoice data (without the sandbox, it is delivered at once).
    `challenge_ttl`: seconds a verification challenge can be answered; `verification_lock`:
    seconds a lock after too many wrong answers holds for that account and buyer.
    `throttle`: failed sign-in limits (default ThrottlePolicy()). `docs`: serve /docs and
    /redoc (default: in the sandbox only). `cors_origins`: browser origins allowed (none).
    `attachment_quota`: bytes of uploads one user may hold (default 100 MB).
    `sent_invoice_step`: seconds between the sandbox operator's steps of an invoice sent to
    the test customer (received -> delivered -> approved -> scheduled -> paid).
    `preload_rules`: start the rule processes (1.5-5 s each to compile) in the background,
    RULES_PRELOAD_DELAY_S after start-up (not while the first requests are answered), so the
    first POST /v1/invoices does not wait for them (`supplier-portal` does; tests don't).
    """
    from portal import search
    from portal.http.pg_read_pool import PgReadPool
    from portal.http.read_pool import ReadPool
    from portal.rules.verification import Timing
    from portal.sandbox.ticket_operator import SandboxOperator

    memory.return_freed_memory()
    db = Database(db_url)
    # Alembic only when the version table is not at the newest migration (`supplier-portal`
    # and the embedded sandbox migrated it just before).
    if db.is_sqlite:  # the embedded default migrates itself, as create_all did
        upgrade(db.engine)
        search.install_search_index(db.engine)
    elif not schema_at_head(db.engine):  # several workers: `supplier-portal migrate` ran once
        from portal.store import migrate

        migrate.check(db.engine)
    operator = (
        SandboxOperator(db, invoice_delay=invoice_delay, sent_invoice_step=sent_invoice_step)
        if sandbox
        else None
    )
    directory_pool = ReadPool.for_engine(db.engine) or PgReadPool.for_engine(db.engine)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        preload: threading.Timer | None = None
        if preload_rules:  # after the first answers: the rule processes compile on every core
            from portal.rules.invoice_intake import rule_pool

            preload = threading.Timer(RULES_PRELOAD_DELAY_S, rule_pool)
            preload.name, preload.daemon = "rules-preload", True
            preload.start()
        if operator is not None:
            operator.start()
        try:
            yield
        finally:
            if preload is not None:
                preload.cancel()
            if operator is not None:
                operator.stop()
            if directory_pool is not None:
                directory_pool.close()
            from einvoice.rule_server import close_shared_pool

            close_shared_pool()  # the rule processes end with the portal
            db.dispose()

    app = FastAPI(
        title="Supplier Desk network API",
        version="1.0",
        description="The e-invoicing network's API v1 (see DESIGN.md).",
        lifespan=lifespan,
        docs_url="/docs" if (sandbox if docs is None else docs) else None,
        redoc_url="/redoc" if (sandbox if docs is None else docs) else None,
    )
    app.state.db = db
    app.state.sandbox = sandbox
    app.state.ticket_delay = ticket_delay
    app.state.verification_timing = Timing(
        challenge_ttl=challenge_ttl,
        lock_period=verification_lock,
        invoice_delay=invoice_delay if sandbox else None,
        ticket_delay=ticket_delay,
    )
    app.state.operator = operator
    app.state.throttle = throttle or ThrottlePolicy()
    if attachment_quota is not None:
        app.state.attachment_quota = attachment_quota
    app.state.directory_pool = directory_pool
    install_error_handlers(app)
    app.add_middleware(TextOnlyMiddleware)  # inside the body limit: it reads what that let in
    app.add_middleware(BodyLimitMiddleware)
    if cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(cors_origins), allow_methods=["*"])
    app.add_middleware(UnexpectedErrorMiddleware)
    if operator is not None:
        from portal.http.operator_poke import OperatorPokeMiddleware

        app.add_middleware(OperatorPokeMiddleware, poke=operator.poke)
    app.add_middleware(SecurityHeadersMiddleware)
    for router in routers(sandbox=sandbox):
        app.include_router(router)
    openapi_doc.install(app)
    return app
