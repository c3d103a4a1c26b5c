"""The wizard's pages without fields: the intro, step 3 (complete), the lock, the ticket."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget, QWizard

from desktop.domain.sentences import one_full_stop
from desktop.domain.verification_flow import Step, VerificationFlow
from desktop.forms.ui_verification_done import Ui_VerificationDone
from desktop.forms.ui_verification_intro import Ui_VerificationIntro
from desktop.forms.ui_verification_locked import Ui_VerificationLocked
from desktop.forms.ui_verification_ticket import Ui_VerificationTicket
from desktop.models.local_time import format_datetime
from desktop.views.wizards.verification_page import VerificationActions, VerificationPage


class IntroPage(VerificationPage):
    """ "Activate your buyer": what the verification is for; Next loads it from the portal."""

    step = Step.INTRO

    def __init__(
        self,
        flow: VerificationFlow,
        actions: VerificationActions,
        buyer_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(flow, actions, parent)
        self.buyer_name = buyer_name
        self.ui = Ui_VerificationIntro()
        self.ui.setupUi(self)
        self.ui.introText.setObjectName("verifyLead")
        self.attach_labels(self.ui.problemLabel, self.ui.busyLabel)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Activate your buyer"))
        self.ui.introText.setText(
            one_full_stop(
                self.tr(
                    "You need to complete a verification process before you can access invoice "
                    "data for {buyer}."
                ).format(buyer=self.buyer_name)
            )
        )

    def submit(self) -> None:
        self.calls.load(advance=True)


class DonePage(VerificationPage):
    """Step 3: complete; invoice data follows and where to see it."""

    step = Step.DONE

    def __init__(
        self,
        flow: VerificationFlow,
        actions: VerificationActions,
        buyer_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(flow, actions, parent)
        self.buyer_name = buyer_name
        self.ui = Ui_VerificationDone()
        self.ui.setupUi(self)
        self.ui.doneText.setObjectName("verifyLead")
        self.setFinalPage(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Step 3. Complete"))
        self.ui.doneText.setText(
            one_full_stop(
                self.tr(
                    "You have completed activation: you are now connected with {buyer}."
                ).format(buyer=self.buyer_name)
            )
        )


class LockedPage(VerificationPage):
    """Too many wrong answers: the lock explains itself and offers the ticket fallback."""

    step = Step.LOCKED

    def __init__(
        self,
        flow: VerificationFlow,
        actions: VerificationActions,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(flow, actions, parent)
        self.ui = Ui_VerificationLocked()
        self.ui.setupUi(self)
        self.ui.fallbackButton.setObjectName("primaryButton")
        self.attach_labels(self.ui.problemLabel, self.ui.busyLabel)
        self.ui.fallbackButton.clicked.connect(self._fall_back)
        self.setCommitPage(True)  # after the fallback there is no way back to the lock
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Verification locked"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Continue"))
        self._say_lock_end()

    def initializePage(self) -> None:
        self._say_lock_end()
        self.ui.fallbackButton.setFocus(Qt.FocusReason.OtherFocusReason)

    def _say_lock_end(self) -> None:
        """The lock's end in local time (the lock holds for every verification with this
        customer, so asking again before then does not help); hidden when not known."""
        until = self.flow.locked_until
        self.ui.lockEndText.setVisible(until is not None)
        if until is None:
            self.ui.lockEndText.clear()
            return
        self.ui.lockEndText.setText(
            self.tr(
                "Until {time}, every new verification with this customer is locked too. After "
                "that you can send a new connection request and verify again."
            ).format(time=format_datetime(until))
        )

    def ready(self) -> bool:
        return False  # only the fallback button leads on

    def set_busy(self, busy: bool) -> None:
        self.ui.fallbackButton.setEnabled(not busy)
        super().set_busy(busy)

    def submit(self) -> None:
        self._fall_back()

    def _fall_back(self) -> None:
        self.calls.fall_back()


class TicketPage(VerificationPage):
    """After the fallback: the support ticket's number, to note."""

    step = Step.FALLEN_BACK

    def __init__(
        self,
        flow: VerificationFlow,
        actions: VerificationActions,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(flow, actions, parent)
        self.ui = Ui_VerificationTicket()
        self.ui.setupUi(self)
        self.ui.ticketNumber.setObjectName("verifyTicketNumber")
        self.setFinalPage(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Support ticket opened"))

    def initializePage(self) -> None:
        self.ui.ticketNumber.setText(self.flow.ticket_number or "")
        wizard = self.wizard()
        if wizard is not None:
            wizard.button(QWizard.WizardButton.FinishButton).setFocus()
