"""POST /v1/invoices: send a UBL invoice or credit note, checked again by the network;
GET /v1/invoices/{id}/document: the document as it was sent (owner only)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from portal.errors import ApiError, not_found
from portal.http.api.deps import CurrentUser, ReadSession, current_user
from portal.http.api.idempotency import Idempotent, fingerprint
from portal.rules.invoice_intake import check_document, record_invoice
from portal.store import models as m
from wire.schemas import ErrorResponse, Invoice

router = APIRouter(prefix="/v1", tags=["invoices"])

XML_TYPES = ("application/xml", "text/xml")
_XML_BODY = {
    "required": True,
    "content": {"application/xml": {"schema": {"type": "string", "format": "binary"}}},
    "description": "A UBL 2.1 Invoice or CreditNote (Peppol BIS Billing 3.0), at most 20 MB, "
    "without a DTD.",
}


@router.post(
    "/invoices",
    status_code=201,
    response_model=Invoice,
    openapi_extra={"requestBody": _XML_BODY},
    responses={
        401: {"model": ErrorResponse},
        404: {"model": ErrorResponse},
        409: {"model": ErrorResponse},
        413: {"model": ErrorResponse},
        415: {"model": ErrorResponse},
        422: {"model": ErrorResponse},
    },
)
async def send_invoice(
    request: Request,
    user: Annotated[CurrentUser, Depends(current_user)],
    once: Idempotent,
    account_id: Annotated[str, Query(max_length=36)],
) -> JSONResponse:
    """Checked with the official rules (CEN EN 16931, then Peppol): a fatal finding records the
    invoice as `failed` (failure_code `rules_failed`, its findings listed), answered 201 as an
    accepted (`received`) one is. Refused: a buyer (by the document's buyer EndpointID = its
    network number) that is not an active relationship of the account (422
    `buyer_not_connected`), a number the account already used (409 `duplicate_number`), a body
    that is not a UBL document (422 `invalid_document`, 415 for another content type)."""
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type not in XML_TYPES:
        raise ApiError(
            415, "unsupported_media_type", "Send the invoice as application/xml (UBL 2.1)."
        )
    body = await request.body()
    body_sha256 = fingerprint(account_id.encode("utf-8"), body)
    answer = await run_in_threadpool(once.replayed, body_sha256)
    if answer is not None:
        return answer
    checked = await run_in_threadpool(check_document, body)  # the rules: a worker thread

    def create(session: Session) -> tuple[int, Any]:
        return 201, record_invoice(session, user.account_ids, account_id, checked)

    return await run_in_threadpool(once.run, body_sha256, create)


@router.get(
    "/invoices/{invoice_id}/document",
    response_class=Response,
    responses={
        200: {"content": {"application/xml": {}}, "description": "The UBL document as sent."},
        401: {"model": ErrorResponse},
        404: {"model": ErrorResponse},
    },
)
def invoice_document(
    invoice_id: str,
    user: Annotated[CurrentUser, Depends(current_user)],
    db: ReadSession,
) -> Response:
    row = db.execute(
        select(m.SentInvoiceDocument.content)
        .join(m.BuyerInvoice, m.BuyerInvoice.id == m.SentInvoiceDocument.invoice_id)
        .where(
            m.SentInvoiceDocument.invoice_id == invoice_id,
            m.BuyerInvoice.account_id.in_(user.account_ids),
            m.BuyerInvoice.deleted.is_(False),
        )
    ).first()
    if row is None:
        raise not_found("invoice document")
    return Response(
        row[0],
        media_type="application/xml",
        headers={"Content-Disposition": f'attachment; filename="{invoice_id}.xml"'},
    )
