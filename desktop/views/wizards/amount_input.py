"""Amounts, invoice numbers and currencies as a person types them, checked before anything is sent.

The amount is read the way the user's locale writes it (Polish `1 234,56`, English `1,234.56`):
QLocale gives the decimal point and the group separator, the digits go into a Decimal (never a
float) and come out as the wire's text ("1234.56", AMOUNT_PATTERN). Each problem has a machine
word and a sentence in the user's language, with an example in that locale's format.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache

from babel.numbers import get_currency_name, get_territory_currencies, is_currency
from PySide6.QtCore import QCoreApplication, QLocale

from wire.schemas import AMOUNT_PATTERN, INVOICE_NUMBER_MAX

AMOUNT_MAX = Decimal("999999999999.99")
_SPACES = {" ", "\u00a0", "\u202f", "\u2009"}  # what people and locales put between groups
_WIRE_AMOUNT = re.compile(AMOUNT_PATTERN)


class AmountProblem(StrEnum):
    EMPTY = "empty"
    INVALID = "invalid"
    WRONG_SEPARATOR = "wrong_separator"
    TOO_MANY_DECIMALS = "too_many_decimals"
    NOT_POSITIVE = "not_positive"
    TOO_LARGE = "too_large"


@dataclass(frozen=True)
class AmountCheck:
    value: str | None  # the wire's text when valid
    problem: AmountProblem | None = None


def parse_amount(text: str, locale: QLocale) -> AmountCheck:
    """`text` as typed in `locale` -> the wire's decimal text, or the problem with it."""
    text = text.strip()
    if not text:
        return AmountCheck(None, AmountProblem.EMPTY)
    point = locale.decimalPoint()
    group = locale.groupSeparator()
    groups = _SPACES if group in _SPACES else {group}
    if text[0] in ("-", "\u2212", locale.negativeSign()):
        return AmountCheck(None, AmountProblem.NOT_POSITIVE)
    other = {".", ","} - {point} - groups  # a decimal separator of other locales
    for ch in text:
        if not (ch.isdigit() and ch.isascii()) and ch != point and ch not in groups:
            if ch in other:
                return AmountCheck(None, AmountProblem.WRONG_SEPARATOR)
            return AmountCheck(None, AmountProblem.INVALID)
    if text.count(point) > 1:
        return AmountCheck(None, AmountProblem.INVALID)
    whole, _, fraction = text.partition(point)
    if any(ch in groups for ch in fraction):
        return AmountCheck(None, AmountProblem.INVALID)
    parts = re.split("|".join(re.escape(g) for g in sorted(groups)), whole)
    if len(parts) > 1:
        # English "1234,56" reads as a misplaced group: a decimal comma in the wrong locale.
        looks_decimal = len(parts) == 2 and len(parts[1]) in (1, 2) and point not in text
        if group in (".", ",") and looks_decimal:
            return AmountCheck(None, AmountProblem.WRONG_SEPARATOR)
        if not parts[0] or len(parts[0]) > 3 or any(len(p) != 3 for p in parts[1:]):
            return AmountCheck(None, AmountProblem.INVALID)
    digits = "".join(parts)
    if not digits or (point in text and not fraction):
        return AmountCheck(None, AmountProblem.INVALID)
    if len(fraction) > 2:
        return AmountCheck(None, AmountProblem.TOO_MANY_DECIMALS)
    value = Decimal(f"{digits}.{fraction or '0'}")
    if value <= 0:
        return AmountCheck(None, AmountProblem.NOT_POSITIVE)
    if value > AMOUNT_MAX:
        return AmountCheck(None, AmountProblem.TOO_LARGE)
    wire = f"{value.quantize(Decimal('0.01'))}"
    assert _WIRE_AMOUNT.match(wire), wire
    return AmountCheck(wire)


def format_amount(value: str, locale: QLocale) -> str:
    """The wire's "1656.25" written the locale's way ("1656,25", "1,656.25")."""
    whole, _, fraction = value.partition(".")
    return locale.toString(int(whole)) + locale.decimalPoint() + (fraction or "00").ljust(2, "0")


def amount_problem_text(problem: AmountProblem, locale: QLocale) -> str:
    example = format_amount("12345.67", locale)
    return {
        AmountProblem.EMPTY: QCoreApplication.translate("AmountInput", "Enter the invoice amount."),
        AmountProblem.INVALID: QCoreApplication.translate(
            "AmountInput", "Enter the amount as digits, for example {example}."
        ),
        AmountProblem.WRONG_SEPARATOR: QCoreApplication.translate(
            "AmountInput", "Use “{point}” for the decimals, for example {example}."
        ),
        AmountProblem.TOO_MANY_DECIMALS: QCoreApplication.translate(
            "AmountInput", "An amount has at most two decimals, for example {example}."
        ),
        AmountProblem.NOT_POSITIVE: QCoreApplication.translate(
            "AmountInput", "The amount must be greater than zero."
        ),
        AmountProblem.TOO_LARGE: QCoreApplication.translate(
            "AmountInput", "This amount is too large for an invoice."
        ),
    }[problem].format(example=example, point=locale.decimalPoint())


# --- invoice number ----------------------------------------------------------------------


def invoice_number_problem(text: str) -> str | None:
    """A sentence when the invoice number cannot be sent, else None."""
    number = text.strip()
    if not number:
        return QCoreApplication.translate("AmountInput", "Enter the invoice number.")
    if len(number) > INVOICE_NUMBER_MAX:
        return QCoreApplication.translate(
            "AmountInput", "An invoice number has at most {max} characters."
        ).format(max=INVOICE_NUMBER_MAX)
    if any(unicodedata.category(ch).startswith("C") for ch in number):
        return QCoreApplication.translate(
            "AmountInput", "The invoice number holds characters that cannot be sent."
        )
    return None


def date_problem(value: date, today: date) -> str | None:
    if value > today:
        return QCoreApplication.translate(
            "AmountInput", "The invoice date cannot be in the future."
        )
    return None


# --- currencies --------------------------------------------------------------------------


@lru_cache(maxsize=1)
def current_currencies() -> tuple[str, ...]:
    """ISO 4217 codes legal tender somewhere today (CLDR through Babel), sorted."""
    from babel.core import get_global

    today = date.today()
    codes: set[str] = set()
    for territory in get_global("territory_currencies"):
        codes.update(get_territory_currencies(territory, today, tender=True))
    return tuple(sorted(c for c in codes if is_currency(c)))


def currency_label(code: str, language: str) -> str:
    """ "PLN — złoty polski" in the user's language."""
    try:
        name = get_currency_name(code, locale=language)
    except Exception:  # noqa: BLE001 - an unknown locale falls back to the code alone
        return code
    return f"{code} — {name}"


def is_real_currency(code: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]{3}", code)) and is_currency(code)
