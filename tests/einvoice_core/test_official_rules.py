"""The official unit tests of the Peppol rules, and the published examples, all agree.

Every fragment of every test set runs through `supplier-desk --check-invoice` (one real
subprocess for all of them) and through the rule process the app and the portal use
(`einvoice.rule_server`), per set. The native engine is never loaded into the test process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest

from einvoice.rules import RuleChecker

DATA = Path(__file__).resolve().parents[1] / "data"
UNIT = DATA / "peppol-unit"
EXAMPLES = sorted((DATA / "peppol").glob("*.xml"))
VEFA = "{http://difi.no/xsd/vefa/validator/1.0}"
SETS = sorted(UNIT.glob("*.xml"))


@dataclass(frozen=True)
class UnitTest:
    name: str
    success: frozenset[str]
    fire: frozenset[str]  # named under <warning> or <error>
    document: bytes


def unit_tests(path: Path) -> list[UnitTest]:
    tests = []
    root = ET.parse(path).getroot()
    for n, test in enumerate(root.iter(f"{VEFA}test"), start=1):
        assert_el = test.find(f"{VEFA}assert")
        assert assert_el is not None
        success = {e.text.strip() for e in assert_el.iter(f"{VEFA}success") if e.text}
        fire = {
            e.text.strip()
            for tag in ("warning", "error")
            for e in assert_el.iter(f"{VEFA}{tag}")
            if e.text
        }
        (document,) = [child for child in test if child.tag != f"{VEFA}assert"]
        body = ET.tostring(document, encoding="utf-8", xml_declaration=True)
        tests.append(UnitTest(f"{path.stem}#{n}", frozenset(success), frozenset(fire), body))
    return tests


def disagreements(test: UnitTest, fired: set[str]) -> list[str]:
    wrong = [f"{rule} fired" for rule in sorted(test.success & fired)]
    wrong += [f"{rule} did not fire" for rule in sorted(test.fire - fired)]
    return wrong


def test_the_data_is_all_there() -> None:
    assert len(SETS) == 37
    assert sum(len(unit_tests(path)) for path in SETS) == 150
    assert len(EXAMPLES) == 5


@pytest.mark.parametrize("test_set", SETS, ids=lambda p: p.stem)
def test_official_unit_tests_agree_through_the_rule_process(
    test_set: Path, rulebook: RuleChecker
) -> None:
    wrong = []
    for test in unit_tests(test_set):
        fired = {finding.rule for finding in rulebook.check(test.document)}
        wrong += [f"{test.name}: {w}" for w in disagreements(test, fired)]
    assert wrong == []


def test_official_unit_tests_agree_through_the_command_line(tmp_path: Path) -> None:
    tests = {}
    for test_set in SETS:
        for test in unit_tests(test_set):
            file = tmp_path / f"{test.name.replace('#', '-')}.xml"
            file.write_bytes(test.document)
            tests[str(file)] = test
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-m", "desktop", "--check-invoice", *tests],
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
    )
    fired: dict[str, set[str]] = defaultdict(set)
    for line in run.stdout.splitlines():
        record = json.loads(line)
        assert set(record) == {"file", "rule", "flag", "location", "text"}
        fired[record["file"]].add(record["rule"])
    wrong = []
    for file, test in tests.items():
        wrong += [f"{test.name}: {w}" for w in disagreements(test, fired[file])]
    assert wrong == []
    assert run.returncode == 1, run.stderr  # some fragments break fatal rules; all are XML
    assert "PySide6" not in run.stderr


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_published_examples_pass(example: Path, rulebook: RuleChecker) -> None:
    assert rulebook.check(example.read_bytes()) == []


def test_examples_exit_zero_through_the_command_line() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "desktop", "--check-invoice", *map(str, EXAMPLES)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert (run.returncode, run.stdout) == (0, ""), run.stderr
