"""Build einvoice/rules_data/business_terms.json from the Peppol structure files: for every
element path of a UBL Invoice and CreditNote ("Invoice/InvoiceLine/Item/Name", prefixes
and positions left out) the business term it carries ("BT-153"), so a finding's location can
name the field it is about. Run when the rules are updated:

    .venv/bin/python scripts/build_term_map.py ../shared/data/peppol-bis-billing-3/structure/syntax
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

NS = "{urn:fdc:difi.no:2017:vefa:structure-1}"
ROOT = Path(__file__).resolve().parents[1]


def walk(el: ET.Element, folder: Path, path: list[str], out: dict[str, str]) -> None:
    for child in el:
        if child.tag == f"{NS}Include":
            included = ET.parse(folder / (child.text or "").strip()).getroot()
            visit(included, folder, path, out)
        elif child.tag == f"{NS}Element":
            visit(child, folder, path, out)


def visit(el: ET.Element, folder: Path, path: list[str], out: dict[str, str]) -> None:
    term = (el.findtext(f"{NS}Term") or "").strip().split(":")[-1]
    here = [*path, term]
    for ref in el.findall(f"{NS}Reference"):
        if ref.get("type") == "BUSINESS_TERM" and ref.text:
            out.setdefault("/".join(here), ref.text.strip())
    walk(el, folder, here, out)


def main() -> None:
    folder = Path(sys.argv[1])
    terms: dict[str, str] = {}
    for name, root in (("ubl-invoice.xml", "Invoice"), ("ubl-creditnote.xml", "CreditNote")):
        document = ET.parse(folder / name).getroot().find(f"{NS}Document")
        assert document is not None
        walk(document, folder, [root], terms)
    target = ROOT / "einvoice" / "rules_data" / "business_terms.json"
    target.write_text(json.dumps(terms, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(terms)} paths -> {target}")


if __name__ == "__main__":
    main()
