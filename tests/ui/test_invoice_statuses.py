"""The order of an invoice's statuses is said once, below the models, and agrees with the
portal's words: the cache's sort, the status model, the filter's choices and the words follow."""

from __future__ import annotations

from typing import get_args

from pytestqt.qtbot import QtBot

from desktop.domain.invoices import INVOICE_STATUSES, STATUS_TONES
from desktop.domain.tones import Tone
from desktop.models import invoice_words
from desktop.models.invoice_status_model import InvoiceStatusModel
from desktop.models.roles import Roles
from wire.schemas import InvoiceStatus


def test_the_desktop_knows_every_status_the_portal_sends_and_no_other() -> None:
    assert sorted(INVOICE_STATUSES) == sorted(get_args(InvoiceStatus))
    assert len(set(INVOICE_STATUSES)) == len(INVOICE_STATUSES)
    assert INVOICE_STATUSES[:2] == ("received", "delivered")  # the life's order, not the wire's
    assert INVOICE_STATUSES[-2:] == ("failed", "saved")  # then the two outside it


def test_the_words_and_the_model_follow_the_one_order(qtbot: QtBot) -> None:
    assert [status for status, _word in invoice_words.statuses()] == list(INVOICE_STATUSES)
    assert invoice_words.STATUS_ORDER is INVOICE_STATUSES  # an old name, not a second list
    for status in INVOICE_STATUSES:
        assert invoice_words.status_tone(status) is STATUS_TONES[status]
        assert invoice_words.status_text(status) != status.replace("_", " ")  # a word of its own
    assert invoice_words.status_tone("unheard_of") is Tone.NEUTRAL

    model = InvoiceStatusModel()
    model.set_counts({status: 1 for status in INVOICE_STATUSES})
    keys = [model.index(r, 0).data(Roles.KEY) for r in range(model.rowCount())]
    assert keys == list(INVOICE_STATUSES)
