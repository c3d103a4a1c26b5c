"""Every model's own data roles, in one enum: one number means one thing app-wide.

Models and views ask for `Roles.X` instead of `Qt.ItemDataRole.UserRole + n`.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt

_BASE = int(Qt.ItemDataRole.UserRole)


class Roles(IntEnum):
    ROW = _BASE + 1  # the row's own frozen dataclass (a relationship, request, ticket, preview)
    TONE = _BASE + 2  # good | warn | bad | info | neutral: the status dot's colour
    SORT = _BASE + 3  # a value that sorts right (dates as dates, Polish names in Polish order)
    SEARCH = _BASE + 4  # folded text the filter matches against
    STATUS = _BASE + 5  # the row's status value
    ACCOUNT_ID = _BASE + 6  # the supplier account id of the row or of a combo's entry
    EXPORT = _BASE + 7  # the text a CSV or XLSX export writes
    ENTRY = _BASE + 8  # a directory entry
    KIND = _BASE + 9  # a directory result's kind (entity, group, header)
    COUNTRY_CODE = _BASE + 10  # a group tree row's country code
    PROBLEM = _BASE + 11  # the problem word of an invoice line's cell, or None
    MARK = _BASE + 12  # True: a finding names this cell
    STATE = _BASE + 13  # a bulk preview row's state
    KEY = _BASE + 14  # an invoice status's machine word
    TICKET_NUMBER = _BASE + 15  # a notice's support ticket number
