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
from datetime import datetime, timedelta

from sqlalchemy import func, select
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
from portal.sandbox.sent_invoices import advance_sent_test_invoices, next_due
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


# The longest the operator sleeps when nothing it knows of falls due sooner: what another
# worker process wrote (it cannot wake this one) is seen within this.
IDLE_WAIT = 2.0
_SOON = 0.05  # the shortest sleep: what fell due while a round ran


class SandboxOperator:
    """Due tickets -> resolved as their buyer is seeded to behave, due invoice data delivered,
    invoices moved. A round runs when the next of these falls due (each round finds when),
    when a write request was answered (`poke`), and at least every IDLE_WAIT seconds: an idle
    portal costs nothing between (a round every half second took 2% of a core)."""

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
        self._poked = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="sandbox-operator", daemon=True)
        self._thread.start()

    def poke(self) -> None:
        """Something was written (a ticket, a verification, a sent invoice): a round now."""
        self._poked.set()

    def stop(self) -> None:
        self._stop.set()
        self._poked.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def _run(self) -> None:
        lease = OperatorLease(self._db)  # one operator across worker processes
        wait = self._interval
        try:
            while not self._stop.is_set():
                self._poked.wait(wait)
                self._poked.clear()
                if self._stop.is_set():
                    break
                wait = IDLE_WAIT  # standing by, or a round that failed: try again then
                if not lease.held():
                    continue
                try:
                    wait = self._until(self.tick())
                except OperationalError as exc:  # a busy database: try again next round
                    log.warning("sandbox operator skipped a round: %s", type(exc).__name__)
                except Exception:
                    log.exception("sandbox operator failed a round")
        finally:
            lease.release()

    def _until(self, due: datetime | None) -> float:
        """Seconds to sleep until `due` or the next invoice move, within [_SOON, IDLE_WAIT]."""
        wait = IDLE_WAIT
        if due is not None:
            wait = min(wait, (due - utcnow()).total_seconds())
        if self._move_every is not None:
            wait = min(wait, self._next_move - time.monotonic())
        return max(_SOON, wait)

    def tick(self) -> datetime | None:
        """One round; returns when the next of its work falls due (None: nothing pending)."""
        dues = (
            self.deliver_invoices(),
            self.move_sent_invoices(),
            self.resolve_tickets(),
        )
        self.move_invoices()
        return min((due for due in dues if due is not None), default=None)

    def move_sent_invoices(self) -> datetime | None:
        """Invoices sent to the test customer, each a step on when its time has come; returns
        when the next one is due."""
        now = utcnow()
        with self._db.session() as probe:
            due = next_due(probe, self._sent_step)
        if due is None or due > now:
            return due
        with self._db.write_session() as session:
            advance_sent_test_invoices(session, now, self._sent_step)
            session.commit()
        return now  # more may be due: the next round looks again

    def move_invoices(self) -> int:
        """One open invoice a step on when its time has come (a new version and event)."""
        if self._move_every is None or time.monotonic() < self._next_move:
            return 0
        self._next_move = time.monotonic() + self._move_every
        with self._db.write_session() as session:
            moved = advance_invoices(session, 1, utcnow())
            session.commit()
        return len(moved)

    def deliver_invoices(self) -> datetime | None:
        """The invoice data of passed verifications and connected tickets, once due; returns
        when the next delivery is due."""
        now = utcnow()
        with self._db.session() as probe:
            due = probe.scalar(
                select(func.min(m.InvoiceLoad.due_at)).where(m.InvoiceLoad.delivered_at.is_(None))
            )
        if due is None or due > now:
            return due
        with self._db.write_session() as session:
            deliver_due_invoice_loads(session)
            session.commit()
        return now  # more may be due: the next round looks again

    def resolve_tickets(self) -> datetime | None:
        """Due tickets resolved, tickets half way to due picked up (open -> in_progress);
        returns when the next of either falls due."""
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
            upcoming = [d if s != "open" else c + (d - c) / 2 for _n, s, c, d in candidates]
            return min(upcoming, default=None)
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
                elif ticket.state == "open":
                    start_ticket(session, ticket)
            session.commit()
        return now  # the next round finds the next ticket due
