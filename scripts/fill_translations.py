"""Fill unfinished Polish entries of i18n/supplier_desk_pl.ts from a TSV file.

Each line: context<TAB>source<TAB>translation. A plural (numerus) entry gives its three Polish
forms separated by " || ". Run scripts/update_translations first, so the entries exist; lines
whose entry is missing are reported and the script exits 1. Escapes: \\n and \\t in the TSV.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "i18n" / "supplier_desk_pl.ts"


def unescape(text: str) -> str:
    return text.replace("\\n", "\n").replace("\\t", "\t")


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: fill_translations.py FILE.tsv", file=sys.stderr)
        return 2
    wanted: dict[tuple[str, str], str] = {}
    for line in Path(argv[1]).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        context, source, translation = line.split("\t", 2)
        wanted[(context, unescape(source))] = unescape(translation)
    tree = ET.parse(TS)
    found: set[tuple[str, str]] = set()
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.findall("message"):
            key = (name, msg.findtext("source") or "")
            if key not in wanted:
                continue
            found.add(key)
            tr = msg.find("translation")
            assert tr is not None
            tr.attrib.pop("type", None)
            if msg.get("numerus") == "yes":
                for form in list(tr):
                    tr.remove(form)
                for text in wanted[key].split(" || "):
                    ET.SubElement(tr, "numerusform").text = text
            else:
                tr.text = wanted[key]
    missing = sorted(set(wanted) - found)
    header = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
    body = ET.tostring(tree.getroot(), encoding="unicode")
    TS.write_text(header + body + "\n", encoding="utf-8")
    for context, source in missing:
        print(f"no entry: {context}: {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
