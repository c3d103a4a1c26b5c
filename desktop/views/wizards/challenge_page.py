"""Step 2: the network names another invoice; the supplier gives its date and amount in time."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QWidget, QWizard

from desktop.domain.verification_flow import Step, VerificationFlow
from desktop.forms.ui_verification_challenge import Ui_VerificationChallenge
from desktop.views.wizards.answer_fields import (
    amount_problem,
    check_amount,
    date_of,
    follow_locale,
    invoice_date_problem,
    setup_amount_edit,
    setup_date_edit,
)
from desktop.views.wizards.verification_page import VerificationActions, VerificationPage
from wire import schemas as w


class ChallengePage(VerificationPage):
    step = Step.CHALLENGE

    def __init__(
        self,
        flow: VerificationFlow,
        actions: VerificationActions,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(flow, actions, parent)
        self.ui = Ui_VerificationChallenge()
        self.ui.setupUi(self)
        self.attach_labels(self.ui.problemLabel, self.ui.busyLabel)
        self.ui.challengeNumber.setObjectName("verifyChallengeNumber")
        self.ui.timeLeft.setObjectName("verifyTimeLeft")
        setup_date_edit(self.ui.invoiceDateEdit)
        setup_amount_edit(self.ui.amountEdit)
        self._locale = QLocale()
        self.registerField("challengeAmount*", self.ui.amountEdit)
        self.registerField("challengeDate", self.ui.invoiceDateEdit, "date")
        self.ui.amountEdit.textChanged.connect(self._check)
        self.ui.invoiceDateEdit.dateChanged.connect(self._check)
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self._tick)
        self.setCommitPage(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Step 2. Pass a challenge"))
        self.setSubTitle(self.tr("Give the date and amount of the invoice the network names."))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Continue"))
        self._locale = follow_locale(self.ui.invoiceDateEdit, self.ui.amountEdit, self._locale)
        self._tick()

    def initializePage(self) -> None:
        self.notice = ""
        self.ui.amountEdit.clear()
        setup_date_edit(self.ui.invoiceDateEdit)
        self.ui.challengeNumber.setText(self.flow.challenge_invoice_number or "")
        self._check()
        self._tick()
        self.countdown.start()

    def cleanupPage(self) -> None:
        self.countdown.stop()

    def _tick(self) -> None:
        if self.wizard() is None or self.flow.step != Step.CHALLENGE:
            return
        left = self.flow.seconds_left()
        minutes, seconds = divmod(left, 60)
        self.ui.timeLeft.setText(
            self.tr("{minutes}:{seconds:02d} min").format(minutes=minutes, seconds=seconds)
        )
        self.ui.timeLeft.setProperty("urgent", left < 60)
        self.ui.timeLeft.style().unpolish(self.ui.timeLeft)
        self.ui.timeLeft.style().polish(self.ui.timeLeft)
        if left == 0 and self.countdown.isActive():
            self.countdown.stop()
            self.calls.challenge_timed_out()

    def problems(self) -> list[str]:
        found = [invoice_date_problem(self.ui.invoiceDateEdit), amount_problem(self.ui.amountEdit)]
        return [p for p in found if p]

    def answer(self) -> w.VerificationChallengeAnswer | None:
        amount = check_amount(self.ui.amountEdit).value
        if self.problems() or amount is None:
            return None
        return w.VerificationChallengeAnswer(
            invoice_date=date_of(self.ui.invoiceDateEdit), amount=amount
        )

    def ready(self) -> bool:
        return self.answer() is not None and self.flow.seconds_left() > 0

    def typed(self) -> bool:
        return bool(self.ui.amountEdit.text().strip())

    def submit(self) -> None:
        answer = self.answer()
        if answer is not None:
            self.calls.send_challenge(answer)

    def set_busy(self, busy: bool) -> None:
        self.ui.amountEdit.setEnabled(not busy)
        self.ui.invoiceDateEdit.setEnabled(not busy)
        super().set_busy(busy)
