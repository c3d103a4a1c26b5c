"""The date and amount fields steps 1 and 2 share: set up the locale's way, checked as typed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit, QLineEdit

from desktop.models.local_time import short_date_format
from desktop.views.wizards.amount_input import (
    AmountCheck,
    amount_problem_text,
    date_problem,
    format_amount,
    parse_amount,
)

EARLIEST = QDate(2000, 1, 1)


def setup_date_edit(edit: QDateEdit) -> None:
    """A calendar popup, the locale's short format with a four-digit year, no future dates."""
    fmt = short_date_format()
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    edit.setDisplayFormat(fmt)
    edit.setCalendarPopup(True)
    edit.setMinimumDate(EARLIEST)
    edit.setMaximumDate(QDate.currentDate())
    edit.setDate(QDate.currentDate())


def setup_amount_edit(edit: QLineEdit) -> None:
    edit.setPlaceholderText(format_amount("1234.56", QLocale()))
    edit.setMaxLength(64)  # far above any amount; the check explains what is wrong


def date_of(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def set_date(edit: QDateEdit, value: date) -> None:
    edit.setDate(QDate(value.year, value.month, value.day))


def check_amount(edit: QLineEdit) -> AmountCheck:
    return parse_amount(edit.text(), QLocale())


def amount_problem(edit: QLineEdit) -> str | None:
    """The sentence for a typed amount that cannot be sent (None when empty or fine)."""
    if not edit.text().strip():
        return None
    check = check_amount(edit)
    return amount_problem_text(check.problem, QLocale()) if check.problem else None


def invoice_date_problem(edit: QDateEdit) -> str | None:
    return date_problem(date_of(edit), date.today())


def follow_locale(date_edit: QDateEdit, amount_edit: QLineEdit, before: QLocale) -> QLocale:
    """After a language change: the date shown the new locale's way, and an amount typed the
    old locale's way ("1,234.56") rewritten the new way ("1234,56"), so nothing typed is lost
    and it still reads as the same amount. The locale now in force, for the next change."""
    now = QLocale()
    if now.name() == before.name():
        return now
    fmt = short_date_format(now)
    date_edit.setDisplayFormat(fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy"))
    amount_edit.setPlaceholderText(format_amount("1234.56", now))
    typed = amount_edit.text()
    if typed.strip():
        check = parse_amount(typed, before)
        if check.value is not None:
            amount_edit.setText(format_amount(check.value, now))
    return now
