"""The sandbox operator: a thread that resolves support tickets once they are due (a buyer a
ticket connects gets its invoice history, delivered after the invoice delay), delivers
the invoice data of passed verifications once it is due, and moves a few invoices a minute one
step along their path (env SUPPLIER_PORTAL_INVOICE_MOVES: moves per minute, default 3; 0 stops
them, as the tests do: they move invoices with POST /v1/sandbox/invoices/advance)."""

from __future__ import annotations

import logging
import os
import threading
import time
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from portal.clock import utcnow
from portal.rules.workflows import (
    deliver_due_invoice_loads,
    lock_requests,
    lock_tickets,
    resolve_ticket,
    schedule_invoice_load,
    start_ticket,
)
from portal.sandbox.invoice_flow import advance_invoices, seed_connected_buyer
from portal.sandbox.operator_lease import OperatorLease
from portal.sandbox.sent_invoices import advance_sent_test_invoices, any_due
from portal.store import models as m
from portal.store.db import Database

log = logging.getLogger("portal.operator")

MOVES_ENV = "SUPPLIER_PORTAL_INVOICE_MOVES"


def deliver_connected_invoices(
    session: Session, account_id: str, buyer: m.Buyer, delay: float | None
) -> int:
    """A ticket connected the buyer: its invoice history with the account (seeded when it has
    none) arrives after `delay` seconds, as a passed verification's does. The caller commits."""
    seeded = seed_connected_buyer(session, account_id, buyer, utcnow())
    schedule_invoice_load(session, account_id, buyer.id, delay)
    return seeded


def invoice_moves_per_minute() -> float:
    raw = os.environ.get(MOVES_ENV, "3")
    try:
        return max(0.0, float(raw))
    except ValueError:
        return 3.0


class SandboxOperator:
    """Every `interval` seconds: due tickets -> resolved as their buyer is seeded to behave."""

    def __init__(
        self,
        db: Database,
        interval: float = 0.5,
        invoice_moves: float | None = None,
        invoice_delay: float = 30.0,
        sent_invoice_step: float = 20.0,
    ) -> None:
        """`invoice_delay`: seconds after a ticket connects a buyer before its invoices are
        delivered (as after a passed verification). `sent_invoice_step`: seconds between the
        steps of an invoice sent to the test customer (received ... paid)."""
        self._db = db
        self._invoice_delay = invoice_delay
        self._sent_step = timedelta(seconds=sent_invoice_step)
        self._interval = interval
        moves = invoice_moves_per_minute() if invoice_moves is None else invoice_moves
        self._move_every = 60.0 / moves if moves > 0 else None
        self._next_move = time.monotonic() + (self._move_every or 0.0)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="sandbox-operator", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def _run(self) -> None:
        lease = OperatorLease(self._db)  # one operator across worker processes
        try:
            while not self._stop.wait(self._interval):
                if not lease.held():
                    continue
                try:
                    self.tick()
                except OperationalError as exc:  # a busy database: try again next round
                    log.warning("sandbox operator skipped a round: %s", type(exc).__name__)
                except Exception:
                    log.exception("sandbox operator failed a round")
        finally:
            lease.release()

    def tick(self) -> int:
        """One round; returns how many tickets were resolved."""
        self.deliver_invoices()
        self.move_invoices()
        self.move_sent_invoices()
        return self.resolve_tickets()

    def move_sent_invoices(self) -> int:
        """Invoices sent to the test customer, each a step on when its time has come."""
        now = utcnow()
        with self._db.session() as probe:
            if not any_due(probe, now, self._sent_step):
                return 0
        with self._db.write_session() as session:
            moved = advance_sent_test_invoices(session, now, self._sent_step)
            session.commit()
        return len(moved)

    def move_invoices(self) -> int:
        """One open invoice a step on when its time has come (a new version and event)."""
        if self._move_every is None or time.monotonic() < self._next_move:
            return 0
        self._next_move = time.monotonic() + self._move_every
        with self._db.write_session() as session:
            moved = advance_invoices(session, 1, utcnow())
            session.commit()
        return len(moved)

    def deliver_invoices(self) -> int:
        now = utcnow()
        with self._db.session() as probe:
            due = probe.scalar(
                select(m.InvoiceLoad.id)
                .where(m.InvoiceLoad.delivered_at.is_(None), m.InvoiceLoad.due_at <= now)
                .limit(1)
            )
        if due is None:
            return 0
        with self._db.write_session() as session:
            delivered = deliver_due_invoice_loads(session)
            session.commit()
        return delivered

    def resolve_tickets(self) -> int:
        now = utcnow()
        with self._db.session() as probe:
            candidates = probe.execute(
                select(m.Ticket.number, m.Ticket.state, m.Ticket.created_at, m.Ticket.due_at)
                .where(m.Ticket.state.in_(("open", "in_progress")), m.Ticket.deleted.is_(False))
                .order_by(m.Ticket.due_at)
                .limit(500)
            ).all()
        due = {n for n, _s, _c, d in candidates if d <= now}
        # Picked up half way to its due time: open -> in_progress.
        started = {
            n
            for n, s, c, d in candidates
            if s == "open" and n not in due and now >= c + (d - c) / 2
        }
        if not due and not started:
            return 0
        with self._db.write_session() as session:
            # Their requests, then the tickets (the lock order: portal/rules/workflows.py): the
            # sandbox endpoint and cancellations wait their turn.
            numbers = due | started
            lock_requests(
                session,
                session.scalars(
                    select(m.Ticket.request_id).where(
                        m.Ticket.number.in_(numbers), m.Ticket.request_id.is_not(None)
                    )
                ).all(),
            )
            tickets = sorted(lock_tickets(session, numbers), key=lambda t: t.due_at)
            resolved = 0
            for ticket in tickets:
                if ticket.state not in ("open", "in_progress"):
                    continue  # resolved meanwhile (the sandbox endpoint)
                if ticket.number in due:
                    outcome = ticket.buyer.sandbox_resolution
                    resolve_ticket(session, ticket, outcome)
                    if outcome == "connected":
                        deliver_connected_invoices(
                            session, ticket.account_id, ticket.buyer, self._invoice_delay
                        )
                    resolved += 1
                elif ticket.state == "open":
                    start_ticket(session, ticket)
            session.commit()
        return resolved
