"""Dates, numbers, amounts, currency names and sorting in the language the app speaks.

One place, so every screen writes them alike and follows a language switch at once: all of
them read the default QLocale (set by the language switcher) at the moment they are called.
Qt writes dates; CLDR (through Babel) writes amounts and names currencies, because Qt's
Polish leaves four-digit numbers ungrouped ("1234,56 zł") where CLDR and Polish usage group
them ("1 234,56 zł"). Names sort by the locale's collation (QCollator): in Polish "Łódź"
comes after "Lublin", before "Mielec".
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import cache, cmp_to_key
from typing import TypeVar

from babel import Locale, UnknownLocaleError
from babel.numbers import format_currency, format_decimal, get_currency_name, get_currency_symbol
from PySide6.QtCore import QCollator, QLocale

from desktop.models import local_time

log = logging.getLogger(__name__)
T = TypeVar("T")


def ui_locale() -> QLocale:
    """The locale in force (the language switcher sets it as Qt's default)."""
    return QLocale()


@cache
def babel_locale(name: str) -> Locale:
    """Qt's "pl_PL" as Babel's locale; an unknown one falls back to its language, then English."""
    for candidate in (name, name.split("_")[0]):
        try:
            return Locale.parse(candidate)
        except (UnknownLocaleError, ValueError):
            continue
    log.info("no CLDR data for locale %r; writing amounts the English way", name)
    return Locale.parse("en_US")


def cldr_locale() -> Locale:
    return babel_locale(ui_locale().name())


def language() -> str:
    """ "pl" or "en": the language the names are given in."""
    return cldr_locale().language


# --- dates and numbers ---------------------------------------------------------------------


def format_day(value: date | None) -> str:
    """A calendar day the locale's short way: "06.12.2026" in Polish."""
    return local_time.format_day(value, ui_locale())


def format_count(value: int) -> str:
    """A whole number with the locale's grouping: "12 345" in Polish, "12,345" in English."""
    return format_decimal(value, locale=cldr_locale())


def with_count(text: str, value: int) -> str:
    """Qt's plural text with its count grouped the locale's way: Qt writes `%n` as "12345"
    and `%Ln` as Qt's Polish does ("1234"); this writes "12 345" / "1 234" like format_count."""
    for written in (QLocale().toString(value), str(value)):
        found = re.search(rf"(?<!\d){re.escape(written)}(?!\d)", text)
        if found:
            return text[: found.start()] + format_count(value) + text[found.end() :]
    return text


def _decimal(value: Decimal | str | float) -> Decimal | None:
    try:
        return value if isinstance(value, Decimal) else Decimal(str(value))
    except InvalidOperation:
        return None


def format_money(value: Decimal | str | float, currency: str) -> str:
    """An amount in a currency: "1 234,56 zł" in Polish, "PLN 1,234.56" in English (US).
    A value that is not a number is shown as it came, beside its code."""
    amount = _decimal(value)
    if amount is None:
        return f"{value} {currency}".strip()
    try:
        return format_currency(amount, currency, locale=cldr_locale())
    except (ValueError, KeyError):  # a code CLDR does not know: the number and the code
        return f"{format_decimal(amount, format='#,##0.00', locale=cldr_locale())} {currency}"


def currency_name(code: str) -> str:
    """ "PLN" -> "złoty polski" / "Polish Zloty"; an unknown code stays as it is."""
    try:
        return str(get_currency_name(code, locale=cldr_locale()))
    except (ValueError, KeyError):
        return code


def currency_symbol(code: str) -> str:
    """ "PLN" -> "zł" in Polish, "PLN" in English (US); "EUR" -> "€"."""
    try:
        return str(get_currency_symbol(code, locale=cldr_locale()))
    except (ValueError, KeyError):
        return code


def format_moment(value: datetime | None) -> str:
    """A moment in local time, the locale's short way (see models.local_time)."""
    return local_time.format_datetime(value, ui_locale())


# --- sorting -------------------------------------------------------------------------------


@cache
def _collator(name: str) -> QCollator:
    return new_collator(name)


def new_collator(name: str) -> QCollator:
    """A collation of its own for locale `name`: one for a worker thread, which must not share
    the GUI thread's (`collator()`)."""
    collator = QCollator(QLocale(name))
    collator.setNumericMode(True)  # "Buyer 9" before "Buyer 10"
    collator.setCaseSensitivity(collator.caseSensitivity().CaseInsensitive)
    return collator


def collator() -> QCollator:
    """The locale's collation (ICU through Qt), made once per locale."""
    return _collator(ui_locale().name())


def compare_text(a: str, b: str) -> int:
    return collator().compare(a, b)


def sorted_names(names: list[str]) -> list[str]:
    """Names in the order a reader of the language expects."""
    return sorted(names, key=cmp_to_key(compare_text))


def sorted_by_name(
    items: Iterable[T], name_of: Callable[[T], str], collation: QCollator | None = None
) -> list[T]:
    """Items ordered by their names the language's way ("Łódź ..." after "Lublin ...");
    on a worker thread, give it a `collation` of its own (`new_collator`)."""
    compare = (collation or collator()).compare

    def by_name(a: T, b: T) -> int:
        return compare(name_of(a), name_of(b))

    return sorted(items, key=cmp_to_key(by_name))
