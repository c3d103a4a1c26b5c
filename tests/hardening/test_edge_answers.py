"""Answers at the edge: the security headers on a 500, a 431 and the server's own 400 (in the
error shape too), the attachment download's content types in the OpenAPI document, a "PDF"
that is a program refused, and tokens put in a URL kept out of the access log."""

from __future__ import annotations

import json
import os
import socket
import struct
from pathlib import Path

import requests

from tests.hardening.conftest import StartPortal
from tests.hardening.helpers import TIMEOUT, portal_db, sign_in
from tests.worker_portal import worker_portal
from wire.filetypes import ALLOWED_CONTENT_TYPES, sniff

SECURITY_HEADERS = {
    "x-content-type-options": "nosniff",
    "cache-control": "no-store",
    "referrer-policy": "no-referrer",
    "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
}


def _raw(base_url: str, request: bytes) -> tuple[int, dict[str, str], bytes]:
    """(status, headers, body) of the answer to `request` sent as is on a new connection."""
    host, port = base_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=TIMEOUT) as sock:
        sock.sendall(request)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return int(lines[0].split()[1]), headers, body


def _assert_secured(headers: dict[str, str]) -> None:
    lowered = {k.lower(): v for k, v in headers.items()}
    for name, value in SECURITY_HEADERS.items():
        assert lowered.get(name) == value, (name, headers)


def test_a_500_carries_the_security_headers(start_portal: StartPortal) -> None:
    server = start_portal()
    api = sign_in(server.base_url, "elise")
    with portal_db(server.db_url) as db:  # the database breaks behind the portal's back
        db.execute("ALTER TABLE connection_requests RENAME TO gone")
    r = api.get("/v1/sync/connection-requests")
    assert r.status_code == 500
    assert r.json() == {
        "error": {"code": "internal_error", "message": "The portal hit an unexpected error."}
    }
    _assert_secured(dict(r.headers))


def test_431_and_the_servers_own_400_carry_the_headers_and_the_shape(
    start_portal: StartPortal,
) -> None:
    url = start_portal().base_url
    status, headers, body = _raw(
        url, b"GET /v1/me HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 65536 + b"\r\n\r\n"
    )
    assert status == 431
    _assert_secured(headers)
    assert json.loads(body)["error"]["code"] == "headers_too_large"
    for malformed in (b"NOT HTTP AT ALL\r\n\r\n", b"GET /v1/me HTTP/1.1\r\nHost x\r\n\r\n"):
        status, headers, body = _raw(url, malformed)
        assert status == 400, body
        _assert_secured(headers)
        assert headers["content-type"] == "application/json"
        assert json.loads(body) == {
            "error": {
                "code": "malformed_request",
                "message": "The request could not be read as HTTP.",
            }
        }


def test_a_refused_request_still_being_sent_gets_its_answer_not_a_reset(
    start_portal: StartPortal,
) -> None:
    """Headers of a megabyte: the portal answers 431 after 32 KB while the client is still
    sending. It reads and drops the rest before closing (a lingering close); closed at once
    with unread bytes, the kernel reset the connection and the client lost the answer."""
    url = start_portal().base_url
    for _ in range(5):
        status, headers, body = _raw(
            url, b"GET /v1/me HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * (1 << 20) + b"\r\n\r\n"
        )
        assert status == 431
        assert json.loads(body)["error"]["code"] == "headers_too_large"


def test_the_document_states_the_downloads_content_types(start_portal: StartPortal) -> None:
    doc = requests.get(f"{start_portal().base_url}/openapi.json", timeout=TIMEOUT).json()
    ok = doc["paths"]["/v1/attachments/{attachment_id}"]["get"]["responses"]["200"]
    assert set(ok["content"]) == ALLOWED_CONTENT_TYPES


def _elf() -> bytes:
    return b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + b"\x02\x00\x3e\x00" + os.urandom(512)


def _windows_program() -> bytes:
    program = bytearray(b"MZ" + b"\x00" * 510)
    program[0x3C:0x40] = struct.pack("<I", 0x80)
    program[0x80:0x84] = b"PE\x00\x00"
    return bytes(program)


def test_a_pdf_that_is_a_program_is_refused(start_portal: StartPortal) -> None:
    api = sign_in(start_portal().base_url, "elise")
    real = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    assert sniff(real) == "application/pdf"
    for program in (_elf(), _windows_program()):
        for data in (b"%PDF-1.7\n" + program, real + program):
            assert sniff(data) is None
            r = api.upload("invoice.pdf", data)
            assert r.status_code == 415, r.text
            assert r.json()["error"]["code"] == "unsupported_attachment"
    assert api.upload("invoice.pdf", real).status_code == 201


def test_tokens_in_a_url_never_reach_the_access_log(tmp_path: Path) -> None:
    log = tmp_path / "stdout.log"
    url = f"sqlite:///{tmp_path / 'portal.db'}"
    with worker_portal(
        url,
        workers=1,
        args=("--generated-buyers", "20"),
        env={"PYTHONUNBUFFERED": "1"},
        stdout=log,
    ) as (base_url, _proc):
        api = sign_in(base_url, "elise")
        token = api.tokens["access_token"]
        refresh = api.tokens["refresh_token"]
        for query in (
            f"access_token={token}",
            f"refresh_token={refresh}&after=0",
            f"t={token}",
            token,
        ):
            requests.get(f"{base_url}/v1/sync/requests?{query}", timeout=TIMEOUT)
    written = log.read_text()
    assert "GET /v1/sync/requests?access_token=[redacted] HTTP/1.1" in written, written
    assert "refresh_token=[redacted]&after=0" in written
    assert token not in written and refresh not in written
