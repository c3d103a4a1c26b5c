"""Which editor field a rule's finding is about: from the business terms its text names
(BT-n) and the path of the node it was checked on. No Qt: the editor focuses the field."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Business term -> the editor field that holds it.
TERM_FIELDS: dict[str, str] = {
    "BT-1": "number",
    "BT-2": "issue_date",
    "BT-5": "currency",
    "BT-9": "due_date",
    "BT-10": "buyer_reference",
    "BT-13": "order_reference",
    "BT-20": "payment_terms",
    "BT-22": "note",
    "BT-25": "number",
    "BT-81": "iban",
    "BT-84": "iban",
    "BT-86": "bic",
    "BT-92": "allowance",
    "BT-97": "allowance_reason",
    "BT-98": "allowance_reason",
    "BT-99": "charge",
    "BT-104": "charge_reason",
    "BT-105": "charge_reason",
    "BT-120": "exemption_reason",
    "BT-121": "exemption_reason",
    "BT-129": "quantity",
    "BT-130": "unit",
    "BT-131": "price",
    "BT-136": "allowance",
    "BT-141": "charge",
    "BT-146": "price",
    "BT-151": "category",
    "BT-152": "rate",
    "BT-153": "description",
    "BT-154": "description",
}
for _n in range(27, 44):  # BG-4 seller: My account
    TERM_FIELDS.setdefault(f"BT-{_n}", "seller")
for _n in range(44, 59):  # BG-7 buyer: the customer
    TERM_FIELDS.setdefault(f"BT-{_n}", "buyer")
LINE_FIELDS = frozenset(
    {"quantity", "unit", "price", "category", "rate", "description", "line_allowance"}
)
# Path steps -> field, when the text names no term the editor holds.
PATH_FIELDS: tuple[tuple[str, str], ...] = (
    ("AccountingSupplierParty", "seller"),
    ("AccountingCustomerParty", "buyer"),
    ("PaymentMeans", "iban"),
    ("InvoiceLine", "description"),
    ("CreditNoteLine", "description"),
    ("AllowanceCharge", "allowance"),
    ("TaxTotal", "category"),
)
TEXT_FIELDS: tuple[tuple[str, str], ...] = (
    ("buyer reference", "buyer_reference"),
    ("currency", "currency"),
)
_LINE = re.compile(r"(?:Invoice|CreditNote)Line(?:\[(\d+)\])?")


@dataclass(frozen=True)
class FieldRef:
    field: str  # an editor field (HeaderEntry / LineEntry names, or "seller" / "buyer")
    line: int | None = None  # 0-based, for a line's field

    @property
    def key(self) -> str:
        return self.field if self.line is None else f"{self.field}@{self.line}"


def field_of(terms: tuple[str, ...], path: str, text: str = "") -> FieldRef | None:
    line_match = _LINE.search(path)
    line = (int(line_match.group(1) or 1) - 1) if line_match else None
    field = next((TERM_FIELDS[t] for t in terms if t in TERM_FIELDS), None)
    if field is None:
        lowered = text.lower()
        field = next((f for words, f in TEXT_FIELDS if words in lowered), None)
    if field is None:
        field = next((f for step, f in PATH_FIELDS if step in path), None)
    if field is None:
        return None
    if field == "allowance" and line is not None:
        field = "allowance"  # a line's allowance column
    if field in LINE_FIELDS or (line is not None and field in ("allowance", "charge")):
        return FieldRef(field, line if line is not None else 0)
    return FieldRef(field)
