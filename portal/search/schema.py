"""The directory index: tables, triggers and the bulk build (SQLite).

`directory_index` holds one row per buyer and per group, keyed by an integer
`key` that follows the order of `name_key` (the buyer's or group's name key:
folded, punctuation as word breaks, see `portal.search.name_key`). Because the FTS5 table's rowid
is that key, a trigram match streams out of FTS5 already in name order, so
"the first 20 by name among 100,000 matches" costs 20 rows, not a sort.

Keys are spread `KEY_GAP` apart by the bulk build; a trigger gives a new row
the midpoint between its neighbours by name. When a gap is used up the row is
appended at the end instead and `directory_meta.disorder` is set: matching
stays exact, only that row's place in the order is off until the next
`install_search_index` (or `rebuild_search_index`) renumbers.

`directory_fts` is contentless (`content=''`) with two columns:
- `name`: the name key (inner matches, 3+ characters);
- `words`: the name without its first word, every space doubled, so a
  word start is the phrase `"  q"` and even 1-2 character queries make a
  trigram (`"  l"`).

The country filter has its own partition: `directory_cfts` (same columns)
holds the entities with a country under a second key `ckey`, which follows
(country, name): each country owns the range `country_base(cc)` +
[0, 2**48), its names spaced `CKEY_GAP` apart in name order. A search within
one country is then an FTS5 rowid range, already in name order, and costs
about `limit` rows even when the fragment is common elsewhere and rare (or
absent) in that country; intersecting with a country column instead walked
two long doclists. Inserts get midpoints (or an append plus `disorder`)
exactly like `key`.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import Connection, Engine

KEY_GAP = 1 << 32
CKEY_GAP = 1 << 24
COUNTRY_SPAN = 1 << 48
KIND_ENTITY = 0
KIND_GROUP = 1


def words_sql(name: str) -> str:
    """SQL for the `words` column from a folded name (see `words_form`)."""
    return (
        f"CASE WHEN instr({name}, ' ') > 0 "
        f"THEN replace(substr({name}, instr({name}, ' ')), ' ', '  ') ELSE '' END"
    )


def country_base_sql(cc: str) -> str:
    """SQL for the start of an upper-case two-letter country's `ckey` range."""
    return (
        f"(((unicode(substr({cc}, 1, 1)) - 65) * 26 + unicode(substr({cc}, 2, 1)) - 65)"
        f" * {COUNTRY_SPAN})"
    )


def country_range(country: str) -> tuple[int, int]:
    """[lo, hi) of a two-letter country's `ckey` range."""
    cc = country.upper()
    base = ((ord(cc[0]) - 65) * 26 + ord(cc[1]) - 65) * COUNTRY_SPAN
    return base, base + COUNTRY_SPAN


def words_form(fragment: str) -> str:
    """The `words` phrase a word-start query looks for: "lodka sp" -> "  lodka  sp"."""
    return "  " + fragment.replace(" ", "  ")


_TABLES = [
    """CREATE TABLE IF NOT EXISTS directory_index (
        key INTEGER PRIMARY KEY,
        ckey INTEGER,
        name_key TEXT NOT NULL,
        kind INTEGER NOT NULL,
        ref TEXT NOT NULL,
        country TEXT
    )""",
    "CREATE UNIQUE INDEX IF NOT EXISTS ix_directory_ref ON directory_index (ref, kind)",
    "CREATE INDEX IF NOT EXISTS ix_directory_name ON directory_index (name_key)",
    "CREATE INDEX IF NOT EXISTS ix_directory_country_name ON directory_index (country, name_key)",
    "CREATE UNIQUE INDEX IF NOT EXISTS ix_directory_ckey ON directory_index (ckey)",
    """CREATE TABLE IF NOT EXISTS directory_meta (
        name TEXT PRIMARY KEY, value INTEGER NOT NULL
    )""",
    "INSERT OR IGNORE INTO directory_meta (name, value) VALUES ('disorder', 0)",
    """CREATE VIRTUAL TABLE IF NOT EXISTS directory_fts USING fts5(
        name, words, content='', columnsize=0, tokenize='trigram'
    )""",
    """CREATE VIRTUAL TABLE IF NOT EXISTS directory_cfts USING fts5(
        name, words, content='', columnsize=0, tokenize='trigram'
    )""",
]


def _key_expr(name: str) -> str:
    """A key between the neighbours of `name` by name order (see module doc)."""
    lo = (
        f"(SELECT key FROM directory_index WHERE name_key <= {name} "
        "ORDER BY name_key DESC, key DESC LIMIT 1)"
    )
    hi = f"(SELECT key FROM directory_index WHERE name_key > {name} ORDER BY name_key, key LIMIT 1)"
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


def _ckey_expr(name: str, country: str) -> str:
    """A `ckey` between the neighbours of `name` within `country` (NULL without a country)."""
    cc = f"upper({country})"
    base = country_base_sql(cc)
    same = f"directory_index WHERE country = {country} AND ckey IS NOT NULL"
    lo = f"(SELECT ckey FROM {same} AND name_key <= {name} ORDER BY name_key DESC, ckey DESC LIMIT 1)"
    hi = f"(SELECT ckey FROM {same} AND name_key > {name} ORDER BY name_key, ckey LIMIT 1)"
    candidate = (
        f"CASE WHEN hi IS NULL THEN lo + {CKEY_GAP} WHEN hi - lo >= 2 THEN lo + (hi - lo) / 2 END"
    )
    last = f"(SELECT max(ckey) FROM directory_index WHERE ckey >= b AND ckey < b + {COUNTRY_SPAN})"
    return (
        f"(SELECT CASE WHEN {cc} IS NULL OR {cc} NOT GLOB '[A-Z][A-Z]' THEN NULL "
        "WHEN c IS NULL OR EXISTS (SELECT 1 FROM directory_index WHERE ckey = c) "
        f"THEN coalesce({last}, b) + {CKEY_GAP} ELSE c END "
        f"FROM (SELECT {candidate} AS c, b FROM (SELECT coalesce({lo}, {base}) AS lo, {hi} AS hi,"
        f" {base} AS b)))"
    )


def _add_row(kind: int, ref: str, name: str, country: str) -> str:
    this = f"(SELECT {{col}} FROM directory_index WHERE ref = {ref} AND kind = {kind})"
    return (
        "INSERT INTO directory_index (key, ckey, name_key, kind, ref, country) "
        f"VALUES ({_key_expr(name)}, {_ckey_expr(name, country)}, {name}, {kind}, {ref}, {country});\n"
        # Appended out of order (by name, or by name within the country): renumber later.
        "UPDATE directory_meta SET value = 1 WHERE name = 'disorder' "
        f"AND ((SELECT key FROM directory_index WHERE name_key > {name} "
        f"ORDER BY name_key, key LIMIT 1) < {this.format(col='key')} "
        f"OR (SELECT ckey FROM directory_index WHERE country = {country} AND ckey IS NOT NULL "
        f"AND name_key > {name} ORDER BY name_key, ckey LIMIT 1) < {this.format(col='ckey')});\n"
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
            f"BEGIN {_add_row(kind, 'NEW.id', 'NEW.name_key', new_country)} END"
        )
        watched = "id, name_folded, country" if table == "buyers" else "id, name_folded"
        out.append(
            f"CREATE TRIGGER IF NOT EXISTS trg_directory_{table}_au "
            f"AFTER UPDATE OF {watched} ON {table} BEGIN "
            f"{_drop_row(kind, 'OLD.id')}{_add_row(kind, 'NEW.id', 'NEW.name_key', new_country)} END"
        )
        out.append(
            f"CREATE TRIGGER IF NOT EXISTS trg_directory_{table}_ad AFTER DELETE ON {table} "
            f"BEGIN {_drop_row(kind, 'OLD.id')} END"
        )
    new, old = words_sql("NEW.name_key"), words_sql("OLD.name_key")
    out.append(
        "CREATE TRIGGER IF NOT EXISTS trg_directory_fts_ai AFTER INSERT ON directory_index BEGIN "
        "INSERT INTO directory_fts (rowid, name, words) "
        f"VALUES (NEW.key, NEW.name_key, {new}); "
        "INSERT INTO directory_cfts (rowid, name, words) "
        f"SELECT NEW.ckey, NEW.name_key, {new} WHERE NEW.ckey IS NOT NULL; END"
    )
    out.append(
        "CREATE TRIGGER IF NOT EXISTS trg_directory_fts_ad AFTER DELETE ON directory_index BEGIN "
        "INSERT INTO directory_fts (directory_fts, rowid, name, words) "
        f"VALUES ('delete', OLD.key, OLD.name_key, {old}); "
        "INSERT INTO directory_cfts (directory_cfts, rowid, name, words) "
        f"SELECT 'delete', OLD.ckey, OLD.name_key, {old} WHERE OLD.ckey IS NOT NULL; END"
    )
    return out


_TRIGGER_NAMES = [
    f"trg_directory_{t}_{op}" for t in ("buyers", "buyer_groups") for op in ("ai", "au", "ad")
] + ["trg_directory_fts_ai", "trg_directory_fts_ad"]


def _fill(conn: Connection) -> None:
    """Number every buyer and group in name order and load the FTS table in bulk."""
    conn.execute(
        text(
            "INSERT INTO directory_index (key, ckey, name_key, kind, ref, country) "
            f"SELECT row_number() OVER (ORDER BY name_key, kind, ref) * {KEY_GAP}, "
            f"CASE WHEN cc GLOB '[A-Z][A-Z]' THEN {country_base_sql('cc')} + row_number() "
            f"OVER (PARTITION BY cc ORDER BY name_key, kind, ref) * {CKEY_GAP} END, "
            "name_key, kind, ref, country FROM ("
            f"SELECT name_key, {KIND_ENTITY} AS kind, id AS ref, country, upper(country) AS cc "
            f"FROM buyers UNION ALL SELECT name_key, {KIND_GROUP}, id, NULL, NULL "
            "FROM buyer_groups)"
        )
    )
    for table, key in (("directory_fts", "key"), ("directory_cfts", "ckey")):
        conn.execute(
            text(
                f"INSERT INTO {table} (rowid, name, words) SELECT {key}, name_key, "
                f"{words_sql('name_key')} FROM directory_index WHERE {key} IS NOT NULL "
                f"ORDER BY {key}"
            )
        )
        conn.execute(text(f"INSERT INTO {table} ({table}) VALUES ('optimize')"))
    conn.execute(text("UPDATE directory_meta SET value = 0 WHERE name = 'disorder'"))


def _build(conn: Connection, *, fresh: bool) -> None:
    for statement in _TABLES:
        conn.execute(text(statement))
    if not fresh:
        for name in _TRIGGER_NAMES:
            conn.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
        conn.execute(text("DELETE FROM directory_index"))
        for table in ("directory_fts", "directory_cfts"):
            conn.execute(text(f"INSERT INTO {table} ({table}) VALUES ('delete-all')"))
    _fill(conn)
    for statement in _triggers():
        conn.execute(text(statement))


def _before_country_keys(conn: Connection) -> bool:
    """An index built before `ckey` and `directory_cfts`, or before the name key (punctuation
    as word breaks) existed: rebuilt once."""
    columns = {row[1] for row in conn.execute(text("PRAGMA table_info(directory_index)"))}
    return not {"ckey", "name_key"} <= columns


def _drop(conn: Connection) -> None:
    for name in _TRIGGER_NAMES:
        conn.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
    for table in ("directory_fts", "directory_cfts", "directory_index"):
        conn.execute(text(f"DROP TABLE IF EXISTS {table}"))


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
    if engine.dialect.name == "postgresql":
        from portal.search.pg_schema import install_pg_search_index

        install_pg_search_index(engine)
        return
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
        if exists is not None and _before_country_keys(conn):
            _drop(conn)
            exists = None
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
    if engine.dialect.name != "sqlite":
        install_search_index(engine)  # PostgreSQL's indexes follow every write
        return
    with engine.begin() as conn:
        exists = conn.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'directory_index'")
        ).first()
        if exists is not None and _before_country_keys(conn):
            _drop(conn)
            exists = None
        _build(conn, fresh=exists is None)
