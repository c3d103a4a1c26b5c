"""Why the network refused a queued request, in the user's language.

The outbox keeps the portal's machine word (`unknown_buyer`, ...), never its English message
or body; the words are chosen here, when shown. A cache written by an older version may hold
an English sentence instead: it gets the general reason, not the raw text."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

_MACHINE_WORD = re.compile(r"[a-z][a-z0-9_]{0,63}")


def refusal_text(code: str) -> str:
    known = {
        "unknown_buyer": QCoreApplication.translate(
            "Refusals", "A chosen customer is no longer on the network."
        ),
        "not_found": QCoreApplication.translate(
            "Refusals", "The supplier account or the supporting document is no longer known."
        ),
        "invalid_request": QCoreApplication.translate("Refusals", "The request is not valid."),
        "attachment_too_large": QCoreApplication.translate(
            "Refusals", "The supporting document is larger than 10 MB."
        ),
        "empty_attachment": QCoreApplication.translate(
            "Refusals", "The supporting document is empty."
        ),
        "unsupported_attachment": QCoreApplication.translate(
            "Refusals", "The supporting document is not of a type the network accepts."
        ),
    }
    if code in known:
        return known[code]
    if _MACHINE_WORD.fullmatch(code):
        return QCoreApplication.translate(
            "Refusals", "The network gave the reason “{code}”."
        ).format(code=code)
    return QCoreApplication.translate("Refusals", "The network did not accept it.")
