"""The Connect page end to end against the real portal: outcome, warnings, bad input."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from connect_helpers import TIMEOUT_MS
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.app.context import AppContext
from desktop.domain.types import ConnectionRequestRow, DirectoryEntry
from desktop.views.pages.connect_page import ConnectPage
from tests.file_dialog_driver import answer_file_dialog
from wire.schemas import VENDOR_CODE_MAX


def _page(qtbot: QtBot, ctx: AppContext) -> ConnectPage:
    page = ConnectPage(ctx)
    qtbot.addWidget(page)
    page.resize(900, 1200)
    page.show()
    return page


def choose(qtbot: QtBot, page: ConnectPage, query: str, pick: str) -> DirectoryEntry:
    combo = page.combo
    with qtbot.waitSignal(combo.results_shown, timeout=TIMEOUT_MS):
        qtbot.keyClicks(combo.edit, query)
    texts = [combo.model.data(combo.model.index(r, 0)) for r in range(combo.model.rowCount())]
    row = next(i for i, t in enumerate(texts) if pick in t)
    combo.popup.setCurrentIndex(combo.model.index(row, 0))
    with qtbot.waitSignal(combo.entry_chosen, timeout=2000) as chosen:
        qtbot.keyClick(combo.edit, Qt.Key.Key_Return)
    entry: DirectoryEntry = chosen.args[0]
    return entry


def connect_and_wait_outcome(qtbot: QtBot, page: ConnectPage) -> ConnectionRequestRow:
    """Press CONNECT; wait until the network's answer (not the queued state) is shown."""
    rows: list[ConnectionRequestRow] = []
    page.outcome_shown.connect(rows.append)
    qtbot.mouseClick(page.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(rows) and rows[-1].remote_id is not None, timeout=TIMEOUT_MS)
    return rows[-1]


@pytest.fixture
def no_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record message boxes instead of showing them; questions are answered No."""
    asked: list[str] = []

    def question(*args: object, **_: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def test_connect_shows_ticket_number(
    qtbot: QtBot, ctx: AppContext, free_buyers: Iterator[tuple[str, str, str]]
) -> None:
    buyer_id, name, number = next(free_buyers)
    page = _page(qtbot, ctx)
    assert not page.connect_button.isEnabled()
    entry = choose(qtbot, page, number, number)
    assert entry.id == buyer_id
    assert page.selected_box.company.text() == name
    assert page.selected_box.number.text() == number
    # An empty form starts on the header's account; "Please select" still stops CONNECT.
    assert page.selected_account_id() == ctx.current_account_id
    page.account.setCurrentIndex(0)
    assert page.account.currentText() == "Please select"
    assert not page.connect_button.isEnabled()  # no account
    page.select_account(ctx.accounts[0].id)
    assert page.connect_button.isEnabled()
    qtbot.keyClicks(page.vendor, "V-123")
    row = connect_and_wait_outcome(qtbot, page)
    text = page.outcome.texts()[buyer_id]
    assert text.startswith("Request pending — ticket number TKT-"), text
    assert row.items[0].ticket_number and row.items[0].ticket_number in text
    assert row.vendor_code == "V-123"


def answer_warning(button: str) -> list[str]:
    """Click `button` on the next warning box the page opens; -> the texts it showed."""
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == "confirmDespiteExisting":
            seen.append(box.text())
            [chosen] = [b for b in box.buttons() if b.text().replace("&", "") == button]
            chosen.click()
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)
    return seen


def test_already_connected_buyer_warns_and_cancel_sends_nothing(
    qtbot: QtBot, ctx: AppContext
) -> None:
    page = _page(qtbot, ctx)
    choose(qtbot, page, "network demo test", "Network Demo Test Buyer")
    page.select_account(ctx.accounts[0].id)
    seen = answer_warning("Cancel")
    qtbot.mouseClick(page.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=TIMEOUT_MS)
    assert "Network Demo Test Buyer: already connected" in seen[0]
    qtbot.waitUntil(page.connect_button.isEnabled, timeout=TIMEOUT_MS)
    ctx.tasks.wait()
    assert ctx.cache.outbox() == []  # cancelled: nothing queued
    assert page.outcome.texts() == {}


def test_send_anyway_sends_and_the_portal_answers_already_connected(
    qtbot: QtBot, ctx: AppContext
) -> None:
    page = _page(qtbot, ctx)
    entry = choose(qtbot, page, "network demo test", "Network Demo Test Buyer")
    page.select_account(ctx.accounts[0].id)
    seen = answer_warning("Send anyway")
    qtbot.mouseClick(page.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=TIMEOUT_MS)
    qtbot.waitUntil(
        lambda: page.outcome.texts().get(entry.id) == "Already connected", timeout=TIMEOUT_MS
    )


def test_bad_input_is_refused_with_a_message(
    qtbot: QtBot,
    ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    free_buyers: Iterator[tuple[str, str, str]],
) -> None:
    _, _, number = next(free_buyers)
    page = _page(qtbot, ctx)
    page.account.setCurrentIndex(0)  # "Please select" (the form starts on the header's)
    page.connect_clicked()  # empty selection
    assert "Please select the account" in page.form_error.text()
    assert "Choose a customer" in page.form_error.text()
    choose(qtbot, page, number, number)
    page.select_account(ctx.accounts[0].id)

    page.vendor.setText("x" * (VENDOR_CODE_MAX + 1))
    assert not page.connect_button.isEnabled()
    assert "vendor code is too long" in page.form_error.text()
    assert page.vendor_count.text() == f"{VENDOR_CODE_MAX + 1} / {VENDOR_CODE_MAX}"
    page.connect_clicked()
    page.vendor.setText("ok")
    assert page.connect_button.isEnabled()

    disguised = tmp_path / "invoice.pdf"
    disguised.write_bytes(b"MZ\x90\x00 this is a program, not a PDF" * 10)
    answer_file_dialog(disguised)
    with qtbot.waitSignal(page.attachment.changed, timeout=TIMEOUT_MS):
        qtbot.mouseClick(page.attachment.choose, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.attachment.checking, timeout=TIMEOUT_MS)
    assert "not a supported document" in (page.attachment.problem or "")
    assert page.attachment.path is None
    assert not page.connect_button.isEnabled()

    big = tmp_path / "big.pdf"
    with big.open("wb") as f:
        f.write(b"%PDF-1.7\n")
        f.truncate(10 * 1024 * 1024 + 1)
    page.attachment.set_file(big)
    qtbot.waitUntil(lambda: not page.attachment.checking, timeout=TIMEOUT_MS)
    assert "too large" in (page.attachment.problem or "")
    page.connect_clicked()

    good = tmp_path / "po.pdf"
    good.write_bytes(b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n")
    page.attachment.set_file(good)
    qtbot.waitUntil(lambda: page.attachment.path == good, timeout=TIMEOUT_MS)
    assert page.attachment.problem is None and page.connect_button.isEnabled()
    qtbot.mouseClick(page.attachment.remove, Qt.MouseButton.LeftButton)
    assert page.attachment.path is None
    ctx.tasks.wait()
    assert ctx.cache.outbox() == []
    assert ctx.cache.connection_requests() == [] or all(
        r.state != "queued" for r in ctx.cache.connection_requests()
    )


def test_send_anyway_to_an_already_requested_buyer_says_already_requested(
    qtbot: QtBot, ctx: AppContext
) -> None:
    page = _page(qtbot, ctx)
    entry = choose(qtbot, page, "technical serv", "Technical Services Test Buyer 17")
    it_account = next(a for a in ctx.accounts if a.name.endswith("(IT) - Test"))
    page.select_account(it_account.id)  # the sandbox's open request for this buyer
    seen = answer_warning("Send anyway")
    qtbot.mouseClick(page.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=TIMEOUT_MS)
    assert "Technical Services Test Buyer 17: already requested" in seen[0]
    qtbot.waitUntil(
        lambda: page.outcome.texts().get(entry.id) == "Already requested", timeout=TIMEOUT_MS
    )
