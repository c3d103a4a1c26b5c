"""The editor's lines model under QAbstractItemModelTester, and its per-line parsing."""

from __future__ import annotations

from PySide6.QtTest import QAbstractItemModelTester

from desktop.domain.invoice_form import LineEntry
from desktop.models.invoice_lines_model import COLUMNS, InvoiceLinesModel
from desktop.models.roles import Roles


def test_the_lines_model_passes_the_model_tester(qapp) -> None:  # type: ignore[no-untyped-def]
    model = InvoiceLinesModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_entries([LineEntry("Paper", "2", "H87", "10")])
    model.add_line(LineEntry("Toner", "x", "H87", "5"))
    quantity = model.index(1, COLUMNS.index("quantity"))
    assert model.data(quantity, Roles.PROBLEM) == "not_a_number"
    assert len(model.good_lines()) == 1
    assert model.setData(quantity, "3")
    assert model.data(quantity, Roles.PROBLEM) is None
    lines = model.lines()
    assert isinstance(lines, tuple) and [line.line_id for line in lines] == ["1", "2"]
    model.remove_line(0)
    assert [line.line_id for line in model.good_lines()] == ["1"]  # ids follow positions
    assert model.rowCount() == 1
