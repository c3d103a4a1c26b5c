"""The wizard's words: a name ending in a full stop ends the sentence once, a credit note is
never called an invoice, and "Filled from" goes once the fields no longer hold the file's."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.domain.verification_flow import VerificationFlow
from desktop.views.wizards.simple_pages import DonePage, IntroPage
from desktop.views.wizards.verification_page import VerificationActions
from tests.ui_verify.conftest import TIMEOUT_MS, MakeEnv
from tests.ui_verify.test_wizard_answers import open_on_step_1
from tests.ui_verify.test_wizard_input import PEPPOL, choose_in_file_dialog
from tests.ui_verify.wizard_driver import type_into

BUYER = "Kraków Świat Biura Sp. z o.o."
# The words need no portal: pages built outside a wizard get no actions to call.
NO_CALLS: VerificationActions = None  # type: ignore[assignment]


def test_a_name_ending_in_a_full_stop_ends_the_sentence_once(qtbot: QtBot) -> None:
    flow = VerificationFlow("v1", BUYER)
    done, intro = DonePage(flow, NO_CALLS, BUYER), IntroPage(flow, NO_CALLS, BUYER)
    qtbot.addWidget(done)
    qtbot.addWidget(intro)
    assert done.ui.doneText.text().endswith("Sp. z o.o.")
    assert intro.ui.introText.text().endswith("Sp. z o.o.")
    assert ".." not in done.ui.doneText.text() + intro.ui.introText.text()


def test_another_buyers_credit_note_is_called_a_credit_note(
    qtbot: QtBot, make_env: MakeEnv
) -> None:
    env = make_env()
    wizard = open_on_step_1(qtbot, env)
    ui = wizard.invoice.ui
    choose_in_file_dialog(qtbot, wizard, PEPPOL / "base-creditnote-correction.xml")
    qtbot.waitUntil(ui.fileNote.isVisible, timeout=TIMEOUT_MS)
    assert "is a credit note to another customer" in ui.fileNote.text()
    assert "invoice" not in ui.fileNote.text()


def test_filled_from_file_goes_once_the_fields_are_changed(
    qtbot: QtBot, make_env: MakeEnv, tmp_path: Path
) -> None:
    env = make_env()
    wizard = open_on_step_1(qtbot, env)
    text = (PEPPOL / "base-example.xml").read_text(encoding="utf-8")
    path = tmp_path / "invoice.xml"
    path.write_text(text.replace("BuyerTradingName AS", env.item.buyer_name), encoding="utf-8")
    choose_in_file_dialog(qtbot, wizard, path)
    ui = wizard.invoice.ui
    qtbot.waitUntil(lambda: ui.invoiceNumberEdit.text() == "Snippet1", timeout=TIMEOUT_MS)
    assert ui.fileNote.isVisible() and "Filled from invoice.xml" in ui.fileNote.text()
    type_into(qtbot, ui.invoiceNumberEdit, "FV/2026/00001")
    assert not ui.fileNote.isVisible()
