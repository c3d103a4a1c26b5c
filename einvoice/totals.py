"""Document totals under the EN 16931 / Peppol BIS 3.0 rounding rules.

- a line net amount (BT-131) = quantity x net price / base quantity, + line charges - line
  allowances, rounded to 2 decimals per line (BR-LIN / PEPPOL-EN16931-R120);
- the VAT breakdown (BG-23) groups by (category, rate): the taxable amount (BT-116) is the
  sum of its lines' net amounts plus its document charges minus its document allowances,
  and its tax (BT-117) is taxable x rate / 100 rounded to 2 decimals, once per group
  (BR-CO-17);
- the document VAT total (BT-110) is the sum of the groups' taxes; tax exclusive (BT-109) =
  sum of lines - allowances + charges; tax inclusive (BT-112) = exclusive + VAT; payable
  (BT-115) = inclusive - prepaid.

Rounding is half up (commercial rounding), on Decimal only.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from einvoice.document import AllowanceCharge, InvoiceDocument, Line

CENT = Decimal("0.01")
ZERO = Decimal("0")
HUNDRED = Decimal("100")


def round2(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def percent_amount(base: Decimal, percent: Decimal) -> Decimal:
    """An allowance or charge given as a percentage of a base amount (BR-*-something)."""
    return round2(base * percent / HUNDRED)


@dataclass(frozen=True, slots=True)
class VatGroup:  # one BG-23 entry
    category: str  # BT-118
    rate: Decimal | None  # BT-119 (None for "O")
    taxable_amount: Decimal  # BT-116
    tax_amount: Decimal  # BT-117


@dataclass(frozen=True, slots=True)
class Totals:
    line_net_amounts: tuple[Decimal, ...]  # BT-131 per line, in line order
    line_extension: Decimal  # BT-106
    allowance_total: Decimal  # BT-107
    charge_total: Decimal  # BT-108
    tax_exclusive: Decimal  # BT-109
    tax_total: Decimal  # BT-110
    tax_inclusive: Decimal  # BT-112
    prepaid: Decimal  # BT-113
    payable: Decimal  # BT-115
    vat_breakdown: tuple[VatGroup, ...]  # BG-23, in order of first appearance


def line_net_amount(line: Line) -> Decimal:
    amount = line.quantity * line.net_price
    if line.base_quantity is not None and line.base_quantity != ZERO:
        amount = amount / line.base_quantity
    amount = round2(amount)
    for ac in line.allowances_charges:
        amount += ac.amount if ac.is_charge else -ac.amount
    return round2(amount)


def _rate_key(rate: Decimal | None) -> Decimal | None:
    # 25 and 25.00 are the same rate: group them together.
    return None if rate is None else rate.normalize()


def compute_totals(doc: InvoiceDocument) -> Totals:
    nets = tuple(line_net_amount(line) for line in doc.lines)
    taxable: dict[tuple[str, Decimal | None], Decimal] = {}
    rates: dict[tuple[str, Decimal | None], Decimal | None] = {}
    for line, net in zip(doc.lines, nets, strict=True):
        key = (line.vat_category, _rate_key(line.vat_rate))
        taxable[key] = taxable.get(key, ZERO) + net
        rates.setdefault(key, line.vat_rate)
    allowances = ZERO
    charges = ZERO
    for ac in doc.allowances_charges:
        key = (ac.vat_category, _rate_key(ac.vat_rate))
        signed = _signed(ac)
        taxable[key] = taxable.get(key, ZERO) + signed
        rates.setdefault(key, ac.vat_rate)
        if ac.is_charge:
            charges += ac.amount
        else:
            allowances += ac.amount
    groups = []
    tax_total = ZERO
    for key, base in taxable.items():
        rate = rates[key]
        tax = ZERO if rate is None else round2(base * rate / HUNDRED)
        tax_total += tax
        groups.append(VatGroup(key[0], rate, round2(base), tax))
    line_extension = round2(sum(nets, ZERO))
    allowances = round2(allowances)
    charges = round2(charges)
    tax_exclusive = line_extension - allowances + charges
    tax_inclusive = tax_exclusive + tax_total
    prepaid = round2(doc.prepaid_amount)
    return Totals(
        line_net_amounts=nets,
        line_extension=line_extension,
        allowance_total=allowances,
        charge_total=charges,
        tax_exclusive=tax_exclusive,
        tax_total=tax_total,
        tax_inclusive=tax_inclusive,
        prepaid=prepaid,
        payable=tax_inclusive - prepaid,
        vat_breakdown=tuple(groups),
    )


def _signed(ac: AllowanceCharge) -> Decimal:
    return ac.amount if ac.is_charge else -ac.amount
