"""Wrong answers, the lock, the fallback, the expiry and offline, on the real portal."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from desktop.domain.verification_flow import Step
from desktop.views.wizards.launcher import open_verification
from desktop.views.wizards.verification_wizard import VerificationWizard
from tests.ui_verify.conftest import TIMEOUT_MS, MakeEnv
from tests.ui_verify.wizard_driver import (
    click_next,
    fill_challenge,
    fill_invoice,
    next_button,
    wait_page,
)
from wire.schemas import VERIFY_INVOICE_ATTEMPTS


def open_on_step_1(qtbot: QtBot, env) -> VerificationWizard:  # type: ignore[no-untyped-def]
    wizard = open_verification(env.ctx, env.item)
    assert wizard is not None
    qtbot.addWidget(wizard)
    wait_page(qtbot, wizard, Step.INTRO)
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.INVOICE)
    return wizard


def test_a_wrong_invoice_is_explained_with_the_attempts_left(
    qtbot: QtBot, make_env: MakeEnv
) -> None:
    env = make_env()
    wizard = open_on_step_1(qtbot, env)
    first = env.practice[0]
    fill_invoice(qtbot, wizard, "NO-SUCH-1", first.invoice_date, first.amount, first.currency)
    click_next(qtbot, wizard)
    qtbot.waitUntil(lambda: "left" in wizard.invoice.ui.problemLabel.text(), timeout=TIMEOUT_MS)
    assert wizard.currentId() == Step.INVOICE
    left = VERIFY_INVOICE_ATTEMPTS - 1
    assert f"{left} attempts left" in wizard.invoice.ui.problemLabel.text()
    assert wizard.invoice.ui.problemLabel.isVisible()
    assert env.ctx.client.verification(env.item.verification_id or "").attempts_left == left


def test_the_lock_offers_the_fallback_which_shows_a_ticket_number(
    qtbot: QtBot, make_env: MakeEnv
) -> None:
    env = make_env()
    wizard = open_on_step_1(qtbot, env)
    first = env.practice[0]
    for attempt in range(VERIFY_INVOICE_ATTEMPTS):
        fill_invoice(
            qtbot, wizard, f"WRONG-{attempt}", first.invoice_date, first.amount, first.currency
        )
        click_next(qtbot, wizard)
        qtbot.waitUntil(lambda: not wizard.busy, timeout=TIMEOUT_MS)
    wait_page(qtbot, wizard, Step.LOCKED)
    assert wizard.side_panel.state_of(1) == "todo"
    assert not next_button(wizard).isEnabled()
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    fallback = wizard.locked.ui.fallbackButton
    assert "Connect anyway" in fallback.text()
    qtbot.mouseClick(fallback, Qt.MouseButton.LeftButton)
    wait_page(qtbot, wizard, Step.FALLEN_BACK)
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    number = wizard.ticket.ui.ticketNumber.text()
    assert number
    assert env.ctx.client.verification(env.item.verification_id or "").ticket_number == number


def test_a_challenge_that_runs_out_goes_back_to_step_1(qtbot: QtBot, make_env: MakeEnv) -> None:
    env = make_env(challenge_ttl=3)
    wizard = open_on_step_1(qtbot, env)
    first = env.practice[0]
    fill_invoice(
        qtbot, wizard, first.invoice_number, first.invoice_date, first.amount, first.currency
    )
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.CHALLENGE)
    wait_page(qtbot, wizard, Step.INVOICE)  # the countdown reached zero
    assert "ran out" in wizard.invoice.ui.problemLabel.text()
    assert wizard.side_panel.state_of(1) == "current"


def test_a_wrong_challenge_answer_says_how_many_tries_are_left(
    qtbot: QtBot, make_env: MakeEnv
) -> None:
    env = make_env()
    wizard = open_on_step_1(qtbot, env)
    first = env.practice[0]
    fill_invoice(
        qtbot, wizard, first.invoice_number, first.invoice_date, first.amount, first.currency
    )
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.CHALLENGE)
    fill_challenge(qtbot, wizard, date(2020, 1, 2), "1.01")
    click_next(qtbot, wizard)
    qtbot.waitUntil(lambda: "left" in wizard.challenge.ui.problemLabel.text(), timeout=TIMEOUT_MS)
    assert "2 attempts left" in wizard.challenge.ui.problemLabel.text()
    assert wizard.currentId() == Step.CHALLENGE


def test_offline_the_wizard_says_verification_needs_the_network(
    qtbot: QtBot, make_env: MakeEnv
) -> None:
    env = make_env()
    wizard = open_on_step_1(qtbot, env)
    first = env.practice[0]
    fill_invoice(qtbot, wizard, "X-1", first.invoice_date, first.amount, first.currency)
    env.server.stop()
    click_next(qtbot, wizard)
    qtbot.waitUntil(
        lambda: "needs the network" in wizard.invoice.ui.problemLabel.text(), timeout=TIMEOUT_MS
    )
    assert wizard.currentId() == Step.INVOICE
    assert next_button(wizard).isEnabled()  # try again once online
    assert QLocale().decimalPoint()  # the app itself is untouched: nothing else to check here
