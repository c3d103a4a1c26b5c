"""The locked page says when the lock on this customer ends, in local time, and still offers
"Connect anyway" (issue 17, item 1): asking again before then gives no fresh attempts."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from desktop.domain.verification_flow import Step
from desktop.models.local_time import format_datetime
from desktop.views.wizards.launcher import open_verification
from tests.ui_verify.conftest import MakeEnv
from tests.ui_verify.wizard_driver import click_next, wait_page
from wire import schemas as w


def _lock(env) -> w.Verification:  # type: ignore[no-untyped-def]
    """Wrong step-1 answers through the portal's API until the verification locks."""
    first = env.practice[0]
    wrong = w.VerificationInvoiceAnswer(
        invoice_number=first.invoice_number,
        invoice_date=first.invoice_date,
        amount=str(Decimal(first.amount) + Decimal("0.01")),
        currency=first.currency,
    )
    vid = env.item.verification_id or ""
    for _ in range(w.VERIFY_INVOICE_ATTEMPTS):
        answer = env.ctx.client.answer_invoice(vid, wrong)
    assert answer.result == "locked"
    return answer.verification


@pytest.mark.parametrize("language", ["en", "pl"], indirect=True)
def test_the_locked_page_says_when_the_lock_ends(
    qtbot: QtBot, make_env: MakeEnv, language: str
) -> None:
    env = make_env()
    locked = _lock(env)
    assert locked.locked_until is not None
    wizard = open_verification(env.ctx, env.item)
    assert wizard is not None
    qtbot.addWidget(wizard)
    wizard.show()
    wait_page(qtbot, wizard, Step.INTRO)
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.LOCKED)
    text = wizard.locked.ui.lockEndText.text()
    assert format_datetime(locked.locked_until) in text
    assert wizard.locked.ui.lockEndText.isVisible()
    assert ("Until" if language == "en" else "Do") in text
    assert wizard.locked.ui.fallbackButton.isVisible()
    assert ("Connect anyway" if language == "en" else "Połącz mimo to") in (
        wizard.locked.ui.fallbackButton.text()
    )
