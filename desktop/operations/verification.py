"""The verification wizard's operations: the verification as the portal has it, the supplier's
answers (an invoice, the challenge, the fallback to a support ticket) and reading an invoice
file to fill step 1.

All are `QueryOp`s on the pool: the answers are portal calls that write nothing on this
computer (the serial lane is the cache's, and a sync running there must not hold them up);
what they change arrives with the sync the wizard asks for afterwards. Answers are never
retried: each one may count.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.invoice_file import BuyerIdentity, InvoiceFile, read_invoice_file
from desktop.operations.op import QueryOp
from wire import schemas as w

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from desktop.app.context import AppContext


def load_verification(
    ctx: AppContext, verification_id: str, *, parent: QObject
) -> QueryOp[w.Verification]:
    client = ctx.client
    return QueryOp(
        ctx, lambda: client.verification(verification_id), parent=parent, name="verification.load"
    )


def answer_invoice(
    ctx: AppContext, verification_id: str, answer: w.VerificationInvoiceAnswer, *, parent: QObject
) -> QueryOp[w.VerificationAnswer]:
    client = ctx.client
    return QueryOp(
        ctx,
        lambda: client.answer_invoice(verification_id, answer),
        parent=parent,
        name="verification.answer_invoice",
    )


def answer_challenge(
    ctx: AppContext,
    verification_id: str,
    answer: w.VerificationChallengeAnswer,
    *,
    parent: QObject,
) -> QueryOp[w.VerificationAnswer]:
    client = ctx.client
    return QueryOp(
        ctx,
        lambda: client.answer_challenge(verification_id, answer),
        parent=parent,
        name="verification.answer_challenge",
    )


def fall_back(
    ctx: AppContext, verification_id: str, *, parent: QObject
) -> QueryOp[w.VerificationFallback]:
    """Give up on the answers: the network opens a support ticket and contacts the buyer."""
    client = ctx.client
    return QueryOp(
        ctx,
        lambda: client.fall_back(verification_id),
        parent=parent,
        name="verification.fall_back",
    )


def read_invoice(
    ctx: AppContext, path: Path, buyer: BuyerIdentity, *, parent: QObject
) -> QueryOp[InvoiceFile]:
    """Step 1's fields from an invoice file (up to 10 MB of XML), checked to be `buyer`'s."""
    return QueryOp(
        ctx,
        lambda: read_invoice_file(path, buyer),
        parent=parent,
        name="verification.read_invoice",
    )
