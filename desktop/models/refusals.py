"""Why the network refused a queued request, in the user's language.

The outbox keeps the portal's machine word (`unknown_buyer`, ...), never its English message
or body; the words are chosen here, when shown. A cache written by an older version may hold
an English sentence instead: it gets the general reason, not the raw text."""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QCoreApplication, QObject

from desktop.models.formats import with_count

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
        "attachment_quota_exceeded": QCoreApplication.translate(
            "Refusals",
            "Your supporting documents on the network have reached their storage limit; "
            "documents not used by a request are removed after a day.",
        ),
        "too_many_attempts": QCoreApplication.translate(
            "Refusals", "The network had too many attempts at once; try again in a few minutes."
        ),
    }
    if code in known:
        return known[code]
    if _MACHINE_WORD.fullmatch(code):
        return QCoreApplication.translate(
            "Refusals", "The network gave the reason “{code}”."
        ).format(code=code)
    return QCoreApplication.translate("Refusals", "The network did not accept it.")


def wait_minutes(seconds: int) -> int:
    """Whole minutes to wait for `seconds` (Retry-After), at least one."""
    return max(1, math.ceil(seconds / 60))


def sync_problem_text(kind: str) -> str:
    """The status bar's words for a sync problem worded here: `too_many_attempts:<minutes>`
    (the portal refused to refresh the sign-in for a while; queued requests wait). "" for any
    other kind."""
    word, _, minutes = kind.partition(":")
    if word == "too_many_attempts" and minutes.isdigit():
        return Refusals().sync_waits(int(minutes))
    return ""


class Refusals(QObject):
    """The plural sentences' context: lupdate marks `tr`'s plurals, not `translate`'s."""

    def sync_waits(self, minutes: int) -> str:
        return with_count(
            self.tr(
                "Too many attempts to renew the sign-in. Supplier Desk will sync again in %n "
                "minute(s); queued requests wait until then.",
                "",
                minutes,
            ),
            minutes,
        )
