"""After a write request the sandbox operator runs a round at once (ASGI middleware): a new
ticket, a passed verification or an invoice sent to the test customer may fall due before the
operator's next planned round (`portal.sandbox.ticket_operator`)."""

from __future__ import annotations

from collections.abc import Callable

from starlette.types import ASGIApp, Receive, Scope, Send

_READS = frozenset({"GET", "HEAD", "OPTIONS"})


class OperatorPokeMiddleware:
    def __init__(self, app: ASGIApp, poke: Callable[[], None]) -> None:
        self.app = app
        self.poke = poke

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await self.app(scope, receive, send)
        finally:  # answered (its transaction ended), or failed half way: either may leave work
            if scope["type"] == "http" and scope["method"] not in _READS:
                self.poke()
