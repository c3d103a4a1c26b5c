"""The main window's pages, by key (`MainWindow.show_page`, the menus, `navigate` signals)."""

from __future__ import annotations

from enum import StrEnum


class PageKey(StrEnum):
    HOME = "home"
    CONNECT = "connect"
    BULK = "bulk"
    RELATIONSHIPS = "relationships"
    REQUESTS = "requests"
    SUPPORT = "support"
    INVOICES = "invoices"

    def view(self, name: str) -> str:
        """The page opened on one of its own views, e.g. "support:open"."""
        return f"{self.value}:{name}"
