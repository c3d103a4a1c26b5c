"""Connect with customer: find a buyer (or a group), pick the account, send a request.

The form lives here; what CONNECT sets going (warnings, the outbox, following the
request until the network answers) lives in `connect_request_flow`. The page shows,
per buyer, what the network answered.

After the outbox accepts a request the form starts clean for the next customer (the
account stays); the answer stays below it and is scrolled into view. Home's CONNECT
card calls `start_new()`: an empty form at the top. Navigating here from the menu keeps
a half-filled form as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from desktop.domain.types import Changed, ConnectionRequestRow, DirectoryEntry, SyncStatus
from desktop.forms.ui_connect_page import Ui_ConnectPage
from desktop.models.accounts_model import FirstRow
from desktop.views.dialogs.connect_messages import show_how_to_connect
from desktop.views.pages.connect_request_flow import ConnectRequestFlow
from desktop.views.retranslate import Retranslating
from desktop.views.scroll_into_view import reveal, scroll_area_of
from desktop.views.widgets.attachment_field import AttachmentField
from desktop.views.widgets.customer_combo import CustomerCombo
from desktop.views.widgets.group_section import GroupSection
from desktop.views.widgets.request_outcome_panel import RequestOutcomePanel
from wire.collections import Collection
from wire.schemas import BUYERS_PER_REQUEST_MAX, NOTES_MAX, VENDOR_CODE_MAX

if TYPE_CHECKING:
    from desktop.app.context import AppContext


# The form's widgets that share a style sheet name (a form names each one once).
_STYLE_NAMES = {
    "title": "pageTitle",
    "subtitle": "pageSubtitle",
    "howto": "helpLink",
    "card": "section",  # the portal's white form panel
    "findTitle": "sectionTitle",
    "accountTitle": "sectionTitle",
    "accountHint": "hint",
    "vendorCaption": "fieldLabel",
    "vendorCount": "charCounter",
    "notesCaption": "fieldLabel",
    "notesCount": "charCounter",
    "attachHint": "hint",
    "connectButton": "primaryButton",
}


def _put_in_place(slot: QWidget, widget: QWidget) -> None:
    """`widget` where the form holds `slot` (a widget the form cannot make: it needs the app's
    context), under the same parent and layout."""
    holder = slot.parentWidget()
    layout = holder.layout() if holder is not None else None
    assert layout is not None
    layout.replaceWidget(slot, widget)
    slot.hide()
    slot.deleteLater()


class ConnectPage(Retranslating, QWidget):
    navigate = Signal(str)
    request_queued = Signal(str)  # local id
    outcome_shown = Signal(object)  # ConnectionRequestRow

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectPage")
        self._ctx = ctx
        self._entry: DirectoryEntry | None = None
        self._scroll_to_outcome = False  # the answers shown next are a new request's
        self._flow = ConnectRequestFlow(ctx, self)
        self._flow.busy_changed.connect(self._update_state)
        self._flow.queued.connect(self._queued)
        self._flow.failed.connect(self._save_failed)
        self._flow.answered.connect(self._show_outcome)
        self._build()
        self.retranslate()
        # The header's account while the form is empty and idle; the user's choice mid-form
        # stands.
        self.account.bind(ctx, follow_header=self._may_follow_header)
        ctx.changed.connect(self._on_changed)  # after the combo's own refill
        ctx.status_changed.connect(self._on_status)
        self._update_state()

    # --- layout -----------------------------------------------------------
    def _build(self) -> None:
        """The form (ui/connect_page.ui), the widgets that need the app's context in its slots,
        and the behaviour."""
        self.ui = ui = Ui_ConnectPage()
        ui.setupUi(self)
        for name, style_name in _STYLE_NAMES.items():
            getattr(ui, name).setObjectName(style_name)
        self.title, self.subtitle, self.howto = ui.title, ui.subtitle, ui.howto
        self.howto.setProperty("role", "link")  # a link in the portal, reached by Tab
        self.howto.clicked.connect(self._show_howto)

        self.find_title = ui.findTitle
        self.combo = CustomerCombo(self._ctx, ui.card)
        _put_in_place(ui.customerComboSlot, self.combo)
        self.combo.entry_chosen.connect(self._entry_chosen)
        self.combo.cleared.connect(self._choice_cleared)
        self.find_title.setBuddy(self.combo.edit)
        self.setFocusProxy(self.combo)  # the page shown: the search has the keyboard

        self.account_title, self.account_hint = ui.accountTitle, ui.accountHint
        self.account = ui.linkAccountCombo
        self.account.configure(FirstRow.PLEASE_SELECT, with_number=True)
        self.account.chosen.connect(self._update_state)
        self.account_hint.setBuddy(self.account)
        self.selected_box = ui.selectedBox

        self.group_section = GroupSection(self._ctx, ui.card)
        _put_in_place(ui.groupSectionSlot, self.group_section)
        self.group_hint = self.group_section.hint
        self.show_group = self.group_section.show_button
        self.group_panel = self.group_section.panel
        self.group_panel.model.checked_changed.connect(self._update_state)
        self.group_panel.loaded.connect(lambda _id: self._update_state())
        self.group_section.account_of = self.selected_account_id
        self.group_section.reveal_requested.connect(
            lambda: QTimer.singleShot(0, lambda: reveal(self.group_panel))
        )
        self.account.chosen.connect(lambda _id: self.group_section.account_changed())

        self.vendor_caption, self.vendor, self.vendor_count = (
            ui.vendorCaption,
            ui.vendorCode,
            ui.vendorCount,
        )
        self.vendor.textChanged.connect(self._update_state)
        self.notes_caption, self.notes, self.notes_count = ui.notesCaption, ui.notes, ui.notesCount
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 5 + 12)
        self.notes.textChanged.connect(self._update_state)

        self.attach_hint = ui.attachHint
        self.attachment = AttachmentField(self._ctx, ui.card)
        _put_in_place(ui.attachmentSlot, self.attachment)
        self.attachment.changed.connect(self._update_state)
        self.form_error = ui.formError
        self.form_error.hide()
        self.connect_button, self.new_request = ui.connectButton, ui.newRequest
        self.connect_button.clicked.connect(self.connect_clicked)
        self.new_request.clicked.connect(self.start_new)
        # With ctx, "Start verification" opens the verification wizard.
        self.outcome = RequestOutcomePanel(ui.card, ctx=self._ctx)
        _put_in_place(ui.outcomeSlot, self.outcome)

        # Tab in reading order: the widgets put in the slots were made after the form's.
        chain = [
            self.howto,
            self.combo.edit,
            self.account,
            self.show_group,
            self.group_panel.view,
            self.vendor,
            self.notes,
            self.attachment.choose,
            self.attachment.remove,
            self.connect_button,
            self.new_request,
        ]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def retranslate(self) -> None:
        """The words with values; the form's own are set by its retranslateUi."""
        self.account.setAccessibleDescription(self.account_hint.text())
        self.vendor.setAccessibleDescription(
            self.tr("Your supplier code in the customer's system, at most {max} characters").format(
                max=VENDOR_CODE_MAX
            )
        )
        self.notes.setAccessibleDescription(
            self.tr("A message for the customer, at most {max} characters").format(max=NOTES_MAX)
        )
        self._update_state()

    # --- accounts -----------------------------------------------------------
    def selected_account_id(self) -> str | None:
        return self.account.account_id() if hasattr(self, "account") else None

    def select_account(self, account_id: str) -> None:
        self.account.select(account_id)

    def _may_follow_header(self) -> bool:
        """The header's account, unless the user is mid-form: their choice there stands."""
        return not self.has_input() and not self._flow.busy

    def _accounts_arrived(self) -> None:
        """The accounts came (or changed) with a sync: an empty form without a choice takes
        the header's account, as it does when the page is built with them."""
        header = self._ctx.current_account_id
        if self.selected_account_id() is None and header and self._may_follow_header():
            self.account.select(header)

    # --- choosing -------------------------------------------------------------
    def _entry_chosen(self, entry: DirectoryEntry) -> None:
        self._set_entry(entry)
        self.outcome.clear()

    def _choice_cleared(self) -> None:
        """The search was emptied (ⓧ or deleting): nobody is chosen any more."""
        self._set_entry(None)

    def _set_entry(self, entry: DirectoryEntry | None) -> None:
        self._entry = entry
        self.selected_box.set_entry(entry)
        self.group_section.set_entry(entry)
        self._update_state()

    def chosen_buyers(self) -> list[DirectoryEntry]:
        """The buyers the request is for: the group's checked entities, or the one chosen."""
        if self.group_section.tree_shown():
            return self.group_panel.model.checked_entries()
        if self._entry is not None and self._entry.kind == "entity":
            return [self._entry]
        return []

    # --- validation -------------------------------------------------------------
    def problems(self, *, complete: bool) -> list[str]:
        """What stops the request; `complete` adds the missing choices too."""
        found: list[str] = []
        if len(self.vendor.text()) > VENDOR_CODE_MAX:
            found.append(
                self.tr("The vendor code is too long: at most {max} characters.").format(
                    max=VENDOR_CODE_MAX
                )
            )
        if len(self.notes.toPlainText()) > NOTES_MAX:
            found.append(
                self.tr("The notes are too long: at most {max} characters.").format(max=NOTES_MAX)
            )
        if len(self.chosen_buyers()) > BUYERS_PER_REQUEST_MAX:
            found.append(
                self.tr("Choose at most {max} legal entities in one request.").format(
                    max=BUYERS_PER_REQUEST_MAX
                )
            )
        if self.attachment.problem:
            found.append(self.tr("Choose another attachment or remove it."))
        if self.attachment.checking:
            found.append(self.tr("Please wait: the attachment is being checked."))
        if complete and self.selected_account_id() is None:
            found.append(self.tr("Please select the account to link this customer to."))
        if complete and not self.chosen_buyers():
            found.append(self.tr("Choose a customer, or check at least one entity of the group."))
        return found

    def _update_state(self, *_: object) -> None:
        if not hasattr(self, "connect_button"):
            return
        vendor, notes = len(self.vendor.text()), len(self.notes.toPlainText())
        self._counter(self.vendor_count, vendor, VENDOR_CODE_MAX)
        self._counter(self.notes_count, notes, NOTES_MAX)
        shown = self.problems(complete=False)
        self.form_error.setText("\n".join(shown))
        self.form_error.setVisible(bool(shown))
        self.connect_button.setEnabled(not self._flow.busy and not self.problems(complete=True))
        self.new_request.setEnabled(
            not self._flow.busy and (self.has_input() or self.outcome_shown_now())
        )

    def has_input(self) -> bool:
        """Anything in the form that "New request" would empty (the account stays)."""
        return bool(
            self._entry is not None
            or self.combo.edit.text()
            or self.vendor.text()
            or self.notes.toPlainText()
            or self.attachment.path is not None
            or self.attachment.problem
            or self.attachment.checking
        )

    def outcome_shown_now(self) -> bool:
        return not self.outcome.isHidden()

    def _counter(self, label: QLabel, used: int, limit: int) -> None:
        label.setText(self.tr("{used} / {limit}").format(used=used, limit=limit))
        over = used > limit
        if label.property("over") != over:
            label.setProperty("over", over)
            label.style().unpolish(label)
            label.style().polish(label)

    # --- connecting ---------------------------------------------------------------
    def connect_clicked(self) -> None:
        problems = self.problems(complete=True)
        if problems or self._flow.busy:
            self.form_error.setText("\n".join(problems))
            self.form_error.setVisible(bool(problems))
            return
        account_id = self.selected_account_id()
        assert account_id is not None
        self._flow.start(
            account_id,
            self.chosen_buyers(),
            self.vendor.text().strip() or None,
            self.notes.toPlainText().strip() or None,
            self.attachment.path,
        )

    def _queued(self, local_id: str) -> None:
        """The outbox holds the request: start clean for the next customer."""
        self._scroll_to_outcome = True
        self.reset_form()
        self.request_queued.emit(local_id)

    def reset_form(self) -> None:
        """Empty the search, the choice, the group tree, vendor code, notes and attachment;
        the chosen account and the outcome stay."""
        self.combo.clear()
        self.vendor.clear()
        self.notes.clear()
        self.attachment.clear()
        self.form_error.clear()
        self.form_error.hide()
        self._set_entry(None)

    def start_new(self) -> None:
        """New request (and Home's CONNECT): an empty form at the top, the search focused."""
        self._scroll_to_outcome = False
        self.reset_form()
        self.outcome.clear()
        self._update_state()
        scroll = scroll_area_of(self)
        if scroll is not None:
            scroll.verticalScrollBar().setValue(0)
        self.combo.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_filter(self) -> None:
        """Ctrl+F: Find your customers."""
        self.combo.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.combo.edit.selectAll()

    def _outcome_in_sight(self) -> bool:
        """Part of the answer is on the screen now (the user is reading it)."""
        scroll = scroll_area_of(self)
        if scroll is None or self.outcome.isHidden():
            return False
        top = self.outcome.mapTo(scroll.viewport(), self.outcome.rect().topLeft()).y()
        return top < scroll.viewport().height() and top + self.outcome.height() > 0

    def _reveal_outcome(self) -> None:
        """After the layout has settled (the form just shrank): the answer into view."""
        if not self.outcome.isHidden():
            reveal(self.outcome)

    def _save_failed(self, message: str) -> None:
        self.form_error.setText(message)
        self.form_error.show()

    def _show_outcome(self, row: ConnectionRequestRow, names: dict[str, str]) -> None:
        in_sight = self._outcome_in_sight()
        self.outcome.show_request(row, names, online=self._ctx.status.online)
        self._update_state()
        if self._scroll_to_outcome and not self.has_input():
            # The queued state, then the network's answer (taller: the ticket number); not
            # later updates, nor once the user has started on the next customer.
            self._scroll_to_outcome = row.remote_id is None and not row.error
            QTimer.singleShot(0, self._reveal_outcome)
        elif in_sight and not self.has_input():
            # A later answer made the rows taller (a ticket number): the last row stays whole.
            QTimer.singleShot(0, self._reveal_outcome)
        self.outcome_shown.emit(row)

    def _on_changed(self, collections: Changed) -> None:
        if Collection.ACCOUNTS in collections:
            self._accounts_arrived()

    def _on_status(self, status: SyncStatus) -> None:
        self.outcome.set_online(status.online)

    def _show_howto(self) -> None:
        show_how_to_connect(self)
