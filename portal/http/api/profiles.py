"""GET/PUT /v1/accounts/{id}/profile: a supplier account's own data for its invoices."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends
from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from portal.clock import utcnow
from portal.errors import ApiError, not_found
from portal.http.api.deps import CurrentUser, ReadSession, WriteSession, current_user
from portal.store import models as m
from wire.profile import PROFILE_FIELDS, SupplierProfile, SupplierProfileUpdate, problems
from wire.schemas import ErrorResponse

router = APIRouter(prefix="/v1/accounts", tags=["accounts"])
_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorResponse},
    404: {"model": ErrorResponse},
}


def to_wire(row: m.SupplierProfile) -> SupplierProfile:
    return SupplierProfile(
        account_id=row.account_id,
        updated_at=row.updated_at,
        **{f: getattr(row, f) or "" for f in PROFILE_FIELDS},
    )


def _account(db: Session, user: CurrentUser, account_id: str) -> m.SupplierAccount:
    account = db.get(m.SupplierAccount, account_id) if account_id in user.account_ids else None
    if account is None:
        raise not_found("account")
    return account


@router.get("/{account_id}/profile", response_model=SupplierProfile, responses=_ERRORS)
def get_profile(
    account_id: str,
    user: Annotated[CurrentUser, Depends(current_user)],
    db: ReadSession,
) -> SupplierProfile:
    """The stored profile; an account never edited answers its name and country."""
    account = _account(db, user, account_id)
    row = db.scalar(select(m.SupplierProfile).where(m.SupplierProfile.account_id == account.id))
    if row is None:
        return SupplierProfile(
            account_id=account.id, legal_name=account.name, country=account.country
        )
    return to_wire(row)


@router.put(
    "/{account_id}/profile",
    response_model=SupplierProfile,
    responses={**_ERRORS, 422: {"model": ErrorResponse}},
)
def put_profile(
    account_id: str,
    body: SupplierProfileUpdate,
    user: Annotated[CurrentUser, Depends(current_user)],
    db: WriteSession,
) -> SupplierProfile:
    """The whole profile replaced in one statement (an upsert: two first saves at once
    cannot both insert); the same answer for the same body, so a retry is harmless."""
    account = _account(db, user, account_id)
    values = body.compacted()
    found = problems(values.model_dump())
    if found:
        listed = ", ".join(f"{field}: {word}" for field, word in sorted(found.items()))
        raise ApiError(
            422, "invalid_profile", f"The profile has fields that do not pass ({listed})."
        )
    row = {
        **values.model_dump(),
        "account_id": account.id,
        "updated_at": utcnow(),
        "version": m.next_version(db),
    }
    insert = pg_insert if db.get_bind().dialect.name == "postgresql" else sqlite_insert
    statement = insert(m.SupplierProfile).values(**row)
    statement = statement.on_conflict_do_update(
        index_elements=[m.SupplierProfile.account_id],
        set_={k: v for k, v in row.items() if k != "account_id"},
    )
    db.execute(statement)
    db.commit()
    saved = db.get(m.SupplierProfile, account.id, populate_existing=True)
    assert saved is not None
    return to_wire(saved)
