"""A desktop core that only pushes the invoice outbox: `python -m ... URL CACHE`; killed by
tests/desktop_core/test_invoice_outbox.py while an invoice is on its way."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.cache import Cache
from desktop.sync import PortalClient, SyncEngine


def main() -> None:
    url, cache_path = sys.argv[1], Path(sys.argv[2])
    client = PortalClient(url, timeout=(2, 30))
    client.sign_in("elise", "sandbox")
    cache = Cache.open(cache_path)
    print("ready", flush=True)
    SyncEngine(client, cache).push_invoices()
    print("done", flush=True)


if __name__ == "__main__":
    main()
