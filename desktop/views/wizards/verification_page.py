"""What every page of the verification wizard shares: the flow, busy state, inline messages.

A page is a thin skin over `VerificationFlow`: Next asks the page to `submit()` (a portal
call on a worker, through the injected `VerificationActions`); the wizard moves on when the
answer says so. `validatePage` lets Next through only once the flow has moved past this page.
Pages get the flow and the actions injected: they never import the wizard.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget, QWizardPage

from desktop.domain.verification_flow import Step, VerificationFlow
from desktop.views.retranslate import Retranslating
from wire import schemas as w

if TYPE_CHECKING:
    from desktop.app.context import AppContext


class VerificationActions(Protocol):
    """What a page may ask of the wizard that holds it (the portal calls, on a worker)."""

    ctx: AppContext
    busy: bool

    def load(self, *, advance: bool = False) -> None: ...

    def send_invoice(self, answer: w.VerificationInvoiceAnswer) -> None: ...

    def send_challenge(self, answer: w.VerificationChallengeAnswer) -> None: ...

    def fall_back(self) -> None: ...

    def challenge_timed_out(self) -> None: ...


class VerificationPage(Retranslating, QWizardPage):
    step = Step.INTRO

    def __init__(
        self,
        flow: VerificationFlow,
        actions: VerificationActions,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.flow = flow
        self.calls = actions
        self.problem: QLabel | None = None
        self.busy_label: QLabel | None = None
        self.notice = ""  # what the portal's last answer meant (a wrong answer, the expiry)

    def attach_labels(self, problem: QLabel | None, busy: QLabel | None) -> None:
        """The form's message labels: styled by object name, hidden while empty."""
        self.problem, self.busy_label = problem, busy
        if problem is not None:
            problem.setObjectName("verifyProblem")
            problem.hide()
        if busy is not None:
            busy.setObjectName("verifyBusy")
            busy.hide()

    # --- what a page says ------------------------------------------------------------
    def retranslate(self) -> None:
        """Words set in Python (titles, sentences with values)."""

    def ready(self) -> bool:
        """The page's own fields are valid (beyond the mandatory `name*` fields)."""
        return True

    def problems(self) -> list[str]:
        """What stops Next, in the user's language (empty fields are simply not complete)."""
        return []

    def submit(self) -> None:
        """Send this page's answer to the portal (Next pressed while the flow is here)."""

    def typed(self) -> bool:
        """The supplier typed something here that closing the wizard would throw away."""
        return False

    # --- shared ----------------------------------------------------------------------
    def isComplete(self) -> bool:
        return not self.calls.busy and super().isComplete() and self.ready()

    def validatePage(self) -> bool:
        if self.flow.is_last(self.step):
            return True  # Finish on "Complete" or "Support ticket opened": nothing to send
        if self.flow.moved_past(self.step):
            return True  # the portal's answer moved the flow on: Next may go there
        self.submit()
        return False

    def _check(self) -> None:
        """The field problems, else the portal's last notice; then Next's state."""
        problems = self.problems()
        self.show_problem("\n".join(problems) if problems else self.notice)
        self.completeChanged.emit()

    def show_notice(self, text: str) -> None:
        self.notice = text
        self._check()

    def show_problem(self, text: str) -> None:
        if self.problem is not None:
            self.problem.setText(text)
            self.problem.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        if self.busy_label is not None:
            # translate() with this class's context: self.tr() would look in the subclass's.
            text = QCoreApplication.translate("VerificationPage", "Checking with the network…")
            self.busy_label.setText(text if busy else "")
            self.busy_label.setVisible(busy)
        self.completeChanged.emit()
