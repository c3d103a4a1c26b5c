"""The app's services and what it shows of the signed-in user, held plainly.

`Services` is what the app talks to (the cache, the portal client, the sync engine, the task
runner); `AppState` is what the header and the status bar show (the accounts, the chosen one,
the user's name, the sync status). Neither does anything by itself: the sync driver and the
operations use them, and `AppContext` shows them under their old names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from desktop.app.later import Later, MadeWhenUsed
from desktop.app.tasks import TaskRunner
from desktop.domain.types import Account, SyncStatus

if TYPE_CHECKING:
    from desktop.cache import Cache
    from desktop.sync import PortalClient, SyncEngine


class Services:
    """The client and the sync engine may come as `Later` parts: made when first used (the
    first sync, on its worker thread), not before the window's first paint."""

    client = MadeWhenUsed["PortalClient"]()
    sync_engine = MadeWhenUsed["SyncEngine"]()

    def __init__(
        self,
        cache: Cache,
        client: PortalClient | Later[PortalClient],
        sync_engine: SyncEngine | Later[SyncEngine],
        tasks: TaskRunner,
    ) -> None:
        self.cache = cache
        self.client = client
        self.sync_engine = sync_engine
        self.tasks = tasks


@dataclass(frozen=True)
class LocalState:
    """What the header and status bar show from the cache, read on a worker thread."""

    accounts: tuple[Account, ...]
    last_synced_at: datetime | None
    queued_requests: int

    @classmethod
    def read(cls, cache: Cache) -> LocalState:
        return cls(tuple(cache.accounts()), cache.last_synced_at(), cache.outbox_count())


@dataclass
class AppState:
    """The signed-in user's accounts, the one the header shows, their name, the sync status."""

    user_display_name: str
    accounts: list[Account] = field(default_factory=list)
    current_account_id: str | None = None
    status: SyncStatus = field(
        default_factory=lambda: SyncStatus(online=False, last_synced_at=None)
    )

    @classmethod
    def starting(cls, user_display_name: str, local: LocalState) -> AppState:
        accounts = list(local.accounts)
        return cls(
            user_display_name=user_display_name,
            accounts=accounts,
            current_account_id=accounts[0].id if accounts else None,
            status=SyncStatus(
                online=False,
                last_synced_at=local.last_synced_at,
                queued_requests=local.queued_requests,
            ),
        )

    def took(self, local: LocalState) -> None:
        """A sync's end: the accounts it brought (the first becomes current if none was)."""
        self.accounts = list(local.accounts)
        if self.current_account_id is None and self.accounts:
            self.current_account_id = self.accounts[0].id

    def set_status(self, *, online: bool, local: LocalState | None) -> SyncStatus:
        """`local` is None when even reading the cache failed: the status keeps what it had."""
        old = self.status
        self.status = SyncStatus(
            online=online,
            last_synced_at=local.last_synced_at if local is not None else old.last_synced_at,
            queued_requests=local.queued_requests if local is not None else old.queued_requests,
        )
        return self.status
