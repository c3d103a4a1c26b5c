"""Pull the portal's changes page by page, push the outbox; the cache is the only writer target."""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

from desktop.cache import SYNC_COLLECTIONS, Cache
from desktop.domain import types as d
from wire import schemas as w
from wire.collections import PAGE_SIZE, Collection

from .client import PortalClient
from .errors import PortalRefused, PortalUnreachable, TooManyAttempts
from .invoice_calls import send_invoice

log = logging.getLogger(__name__)

# (collection, items so far, items in all or None while unknown), after every committed page;
# it may raise to stop the pull (that page stays committed).
Progress = Callable[[str, int, "int | None"], None]

# Both from the one declaration per collection (`desktop/cache/collections.py`).
PULL_ORDER: tuple[Collection, ...] = tuple(SYNC_COLLECTIONS)
PAGE_LIMIT = PAGE_SIZE
# Big pages where there can be a million rows (within wire.SYNC_PAGE_MAX).
PAGE_LIMITS: dict[str, int] = {c: c.page_size for c in SYNC_COLLECTIONS if c.page_size != PAGE_SIZE}


class SyncCancelled(Exception):
    """`cancelled()` said stop: the pages so far are committed, the next pull resumes there."""

    def __init__(self, collection: str, items: int) -> None:
        super().__init__(f"sync cancelled in {collection} after {items} items")
        self.collection = collection
        self.items = items


class SyncEngine:
    def __init__(
        self,
        client: PortalClient,
        cache: Cache,
        *,
        page_limit: int | None = None,
        page_limits: dict[str, int] | None = None,
    ) -> None:
        """`page_limit` alone: that size for every collection; `page_limits`: per collection
        (the rest `page_limit`, default PAGE_LIMIT); neither: PAGE_LIMITS."""
        self.client = client
        self.cache = cache
        self.page_limit = PAGE_LIMIT if page_limit is None else page_limit
        if page_limits is None:
            page_limits = PAGE_LIMITS if page_limit is None else {}
        self.page_limits = page_limits
        self._invoices_pushed = 0

    def pull(
        self,
        progress: Progress | None = None,
        *,
        collections: tuple[str, ...] = PULL_ORDER,
        on_page: Callable[[str, d.ChangeSet], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> d.SyncResult:
        """Each page and its cursor are committed together, so an interrupted pull resumes.

        The first page of each collection asks the portal how many rows follow, so `progress`
        gets a total; `cancelled` is asked before every page (SyncCancelled when it says so).
        """
        changed: set[Collection] = set()
        resolved: list[d.TicketRow] = []
        total = 0
        # The very first pull brings history: tickets resolved long ago are no news.
        report_resolved = self.cache.last_synced_at() is not None
        # The next page is fetched while this one is written (portal and cache work side by
        # side); a page fetched but not written when the pull stops is dropped.
        ahead = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-fetch")
        try:
            for collection in collections:
                count = 0
                expected: int | None = None
                limit = self.page_limits.get(collection, self.page_limit)
                pending = ahead.submit(
                    self.client.sync_page,
                    collection,
                    self.cache.cursor(collection),
                    limit,
                    count=True,
                )
                while True:
                    if cancelled is not None and cancelled():
                        raise SyncCancelled(collection, count)
                    page = pending.result()
                    if expected is None and page.remaining is not None:
                        expected = len(page.items) + page.remaining
                    more = page.has_more and bool(page.items)
                    if more:
                        pending = ahead.submit(
                            self.client.sync_page, collection, page.next_cursor, limit
                        )
                    change = self.cache.apply_page(collection, page)
                    count += len(page.items)
                    changed |= change.collections
                    if report_resolved:
                        resolved.extend(change.resolved_tickets)
                    if on_page is not None:
                        on_page(collection, change)
                    if progress is not None:
                        shown = None if expected is None else max(expected, count)
                        progress(collection, count, shown)
                    if not more:
                        break
                total += count
        finally:
            ahead.shutdown(wait=False, cancel_futures=True)
        self.cache.mark_synced(datetime.now(UTC))
        return d.SyncResult(
            changed=frozenset(changed), resolved_tickets=resolved, items_pulled=total
        )

    def push_outbox(self) -> list[d.PushResult]:
        """Send queued requests, oldest first, each with its own stored idempotency key.

        PortalUnreachable stops the push and is raised again (the item stays queued), and so
        does TooManyAttempts (a 429 on refreshing the sign-in: the wait is the session's, not
        the item's fault); a refusal marks that item failed and the push goes on.
        """
        self.push_profiles()
        self._invoices_pushed = self.push_invoices()
        results: list[d.PushResult] = []
        for item in self.cache.outbox():
            results.append(self._push_one(item))
        return results

    def push_profiles(self) -> int:
        """My account's edits saved offline, each sent whole (a PUT: a retry is harmless);
        a refusal is kept for the dialog to show and the edit dropped. Returns how many went."""
        count = 0
        for account_id, edit in self.cache.profiles_waiting():
            try:
                answer = self.client.put_profile(account_id, edit)
            except PortalRefused as exc:
                log.info("profile of %s refused: %s", account_id, exc.code)
                self.cache.profile_sent(account_id, edit, None, exc.code)
                continue
            self.cache.profile_sent(account_id, edit, answer)
            count += 1
        return count

    def push_invoices(self) -> int:
        """Invoices queued in the editor, oldest first, each with the key stored beside it
        before its first try: a retry after a kill or a lost answer is answered, never made
        twice. PortalUnreachable stops the push (the rest stay queued). Returns how many
        the network answered."""
        written = self.cache.invoices_written
        count = 0
        for item in written.outgoing():
            ubl = written.outgoing_ubl(item.local_id)
            if ubl is None:
                continue
            written.set_state(item.local_id, "sending")
            try:
                answer = send_invoice(self.client, item.account_id, ubl, item.idempotency_key)
            except (PortalUnreachable, TooManyAttempts):
                raise  # stays "sending": the next push sends it again with the same key
            except PortalRefused as exc:
                log.info("invoice %s refused: %s", item.local_id, exc.code)
                written.set_state(item.local_id, "failed", error=exc.code)
                count += 1
                continue
            findings = [f.model_dump() for f in answer.findings]
            if answer.status == "failed":
                written.set_state(
                    item.local_id,
                    "failed",
                    error=answer.failure_code or "rules_failed",
                    findings=findings,
                    remote_id=answer.id,
                )
            else:
                written.set_state(item.local_id, "sent", findings=findings, remote_id=answer.id)
            count += 1
        return count

    def _push_one(self, item: d.OutboxItem) -> d.PushResult:
        try:
            attachment_id = item.attachment_id
            if item.attachment_name is not None and attachment_id is None:
                data = self.cache.attachment_bytes(item.local_id)
                if data is not None:
                    uploaded = self.client.upload_attachment(item.attachment_name, data)
                    attachment_id = uploaded.id
                    self.cache.set_attachment_id(item.local_id, attachment_id)
            body = w.ConnectionRequestCreate(
                account_id=item.account_id,
                buyer_ids=list(item.buyer_ids),
                vendor_code=item.vendor_code,
                notes=item.notes,
                attachment_id=attachment_id,
            )
            self.cache.mark_sending(item.local_id)
            response = self.client.create_connection_request(body, item.idempotency_key)
        except (PortalUnreachable, TooManyAttempts):
            raise  # the item stays queued; the next sync sends it
        except PortalRefused as exc:
            # The portal's machine word, not its English message: the UI words it.
            log.info("outbox item %s refused: %s", item.local_id, exc.code)
            return self._failed(item, exc.code)
        except ValueError as exc:  # the stored draft no longer passes the wire's rules
            log.warning("outbox item %s invalid: %s", item.local_id, type(exc).__name__)
            return self._failed(item, "invalid_request")
        self.cache.mark_sent(item.local_id, response)
        return d.PushResult(item.local_id, d.OutboxState.SENT, remote_id=response.id)

    def _failed(self, item: d.OutboxItem, code: str) -> d.PushResult:
        self.cache.mark_failed(item.local_id, code)
        return d.PushResult(item.local_id, d.OutboxState.FAILED, error=code)

    def sync(
        self, progress: Progress | None = None, *, cancelled: Callable[[], bool] | None = None
    ) -> d.SyncResult:
        """Push, then pull. An unreachable portal raises PortalUnreachable and leaves the cache as is."""
        pushed = self.push_outbox()
        result = self.pull(progress, cancelled=cancelled)
        changed: set[Collection | d.LocalChange] = set(result.changed)
        if pushed:
            changed.add(Collection.CONNECTION_REQUESTS)
        if self._invoices_pushed:
            changed.add(d.LocalChange.INVOICES_WRITTEN)
        return d.SyncResult(
            changed=frozenset(changed),
            resolved_tickets=result.resolved_tickets,
            pushed=pushed,
            items_pulled=result.items_pulled,
        )
