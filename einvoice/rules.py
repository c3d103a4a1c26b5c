"""The official Peppol BIS Billing 3.0 rules, run as published.

The two compiled rule sets (CEN EN 16931 for UBL, then Peppol) ship unmodified in
`rules_data/` and run on SaxonC-HE (`saxonche`, XSLT 3.0). Each emits SVRL; every
`svrl:failed-assert` becomes a `Finding`. Compiling both takes about 1.5-2 s. saxonche holds
the GIL while it compiles and transforms: an application with a GUI or an event loop uses
`shared_rulebook()` (the rules in a child process, `einvoice.rule_server`); `RuleBook` in
process suits scripts and tests.

Thread use: any thread may call `RuleBook.check`, at once (compiled stylesheets are
immutable, each transform gets its own transformer: tests/einvoice_core/test_rules_threads.py),
but as saxonche keeps the GIL, threads take turns: for parallel checks use several rule
processes (`einvoice.rule_server.RulePool`).
"""

from __future__ import annotations

import json
import re
import threading
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

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
    business_term: str = ""  # the BT/BG of the element at `path` (or its nearest ancestor)

    @property
    def fatal(self) -> bool:
        return self.flag == FATAL


def short_path(location: str) -> str:
    steps = []
    for name, index in _STEP.findall(location):
        steps.append(name if index == "1" else f"{name}[{index}]")
    return "/".join(steps)


_TERMS: dict[str, str] | None = None


def business_term(path: str) -> str:
    """The business term the element at a `short_path` carries, else its nearest ancestor's
    (from the Peppol structure files: rules_data/business_terms.json, scripts/build_term_map.py)."""
    global _TERMS
    if _TERMS is None:
        _TERMS = json.loads((rules_dir() / "business_terms.json").read_text(encoding="utf-8"))
    steps = [step.split("[")[0] for step in path.split("/") if step]
    while steps:
        term = _TERMS.get("/".join(steps))
        if term:
            return term
        steps.pop()
    return ""


def rules_dir() -> Path:
    return Path(str(resources.files("einvoice") / "rules_data"))


class RuleBook:
    """Both rule sets compiled once; `check` runs them on one document."""

    def __init__(self) -> None:
        from saxonche import PySaxonProcessor  # the native engine loads here, not on import

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
        return self.check_accepted(xml)

    def check_accepted(self, xml: bytes) -> list[Finding]:
        """`check` for bytes the caller's own `xml_safety.parse_ubl` accepted already (the
        portal parses once); never for anything else: Saxon's parser would read a DTD."""
        text = decode_xml(xml)
        findings: list[Finding] = []
        node = self._processor.parse_xml(xml_text=text)
        reports = [exe.transform_to_string(xdm_node=node) for exe in self._executables]
        for report in reports:
            findings.extend(parse_svrl(report))
        return findings


def parse_svrl(report: str) -> list[Finding]:
    if "failed-assert" not in report:
        return []  # the usual case: nothing to read in the report's 20 KB of fired rules
    # The report is the rule engine's own output, not the user's text: a plain parse.
    root = ET.fromstring(report.encode("utf-8"))
    findings = []
    for fa in root.iter(f"{{{SVRL_NS}}}failed-assert"):
        text_el = fa.find(f"{{{SVRL_NS}}}text")
        text = " ".join((text_el.text or "").split()) if text_el is not None else ""
        findings.append(
            make_finding(fa.get("id", ""), fa.get("flag", FATAL), fa.get("location", ""), text)
        )
    return findings


def make_finding(rule: str, flag: str, location: str, text: str) -> Finding:
    path = short_path(location)
    return Finding(
        rule=rule,
        flag=flag,
        location=location,
        text=text,
        path=path,
        terms=tuple(dict.fromkeys(_TERM.findall(text))),
        business_term=business_term(path),
    )


class RuleChecker(Protocol):
    """What checks: a `RuleBook` (in this process) or a `rule_server.RuleServer`/`RulePool`."""

    def check(self, xml: bytes) -> list[Finding]: ...

    def check_accepted(self, xml: bytes) -> list[Finding]: ...


_shared: RuleChecker | None = None
_shared_lock = threading.Lock()


def shared_rulebook() -> RuleChecker:
    """The process's checker: the rules in a child process of their own
    (`einvoice.rule_server.RuleServer`), started and compiled on first use (1.5-5 s: call it
    off the GUI thread, early). Out of process because saxonche holds the GIL while it
    compiles and transforms, which would stop every other thread of this one."""
    global _shared
    with _shared_lock:
        if _shared is None:
            from einvoice.rule_server import RuleServer

            server = RuleServer()
            server.start()
            _shared = server
        return _shared


def has_fatal(findings: list[Finding]) -> bool:
    return any(f.fatal for f in findings)
