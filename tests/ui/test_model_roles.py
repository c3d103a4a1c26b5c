"""One role number means one thing app-wide: every model answers `Roles`, none counts its own
`UserRole + n` (which gave `UserRole + 1` three meanings in three models)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from desktop.domain.types import DirectoryEntry
from desktop.models.directory_results_model import DirectoryResultsModel
from desktop.models.group_tree_model import GroupTreeModel
from desktop.models.roles import Roles

MODELS = Path(__file__).resolve().parents[2] / "desktop" / "models"
# Rewritten on their own branch (issue 19's relationships screen); they join the rule there.
NOT_YET = {"relationships_model.py", "relationships_proxy.py"}
OWN_ROLE = re.compile(r"ItemDataRole\.UserRole\s*\+")


def test_every_role_has_its_own_number_above_qt_s() -> None:
    numbers = [int(role) for role in Roles]
    assert len(set(numbers)) == len(numbers)
    assert min(numbers) > int(Qt.ItemDataRole.UserRole)


def test_no_model_counts_roles_of_its_own() -> None:
    counting = [
        path.name
        for path in sorted(MODELS.glob("*.py"))
        if path.name not in NOT_YET | {"roles.py"} and OWN_ROLE.search(path.read_text("utf-8"))
    ]
    assert counting == []


def entry(code: str, kind: str = "entity") -> DirectoryEntry:
    return DirectoryEntry(id=f"e-{code}", kind=kind, name=f"Nordwind {code}", country=code)


def test_a_directory_entry_answers_the_same_role_in_the_results_and_the_group_tree(
    qtbot: QtBot,
) -> None:
    results = DirectoryResultsModel()
    QAbstractItemModelTester(results, QAbstractItemModelTester.FailureReportingMode.Fatal)
    results.set_entries([entry("DE"), entry("G1", kind="group")])
    assert results.index(0, 0).data(Roles.ENTRY) == entry("DE")
    assert results.index(1, 0).data(Roles.KIND) == "group"

    tree = GroupTreeModel()
    QAbstractItemModelTester(tree, QAbstractItemModelTester.FailureReportingMode.Fatal)
    tree.set_group([("DE", [entry("DE")]), ("FR", [entry("FR")])])
    countries = {tree.index(r, 0).data(Roles.COUNTRY_CODE) for r in range(tree.rowCount())}
    assert countries == {"DE", "FR"}
    first = tree.index(0, 0)
    assert tree.index(0, 0, first).data(Roles.ENTRY).country == first.data(Roles.COUNTRY_CODE)
    assert first.data(Roles.ENTRY) is None  # a country is no entry
