"""The customer combo against the real portal: typing, diacritics, keys, stale answers."""

from __future__ import annotations

from connect_helpers import TIMEOUT_MS
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app.context import AppContext
from desktop.views.widgets.customer_combo import CustomerCombo

TECH = "AAA206515132 - Technical Services Test Buyer 17"


def _combo(qtbot: QtBot, ctx: AppContext) -> CustomerCombo:
    combo = CustomerCombo(ctx)
    qtbot.addWidget(combo)
    combo.resize(500, 40)
    combo.show()
    return combo


def _texts(combo: CustomerCombo) -> list[str]:
    model = combo.model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_searches_as_you_type(qtbot: QtBot, ctx: AppContext) -> None:
    combo = _combo(qtbot, ctx)
    with qtbot.waitSignal(combo.results_shown, timeout=TIMEOUT_MS):
        qtbot.keyClicks(combo.edit, "technical serv")
    assert any(t.startswith(TECH) for t in _texts(combo)), _texts(combo)
    assert combo.popup.isVisible()
    assert not combo.offline


def test_diacritics_and_keyboard_choice(qtbot: QtBot, ctx: AppContext) -> None:
    combo = _combo(qtbot, ctx)
    with qtbot.waitSignal(combo.results_shown, timeout=TIMEOUT_MS):
        qtbot.keyClicks(combo.edit, "lodz")
    texts = _texts(combo)
    assert any("Łódź" in t for t in texts), texts
    target = next(i for i, t in enumerate(texts) if "Łódź" in t)
    for _ in range(target):
        qtbot.keyClick(combo.edit, Qt.Key.Key_Down)
    with qtbot.waitSignal(combo.entry_chosen, timeout=2000) as chosen:
        qtbot.keyClick(combo.edit, Qt.Key.Key_Return)
    assert "Łódź" in chosen.args[0].name
    assert not combo.popup.isVisible()
    assert "Łódź" in combo.edit.text()


def test_escape_closes_and_down_reopens(qtbot: QtBot, ctx: AppContext) -> None:
    combo = _combo(qtbot, ctx)
    with qtbot.waitSignal(combo.results_shown, timeout=TIMEOUT_MS):
        qtbot.keyClicks(combo.edit, "nordwind")
    assert combo.popup.isVisible()
    qtbot.keyClick(combo.edit, Qt.Key.Key_Escape)
    assert not combo.popup.isVisible()
    qtbot.keyClick(combo.edit, Qt.Key.Key_Down)
    assert combo.popup.isVisible()
    groups = [r for r in range(combo.model.rowCount()) if combo.model.entry(r).kind == "group"]
    assert groups and "(group)" in _texts(combo)[groups[0]]


def test_stale_answers_are_dropped(qtbot: QtBot, ctx: AppContext) -> None:
    combo = _combo(qtbot, ctx)
    shown: list[int] = []
    combo.results_shown.connect(shown.append)
    # Three searches in flight at once on the pool; only the last one's answer may land.
    combo.search("technical serv")
    combo.search("nordwind")
    combo.search("lodz")
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=TIMEOUT_MS)
    ctx.tasks.wait()
    qtbot.wait(100)  # let any late (stale) answer arrive and be ignored
    assert len(shown) == 1
    assert all("Technical" not in t and "Nordwind" not in t for t in _texts(combo))
    assert any("Łódź" in t for t in _texts(combo))


def test_typing_fast_searches_once_for_the_last_text(qtbot: QtBot, ctx: AppContext) -> None:
    combo = _combo(qtbot, ctx)
    shown: list[int] = []
    combo.results_shown.connect(shown.append)
    qtbot.keyClicks(combo.edit, "nordw")
    qtbot.keyClicks(combo.edit, "\b" * 5)
    qtbot.keyClicks(combo.edit, "technical serv")
    qtbot.waitUntil(lambda: bool(shown), timeout=TIMEOUT_MS)
    qtbot.wait(300)
    assert len(shown) == 1
    assert any(t.startswith(TECH) for t in _texts(combo))
