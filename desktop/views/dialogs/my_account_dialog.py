"""My account: the supplier account's own data for its invoices (legal name, address, VAT
number, company id, IBAN and BIC, contact), checked field by field with python-stdnum.

The layout is the Designer form ui/my_account.ui; the words, checks and saving live here.
A save is written to the cache at once (offline too) and sent by the next sync.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from desktop.forms.ui_my_account import Ui_MyAccountDialog
from desktop.operations.account import load_profile, save_profile
from desktop.views.retranslate import Retranslating
from wire.profile import PROFILE_FIELDS, SupplierProfileUpdate, compact, problems

if TYPE_CHECKING:
    from desktop.app.context import AppContext
    from desktop.cache.profiles import ProfileState

# profile field -> the form's widget name stem
FIELD_WIDGETS: dict[str, str] = {
    "legal_name": "legalName",
    "street": "street",
    "postal_code": "postalCode",
    "city": "city",
    "country": "country",
    "vat_number": "vatNumber",
    "company_id": "companyId",
    "iban": "iban",
    "bic": "bic",
    "contact_name": "contactName",
    "contact_email": "contactEmail",
    "contact_phone": "contactPhone",
}


class MyAccountDialog(Retranslating, QDialog):
    def __init__(self, ctx: AppContext, account_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MyAccountDialog()
        self.ui.setupUi(self)
        self.setObjectName("myAccountDialog")
        self.ctx = ctx
        self.account_id = account_id
        self.account = next((a for a in ctx.accounts if a.id == account_id), None)
        self.state: ProfileState | None = None
        self._problems: dict[str, str] = {}
        for field, longest in PROFILE_FIELDS.items():
            edit = self.edit(field)
            edit.setMaxLength(longest)  # a pasted megabyte stops at the field's length
            edit.textEdited.connect(lambda _t, f=field: self._clear_problem(f))
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        self.save_button.setEnabled(False)  # until the stored profile is read
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        self.retranslate()
        load_profile(ctx, self, account_id).success(self._loaded).failure(self._failed).run()

    @property
    def save_button(self) -> QWidget:
        return self.ui.buttons.button(QDialogButtonBox.StandardButton.Save)

    def edit(self, field: str) -> QLineEdit:
        edit: QLineEdit = getattr(self.ui, FIELD_WIDGETS[field] + "Edit")
        return edit

    def problem_label(self, field: str) -> QLabel:
        label: QLabel = getattr(self.ui, FIELD_WIDGETS[field] + "Problem")
        return label

    def problem_text(self, word: str) -> str:
        return {
            "required": self.tr("This field is required."),
            "too_long": self.tr("This is too long."),
            "invalid_country": self.tr("Enter the country as its two-letter code, e.g. PL."),
            "invalid_vat": self.tr("This is not a valid VAT number for its country."),
            "invalid_iban": self.tr("This is not a valid IBAN (check the digits)."),
            "invalid_bic": self.tr("This is not a valid BIC (8 or 11 characters)."),
            "invalid_email": self.tr("This is not an e-mail address."),
            "invalid_phone": self.tr("Enter digits, spaces and + ( ) - only."),
        }.get(word, self.tr("This value is not accepted."))

    def retranslate(self) -> None:
        """The words set here (the form's own come from ui.retranslateUi)."""
        if self.account is not None:
            self.ui.accountLabel.setText(
                self.tr("Supplier account: {name} ({number})").format(
                    name=self.account.name, number=self.account.network_number
                )
            )
        self.edit("country").setPlaceholderText(self.tr("e.g. PL"))
        self.edit("iban").setPlaceholderText(self.tr("e.g. PL61 1090 1014 0000 0712 1981 2874"))
        self._show_status()
        for field, word in self._problems.items():
            self.problem_label(field).setText(self.problem_text(word))

    # --- filling -------------------------------------------------------------------
    def _loaded(self, state: ProfileState) -> None:
        self.state = state
        shown = state.shown
        values: dict[str, str] = {}
        if shown is not None:
            values = {f: getattr(shown, f) for f in PROFILE_FIELDS}
        elif self.account is not None:  # not synced yet: what the header knows
            values = {"legal_name": self.account.name, "country": self.account.country}
        for field in PROFILE_FIELDS:
            self.edit(field).setText(values.get(field, ""))
        self.save_button.setEnabled(True)
        self._show_status()

    def _failed(self, _exc: BaseException) -> None:
        self.ui.statusLabel.setText(self.tr("Your account's data could not be read."))

    def _show_status(self) -> None:
        state = self.state
        if state is None:
            self.ui.statusLabel.setText(self.tr("Reading your account's data…"))
        elif state.error is not None:
            self.ui.statusLabel.setText(
                self.tr("The network refused your last change; correct it and save again.")
            )
        elif state.pending is not None:
            self.ui.statusLabel.setText(
                self.tr("Saved on this computer; it goes to the network with the next sync.")
            )
        else:
            self.ui.statusLabel.setText("")

    # --- checking and saving -----------------------------------------------------
    def values(self) -> dict[str, str]:
        return {f: compact(f, self.edit(f).text()) for f in PROFILE_FIELDS}

    def _clear_problem(self, field: str) -> None:
        if self._problems.pop(field, None) is not None:
            self.problem_label(field).hide()

    def check(self) -> bool:
        """A message at each field that does not pass; the first one gets the cursor."""
        found = problems(self.values())
        for field in PROFILE_FIELDS:
            label = self.problem_label(field)
            word = found.get(field)
            label.setVisible(word is not None)
            label.setText(self.problem_text(word) if word else "")
            self.edit(field).setAccessibleDescription(label.text())
        self._problems = found
        if found:
            self.edit(next(f for f in PROFILE_FIELDS if f in found)).setFocus()
        return not found

    def save(self) -> None:
        if not self.check():
            return
        edit = SupplierProfileUpdate(**self.values())
        self.save_button.setEnabled(False)
        save_profile(self.ctx, self, self.account_id, edit).success(self._saved).failure(
            self._save_failed
        ).run()

    def _saved(self, _result: object) -> None:
        self.ctx.request_sync()
        self.accept()

    def _save_failed(self, _exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.ui.statusLabel.setText(self.tr("Your changes could not be saved on this computer."))
