"""The main window: header, navy navigation, offline banner, a stack of pages, status bar."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.app import garbage
from desktop.app.context import AppContext
from desktop.app.resources import app_icon, icon
from desktop.app.start_marks import mark
from desktop.domain.types import Changed, SyncStatus
from desktop.operations.account import data_folder
from desktop.views.dialogs.about_dialog import add_about_action
from desktop.views.notice_bell import NoticeBell
from desktop.views.notifier import TicketNotifier
from desktop.views.widgets.header_bar import HeaderBar
from desktop.views.widgets.nav_bar import NavBar
from desktop.views.widgets.offline_banner import OfflineBanner
from desktop.views.widgets.sync_status import SyncStatusWidgets
from wire.collections import Collection

if TYPE_CHECKING:
    from desktop.views.invoice_followups import InvoiceFollowUps

# Every page the window hosts, in navigation order, as "module:class"; screenshots iterate
# over this. A page's module is imported and the page built when it is first wanted, or
# (the window shown) one by one after its first paint, once Home shows its figures.
PAGES: tuple[tuple[str, str], ...] = (
    ("home", "desktop.views.pages.home_page:HomePage"),
    ("connect", "desktop.views.pages.connect_page:ConnectPage"),
    ("bulk", "desktop.views.pages.bulk_connect_page:BulkConnectPage"),
    ("relationships", "desktop.views.pages.relationships_page:RelationshipsPage"),
    ("requests", "desktop.views.pages.connection_requests_page:ConnectionRequestsPage"),
    ("support", "desktop.views.pages.support_requests_page:SupportRequestsPage"),
    ("invoices", "desktop.views.pages.invoices_page:InvoicesPage"),
)


# The other pages are built after the first paint once Home is filled, or this long after the
# window was made if Home's read is slow.
HOME_WAIT_MS = 3000


def page_class(key: str) -> Any:
    """The class of the page `key` (its module imported now)."""
    module, _, name = dict(PAGES)[key].partition(":")
    return getattr(importlib.import_module(module), name)


class Pages(Mapping[str, QWidget]):
    """The window's pages by key, each built the first time it is looked up."""

    def __init__(self, build: Callable[[str], QWidget]) -> None:
        self._build = build
        self._built: dict[str, QWidget] = {}

    def __getitem__(self, key: str) -> QWidget:
        page = self._built.get(key)
        if page is None:
            if key not in dict(PAGES):
                raise KeyError(key)
            page = self._built[key] = self._build(key)
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(key for key, _ in PAGES)

    def __len__(self) -> int:
        return len(PAGES)

    def __contains__(self, key: object) -> bool:
        return key in dict(PAGES)

    def built(self) -> dict[str, QWidget]:
        """The pages built so far (nothing is built by asking)."""
        return dict(self._built)


class MainWindow(QMainWindow):
    log_out_requested = Signal()
    page_changed = Signal(str)
    first_painted = Signal()  # once, after the window's first paint: start-up work may follow

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.setWindowTitle(self.tr("Supplier Desk"))
        self.import_message: QWidget | None = None  # why the last invoice file was refused
        self.invoice_editor: QWidget | None = None  # the editor open now, if any
        self.painted = False
        self._follow_ups: InvoiceFollowUps | None = None

        self.nav = NavBar(self)
        self.about_action = add_about_action(self.nav.help_menu, self, lambda: data_folder(ctx))
        self.header = HeaderBar(icon("logo"), self.nav.help_menu, self)
        self.banner = OfflineBanner(self)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pageStack")
        self._scrolls: dict[str, QScrollArea] = {}
        self.pages = Pages(self._build_page)

        central = QWidget(self)
        central.setObjectName("central")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.nav)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.status_widgets = SyncStatusWidgets(self.statusBar())
        # A support request resolved by a sync: a tray message, else the status bar.
        self.notifier = TicketNotifier(ctx, self, icon=app_icon(), parent=self)
        self.notifier.open_requested.connect(self.show_support_requests)
        # ... and the notices list behind the header's bell keeps it (the last 50).
        self.bell = NoticeBell(ctx, self.header)
        self.header.top.insertWidget(self.header.top.indexOf(self.header.help), self.bell)
        self.bell.open_support_requested.connect(self.show_support_requests)
        QWidget.setTabOrder(self.header.my_account, self.bell)  # Tab reaches it where it sits
        QWidget.setTabOrder(self.bell, self.header.help)

        self._wire(ctx)
        self._shortcuts()
        self.header.set_user(ctx.user_display_name)
        self.header.set_accounts(ctx.accounts, ctx.current_account_id)
        self.show_page("home")
        # The other pages, one per turn of the event loop once the window is on screen and Home
        # shows the cache's figures: their imports (the ORM, the wire models, the sync client)
        # hold the GUI thread, and Home's answer would wait behind them.
        self._before_pages = {"painted", "home"}
        self.first_painted.connect(lambda: self._may_build_pages("painted"))
        home_filled = getattr(self.pages["home"], "first_filled", None)
        if home_filled is not None:
            home_filled.connect(lambda: self._may_build_pages("home"))
        QTimer.singleShot(HOME_WAIT_MS, self, lambda: self._may_build_pages("home"))

    def _may_build_pages(self, done: str) -> None:
        if self._before_pages:
            self._before_pages.discard(done)
            if not self._before_pages:  # after this turn: Home's answer reaches the screen
                QTimer.singleShot(0, self, self._build_next_page)

    def _build_next_page(self) -> None:
        waiting = [key for key in self.pages if key not in self.pages.built()]
        if waiting:
            self.pages[waiting[0]]  # noqa: B018 - looking it up builds it
            QTimer.singleShot(0, self, self._build_next_page)
        else:
            garbage.freeze_start_up()  # every page is built: the rest is the user's data

    # --- pages ------------------------------------------------------------------
    def _build_page(self, key: str) -> QWidget:
        page: QWidget = page_class(key)(self.ctx, self)
        self._add_page(key, page)
        self._wire_page(key, page)
        return page

    def _add_page(self, key: str, page: QWidget) -> None:
        scroll = QScrollArea(self.stack)  # at 200% a small window scrolls instead of clipping
        scroll.setObjectName("pageScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        page.setProperty("page", True)
        scroll.setWidget(page)
        self.stack.addWidget(scroll)
        self._scrolls[key] = scroll
        navigate = getattr(page, "navigate", None)
        if navigate is not None:
            navigate.connect(self.show_page)

    def page_keys(self) -> list[str]:
        return list(self.pages)

    def current_page_key(self) -> str:
        current = self.stack.currentWidget()
        return next((k for k, s in self._scrolls.items() if s is current), "home")

    def show_page(self, key: str) -> None:
        """`key` is a page's key, or "key:view" for a page's own view (e.g. "support:open")."""
        key, _, view = key.partition(":")
        if key not in self.pages:
            return
        show_view = getattr(self.pages[key], "show_view", None)  # built now if need be
        if view and callable(show_view):
            show_view(view)
        self.stack.setCurrentWidget(self._scrolls[key])
        self._retitle(key)
        self.pages[key].setFocus(Qt.FocusReason.OtherFocusReason)
        self.page_changed.emit(key)

    def _retitle(self, key: str) -> None:
        """The window's title names the page, in the language spoken now."""
        action = self.nav.page_actions.get(key)
        title = (
            action.text().replace("&&", "\0").replace("&", "").replace("\0", "&") if action else ""
        )
        self.setWindowTitle(
            self.tr("{page} – Supplier Desk").format(page=title)
            if title
            else self.tr("Supplier Desk")
        )
        scroll = self._scrolls.get(key)
        if scroll is not None:  # Tab may rest on the page itself: a screen reader names it
            scroll.setAccessibleName(title or self.tr("Supplier Desk"))

    def search_invoices(self, text: str) -> None:
        """The header's invoice search: Where is my invoice? with its answers."""
        page = self.pages["invoices"]
        page.search_for(text)  # type: ignore[attr-defined]
        self.show_page("invoices")

    def _follow_search(self, text: str) -> None:
        """The invoices page searched (typed, reset, from Home): the header says the same."""
        if self.header.search.text().strip() != text:
            self.header.search.setText(text)

    def show_support_requests(self) -> None:
        """The user clicked a "support request resolved" message: bring the list up."""
        self.show_page("support")
        if self.isMinimized():
            self.showNormal()
        else:
            self.show()
        self.raise_()
        self.activateWindow()

    # --- wiring -----------------------------------------------------------------
    def _wire(self, ctx: AppContext) -> None:
        self.nav.navigate.connect(self.show_page)
        self.nav.how_to_requested.connect(self.show_how_to)
        self.nav.create_invoice_requested.connect(self.create_invoice)
        self.nav.import_invoice_requested.connect(self.import_invoice)
        self.header.account_selected.connect(ctx.set_current_account)
        self.header.log_out_requested.connect(self._confirm_log_out)
        self.header.my_account_requested.connect(self.show_my_account)
        self.header.invoice_search_requested.connect(self.search_invoices)
        self.banner.retry_requested.connect(ctx.request_sync)
        # An operation that failed without a word of its own: say so where the user looks.
        ctx.operation_failed.connect(lambda text: self.statusBar().showMessage(text, 15000))
        ctx.status_changed.connect(self.apply_status)
        ctx.sync_progress.connect(self.status_widgets.on_progress)
        ctx.sync_step.connect(self.status_widgets.on_step)
        ctx.sync_counts.connect(self.status_widgets.on_counts)
        ctx.sync_cancelled.connect(self.status_widgets.on_cancelled)
        self.status_widgets.cancel_requested.connect(ctx.cancel_sync)
        ctx.sync_problem.connect(self.status_widgets.on_problem)
        ctx.display_name_changed.connect(self.header.set_user)
        ctx.changed.connect(self._on_changed)

    @property
    def follow_ups(self) -> InvoiceFollowUps:
        """An invoice's follow-ups (credit note, fix and resend, export), made with the invoices
        page: their module imports the invoice operations, not wanted before the first paint."""
        if self._follow_ups is None:
            from desktop.views.invoice_followups import InvoiceFollowUps

            self._follow_ups = InvoiceFollowUps(self)
        return self._follow_ups

    def _wire_page(self, key: str, page: QWidget) -> None:
        """A page just built: its signals to the window (and to pages built later)."""
        if key == "home":
            page.new_connection_requested.connect(  # type: ignore[attr-defined]
                lambda: self.pages["connect"].start_new()  # type: ignore[attr-defined]
            )  # before navigating
            page.open_draft_requested.connect(  # type: ignore[attr-defined]
                lambda draft: self.create_invoice(draft_id=draft)
            )
        if key == "invoices":
            page.details_shown.connect(self.follow_ups.attach)  # type: ignore[attr-defined]
            page.filters.changed.connect(  # type: ignore[attr-defined]
                lambda values: self._follow_search(values.text)
            )  # one search, two boxes: kept in step
        if hasattr(page, "create_invoice_requested"):
            page.create_invoice_requested.connect(self.create_invoice)

    def _shortcuts(self) -> None:
        find = QAction(self.tr("Find"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        find.triggered.connect(self.focus_filter)
        sync = QAction(self.tr("Sync now"), self)
        keys = [QKeySequence("F5")]
        refresh = QKeySequence(QKeySequence.StandardKey.Refresh)
        if not refresh.isEmpty() and refresh != keys[0]:
            keys.append(refresh)
        sync.setShortcuts(keys)
        sync.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        sync.triggered.connect(self.ctx.request_sync)
        self.addActions([find, sync])
        self.find_action = find
        self.sync_action = sync

    def focus_filter(self) -> None:
        """Ctrl+F: the page's own focus_filter(), else its first line edit."""
        page = self.pages[self.current_page_key()]
        focus = getattr(page, "focus_filter", None)
        if callable(focus):
            focus()
            return
        edit = page.findChild(QLineEdit)
        if edit is not None:
            edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            edit.selectAll()

    def apply_status(self, status: SyncStatus) -> None:
        self.banner.apply(status)
        self.status_widgets.on_status(status)

    def _on_changed(self, collections: Changed) -> None:
        if Collection.ACCOUNTS in collections:
            self.header.set_accounts(self.ctx.accounts, self.ctx.current_account_id)

    def create_invoice(self, **kwargs: object) -> None:
        """CREATE INVOICE (Home, Invoicing, Ctrl+N): the editor, for the header's account;
        `kwargs` open a draft, a credit note or a copy to fix (InvoiceEditorDialog's)."""
        from desktop.views.dialogs.invoice_editor_dialog import InvoiceEditorDialog

        dialog = InvoiceEditorDialog(self.ctx, parent=self, **kwargs)  # type: ignore[arg-type]
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.invoice_editor = dialog
        dialog.destroyed.connect(lambda *_: self._editor_gone(dialog))
        dialog.resize(dialog.sizeHint().expandedTo(QSize(1200, 900)))
        dialog.open()

    def _editor_gone(self, dialog: QWidget) -> None:
        if self.invoice_editor is dialog:
            self.invoice_editor = None

    def import_invoice(self) -> None:
        """Invoicing › Import an invoice file: a UBL document, checked and sent as it is."""
        from desktop.views.dialogs.invoice_import import import_invoice_file

        import_invoice_file(self)

    def show_my_account(self) -> None:
        """My account for the supplier account selected in the header."""
        from desktop.views.dialogs.my_account_dialog import MyAccountDialog

        if self.ctx.current_account_id is None:
            return
        dialog = MyAccountDialog(self.ctx, self.ctx.current_account_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.my_account_dialog = dialog
        dialog.open()

    def _confirm_log_out(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Log out"),
            self.tr("Log out of the network portal? Your cached data stays on this computer."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.log_out_requested.emit()

    def show_how_to(self) -> None:
        QMessageBox.information(
            self,
            self.tr("How to connect with customers"),
            self.tr(
                "1. Choose Customers › Connect with customer, or CONNECT on the home page.\n"
                "2. Type part of the customer's name, VAT number or network number and pick "
                "a legal entity or a group.\n"
                "3. Select the account to link, add a vendor code, notes or a supporting "
                "document, and press CONNECT.\n"
                "4. If the network asks for verification, give the details of a recent "
                "invoice. Otherwise a support ticket is opened and the network contacts "
                "the customer for you."
            ),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.ctx.window_activated()  # back after a while: fresh data at once
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)  # the children (the nav bar among them) retranslate here
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            mark("window")
            QTimer.singleShot(
                0, self, self.first_painted.emit
            )  # after this paint reached the screen
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "find_action"):
            self._retitle(self.current_page_key())
            self.find_action.setText(self.tr("Find"))
            self.sync_action.setText(self.tr("Sync now"))
        return handled

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ctx.shutdown(3000)
        garbage.thaw()  # the pages go: so may what the start-up made
        super().closeEvent(event)
