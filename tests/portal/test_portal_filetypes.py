"""wire.filetypes: content sniffing and safe names (pure functions, shared with the desktop)."""

from __future__ import annotations

import io
import zipfile

from test_portal_attachments import png_bytes, xlsx_bytes

from wire.filetypes import CSV, DOCX, JPEG, PDF, PNG, TIFF, XLSX, XML, safe_name, sniff


def docx_bytes(marker: str = "wordprocessingml.document.main+xml") -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", f'<Types><Override ContentType="{marker}"/></Types>')
        z.writestr("word/document.xml", "<document/>")
    return buf.getvalue()


def test_sniff_accepts_allowed_types() -> None:
    assert sniff(b"%PDF-1.4 ...") == PDF
    assert sniff(png_bytes()) == PNG
    assert sniff(b"\xff\xd8\xff\xe0\x00\x10JFIF") == JPEG
    assert sniff(b"II*\x00\x08\x00") == TIFF and sniff(b"MM\x00*\x00") == TIFF
    assert sniff(xlsx_bytes()) == XLSX
    assert sniff(docx_bytes()) == DOCX
    assert sniff(b"\xef\xbb\xbf<?xml version='1.0'?><a/>") == XML
    assert sniff(b"  <Invoice xmlns='urn:x'><ID>1</ID></Invoice>") == XML
    assert sniff("nazwa;kwota\nŻółta Łódka;12,50\n".encode()) == CSV


def test_sniff_refuses_the_rest() -> None:
    assert sniff(b"") is None
    assert sniff(b"MZ\x90\x00") is None  # Windows executable
    assert sniff(b"\x7fELF\x02\x01") is None
    assert sniff(docx_bytes(marker="something-else")) is None  # zip, not an OOXML document
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("evil.exe", "MZ")
    assert sniff(buf.getvalue()) is None
    assert sniff(b"a,b\x00c") is None  # NUL byte
    assert sniff(b"\xff\xfe\x00a") is None  # not UTF-8
    assert sniff(b"just some words") is None  # no delimiter
    assert sniff(b"<a><b></a>") is None  # broken XML
    bomb = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'
    assert sniff(bomb) is None


def test_safe_name() -> None:
    assert safe_name("../../etc/passwd") == "passwd"
    assert safe_name("C:\\Users\\x\\faktura.pdf") == "faktura.pdf"
    assert safe_name("a\x00b\x1fc.pdf") == "abc.pdf"
    assert safe_name("..") == "attachment"
    assert safe_name("") == "attachment"
    assert safe_name("Żółta łódka.pdf") == "Żółta łódka.pdf"
    long = safe_name("n" * 500 + ".xlsx")
    assert len(long) == 200 and long.endswith(".xlsx")
