"""The bulk connect page's words (English source, Polish in i18n) and its export."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QMessageBox, QPushButton, QWidget

from desktop.domain.bulk_import import ROWS_MAX, BulkImportError, ImportedTable, ImportProblem
from desktop.domain.bulk_preview import Candidate, PreviewRow, summarize, waiting
from desktop.models.bulk_preview_model import BulkPreviewModel
from desktop.models.countries import country_name
from desktop.operations import bulk
from desktop.sync.errors import PortalUnreachable
from desktop.views.file_dialogs import choose_file_to_save

if TYPE_CHECKING:
    from desktop.app.context import AppContext
    from desktop.views.widgets.bulk_mapping import ColumnMappingBox
    from desktop.views.widgets.status_table import StatusTableView


class BulkPage(Protocol):
    """What the words fill and read on the bulk connect page (which owns them: the page
    imports the words, never the other way round)."""

    exported: SignalInstance
    problem: SignalInstance
    table_data: ImportedTable | None
    restored: bool
    title: QLabel
    subtitle: QLabel
    file_title: QLabel
    open_button: QPushButton
    file_info: QLabel
    columns_title: QLabel
    mapping: ColumnMappingBox
    match_button: QPushButton
    preview_title: QLabel
    filter: QLineEdit
    kind: QComboBox
    model: BulkPreviewModel
    table: StatusTableView
    candidates_label: QLabel
    candidates: QComboBox
    verify_button: QPushButton
    export_csv: QPushButton
    export_xlsx: QPushButton

    def current_row(self) -> PreviewRow | None: ...

    def kinds(self) -> tuple[str, ...]: ...


class BulkWords(QObject):
    def __init__(self, ctx: AppContext, page: BulkPage, widget: QWidget) -> None:
        """`page` and `widget` are the same page: what the words fill, and the widget their
        questions and files belong to."""
        super().__init__(widget)
        self._ctx = ctx
        self._page = page
        self._widget = widget

    def retranslate(self) -> None:
        p = self._page
        p.title.setText(self.tr("Connect with many customers"))
        p.subtitle.setText(
            self.tr(
                "Open your customer list (CSV or Excel), check how each row matches the "
                "network's directory, and send connection requests to all of them at once."
            )
        )
        p.file_title.setText(self.tr("1. Customer list"))
        p.open_button.setText(self.tr("&Open file..."))
        if p.table_data is None:
            p.file_info.setText(
                self.tr("CSV (, ; or tab) or XLSX, up to {n} rows.").format(n=ROWS_MAX)
            )
        elif p.restored:
            p.file_info.setText(self.last_list_info(p.table_data))
        else:
            p.file_info.setText(self.file_info(p.table_data))
        p.columns_title.setText(self.tr("2. Columns and account"))
        p.match_button.setText(self.tr("MATCH"))
        p.preview_title.setText(self.tr("3. Preview"))
        p.filter.setPlaceholderText(self.tr("Filter rows by name, VAT or network number"))
        p.filter.setAccessibleName(self.tr("Filter rows"))
        p.kind.setAccessibleName(self.tr("Rows to show"))
        p.table.setAccessibleName(self.tr("Preview of the customer list"))
        p.candidates.setAccessibleName(self.tr("Candidates"))
        kinds = {
            "all": self.tr("All rows"),
            "ready": self.tr("Ready"),
            "to_choose": self.tr("To choose"),
            "not_found": self.tr("Not found"),
            "invalid_vat": self.tr("Invalid VAT number"),
            "already": self.tr("Already connected or requested"),
            "duplicate": self.tr("Duplicate rows"),
            "sent": self.tr("Sent"),
        }
        current = p.kind.currentData() or "all"
        p.kind.blockSignals(True)
        p.kind.clear()
        for key in p.kinds():
            p.kind.addItem(kinds[key], key)
        p.kind.setCurrentIndex(max(0, p.kind.findData(current)))
        p.kind.blockSignals(False)
        p.candidates_label.setText(self.candidates_for(p.current_row()))
        p.verify_button.setText(self.tr("Start verification"))
        p.export_csv.setText(self.tr("Export CSV"))
        p.export_xlsx.setText(self.tr("Export XLSX"))
        p.model.retranslate()

    # --- texts -------------------------------------------------------------------------
    def open_title(self) -> str:
        return self.tr("Open customer list")

    def open_filters(self) -> list[str]:
        return [
            self.tr("Customer lists (*.csv *.xlsx *.txt)"),
            self.tr("All files (*)"),
        ]

    def file_info(self, table: ImportedTable) -> str:
        rows = self.tr("%n row(s)", "", len(table.rows))
        if table.kind == "xlsx":
            return self.tr("{file}: Excel workbook, {rows}").format(file=table.name, rows=rows)
        delimiter = {",": self.tr("comma"), ";": self.tr("semicolon"), "\t": self.tr("tab")}
        return self.tr("{file}: CSV, {encoding}, separated by {delimiter}, {rows}").format(
            file=table.name,
            encoding=self.encoding_name(str(table.encoding)),
            delimiter=delimiter.get(table.delimiter or ",", table.delimiter or ""),
            rows=rows,
        )

    def last_list_info(self, table: ImportedTable) -> str:
        return self.tr("{file}: the rows sent from it last time, {rows}").format(
            file=table.name, rows=self.tr("%n row(s)", "", len(table.rows))
        )

    def encoding_name(self, encoding: str) -> str:
        return {
            "UTF-8 with BOM": self.tr("UTF-8 with BOM"),
            "UTF-8": self.tr("UTF-8"),
            "UTF-16": self.tr("UTF-16"),
            "Windows-1250": self.tr("Windows-1250 (Central European)"),
        }.get(encoding, encoding)

    def import_problem(self, exc: BaseException) -> str:
        if not isinstance(exc, BulkImportError):
            return self.tr("The file could not be read.")
        return {
            ImportProblem.EMPTY: self.tr("The file is empty."),
            ImportProblem.NOT_TABLE: self.tr(
                "This is not a CSV or XLSX file. Save the list from your spreadsheet as CSV or XLSX."
            ),
            ImportProblem.OLD_EXCEL: self.tr(
                "This is an old Excel file (.xls). Save it as .xlsx or CSV and open it again."
            ),
            ImportProblem.TOO_LARGE: self.tr("The file is larger than 20 MB."),
            ImportProblem.TOO_MANY_ROWS: self.tr(
                "The file has %n row(s); up to 5000 can be connected at once. Split the list.",
                "",
                exc.count,
            ),
            ImportProblem.HEADER_ONLY: self.tr("The file holds only a header row, no customers."),
            ImportProblem.BAD_ENCODING: self.tr(
                "The file's text is in an encoding that could not be read. Save it as UTF-8 CSV."
            ),
            ImportProblem.UNREADABLE: self.tr("The file could not be read."),
        }[exc.problem]

    def match_problem(self, exc: BaseException) -> str:
        if isinstance(exc, PortalUnreachable):
            return self.tr("Matching needs the network, which cannot be reached. Try again later.")
        return self.tr("The network could not match the list. Try again.")

    def not_saved(self) -> str:
        return self.tr("The requests could not be saved on this computer. Try again.")

    def choose_prompt(self) -> str:
        return self.tr("Choose the customer...")

    def none_of_these(self) -> str:
        return self.tr("None of these")

    def candidate_text(self, candidate: Candidate) -> str:
        buyer = candidate.buyer
        return self.tr("{name} · {country} · {number} · {score}% alike").format(
            name=buyer.name,
            country=country_name(buyer.country),
            number=buyer.network_number or "",
            score=round(candidate.score * 100),
        )

    def candidates_for(self, row: PreviewRow | None) -> str:
        if row is None or not row.candidates or row.local_id is not None:
            return self.tr("Candidates: select a row to choose its customer")
        return self.tr("Candidates for row {row}:").format(row=row.row.ref)

    def summary(self, rows: list[PreviewRow]) -> str:
        s = summarize(rows)
        parts = [self.tr("%n ready", "", s.ready), self.tr("%n to choose", "", s.to_choose)]
        parts.append(self.tr("%n not found", "", s.not_found))
        if s.invalid_vat:
            parts.append(self.tr("%n with an invalid VAT number", "", s.invalid_vat))
        parts.append(self.tr("%n already connected", "", s.already_connected))
        if s.already_requested:
            parts.append(self.tr("%n already requested", "", s.already_requested))
        if s.duplicates:
            parts.append(self.tr("%n repeated", "", s.duplicates))
        if s.sent:
            parts.append(self.tr("%n sent", "", s.sent))
        return ", ".join(parts)

    def connect_text(self, ticked: int) -> str:
        return self.tr("CONNECT (%n)", "", ticked) if ticked else self.tr("CONNECT")

    def send_info(self, answered: int, total: int, online: bool) -> str:
        text = self.tr("Requests answered: {answered} of {total}").format(
            answered=answered, total=total
        )
        if not online and answered < total:
            text += " " + self.tr("Offline: the rest go out when the network answers.")
        return text

    # --- another list ------------------------------------------------------------------
    def confirm_new_list(self) -> bool:
        """Before another list is opened: True to go on. Asked only while outcomes of this
        list's requests are still pending; offers to export the result first."""
        p = self._page
        pending = waiting(p.model.rows())
        if not pending or p.table_data is None:
            return True
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Open another list"),
            self.tr(
                "The outcome of %n request(s) from this list is still pending. Once another "
                "list is open, this page no longer shows it (Connection requests does). "
                "Export this list's result first?",
                "",
                pending,
            ),
            QMessageBox.StandardButton.NoButton,
            self._widget,
        )
        box.setObjectName("confirmNewList")
        export = box.addButton(self.tr("&Export first..."), QMessageBox.ButtonRole.AcceptRole)
        export.setObjectName("exportFirst")
        go_on = box.addButton(
            self.tr("&Open without exporting"), QMessageBox.ButtonRole.DestructiveRole
        )
        go_on.setObjectName("openWithoutExporting")
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancelNewList")
        box.setDefaultButton(export)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is go_on:
            return True
        return clicked is export and self.export(self._widget, p.table_data.kind)

    # --- export ------------------------------------------------------------------------
    def export_headers(self) -> list[str]:
        p = self._page
        assert p.table_data is not None
        extra = [
            self.tr("Customer chosen"),
            self.tr("Network number"),
            self.tr("Match"),
            self.tr("Outcome"),
            self.tr("Ticket number"),
        ]
        return list(p.table_data.headers) + extra

    def export_rows(self) -> list[list[str]]:
        model = self._page.model
        out = []
        for row in model.rows():  # in the file's order, however the preview is sorted
            chosen = row.chosen
            out.append(
                list(row.row.cells)
                + [
                    chosen.name if chosen else "",
                    (chosen.network_number or "") if chosen else "",
                    model.state_text(row),
                    model.outcome_text(row),
                    (row.item.ticket_number or "") if row.item else "",
                ]
            )
        return out

    def export(self, parent: QWidget, kind: str) -> bool:
        """Ask where; True when the file is being written (`exported` follows)."""
        name = self.tr("connect-result")
        filters = (
            [self.tr("CSV (*.csv)")] if kind == "csv" else [self.tr("Excel workbook (*.xlsx)")]
        )
        path = choose_file_to_save(
            parent, self.tr("Export the result"), f"{name}.{kind}", filters, suffix=kind
        )
        if path is None:
            return False
        self.export_to(path)
        return True

    def export_to(self, path: Path) -> None:
        """Write off the GUI thread; the page's `exported` or `problem` follows."""
        p = self._page
        if p.table_data is None:
            return
        headers, rows = self.export_headers(), self.export_rows()
        delimiter = p.table_data.delimiter or ";"
        bulk.export_result(self._ctx, path, headers, rows, delimiter, parent=self._widget).success(
            p.exported.emit
        ).failure(lambda _exc: p.problem.emit(self.tr("The file could not be written."))).run()
