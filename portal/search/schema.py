"""The directory index: tables, triggers and the bulk build (SQLite).

`directory_index` holds one row per buyer and per group, keyed by an integer
`key` that follows the order of `name_folded`. Because the FTS5 table's rowid
is that key, a trigram match streams out of FTS5 already in name order, so
"the first 20 by name among 100,000 matches" costs 20 rows, not a sort.

Keys are spread `KEY_GAP` apart by the bulk build; a trigger gives a new row
the midpoint between its neighbours by name. When a gap is used up the row is
appended at the end instead and `directory_meta.disorder` is set: matching
stays exact, only that row's place in the order is off until the next
`install_search_index` (or `rebuild_search_index`) renumbers.

`directory_fts` is contentless (`content=''`) with three columns:
- `name`: the folded name (inner matches, 3+ characters);
- `words`: the name without its first word, every space doubled, so a
  word start is the phrase `"  q"` and even 1-2 character queries make a
  trigram (`"  l"`);
- `cc`: `#` and the lower-case country, to filter by country inside FTS5.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import Connection, Engine

KEY_GAP = 1 << 32
KIND_ENTITY = 0
KIND_GROUP = 1


def words_sql(name: str) -> str:
    """SQL for the `words` column from a folded name (see `words_form`)."""
    return (
        f"CASE WHEN instr({name}, ' ') > 0 "
        f"THEN replace(substr({name}, instr({name}, ' ')), ' ', '  ') ELSE '' END"
    )


def cc_sql(country: str) -> str:
    return f"CASE WHEN {country} IS NULL THEN '' ELSE '#' || lower({country}) END"


def words_form(fragment: str) -> str:
    """The `words` phrase a word-start query looks for: "lodka sp" -> "  lodka  sp"."""
    return "  " + fragment.replace(" ", "  ")


def cc_form(country: str) -> str:
    return "#" + country.lower()


_TABLES = [
    """CREATE TABLE IF NOT EXISTS directory_index (
        key INTEGER PRIMARY KEY,
        name_folded TEXT NOT NULL,
        kind INTEGER NOT NULL,
        ref TEXT NOT NULL,
        country TEXT
    )""",
    "CREATE UNIQUE INDEX IF NOT EXISTS ix_directory_ref ON directory_index (ref, kind)",
    "CREATE INDEX IF NOT EXISTS ix_directory_name ON directory_index (name_folded)",
    "CREATE INDEX IF NOT EXISTS ix_directory_country_name ON directory_index (country, name_folded)",
    """CREATE TABLE IF NOT EXISTS directory_meta (
        name TEXT PRIMARY KEY, value INTEGER NOT NULL
    )""",
    "INSERT OR IGNORE INTO directory_meta (name, value) VALUES ('disorder', 0)",
    """CREATE VIRTUAL TABLE IF NOT EXISTS directory_fts USING fts5(
        name, words, cc, content='', columnsize=0, tokenize='trigram'
    )""",
]


def _key_expr(name: str) -> str:
    """A key between the neighbours of `name` by name order (see module doc)."""
    lo = (
        f"(SELECT key FROM directory_index WHERE name_folded <= {name} "
        "ORDER BY name_folded DESC, key DESC LIMIT 1)"
    )
    hi = (
        f"(SELECT key FROM directory_index WHERE name_folded > {name} "
        "ORDER BY name_folded, key LIMIT 1)"
    )
    candidate = (
        "CASE "
        "WHEN lo IS NULL AND hi IS NULL THEN 0 "
        f"WHEN hi IS NULL THEN lo + {KEY_GAP} "
        f"WHEN lo IS NULL THEN hi - {KEY_GAP} "
        "WHEN hi - lo >= 2 THEN lo + (hi - lo) / 2 END"
    )
    # No room (or, after an earlier append, the spot is taken): append at the end.
    return (
        "(SELECT CASE WHEN c IS NULL OR EXISTS (SELECT 1 FROM directory_index WHERE key = c) "
        f"THEN (SELECT max(key) FROM directory_index) + {KEY_GAP} ELSE c END "
        f"FROM (SELECT {candidate} AS c FROM (SELECT {lo} AS lo, {hi} AS hi)))"
    )


def _add_row(kind: int, ref: str, name: str, country: str) -> str:
    return (
        "INSERT INTO directory_index (key, name_folded, kind, ref, country) "
        f"VALUES ({_key_expr(name)}, {name}, {kind}, {ref}, {country});\n"
        # Appended out of order: remember to renumber.
        "UPDATE directory_meta SET value = 1 WHERE name = 'disorder' "
        f"AND (SELECT key FROM directory_index WHERE name_folded > {name} "
        "ORDER BY name_folded, key LIMIT 1) "
        f"< (SELECT key FROM directory_index WHERE ref = {ref} AND kind = {kind});\n"
    )


def _drop_row(kind: int, ref: str) -> str:
    return f"DELETE FROM directory_index WHERE ref = {ref} AND kind = {kind};\n"


def _triggers() -> list[str]:
    out = []
    for table, kind, country in (
        ("buyers", KIND_ENTITY, "{row}.country"),
        ("buyer_groups", KIND_GROUP, "NULL"),
    ):
        new_country = country.format(row="NEW")
        out.append(
            f"CREATE TRIGGER IF NOT EXISTS trg_directory_{table}_ai AFTER INSERT ON {table} "
            f"BEGIN {_add_row(kind, 'NEW.id', 'NEW.name_folded', new_country)} END"
        )
        watched = "id, name_folded, country" if table == "buyers" else "id, name_folded"
        out.append(
            f"CREATE TRIGGER IF NOT EXISTS trg_directory_{table}_au "
            f"AFTER UPDATE OF {watched} ON {table} BEGIN "
            f"{_drop_row(kind, 'OLD.id')}{_add_row(kind, 'NEW.id', 'NEW.name_folded', new_country)} END"
        )
        out.append(
            f"CREATE TRIGGER IF NOT EXISTS trg_directory_{table}_ad AFTER DELETE ON {table} "
            f"BEGIN {_drop_row(kind, 'OLD.id')} END"
        )
    fts_cols = "name, words, cc"
    out.append(
        "CREATE TRIGGER IF NOT EXISTS trg_directory_fts_ai AFTER INSERT ON directory_index BEGIN "
        f"INSERT INTO directory_fts (rowid, {fts_cols}) VALUES (NEW.key, NEW.name_folded, "
        f"{words_sql('NEW.name_folded')}, {cc_sql('NEW.country')}); END"
    )
    out.append(
        "CREATE TRIGGER IF NOT EXISTS trg_directory_fts_ad AFTER DELETE ON directory_index BEGIN "
        f"INSERT INTO directory_fts (directory_fts, rowid, {fts_cols}) VALUES ('delete', OLD.key, "
        f"OLD.name_folded, {words_sql('OLD.name_folded')}, {cc_sql('OLD.country')}); END"
    )
    return out


_TRIGGER_NAMES = [
    f"trg_directory_{t}_{op}" for t in ("buyers", "buyer_groups") for op in ("ai", "au", "ad")
] + ["trg_directory_fts_ai", "trg_directory_fts_ad"]


def _fill(conn: Connection) -> None:
    """Number every buyer and group in name order and load the FTS table in bulk."""
    conn.execute(
        text(
            "INSERT INTO directory_index (key, name_folded, kind, ref, country) "
            f"SELECT row_number() OVER (ORDER BY name_folded, kind, ref) * {KEY_GAP}, "
            "name_folded, kind, ref, country FROM ("
            f"SELECT name_folded, {KIND_ENTITY} AS kind, id AS ref, country FROM buyers "
            f"UNION ALL SELECT name_folded, {KIND_GROUP}, id, NULL FROM buyer_groups)"
        )
    )
    conn.execute(
        text(
            "INSERT INTO directory_fts (rowid, name, words, cc) SELECT key, name_folded, "
            f"{words_sql('name_folded')}, {cc_sql('country')} FROM directory_index ORDER BY key"
        )
    )
    conn.execute(text("INSERT INTO directory_fts (directory_fts) VALUES ('optimize')"))
    conn.execute(text("UPDATE directory_meta SET value = 0 WHERE name = 'disorder'"))


def _build(conn: Connection, *, fresh: bool) -> None:
    for statement in _TABLES:
        conn.execute(text(statement))
    if not fresh:
        for name in _TRIGGER_NAMES:
            conn.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
        conn.execute(text("DELETE FROM directory_index"))
        conn.execute(text("INSERT INTO directory_fts (directory_fts) VALUES ('delete-all')"))
    _fill(conn)
    for statement in _triggers():
        conn.execute(text(statement))


def tune_connection(dbapi_connection: Any, _record: Any = None) -> None:
    """Read the index through the OS page cache (mmap) and keep hot pages per connection."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA mmap_size=2147483648")
    cursor.execute("PRAGMA cache_size=-32768")
    cursor.close()


def install_search_index(engine: Engine) -> None:
    """Create the directory index and its triggers; idempotent, call after `create_all`.

    The first call numbers existing buyers and groups in bulk; later calls only
    renumber when inserts ran out of room between two names.
    """
    if engine.dialect.name != "sqlite":
        return
    if not event.contains(engine, "connect", tune_connection):
        event.listen(engine, "connect", tune_connection)
        with engine.connect() as conn:  # the pooled connection(s) made before this call
            tune_connection(conn.connection.dbapi_connection)
    with engine.begin() as conn:
        exists = conn.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'directory_index'")
        ).first()
        if exists is None:
            _build(conn, fresh=True)
            return
        for statement in _TABLES + _triggers():
            conn.execute(text(statement))
        disorder = conn.execute(
            text("SELECT value FROM directory_meta WHERE name = 'disorder'")
        ).scalar_one()
        if disorder:
            _build(conn, fresh=False)


def rebuild_search_index(engine: Engine) -> None:
    """Renumber and reload the whole index (after bulk loads that bypassed it)."""
    with engine.begin() as conn:
        exists = conn.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'directory_index'")
        ).first()
        _build(conn, fresh=exists is None)
