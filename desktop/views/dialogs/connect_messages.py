"""The Connect page's message boxes: how to connect, and "already connected or requested"."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def show_how_to_connect(parent: QWidget) -> None:
    QMessageBox.information(
        parent,
        QCoreApplication.translate("ConnectMessages", "How to connect with customers"),
        QCoreApplication.translate(
            "ConnectMessages",
            "1. Type part of your customer's name, VAT number or network number in "
            "“Find your customers” and choose it from the list.\n"
            "2. Select the account you would like to link this customer to.\n"
            "3. To connect with several legal entities of a group, press SHOW GROUP and "
            "check them.\n"
            "4. Add a vendor code, notes and a supporting document if you have them, "
            "then press CONNECT.\n\n"
            "The network may ask you to verify the relationship with a recent invoice, "
            "or open a support request and contact the customer: note its ticket number.",
        ),
    )


def confirm_despite_existing(parent: QWidget, found: Sequence[tuple[str, str]]) -> bool:
    """`found` holds (buyer name, "connected" | "requested"); True to send anyway."""
    lines = [
        QCoreApplication.translate("ConnectMessages", "{buyer}: already connected").format(
            buyer=name
        )
        if why == "connected"
        else QCoreApplication.translate("ConnectMessages", "{buyer}: already requested").format(
            buyer=name
        )
        for name, why in found
    ]
    text = "\n\n".join(
        (
            QCoreApplication.translate(
                "ConnectMessages",
                "Some of the chosen customers are already connected or requested for this account:",
            ),
            "\n".join(lines),
            QCoreApplication.translate("ConnectMessages", "Send the connection request anyway?"),
        )
    )
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("ConnectMessages", "Connect with customer"),
        text,
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setObjectName("confirmDespiteExisting")
    send = box.addButton(
        QCoreApplication.translate("ConnectMessages", "Send anyway"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)  # the safe answer on Enter
    box.setEscapeButton(cancel)
    box.exec()
    sent = box.clickedButton() is send
    box.deleteLater()
    return sent
