"""Show group: the tree model (checked by QAbstractItemModelTester) and the panel on a real group."""

from __future__ import annotations

from connect_helpers import TIMEOUT_MS
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from desktop.app.context import AppContext
from desktop.domain.types import DirectoryEntry
from desktop.models.group_tree_model import GroupTreeModel
from desktop.views.pages.connect_page import ConnectPage

CHECK = Qt.ItemDataRole.CheckStateRole


def _entity(i: str, country: str) -> DirectoryEntry:
    return DirectoryEntry(
        id=i, kind="entity", name=f"Buyer {i}", network_number=f"AAA{i}", country=country
    )


def test_model_tristate_countries_one_source_of_truth(qtbot: QtBot) -> None:
    model = GroupTreeModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_group(
        [("GB", [_entity("1", "GB"), _entity("2", "GB")]), ("PL", [_entity("3", "PL")])],
        checked={"1"},
    )
    # Countries are sorted by name in the user's language (issue 18): find them by name.
    countries = {model.index(r, 0).data(): model.index(r, 0) for r in range(model.rowCount())}
    assert set(countries) == {"UNITED KINGDOM", "POLAND"}
    gb, pl = countries["UNITED KINGDOM"], countries["POLAND"]
    assert model.flags(gb) & Qt.ItemFlag.ItemIsAutoTristate
    assert model.flags(model.index(0, 0, gb)) & Qt.ItemFlag.ItemIsUserCheckable
    assert gb.data(CHECK) == Qt.CheckState.PartiallyChecked
    assert pl.data(CHECK) == Qt.CheckState.Unchecked

    with qtbot.waitSignal(model.dataChanged):
        assert model.setData(pl, Qt.CheckState.Checked, CHECK)  # a country checks its entities
    assert model.index(0, 0, pl).data(CHECK) == Qt.CheckState.Checked
    assert model.setData(gb, Qt.CheckState.Checked, CHECK)
    assert model.checked_ids() == {"1", "2", "3"}
    assert model.setData(model.index(1, 0, gb), Qt.CheckState.Unchecked, CHECK)
    assert gb.data(CHECK) == Qt.CheckState.PartiallyChecked
    # In the tree's order: POLAND sorts before UNITED KINGDOM.
    assert [e.id for e in model.checked_entries()] == ["3", "1"]
    assert model.setData(gb, Qt.CheckState.Unchecked, CHECK)
    assert gb.data(CHECK) == Qt.CheckState.Unchecked and model.checked_ids() == {"3"}


def _choose(qtbot: QtBot, page: ConnectPage, text: str, pick: str) -> DirectoryEntry:
    combo = page.combo
    with qtbot.waitSignal(combo.results_shown, timeout=TIMEOUT_MS):
        qtbot.keyClicks(combo.edit, text)
    texts = [combo.model.data(combo.model.index(r, 0)) for r in range(combo.model.rowCount())]
    row = next(i for i, t in enumerate(texts) if pick in t)
    combo.popup.setCurrentIndex(combo.model.index(row, 0))
    with qtbot.waitSignal(combo.entry_chosen, timeout=2000) as chosen:
        qtbot.keyClick(combo.edit, Qt.Key.Key_Return)
    entry = chosen.args[0]
    assert isinstance(entry, DirectoryEntry)
    return entry


def test_show_group_of_a_chosen_entity(qtbot: QtBot, ctx: AppContext) -> None:
    page = ConnectPage(ctx)
    qtbot.addWidget(page)
    page.show()
    tester = QAbstractItemModelTester(
        page.group_panel.model, QAbstractItemModelTester.FailureReportingMode.Fatal
    )
    assert not page.show_group.isEnabled()
    with qtbot.waitSignal(page.group_section.known, timeout=TIMEOUT_MS) as known:
        entry = _choose(qtbot, page, "nordwind deutsch", "Nordwind Deutschland GmbH")
    assert known.args == [True]
    assert entry.group_id and page.show_group.isEnabled() and page.show_group.isVisible()
    assert page.group_hint.isVisible()
    with qtbot.waitSignal(page.group_panel.loaded, timeout=TIMEOUT_MS):
        qtbot.mouseClick(page.show_group, Qt.MouseButton.LeftButton)
    model = page.group_panel.model
    countries = {model.index(r, 0).data(): model.index(r, 0) for r in range(model.rowCount())}
    assert {"GERMANY", "UNITED KINGDOM", "POLAND"} <= set(countries)
    assert model.checked_ids() == {entry.id}  # the selected entity comes pre-checked
    assert countries["GERMANY"].data(CHECK) == Qt.CheckState.PartiallyChecked
    assert [b.id for b in page.chosen_buyers()] == [entry.id]
    model.setData(countries["UNITED KINGDOM"], Qt.CheckState.Checked, CHECK)
    assert len(page.chosen_buyers()) == 1 + model.rowCount(countries["UNITED KINGDOM"])
    del tester


def test_choosing_a_group_opens_its_tree(qtbot: QtBot, ctx: AppContext) -> None:
    page = ConnectPage(ctx)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.group_panel.loaded, timeout=TIMEOUT_MS):
        entry = _choose(qtbot, page, "nordwind", "NORDWIND ALL COMPANIES GROUP")
    assert entry.kind == "group"
    assert page.group_panel.model.entity_count() == 7
    assert page.chosen_buyers() == []
    assert not page.connect_button.isEnabled()


def test_a_buyer_alone_in_its_group_is_not_called_part_of_a_group(
    qtbot: QtBot, ctx: AppContext
) -> None:
    page = ConnectPage(ctx)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.group_section.known, timeout=TIMEOUT_MS) as known:
        entry = _choose(qtbot, page, "technical serv", "Technical Services Test Buyer 17")
    assert entry.group_id  # the sandbox puts it in a group of its own
    assert known.args == [False]
    assert not page.group_hint.isVisible() and not page.show_group.isVisible()
    assert page.selected_box.isVisible()  # the customer is chosen all the same

    # A customer whose group holds others: the section appears.
    page.combo.clear()
    with qtbot.waitSignal(page.group_section.known, timeout=TIMEOUT_MS) as known:
        _choose(qtbot, page, "nordwind deutsch", "Nordwind Deutschland GmbH")
    assert known.args == [True] and page.group_hint.isVisible()
    assert "part of a group" in page.group_hint.text()
