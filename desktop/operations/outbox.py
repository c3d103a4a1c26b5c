"""`OutboxWrite`: a write that puts connection requests in the outbox (to be sent by the sync).

Like every `CollectionOp` it runs on the serial lane and announces its `changes` once it
succeeded; as the outbox's count is in the status bar, the announcement goes through
`AppContext.notify_local_change` (the count is read behind the write), and then a sync is
asked for to send the requests.
"""

from __future__ import annotations

from typing import TypeVar

from desktop.operations.op import CollectionOp, QueryOp

T = TypeVar("T")


class OutboxWrite(CollectionOp[T]):
    def _succeeded(self, result: T) -> None:
        try:
            QueryOp._succeeded(self, result)  # the screen's callback first, as for any write
        finally:
            self._ctx.notify_local_change(set(self._changes))
            self._ctx.request_sync()
