"""Which attachments the network accepts, judged by content (shared by portal and desktop)."""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from xml.parsers import expat

ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024
ATTACHMENT_NAME_MAX = 200

PDF = "application/pdf"
PNG = "image/png"
JPEG = "image/jpeg"
TIFF = "image/tiff"
XML = "application/xml"
CSV = "text/csv"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ALLOWED_CONTENT_TYPES = frozenset({PDF, PNG, JPEG, TIFF, XML, CSV, XLSX, DOCX})

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", PDF),
    (b"\x89PNG\r\n\x1a\n", PNG),
    (b"\xff\xd8\xff", JPEG),
    (b"II*\x00", TIFF),
    (b"MM\x00*", TIFF),
)
_OOXML = {
    "xl/workbook.xml": ("spreadsheetml.sheet.main+xml", XLSX),
    "word/document.xml": ("wordprocessingml.document.main+xml", DOCX),
}
_CSV_DELIMITERS = (",", ";", "\t", "|")
_XML_START = re.compile(r"<(\?xml|[A-Za-z_])")


def sniff(data: bytes) -> str | None:
    """The content type of an allowed attachment, or None when it is not one we accept."""
    if not data:
        return None
    for magic, content_type in _MAGIC:
        if data.startswith(magic):
            return content_type
    if data.startswith(b"PK\x03\x04"):
        return _sniff_ooxml(data)
    text = _as_text(data)
    if text is None:
        return None
    stripped = text.lstrip()
    if _XML_START.match(stripped):
        return XML if _parses_as_xml(data) else None
    if _looks_like_csv(text):
        return CSV
    return None


def _sniff_ooxml(data: bytes) -> str | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "[Content_Types].xml" not in names:
                return None
            info = archive.getinfo("[Content_Types].xml")
            if info.file_size > 1024 * 1024:
                return None
            types = archive.read(info).decode("utf-8", errors="replace")
    except (zipfile.BadZipFile, OSError, KeyError, RuntimeError, ValueError):
        return None
    for part, (marker, content_type) in _OOXML.items():
        if part in names and marker in types:
            return content_type
    return None


def _as_text(data: bytes) -> str | None:
    if b"\x00" in data:
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    if any(unicodedata.category(ch) == "Cc" and ch not in "\t\r\n" for ch in text[:65536]):
        return None
    return text


def _parses_as_xml(data: bytes) -> bool:
    parser = expat.ParserCreate()

    def _refuse_entities(*_args: object) -> None:
        raise ValueError("entity declarations are not accepted")

    parser.EntityDeclHandler = _refuse_entities
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    try:
        parser.Parse(data, True)
    except (expat.ExpatError, ValueError):
        return False
    return True


def _looks_like_csv(text: str) -> bool:
    first = text.lstrip("\r\n").split("\n", 1)[0]
    return any(d in first for d in _CSV_DELIMITERS)


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def safe_name(name: str, fallback: str = "attachment") -> str:
    """A file name without path parts or control characters, at most ATTACHMENT_NAME_MAX chars."""
    base = re.split(r"[\\/]", name or "")[-1]
    base = _CONTROL.sub("", unicodedata.normalize("NFC", base)).strip().strip(".")
    if not base:
        return fallback
    if len(base) > ATTACHMENT_NAME_MAX:
        stem, dot, ext = base.rpartition(".")
        if dot and 0 < len(ext) <= 10:
            base = stem[: ATTACHMENT_NAME_MAX - len(ext) - 1] + "." + ext
        else:
            base = base[:ATTACHMENT_NAME_MAX]
    return base
