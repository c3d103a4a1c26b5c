"""An invoice as a readable PDF in the user's language: parties, lines, VAT breakdown,
totals and payment details (QTextDocument printed by QPdfWriter)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from html import escape

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QObject, QSizeF
from PySide6.QtGui import (
    QColor,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from desktop.models.formats import format_day
from desktop.models.invoice_words import format_amount
from desktop.views.invoice_editor_words import InvoiceEditorWords
from einvoice.document import DocumentKind, InvoiceDocument, Party
from einvoice.totals import compute_totals


class InvoicePdf(QObject):
    def html(self, doc: InvoiceDocument) -> str:
        totals = compute_totals(doc)
        words = InvoiceEditorWords(self)
        units = words.unit_names()

        def money(value: Decimal) -> str:
            return escape(format_amount(format(value, "f"), doc.currency))

        def day(value: date | None) -> str:
            return escape(format_day(value)) if value else "—"

        title = (
            self.tr("Credit note {number}")
            if doc.kind is DocumentKind.CREDIT_NOTE
            else self.tr("Invoice {number}")
        ).format(number=doc.number)
        parts = [f"<h1>{escape(title)}</h1><table width='100%'><tr>"]
        for heading, party in ((self.tr("Seller"), doc.seller), (self.tr("Buyer"), doc.buyer)):
            parts.append(
                f"<td valign='top' width='50%'><b>{escape(heading)}</b><br>{self._party(party)}</td>"
            )
        parts.append("</tr></table><p>")
        facts = [
            (self.tr("Issue date"), day(doc.issue_date)),
            (self.tr("Due date"), day(doc.due_date)),
            (self.tr("Buyer reference"), escape(doc.buyer_reference or "—")),
            (self.tr("PO number"), escape(doc.order_reference or "—")),
            (self.tr("Currency"), escape(doc.currency)),
        ]
        if doc.preceding_invoice is not None:
            facts.append((self.tr("Credits invoice"), escape(doc.preceding_invoice.number)))
        parts.append("<br>".join(f"<b>{escape(k)}:</b> {v}" for k, v in facts))
        parts.append("</p><table width='100%' border='1' cellspacing='0' cellpadding='3'><tr>")
        for heading in (
            self.tr("#"),
            self.tr("Description"),
            self.tr("Quantity"),
            self.tr("Unit"),
            self.tr("Net price"),
            self.tr("VAT"),
            self.tr("Net amount"),
        ):
            parts.append(f"<th>{escape(heading)}</th>")
        parts.append("</tr>")
        for line, net in zip(doc.lines, totals.line_net_amounts, strict=True):
            rate = "—" if line.vat_rate is None else f"{line.vat_rate.normalize():f}%"
            cells = [
                line.line_id,
                line.description or line.item_name,
                f"{line.quantity.normalize():f}",
                units.get(line.unit_code, line.unit_code),
                format_amount(format(line.net_price, "f"), ""),
                f"{line.vat_category} {rate}",
                format_amount(format(net, "f"), ""),
            ]
            parts.append("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in cells) + "</tr>")
        breakdown, taxable, vat = self.tr("VAT breakdown"), self.tr("taxable"), self.tr("VAT")
        parts.append(f"</table><h3>{escape(breakdown)}</h3><table cellpadding='3'>")
        for group in totals.vat_breakdown:
            rate = "" if group.rate is None else f" {group.rate.normalize():f}%"
            parts.append(
                f"<tr><td>{escape(group.category + rate)}</td><td>{escape(taxable)} "
                f"{money(group.taxable_amount)}</td><td>{escape(vat)} {money(group.tax_amount)}</td></tr>"
            )
        totals_title = self.tr("Totals")
        parts.append(f"</table><h3>{escape(totals_title)}</h3><table cellpadding='3'>")
        for label, value in (
            (self.tr("Lines"), totals.line_extension),
            (self.tr("Allowances"), totals.allowance_total),
            (self.tr("Charges"), totals.charge_total),
            (self.tr("Without VAT"), totals.tax_exclusive),
            (self.tr("VAT"), totals.tax_total),
            (self.tr("Total due"), totals.payable),
        ):
            parts.append(f"<tr><td>{escape(label)}</td><td align='right'>{money(value)}</td></tr>")
        parts.append("</table>")
        if doc.payment_means or doc.payment_terms:
            payment = self.tr("Payment")
            parts.append(f"<h3>{escape(payment)}</h3><p>")
            for means in doc.payment_means:
                parts.append(
                    escape(
                        self.tr("Credit transfer to IBAN {iban}, BIC {bic}").format(
                            iban=means.iban, bic=means.bic or "—"
                        )
                    )
                    + "<br>"
                )
            if doc.payment_terms:
                parts.append(escape(doc.payment_terms))
            parts.append("</p>")
        if doc.attachments:
            names = ", ".join(a.filename for a in doc.attachments)
            supporting = self.tr("Supporting documents")
            parts.append(f"<p><b>{escape(supporting)}:</b> {escape(names)}</p>")
        return "".join(parts)

    def _party(self, party: Party) -> str:
        a = party.address
        lines = [party.name, a.street, f"{a.postal_code} {a.city}".strip(), a.country]
        if party.vat_number:
            lines.append(self.tr("VAT number: {vat}").format(vat=party.vat_number))
        if party.endpoint_id:
            lines.append(self.tr("Network number: {number}").format(number=party.endpoint_id))
        return "<br>".join(escape(x) for x in lines if x)


def pdf_bytes(doc: InvoiceDocument) -> bytes:
    """The invoice as a readable A4 PDF, in memory (the caller writes it and hears of a
    failure: QPdfWriter on a path fails silently)."""
    text = QTextDocument()
    text.setHtml(InvoicePdf().html(doc))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(150)
    text.setPageSize(QSizeF(writer.width(), writer.height()))
    text.print_(writer)
    del writer  # finishes the document
    return bytes(buffer.data().data())


def page_image(doc: InvoiceDocument, width: int = 1240) -> QImage:
    """The PDF's first page as an image (screenshots: the same HTML the PDF prints, A4)."""
    text = QTextDocument()
    text.setHtml(InvoicePdf().html(doc))
    margin = int(width * 15 / 210)
    inner = width - 2 * margin
    height = int(width * 297 / 210)
    text.setTextWidth(inner)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.translate(margin, margin)
    scale = inner / text.idealWidth() if text.idealWidth() > inner else 1.0
    painter.scale(scale, scale)
    text.drawContents(painter)
    painter.end()
    return image
