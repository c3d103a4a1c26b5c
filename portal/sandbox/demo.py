"""The sandbox network's demo data, deterministic for a given `rng_seed`.

Well-known buyers (by name), for tests and demos:
- "Network Demo Test Buyer": the test customer every supplier account starts connected to.
- "NORDWIND ALL COMPANIES GROUP": seven legal entities in GB, DE, BG, GG and PL.
- "Technical Services Test Buyer 17": Malaysia, AAA206515132, in a group of its own.
- "Demonstration Example Buyer": shares invoice history, so connecting needs verification.
  VERIFY_BUYERS: it and the other buyers that share invoice history with every demo account
  (each history: several invoices in two currencies; see portal/sandbox/invoices.py).
- Polish buyers with diacritics: "Żółta Łódka Sp. z o.o.", "Przedsiębiorstwo Handlowe Łódź".
- "Sandbox Rejecting Buyer Ltd": the operator rejects its tickets.
"""

from __future__ import annotations

import random
import threading
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from portal.clock import utcnow
from portal.rules.auth import hash_password
from portal.rules.workflows import resolve_ticket, set_relationship, submit_request
from portal.sandbox.buyers import folded, generate_buyers, make_vat, network_number, vat_compact
from portal.sandbox.invoice_flow import InvoicePlan, seed_invoices
from portal.sandbox.invoices import (
    EXTRA_VERIFY_BUYERS,
    INVOICES_PER_HISTORY,
    seed_verify_histories,
)
from portal.sandbox.invoices import VERIFY_BUYERS as VERIFY_BUYERS  # the names, for tests
from portal.sandbox.profiles import seed_profiles
from portal.store import models as m
from wire.schemas import ConnectionRequestCreate

SANDBOX_PASSWORD = "sandbox"
TEST_BUYER = "Network Demo Test Buyer"
GROUP_NAME = "NORDWIND ALL COMPANIES GROUP"
TECH_BUYER = "Technical Services Test Buyer 17"
TECH_BUYER_NUMBER = "AAA206515132"
VERIFY_BUYER = "Demonstration Example Buyer"
REJECTING_BUYER = "Sandbox Rejecting Buyer Ltd"
ZOLTA = "Żółta Łódka Sp. z o.o."
LODZ = "Przedsiębiorstwo Handlowe Łódź"
# Seeded tickets wait long enough to be seen pending; the operator resolves them later.
SEEDED_TICKET_DELAY = 7 * 24 * 3600.0

# (name, country, group, shares_invoice_history, is_test, sandbox_resolution)
WELL_KNOWN: list[tuple[str, str, str | None, bool, bool, str]] = [
    (TEST_BUYER, "GB", None, False, True, "connected"),
    ("Nordwind Holdings Ltd", "GB", GROUP_NAME, False, False, "connected"),
    ("Nordwind Services UK Ltd", "GB", GROUP_NAME, False, False, "connected"),
    ("Nordwind Deutschland GmbH", "DE", GROUP_NAME, False, False, "connected"),
    ("Nordwind Logistik GmbH", "DE", GROUP_NAME, False, False, "connected"),
    ("Nordwind Bulgaria EOOD", "BG", GROUP_NAME, False, False, "rejected"),
    ("Nordwind (Guernsey) Limited", "GG", GROUP_NAME, False, False, "connected"),
    ("Nordwind Polska Sp. z o.o.", "PL", GROUP_NAME, False, False, "connected"),
    (TECH_BUYER, "MY", "TECHNICAL SERVICES TEST GROUP", False, True, "connected"),
    (VERIFY_BUYER, "GB", None, True, True, "connected"),
    (ZOLTA, "PL", None, False, False, "connected"),
    (LODZ, "PL", None, False, False, "connected"),
    ("Łódzkie Zakłady Papiernicze S.A.", "PL", None, False, False, "connected"),
    ("Kraków Świat Biura Sp. z o.o.", "PL", None, True, False, "connected"),
    (REJECTING_BUYER, "GB", None, False, True, "rejected"),
]
_CURRENCY = {"GB": "GBP", "PL": "PLN", "MY": "MYR", "BG": "BGN", "GG": "GBP"}


class _PasswordHash:
    """The demo users' password hash, made once per process: `get` from a thread started early
    (argon2 runs without the GIL) overlaps it with the migrations of a new database."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._value: str | None = None

    def get(self) -> str:
        with self._lock:
            if self._value is None:
                self._value = hash_password(SANDBOX_PASSWORD)
            return self._value


PASSWORD_HASH = _PasswordHash()


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


# The seed's stages, in the order a client needs them: the demo users, their accounts and the
# buyers they deal with (signing in, relationships, tickets); the invoices; the directory's
# generated buyers. `seed` runs them all; the standalone sandbox commits after each and answers
# requests before the last (`portal.sandbox.seeding`).
STAGES = ("users", "invoices", "directory")


@dataclass
class _Plan:
    """The first stage's rows, drawn from `rng_seed` without the database, and the random
    stream as the directory stage goes on with it (ids and numbers as one `seed` draws them)."""

    accounts: dict[str, m.SupplierAccount]
    users: list[m.User]
    group_ids: dict[str, str]
    buyers: dict[str, str]
    rows: list[dict[str, object]]
    rng: random.Random
    taken: set[str]


def _plan(rng_seed: int) -> _Plan:
    rng = random.Random(rng_seed)
    taken = {TECH_BUYER_NUMBER}
    accounts = {
        "it": m.SupplierAccount(
            id=_uuid(rng),
            network_number=network_number(rng, taken),
            name="Adams Office Supplies (IT) - Test",
            country="IT",
            is_test=True,
        ),
        "pl": m.SupplierAccount(
            id=_uuid(rng),
            network_number=network_number(rng, taken),
            name="Adams Office Supplies Sp. z o.o.",
            country="PL",
        ),
        "oskar": m.SupplierAccount(
            id=_uuid(rng),
            network_number=network_number(rng, taken),
            name="Borealis Tools GmbH",
            country="DE",
        ),
    }
    users = [
        m.User(id=_uuid(rng), username="elise", display_name="Elise"),
        m.User(id=_uuid(rng), username="oskar", display_name="Oskar"),
    ]
    group_ids: dict[str, str] = {}
    buyers: dict[str, str] = {}
    rows: list[dict[str, object]] = []
    for name, country, group, shares, is_test, resolution in WELL_KNOWN:
        if group is not None and group not in group_ids:
            group_ids[group] = _uuid(rng)
        number = TECH_BUYER_NUMBER if name == TECH_BUYER else network_number(rng, taken)
        vat = make_vat(rng, country) if country in ("GB", "DE", "PL") else None
        buyers[name] = _uuid(rng)
        rows.append(
            _buyer_row(
                buyers[name],
                name,
                country,
                number,
                vat,
                group_ids.get(group or ""),
                shares,
                is_test,
                resolution,
            )
        )
    # Added later than the rest, with a random stream of their own: the ids and numbers of
    # everything above stay as they were.
    extra_rng = random.Random(rng_seed + 7)
    for name, country in EXTRA_VERIFY_BUYERS:
        buyers[name] = _uuid(extra_rng)
        vat = make_vat(extra_rng, country)
        number = network_number(extra_rng, taken)
        rows.append(
            _buyer_row(buyers[name], name, country, number, vat, None, True, False, "connected")
        )
    return _Plan(accounts, users, group_ids, buyers, rows, rng, taken)


def seed(session: Session, *, generated_buyers: int = 3000, rng_seed: int = 20261127) -> None:
    """Fill an empty database with the sandbox network; the caller commits."""
    for stage in range(len(STAGES)):
        seed_stage(session, stage, generated_buyers=generated_buyers, rng_seed=rng_seed)


def seed_stage(
    session: Session,
    stage: int,
    *,
    generated_buyers: int = 3000,
    rng_seed: int = 20261127,
    prepared: Any = None,
) -> int:
    """Seed stage `stage` of STAGES (the earlier ones done); the caller commits. -> rows.
    `prepared`: `prepare_stage`'s rows for it, drawn before the transaction."""
    if prepared is None:
        prepared = prepare_stage(stage, generated_buyers=generated_buyers, rng_seed=rng_seed)
    plan = _plan(rng_seed)
    if stage == 0:
        return _seed_people(session, plan)
    if stage == 1:  # drawn before the first statement (and so the write lock) where it can be
        accounts = plan.accounts
        rows = _seed_invoices(session, random.Random(rng_seed + 13), accounts, plan.buyers)
        ids = [a.id for a in accounts.values()]
        seed_verify_histories(session, random.Random(rng_seed + 11), ids, plan.buyers)
        session.flush()
        return rows + len(ids) * len(VERIFY_BUYERS) * INVOICES_PER_HISTORY
    groups, rows = prepared
    if groups:
        session.execute(insert(m.BuyerGroup), groups)
    if rows:
        session.execute(insert(m.Buyer), rows)
    session.flush()
    return len(rows)


def prepare_stage(stage: int, *, generated_buyers: int = 3000, rng_seed: int = 20261127) -> Any:
    """What stage `stage` writes that takes long to draw (the directory's generated buyers,
    made with Faker and stdnum), without the database: drawn before the stage's write
    transaction, so requests that write wait for the inserts only."""
    if stage != len(STAGES) - 1:
        return ()
    return _directory_rows(_plan(rng_seed), generated_buyers)


def _seed_people(session: Session, plan: _Plan) -> int:
    password = PASSWORD_HASH.get()
    for account in plan.accounts.values():
        account.version = m.next_version(session)
    elise, oskar = plan.users
    elise.accounts = [plan.accounts["it"], plan.accounts["pl"]]
    oskar.accounts = [plan.accounts["oskar"]]
    for user in plan.users:
        user.password_hash = password
    session.add_all([*plan.accounts.values(), *plan.users])
    session.flush()
    groups = [
        {"id": gid, "name": name, "name_folded": folded(name)}
        for name, gid in plan.group_ids.items()
    ]
    session.execute(insert(m.BuyerGroup), groups)
    session.execute(insert(m.Buyer), plan.rows)
    seed_profiles(session, plan.accounts)
    _seed_relationships(session, plan.accounts, plan.buyers, elise.id, oskar.id)
    session.flush()
    return len(plan.rows)


def _directory_rows(
    plan: _Plan, generated_buyers: int
) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """The generated buyers (and their groups) that fill the directory: (groups, buyers)."""
    rng = plan.rng
    generated_groups, generated = generate_buyers(generated_buyers, rng, plan.taken)
    generated_group_ids = [_uuid(rng) for _ in generated_groups]
    rows = []
    for b in generated:
        group_id = generated_group_ids[b.group_index] if b.group_index is not None else None
        rows.append(
            _buyer_row(
                b.id,
                b.name,
                b.country,
                b.network_number,
                b.vat_number,
                group_id,
                b.shares_invoice_history,
                False,
                b.sandbox_resolution,
            )
        )
    groups: list[dict[str, object]] = [
        {"id": gid, "name": name, "name_folded": folded(name)}
        for name, gid in zip(generated_groups, generated_group_ids, strict=True)
    ]
    return groups, rows


def _buyer_row(
    id_: str,
    name: str,
    country: str,
    number: str,
    vat: str | None,
    group_id: str | None,
    shares: bool,
    is_test: bool,
    resolution: str,
) -> dict[str, object]:
    return {
        "id": id_,
        "name": name,
        "name_folded": folded(name),
        "network_number": number,
        "vat_number": vat,
        "vat_compact": vat_compact(vat),
        "country": country,
        "group_id": group_id,
        "is_test": is_test,
        "shares_invoice_history": shares,
        "sandbox_resolution": resolution,
    }


def _seed_relationships(
    session: Session,
    accounts: dict[str, m.SupplierAccount],
    buyers: dict[str, str],
    elise_id: str,
    oskar_id: str,
) -> None:
    start = date(2024, 1, 15)
    for account in accounts.values():
        set_relationship(session, account.id, buyers[TEST_BUYER], "active", since=_dt(start))
    it, pl, osk = accounts["it"].id, accounts["pl"].id, accounts["oskar"].id
    set_relationship(
        session, it, buyers["Nordwind Holdings Ltd"], "active", "ADAMS-001", _dt(date(2024, 6, 3))
    )
    set_relationship(
        session,
        it,
        buyers["Nordwind Deutschland GmbH"],
        "active",
        "ADAMS-DE-7",
        _dt(date(2025, 2, 11)),
    )
    set_relationship(session, pl, buyers[ZOLTA], "active", "PL-0042", _dt(date(2025, 9, 1)))
    set_relationship(
        session, osk, buyers["Nordwind Logistik GmbH"], "active", "BT-1", _dt(date(2025, 4, 22))
    )
    elise_accounts = frozenset({it, pl})
    # Pending: a request whose ticket is still open.
    for user_id, acc_ids, account_id, buyer, code in [
        (elise_id, elise_accounts, it, TECH_BUYER, "ADAMS-MY-17"),
        (elise_id, elise_accounts, pl, LODZ, None),
        (oskar_id, frozenset({osk}), osk, "Nordwind Polska Sp. z o.o.", "BT-PL"),
    ]:
        body = ConnectionRequestCreate(
            account_id=account_id, buyer_ids=[buyers[buyer]], vendor_code=code
        )
        submit_request(session, user_id, acc_ids, body, SEEDED_TICKET_DELAY)
    # Rejected: a request whose ticket the customer turned down.
    for user_id, acc_ids, account_id, buyer in [
        (elise_id, elise_accounts, it, "Nordwind Bulgaria EOOD"),
        (oskar_id, frozenset({osk}), osk, REJECTING_BUYER),
    ]:
        body = ConnectionRequestCreate(account_id=account_id, buyer_ids=[buyers[buyer]])
        req = submit_request(session, user_id, acc_ids, body, SEEDED_TICKET_DELAY)
        session.flush()
        for item in req.items:
            ticket = session.get(m.Ticket, item.ticket_number)
            if ticket is not None:
                resolve_ticket(session, ticket, "rejected")


def _dt(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 9, 0)


def _seed_invoices(
    session: Session,
    rng: random.Random,
    accounts: dict[str, m.SupplierAccount],
    buyers: dict[str, str],
) -> int:
    """A few hundred invoices of every demo account to its active buyers (sandbox_invoice_flow).
    The verification buyers' histories: seed_verify_histories."""
    it, pl, osk = accounts["it"].id, accounts["pl"].id, accounts["oskar"].id
    plan = [
        (it, TEST_BUYER, 110, "AOS-T-"),
        (it, "Nordwind Holdings Ltd", 100, "AOS-NH-"),
        (it, "Nordwind Deutschland GmbH", 90, "AOS-ND-"),
        (pl, ZOLTA, 180, "FV/2026/"),
        (pl, TEST_BUYER, 100, "FV/T/"),
        (osk, "Nordwind Logistik GmbH", 170, "RE-"),
        (osk, TEST_BUYER, 90, "RE-T-"),
    ]
    countries = {n: c for n, c, *_ in WELL_KNOWN}
    plans = [
        InvoicePlan(account_id, buyers[name], countries[name], count, prefix)
        for account_id, name, count, prefix in plan
    ]
    return seed_invoices(session, rng, plans, utcnow())
