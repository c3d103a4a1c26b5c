"""Run by test_resume: pulls page by page (tiny pages, a pause after each) until killed."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from desktop.cache import Cache
from desktop.domain.types import ChangeSet
from desktop.sync import PortalClient, SyncEngine


def main() -> None:
    url, cache_path, limit, pause = (
        sys.argv[1],
        Path(sys.argv[2]),
        int(sys.argv[3]),
        float(sys.argv[4]),
    )
    client = PortalClient(url)
    client.sign_in("elise", "sandbox")
    engine = SyncEngine(client, Cache.open(cache_path), page_limit=limit)
    pages = 0

    def on_page(collection: str, change: ChangeSet) -> None:
        nonlocal pages
        pages += 1
        print(f"page {pages} {collection}", flush=True)  # printed after the page is committed
        time.sleep(pause)

    engine.pull(on_page=on_page)
    print("done", flush=True)


if __name__ == "__main__":
    main()
