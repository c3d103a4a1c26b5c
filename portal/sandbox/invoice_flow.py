"""The sandbox's invoices to active buyers: seeded with believable histories, moved on over time.

Every invoice gets a current status first (weighted: mostly paid, every status present) and
an issue date that suits it (a received invoice is days old, a paid one up to a year), then a
history that leads there: received -> delivered -> approved -> scheduled -> paid, with
on_hold / exception detours, rejections, refusals by the network (`failed`, with a reason code
and text) and `saved` drafts that were never sent. Deterministic for a given rng and day.

`advance_invoices` moves open invoices one step along their path (a new version and a new
history event), so every sync has something new; the sandbox operator calls it a few times a
minute and `POST /v1/sandbox/invoices/advance` at once.
"""

from __future__ import annotations

import hashlib
import random
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, insert, select, update
from sqlalchemy.orm import Session

from portal.store import models as m

# (status, weight, youngest and oldest issue date in days ago)
_CURRENT: list[tuple[str, int, int, int]] = [
    ("paid", 40, 20, 365),
    ("scheduled", 7, 12, 60),
    ("approved", 9, 6, 45),
    ("delivered", 8, 2, 14),
    ("received", 5, 0, 2),
    ("on_hold", 5, 5, 90),
    ("exception", 5, 4, 60),
    ("rejected", 5, 5, 365),
    ("failed", 8, 1, 365),
    ("saved", 8, 0, 60),
]
OPEN_STATUSES = ("received", "delivered", "approved", "on_hold", "exception", "scheduled")

FAILURES: dict[str, str] = {
    "invalid_vat": "The buyer's VAT number on the invoice does not match the network's records.",
    "unknown_buyer": "The buyer could not be identified from the invoice's address fields.",
    "duplicate_number": "An invoice with this number was already sent to this buyer.",
    "schema_error": "The invoice does not follow UBL 2.1: cbc:DueDate is not a valid date.",
    "missing_po": "This buyer requires a purchase order number on every invoice.",
}
_HOLD_NOTES = (
    "Awaiting goods receipt",
    "Price differs from the purchase order",
    "Approver on leave",
)
_EXCEPTION_NOTES = (
    "Purchase order number not found",
    "Quantity differs from the goods receipt",
    "Bank details to be confirmed",
)
_REJECT_NOTES = (
    "Goods returned",
    "Duplicate of an earlier invoice",
    "Wrong legal entity on the invoice",
)
# Other currencies an invoice may be in besides the buyer's own.
_CURRENCIES = ("EUR", "GBP", "PLN", "SEK", "USD", "CHF")
COUNTRY_CURRENCY = {"GB": "GBP", "PL": "PLN", "DE": "EUR", "IT": "EUR", "SE": "SEK", "GG": "GBP"}


@dataclass(frozen=True)
class InvoicePlan:
    """`count` invoices of an account to a buyer, numbered `prefix` + serial."""

    account_id: str
    buyer_id: str
    buyer_country: str
    count: int
    prefix: str


def reserve_versions(session: Session, n: int) -> list[int]:
    """`n` fresh versions in one statement on SQLite (one at a time elsewhere)."""
    if n <= 0:
        return []
    if session.get_bind().dialect.name != "sqlite":
        return [m.next_version(session) for _ in range(n)]
    top = session.execute(
        update(m.Counter)
        .where(m.Counter.name == "version")
        .values(value=m.Counter.value + n)
        .returning(m.Counter.value)
    ).scalar_one_or_none()
    if top is None:
        first = m.next_version(session)
        return [first, *reserve_versions(session, n - 1)]
    return list(range(int(top) - n + 1, int(top) + 1))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _amount(rng: random.Random) -> str:
    cents = int(rng.lognormvariate(11.0, 1.3))  # mostly hundreds to tens of thousands
    cents = max(1_000, min(cents, 250_000_000))
    return f"{cents // 100}.{cents % 100:02d}"


def path_to(rng: random.Random, final: str) -> list[str]:
    """The statuses an invoice went through to reach `final`, oldest first."""
    if final in ("failed", "saved"):
        return [final]
    head = ["received", "delivered"]
    if final in ("received", "delivered"):
        return head[: head.index(final) + 1]
    if final in ("on_hold", "exception"):
        return [*head, final]
    if final == "rejected":
        return [*head, "exception", "rejected"] if rng.random() < 0.4 else [*head, "rejected"]
    detour = [rng.choice(("on_hold", "exception"))] if rng.random() < 0.2 else []
    tail = ["approved", "scheduled", "paid"]
    return [*head, *detour, *tail[: tail.index(final) + 1]]


def status_note(rng: random.Random, status: str, due: date, failure: str | None) -> str | None:
    if status == "on_hold":
        return rng.choice(_HOLD_NOTES)
    if status == "exception":
        return rng.choice(_EXCEPTION_NOTES)
    if status == "rejected":
        return rng.choice(_REJECT_NOTES)
    if status == "scheduled":
        return f"Payment scheduled for {due.isoformat()}"
    if status == "failed" and failure is not None:
        return FAILURES[failure]
    return None


def _step(rng: random.Random, before: str, status: str) -> timedelta:
    """How long after reaching `before` the invoice reached `status`."""
    if status == "delivered":
        return timedelta(minutes=rng.randrange(2, 360))
    if before in ("on_hold", "exception"):
        return timedelta(days=rng.randrange(2, 25), hours=rng.randrange(8))
    if status == "scheduled":
        return timedelta(hours=rng.randrange(1, 72))
    if status == "paid":
        return timedelta(days=rng.randrange(7, 45))
    return timedelta(days=rng.randrange(1, 9), hours=rng.randrange(8))


def walk(
    rng: random.Random,
    path: list[str],
    at: datetime,
    now: datetime,
    due: date,
    failure: str | None = None,
) -> tuple[str, list[dict[str, object]]]:
    """An invoice's way along `path` from `at` (its first status), each step after the last,
    stopping where time stands: (the status reached, its history events, oldest first)."""
    reached = path[0]
    events: list[dict[str, object]] = []
    for i, status in enumerate(path):
        if i:
            at += _step(rng, path[i - 1], status)
        if at > now:  # not that far yet: the invoice stops where time stands
            break
        reached = status
        events.append({"at": at, "status": status, "note": status_note(rng, status, due, failure)})
    if not events:  # issued today, later than now: it arrives now
        events.append(
            {"at": now, "status": reached, "note": status_note(rng, reached, due, failure)}
        )
    return reached, events


def seed_invoices(
    session: Session, rng: random.Random, plans: Iterable[InvoicePlan], now: datetime
) -> int:
    """Insert the planned invoices and their histories in bulk; the caller commits."""
    statuses = [s for s, *_ in _CURRENT]
    weights = [w for _s, w, *_ in _CURRENT]
    ages = {s: (lo, hi) for s, _w, lo, hi in _CURRENT}
    invoices: list[dict[str, object]] = []
    events: list[dict[str, object]] = []
    today = now.date()
    for plan in plans:
        own = COUNTRY_CURRENCY.get(plan.buyer_country, "EUR")
        serial = rng.randrange(100, 900)
        for _ in range(plan.count):
            serial += rng.randrange(1, 4)
            final = rng.choices(statuses, weights)[0]
            lo, hi = ages[final]
            issue = today - timedelta(days=rng.randint(lo, hi))
            due = issue + timedelta(days=rng.choice((14, 21, 30, 30, 45, 60)))
            failure = rng.choice(sorted(FAILURES)) if final == "failed" else None
            at = datetime.combine(issue, time(7)) + timedelta(minutes=rng.randrange(0, 600))
            invoice_id = _uuid(rng)
            path = path_to(rng, final)
            reached, history = walk(rng, path, at, now, due, failure)
            events.extend({"invoice_id": invoice_id, **event} for event in history)
            last_at = history[-1]["at"]
            invoices.append(
                {
                    "id": invoice_id,
                    "account_id": plan.account_id,
                    "buyer_id": plan.buyer_id,
                    "number": f"{plan.prefix}{serial:05d}",
                    "po_number": (
                        f"45{rng.randrange(10**7, 10**8)}" if rng.random() < 0.7 else None
                    ),
                    "transaction_id": (
                        None if final == "saved" else f"TX-{rng.getrandbits(48):012X}"
                    ),
                    "issue_date": issue,
                    "due_date": due,
                    "amount": _amount(rng),
                    "currency": own if rng.random() < 0.7 else rng.choice(_CURRENCIES),
                    "status": reached,
                    "failure_code": failure,
                    "failure_reason": FAILURES[failure] if failure else None,
                    "updated_at": last_at,
                    "version": 0,
                    "deleted": False,
                }
            )
    invoices.sort(key=lambda r: (r["updated_at"], r["id"]))  # type: ignore[return-value]
    for row, version in zip(invoices, reserve_versions(session, len(invoices)), strict=True):
        row["version"] = version
    if invoices:  # Core executemany: the ORM's bulk path is several times slower here
        connection = session.connection()
        connection.execute(insert(m.BuyerInvoice.__table__), invoices)  # type: ignore[arg-type]
        connection.execute(insert(m.InvoiceEvent.__table__), events)  # type: ignore[arg-type]
    return len(invoices)


_NEXT: dict[str, tuple[tuple[str, int], ...]] = {
    # status -> (next status, weight)
    "received": (("delivered", 1),),
    "delivered": (("approved", 14), ("on_hold", 3), ("exception", 2), ("rejected", 1)),
    "on_hold": (("approved", 1),),
    "exception": (("approved", 3), ("rejected", 1)),
    "approved": (("scheduled", 1),),
    "scheduled": (("paid", 1),),
}


def next_status(invoice_id: str, version: int, status: str) -> str:
    """The status an open invoice moves to: a fixed choice for the invoice's id and version."""
    choices = _NEXT[status]
    digest = hashlib.sha256(f"{invoice_id}:{version}".encode()).digest()
    pick = int.from_bytes(digest[:4], "big") % sum(w for _s, w in choices)
    for choice, weight in choices:
        if pick < weight:
            return choice
        pick -= weight
    return choices[-1][0]  # pragma: no cover


def advance_invoices(
    session: Session, count: int, now: datetime, account_ids: frozenset[str] | None = None
) -> list[tuple[str, str, str]]:
    """Move up to `count` open invoices to active buyers (the least recently changed first)
    one step on; returns (invoice id, from, to). The caller commits."""
    query = (
        select(m.BuyerInvoice.id, m.BuyerInvoice.version, m.BuyerInvoice.status)
        .join(
            m.Relationship,
            and_(
                m.Relationship.account_id == m.BuyerInvoice.account_id,
                m.Relationship.buyer_id == m.BuyerInvoice.buyer_id,
                m.Relationship.status == "active",
                m.Relationship.deleted.is_(False),
            ),
        )
        .where(m.BuyerInvoice.status.in_(OPEN_STATUSES), m.BuyerInvoice.deleted.is_(False))
        .order_by(m.BuyerInvoice.updated_at, m.BuyerInvoice.id)
        .limit(count)
    )
    if account_ids is not None:
        query = query.where(m.BuyerInvoice.account_id.in_(account_ids))
    rows = session.execute(query).all()
    moved: list[tuple[str, str, str]] = []
    due_dates = dict(
        session.execute(
            select(m.BuyerInvoice.id, m.BuyerInvoice.due_date).where(
                m.BuyerInvoice.id.in_([r.id for r in rows])
            )
        ).all()
    )
    rng = random.Random(now.isoformat())
    for (invoice_id, version, status), new_version in zip(
        rows, reserve_versions(session, len(rows)), strict=True
    ):
        new = next_status(invoice_id, version, status)
        due = due_dates.get(invoice_id) or now.date()
        session.execute(
            update(m.BuyerInvoice)
            .where(m.BuyerInvoice.id == invoice_id)
            .values(status=new, updated_at=now, version=new_version)
        )
        session.execute(
            insert(m.InvoiceEvent).values(
                invoice_id=invoice_id, at=now, status=new, note=status_note(rng, new, due, None)
            )
        )
        moved.append((invoice_id, status, new))
    return moved


def invoice_prefix(buyer_id: str, buyer_name: str) -> str:
    """A numbering of the supplier's own for a buyer: its initials and two characters of its
    id (no other history of the account numbers alike)."""
    initials = "".join(word[0] for word in buyer_name.split() if word[:1].isalpha())[:3]
    tag = hashlib.sha256(buyer_id.encode()).hexdigest()[:2].upper()
    return f"{initials.upper() or 'INV'}{tag}-"


def seed_connected_buyer(session: Session, account_id: str, buyer: m.Buyer, now: datetime) -> int:
    """A buyer that just became active without a verification (a resolved ticket): its
    invoice history with the account, as seed_invoices makes them, unless the account has
    one with it already; returns how many were added. The caller schedules their delivery
    (workflows.schedule_invoice_load: held back until the invoice delay) and commits."""
    has = session.scalar(
        select(m.BuyerInvoice.id)
        .where(m.BuyerInvoice.account_id == account_id, m.BuyerInvoice.buyer_id == buyer.id)
        .limit(1)
    )
    if has is not None:
        return 0
    rng = random.Random(f"{account_id}:{buyer.id}")
    count = rng.randrange(40, 120)
    plan = InvoicePlan(
        account_id, buyer.id, buyer.country, count, invoice_prefix(buyer.id, buyer.name)
    )
    return seed_invoices(session, rng, [plan], now)
