"""A small HTTP fault proxy on 127.0.0.1 (threads and sockets) between a client and a portal.

Each request is read whole, then, by the seeded `random.Random`, passed on as it is or hit by
a fault: the connection reset before the portal sees it, a delay, a 502 or 503 from "a
gateway", the portal's answer cut short, or the answer dropped after the portal acted. One
request per connection (the proxy says `Connection: close`), so the faults follow the order
of the client's requests and a seed replays a run.
"""

from __future__ import annotations

import contextlib
import random
import socket
import struct
import threading
import time
from collections import Counter
from dataclasses import dataclass, field

FAULTS = ("pass", "reset", "delay", "bad_gateway", "unavailable", "truncate", "drop_after")


@dataclass
class FaultPlan:
    """How often each fault strikes (the rest passes)."""

    rate: float = 0.3
    weights: dict[str, float] = field(
        default_factory=lambda: {
            "reset": 1,
            "delay": 1,
            "bad_gateway": 1,
            "unavailable": 1,
            "truncate": 1.5,
            "drop_after": 2,
        }
    )


class FaultProxy:
    def __init__(self, upstream: str, rng: random.Random, plan: FaultPlan | None = None) -> None:
        host, _, port = upstream.removeprefix("http://").partition(":")
        self.upstream = (host, int(port))
        self.rng = rng
        self.plan = plan or FaultPlan()
        self.enabled = True
        # Faults to use first, in order, before the seeded ones ("pass" lets one through).
        self.script: list[str] = []
        self.injected: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._stopped = False
        self._thread = threading.Thread(target=self._accept, name="fault-proxy", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stopped = True
        self._listener.close()
        self._thread.join(timeout=5)

    def _choose(self) -> str:
        with self._lock:
            if self.script:
                fault = self.script.pop(0)
            elif not self.enabled or self.rng.random() >= self.plan.rate:
                fault = "pass"
            else:
                names = list(self.plan.weights)
                fault = self.rng.choices(names, [self.plan.weights[n] for n in names])[0]
            self.injected[fault] += 1
            return fault

    def _accept(self) -> None:
        while not self._stopped:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        with client:
            client.settimeout(30)
            try:
                request = _read_request(client)
            except (OSError, ValueError):
                return
            if request is None:
                return
            fault = self._choose()
            with contextlib.suppress(OSError):
                self._apply(fault, client, request)

    def _apply(self, fault: str, client: socket.socket, request: bytes) -> None:
        if fault == "reset":
            _reset(client)
            return
        if fault in ("bad_gateway", "unavailable"):
            status = b"502 Bad Gateway" if fault == "bad_gateway" else b"503 Service Unavailable"
            body = b"<html>upstream trouble</html>"
            client.sendall(
                b"HTTP/1.1 " + status + b"\r\ncontent-type: text/html\r\n"
                b"content-length: "
                + str(len(body)).encode()
                + b"\r\nconnection: close\r\n\r\n"
                + body
            )
            return
        if fault == "delay":
            time.sleep(self.rng.uniform(0.05, 0.3))
        answer = self._forward(request)
        if fault == "drop_after":
            _reset(client)  # the portal acted; its answer never arrives
            return
        if fault == "truncate":
            with self._lock:
                cut = self.rng.randint(1, max(1, len(answer) - 1))
            client.sendall(answer[:cut])
            _reset(client)
            return
        client.sendall(answer)

    def _forward(self, request: bytes) -> bytes:
        with socket.create_connection(self.upstream, timeout=30) as upstream:
            upstream.sendall(request)
            chunks = []
            while True:
                chunk = upstream.recv(65536)
                if not chunk:
                    break
                chunks.append(chunk)
        return b"".join(chunks)


def _reset(sock: socket.socket) -> None:
    """Close with RST instead of FIN."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


def _read_request(sock: socket.socket) -> bytes | None:
    """One whole request, rewritten to `Connection: close`; None when the client went away."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    length = 0
    kept = [lines[0]]
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        lowered = name.strip().lower()
        if lowered == b"content-length":
            length = int(value.strip())
        if lowered in (b"connection", b"keep-alive"):
            continue
        kept.append(line)
    if any(line.lower().startswith(b"transfer-encoding:") for line in lines):
        raise ValueError("chunked requests are not proxied")
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        body += chunk
    kept.append(b"Connection: close")
    return b"\r\n".join(kept) + b"\r\n\r\n" + body
