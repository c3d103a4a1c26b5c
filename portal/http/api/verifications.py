"""/v1/verifications/{id}: prove a relationship with past invoice data, or fall back to a ticket.

Every endpoint answers 404 alike for an unknown verification and another supplier's. Answers
are written with the write lock taken at BEGIN, so two answers at once are counted one by one.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request

from portal.http.api.deps import CurrentUser, ReadSession, WriteSession, current_user
from portal.rules import verification as flow
from wire.schemas import (
    ErrorResponse,
    Verification,
    VerificationAnswer,
    VerificationChallengeAnswer,
    VerificationFallback,
    VerificationInvoiceAnswer,
)

router = APIRouter(prefix="/v1/verifications", tags=["verifications"])

_ERRORS: dict[int | str, dict[str, object]] = {
    401: {"model": ErrorResponse},
    404: {"model": ErrorResponse},
    409: {"model": ErrorResponse},
    422: {"model": ErrorResponse},
}


def _timing(request: Request) -> flow.Timing:
    timing: flow.Timing = request.app.state.verification_timing
    return timing


@router.get("/{verification_id}", response_model=Verification, responses=_ERRORS)
def get_verification(
    verification_id: str,
    user: Annotated[CurrentUser, Depends(current_user)],
    db: ReadSession,
) -> Verification:
    return flow.to_wire(flow.owned(db, user.account_ids, verification_id))


@router.post("/{verification_id}/invoice", response_model=VerificationAnswer, responses=_ERRORS)
def answer_invoice(
    verification_id: str,
    body: VerificationInvoiceAnswer,
    request: Request,
    user: Annotated[CurrentUser, Depends(current_user)],
    db: WriteSession,
) -> VerificationAnswer:
    v = flow.owned(db, user.account_ids, verification_id)
    result = flow.answer_invoice(db, v, body, _timing(request))
    db.commit()
    return VerificationAnswer(result=result, verification=flow.to_wire(v))  # type: ignore[arg-type]


@router.post("/{verification_id}/challenge", response_model=VerificationAnswer, responses=_ERRORS)
def answer_challenge(
    verification_id: str,
    body: VerificationChallengeAnswer,
    request: Request,
    user: Annotated[CurrentUser, Depends(current_user)],
    db: WriteSession,
) -> VerificationAnswer:
    v = flow.owned(db, user.account_ids, verification_id)
    result = flow.answer_challenge(db, v, body, _timing(request))
    db.commit()
    return VerificationAnswer(result=result, verification=flow.to_wire(v))  # type: ignore[arg-type]


@router.post("/{verification_id}/fallback", response_model=VerificationFallback, responses=_ERRORS)
def fall_back(
    verification_id: str,
    request: Request,
    user: Annotated[CurrentUser, Depends(current_user)],
    db: WriteSession,
) -> VerificationFallback:
    v = flow.owned(db, user.account_ids, verification_id)
    number = flow.fall_back(db, v, _timing(request))
    db.commit()
    return VerificationFallback(ticket_number=number, verification=flow.to_wire(v))
