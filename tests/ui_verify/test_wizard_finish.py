"""Finish closes the wizard on its last pages (mouse, Enter), no Cancel after the end, and
closing with typed details asks first: on the real portal."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from desktop.domain.verification_flow import Step
from desktop.views.wizards.launcher import open_verification, open_wizards
from desktop.views.wizards.verification_wizard import VerificationWizard
from tests.ui_verify.conftest import TIMEOUT_MS, MakeEnv
from tests.ui_verify.wizard_driver import click_next, fill_challenge, fill_invoice, wait_page
from wire.schemas import VERIFY_INVOICE_ATTEMPTS

Button = QWizard.WizardButton
finished: list[int] = []  # the wizard's result, once it closed


@pytest.fixture(autouse=True)
def close_left_open() -> Iterator[None]:
    yield
    for wizard in list(open_wizards().values()):
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        wizard.done(QWizard.DialogCode.Rejected)
        wizard.deleteLater()


def opened(qtbot: QtBot, env) -> VerificationWizard:  # type: ignore[no-untyped-def]
    wizard = open_verification(env.ctx, env.item)
    assert wizard is not None
    # Closed, the wizard deletes itself (not qtbot's to close); `close_left_open` closes it
    # should a test stop half-way.
    finished.clear()
    wizard.finished.connect(finished.append)
    wait_page(qtbot, wizard, Step.INTRO)
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.INVOICE)
    return wizard


def answer_when_asked(choice: QMessageBox.StandardButton, asked: list[str]) -> None:
    """The user answers the question the wizard asks (a modal message box)."""
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox) and box.objectName() == "discardTyped":
        asked.append(box.text())
        box.button(choice).click()
    else:
        QTimer.singleShot(20, lambda: answer_when_asked(choice, asked))


def test_finish_on_step_3_closes_the_wizard_and_no_cancel_is_offered(
    qtbot: QtBot, make_env: MakeEnv
) -> None:
    env = make_env()
    practice = env.practice
    wizard = opened(qtbot, env)
    first = practice[0]
    fill_invoice(
        qtbot, wizard, first.invoice_number, first.invoice_date, first.amount, first.currency
    )
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.CHALLENGE)
    asked = next(
        p for p in practice if p.invoice_number == wizard.challenge.ui.challengeNumber.text()
    )
    fill_challenge(qtbot, wizard, asked.invoice_date, asked.amount)
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.DONE)
    finish = wizard.button(Button.FinishButton)
    assert finish.isVisible() and finish.isEnabled()
    assert not wizard.button(Button.CancelButton).isVisible()  # nothing left to undo
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: finished == [QWizard.DialogCode.Accepted], timeout=TIMEOUT_MS)


def test_enter_on_the_ticket_page_finishes(qtbot: QtBot, make_env: MakeEnv) -> None:
    env = make_env()
    wizard = opened(qtbot, env)
    first = env.practice[0]
    for attempt in range(VERIFY_INVOICE_ATTEMPTS):
        fill_invoice(
            qtbot, wizard, f"WRONG-{attempt}", first.invoice_date, first.amount, first.currency
        )
        click_next(qtbot, wizard)
        qtbot.waitUntil(lambda: not wizard.busy, timeout=TIMEOUT_MS)
    wait_page(qtbot, wizard, Step.LOCKED)
    qtbot.mouseClick(wizard.locked.ui.fallbackButton, Qt.MouseButton.LeftButton)
    wait_page(qtbot, wizard, Step.FALLEN_BACK)
    assert wizard.ticket.ui.ticketNumber.text()
    # The step panel marks where things stand: the ticket, not one of the three steps.
    assert wizard.side_panel.state_of(4) == "current"
    assert [wizard.side_panel.state_of(n) for n in (1, 2, 3)] == ["todo"] * 3
    assert not wizard.button(Button.CancelButton).isVisible()
    assert wizard.button(Button.FinishButton).isVisible()
    qtbot.keyClick(wizard, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: finished == [QWizard.DialogCode.Accepted], timeout=TIMEOUT_MS)


def test_esc_with_typed_details_asks_before_discarding_them(
    qtbot: QtBot, make_env: MakeEnv
) -> None:
    env = make_env()
    wizard = opened(qtbot, env)
    qtbot.keyClicks(wizard.invoice.ui.invoiceNumberEdit, "FV/2026/")
    asked: list[str] = []
    QTimer.singleShot(0, lambda: answer_when_asked(QMessageBox.StandardButton.Cancel, asked))
    qtbot.keyClick(wizard.invoice.ui.invoiceNumberEdit, Qt.Key.Key_Escape)
    assert asked and "will be lost" in asked[0]
    assert wizard.isVisible()  # "Keep editing": the typed number is still there
    assert wizard.invoice.ui.invoiceNumberEdit.text() == "FV/2026/"
    QTimer.singleShot(0, lambda: answer_when_asked(QMessageBox.StandardButton.Discard, asked))
    qtbot.keyClick(wizard.invoice.ui.invoiceNumberEdit, Qt.Key.Key_Escape)
    assert len(asked) == 2
    qtbot.waitUntil(lambda: finished == [QWizard.DialogCode.Rejected], timeout=TIMEOUT_MS)


def test_esc_on_an_untouched_page_closes_without_asking(qtbot: QtBot, make_env: MakeEnv) -> None:
    env = make_env()
    wizard = opened(qtbot, env)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: finished == [QWizard.DialogCode.Rejected], timeout=TIMEOUT_MS)
