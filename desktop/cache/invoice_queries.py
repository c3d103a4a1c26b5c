"""Reading invoices from the cache: keyset windows, counts, the dashboard, one invoice.

Each answer is one indexed SQL statement over `invoices` (plus, for a text search, a probe
of at most BROAD_TEXT rows that picks how): a rare text is looked up in its index (trigram
or prefix) and the few matches sorted; a text that matches many invoices walks the index of
the chosen order instead and stops after one window. Runs on worker threads only.
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from desktop.domain.invoices import (
    INVOICE_STATUSES,
    FailedByBuyer,
    InvoiceDashboard,
    InvoiceDetail,
    InvoiceEvent,
    InvoiceKeyset,
    InvoiceQuery,
    InvoiceRow,
    InvoiceSort,
    InvoiceWindow,
)

from .invoice_text import TextPlan, glob_literal, plan_text

if TYPE_CHECKING:  # SQLAlchemy and desktop.cache.invoices (the sync's wire models) are not
    # imported here: Home's dashboard is read over plain sqlite3 before either (dashboard).
    from sqlalchemy.orm import Session, sessionmaker

    from .invoices import Executes, Sql

    Sessions = sessionmaker[Session]

# As desktop.cache.invoices' (tests/desktop_core/test_invoice_cache.py holds them equal).
STATUS_RANK = {status: rank for rank, status in enumerate(INVOICE_STATUSES)}
DEFERRED_KEY = "invoice_indexes_deferred"


def _sql(s: Session) -> Sql:
    from .invoices import Sql

    return Sql(s)


def indexes_deferred(conn: Executes) -> bool:
    """A first sync deferred the invoices' secondary indexes (desktop.cache.invoices)."""
    return conn.execute("SELECT 1 FROM meta WHERE key = ?", (DEFERRED_KEY,)).fetchone() is not None


# A text matching more rows than this walks the order's index instead of sorting its matches.
BROAD_TEXT = 2000
# SQLite steps between two looks at whether a count is still wanted.
PROGRESS_STEPS = 20_000
OPEN_TICKET_STATES = ("open", "in_progress")

SORT_KEYS: dict[InvoiceSort, str] = {
    InvoiceSort.NUMBER: "upper(number)",
    # As the v5 indexes have them (ix_invoices_po_sort, ix_invoices_transaction_sort).
    InvoiceSort.PO_NUMBER: "coalesce(upper(po_number), '')",
    InvoiceSort.TRANSACTION_ID: "coalesce(upper(transaction_id), '')",
    InvoiceSort.BUYER: "buyer_key",
    InvoiceSort.ISSUE_DATE: "issue_date",
    InvoiceSort.DUE_DATE: "due_date",
    InvoiceSort.AMOUNT: "amount_value",
    InvoiceSort.STATUS: "status_rank",
}
COLUMNS = (
    "seq, id, account_id, buyer_id, buyer_name, number, po_number, transaction_id, issue_date, "
    "due_date, amount, currency, status, failure_code, failure_reason, updated_at"
)
_TEXT_FIELDS = ("upper(number)", "upper(po_number)", "upper(transaction_id)")


@dataclass
class Where:
    clauses: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)
    nothing: bool = False
    few: bool = False  # a text with few matches: look them up, then sort them

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def sql(self) -> str:
        if self.nothing:
            return " WHERE 0"
        return (" WHERE " + " AND ".join(self.clauses)) if self.clauses else ""


def _candidates(plan: TextPlan) -> tuple[str, list[Any]] | None:
    """A query of the row numbers that may match, through an index; None without one."""
    if plan.fts is not None:
        return "SELECT rowid AS seq FROM invoice_fts WHERE invoice_fts MATCH ?", [plan.fts]
    if plan.prefix is not None:
        low, high = plan.prefix_range
        parts = [f"SELECT seq FROM invoices WHERE {f} >= ? AND {f} < ?" for f in _TEXT_FIELDS]
        return " UNION ALL ".join(parts), [low, high] * len(_TEXT_FIELDS)
    return None


def _glob_clause(where: Where, glob: str, *, walk: bool = False) -> None:
    """`walk`: checked on each row along the order's index (`+`: no index of the fields)."""
    fields = [f"+{f}" if walk else f for f in _TEXT_FIELDS]
    where.add("(" + " OR ".join(f"{f} GLOB ?" for f in fields) + ")", *[glob] * 3)


def _few_matches(conn: Sql, candidates: tuple[str, list[Any]], window: int) -> list[int] | None:
    """The candidates' row numbers when walking the order's index would not find a window
    sooner than sorting them (None: broad). With m matches of n invoices, the walk reads
    about n / m * window rows against m; even at m = sqrt(n * window). The window's query
    reuses the numbers: the index is asked once per search."""
    rows = int(conn.execute("SELECT coalesce(max(seq), 0) FROM invoices").fetchone()[0])
    threshold = max(BROAD_TEXT, int(math.sqrt(rows * window)))
    sql, params = candidates
    # Counted and gathered in SQL, one row back: handing a broad text's ~14,000 row numbers
    # to Python one step each cost 40-50 ms at a million invoices, the count about 1 ms.
    n, found = conn.execute(
        f"SELECT count(*), CASE WHEN count(*) <= {threshold} THEN json_group_array(seq) END "
        f"FROM ({sql} LIMIT {threshold + 1})",
        params,
    ).fetchone()
    return None if int(n) > threshold else [int(seq) for seq in json.loads(found)]


def build_where(
    conn: Sql, query: InvoiceQuery, sort: InvoiceSort | None = None, window: int = 200
) -> Where:
    """The query's conditions; for a window in `sort`, indexes that would fight the order's
    own index on a filter that keeps many rows (account, status) are switched off (`+`)."""
    where = Where()
    by_date = sort in (None, InvoiceSort.ISSUE_DATE)
    if query.account_id is not None:
        where.add(("account_id = ?" if by_date else "+account_id = ?"), query.account_id)
    if query.statuses:
        ranks = [STATUS_RANK[s] for s in query.statuses if s in STATUS_RANK]
        if not ranks:
            where.nothing = True
            return where
        marks = ", ".join("?" * len(ranks))
        column = "status_rank" if by_date or sort == InvoiceSort.STATUS else "+status_rank"
        where.add(f"{column} IN ({marks})", *ranks)
    if query.buyer_id is not None:
        where.add("buyer_id = ?", query.buyer_id)
    if query.issued_from is not None:
        where.add("issue_date >= ?", query.issued_from.isoformat())
    if query.issued_to is not None:
        where.add("issue_date <= ?", query.issued_to.isoformat())
    _text_where(conn, where, plan_text(query.text), None if sort is None else window)
    return where


def _implied_glob(plan: TextPlan) -> str:
    """The row-by-row check equal to the plan (for rows no index answers)."""
    if plan.glob is not None:
        return plan.glob
    if plan.fts is not None:
        return "*" + glob_literal(plan.fts[1:-1].replace('""', '"')) + "*"
    return glob_literal(plan.prefix or "") + "*"


def _text_where(conn: Sql, where: Where, plan: TextPlan, window: int | None) -> None:
    """`window`: rows wanted in an order (None: every match, for a count)."""
    if plan.nothing:
        where.nothing = True
        return
    if plan.everything:
        return
    check = _implied_glob(plan)
    candidates = _candidates(plan)
    few = None if candidates is None or window is None else _few_matches(conn, candidates, window)
    if candidates is None or (window is not None and few is None):
        # Many matches (or no index narrows them): checked row by row, along the order's
        # index when there is one, stopping after a window.
        _glob_clause(where, check, walk=True)
        return
    sql, params = candidates
    if few is not None:  # the probe's answer: the index is not asked again
        sql, params = "SELECT value FROM json_each(?)", [json.dumps(few)]
    if plan.fts is not None:
        # The trigram index covers the rows up to `upto`; newer ones are checked one by one.
        upto = int(conn.execute("SELECT upto FROM invoice_fts_state").fetchone()[0])
        ors = " OR ".join(f"{f} GLOB ?" for f in _TEXT_FIELDS)
        tail = f"SELECT seq FROM invoices WHERE seq > ? AND ({ors})"
        where.add(f"seq IN ({sql} UNION ALL {tail})", *params, upto, *[check] * 3)
    else:
        where.add(f"seq IN ({sql})", *params)
    where.few = True
    if plan.glob is not None:
        _glob_clause(where, plan.glob)


def _day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def _moment(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def row_of(r: tuple[Any, ...]) -> InvoiceRow:
    return InvoiceRow(
        id=r[1],
        account_id=r[2],
        buyer_id=r[3],
        buyer_name=r[4],
        number=r[5],
        po_number=r[6],
        transaction_id=r[7],
        issue_date=date.fromisoformat(r[8]),
        due_date=_day(r[9]),
        amount=r[10],
        currency=r[11],
        status=r[12],
        failure_code=r[13],
        failure_reason=r[14],
        updated_at=_moment(r[15]),
    )


def window_sql(
    conn: Sql,
    query: InvoiceQuery,
    sort: InvoiceSort,
    descending: bool,
    after: InvoiceKeyset | None,
    limit: int,
) -> tuple[str, list[Any]]:
    where = build_where(conn, query, sort, limit)
    key = SORT_KEYS[sort]
    if after is not None and not where.nothing:
        where.add(f"({key}, seq) {'<' if descending else '>'} (?, ?)", after[0], after[1])
    direction = "DESC" if descending else "ASC"
    # `+`: the few matches are sorted, rather than the order's index walked to find them.
    order = f"+{key}" if where.few else key
    sql = (
        f"SELECT {COLUMNS}, {key} FROM invoices{where.sql()} "
        f"ORDER BY {order} {direction}, seq {direction} LIMIT {int(limit)}"
    )
    return sql, where.params


def search(
    sessions: Sessions,
    query: InvoiceQuery,
    sort: InvoiceSort = InvoiceSort.ISSUE_DATE,
    descending: bool = True,
    after: InvoiceKeyset | None = None,
    limit: int = 200,
) -> InvoiceWindow:
    with sessions() as s:
        conn = _sql(s)
        sql, params = window_sql(conn, query, sort, descending, after, limit)
        found = conn.execute(sql, params).fetchall()
    rows = tuple(row_of(r) for r in found)
    more = len(found) == limit
    return InvoiceWindow(rows=rows, after=(found[-1][-1], found[-1][0]) if more else None)


def iterate(
    sessions: Sessions,
    query: InvoiceQuery,
    sort: InvoiceSort = InvoiceSort.ISSUE_DATE,
    descending: bool = True,
    batch: int = 2000,
) -> Iterator[InvoiceRow]:
    """Every match in order, window by window (Export CSV): never all rows at once."""
    after: InvoiceKeyset | None = None
    while True:
        window = search(sessions, query, sort, descending, after, batch)
        yield from window.rows
        if window.after is None:
            return
        after = window.after


class Stale(Exception):  # noqa: N818 - what the user sees is no error: an answer dropped
    """A count stopped because its caller no longer wants it (the user typed on)."""


@contextmanager
def _stops_when(conn: Sql, stale: Callable[[], bool] | None) -> Iterator[None]:
    """Abort the running statement once `stale()` says so (checked every few thousand steps):
    a count over a million invoices for an old keystroke stops using the CPU."""
    if stale is None:
        yield
        return
    from sqlalchemy.exc import DBAPIError

    raw = conn.raw()
    raw.set_progress_handler(lambda: 1 if stale() else 0, PROGRESS_STEPS)
    try:
        yield
    except (sqlite3.OperationalError, DBAPIError) as exc:
        if stale():
            raise Stale from exc
        raise
    finally:
        raw.set_progress_handler(None, 0)


def count(sessions: Sessions, query: InvoiceQuery, stale: Callable[[], bool] | None = None) -> int:
    with sessions() as s:
        conn = _sql(s)
        with _stops_when(conn, stale):
            where = build_where(conn, query)
            sql = f"SELECT count(*) FROM invoices{where.sql()}"
            return int(conn.execute(sql, where.params).fetchone()[0])


def status_counts(
    sessions: Sessions, query: InvoiceQuery, stale: Callable[[], bool] | None = None
) -> dict[str, int]:
    with sessions() as s:
        conn = _sql(s)
        with _stops_when(conn, stale):
            where = build_where(conn, query)
            found = conn.execute(
                f"SELECT status_rank, count(*) FROM invoices{where.sql()} GROUP BY status_rank",
                where.params,
            ).fetchall()
    return {INVOICE_STATUSES[rank]: n for rank, n in found if 0 <= rank < len(INVOICE_STATUSES)}


def detail(sessions: Sessions, invoice_id: str) -> InvoiceDetail | None:
    with sessions() as s:
        conn = _sql(s)
        found = conn.execute(
            f"SELECT {COLUMNS} FROM invoices WHERE id = ?", (invoice_id,)
        ).fetchone()
        if found is None:
            return None
        events = conn.execute(
            "SELECT at, status, note FROM invoice_events WHERE invoice_id = ? ORDER BY position",
            (invoice_id,),
        ).fetchall()
    row = row_of(found)
    history = tuple(InvoiceEvent(at=_moment(at), status=st, note=note) for at, st, note in events)
    return InvoiceDetail(**{**row.__dict__, "history": history})


def buyers(sessions: Sessions, account_id: str | None = None) -> list[tuple[str, str]]:
    """The cached buyers that have invoices (of the account), by name: one index probe each."""
    scope = "" if account_id is None else " AND i.account_id = ?"
    sql = (
        "SELECT b.id, b.name FROM buyers b WHERE EXISTS (SELECT 1 FROM invoices i "
        f"WHERE i.buyer_id = b.id{scope}) ORDER BY b.name_folded, b.id"
    )
    with sessions() as s:
        found = _sql(s).execute(sql, [] if account_id is None else [account_id]).fetchall()
    return [(bid, name) for bid, name in found]


def _scoped(account_id: str | None) -> tuple[str, list[Any]]:
    return ("", []) if account_id is None else (" AND account_id = ?", [account_id])


def _newest(
    conn: Executes, status: str, account_id: str | None, limit: int
) -> tuple[InvoiceRow, ...]:
    scope, params = _scoped(account_id)
    found = conn.execute(
        f"SELECT {COLUMNS} FROM invoices WHERE status_rank = ?{scope} "
        f"ORDER BY issue_date DESC, seq DESC LIMIT {int(limit)}",
        [STATUS_RANK[status], *params],
    ).fetchall()
    return tuple(row_of(r) for r in found)


def dashboard(conn: Executes, account_id: str | None, limit: int = 5) -> InvoiceDashboard:
    """Home's figures: counts by status, the newest failed and saved, failed per buyer, open
    support requests; all aggregates in SQL, on a plain sqlite3 connection (Home fills before
    SQLAlchemy is imported) or a session's."""
    scope, params = _scoped(account_id)
    by_rank = conn.execute(
        f"SELECT status_rank, count(*) FROM invoices WHERE 1{scope} GROUP BY status_rank",
        params,
    ).fetchall()
    by_status = {INVOICE_STATUSES[r]: n for r, n in by_rank if 0 <= r < len(INVOICE_STATUSES)}
    failed = _newest(conn, "failed", account_id, max(limit, 1))
    saved = _newest(conn, "saved", account_id, limit)
    # INDEXED BY: only the failed ones are read (the buyer index would walk them all).
    # (None while a first sync has deferred the indexes: then there is no such index.)
    index = "ix_invoices_status" if account_id is None else "ix_invoices_account"
    indexed = "" if indexes_deferred(conn) else f"INDEXED BY {index} "
    per_buyer = conn.execute(
        f"SELECT buyer_id, min(buyer_name), count(*), max(issue_date) FROM invoices "
        f"{indexed}WHERE status_rank = ?{scope} GROUP BY buyer_id "
        f"ORDER BY count(*) DESC, max(issue_date) DESC LIMIT 50",
        [STATUS_RANK["failed"], *params],
    ).fetchall()
    ticket_scope = "" if account_id is None else " AND account_id = ?"
    tickets, latest = conn.execute(
        f"SELECT count(*), max(updated_at) FROM tickets "
        f"WHERE state IN ('open', 'in_progress'){ticket_scope}",
        params,
    ).fetchone()
    return InvoiceDashboard(
        total=sum(by_status.values()),
        failed_count=by_status.get("failed", 0),
        latest_failed=failed[0] if failed else None,
        failed=failed[:limit],
        failed_by_buyer=tuple(
            FailedByBuyer(bid, name, n, date.fromisoformat(last))
            for bid, name, n, last in per_buyer
        ),
        saved_count=by_status.get("saved", 0),
        saved=saved,
        open_tickets=int(tickets),
        latest_ticket_at=_ticket_time(latest),
        by_status=by_status,
    )


def _ticket_time(value: object) -> datetime | None:
    if value is None:
        return None
    return datetime.fromisoformat(str(value)).replace(tzinfo=UTC)


def skipped(sessions: Sessions) -> int:
    with sessions() as s:
        found = _sql(s).execute("SELECT value FROM meta WHERE key = 'invoices_skipped'").fetchone()
    return int(found[0]) if found else 0
