"""The verifications collection: what each verification's state was at the last sync."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain import types as d
from wire import schemas as w

from .schema import VerificationOrm


def upsert_verification(s: Session, v: w.Verification, version: int) -> None:
    row = s.get(VerificationOrm, v.id) or VerificationOrm(id=v.id)
    row.account_id, row.buyer_id, row.buyer_name = v.account_id, v.buyer_id, v.buyer_name
    row.request_id, row.state, row.attempts_left = v.request_id, v.state, v.attempts_left
    row.challenge_invoice_number = v.challenge_invoice_number
    row.challenge_expires_at = v.challenge_expires_at
    row.ticket_number, row.updated_at, row.version = v.ticket_number, v.updated_at, version
    s.add(row)


def verification_of(row: VerificationOrm) -> d.VerificationRow:
    return d.VerificationRow(
        id=row.id,
        account_id=row.account_id,
        buyer_id=row.buyer_id,
        buyer_name=row.buyer_name,
        request_id=row.request_id,
        state=d.VerificationState(row.state),
        attempts_left=row.attempts_left,
        challenge_invoice_number=row.challenge_invoice_number,
        challenge_expires_at=row.challenge_expires_at,
        ticket_number=row.ticket_number,
        updated_at=row.updated_at,
    )


def verifications(reader: sessionmaker[Session]) -> list[d.VerificationRow]:
    """All of them, newest change first."""
    with reader() as s:
        rows = s.scalars(
            select(VerificationOrm).order_by(VerificationOrm.updated_at.desc(), VerificationOrm.id)
        ).all()
        return [verification_of(r) for r in rows]


def verification(reader: sessionmaker[Session], verification_id: str) -> d.VerificationRow | None:
    with reader() as s:
        row = s.get(VerificationOrm, verification_id)
        return verification_of(row) if row is not None else None
