"""`supplier-desk --check-invoice FILE...`: the app's own check, for scripts and CI.

One JSON line per finding on stdout: {"file", "rule", "flag", "location", "text"}. A file
that cannot be read as a UBL invoice (missing, not well-formed XML, a DTD or entity, over
20 MB, or another root than a UBL 2.1 Invoice / CreditNote) gets one line with rule
"unreadable", flag "fatal", location "" and the reason ("not_xml: ...", "unsafe_xml: ...",
"too_large: ...", "not_ubl: ...", "unreadable: ...") as text. Exit status: 0 no fatal rule
fired, 1 one did, 2 a file could not be read (that wins over 1). Needs no Qt, no network.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TextIO

from einvoice.xml_safety import MAX_DOCUMENT_BYTES, InvoiceFileError

EXIT_CLEAN = 0
EXIT_FATAL = 1
EXIT_UNREADABLE = 2


def check_files(paths: list[Path], out: TextIO | None = None) -> int:
    from einvoice.rules import shared_rulebook

    out = out or sys.stdout
    status = EXIT_CLEAN
    book = None
    for path in paths:
        try:
            data = _read(path)
            book = book or shared_rulebook()
            findings = book.check(data)
        except (OSError, InvoiceFileError) as exc:
            reason = exc.reason if isinstance(exc, InvoiceFileError) else "unreadable"
            _line(out, path, "unreadable", "fatal", "", f"{reason}: {_describe(exc)}")
            status = EXIT_UNREADABLE
            continue
        for f in findings:
            _line(out, path, f.rule, f.flag, f.location, f.text)
            if f.fatal and status == EXIT_CLEAN:
                status = EXIT_FATAL
    out.flush()
    return status


def _read(path: Path) -> bytes:
    from einvoice.xml_safety import TooLargeError

    with path.open("rb") as fh:
        data = fh.read(MAX_DOCUMENT_BYTES + 1)
    if len(data) > MAX_DOCUMENT_BYTES:
        raise TooLargeError(f"the file is over the {MAX_DOCUMENT_BYTES} byte limit")
    return data


def _describe(exc: Exception) -> str:
    if isinstance(exc, OSError):
        return exc.strerror or type(exc).__name__
    return str(exc)


def _line(out: TextIO, path: Path, rule: str, flag: str, location: str, text: str) -> None:
    record = {"file": str(path), "rule": rule, "flag": flag, "location": location, "text": text}
    out.write(json.dumps(record, ensure_ascii=False) + "\n")
