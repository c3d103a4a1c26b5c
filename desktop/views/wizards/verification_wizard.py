"""The verification QWizard: prove the relationship with a buyer with past invoice data.

The flow is plain data (`desktop.domain.verification_flow`); this wizard asks the portal off
the GUI thread (`desktop.operations.verification`), feeds the answers to the flow and moves to the page
the flow names. Pages are `setPage(Step.X, ...)` and get the flow and this wizard (as their
`VerificationActions`) injected; `nextId()` follows the flow's path, and after an answer the
wizard shows that path (`_show_path`), so a lock or the fallback branch off the usual road. Answers are never retried: each one may count.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from desktop.domain.invoice_file import BuyerIdentity
from desktop.domain.verification_flow import Notice, Step, Transition, VerificationFlow
from desktop.operations import verification
from desktop.operations.op import QueryOp
from desktop.sync.errors import PortalRefused, PortalUnreachable
from desktop.views.retranslate import Retranslating
from desktop.views.wizards.challenge_page import ChallengePage
from desktop.views.wizards.invoice_page import InvoicePage
from desktop.views.wizards.side_panel import VerificationSidePanel
from desktop.views.wizards.simple_pages import DonePage, IntroPage, LockedPage, TicketPage
from desktop.views.wizards.verification_page import VerificationPage
from desktop.views.wizards.wizard_buttons import WizardButtonWords
from wire import schemas as w

if TYPE_CHECKING:
    from desktop.app.context import AppContext

Page = Step  # the wizard's page ids are the flow's steps
T = TypeVar("T")


class VerificationWizard(Retranslating, QWizard):
    passed = Signal(str)  # verification id: the relationship is active
    fell_back = Signal(str)  # ticket number: the network will contact the buyer

    def __init__(
        self,
        ctx: AppContext,
        verification_id: str,
        buyer: BuyerIdentity,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("verificationWizard")
        self.ctx = ctx
        self.buyer = buyer
        self.flow = VerificationFlow(verification_id, buyer.name)
        self.busy = False
        self._closing_quietly = False
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        flow = self.flow  # each page gets the flow and this wizard's portal calls injected
        self.intro = IntroPage(flow, self, buyer.name, self)
        self.invoice = InvoicePage(flow, self, buyer, self)
        self.challenge = ChallengePage(flow, self, self)
        self.done_page = DonePage(flow, self, buyer.name, self)
        self.locked = LockedPage(flow, self, self)
        self.ticket = TicketPage(flow, self, self)
        for page in (
            self.intro,
            self.invoice,
            self.challenge,
            self.done_page,
            self.locked,
            self.ticket,
        ):
            self.setPage(page.step, page)
        self.setStartId(Page.INTRO)
        self.side_panel = VerificationSidePanel(self)
        self.setSideWidget(self.side_panel)
        # QWizard sizes itself from its pages only: the steps beside them (a larger font, the
        # other language) may need more height, and then the wizard grows to hold them.
        self._fit_due = False
        self.side_panel.lines_kept.grew.connect(self._fit_side_panel)
        self.currentIdChanged.connect(self._page_changed)
        self.button_words = WizardButtonWords(self)
        self.retranslate()
        self.resize(860, 540)
        self.load()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Activate your buyer — {buyer}").format(buyer=self.buyer.name))
        self.button_words.retranslate()

    # --- navigation follows the flow ------------------------------------------------------
    def nextId(self) -> int:
        current = self.currentId()
        if current < 0:
            return -1  # closing (QWizard's own nextId() would crash without a page)
        following = self.flow.next_step(Step(current))
        return int(following) if following is not None else -1

    def _show_path(self) -> None:
        """Show the flow's path: on from here when it continues what is shown, else from the
        start along it (Next passes each page the flow has moved past, sending nothing)."""
        path = [int(step) for step in self.flow.path]
        if self.currentId() == path[-1]:
            return
        if self.visitedIds() != path[: len(self.visitedIds())]:
            self.restart()  # back along the road (an expired challenge) or off a branch
        for _ in path:  # at most one Next per page of the path
            if self.currentId() == path[-1]:
                return
            self.next()

    def _fit_side_panel(self) -> None:
        """Soon (once the layouts have run), tall enough for every line of the steps panel."""
        if not self._fit_due:
            self._fit_due = True
            QTimer.singleShot(0, self, self._grow_for_side_panel)

    def _grow_for_side_panel(self) -> None:
        self._fit_due = False
        short = self.side_panel.minimumSizeHint().height() - self.side_panel.height()
        if short > 0:
            self.resize(self.width(), self.height() + short)

    def _page_changed(self, page_id: int) -> None:
        if page_id < 0:
            return
        self._fit_side_panel()
        page = self.page(page_id)
        # On "Complete" and "Support ticket opened" nothing is left to cancel: Finish closes.
        self.setOption(QWizard.WizardOption.NoCancelButton, page.isFinalPage())
        step = Step(page_id)
        self.side_panel.set_current(self.flow.workflow_step(step))
        if step == Step.DONE:
            self.ctx.request_sync()  # the relationship is active: lists update
            self.passed.emit(self.flow.verification_id)
        elif step == Step.FALLEN_BACK:
            self.ctx.request_sync()
            self.fell_back.emit(self.flow.ticket_number or "")

    def reject(self) -> None:
        """Cancel, Esc or the window's X: ask before throwing away what the supplier typed."""
        page = self.currentPage()
        if (
            not self._closing_quietly
            and isinstance(page, VerificationPage)
            and page.typed()
            and not self._discard_agreed()
        ):
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closed by the program (the app quitting, its window closing), not by the user's X:
        # nobody is there to answer a question.
        self._closing_quietly = not event.spontaneous()
        try:
            super().closeEvent(event)
        finally:
            self._closing_quietly = False

    def _discard_agreed(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Close the verification?"),
            self.tr(
                "The details you typed are not sent yet and will be lost. You can open the "
                "verification again later."
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("discardTyped")
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("&Discard and close"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("&Keep editing"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Discard

    # --- portal calls, on a worker --------------------------------------------------------
    def load(self, *, advance: bool = False) -> None:
        """The verification as the portal has it (on opening; after a refusal)."""
        vid = self.flow.verification_id
        self._call(
            verification.load_verification(self.ctx, vid, parent=self),
            lambda v: self._loaded(v, advance),
        )

    def send_invoice(self, answer: w.VerificationInvoiceAnswer) -> None:
        vid = self.flow.verification_id
        op = verification.answer_invoice(self.ctx, vid, answer, parent=self)
        self._call(op, self._invoice_answered)

    def send_challenge(self, answer: w.VerificationChallengeAnswer) -> None:
        vid = self.flow.verification_id
        op = verification.answer_challenge(self.ctx, vid, answer, parent=self)
        self._call(op, self._challenge_answered)

    def fall_back(self) -> None:
        vid = self.flow.verification_id
        self._call(verification.fall_back(self.ctx, vid, parent=self), self._fell_back)

    def challenge_timed_out(self) -> None:
        self._follow(self.flow.challenge_timed_out())

    def _call(self, op: QueryOp[T], done: Callable[[T], None]) -> None:
        """One portal call at a time: the wizard is busy until it has answered."""
        if self.busy:
            return
        self._set_busy(True)

        def succeeded(result: T) -> None:
            self._set_busy(False)
            done(result)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            self._failed(exc)

        op.success(succeeded).failure(failed).run()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        page = self.currentPage()
        if isinstance(page, VerificationPage):
            page.set_busy(busy)  # its completeChanged updates Next (and Back)
        if busy:
            self.button(QWizard.WizardButton.BackButton).setEnabled(False)
        self.button(QWizard.WizardButton.CancelButton).setEnabled(not busy)

    # --- what the answers mean --------------------------------------------------------
    def _loaded(self, verification: w.Verification, advance: bool) -> None:
        moved = self.flow.loaded(verification)
        self._explain(moved)
        if advance or self.currentId() != Page.INTRO:
            self._show_path()

    def _invoice_answered(self, answer: w.VerificationAnswer) -> None:
        self.invoice.show_notice("")
        self._follow(self.flow.invoice_answered(answer))

    def _challenge_answered(self, answer: w.VerificationAnswer) -> None:
        self.challenge.show_notice("")
        self._follow(self.flow.challenge_answered(answer))

    def _fell_back(self, fallback: w.VerificationFallback) -> None:
        self._follow(self.flow.fell_back(fallback))

    def _follow(self, moved: Transition) -> None:
        self._explain(moved)
        self._show_path()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, PortalRefused) and exc.code == "verification_closed":
            self.load()  # passed, locked or fallen back meanwhile: show where it stands
            return
        if isinstance(exc, PortalUnreachable):
            notice = Notice.OFFLINE
        elif isinstance(exc, PortalRefused) and exc.status == 404:
            notice = Notice.NOT_FOUND
        else:
            notice = Notice.FAILED
        self._explain(self.flow.failed(notice))

    def _explain(self, moved: Transition) -> None:
        """Put what the answer meant on the page where the supplier will read it."""
        text = self.notice_text(moved)
        if moved.notice in (Notice.WRONG_INVOICE, Notice.EXPIRED):
            self.invoice.show_notice(text)
        elif moved.notice == Notice.WRONG_CHALLENGE:
            self.challenge.show_notice(text)
        elif moved.notice in (Notice.OFFLINE, Notice.NOT_FOUND, Notice.FAILED):
            page = self.currentPage()
            if isinstance(page, (InvoicePage, ChallengePage)):
                page.show_notice(text)
            elif isinstance(page, VerificationPage):
                page.show_problem(text)

    def notice_text(self, moved: Transition) -> str:
        n = moved.attempts_left
        if moved.notice == Notice.WRONG_INVOICE:
            return self.tr(
                "These details do not match an invoice to this customer. %n attempt(s) left.",
                "",
                n,
            )
        if moved.notice == Notice.WRONG_CHALLENGE:
            return self.tr(
                "The date or amount does not match the invoice the network named. "
                "%n attempt(s) left.",
                "",
                n,
            )
        if moved.notice == Notice.EXPIRED:
            return self.tr(
                "The time for the challenge ran out. Enter a recent invoice again to get a new "
                "challenge."
            )
        if moved.notice == Notice.OFFLINE:
            return self.tr(
                "Verification needs the network, which cannot be reached now. Try again when "
                "you are online; the rest of the app works offline."
            )
        if moved.notice == Notice.NOT_FOUND:
            return self.tr("The network does not know this verification for your account.")
        if moved.notice == Notice.FAILED:
            return self.tr("The network could not take the answer. Try again later.")
        return ""
