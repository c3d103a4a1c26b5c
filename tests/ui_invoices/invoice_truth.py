"""What the portal holds for a user, read over its HTTP API (the ground truth the pages are
compared with): every invoice the user may see, parsed by the wire's own model."""

from __future__ import annotations

from desktop.sync import PortalClient
from wire import schemas as w


def portal_invoices(url: str, username: str = "elise") -> list[w.Invoice]:
    client = PortalClient(url)
    try:
        client.sign_in(username, "sandbox")
        found: dict[str, w.Invoice] = {}
        cursor: str | None = None
        while True:
            page = client.sync_page("invoices", cursor, 2000)
            for entry in page.items:
                if entry.deleted or entry.data is None:
                    found.pop(entry.id, None)
                    continue
                data = entry.data
                invoice = data if isinstance(data, w.Invoice) else w.Invoice.model_validate(data)
                found[invoice.id] = invoice
            cursor = page.next_cursor
            if not page.has_more or not page.items:
                return list(found.values())
    finally:
        client.close()


def account_ids(url: str, username: str = "elise") -> list[str]:
    client = PortalClient(url)
    try:
        client.sign_in(username, "sandbox")
        return [a.id for a in client.me().accounts]
    finally:
        client.close()
