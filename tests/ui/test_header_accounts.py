"""The header's supplier account chooser is the one AccountCombo: no first row, each account's
network number as its tooltip; refilling it is no choice of the user's, picking one is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from desktop.domain.types import Account
from desktop.views.widgets.account_combo import AccountCombo
from desktop.views.widgets.header_bar import HeaderBar

NORTH = Account(id="a-1", network_number="0088:5790000435951", name="North Foods", country="PL")
SOUTH = Account(id="a-2", network_number="0088:5790000435968", name="South Foods", country="PL")


def test_the_header_chooses_its_account_with_the_account_combo(qtbot: QtBot) -> None:
    menu = QMenu()
    header = HeaderBar(QIcon(), menu)
    qtbot.addWidget(header)
    combo = header.account_combo
    assert isinstance(combo, AccountCombo)
    assert combo.objectName() == "accountCombo"
    selected: list[str] = []
    header.account_selected.connect(selected.append)

    header.set_accounts([], None)
    assert combo.count() == 0 and not combo.isEnabled()

    header.set_accounts([NORTH, SOUTH], SOUTH.id)
    assert [combo.itemText(i) for i in range(combo.count())] == ["North Foods", "South Foods"]
    assert combo.itemData(0, Qt.ItemDataRole.ToolTipRole) == NORTH.network_number
    assert combo.account_id() == SOUTH.id and combo.isEnabled()
    header.set_accounts([NORTH, SOUTH], None)  # no current one: the first
    assert combo.account_id() == NORTH.id
    assert selected == []  # refilling is no choice of the user's

    combo.setCurrentIndex(1)
    assert selected == [SOUTH.id]
    header.set_accounts([NORTH], NORTH.id)  # SOUTH went away with a sync
    assert combo.account_id() == NORTH.id and selected == [SOUTH.id]
