"""The invoice editor's words: units, VAT categories, field names, problems and the plain
sentence a finding gets (the rule's own text stays as published, in English)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.domain.finding_fields import FieldRef


class InvoiceEditorWords(QObject):
    def unit_names(self) -> dict[str, str]:
        return {
            "C62": self.tr("one (unit)"),
            "H87": self.tr("piece"),
            "EA": self.tr("each"),
            "SET": self.tr("set"),
            "PR": self.tr("pair"),
            "XBX": self.tr("box"),
            "XPK": self.tr("package"),
            "HUR": self.tr("hour"),
            "MIN": self.tr("minute"),
            "DAY": self.tr("day"),
            "WEE": self.tr("week"),
            "MON": self.tr("month"),
            "ANN": self.tr("year"),
            "KGM": self.tr("kilogram"),
            "GRM": self.tr("gram"),
            "TNE": self.tr("tonne"),
            "MTR": self.tr("metre"),
            "KMT": self.tr("kilometre"),
            "CMT": self.tr("centimetre"),
            "MTK": self.tr("square metre"),
            "MTQ": self.tr("cubic metre"),
            "LTR": self.tr("litre"),
            "MLT": self.tr("millilitre"),
            "KWH": self.tr("kilowatt hour"),
            "E48": self.tr("service unit"),
            "LS": self.tr("lump sum"),
        }

    def category_names(self) -> dict[str, str]:
        return {
            "S": self.tr("S: standard rate"),
            "Z": self.tr("Z: zero rated"),
            "E": self.tr("E: exempt from VAT"),
            "AE": self.tr("AE: reverse charge"),
            "K": self.tr("K: intra-community supply"),
            "G": self.tr("G: export outside the EU"),
            "O": self.tr("O: not subject to VAT"),
        }

    def column_names(self) -> list[str]:
        return [
            self.tr("Description"),
            self.tr("Quantity"),
            self.tr("Unit"),
            self.tr("Net price"),
            self.tr("VAT category"),
            self.tr("VAT rate %"),
            self.tr("Allowance"),
            self.tr("Charge"),
            self.tr("Net amount"),
        ]

    def field_name(self, field: str) -> str:
        return {
            "number": self.tr("the invoice number"),
            "issue_date": self.tr("the issue date"),
            "due_date": self.tr("the due date"),
            "payment_terms": self.tr("the payment terms"),
            "buyer_reference": self.tr("the buyer reference or the PO number"),
            "order_reference": self.tr("the PO number"),
            "currency": self.tr("the currency"),
            "iban": self.tr("the IBAN"),
            "bic": self.tr("the BIC"),
            "exemption_reason": self.tr("the VAT exemption reason"),
            "allowance": self.tr("the allowance"),
            "allowance_reason": self.tr("the allowance's reason"),
            "charge": self.tr("the charge"),
            "charge_reason": self.tr("the charge's reason"),
            "note": self.tr("the note"),
            "description": self.tr("the description"),
            "quantity": self.tr("the quantity"),
            "unit": self.tr("the unit"),
            "price": self.tr("the net price"),
            "category": self.tr("the VAT category"),
            "rate": self.tr("the VAT rate"),
            "seller": self.tr("your company's data (My account)"),
            "buyer": self.tr("the customer's data"),
            "lines": self.tr("the lines"),
            "customer": self.tr("the customer"),
        }.get(field, field)

    def problem_text(self, word: str) -> str:
        return {
            "required": self.tr("Fill this in."),
            "not_a_number": self.tr("This is not a number."),
            "negative": self.tr("This cannot be negative."),
            "too_many_digits": self.tr("At most 15 digits before the decimal point."),
            "too_many_decimals": self.tr("At most 6 digits after the decimal point."),
            "too_long": self.tr("This is too long."),
            "invalid_currency": self.tr("Choose a currency from the list (ISO 4217)."),
            "invalid_unit": self.tr("Choose a unit from the list."),
            "invalid_category": self.tr("Choose a VAT category from the list."),
            "invalid_rate": self.tr("A VAT rate is between 0 and 100."),
            "number_used": self.tr("This account already used this invoice number."),
            "no_customer": self.tr("Choose a customer."),
        }.get(word, self.tr("This value is not accepted."))

    def problem_at(self, field: str, word: str, line: int | None) -> str:
        """A problem named with its field: "Line 2, the quantity: This is not a number.\""""
        where = self.field_name(field)
        if line is not None:
            where = self.tr("Line {n}, {field}").format(n=line + 1, field=where)
        return self.tr("{where}: {problem}").format(where=where, problem=self.problem_text(word))

    def finding_sentence(self, ref: FieldRef | None, fatal: bool) -> str:
        if ref is None:
            return (
                self.tr("This must be corrected before the invoice can be sent.")
                if fatal
                else self.tr("Worth a look; the invoice can still be sent.")
            )
        what = self.field_name(ref.field)
        if ref.line is not None:
            what = self.tr("{field} of line {n}").format(field=what, n=ref.line + 1)
        if fatal:
            return self.tr("Correct {what}.").format(what=what)
        return self.tr("Check {what}; the invoice can still be sent.").format(what=what)

    def flag_text(self, fatal: bool) -> str:
        return self.tr("Fatal") if fatal else self.tr("Warning")

    def findings_summary(self, fatal: int, warnings: int) -> str:
        if not fatal and not warnings:
            return self.tr("No rule found a problem: the invoice can be sent.")
        if fatal:
            return self.tr(
                "{fatal} fatal finding(s) and {warnings} warning(s): correct the fatal ones "
                "before sending."
            ).format(fatal=fatal, warnings=warnings)
        return self.tr("{warnings} warning(s): the invoice can still be sent.").format(
            warnings=warnings
        )
