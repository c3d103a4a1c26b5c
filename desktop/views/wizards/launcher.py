"""Where the verification wizard opens from: one wizard per verification, raised if already open.

The Connect outcome, a request's row and its detail dialog all come here with the request
item that asks for verification; a group request offers one wizard per distinct verification.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QWidget

from desktop.domain.invoice_file import BuyerIdentity
from desktop.domain.types import ConnectionRequestRow, Outcome, RequestItem, RequestItemState
from desktop.views.wizards.verification_wizard import VerificationWizard

if TYPE_CHECKING:
    from desktop.app.context import AppContext

_open: dict[str, VerificationWizard] = {}


def needs_verification(item: RequestItem) -> bool:
    return bool(
        item.verification_id
        and item.outcome == Outcome.VERIFICATION_REQUIRED
        and item.state == RequestItemState.VERIFICATION_REQUIRED
    )


def verifications_to_start(row: ConnectionRequestRow) -> list[RequestItem]:
    """The request's buyers still waiting for verification, one per verification."""
    seen: set[str] = set()
    found: list[RequestItem] = []
    for item in row.items:
        if needs_verification(item) and item.verification_id not in seen:
            seen.add(item.verification_id or "")
            found.append(item)
    return found


def open_verification(
    ctx: AppContext, item: RequestItem, parent: QWidget | None = None
) -> VerificationWizard | None:
    """Open (or raise) the wizard for `item`'s verification."""
    vid = item.verification_id
    if not vid:
        return None
    existing = _open.get(vid)
    if existing is not None:
        existing.raise_()
        existing.activateWindow()
        return existing
    buyer = BuyerIdentity(
        name=item.buyer_name,
        network_number=item.buyer_network_number or None,
        country=item.buyer_country or None,
    )
    wizard = VerificationWizard(ctx, vid, buyer, parent.window() if parent is not None else None)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open[vid] = wizard
    wizard.destroyed.connect(lambda *_: _open.pop(vid, None))
    wizard.show()
    return wizard


def open_wizards() -> dict[str, VerificationWizard]:
    """verification id -> its open wizard (tests and screenshots find them here)."""
    return dict(_open)


def add_verification_actions(
    menu: QMenu, ctx: AppContext, row: ConnectionRequestRow, parent: QWidget
) -> None:
    """A row's context menu: "Start verification" per buyer that asks for it (a group
    request lists each one, to choose from)."""
    for item in verifications_to_start(row):
        menu.addAction(
            QCoreApplication.translate("VerificationLauncher", "Start verification: {customer}")
            .format(customer=item.buyer_name)
            .replace("&", "&&"),
            partial(open_verification, ctx, item, parent),
        )


def verification_buttons(ctx: AppContext, row: ConnectionRequestRow, parent: QWidget) -> QWidget:
    """For a request's detail dialog: one "Start verification" button per buyer asking for it
    (hidden when none does)."""
    box = QWidget(parent)
    box.setObjectName("verificationButtons")
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for item in verifications_to_start(row):
        button = QPushButton(
            QCoreApplication.translate("VerificationLauncher", "Start verification: {customer}")
            .format(customer=item.buyer_name)
            .replace("&", "&&"),
            box,
        )
        button.setObjectName("startVerification")
        button.setAutoDefault(False)
        button.clicked.connect(lambda _=False, it=item: open_verification(ctx, it, parent))
        layout.addWidget(button)
    layout.addStretch(1)
    box.setVisible(bool(verifications_to_start(row)))
    return box
