"""My account in the cache: the profile as synced, and an edit waiting to be sent.

An edit is saved here first (offline too) and sent by the sync's push step; a pull never
overwrites an edit still waiting, so the user's last word is what the network gets.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from wire.profile import SupplierProfile, SupplierProfileUpdate

from .schema import SupplierProfileOrm

Sessions = sessionmaker[Session]


@dataclass(frozen=True)
class ProfileState:
    """What the dialog shows: the edit waiting if any, else what the network holds."""

    account_id: str
    synced: SupplierProfile | None
    pending: SupplierProfileUpdate | None
    error: str | None  # the network's refusal of the last edit sent

    @property
    def shown(self) -> SupplierProfileUpdate | None:
        return self.pending if self.pending is not None else self.synced


def _state(account_id: str, row: SupplierProfileOrm | None) -> ProfileState:
    if row is None:
        return ProfileState(account_id, None, None, None)
    synced = SupplierProfile.model_validate_json(row.data) if row.data else None
    pending = SupplierProfileUpdate.model_validate_json(row.pending) if row.pending else None
    return ProfileState(account_id, synced, pending, row.error)


def profile(reader: Sessions, account_id: str) -> ProfileState:
    with reader() as s:
        return _state(account_id, s.get(SupplierProfileOrm, account_id))


def save(writer: Sessions, account_id: str, edit: SupplierProfileUpdate) -> None:
    with writer.begin() as s:
        row = s.get(SupplierProfileOrm, account_id)
        if row is None:
            row = SupplierProfileOrm(account_id=account_id, version=0)
            s.add(row)
        row.pending = edit.compacted().model_dump_json()
        row.pending_at = datetime.now(UTC)
        row.error = None


def waiting(reader: Sessions) -> list[tuple[str, SupplierProfileUpdate]]:
    with reader() as s:
        rows = s.execute(
            select(SupplierProfileOrm.account_id, SupplierProfileOrm.pending)
            .where(SupplierProfileOrm.pending.is_not(None))
            .order_by(SupplierProfileOrm.pending_at)
        ).all()
    return [(a, SupplierProfileUpdate.model_validate_json(p or "")) for a, p in rows]


def sent(
    writer: Sessions,
    account_id: str,
    edit: SupplierProfileUpdate,
    answer: SupplierProfile | None,
    error: str | None = None,
) -> None:
    """The network took `edit` (its `answer`) or refused it (`error`); an edit saved
    meanwhile stays waiting."""
    with writer.begin() as s:
        row = s.get(SupplierProfileOrm, account_id)
        if row is None:
            return
        if answer is not None:
            row.data = answer.model_dump_json()
        if row.pending == edit.model_dump_json():
            row.pending = None
            row.pending_at = None
            row.error = error


def apply(s: Session, profile: SupplierProfile, version: int) -> None:
    """A synced profile (in the page's transaction)."""
    row = s.get(SupplierProfileOrm, profile.account_id)
    if row is None:
        s.add(
            SupplierProfileOrm(
                account_id=profile.account_id, data=profile.model_dump_json(), version=version
            )
        )
        return
    if version >= row.version:
        row.data = profile.model_dump_json()
        row.version = version
