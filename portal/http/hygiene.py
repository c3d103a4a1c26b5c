"""Security headers on every answer (ASGI middleware, so errors and 413s get them too)."""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

_DOCS = ("/docs", "/redoc")
# Every answer's; the API's (not the docs pages') add API_ONLY.
EVERYWHERE = (
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("X-Frame-Options", "DENY"),
)
API_ONLY = (
    ("Cache-Control", "no-store"),
    ("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"),
)


def raw_headers() -> bytes:
    """The API's security headers as HTTP/1.1 header lines, for answers the server writes
    itself before any route (431, 400 for a request it cannot parse)."""
    return b"".join(f"{name}: {value}\r\n".encode() for name, value in EVERYWHERE + API_ONLY)


class SecurityHeadersMiddleware:
    """`nosniff` and `no-referrer` everywhere; `no-store` (answers hold tokens or a supplier's
    data) and a closed Content-Security-Policy on the API, not on the docs pages."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        docs = str(scope.get("path", "")).startswith(_DOCS)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in EVERYWHERE if docs else EVERYWHERE + API_ONLY:
                    headers[name] = value
            await send(message)

        await self.app(scope, receive, send_with_headers)
