"""Reading untrusted XML safely: a size limit, no DTD, no entities, UBL only.

Every byte string that comes from outside (an imported file, a POST body) passes through
`parse_untrusted` before anything else reads it, the rule engine included: Saxon's own
parser is only ever handed text this function accepted (no DTD, so no entity of any kind).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024  # 20 MB: attachments included

INVOICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
CREDIT_NOTE_NS = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
UBL_ROOTS = {f"{{{INVOICE_NS}}}Invoice", f"{{{CREDIT_NOTE_NS}}}CreditNote"}

_DECLARED_ENCODING = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")


class InvoiceFileError(ValueError):
    """A document that cannot be read as a UBL invoice; `reason` is a stable code."""

    reason = "unreadable"

    def __init__(self, message: str) -> None:
        super().__init__(message)


class TooLargeError(InvoiceFileError):
    reason = "too_large"


class UnsafeXmlError(InvoiceFileError):
    """A DTD, an entity declaration or an external reference: refused, never expanded."""

    reason = "unsafe_xml"


class NotXmlError(InvoiceFileError):
    reason = "not_xml"


class NotUblError(InvoiceFileError):
    """Well-formed XML, but neither a UBL 2.1 Invoice nor a CreditNote."""

    reason = "not_ubl"


def parse_untrusted(data: bytes, *, max_bytes: int = MAX_DOCUMENT_BYTES) -> ET.Element:
    """The root element of a well-formed, DTD-free XML document of at most max_bytes."""
    if len(data) > max_bytes:
        raise TooLargeError(f"the document is {len(data)} bytes, over the {max_bytes} limit")
    try:
        return SafeET.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise UnsafeXmlError(
            f"the document holds a DTD or an entity ({type(exc).__name__})"
        ) from None
    except ET.ParseError as exc:
        raise NotXmlError(f"not well-formed XML: {exc}") from None


def parse_ubl(data: bytes, *, max_bytes: int = MAX_DOCUMENT_BYTES) -> ET.Element:
    root = parse_untrusted(data, max_bytes=max_bytes)
    if root.tag not in UBL_ROOTS:
        raise NotUblError(f"the root element {root.tag} is not a UBL 2.1 Invoice or CreditNote")
    return root


def decode_xml(data: bytes) -> str:
    """The document as text, decoded by its BOM or declared encoding (UTF-8 otherwise)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    match = _DECLARED_ENCODING.match(data[:200])
    encoding = match.group(1).decode("ascii") if match else "utf-8"
    try:
        return data.decode(encoding)
    except (LookupError, UnicodeDecodeError) as exc:
        raise NotXmlError(f"cannot decode the document: {exc}") from None
