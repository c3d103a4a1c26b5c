"""POST /v1/directory/match: a supplier's customer list matched against the directory."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.responses import Response

from portal.errors import ApiError
from portal.http.api.deps import CurrentUser, ReadSession, current_user
from portal.rules.matching import match_rows
from wire.schemas import MATCH_ROWS_MAX, MatchRequest, MatchResponse

router = APIRouter(prefix="/v1/directory", tags=["directory"])


@router.post("/match", response_model=MatchResponse)
def match(
    body: MatchRequest,
    _user: Annotated[CurrentUser, Depends(current_user)],
    session: ReadSession,
) -> Response:
    """Per row, in order: exact by network number, then by VAT number (checked with
    python-stdnum; `invalid_vat` when it fails or names another country), else the best
    name candidates with a score (legal forms and punctuation ignored), within the row's
    country when given. Up to `MATCH_ROWS_MAX` rows; `ref`s must be unique."""
    refs = [row.ref for row in body.rows]
    if len(set(refs)) != len(refs):
        raise ApiError(422, "duplicate_ref", "Every row needs its own ref.")
    if len(refs) > MATCH_ROWS_MAX:  # pragma: no cover - the body model refuses it first
        raise ApiError(422, "too_many_rows", f"At most {MATCH_ROWS_MAX} rows per call.")
    answer = MatchResponse(results=match_rows(session, body.rows))
    return Response(answer.model_dump_json(), media_type="application/json")
