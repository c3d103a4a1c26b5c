"""The "Activation workflow" panel beside the wizard's pages: three steps, the current one marked.

Colours come from resources/style.qss through the `state` property (done, current, todo) of
each step's labels; the layout is the Qt Designer form ui/verification_side_panel.ui.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop.domain.verification_flow import TICKET_STEP
from desktop.forms.ui_verification_side_panel import Ui_VerificationSidePanel
from desktop.views.retranslate import Retranslating
from desktop.views.wrapped_text import keep_wrapped_lines


class VerificationSidePanel(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_VerificationSidePanel()
        self.ui.setupUi(self)
        self.setObjectName("verificationSidePanel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # the style sheet paints it
        self.ui.panelTitle.setObjectName("workflowTitle")
        self.ui.ticketHint.setObjectName("workflowHint")
        self.current = 0
        self._steps: list[tuple[QLabel, QLabel, QLabel]] = [
            (self.ui.stepNumber1, self.ui.stepTitle1, self.ui.stepText1),
            (self.ui.stepNumber2, self.ui.stepTitle2, self.ui.stepText2),
            (self.ui.stepNumber3, self.ui.stepTitle3, self.ui.stepText3),
        ]
        for number, title, text in self._steps:
            number.setObjectName("workflowNumber")
            title.setObjectName("workflowStep")
            text.setObjectName("workflowText")
        self.setFixedWidth(250)  # wrapped step texts get their height for this width
        # ... and keep it with a larger font or a longer language
        self.lines_kept = keep_wrapped_lines(self)
        self.set_current(1)

    def set_current(self, step: int) -> None:
        """Mark step 1, 2 or 3 as current (those before it done); 0 marks none; 4
        (TICKET_STEP) marks the ticket line: the network took over instead of the steps."""
        self.current = step
        ticket = step == TICKET_STEP
        hint = self.ui.ticketHint
        # Styled as a current step (the style sheets' rule for one) once the ticket is open.
        hint.setObjectName("workflowStep" if ticket else "workflowHint")
        hint.setProperty("state", "current" if ticket else "todo")
        hint.setText(
            self.tr("Support ticket opened: the network will contact the customer for you.")
            if ticket
            else QCoreApplication.translate(
                "VerificationSidePanel",
                "If you do not pass verification, raise a ticket in Help & Support.",
            )
        )
        hint.setAccessibleDescription(self.tr("current step") if ticket else "")
        hint.style().unpolish(hint)
        hint.style().polish(hint)
        for index, labels in enumerate(self._steps, start=1):
            if step in (0, TICKET_STEP):
                state = "todo"
            elif index < step:
                state = "done"
            elif index == step:
                state = "current"
            else:
                state = "todo"
            for label in labels:
                label.setProperty("state", state)
                label.style().unpolish(label)
                label.style().polish(label)
            labels[1].setAccessibleDescription(
                self.tr("current step") if state == "current" else ""
            )

    def state_of(self, step: int) -> str:
        if step == TICKET_STEP:
            return str(self.ui.ticketHint.property("state"))
        return str(self._steps[step - 1][1].property("state"))

    def retranslate(self) -> None:
        self.set_current(self.current)
