"""`supplier-portal --workers N`: each uvicorn worker process builds its app from the environment
the parent set (uvicorn starts workers from an import string, not from an app object)."""

from __future__ import annotations

import json
import os

from fastapi import FastAPI

ENV = "SUPPLIER_PORTAL_WORKER_CONFIG"
RULE_PROCESSES_ENV = "SUPPLIER_PORTAL_RULE_PROCESSES"
# "0": the rule processes start with the first invoice checked, not RULES_PRELOAD_DELAY_S
# after start-up (a portal that takes no invoice, as most of the test suite's).
PRELOAD_ENV = "SUPPLIER_PORTAL_PRELOAD_RULES"


def set_config(
    db_url: str,
    *,
    sandbox: bool,
    ticket_delay: float,
    invoice_delay: float,
    docs: bool | None = None,
    attachment_quota: int | None = None,
    workers: int = 1,
) -> None:
    """The workers' app settings, for the worker processes to read; and, unless set, each
    worker's share of the cores as its number of rule processes (2 workers on 2 cores: one
    each, not two each compiling the rules at once)."""
    os.environ.setdefault(RULE_PROCESSES_ENV, str(max(1, (os.cpu_count() or 2) // workers)))
    os.environ[ENV] = json.dumps(
        {
            "db_url": db_url,
            "sandbox": sandbox,
            "ticket_delay": ticket_delay,
            "invoice_delay": invoice_delay,
            "docs": docs,
            "attachment_quota": attachment_quota,
        }
    )


def app_from_env() -> FastAPI:
    """The app of one worker (uvicorn's `factory=True`)."""
    from portal.app import create_app

    config = json.loads(os.environ[ENV])
    return create_app(
        config["db_url"],
        sandbox=config["sandbox"],
        ticket_delay=config["ticket_delay"],
        invoice_delay=config["invoice_delay"],
        docs=config.get("docs"),
        attachment_quota=config.get("attachment_quota"),
        preload_rules=os.environ.get(PRELOAD_ENV, "1") != "0",
    )
