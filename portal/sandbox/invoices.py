"""The sandbox's invoice histories with the buyers that ask for verification.

Every demo supplier account (elise's two, oskar's one) has a history with each of
VERIFY_BUYERS: INVOICES_PER_HISTORY invoices in two currencies, amounts with cents, numbers
with a letter prefix and leading zeros, dated in the past. Deterministic for a given rng.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from sqlalchemy import insert
from sqlalchemy.orm import Session

from portal.clock import utcnow
from portal.sandbox.invoice_flow import path_to, status_note, walk
from portal.store import models as m

DEMO_BUYER = "Demonstration Example Buyer"  # the walkthrough's
KRAKOW_BUYER = "Kraków Świat Biura Sp. z o.o."
SLASK_BUYER = "Śląska Hurtownia Biurowa S.A."
HAFEN_BUYER = "Hafenkontor Bürobedarf GmbH"
# Buyers that share invoice history: connecting to them needs a verification.
VERIFY_BUYERS: tuple[str, ...] = (DEMO_BUYER, KRAKOW_BUYER, SLASK_BUYER, HAFEN_BUYER)
# (name, country) of those seeded after the rest (the others are in sandbox.WELL_KNOWN).
EXTRA_VERIFY_BUYERS: list[tuple[str, str]] = [(SLASK_BUYER, "PL"), (HAFEN_BUYER, "DE")]
INVOICES_PER_HISTORY = 7
LAST_ISSUE_DATE = date(2026, 10, 27)

Numbering = Callable[[int], str]
# buyer -> (invoice numbering, main currency, second currency)
_STYLE: dict[str, tuple[Numbering, str, str]] = {
    DEMO_BUYER: (lambda n: f"INV-{n:05d}", "GBP", "EUR"),
    KRAKOW_BUYER: (lambda n: f"FV/2026/{n:05d}", "PLN", "EUR"),
    SLASK_BUYER: (lambda n: f"FS-{n:06d}/2026", "PLN", "EUR"),
    HAFEN_BUYER: (lambda n: f"RE 2026 {n:06d}", "EUR", "GBP"),
}
_STATUSES = ("paid", "approved", "delivered", "scheduled", "paid", "received", "on_hold")


def _cents(rng: random.Random) -> str:
    cents = rng.randrange(1_000, 4_000_000)
    if cents % 100 == 0:
        cents += rng.randrange(1, 100)
    return f"{cents // 100}.{cents % 100:02d}"


def seed_verify_histories(
    session: Session, rng: random.Random, account_ids: list[str], buyers: dict[str, str]
) -> None:
    """The histories of every account with every VERIFY_BUYERS buyer; the caller commits."""
    now = utcnow()
    rows: list[dict[str, object]] = []
    events: list[dict[str, object]] = []
    for buyer_name in VERIFY_BUYERS:
        numbering, main, second = _STYLE[buyer_name]
        for account_id in account_ids:
            serial = rng.randrange(60, 400)
            day = LAST_ISSUE_DATE - timedelta(days=rng.randrange(0, 6))
            for i in range(INVOICES_PER_HISTORY):
                invoice_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
                status = _STATUSES[i % len(_STATUSES)]
                # The way there, as seed_invoices draws it (an rng of the invoice's own: the
                # numbers and amounts above stay what they were).
                own = random.Random(invoice_id)
                due = day + timedelta(days=own.choice((14, 30, 30, 45, 60)))
                at = datetime.combine(day, time(7)) + timedelta(minutes=own.randrange(600))
                reached, history = walk(own, path_to(own, status), at, now, due)
                if reached != status:  # the last step is today's
                    note = status_note(own, status, due, None)
                    history.append({"at": now, "status": status, "note": note})
                events.extend({"invoice_id": invoice_id, **event} for event in history)
                rows.append(
                    {
                        "id": invoice_id,
                        "account_id": account_id,
                        "buyer_id": buyers[buyer_name],
                        "number": numbering(serial),
                        "po_number": f"PO-{rng.randrange(10**5, 10**6)}" if i % 2 else None,
                        "transaction_id": f"TX{rng.randrange(10**9, 10**10)}",
                        "issue_date": day,
                        "amount": _cents(rng),
                        "currency": second if i % 3 == 2 else main,
                        "due_date": due,
                        "status": status,
                        "updated_at": now,
                        "version": m.next_version(session),
                        "deleted": False,
                    }
                )
                serial -= rng.randrange(1, 9)
                day -= timedelta(days=rng.randrange(9, 40))
    session.execute(insert(m.BuyerInvoice), rows)
    session.execute(insert(m.InvoiceEvent), events)
