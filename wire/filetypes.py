"""Which attachments the network accepts, judged by content (shared by portal and desktop)."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import zipfile
from xml.parsers import expat

ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024
ATTACHMENT_NAME_MAX = 200
# An Office archive may inflate to this much in all, and at most this many times its size.
ARCHIVE_MAX_UNCOMPRESSED = 100 * 1024 * 1024
ARCHIVE_MAX_RATIO = 100

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
# Content a browser or a viewer would run: refused whatever the name says.
_ACTIVE = re.compile(
    rb"<\s*(script|html|body|iframe|object|embed|svg|frameset)\b|<!doctype\s+html|javascript:"
    rb"|\bon(load|error|click|mouseover)\s*=",
    re.IGNORECASE,
)
_CODE = re.compile(
    r"\bfunction\s*\w*\s*\(|=>|\bdocument\.|\bwindow\.|\beval\s*\(|\balert\s*\(|<\?php",
    re.IGNORECASE,
)
# The names' extensions for each type: a name that says otherwise gets the type's own.
EXTENSIONS: dict[str, tuple[str, ...]] = {
    PDF: (".pdf",),
    PNG: (".png",),
    JPEG: (".jpg", ".jpeg", ".jpe"),
    TIFF: (".tif", ".tiff"),
    XML: (".xml",),
    CSV: (".csv", ".txt"),
    XLSX: (".xlsx",),
    DOCX: (".docx",),
}


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
    if text is None or _ACTIVE.search(data[: 1024 * 1024]):
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
            infos = archive.infolist()
            total = sum(info.file_size for info in infos)
            if total > ARCHIVE_MAX_UNCOMPRESSED or total > ARCHIVE_MAX_RATIO * len(data):
                return None  # a zip bomb, or near enough
            names = {info.filename for info in infos}
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
    """A delimiter in the first line, and the same number of fields on the next lines (so
    prose and program code with a comma are not taken for a table)."""
    if _CODE.search(text[:65536]):
        return False
    lines = [line for line in text.lstrip("\r\n").splitlines()[:50] if line.strip()]
    if not lines:
        return False
    for delimiter in _CSV_DELIMITERS:
        if delimiter not in lines[0]:
            continue
        try:
            rows = list(csv.reader(lines, delimiter=delimiter))
        except csv.Error:
            continue
        if len({len(row) for row in rows}) == 1:
            return True
    return False


def name_for_type(name: str, content_type: str) -> str:
    """`name` when its extension agrees with `content_type`, else with the type's extension
    added (`invoice.pdf` holding XML -> `invoice.pdf.xml`), so nothing opens it as the other."""
    extensions = EXTENSIONS.get(content_type)
    if not extensions or name.lower().endswith(extensions):
        return name
    return safe_name(name + extensions[0])


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _visible(text: str) -> str:
    """Without control characters, nor format characters (Cf: bidirectional overrides such as
    U+202E that make `invoice\u202efdp.exe` show as `invoiceexe.pdf`, zero-width ones)."""
    return "".join(ch for ch in _CONTROL.sub("", text) if unicodedata.category(ch) != "Cf")


def safe_name(name: str, fallback: str = "attachment") -> str:
    """A file name without path parts or control characters, at most ATTACHMENT_NAME_MAX chars."""
    base = re.split(r"[\\/]", name or "")[-1]
    base = _visible(unicodedata.normalize("NFC", base)).strip().strip(".")
    if not base:
        return fallback
    if len(base) > ATTACHMENT_NAME_MAX:
        stem, dot, ext = base.rpartition(".")
        if dot and 0 < len(ext) <= 10:
            base = stem[: ATTACHMENT_NAME_MAX - len(ext) - 1] + "." + ext
        else:
            base = base[:ATTACHMENT_NAME_MAX]
    return base
