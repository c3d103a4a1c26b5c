"""The signed-in user, its supplier accounts, and one relationship by id."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from portal.errors import not_found
from portal.http.api.deps import CurrentUser, ReadSession, current_user
from portal.store import models as m
from portal.store import serialize
from wire.schemas import ErrorResponse, Me, Relationship, User

router = APIRouter(prefix="/v1", tags=["me"])


@router.get("/me", response_model=Me, responses={401: {"model": ErrorResponse}})
def me(
    user: Annotated[CurrentUser, Depends(current_user)],
    db: ReadSession,
) -> Me:
    accounts = db.scalars(
        select(m.SupplierAccount)
        .where(m.SupplierAccount.id.in_(user.account_ids))
        .order_by(m.SupplierAccount.name)
    ).all()
    return Me(
        user=User(id=user.user_id, username=user.username, display_name=user.display_name),
        accounts=[serialize.account(a) for a in accounts],
    )


@router.get(
    "/relationships/{relationship_id}",
    response_model=Relationship,
    responses={401: {"model": ErrorResponse}, 404: {"model": ErrorResponse}},
)
def get_relationship(
    relationship_id: str,
    user: Annotated[CurrentUser, Depends(current_user)],
    db: ReadSession,
) -> Relationship:
    row = db.scalars(
        select(m.Relationship)
        .options(joinedload(m.Relationship.buyer).joinedload(m.Buyer.group))
        .where(m.Relationship.id == relationship_id, m.Relationship.deleted.is_(False))
    ).first()
    if row is None or row.account_id not in user.account_ids:
        raise not_found("relationship")
    return serialize.relationship(row)
