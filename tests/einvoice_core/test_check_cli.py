"""`supplier-desk --check-invoice`: JSON lines, exit 0/1/2, no Qt."""

from __future__ import annotations

import dataclasses
import io
import json
import subprocess
import sys
from pathlib import Path

from einvoice.ubl_write import to_ubl
from einvoice_core.builders import invoice


def check_files(paths: list[Path], out: io.StringIO) -> int:
    """`supplier-desk --check-invoice FILE...` as a user runs it: its own process (the rules
    load SaxonC, a native engine kept out of the test process); its lines go to `out`."""
    code = (
        "import sys\n"
        "from desktop.app.main import main\n"
        "sys.exit(main(['--check-invoice', *sys.argv[1:]]))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code, *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    out.write(run.stdout)
    return run.returncode


def _records(out: io.StringIO) -> list[dict[str, str]]:
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_clean_warning_fatal_and_unreadable(tmp_path: Path) -> None:
    clean = tmp_path / "clean.xml"
    clean.write_bytes(to_ubl(invoice("S")))
    fatal = tmp_path / "fatal.xml"
    doc = invoice("S")
    fatal.write_bytes(to_ubl(dataclasses.replace(doc, buyer_reference="", order_reference="")))
    out = io.StringIO()
    assert check_files([clean], out) == 0 and out.getvalue() == ""
    out = io.StringIO()
    assert check_files([clean, fatal], out) == 1
    (record,) = _records(out)
    assert record["file"] == str(fatal) and record["rule"] == "PEPPOL-EN16931-R003"
    assert record["flag"] == "fatal" and record["location"].startswith("/")
    assert record["text"]

    bad = {
        "not-xml.xml": b"not < xml",
        "dtd.xml": b'<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>',
        "html.xml": b"<html/>",
    }
    for name, body in bad.items():
        (tmp_path / name).write_bytes(body)
    files = [fatal, *(tmp_path / n for n in bad), tmp_path / "missing.xml"]
    out = io.StringIO()
    assert check_files(files, out) == 2
    reasons = {Path(r["file"]).name: r["text"].split(":")[0] for r in _records(out)[1:]}
    assert reasons == {
        "not-xml.xml": "not_xml",
        "dtd.xml": "unsafe_xml",
        "html.xml": "not_ubl",
        "missing.xml": "unreadable",
    }


def test_the_command_runs_without_qt(tmp_path: Path) -> None:
    file = tmp_path / "invoice.xml"
    file.write_bytes(to_ubl(invoice("K")))
    code = (
        "import sys\n"
        "from desktop.app.main import main\n"
        f"status = main(['--check-invoice', {str(file)!r}])\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n"
        "sys.exit(status)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert (run.returncode, run.stdout) == (0, ""), run.stderr
