"""A full pass through the wizard on the real portal: Active after a sync."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from desktop.domain.types import RelationshipStatus
from desktop.domain.verification_flow import Step
from desktop.views.wizards.launcher import open_verification
from tests.ui_verify.conftest import MakeEnv, synced
from tests.ui_verify.wizard_driver import (
    click_next,
    fill_challenge,
    fill_invoice,
    next_button,
    wait_page,
)


def test_a_full_pass_shows_done_and_the_relationship_turns_active(
    qtbot: QtBot, make_env: MakeEnv
) -> None:
    env = make_env()
    practice = env.practice
    wizard = open_verification(env.ctx, env.item)
    assert wizard is not None
    qtbot.addWidget(wizard)
    wait_page(qtbot, wizard, Step.INTRO)
    assert env.item.buyer_name in wizard.intro.ui.introText.text()
    assert wizard.side_panel.state_of(1) == "current"
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.INVOICE)
    assert not next_button(wizard).isEnabled()
    first = practice[0]
    fill_invoice(
        qtbot, wizard, first.invoice_number, first.invoice_date, first.amount, first.currency
    )
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.CHALLENGE)
    assert wizard.side_panel.state_of(1) == "done"
    assert wizard.side_panel.state_of(2) == "current"
    number = wizard.challenge.ui.challengeNumber.text()
    asked = next(p for p in practice if p.invoice_number == number)
    assert asked.invoice_number != first.invoice_number
    assert ":" in wizard.challenge.ui.timeLeft.text()
    # Step 1 is behind: no way back to it while the challenge runs.
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    fill_challenge(qtbot, wizard, asked.invoice_date, asked.amount)
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.DONE)
    assert wizard.side_panel.state_of(3) == "current"
    synced(qtbot, env.ctx)
    status = env.ctx.cache.relationship_status(env.account_id, env.item.buyer_id)
    assert status == RelationshipStatus.ACTIVE
