"""Every error answers {"error": {"code", "message"}}: handlers and the body size limit."""

from __future__ import annotations

import json
import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from einvoice.xml_safety import MAX_DOCUMENT_BYTES
from portal.errors import ApiError
from wire.filetypes import ATTACHMENT_MAX_BYTES

log = logging.getLogger("portal")

# Multipart framing around the largest allowed file.
UPLOAD_BODY_MAX = ATTACHMENT_MAX_BYTES + 64 * 1024
BODY_MAX = 1024 * 1024
# A UBL invoice with its attachments embedded (POST /v1/invoices).
INVOICE_BODY_MAX = MAX_DOCUMENT_BYTES
_LIMITS = {"/v1/attachments": UPLOAD_BODY_MAX, "/v1/invoices": INVOICE_BODY_MAX}
# A declared body bigger than this is refused without reading it.
DRAIN_MAX = 64 * 1024 * 1024

_STATUS_CODES = {
    400: ("bad_request", "The request could not be read."),
    401: ("unauthorized", "Sign in first: a valid access token is required."),
    403: ("forbidden", "This is not allowed."),
    404: ("not_found", "No such resource."),
    405: ("method_not_allowed", "This method is not allowed here."),
    409: ("conflict", "The request conflicts with the current state."),
    413: ("too_large", "The request body is too large."),
    415: ("unsupported_media_type", "This content type is not supported."),
    422: ("invalid_request", "The request is not valid."),
}


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def error_response(status: int, code: str, message: str, headers: Any = None) -> JSONResponse:
    return JSONResponse(
        {"error": {"code": code, "message": message}}, status_code=status, headers=headers
    )


class BodyTooLarge(HTTPException):
    def __init__(self) -> None:
        super().__init__(413, "The request body is too large.")


def _describe(err: dict[str, Any]) -> str:
    loc = [str(p) for p in err.get("loc", ()) if p not in ("body", "query", "path", "header")]
    where = ".".join(loc)
    msg = str(err.get("msg", "is not valid"))
    if err.get("type") == "missing":
        return f"{where or 'A value'} is required."
    return f"{where}: {msg}." if where else f"{msg}."


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        headers = dict(exc.headers)
        if exc.status == 401:
            headers["WWW-Authenticate"] = "Bearer"
        return error_response(exc.status, exc.code, exc.message, headers or None)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code, default = _STATUS_CODES.get(exc.status_code, ("error", "The request failed."))
        code = getattr(exc, "code", None) or code
        message = default
        standard = _phrase(exc.status_code)
        if isinstance(exc.detail, str) and exc.detail and exc.detail != standard:
            message = exc.detail if exc.detail.endswith(".") else f"{exc.detail}."
        return error_response(exc.status_code, code, message, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = list(exc.errors())
        if any(e.get("type") == "json_invalid" for e in errors):
            return error_response(422, "invalid_json", "The request body is not valid JSON.")
        message = " ".join(_describe(e) for e in errors[:5]) or "The request is not valid."
        return error_response(422, "invalid_request", message)

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
        log.error("unexpected error: %s", type(exc).__name__, exc_info=exc)
        return error_response(500, "internal_error", "The portal hit an unexpected error.")


class UnexpectedErrorMiddleware:
    """An exception no route handled answers 500 in the error shape here, inside the security
    headers' middleware (Starlette's own 500 handler runs outside every middleware, so its
    answer went without them). Logged once, with its traceback."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracked_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracked_send)
        except Exception as exc:
            if started:
                raise  # half an answer is out: the server closes the connection
            log.error("unexpected error: %s", type(exc).__name__, exc_info=exc)
            response = error_response(500, "internal_error", "The portal hit an unexpected error.")
            await response(scope, receive, send)


class BodyLimitMiddleware:
    """Refuses bodies past the limit with 413, reading (not storing) what was sent."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = _LIMITS.get(scope["path"].rstrip("/"), BODY_MAX)
        declared = _content_length(scope)
        if declared is not None and declared > limit:
            if declared <= DRAIN_MAX:
                await _drain(receive)
            await _send_413(send, close=declared > DRAIN_MAX)
            return
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    if message.get("more_body", False):
                        await _drain(receive)
                    raise BodyTooLarge()
            return message

        await self.app(scope, limited_receive, send)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _drain(receive: Receive) -> None:
    while True:
        message = await receive()
        if message["type"] != "http.request" or not message.get("more_body", False):
            return


async def _send_413(send: Send, *, close: bool) -> None:
    body = json.dumps(
        {"error": {"code": "too_large", "message": "The request body is too large."}}
    ).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    if close:
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": 413, "headers": headers})
    await send({"type": "http.response.body", "body": body})
