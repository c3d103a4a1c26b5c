"""Totals: EN 16931 rounding (per line, per VAT group), Decimal only."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from einvoice.document import AllowanceCharge
from einvoice.totals import compute_totals, line_net_amount, percent_amount
from einvoice_core.builders import invoice, line, with_allowances

D = Decimal


def test_line_net_amount_is_rounded_per_line() -> None:
    # 3 x 12.345 = 37.035 -> 37.04 (half up), not the sum of unrounded amounts.
    assert line_net_amount(line(1)) == D("37.04")
    doc = invoice("S", lines=3)
    totals = compute_totals(doc)
    assert totals.line_net_amounts == (D("37.04"),) * 3
    assert totals.line_extension == D("111.12")  # not round(111.105) = 111.11


def test_line_allowances_and_base_quantity() -> None:
    ln = line(
        1,
        quantity=D("10"),
        net_price=D("5"),
        base_quantity=D("4"),
        allowances_charges=(
            AllowanceCharge(False, D("1.10")),
            AllowanceCharge(True, D("0.35")),
        ),
    )
    assert line_net_amount(ln) == D("11.75")  # 10 x 5 / 4 = 12.50 - 1.10 + 0.35


def test_vat_is_computed_once_per_group() -> None:
    # Three lines of 0.05 at 23 %: per line 0.0115 -> 0.01 x 3 = 0.03, per group 0.15 x 23 % = 0.03 (0.0345).
    lines = tuple(line(n, quantity=D("1"), net_price=D("0.05")) for n in (1, 2, 3))
    lines += (line(4, quantity=D("1"), net_price=D("10"), vat_rate=D("8")),)
    totals = compute_totals(dataclasses.replace(invoice("S"), lines=lines))
    groups = {(g.category, g.rate): g for g in totals.vat_breakdown}
    assert groups[("S", D("23"))].taxable_amount == D("0.15")
    assert groups[("S", D("23"))].tax_amount == D("0.03")
    assert groups[("S", D("8"))].tax_amount == D("0.80")
    assert totals.tax_total == D("0.83")
    assert totals.tax_inclusive == D("10.98")


def test_document_allowances_and_charges_enter_their_group() -> None:
    doc = with_allowances(invoice("S", lines=2))
    totals = compute_totals(doc)
    # line 1: 37.04 - 1.50 + 0.75 = 36.29; line 2: 37.04
    assert totals.line_extension == D("73.33")
    assert totals.allowance_total == D("2.00")
    assert totals.charge_total == D("5.25")
    assert totals.tax_exclusive == D("76.58")
    (group,) = totals.vat_breakdown
    assert group.taxable_amount == D("76.58")
    assert group.tax_amount == D("17.61")  # 76.58 x 0.23 = 17.6134
    assert totals.payable == D("94.19")


def test_prepaid_and_not_subject_to_vat() -> None:
    doc = dataclasses.replace(invoice("O"), prepaid_amount=D("10"))
    totals = compute_totals(doc)
    (group,) = totals.vat_breakdown
    assert group.rate is None and group.tax_amount == D("0")
    assert totals.payable == totals.tax_inclusive - D("10")


def test_percent_amount_rounds_half_up() -> None:
    assert percent_amount(D("20.05"), D("10")) == D("2.01")  # 2.005


def test_no_float_anywhere() -> None:
    totals = compute_totals(with_allowances(invoice("S", lines=5)))
    values = [*totals.line_net_amounts]
    for name in ("line_extension", "tax_exclusive", "tax_total", "tax_inclusive", "payable"):
        values.append(getattr(totals, name))
    for group in totals.vat_breakdown:
        values += [group.taxable_amount, group.tax_amount]
    assert all(type(v) is Decimal for v in values)
