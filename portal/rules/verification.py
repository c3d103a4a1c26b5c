"""Verification: a supplier proves the relationship with a buyer with past invoice data.

Step 1 names a recent invoice (number, date, amount, currency); step 2 (the challenge) gives
the date and amount of another invoice of the same history, picked with `secrets`. Wrong
answers are counted in the database per account and buyer (`portal.rules.verification_lock`, across
cancelled and repeated requests), VERIFY_INVOICE_ATTEMPTS for step 1 and
VERIFY_CHALLENGE_ATTEMPTS for the challenge; then the verification is locked until
`locked_until` and only the fallback (a support ticket) remains. Answers are evaluated one at a
time under the pair's row lock. A wrong step 1 takes the same path whether or not the invoice
number exists, so the answer tells nothing about which exist.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from portal.clock import utcnow
from portal.errors import ApiError, not_found
from portal.rules import verification_lock as pair_lock
from portal.rules.workflows import (
    open_ticket,
    record,
    refresh_request_state,
    schedule_invoice_load,
    set_relationship,
)
from portal.store import models as m
from wire import schemas as w

OPEN_STATES = ("awaiting_invoice", "awaiting_challenge")
FALLBACK_STATES = ("awaiting_invoice", "awaiting_challenge", "locked")
_TOKEN = re.compile(r"[A-Z]+|[0-9]+")
# The latest calendar date anywhere on Earth is UTC+14: later than that is the future.
_LATEST_OFFSET = timedelta(hours=14)


@dataclass(frozen=True)
class Timing:
    """How long a challenge lives, and when a passed verification's invoice data arrives
    (`invoice_delay` None: at once, as a portal without the sandbox operator does)."""

    challenge_ttl: float = w.CHALLENGE_TTL_SECONDS
    invoice_delay: float | None = 30.0
    ticket_delay: float = 60.0
    lock_period: float = w.VERIFY_LOCK_SECONDS


def invoice_number_key(number: str) -> tuple[str, ...]:
    """Letters and numbers of an invoice number, without case, separators or leading zeros:
    "inv-0042", "INV 42" and "Inv42" are the same invoice."""
    tokens = _TOKEN.findall(number.upper())
    return tuple(t.lstrip("0") or "0" if t.isdigit() else t for t in tokens)


def _amount(text: str) -> Decimal:
    try:
        return Decimal(text)
    except InvalidOperation:  # the wire pattern keeps this out; stored data is exact
        return Decimal(-1)


def check_answer_values(invoice_date: date, amount: str) -> None:
    """422 (and no attempt counted) for answers no invoice can have."""
    if _amount(amount) <= 0:
        raise ApiError(422, "invalid_amount", "The amount must be greater than zero.")
    if invoice_date > (utcnow() + _LATEST_OFFSET).date():
        raise ApiError(422, "invalid_date", "The invoice date cannot be in the future.")


def attempts_left(v: m.Verification) -> int:
    if v.state == "awaiting_invoice":
        return max(0, w.VERIFY_INVOICE_ATTEMPTS - v.failed_attempts)
    if v.state == "awaiting_challenge":
        return max(0, w.VERIFY_CHALLENGE_ATTEMPTS - v.challenge_failures)
    return 0


def owned(session: Session, account_ids: frozenset[str], verification_id: str) -> m.Verification:
    """The caller's verification; 404 for an unknown one and for another supplier's alike."""
    v = session.scalars(
        select(m.Verification)
        .options(joinedload(m.Verification.buyer))
        .where(m.Verification.id == verification_id)
    ).first()
    if v is None or v.deleted or v.account_id not in account_ids:
        raise not_found("verification")
    return v


def _require_open(v: m.Verification) -> None:
    if v.state not in OPEN_STATES:
        raise ApiError(
            409, "verification_closed", f"This verification is {v.state.replace('_', ' ')}."
        )


def _history(session: Session, v: m.Verification) -> list[m.BuyerInvoice]:
    return list(
        session.scalars(
            select(m.BuyerInvoice)
            .where(
                m.BuyerInvoice.account_id == v.account_id,
                m.BuyerInvoice.buyer_id == v.buyer_id,
                m.BuyerInvoice.deleted.is_(False),
            )
            .order_by(m.BuyerInvoice.id)
        )
    )


def _touch(session: Session, v: m.Verification, now: datetime) -> None:
    v.updated_at = now
    v.version = m.next_version(session)


def _clear_challenge(v: m.Verification) -> None:
    v.challenge_invoice_id = None
    v.challenge_invoice_number = None
    v.challenge_expires_at = None


def answer_invoice(
    session: Session, v: m.Verification, body: w.VerificationInvoiceAnswer, timing: Timing
) -> str:
    """Step 1; returns the result word. The caller commits."""
    _require_open(v)
    check_answer_values(body.invoice_date, body.amount)
    lock = pair_lock.hold(session, v)
    _require_open(v)  # as the answer before this one left it
    now = utcnow()
    if pair_lock.holds(lock, now):
        pair_lock.lock_verification(v, lock)
        _touch(session, v, now)
        return "locked"
    if v.state == "awaiting_challenge":
        # A step 1 again spends the challenge in hand; a correct one brings a fresh challenge.
        _clear_challenge(v)
        v.state = "awaiting_invoice"
    key, amount, currency = (
        invoice_number_key(body.invoice_number),
        Decimal(body.amount),
        body.currency,
    )
    history = _history(session, v)
    # Every invoice is compared (no early exit): the same work whether or not the number exists.
    matches = [
        inv
        for inv in history
        if (invoice_number_key(inv.number) == key)
        & (inv.issue_date == body.invoice_date)
        & (_amount(inv.amount) == amount)
        & (inv.currency == currency)
    ]
    if matches:
        others = [inv for inv in history if inv.id != matches[0].id]
        if others:
            challenge = secrets.choice(others)
            v.state = "awaiting_challenge"
            v.challenge_invoice_id = challenge.id
            v.challenge_invoice_number = challenge.number
            v.challenge_expires_at = now + timedelta(seconds=timing.challenge_ttl)
            _touch(session, v, now)
            return "accepted"
        pair_lock.release(session, lock)
        _pass(session, v, now, timing)  # a history of one invoice has nothing else to ask
        return "accepted"
    locked = pair_lock.count_failure(lock, v, "invoice", timing.lock_period, now)
    _touch(session, v, now)
    return "locked" if locked else "mismatch"


def answer_challenge(
    session: Session, v: m.Verification, body: w.VerificationChallengeAnswer, timing: Timing
) -> str:
    """Step 2; returns the result word. The caller commits."""
    _require_open(v)
    check_answer_values(body.invoice_date, body.amount)
    lock = pair_lock.hold(session, v)
    _require_open(v)  # as the answer before this one left it
    if v.state != "awaiting_challenge" or v.challenge_invoice_id is None:
        raise ApiError(
            409, "no_challenge", "There is no challenge to answer: give a recent invoice first."
        )
    now = utcnow()
    if v.challenge_expires_at is None or now >= v.challenge_expires_at:
        _clear_challenge(v)
        v.state = "awaiting_invoice"
        _touch(session, v, now)
        return "expired"
    invoice = session.get(m.BuyerInvoice, v.challenge_invoice_id)
    right = (
        invoice is not None
        and invoice.issue_date == body.invoice_date
        and _amount(invoice.amount) == Decimal(body.amount)
    )
    if right:
        pair_lock.release(session, lock)
        _pass(session, v, now, timing)
        return "accepted"
    locked = pair_lock.count_failure(lock, v, "challenge", timing.lock_period, now)
    _touch(session, v, now)
    return "locked" if locked else "mismatch"


def _request_item(session: Session, v: m.Verification) -> m.ConnectionRequestItem | None:
    return session.scalars(
        select(m.ConnectionRequestItem).where(m.ConnectionRequestItem.verification_id == v.id)
    ).first()


def _pass(session: Session, v: m.Verification, now: datetime, timing: Timing) -> None:
    """Passed: the relationship is active, the request item connected, invoice data scheduled."""
    _clear_challenge(v)
    v.state = "passed"
    _touch(session, v, now)
    req = session.get(m.ConnectionRequest, v.request_id) if v.request_id else None
    vendor_code = req.vendor_code if req is not None else None
    set_relationship(
        session, v.account_id, v.buyer_id, "active", vendor_code, release_invoices=False
    )
    schedule_invoice_load(session, v.account_id, v.buyer_id, timing.invoice_delay)
    item = _request_item(session, v)
    if req is None or item is None:
        return
    if item.state == "verification_required":
        item.state = "connected"
    record(session, "request", req.id, "connected", v.buyer.name, at=now)
    session.flush()
    refresh_request_state(session, req)
    req.updated_at = now
    req.version = m.next_version(session)


def fall_back(session: Session, v: m.Verification, timing: Timing) -> str:
    """A support ticket for this buyer instead, as the Connect flow opens; idempotent."""
    if v.state == "fallen_back" and v.ticket_number:
        return v.ticket_number
    if v.state not in FALLBACK_STATES:
        raise ApiError(
            409, "verification_closed", f"This verification is {v.state.replace('_', ' ')}."
        )
    now = utcnow()
    req = session.get(m.ConnectionRequest, v.request_id) if v.request_id else None
    vendor_code = req.vendor_code if req is not None else None
    ticket = open_ticket(
        session, v.account_id, v.buyer, v.request_id, vendor_code, timing.ticket_delay
    )
    _clear_challenge(v)
    v.state = "fallen_back"
    v.ticket_number = ticket.number
    _touch(session, v, now)
    item = _request_item(session, v)
    if req is not None and item is not None:
        if item.state == "verification_required":
            item.state = "ticket_opened"
            item.ticket_number = ticket.number
        record(session, "request", req.id, "ticket_opened", f"{ticket.number} {v.buyer.name}")
        req.updated_at = now
        req.version = m.next_version(session)
    return ticket.number


def to_wire(v: m.Verification) -> w.Verification:
    from portal.store.serialize import aware

    in_challenge = v.state == "awaiting_challenge"
    return w.Verification(
        id=v.id,
        account_id=v.account_id,
        buyer_id=v.buyer_id,
        buyer_name=v.buyer.name,
        request_id=v.request_id,
        state=v.state,  # type: ignore[arg-type]
        attempts_left=attempts_left(v),
        challenge_invoice_number=v.challenge_invoice_number if in_challenge else None,
        challenge_expires_at=(
            aware(v.challenge_expires_at) if in_challenge and v.challenge_expires_at else None
        ),
        ticket_number=v.ticket_number,
        updated_at=aware(v.updated_at),
        locked_until=aware(v.locked_until) if v.state == "locked" and v.locked_until else None,
    )
