"""Customers > Connect with many customers: open a customer list (CSV or XLSX), map its
columns, match it on the portal, resolve the probable rows, connect the ticked ones in one
press (queued in the outbox, sent exactly once, offline too), follow each row's outcome and
export the result."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QWidget

from desktop.domain.bulk_columns import guess_mapping
from desktop.domain.bulk_import import ImportedTable
from desktop.domain.bulk_last_list import last_list_record, restore_last_list
from desktop.domain.bulk_preview import (
    PreviewRow,
    RowOutcome,
    apply_request,
    apply_result,
    assign_account,
    mark_existing,
    mark_queued,
    mark_same_customers,
    plan_requests,
    queued_in,
)
from desktop.domain.bulk_rows import build_rows
from desktop.domain.types import ConnectionRequestRow
from desktop.forms.ui_bulk_connect_page import Ui_BulkConnectPage
from desktop.models.bulk_preview_model import COL_OUTCOME, BulkPreviewModel, PreviewRole
from desktop.models.bulk_preview_proxy import KINDS, BulkPreviewProxy
from desktop.operations import bulk
from desktop.views.file_dialogs import choose_file_to_open
from desktop.views.pages.bulk_connect_flow import BulkConnectFlow, Pairs
from desktop.views.pages.bulk_words import BulkWords
from desktop.views.retranslate import Retranslating
from desktop.views.widgets.bulk_mapping import FROM_COLUMN
from desktop.views.wizards.launcher import open_verification
from wire import schemas as w

if TYPE_CHECKING:
    from desktop.app.context import AppContext

log = logging.getLogger(__name__)
# Columns are fitted to the rows on screen and this many more: measuring all 5,000 rows of a
# long list would hold the GUI thread for about half a second each time.
FIT_SAMPLE = 200
# The form's widgets that share a style sheet name (a form names each one once).
_STYLE_NAMES = {
    "title": "pageTitle",
    "subtitle": "pageSubtitle",
    "fileCard": "section",
    "columnsCard": "section",
    "previewCard": "section",
    "fileTitle": "sectionTitle",
    "openButton": "secondaryButton",
    "fileInfo": "hint",
    "fileProblem": "formError",
    "columnsTitle": "sectionTitle",
    "matchButton": "primaryButton",
    "matchBar": "bulkProgress",
    "previewTitle": "sectionTitle",
    "candidatesLabel": "fieldLabel",
    "connectButton": "primaryButton",
    "sendBar": "bulkProgress",
    "sendInfo": "hint",
    "verifyButton": "secondaryButton",
    "exportCsv": "secondaryButton",
    "exportXlsx": "secondaryButton",
}


class BulkConnectPage(Retranslating, QWidget):
    navigate = Signal(str)
    imported = Signal(object)  # ImportedTable
    preview_ready = Signal()  # matched, and what the cache knows applied
    outcomes_updated = Signal()
    exported = Signal(object)  # Path
    problem = Signal(str)  # a message shown to the user

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bulkConnectPage")
        self._ctx = ctx
        self.words = BulkWords(ctx, self, self)
        self.table_data: ImportedTable | None = None
        self.restored = False  # the list sent before a restart, shown again
        self._pairs: Pairs = {}
        self._flow = BulkConnectFlow(ctx, self)
        self._flow.match_progress.connect(self._match_progress)
        self._flow.matched.connect(self._matched)
        self._flow.match_failed.connect(self._match_failed)
        self._flow.existing_known.connect(self._existing_known)
        self._flow.queued.connect(self._queued)
        self._flow.queue_failed.connect(self._queue_failed)
        self._flow.requests_read.connect(self._requests_read)
        self._flow.last_list_found.connect(self._restore_last_list)
        self._build()
        self.retranslate()
        # The header's account until this list's rows are sent, unless each row names its own.
        self.mapping.account.bind(ctx, follow_header=self._may_follow_header)
        ctx.status_changed.connect(self._on_status)
        self._update_state()
        self._flow.load_last_list()  # the rows sent before a restart, shown again

    # --- layout ----------------------------------------------------------------------
    def _build(self) -> None:
        """The form (ui/bulk_connect_page.ui), then the models and the behaviour."""
        self.ui = ui = Ui_BulkConnectPage()
        ui.setupUi(self)
        for name, style_name in _STYLE_NAMES.items():
            widget = getattr(ui, name)
            widget.setObjectName(style_name)
            # The form's scroll area may have polished it under the form's name already: the
            # style sheet's rules for the style name apply only when polished again.
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        self.split = ui.bulkSplit
        self.split.arrange()

        self.title, self.subtitle, self.file_title = ui.title, ui.subtitle, ui.fileTitle
        self.open_button, self.file_info = ui.openButton, ui.fileInfo
        self.open_button.clicked.connect(self.choose_file)
        self.file_problem = ui.fileProblem
        self.file_problem.hide()
        self.columns_title, self.mapping = ui.columnsTitle, ui.bulkMapping
        self.mapping.changed.connect(self._mapping_changed)
        self.mapping.account_changed.connect(self._apply_accounts)
        self.match_button, self.match_bar = ui.matchButton, ui.matchBar
        self.match_button.clicked.connect(self.match)
        self.match_bar.hide()

        self.preview_title, self.filter, self.kind = ui.previewTitle, ui.bulkFilter, ui.bulkKind
        self.model = BulkPreviewModel(self)
        self.model.checks_changed.connect(self._update_state)
        self.proxy = BulkPreviewProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter.textChanged.connect(self.proxy.set_text)
        self.kind.currentIndexChanged.connect(
            lambda *_: self.proxy.set_kind(self.kind.currentData())
        )
        self.table = ui.bulkPreview  # the rest of the window goes to it (the split's stretch)
        self.table.setModel(self.proxy)
        self.table.horizontalHeader().setResizeContentsPrecision(FIT_SAMPLE)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.candidates_label, self.candidates = ui.candidatesLabel, ui.bulkCandidates
        self.candidates.activated.connect(self._candidate_chosen)
        self.summary = ui.bulkSummary
        self.connect_button, self.send_bar = ui.connectButton, ui.sendBar
        self.connect_button.clicked.connect(self.connect_ticked)
        self.send_bar.hide()
        self.send_info, self.verify_button = ui.sendInfo, ui.verifyButton
        self.verify_button.clicked.connect(self._start_verification)
        self.export_csv, self.export_xlsx = ui.exportCsv, ui.exportXlsx
        self.export_csv.clicked.connect(lambda: self.words.export(self, "csv"))
        self.export_xlsx.clicked.connect(lambda: self.words.export(self, "xlsx"))

    def retranslate(self) -> None:
        self.words.retranslate()
        hint = self.filter.fontMetrics().horizontalAdvance(self.filter.placeholderText())
        self.filter.setMinimumWidth(max(360, hint + 48))  # its hint whole, in every language
        self._fit_columns()  # the headers' words changed width
        self._update_state()

    # --- import ------------------------------------------------------------------------
    def choose_file(self) -> None:
        """Another list starts a new bulk connect (asked first while outcomes are pending)."""
        if not self.words.confirm_new_list():
            return
        path = choose_file_to_open(self, self.words.open_title(), self.words.open_filters())
        if path is not None:
            self.open_file(path)

    def open_file(self, path: Path) -> None:
        """Read `path` off the GUI thread; `imported` or `problem` follows."""
        self.file_problem.hide()
        self.open_button.setEnabled(False)
        bulk.read_list(self._ctx, path, parent=self).success(self._imported).failure(
            self._import_failed
        ).run()

    def _imported(self, table: ImportedTable) -> None:
        self.open_button.setEnabled(True)
        self._new_session()
        self.table_data, self.restored = table, False
        self.file_info.setText(self.words.file_info(table))
        self.mapping.set_headers(table.headers, guess_mapping(table.headers))
        self._rebuild_rows()
        self.split.favour_preview()
        self.imported.emit(table)

    def _new_session(self) -> None:
        """A new list: the last list's requests become what the cache knows ("already
        requested"); the Connection requests page goes on following them."""
        self._flow.new_session()
        self._pairs = {}
        self.send_bar.hide()
        self.send_info.clear()

    def _restore_last_list(self, record: dict[str, object]) -> None:
        """After a restart: the last list's sent rows, their outcomes followed again (unless
        another list was opened meanwhile)."""
        restored = restore_last_list(record)
        if restored is None or self.table_data is not None:
            return
        table, rows = restored
        self.table_data, self.restored = table, True
        self.file_info.setText(self.words.last_list_info(table))
        self.mapping.set_headers(table.headers, guess_mapping(table.headers))
        self.model.set_rows(rows)
        self.split.favour_preview()
        self.model.set_account_names({a.id: a.name for a in self._ctx.accounts})
        self.send_bar.setRange(0, len(rows))
        self.send_bar.setValue(0)
        self.send_bar.show()
        self._flow.follow([r.local_id for r in rows if r.local_id])
        self._fit_columns()
        self._update_state()

    def _import_failed(self, exc: BaseException) -> None:
        self.open_button.setEnabled(True)
        self._show_problem(self.words.import_problem(exc))

    def _show_problem(self, text: str) -> None:
        self.file_problem.setText(text)
        self.file_problem.show()
        self.problem.emit(text)

    def _mapping_changed(self) -> None:
        if self.table_data is not None:
            self._rebuild_rows()

    def _rebuild_rows(self) -> None:
        assert self.table_data is not None
        rows = build_rows(self.table_data, self.mapping.mapping())
        self.model.set_rows([PreviewRow(row=r) for r in rows])
        self._apply_accounts()
        self._fit_columns()

    # --- matching ----------------------------------------------------------------------
    def match(self) -> None:
        rows = [r.row for r in self.model.rows()]
        if not rows or self._flow.matching:
            return
        self.match_bar.setRange(0, max(1, sum(1 for r in rows if not r.is_blank)))
        self.match_bar.setValue(0)
        self.match_bar.show()
        self._flow.match(rows)
        self._update_state()

    def _match_progress(self, done: int, total: int) -> None:
        self.match_bar.setRange(0, max(1, total))
        self.match_bar.setValue(done)

    def _matched(self, results: dict[str, w.MatchResult]) -> None:
        self.match_bar.hide()

        self.model.update_rows(lambda r: apply_result(r, results.get(r.row.ref)))
        self._apply_accounts()
        self._flow.look_up_existing()

    def _match_failed(self, exc: BaseException) -> None:
        self.match_bar.hide()
        self._show_problem(self.words.match_problem(exc))
        self._update_state()

    def _existing_known(self, pairs: Pairs) -> None:
        self._pairs = pairs
        self._apply_existing()
        self._fit_columns()  # once per match: the customers' names are known
        self.preview_ready.emit()

    def _apply_accounts(self) -> None:
        choice = self.mapping.account_choice()
        accounts = self._ctx.accounts
        self.model.set_account_names({a.id: a.name for a in accounts})

        per_row = choice == FROM_COLUMN
        self.model.update_rows(lambda r: assign_account(r, choice, accounts, per_row))
        self._apply_existing()

    def _may_follow_header(self) -> bool:
        return not self._flow.local_ids and self.mapping.account_choice() != FROM_COLUMN

    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        last = self.model.columnCount() - 1
        for column in range(last):
            header.resizeSection(column, min(header.sectionSize(column), 230))
        # The last column as wide as its title and rows: stretched over what is left it would
        # shrink below its title ("/endor code") once the columns are wider than the table.
        header.setStretchLastSection(False)
        header.resizeSection(last, max(header.sectionSize(last), header.sectionSizeHint(last)))

    def _apply_existing(self) -> None:
        self.model.update_rows(lambda r: mark_existing(r, self._pairs))
        self.model.change_all(mark_same_customers)
        self._update_state()

    # --- choosing among candidates -----------------------------------------------------
    def current_row(self) -> PreviewRow | None:
        row = self.table.currentIndex().data(PreviewRole)
        return row if isinstance(row, PreviewRow) else None

    def _current_changed(self, *_args: QModelIndex) -> None:
        row = self.current_row()
        self.candidates.clear()
        if row is not None and row.candidates and row.local_id is None:
            self.candidates.addItem(self.words.choose_prompt(), None)
            for candidate in row.candidates:
                self.candidates.addItem(self.words.candidate_text(candidate), candidate.buyer.id)
            self.candidates.addItem(self.words.none_of_these(), "")
            chosen = row.chosen.id if row.chosen else None
            self.candidates.setCurrentIndex(max(0, self.candidates.findData(chosen)))
        self.candidates_label.setText(self.words.candidates_for(row))
        self._update_state()

    def choose_candidate(self, buyer_id: str | None) -> None:
        """The current row's customer: one of its candidates, or None ("None of these")."""
        row = self.current_row()
        if row is None or row.local_id is not None:
            return
        row.chosen = next((c.buyer for c in row.candidates if c.buyer.id == buyer_id), None)
        row.existing = self._pairs.get((row.account_id or "", row.chosen.id if row.chosen else ""))
        mark_same_customers(self.model.rows())  # one request per customer
        row.checked = row.ready
        self.model.update_rows(lambda _r: True)

    def _candidate_chosen(self, index: int) -> None:
        data = self.candidates.itemData(index)
        if data is not None:
            self.choose_candidate(str(data) or None)

    # --- connect -----------------------------------------------------------------------
    def connect_ticked(self) -> None:
        if self._flow.queueing:  # a second press while the first one's rows are queued
            return
        planned = plan_requests(self.model.rows())
        if not planned:
            return
        self._flow.connect_rows(planned)
        self._update_state()

    def _queue_failed(self, _exc: BaseException) -> None:
        self._show_problem(self.words.not_saved())
        self._update_state()

    def _queued(self, queued: list) -> None:  # type: ignore[type-arg]
        sent_in = queued_in(queued)
        self.model.update_rows(lambda r: mark_queued(r, sent_in))
        if self.table_data is not None:  # kept for after a restart
            self._flow.save_last_list(last_list_record(self.table_data, self.model.rows()))
        self.send_bar.setRange(0, len(queued))
        self.send_bar.setValue(0)
        self.send_bar.show()
        self._on_status()
        self.outcomes_updated.emit()

    def _requests_read(self, requests: dict[str, ConnectionRequestRow]) -> None:
        self.model.update_rows(lambda r: apply_request(r, requests.get(r.local_id or "")))
        self.table.resizeColumnToContents(COL_OUTCOME)  # only the outcomes' words changed
        answered = sum(1 for r in requests.values() if r.state not in ("queued",))
        self.send_bar.setRange(0, max(1, len(self._flow.local_ids)))
        self.send_bar.setValue(answered)
        self._on_status()
        self._current_changed()
        self.outcomes_updated.emit()

    def _on_status(self, *_args: object) -> None:
        if self._flow.local_ids:
            total, answered = len(self._flow.local_ids), self.send_bar.value()
            self.send_info.setText(self.words.send_info(answered, total, self._ctx.status.online))

    def _start_verification(self) -> None:
        row = self.current_row()
        if (
            row is not None
            and row.item is not None
            and row.outcome == RowOutcome.VERIFICATION_REQUIRED
        ):
            open_verification(self._ctx, row.item, self)

    # --- state -------------------------------------------------------------------------
    def _update_state(self) -> None:
        rows = self.model.rows()
        has_rows = bool(rows)
        matching, queueing = self._flow.matching, self._flow.queueing
        self.match_button.setEnabled(has_rows and not matching and not self._flow.local_ids)
        self.mapping.setEnabled(not matching and not self._flow.local_ids)
        self.open_button.setEnabled(not matching and not queueing)
        matched = any(r.match_state is not None for r in rows)
        self.summary.setText(self.words.summary(rows) if matched else "")
        ticked = sum(1 for r in rows if r.checked and r.ready)
        self.connect_button.setEnabled(ticked > 0 and not matching and not queueing)
        self.connect_button.setText(self.words.connect_text(ticked))
        row = self.current_row()
        self.candidates.setEnabled(self.candidates.count() > 0)
        self.verify_button.setEnabled(
            row is not None
            and row.item is not None
            and row.outcome == RowOutcome.VERIFICATION_REQUIRED
        )
        self.export_csv.setEnabled(matched)
        self.export_xlsx.setEnabled(matched)

    def kinds(self) -> tuple[str, ...]:
        return KINDS
