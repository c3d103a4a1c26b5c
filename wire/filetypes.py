"""Which attachments the network accepts, judged by content (shared by portal and desktop)."""

from __future__ import annotations

import csv
import io
import re
import struct
import unicodedata
import zipfile
import zlib
from xml.parsers import expat

ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024
ATTACHMENT_NAME_MAX = 200
# An Office archive may inflate to this much in all, and at most this many times its size.
ARCHIVE_MAX_UNCOMPRESSED = 100 * 1024 * 1024
ARCHIVE_MAX_RATIO = 100
ARCHIVE_MAX_MEMBERS = 10_000
_TYPES_MAX = 1024 * 1024  # [Content_Types].xml
_CHUNK = 64 * 1024

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
# An executable inside a document (a "PDF" that is an ELF or a Windows program after its first
# line, a polyglot): the ELF header with a valid class, byte order and version; the DOS stub's
# words; an MZ header whose pointer leads to the PE signature (checked in `_executable_inside`).
_ELF_HEADER = re.compile(rb"\x7fELF[\x01\x02][\x01\x02]\x01")
_DOS_STUB = re.compile(rb"This program (cannot be run in DOS mode|must be run under Win32)")
_MZ = re.compile(rb"MZ")
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
            return None if _executable_inside(data) else content_type
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


def _executable_inside(data: bytes) -> bool:
    """True when a program's header sits in `data` (anywhere: viewers read past junk)."""
    if _ELF_HEADER.search(data) or _DOS_STUB.search(data):
        return True
    for match in _MZ.finditer(data):
        start = match.start()
        pointer = data[start + 0x3C : start + 0x40]
        if len(pointer) < 4:
            break
        header = start + int.from_bytes(pointer, "little")
        if header > start and data[header : header + 4] == b"PE\x00\x00":
            return True
    return False


def _sniff_ooxml(data: bytes) -> str | None:
    """The Office type of a ZIP, judged by inflating it, never by the sizes it declares (a
    crafted archive may declare a few bytes and inflate to gigabytes): every member is inflated
    in small chunks against one budget and must come to the size it declares, and
    `[Content_Types].xml` is read at most `_TYPES_MAX` + 1 bytes."""
    budget = min(ARCHIVE_MAX_UNCOMPRESSED, ARCHIVE_MAX_RATIO * len(data))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            if len(infos) > ARCHIVE_MAX_MEMBERS:
                return None
            for info in infos:
                size = _inflated_size(data, info, budget)
                if size is None or size != info.file_size:
                    return None  # a zip bomb, or a member that lies about its size
                budget -= size
            names = {info.filename for info in infos}
            if "[Content_Types].xml" not in names:
                return None
            with archive.open("[Content_Types].xml") as member:
                raw = member.read(_TYPES_MAX + 1)
            if len(raw) > _TYPES_MAX:
                return None
            types = raw.decode("utf-8", errors="replace")
    except (zipfile.BadZipFile, zlib.error, OSError, KeyError, RuntimeError, ValueError, EOFError):
        return None  # not a ZIP, encrypted, truncated, a CRC that does not match...
    for part, (marker, content_type) in _OOXML.items():
        if part in names and marker in types:
            return content_type
    return None


def _inflated_size(data: bytes, info: zipfile.ZipInfo, budget: int) -> int | None:
    """How many bytes `info`'s stored data really inflates to, or None past `budget` (or when
    stored in a way an Office file never is). Input and output go `_CHUNK` at a time, so memory
    stays small whatever the member holds."""
    start = info.header_offset
    header = data[start : start + 30]
    if len(header) < 30 or not header.startswith(b"PK\x03\x04"):
        raise zipfile.BadZipFile("no local header")
    name_length, extra_length = struct.unpack("<HH", header[26:30])
    begin = start + 30 + name_length + extra_length
    packed = memoryview(data)[begin : begin + info.compress_size]
    if info.compress_type == zipfile.ZIP_STORED:
        return len(packed) if len(packed) <= budget else None
    if info.compress_type != zipfile.ZIP_DEFLATED:
        return None
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    total = 0
    for offset in range(0, len(packed), _CHUNK):
        pending = bytes(packed[offset : offset + _CHUNK])
        while pending and not inflater.eof:
            total += len(inflater.decompress(pending, _CHUNK))
            if total > budget:
                return None
            pending = inflater.unconsumed_tail
        if inflater.eof:
            break
    return total if inflater.eof else None


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
