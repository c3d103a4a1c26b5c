"""Uvicorn's HTTP protocols with a deadline for a request's headers and a cap on their size.

Uvicorn closes idle keep-alive connections but waits forever for headers sent byte by byte
(slow loris). These subclasses close a connection whose request line and headers do not
arrive within `HEADER_TIMEOUT` seconds, and answer 431 to headers past `MAX_HEADER_BYTES`.
They are defined here at module level so uvicorn's worker processes can import them by name
(`guarded_protocol_path`): with `--workers N` every worker is guarded too.
"""

from __future__ import annotations

import asyncio
import json
import os
from importlib.util import find_spec
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from portal.http.hygiene import raw_headers

# Seconds; SUPPLIER_PORTAL_HEADER_TIMEOUT changes it (tests cut slow clients sooner).
HEADER_TIMEOUT = float(os.environ.get("SUPPLIER_PORTAL_HEADER_TIMEOUT") or 10.0)
MAX_HEADER_BYTES = 32 * 1024
# After refusing a request, how long the rest of it is read and dropped before closing.
LINGER_S = 2.0


def _raw_answer(status_line: bytes, code: str, message: str) -> bytes:
    """A whole JSON error answer with the security headers, written before any route runs;
    the connection closes after it."""
    body = json.dumps({"error": {"code": code, "message": message}}).encode()
    return (
        status_line
        + b"\r\ncontent-type: application/json\r\nconnection: close\r\n"
        + raw_headers()
        + b"content-length: "
        + str(len(body)).encode()
        + b"\r\n\r\n"
        + body
    )


_TOO_LARGE = _raw_answer(
    b"HTTP/1.1 431 Request Header Fields Too Large",
    "headers_too_large",
    "The request headers are too large.",
)
# uvicorn's own answer to a request it cannot parse is plain text without our headers.
_MALFORMED = _raw_answer(
    b"HTTP/1.1 400 Bad Request", "malformed_request", "The request could not be read as HTTP."
)


class HeadersTooLarge(Exception):
    pass


class _HeaderGuard:
    """Mixed into a uvicorn protocol: `_arm` when a request starts, `_disarm` once its headers
    are in."""

    header_timeout = HEADER_TIMEOUT
    max_header_bytes = MAX_HEADER_BYTES
    loop: asyncio.AbstractEventLoop
    transport: asyncio.Transport

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)  # the uvicorn protocol after this mixin
        self._deadline: asyncio.TimerHandle | None = None
        self._header_bytes = 0
        self._parsed_bytes = 0
        self._too_large = False
        self._lingering = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)  # type: ignore[misc]
        self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)  # type: ignore[misc]

    def _parsed(self, size: int) -> None:
        """Bytes of the request line and headers as parsed: past the cap, the parser stops and
        uvicorn's refusal (`send_400_response`) becomes a 431."""
        self._parsed_bytes += size
        if self._parsed_bytes > self.max_header_bytes:
            self._too_large = True
            raise HeadersTooLarge()

    def _refuse_too_large(self) -> bool:
        if not self._too_large:
            return False
        self._answer_and_close(_TOO_LARGE)
        return True

    def send_400_response(self, msg: str) -> None:
        """uvicorn's refusal of a request it cannot parse: our JSON shape and headers (431
        when the headers went past the cap)."""
        if self._refuse_too_large() or self.transport.is_closing():
            return
        self._answer_and_close(_MALFORMED)

    def _arm(self) -> None:
        if self._deadline is None:
            self._header_bytes = 0
            self._deadline = self.loop.call_later(self.header_timeout, self._expire)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None
        self._header_bytes = 0

    def _expire(self) -> None:
        self._deadline = None
        if not self.transport.is_closing():
            self.transport.close()

    def _count(self, size: int) -> None:
        """Bytes received while the headers are still incomplete."""
        self._header_bytes += size
        if self._header_bytes > self.max_header_bytes:
            self._answer_and_close(_TOO_LARGE)

    def _answer_and_close(self, answer: bytes) -> None:
        """Send a refusal, then close as a server should with the request not read to its
        end: stop sending (FIN) and drop what the client still sends for LINGER_S before
        closing. Closed at once with unread bytes, the kernel resets the connection and the
        client may lose the answer (Apache's "lingering close")."""
        self._disarm()
        if self._lingering or self.transport.is_closing():
            return
        self._lingering = True
        self.transport.write(answer)
        if self.transport.can_write_eof():
            self.transport.write_eof()
            self.loop.call_later(LINGER_S, self._close_now)
        else:
            self.transport.close()

    def _close_now(self) -> None:
        if not self.transport.is_closing():
            self.transport.close()


def guarded_protocol(http: str, header_timeout: float = HEADER_TIMEOUT) -> type[asyncio.Protocol]:
    """The guarded subclass of uvicorn's `httptools` or `h11` protocol, with its own deadline
    (one process: `uvicorn.run(app, http=guarded_protocol(http))`)."""
    protocol = _PROTOCOLS[http]
    return type(protocol.__name__, (protocol,), {"header_timeout": header_timeout})


def guarded_protocol_path(http: str) -> str:
    """The import string of the guarded protocol for `http`, for uvicorn's worker processes,
    which import the protocol by name (`uvicorn.run("app", workers=2, http=...)`)."""
    return f"{__name__}:{_PROTOCOLS[http].__name__}"


class GuardedH11Protocol(_HeaderGuard, H11Protocol):
    def data_received(self, data: bytes) -> None:
        if self._lingering:  # refused: the rest of the request is dropped
            return
        super().data_received(data)
        if self.conn.their_state is h11.IDLE:
            self._arm()
            self._count(len(data))
        else:
            self._disarm()


_PROTOCOLS: dict[str, type[asyncio.Protocol]] = {"h11": GuardedH11Protocol}

if find_spec("httptools") is not None:
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

    class GuardedHttpToolsProtocol(_HeaderGuard, HttpToolsProtocol):
        def data_received(self, data: bytes) -> None:
            if self._lingering:  # refused: the rest of the request is dropped
                return
            super().data_received(data)
            if self._deadline is not None and not self.transport.is_closing():
                self._count(len(data))

        def on_message_begin(self) -> None:
            super().on_message_begin()
            self._arm()
            self._parsed_bytes = 0

        def on_url(self, url: bytes) -> None:
            self._parsed(len(url))
            super().on_url(url)

        def on_header(self, name: bytes, value: bytes) -> None:
            self._parsed(len(name) + len(value) + 4)
            super().on_header(name, value)

        def on_headers_complete(self) -> None:
            self._disarm()
            super().on_headers_complete()

    _PROTOCOLS["httptools"] = GuardedHttpToolsProtocol
