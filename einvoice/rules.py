"""The official Peppol BIS Billing 3.0 rules, run as published.

The two compiled rule sets (CEN EN 16931 for UBL, then Peppol) ship unmodified in
`rules_data/` and run on SaxonC-HE (`saxonche`, XSLT 3.0). Each emits SVRL; every
`svrl:failed-assert` becomes a `Finding`. Compiling both takes about 1.5-2 s: build one
`RuleBook` per process, off the GUI thread, and reuse it (`shared_rulebook()`).

Thread use: one RuleBook serialises its transforms with a lock (Saxon's executables are
not documented as safe for concurrent transforms); the portal runs checks in worker threads,
so they queue on it. See bench/bench_invoice_check.py for the figures.
"""

from __future__ import annotations

import re
import threading
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from einvoice.xml_safety import decode_xml, parse_ubl

RULE_SETS = ("CEN-EN16931-UBL.xslt", "PEPPOL-EN16931-UBL.xslt")
SVRL_NS = "http://purl.oclc.org/dsdl/svrl"
FATAL = "fatal"
WARNING = "warning"

_TERM = re.compile(r"\b(B[TG]-\d+)\b")
_STEP = re.compile(r"\*:([A-Za-z]+)\[namespace-uri\(\)='[^']*'\]\[(\d+)\]")


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str  # the rule id, e.g. "BR-CO-15", "PEPPOL-EN16931-R001"
    flag: str  # "fatal" or "warning"
    location: str  # the XPath of the node the rule was checked on, as the rules give it
    text: str  # the rule's own text (English)
    path: str = ""  # location shortened: "Invoice/InvoiceLine[2]/Item" (1-based, [1] left out)
    terms: tuple[str, ...] = ()  # the BT-/BG- business terms the rule's text names, in order

    @property
    def fatal(self) -> bool:
        return self.flag == FATAL


def short_path(location: str) -> str:
    steps = []
    for name, index in _STEP.findall(location):
        steps.append(name if index == "1" else f"{name}[{index}]")
    return "/".join(steps)


def rules_dir() -> Path:
    return Path(str(resources.files("einvoice") / "rules_data"))


class RuleBook:
    """Both rule sets compiled once; `check` runs them on one document."""

    def __init__(self) -> None:
        from saxonche import PySaxonProcessor  # the native engine loads here, not on import

        self._lock = threading.Lock()
        self._processor: Any = PySaxonProcessor(license=False)
        xslt = self._processor.new_xslt30_processor()
        folder = rules_dir()
        self._executables: list[Any] = [
            xslt.compile_stylesheet(stylesheet_file=str(folder / name)) for name in RULE_SETS
        ]

    def check(self, xml: bytes) -> list[Finding]:
        """The findings of both rule sets (CEN first, then Peppol), in document order.

        Raises an `einvoice.xml_safety.InvoiceFileError` for a document that is not
        well-formed, holds a DTD, is too large or is not a UBL Invoice / CreditNote: such
        text never reaches the engine.
        """
        parse_ubl(xml)
        text = decode_xml(xml)
        findings: list[Finding] = []
        with self._lock:
            node = self._processor.parse_xml(xml_text=text)
            reports = [exe.transform_to_string(xdm_node=node) for exe in self._executables]
        for report in reports:
            findings.extend(parse_svrl(report))
        return findings


def parse_svrl(report: str) -> list[Finding]:
    # The report is the rule engine's own output, not the user's text: a plain parse.
    root = ET.fromstring(report.encode("utf-8"))
    findings = []
    for fa in root.iter(f"{{{SVRL_NS}}}failed-assert"):
        text_el = fa.find(f"{{{SVRL_NS}}}text")
        text = " ".join((text_el.text or "").split()) if text_el is not None else ""
        location = fa.get("location", "")
        findings.append(
            Finding(
                rule=fa.get("id", ""),
                flag=fa.get("flag", FATAL),
                location=location,
                text=text,
                path=short_path(location),
                terms=tuple(dict.fromkeys(_TERM.findall(text))),
            )
        )
    return findings


_shared: RuleBook | None = None
_shared_lock = threading.Lock()


def shared_rulebook() -> RuleBook:
    """The process's RuleBook, compiled on first use (call it off the GUI thread)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = RuleBook()
        return _shared


def has_fatal(findings: list[Finding]) -> bool:
    return any(f.fatal for f in findings)
