"""The invoice file reader on real Peppol BIS 3.0 examples and on hostile files."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from desktop.domain.invoice_file import (
    MAX_INVOICE_FILE_BYTES,
    BuyerIdentity,
    InvoiceFileBadValue,
    InvoiceFileHostile,
    InvoiceFileIncomplete,
    InvoiceFileNotUbl,
    InvoiceFileNotXml,
    InvoiceFileOtherBuyer,
    InvoiceFileTooLarge,
    InvoiceFileUnreadable,
    read_invoice_file,
)

PEPPOL = Path(__file__).resolve().parents[1] / "data" / "peppol"
EXAMPLE_BUYER = BuyerIdentity(name="BuyerTradingName AS")


def test_peppol_invoice_gives_number_date_amount_and_currency() -> None:
    invoice = read_invoice_file(PEPPOL / "base-example.xml", EXAMPLE_BUYER)
    assert invoice.kind == "invoice"
    assert invoice.invoice_number == "Snippet1"
    assert invoice.issue_date == date(2017, 11, 13)
    assert invoice.amount == "1656.25"
    assert invoice.currency == "EUR"


def test_peppol_credit_note_is_read_too() -> None:
    note = read_invoice_file(PEPPOL / "base-creditnote-correction.xml", EXAMPLE_BUYER)
    assert note.kind == "credit_note"
    assert (note.invoice_number, note.amount, note.currency) == ("Snippet1", "1656.25", "EUR")


def test_the_buyer_is_recognised_by_name_vat_or_endpoint_ignoring_case_and_spaces() -> None:
    path = PEPPOL / "base-example.xml"
    assert read_invoice_file(path, BuyerIdentity(name="buyer official  name"))
    assert read_invoice_file(path, BuyerIdentity(name="Someone", vat_number="se 4598375937"))
    assert read_invoice_file(path, BuyerIdentity(name="Someone", network_number="FR23342"))
    zero_rated = read_invoice_file(PEPPOL / "vat-category-E.xml", BuyerIdentity("The Buyercompany"))
    assert (zero_rated.amount, zero_rated.currency) == ("1200.00", "GBP")


def test_a_file_for_another_buyer_is_refused() -> None:
    with pytest.raises(InvoiceFileOtherBuyer):
        read_invoice_file(
            PEPPOL / "base-example.xml",
            BuyerIdentity("Demonstration Example Buyer", "PL1234567890", "GB123456789"),
        )


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_billion_laughs_is_refused_without_expanding(tmp_path: Path) -> None:
    lol = (
        '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(
            f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
            for i in range(1, 10)
        )
        + "]>\n<Invoice>&lol9;</Invoice>"
    )
    with pytest.raises(InvoiceFileHostile):
        read_invoice_file(write(tmp_path, "lol.xml", lol))


def test_external_entity_is_refused(tmp_path: Path) -> None:
    secret = write(tmp_path, "secret.txt", "s3cret")
    xxe = (
        f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file://{secret}">]>'
        '<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2">&x;</Invoice>'
    )
    with pytest.raises(InvoiceFileHostile) as caught:
        read_invoice_file(write(tmp_path, "xxe.xml", xxe))
    assert "s3cret" not in str(caught.value)


def test_a_200_mb_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "big.xml"
    with big.open("wb") as handle:  # sparse: takes no disk, reads as zeros
        handle.write(b"<Invoice>")
        handle.truncate(200 * 1024 * 1024)
    assert big.stat().st_size > MAX_INVOICE_FILE_BYTES
    with pytest.raises(InvoiceFileTooLarge):
        read_invoice_file(big)


def test_a_stream_larger_than_its_size_says_stops_at_the_bound(tmp_path: Path) -> None:
    fifo = tmp_path / "stream.xml"
    os.mkfifo(fifo)
    pid = os.fork()
    if pid == 0:  # the writer: an endless stream of XML
        try:
            with fifo.open("wb") as handle:
                handle.write(b"<Invoice>")
                chunk = b"<a/>" * 65536
                while True:
                    handle.write(chunk)
        finally:
            os._exit(0)
    try:
        with pytest.raises(InvoiceFileTooLarge):
            read_invoice_file(fifo)
    finally:
        os.kill(pid, 9)
        os.waitpid(pid, 0)


def test_not_xml_and_xml_that_is_not_ubl(tmp_path: Path) -> None:
    with pytest.raises(InvoiceFileNotXml):
        read_invoice_file(write(tmp_path, "a.xml", "%PDF-1.7 not xml at all"))
    with pytest.raises(InvoiceFileNotXml):
        binary = tmp_path / "b.xml"
        binary.write_bytes(b"\xff\xfe\x00<")
        read_invoice_file(binary)
    with pytest.raises(InvoiceFileNotUbl):
        read_invoice_file(write(tmp_path, "c.xml", "<Invoice><ID>1</ID></Invoice>"))
    order = (PEPPOL / "base-example.xml").read_text().replace("Invoice-2", "Order-2")
    with pytest.raises(InvoiceFileNotUbl):
        read_invoice_file(write(tmp_path, "order.xml", order))


def test_missing_fields_and_impossible_values(tmp_path: Path) -> None:
    base = (PEPPOL / "base-example.xml").read_text()
    cases = {
        "no-amount.xml": (base.replace("PayableAmount", "PrepaidAmount"), InvoiceFileIncomplete),
        "bad-date.xml": (base.replace("2017-11-13", "2017-02-30"), InvoiceFileBadValue),
        "bad-currency.xml": (
            base.replace('PayableAmount currencyID="EUR"', 'PayableAmount currencyID="XYZ"'),
            InvoiceFileBadValue,
        ),
        "three-decimals.xml": (base.replace(">1656.25<", ">1656.255<"), InvoiceFileBadValue),
        "zero.xml": (
            base.replace(">1656.25</cbc:Payable", ">0.00</cbc:Payable"),
            InvoiceFileBadValue,
        ),
        "long-number.xml": (
            base.replace(">Snippet1<", ">" + "9" * 10_000 + "<"),
            InvoiceFileBadValue,
        ),
    }
    for name, (text, error) in cases.items():
        with pytest.raises(error):
            read_invoice_file(write(tmp_path, name, text))


def test_a_missing_file_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(InvoiceFileUnreadable):
        read_invoice_file(tmp_path / "nowhere.xml")
