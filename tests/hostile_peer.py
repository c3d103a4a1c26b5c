"""A hostile or broken peer for tests: a tiny real HTTP server on 127.0.0.1, not our portal.

It hands out tokens on /v1/session and answers every other path as its routes say, so a test
can make it answer garbage, oversized bodies, errors or nothing at all.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from wire import schemas as w

TOKENS = w.SessionTokens(access_token="a", refresh_token="r", expires_in=900)


class Peer:
    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, dict[str, str], bytes, float]] = {}
        self.hits: dict[str, int] = {}


@pytest.fixture
def peer() -> Iterator[tuple[Peer, str]]:
    state = Peer()
    state.routes["/v1/session"] = (200, {}, TOKENS.model_dump_json().encode(), 0.0)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"  # no length needed: the body ends when the socket closes

        def _serve(self) -> None:
            path = self.path.split("?")[0]
            state.hits[path] = state.hits.get(path, 0) + 1
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            status, headers, body, delay = state.routes.get(path, (404, {}, b"", 0.0))
            time.sleep(delay)
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(body)

        do_GET = do_POST = _serve

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
