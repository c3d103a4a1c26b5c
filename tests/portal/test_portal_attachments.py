"""POST /v1/attachments: size limit, type by content, sanitised names."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

from portal_helpers import Api

from wire.filetypes import ATTACHMENT_MAX_BYTES


def png_bytes() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\x00\x00"))
        + chunk(b"IEND", b"")
    )


def xlsx_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types><Override ContentType='
            '"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"'
            ' PartName="/xl/workbook.xml"/></Types>',
        )
        z.writestr("xl/workbook.xml", "<workbook/>")
    return buf.getvalue()


def upload(api: Api, name: str, data: bytes) -> tuple[int, dict[str, object]]:
    r = api.post("/v1/attachments", files={"file": (name, data, "application/pdf")})
    return r.status_code, r.json()


def test_png_named_pdf_is_stored_as_png(elise: Api) -> None:
    status, body = upload(elise, "invoice.pdf", png_bytes())
    assert status == 201, body
    assert body["content_type"] == "image/png"
    assert body["name"] == "invoice.pdf.png"  # the name agrees with the content (issue 11)
    assert body["size"] == len(png_bytes())
    assert len(str(body["sha256"])) == 64


def test_exe_named_pdf_is_refused(elise: Api) -> None:
    exe = b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 200
    status, body = upload(elise, "contract.pdf", exe)
    assert status == 415
    assert body["error"]["code"] == "unsupported_attachment"  # type: ignore[index]


def test_other_allowed_types(elise: Api) -> None:
    cases = {
        "a.bin": (b"%PDF-1.7\n%%EOF\n", "application/pdf"),
        "b.xlsx": (
            xlsx_bytes(),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
        "c.txt": (b"nr;data;kwota\nFV/1;2026-01-02;12,50\n", "text/csv"),
        "d.xml": (b'<?xml version="1.0"?><Invoice><ID>1</ID></Invoice>', "application/xml"),
    }
    for name, (data, expected) in cases.items():
        status, body = upload(elise, name, data)
        assert status == 201, (name, body)
        assert body["content_type"] == expected


def test_path_and_control_characters_are_stripped(elise: Api) -> None:
    status, body = upload(elise, "../../etc/\x07evil\x00name.pdf", b"%PDF-1.4 x")
    assert status == 201, body
    assert body["name"] == "evilname.pdf"
    status, body = upload(elise, "C:\\Users\\elise\\umowa.pdf", b"%PDF-1.4 x")
    assert body["name"] == "umowa.pdf"
    status, body = upload(elise, "x" * 400 + ".pdf", b"%PDF-1.4 x")
    assert len(str(body["name"])) <= 200 and str(body["name"]).endswith(".pdf")


def test_size_limit(elise: Api) -> None:
    exact = b"%PDF-1.4\n" + b"0" * (ATTACHMENT_MAX_BYTES - 9)
    status, body = upload(elise, "max.pdf", exact)
    assert status == 201 and body["size"] == ATTACHMENT_MAX_BYTES
    status, body = upload(elise, "big.pdf", exact + b"1")
    assert status == 413
    assert body["error"]["code"] == "attachment_too_large"  # type: ignore[index]
    status, body = upload(elise, "huge.pdf", exact * 2)
    assert status == 413
    assert set(body["error"]) == {"code", "message"}  # type: ignore[arg-type]


def test_upload_needs_a_token_and_a_file(elise: Api, portal_url: str) -> None:
    import requests

    r = requests.post(
        f"{portal_url}/v1/attachments", files={"file": ("a.pdf", b"%PDF-")}, timeout=10
    )
    assert r.status_code == 401
    r = elise.post("/v1/attachments", files={"other": ("a.pdf", b"%PDF-")})
    assert r.status_code == 422
    assert r.json()["error"]["message"]
    status, body = upload(elise, "empty.pdf", b"")
    assert status in (415, 422)
