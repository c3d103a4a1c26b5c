"""What the invoice follow-ups and the file import use of the main window: a Protocol, so
they need not import `main_window` (which builds them) and `desktop.views` has no circle."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QStatusBar, QWidget

if TYPE_CHECKING:
    from desktop.app.context import AppContext


class InvoiceWindow(Protocol):
    ctx: AppContext
    import_message: QWidget | None  # why the last invoice file was refused

    def window(self) -> QWidget:
        """The window itself, as a widget: the parent of what the helpers open."""
        ...

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt's name

    def create_invoice(self, **kwargs: object) -> None:
        """The invoice editor, on `InvoiceEditorDialog`'s keyword arguments."""
        ...
