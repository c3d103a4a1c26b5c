"""Sign in to a portal: username, password, "Remember me" (refresh token in the OS keychain).

On the built-in sandbox network it names the demo users instead (no keychain: their password
is no secret), so a person can sign in as another one after logging out."""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QCompleter, QDialog, QDialogButtonBox, QPushButton, QWidget

from desktop.domain.tones import Tone
from desktop.forms.ui_sign_in import Ui_SignInDialog
from desktop.operations.account import SignInHost, probe_portal, sign_in
from desktop.views.retranslate import Retranslating

if TYPE_CHECKING:
    from desktop.app.tasks import TaskRunner
    from desktop.credentials import CredentialStore
    from desktop.sync import PortalClient

log = logging.getLogger(__name__)


class SignInDialog(Retranslating, QDialog):
    WORK_OFFLINE = 2  # exec() result: open the window on this computer's copy, sign in later

    def __init__(
        self,
        client: PortalClient,
        store: CredentialStore,
        portal_url: str,
        *,
        username: str | None = None,
        tasks: TaskRunner | None = None,
        offline_available: bool = False,
        sandbox_users: Sequence[str] = (),
        sandbox_password: str = "",
        parent: QWidget | None = None,
    ) -> None:
        """`offline_available`: a local copy exists for `username`, who last signed in here and
        did not log out; "Work offline" is offered once the portal turns out unreachable.
        `sandbox_users`: the sandbox's demo users, named with their password as a hint."""
        super().__init__(parent)
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        self.setObjectName("signInDialog")
        self.client = client
        self.store = store
        self.portal_url = portal_url
        self.host = SignInHost(tasks, self)  # its operations run there
        self.remembered = False  # the refresh token reached the keychain
        self._sandbox = bool(sandbox_users)
        self._sandbox_users = tuple(sandbox_users)
        self._sandbox_password = sandbox_password
        self.reachable: bool | None = None  # what the portal's probe found (None: not asked)

        ui = self.ui
        ui.introLabel.setObjectName("dialogTitle")  # the style sheet's names
        ui.addressLabel.setObjectName("muted")
        ui.addressLabel.setText(portal_url)
        self.username = ui.username
        self.username.setText(username or "")
        self.password = ui.password
        self.remember = ui.rememberMe
        self.keychain_note = ui.keychainNote
        self.keychain_note.setObjectName("muted")
        self.demo_users = ui.demoUsers
        self.demo_users.setObjectName("hint")
        self._keychain = store.available() and not self._sandbox
        if self._sandbox:
            completer = QCompleter(list(sandbox_users), self.username)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
            self.username.setCompleter(completer)
            self.remember.setChecked(False)
            self.remember.hide()  # nothing to keep: the sandbox starts signed in again
            self.keychain_note.hide()
        else:
            self.remember.setChecked(self._keychain)
            self.remember.setEnabled(self._keychain)
        self.demo_users.setVisible(self._sandbox)
        self.error = ui.errorLabel  # bad news, or good news styled as such ("tone")

        self.buttons = ui.buttons
        # Not the standard OK: the box would say "OK" again on a language switch.
        self.sign_in_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in_button.setObjectName("primaryButton")
        # The button box polished its buttons already; restyle under the new name.
        self.sign_in_button.style().unpolish(self.sign_in_button)
        self.sign_in_button.style().polish(self.sign_in_button)
        self.offline_button: QPushButton | None = None
        if offline_available:
            self.offline_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
            self.offline_button.setObjectName("workOffline")
            self.offline_button.clicked.connect(lambda: self.done(self.WORK_OFFLINE))
            self.offline_button.hide()  # only while the portal cannot be reached
            probe_portal(self.host, self, client).success(self._probe_answered).failure(
                self._probe_failed
            ).run()
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        (self.password if username else self.username).setFocus()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def retranslate(self) -> None:
        """The words set here (the form's own come from ui.retranslateUi)."""
        if self._sandbox:
            self.demo_users.setText(
                self.tr("Sandbox network: sign in as {users} with the password {password}.").format(
                    users=self.tr(" or ").join(self._sandbox_users),
                    password=self._sandbox_password,
                )
            )
        elif self._keychain:
            self.keychain_note.setText(
                self.tr("Your sign-in is kept in the system keychain, never your password.")
            )
        else:
            self.keychain_note.setText(
                self.tr(
                    "No system keychain is available on this computer: "
                    "you stay signed in for this session only."
                )
            )
        self.sign_in_button.setText(self.tr("&Sign in"))
        if self.offline_button is not None:
            self.offline_button.setText(self.tr("Work &offline"))
            self.offline_button.setToolTip(
                self.tr("Open the data on this computer now; sign in once the portal answers.")
            )
        if self.isVisible():  # a live switch: longer words may need a wider dialog
            QTimer.singleShot(0, self, self._fit_width)

    def submit(self) -> None:
        user = self.username.text().strip()
        password = self.password.text()
        if not user or not password:
            self.show_error(self.tr("Enter your username and password."))
            return
        remember = self.remember.isChecked()  # widgets are read here, not on the worker
        self._busy(True)
        sign_in(
            self.host,
            self,
            self.client,
            self.store,
            self.portal_url,
            user=user,
            password=password,
            remember=remember,
        ).success(self._signed_in).failure(self._failed).run()

    def _signed_in(self, remembered: bool) -> None:
        self.remembered = bool(remembered)
        if self.remember.isChecked() and not remembered:
            log.info("no keychain: the session is kept in memory only")
        self._busy(False)
        self.accept()

    def _probe_answered(self, _: object) -> None:
        self.reachable = True

    def _probe_failed(self, exc: BaseException) -> None:
        from desktop.sync import PortalUnreachable

        self.reachable = not isinstance(exc, PortalUnreachable)
        if not self.reachable:
            self._offer_offline()

    def _offer_offline(self) -> None:
        if self.offline_button is not None and self.offline_button.isHidden():
            self.offline_button.show()
            self._fit_height()

    def _failed(self, exc: BaseException) -> None:
        from desktop.sync import AuthFailed, PortalUnreachable, TooManyAttempts

        self._busy(False)
        if isinstance(exc, PortalUnreachable):
            self._offer_offline()
        if isinstance(exc, TooManyAttempts):
            minutes = max(1, math.ceil(exc.retry_after / 60))
            message = self.tr("Too many attempts. Try again in %n minute(s).", "", minutes)
        elif isinstance(exc, AuthFailed):
            message = self.tr("Wrong username or password.")
        elif isinstance(exc, PortalUnreachable):
            message = self.tr("The portal cannot be reached. Check your connection and try again.")
        else:
            log.warning("sign-in failed: %s", type(exc).__name__)
            message = self.tr(
                "The portal gave an answer Supplier Desk does not understand. Try again later."
            )
        self.show_error(message)
        self.password.clear()
        self.password.setFocus()

    def show_error(self, message: str) -> None:
        self._show_message(message, Tone.BAD)

    def show_good_news(self, message: str) -> None:
        """E.g. "the portal can be reached again": said, but not as an error."""
        self._show_message(message, Tone.GOOD)

    def _show_message(self, message: str, tone: Tone) -> None:
        self.error.setText(message)
        if self.error.property("tone") != tone:
            self.error.setProperty("tone", tone)
            self.error.style().unpolish(self.error)
            self.error.style().polish(self.error)
        self.error.show()
        self._fit_height()

    def _fit_height(self) -> None:
        """A shown dialog keeps its size when a wrapped message appears: grow to fit it."""
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _fit_width(self) -> None:
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalMinimumSize().width()
        if needed > self.width():
            self.resize(needed, self.height())
        self._fit_height()

    def _busy(self, busy: bool) -> None:
        for widget in (self.username, self.password, self.remember, self.sign_in_button):
            widget.setEnabled(not busy)
        if not busy and not self._keychain:
            self.remember.setEnabled(False)

    def user(self) -> str:
        return self.username.text().strip()
