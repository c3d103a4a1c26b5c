"""Only text comes in: a NUL byte or a lone surrogate in the path, the query or a JSON body is
refused at the edge with 400 `not_text`, the same on every database (PostgreSQL cannot store
either in a text column, and used to answer 500 with a traceback; SQLite took them).

The path and the query are judged before routing; a JSON body as the route reads it (the check
raises from `receive`, so the route's error handling answers, as for the body size limit).
"""

from __future__ import annotations

import json
import re
from typing import Any

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from portal.http.errors import error_response

CODE = "not_text"
MESSAGE = "The request holds a NUL byte or other characters that are not text."
# What a text column cannot hold: NUL, and UTF-16 surrogates on their own.
_NOT_TEXT = re.compile("[\x00\ud800-\udfff]")
# A JSON escape that could decode to one of them (checked precisely by parsing).
_SUSPECT_ESCAPE = re.compile(rb"\\u(0000|[dD][89a-fA-F])")


class NotText(HTTPException):
    code = CODE

    def __init__(self) -> None:
        super().__init__(400, MESSAGE)


def is_text(value: str) -> bool:
    return _NOT_TEXT.search(value) is None


def _json_is_text(body: bytes) -> bool:
    if b"\x00" in body:
        return False
    if _SUSPECT_ESCAPE.search(body) is None:
        return True
    try:
        document = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return True  # not JSON: the route's parser says so
    return _all_text(document)


def _all_text(value: Any) -> bool:
    if isinstance(value, str):
        return is_text(value)
    if isinstance(value, dict):
        return all(_all_text(k) and _all_text(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_all_text(v) for v in value)
    return True


def _query_is_text(query: bytes) -> bool:
    """Percent-decoding is the only way a NUL gets in (invalid UTF-8 decodes to U+FFFD)."""
    return b"%00" not in query and b"\x00" not in query


def _is_json(scope: Scope) -> bool:
    """FastAPI reads a body without a content type as JSON too."""
    for name, value in scope.get("headers", []):
        if name == b"content-type":
            return b"json" in value.lower()
    return True


class TextOnlyMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path, query = str(scope.get("path", "")), scope.get("query_string", b"")
        if not is_text(path) or not _query_is_text(query):
            await error_response(400, CODE, MESSAGE)(scope, receive, send)
            return
        if not _is_json(scope):
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []

        async def checked_receive() -> Message:
            message = await receive()
            if message["type"] == "http.request":
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False) and not _json_is_text(b"".join(chunks)):
                    raise NotText()
            return message

        await self.app(scope, checked_receive, send)
