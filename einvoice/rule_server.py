"""The rules in a process of their own, so a check never holds this process's GIL.

saxonche holds the Python GIL for the whole of a compile (1-4 s) and of a transform (a 500-line
invoice: 0.2-0.3 s of CPU): run in a thread, it still stops the GUI thread and the portal's
event loop (measured: a 10 ms ticker thread got no turn for 0.87 s during one transform).
`RuleServer` runs a `RuleBook` in a child process (`python -m einvoice.rule_server`, or the
frozen app with `--rule-server`) and talks to it over pipes; waiting on a pipe releases the
GIL. `RulePool` holds a few of them for concurrent callers (the portal).

Protocol (stdin/stdout of the child): each frame is a 4-byte big-endian length and a body.
The child first sends {"ready": true} once its rules are compiled; then per request frame
(the XML bytes, already accepted by `xml_safety.parse_ubl` in the parent) one answer frame:
{"findings": [[rule, flag, location, text], ...]} or {"error": "..."}.
"""

from __future__ import annotations

import json
import os
import queue
import struct
import subprocess
import sys
import threading
from typing import BinaryIO

from einvoice.rules import Finding, make_finding
from einvoice.xml_safety import parse_ubl

_LENGTH = struct.Struct(">I")


class RuleServerError(RuntimeError):
    """The rule process could not start or stopped answering."""


def _write(out: BinaryIO, body: bytes) -> None:
    out.write(_LENGTH.pack(len(body)) + body)
    out.flush()


def _read(inp: BinaryIO) -> bytes | None:
    head = inp.read(_LENGTH.size)
    if len(head) < _LENGTH.size:
        return None
    (size,) = _LENGTH.unpack(head)
    body = inp.read(size)
    return body if len(body) == size else None


def serve(inp: BinaryIO | None = None, out: BinaryIO | None = None) -> int:
    """The child's loop: compile the rules, then answer until stdin closes."""
    from einvoice.rules import RuleBook

    inp = inp or sys.stdin.buffer
    out = out or sys.stdout.buffer
    book = RuleBook()
    _write(out, b'{"ready":true}')
    while (request := _read(inp)) is not None:
        answer: dict[str, object]
        try:
            findings = book.check_accepted(request)
            answer = {"findings": [[f.rule, f.flag, f.location, f.text] for f in findings]}
        except Exception as exc:  # one bad request must not end the server
            answer = {"error": type(exc).__name__}
        _write(out, json.dumps(answer, separators=(",", ":")).encode("utf-8"))
    return 0


def default_command() -> list[str]:
    if getattr(sys, "frozen", False):  # the bundled app answers --rule-server before Qt
        return [sys.executable, "--rule-server"]
    return [sys.executable, "-m", "einvoice.rule_server"]


class RuleServer:
    """One rule process; `check` is safe from any thread (one request at a time)."""

    def __init__(self, command: list[str] | None = None) -> None:
        self._command = command or default_command()
        self._lock = threading.Lock()
        self._proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        """Start the process and wait until its rules are compiled (1.5-5 s)."""
        with self._lock:
            self._ensure()

    def _ensure(self) -> subprocess.Popen[bytes]:
        if self._proc is not None and self._proc.poll() is None:
            return self._proc
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        proc = subprocess.Popen(
            self._command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        assert proc.stdout is not None
        ready = _read(proc.stdout)  # type: ignore[arg-type]
        if ready is None or json.loads(ready).get("ready") is not True:
            proc.kill()
            raise RuleServerError("the rule process did not start")
        self._proc = proc
        return proc

    def check(self, xml: bytes) -> list[Finding]:
        """As `RuleBook.check`: refuses what `parse_ubl` refuses, here, before sending."""
        parse_ubl(xml)
        return self.check_accepted(xml)

    def check_accepted(self, xml: bytes) -> list[Finding]:
        answer: bytes | None = None
        with self._lock:
            for attempt in (1, 2):  # a process that died is started again once
                proc = self._ensure()
                try:
                    _write(proc.stdin, xml)  # type: ignore[arg-type]
                    answer = _read(proc.stdout)  # type: ignore[arg-type]
                except (BrokenPipeError, OSError):
                    answer = None
                if answer is not None:
                    break
                proc.kill()
                self._proc = None
                if attempt == 2:
                    raise RuleServerError("the rule process stopped answering")
        assert answer is not None
        body = json.loads(answer)
        if "error" in body:
            raise RuleServerError(f"the rule process failed: {body['error']}")
        return [make_finding(*row) for row in body["findings"]]

    def close(self) -> None:
        with self._lock:
            proc, self._proc = self._proc, None
        if proc is not None:
            if proc.stdin is not None:
                proc.stdin.close()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


class RulePool:
    """`size` rule processes; each `check` borrows an idle one (concurrent callers)."""

    def __init__(self, size: int = 2, command: list[str] | None = None) -> None:
        self._servers = [RuleServer(command) for _ in range(size)]
        self._idle: queue.Queue[RuleServer] = queue.Queue()
        for server in self._servers:
            self._idle.put(server)

    def start(self) -> None:
        threads = [threading.Thread(target=s.start) for s in self._servers]
        for t in threads:
            t.start()
        for t in threads:
            t.join()

    def check(self, xml: bytes) -> list[Finding]:
        parse_ubl(xml)
        return self.check_accepted(xml)

    def check_accepted(self, xml: bytes) -> list[Finding]:
        server = self._idle.get()
        try:
            return server.check_accepted(xml)
        finally:
            self._idle.put(server)

    def close(self) -> None:
        for server in self._servers:
            server.close()


_pool: RulePool | None = None
_pool_lock = threading.Lock()


def shared_pool(size: int = 2) -> RulePool:
    """The process's pool of rule processes (the portal: one per core), started on first use."""
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = RulePool(size)
            _pool.start()
        return _pool


def close_shared_pool() -> None:
    global _pool
    with _pool_lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.close()


if __name__ == "__main__":
    raise SystemExit(serve())
