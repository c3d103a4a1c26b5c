"""Run by test_kill9: the desktop core queueing connection requests and syncing, over and over,
until it is killed.

`crash_child.py zygote` imports the desktop core once, then for each line read from stdin
(portal URL, cache path, seed, file of buyer ids, attachment path) forks a child that runs
`work(...)` and waits for it to die (`dead <pid>`). The child prints `ready <pid>` once signed
in, `queued <local id>` once a request is committed to the outbox, `synced` after each sync."""

from __future__ import annotations

import contextlib
import os
import random
import sys
from pathlib import Path

from desktop.cache import Cache
from desktop.domain.types import RequestDraft
from desktop.sync import PortalClient, PortalError, SyncEngine


def work(url: str, cache_path: str, seed: str, buyers_file: str, attachment: str) -> None:
    rng = random.Random(int(seed))
    client = PortalClient(url, timeout=(2, 10))
    client.sign_in("elise", "sandbox")
    cache = Cache.open(Path(cache_path))
    engine = SyncEngine(client, cache, page_limit=rng.choice([3, 10, 50]))
    account = next(a.id for a in client.me().accounts if a.name.endswith("- Test"))
    print(f"ready {os.getpid()}", flush=True)
    done = {b for item in cache.outbox(include_done=True) for b in item.buyer_ids}
    free = [b for b in Path(buyers_file).read_text().split() if b not in done]
    while True:
        for _ in range(rng.randint(0, 2)):
            if free:
                buyer = free.pop()
                draft = RequestDraft(account_id=account, buyer_ids=(buyer,), notes="crash test")
                path = Path(attachment) if rng.random() < 0.3 else None
                local = cache.enqueue_request(draft, path)
                print(f"queued {local}", flush=True)
        with contextlib.suppress(PortalError):  # the portal is up; a refusal is not a crash
            engine.sync()
        print("synced", flush=True)


def zygote() -> None:
    print("zygote ready", flush=True)
    for line in sys.stdin:
        args = line.split()
        if not args:
            continue
        pid = os.fork()
        if pid == 0:
            try:
                work(*args)
            finally:
                os._exit(1)
        os.waitpid(pid, 0)
        print(f"dead {pid}", flush=True)


if __name__ == "__main__":
    zygote() if sys.argv[1:] == ["zygote"] else work(*sys.argv[1:6])
