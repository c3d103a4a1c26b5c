"""Directory search on PostgreSQL (pg_trgm): the SQLite engine's tests with the same rows and
the same assertions, plans that use the indexes, and bad input on both engines."""

from __future__ import annotations

import base64
import importlib
import json
import random
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Table, create_engine, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session
from sqlalchemy.sql.schema import ScalarElementColumnDefault
from test_directory_search import (  # the same tests, run here over PostgreSQL
    add_buyer,
    fill_directory,
    make_engine,
    names,
    search,
    test_a_number_of_digits_only_is_looked_up_by_number_alone,
    test_an_entry_found_by_number_and_by_name_is_listed_once_across_pages,
    test_country_filter,
    test_diacritics_and_case_are_ignored,
    test_empty_and_too_long_queries,
    test_group_detail_by_country_then_name,
    test_groups_are_found_and_entities_carry_their_group,
    test_name_start_then_word_start_then_inner_each_by_name,
    test_network_number_exact_case_insensitive_and_prefix,
    test_paging_with_the_cursor_is_stable_and_complete,
    test_punctuation_is_a_word_break_for_ranking,
    test_punctuation_is_ignored_in_matching,
    test_punctuation_is_ignored_in_name_order,
    test_punctuation_only_finds_nothing,
    test_short_queries_use_name_and_word_starts_only,
    test_triggers_follow_inserts_updates_and_deletes,
    test_vat_number_with_or_without_prefix_and_spaces,
)

from portal.errors import ApiError
from portal.search import pg as pg_search
from portal.search import pg_schema, search_raw
from portal.store.migrate import upgrade
from portal.store.models import Buyer
from tests.pg_cluster import PgCluster
from wire.text import fold

WORD_PAIRS_MIGRATION = importlib.import_module(
    "portal.store.migrations.versions.0012_word_pairs_index"
)

REUSED = (
    test_an_entry_found_by_number_and_by_name_is_listed_once_across_pages,
    test_country_filter,
    test_diacritics_and_case_are_ignored,
    test_empty_and_too_long_queries,
    test_group_detail_by_country_then_name,
    test_groups_are_found_and_entities_carry_their_group,
    test_name_start_then_word_start_then_inner_each_by_name,
    test_a_number_of_digits_only_is_looked_up_by_number_alone,
    test_network_number_exact_case_insensitive_and_prefix,
    test_paging_with_the_cursor_is_stable_and_complete,
    test_punctuation_is_a_word_break_for_ranking,
    test_punctuation_is_ignored_in_matching,
    test_punctuation_is_ignored_in_name_order,
    test_punctuation_only_finds_nothing,
    test_short_queries_use_name_and_word_starts_only,
    test_triggers_follow_inserts_updates_and_deletes,
    test_vat_number_with_or_without_prefix_and_spaces,
)


def pg_engine(cluster: PgCluster) -> Engine:
    """A new PostgreSQL database at the code's schema (the migrations make the indexes)."""
    engine = create_engine(cluster.new_database("directory"))
    upgrade(engine)
    return engine


@pytest.fixture(scope="module")
def filled_template(pg_cluster: PgCluster) -> str:
    """A migrated PostgreSQL database with the directory's rows, to copy per test."""
    engine = pg_engine(pg_cluster)
    fill_directory(engine)
    name = str(engine.url.database)
    engine.dispose()
    return name


@pytest.fixture()
def engine(pg_cluster: PgCluster, filled_template: str) -> Iterator[Engine]:
    engine = create_engine(pg_cluster.new_database("directory", template=filled_template))
    yield engine
    engine.dispose()


def filled(request: pytest.FixtureRequest, folder: Path) -> Engine:
    if request.param == "sqlite":
        engine = make_engine(folder / "directory.sqlite")
        fill_directory(engine)
        return engine
    cluster: PgCluster = request.getfixturevalue("pg_cluster")
    template: str = request.getfixturevalue("filled_template")
    return create_engine(cluster.new_database("directory", template=template))


@pytest.fixture(params=["sqlite", "postgresql"])
def either(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """The same rows on each engine in turn (a test may add its own)."""
    engine = filled(request, tmp_path)
    yield engine
    engine.dispose()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def either_read(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Engine]:
    """`either` shared by the tests of this module that only read."""
    engine = filled(request, tmp_path_factory.mktemp("directory"))
    yield engine
    engine.dispose()


# Terms of every kind the benchmark uses (name start 1-2 letters, common word, inner
# fragment, multi-word, country filter, VAT, network number).
PLAN_SHAPES = [
    ("o", None),
    ("lo", "PL"),
    ("lodz", None),
    ("nordwind", "DE"),
    ("zolta lodka", None),
    ("gmbh", None),
    ("odzi", "PL"),
    ("PL 526 000 12 46", None),
    ("AAA2065", "MY"),
    ("gmbh & co kg", None),
    ("hansen & s", None),
    ("sp. z o.o.", "PL"),
    ("ltd.", None),
    ("sen", "PL"),
    ("logist", "MY"),
    ("gmbh ltd", None),
    ("a & b", None),
    ("de la sa", None),
]


@pytest.mark.parametrize(("q", "country"), PLAN_SHAPES)
def test_query_plans_use_the_indexes(engine: Engine, q: str, country: str | None) -> None:
    """No sequential scan of the directory: with seq scans priced out (a small table would
    otherwise be read whole), every statement still has an index to use."""
    statements = traced_statements(engine, q, country, limit=2)
    assert statements
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("SET enable_seqscan = off")
        for sql, params in statements:
            plan = "\n".join(row[0] for row in raw.execute(f"EXPLAIN {sql}", params))
            assert "Seq Scan" not in plan, (sql, plan)


PUNCTUATION = list("%_\\'\"*:&|!()^-+.,;/<>=~@#$[]{}?`") + [
    "a%b",
    "50%",
    "a_b",
    "o'neil",
    '"lodz"',
    "lodz*",
    "name:lodz",
    "a & b",
    "a | b",
    "!lodz",
    "(lodz",
    "lodz)",
    "NEAR(a b)",
    "a OR b",
    "a AND NOT b",
    "^lodz",
    "-lodz",
    "\\x",
    "sp. z o.o.",
    "' OR 1=1 --",
]


@pytest.mark.parametrize("q", PUNCTUATION)
def test_punctuation_and_operators_get_a_normal_answer(either_read: Engine, q: str) -> None:
    page = search(either_read, q)
    assert all(item.name for item in page.items)


def test_like_wildcards_match_themselves_only(either: Engine) -> None:
    with Session(either) as session:
        add_buyer(session, "Rabat 50% Outlet", "AAA500000001")
        add_buyer(session, "Rabat 500 Outlet", "AAA500000002")
        session.commit()
    assert names(search(either, "50%")) == ["Rabat 50% Outlet"]
    assert names(search(either, "rabat 5_0")) == []


@pytest.mark.parametrize("q", ["\x00", "ab\x00cd", "lodz\x00", "\x00lodz"])
def test_a_nul_byte_in_the_search_is_a_word_break(either_read: Engine, q: str) -> None:
    page = search(either_read, q)
    if "lodz" in q:
        assert "Hotel Lodz Centrum" in names(page)
    else:
        assert page.items == []


def crafted(value: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(value).encode()).decode().rstrip("=")


CRAFTED = [
    [2, ["x"]],
    [2, [1, 2, 3]],
    [2, [{}, {}]],
    [3, [[1]]],
    [3, [10**30]],
    [4, [-(10**30)]],
    [0, [1]],
    [1, [None]],
    [2, ["a\u0000", 1]],
    [2, ["a", True]],
    [3, [1.5]],
    [7, None],
    [-1, None],
    [True, None],
    ["2", None],
    [2, "x"],
    [2, {}],
    [[2], None],
    [2],
    {"tier": 2},
    "x",
    None,
    [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]],
]


@pytest.mark.parametrize("cursor", CRAFTED, ids=[json.dumps(c)[:40] for c in CRAFTED])
def test_a_cursor_the_portal_did_not_issue_is_bad_cursor(
    either_read: Engine, cursor: object
) -> None:
    with pytest.raises(ApiError) as err:
        search(either_read, "nordwind", limit=1, cursor=crafted(cursor))
    assert (err.value.status, err.value.code) == (422, "bad_cursor")


def test_issued_cursors_still_page_through(either_read: Engine) -> None:
    first = search(either_read, "nordwind", limit=2)
    assert first.next_cursor is not None
    second = search(either_read, "nordwind", limit=2, cursor=first.next_cursor)
    assert {i.id for i in first.items}.isdisjoint(i.id for i in second.items)


def test_the_search_indexes_come_from_the_migrations(engine: Engine) -> None:
    with engine.connect() as conn:
        found = set(
            conn.execute(
                text(
                    "SELECT indexname FROM pg_indexes WHERE tablename IN ('buyers', 'buyer_groups')"
                )
            ).scalars()
        )
        extensions = set(conn.execute(text("SELECT extname FROM pg_extension")).scalars())
    assert {"ix_buyers_name_trgm", "ix_buyers_name_c", "ix_buyer_groups_name_trgm"} <= found
    assert "ix_buyers_country_trigrams" in found
    assert {"ix_buyers_name_pairs", "ix_buyer_groups_name_pairs"} <= found
    assert "pg_trgm" in extensions
    # What the migration made is what `pg_schema` makes on a database `create_all` made.
    assert pg_schema.WORD_PAIRS_FUNCTION == WORD_PAIRS_MIGRATION.FUNCTION
    assert WORD_PAIRS_MIGRATION.INDEXES.items() <= pg_schema.INDEXES.items()


@pytest.mark.parametrize(
    "bounds",
    [(1, 1, 2), (1, 2, 1000), (1, 1, 1000), (1000, 1, 1)],
    ids=["full-sort", "sparse", "long-walk", "short-walk"],
)
def test_every_step_of_the_ordered_match_gives_the_same_pages(
    engine: Engine, bounds: tuple[int, int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The word and inner tiers take whichever bounded step fits the term's density; with
    tiny bounds each step runs here, and the pages are the same as with any other."""
    terms = [("o", None), ("lodz", None), ("nordwind", None), ("nordwind", "DE"), ("odz", "PL")]
    terms += [("sp. z o.o.", None), ("z o", None)]  # several words: the rows holding the term
    expected = {
        t: [i.id for i in search(engine, t[0], country=t[1], limit=100).items] for t in terms
    }
    assert len(expected[("sp. z o.o.", None)]) >= 2 and expected[("z o", None)]
    short, cap, long = bounds
    monkeypatch.setattr(pg_search, "SHORT_WALK", short)
    monkeypatch.setattr(pg_search, "SPARSE_CAP", cap)
    monkeypatch.setattr(pg_search, "LONG_WALK", long)
    for (q, country), ids in expected.items():
        seen: list[str] = []
        cursor = None
        for _ in range(50):
            page = search(engine, q, country=country, limit=2, cursor=cursor)
            seen += [item.id for item in page.items]
            cursor = page.next_cursor
            if cursor is None:
                break
        assert seen == ids, (q, country)


STEMS = [
    "nordwind",
    "alfa",
    "beta",
    "gamma",
    "kowalski",
    "nowak",
    "muller",
    "schmidt",
    "hansen",
    "larsen",
    "jensen",
    "olsen",
    "berg",
    "lodz",
    "krakow",
    "baltic",
    "vistula",
    "oder",
    "rhein",
    "hafen",
    "stadt",
    "polar",
    "aurora",
    "zenit",
    "orion",
    "vega",
    "lumen",
    "terra",
    "aqua",
    "ferro",
    "agro",
    "medi",
    "tech",
    "data",
    "soft",
    "trans",
    "logi",
    "bud",
    "pol",
    "dom",
]
BULK, GROUPS = 40000, 40000
FORMS = ("GmbH & Co. KG", "Sp. z o.o.", "Ltd.", "A/S", "S.A.", "AB", "ApS", "Limited", "(UK) Ltd")


@pytest.fixture(scope="module")
def analyzed(pg_cluster: PgCluster) -> Iterator[Engine]:
    """The directory's rows and tens of thousands of generated ones, with the planner's
    statistics (ANALYZE): plans as on a real directory. On a dozen rows, or a few thousand,
    the planner rightly prefers reading a whole table or a whole name index to the trigram
    index (and an index read whole, with no condition, passed for an index plan)."""
    rng = random.Random(10)
    engine = pg_engine(pg_cluster)
    fill_directory(engine)
    groups = []
    for _ in range(GROUPS):
        name = f"{rng.choice(STEMS).title()} {rng.choice(STEMS).title()} Group"
        groups.append({"id": str(uuid.uuid4()), "name": name, "name_folded": fold(name)})
    buyers = []
    for i in range(BULK):
        words = [rng.choice(STEMS) for _ in range(rng.randrange(1, 3))]
        if rng.random() < 0.0005:  # rare: too few for a bounded walk of the name order
            words = [words[0], "jørgensen", "&", "søn"]
        name = " ".join(w.title() for w in words) + " " + rng.choice(FORMS)
        buyers.append(
            {
                "id": str(uuid.uuid4()),
                "name": name,
                "name_folded": fold(name),
                "network_number": f"GEN{i:09d}",
                "country": rng.choice(["PL", "DE", "DK", "GB", "SE"]),
                "group_id": rng.choice(groups)["id"] if rng.random() < 0.3 else None,
            }
        )
    # The directory's indexes are dropped for the load and built again after it: the same
    # indexes, built in bulk (kept up row by row, the GIN trigram indexes took most of a
    # 35 s fill); the rows go in by COPY (the ORM's INSERTs ran one statement per row here).
    with engine.begin() as conn:
        for statement in pg_schema.drop_statements():
            conn.execute(text(statement))
        copy_rows(conn, Buyer.metadata.tables["buyer_groups"], groups)
        copy_rows(conn, Buyer.metadata.tables["buyers"], buyers)
        for statement in pg_schema.create_statements():
            conn.execute(text(statement))
    with engine.connect() as conn:
        conn.execute(text("COMMIT"))
        conn.execute(text("ANALYZE buyers"))
        conn.execute(text("ANALYZE buyer_groups"))
    yield engine
    engine.dispose()


def copy_rows(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """`rows` into `table` by PostgreSQL's COPY, with the columns' plain defaults (which the
    ORM, not the database, fills in) for the keys the rows lack."""
    defaults = {
        c.name: c.default.arg
        for c in table.columns
        if c.name not in rows[0] and isinstance(c.default, ScalarElementColumnDefault)
    }
    columns = [*rows[0], *defaults]
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    with cursor.copy(f"COPY {table.name} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row([row.get(c, defaults.get(c)) for c in columns])


def scans(node: dict[str, Any], under_limit: bool = False) -> Iterator[tuple[dict[str, Any], bool]]:
    """Every node of a JSON plan with whether a Limit node is above it."""
    yield node, under_limit
    below = under_limit or node["Node Type"] == "Limit"
    for child in node.get("Plans", []):
        yield from scans(child, below)


def traced_statements(
    engine: Engine, q: str, country: str | None, limit: int = 3
) -> list[tuple[str, object]]:
    """The statements a search and its next page run (the engine's own EXPLAINs left out)."""
    statements: list[tuple[str, object]] = []
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        real_execute = raw.execute

        def traced(sql: str, params: object = None) -> object:
            statements.append((sql, params))
            return real_execute(sql, params)

        raw.execute = traced  # type: ignore[method-assign]
        try:
            page = search_raw(raw, q, country, limit=limit)
            if page.next_cursor:
                search_raw(raw, q, country, limit=limit, cursor=page.next_cursor)
        finally:
            raw.execute = real_execute  # type: ignore[method-assign]
    return [(sql, params) for sql, params in statements if not sql.startswith("EXPLAIN")]


@pytest.mark.parametrize(("q", "country"), PLAN_SHAPES)
def test_plans_with_statistics_read_the_indexes_with_conditions(
    analyzed: Engine, q: str, country: str | None
) -> None:
    """No table is read whole, and every index is read for a condition or in order under a
    limit (a bounded walk of the name order), never whole. Seq scans are priced out: on a few
    thousand rows reading the table can be the cheaper plan, on the directory's millions not;
    what counts is that an index serves each statement's own condition."""
    used: set[str] = set()
    with analyzed.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("SET enable_seqscan = off")
        for sql, params in traced_statements(analyzed, q, country):
            plan = raw.execute(f"EXPLAIN (FORMAT JSON) {sql}", params).fetchone()[0][0]["Plan"]
            for node, under_limit in scans(plan):
                kind, index = node["Node Type"], node.get("Index Name")
                assert kind != "Seq Scan", (sql, plan)
                if index:
                    used.add(index)
                if kind == "Bitmap Index Scan":
                    assert "Index Cond" in node, (sql, plan)
                elif kind in ("Index Scan", "Index Only Scan"):
                    assert "Index Cond" in node or under_limit, (sql, plan)
                elif kind == "Bitmap Heap Scan":
                    assert "Recheck Cond" in node, (sql, plan)
    assert used, q
    if not any(ch.isdigit() for ch in q):
        assert used & {"ix_buyers_name_c", "ix_buyers_country_name_c", "ix_buyers_name_trgm"}, q


@pytest.mark.parametrize(("q", "country"), [("jorgensen & s", None), ("Jørgensen & Søn", None)])
def test_a_rare_multi_word_term_reads_the_trigram_index(
    analyzed: Engine, q: str, country: str | None
) -> None:
    """Few matches for the name walk to meet: the trigram index gives all of them, by a
    condition on the name key, even with a one-letter word and a symbol in the term."""
    conds = []
    with analyzed.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("SET enable_seqscan = off")
        for sql, params in traced_statements(analyzed, q, country):
            plan = raw.execute(f"EXPLAIN (FORMAT JSON) {sql}", params).fetchone()[0][0]["Plan"]
            conds += [
                str(node.get("Index Cond"))
                for node, _ in scans(plan)
                if node.get("Index Name") == "ix_buyers_name_trgm"
            ]
    assert conds and all("(name_key)::text ~~ '%" in cond for cond in conds), conds
    found = search(analyzed, q, country=country, limit=100)
    assert found.items and all(" Jørgensen & Søn " in item.name for item in found.items)


@pytest.mark.parametrize("q", ["a & b", "de la sa", "b & s"])
def test_a_term_of_short_words_reads_the_word_pairs_not_the_trigram_lists(
    analyzed: Engine, q: str
) -> None:
    """Its words' trigrams are the padded word starts and ends ("  a", "a  "), held by most
    names: read, with every row they give rechecked, they took 0.5 s on 2.2M entities. The
    texts around the term's spaces (" a b") are read instead, by an index condition."""
    conds = []
    with analyzed.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("SET enable_seqscan = off")
        for sql, params in traced_statements(analyzed, q, None):
            plan = raw.execute(f"EXPLAIN (FORMAT JSON) {sql}", params).fetchone()[0][0]["Plan"]
            assert "ix_buyers_name_trgm" not in json.dumps(plan), sql
            conds += [
                str(node.get("Index Cond"))
                for node, _ in scans(plan)
                if node.get("Index Name") == "ix_buyers_name_pairs"
            ]
    assert conds and all("directory_word_pairs" in cond for cond in conds), conds


def every_id(engine: Engine, q: str, country: str | None) -> list[str]:
    seen: list[str] = []
    cursor = None
    for _ in range(200):
        page = search(engine, q, country=country, limit=50, cursor=cursor)
        seen += [item.id for item in page.items]
        cursor = page.next_cursor
        if cursor is None:
            return seen
    raise AssertionError(f"more pages than expected for {q!r}")


COUNTRY_TERMS = ["gensen", "jorgensen & s", "søn", "n & søn", "berg ltd", "a/s", "sen g", "ørgen"]


@pytest.mark.parametrize(
    ("short_walk", "cap"), [(2000, 3000), (1, 3000), (1, 1)], ids=["default", "index", "capped"]
)
def test_a_country_lists_the_same_entries_as_the_whole_directory(
    analyzed: Engine, short_walk: int, cap: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The country's own trigrams find exactly the entities of that country the search
    without a country lists, in the same order; so do the rows that hold a term of several
    words, read once for two tiers (a one-row walk: always by the indexes; a cap of one row:
    never by the rows held)."""
    with analyzed.connect() as conn:
        country_of = {ref: c for ref, c in conn.execute(text("SELECT id, country FROM buyers"))}
    expected = {q: every_id(analyzed, q, None) for q in COUNTRY_TERMS}
    monkeypatch.setattr(pg_search, "SHORT_WALK", short_walk)
    monkeypatch.setattr(pg_search, "SPARSE_CAP", cap)
    for q in COUNTRY_TERMS:
        assert every_id(analyzed, q, None) == expected[q], q
        for country in ("PL", "DK", "MY"):
            wanted = [ref for ref in expected[q] if country_of.get(ref) == country]
            assert every_id(analyzed, q, country) == wanted, (q, country)
    assert any(country_of.get(ref) == "DK" for ref in expected["gensen"])


@pytest.mark.parametrize(
    "fragment", ["sen", " sen", " jorgensen s", "ørgen", " søn", "a1 b", " 50", " gmbh co"]
)
def test_the_country_trigrams_of_a_term_are_in_every_name_holding_it(
    analyzed: Engine, fragment: str
) -> None:
    """`country_trigrams` never asks for a trigram pg_trgm did not give a matching name."""
    names_keys = [
        f"x{fragment} y",
        f"{fragment.strip()}",
        f"ab{fragment}cd",
        f"é{fragment}ü",
        f"1{fragment}2",
    ]
    with analyzed.connect() as conn:
        for key in names_keys:
            if fragment not in key:
                continue
            stored = conn.execute(
                text("SELECT directory_country_trigrams('PL', :key)"), {"key": key}
            ).scalar_one()
            assert set(pg_search.country_trigrams("PL", fragment)) <= set(stored or []), key


def test_a_country_and_a_common_fragment_read_the_country_trigrams(analyzed: Engine) -> None:
    """Few of the country's names hold the term, too few for a walk of its names: the
    statement that finds them reads the country's trigrams (an index condition), not the
    trigram lists of the whole directory filtered by country row by row."""
    conds = []
    with analyzed.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("SET enable_seqscan = off")
        for sql, params in traced_statements(analyzed, "gensen", "PL"):
            plan = raw.execute(f"EXPLAIN (FORMAT JSON) {sql}", params).fetchone()[0][0]["Plan"]
            conds += [
                str(node.get("Index Cond"))
                for node, _ in scans(plan)
                if node.get("Index Name") == "ix_buyers_country_trigrams"
            ]
            assert "ix_buyers_name_trgm" not in json.dumps(plan), sql
    assert conds and all("PLgen" in cond for cond in conds), conds


def test_a_number_of_digits_only_reads_no_name_index(analyzed: Engine) -> None:
    statements = traced_statements(analyzed, "526 000 12 46", None)
    assert statements and not any("name_key" in sql for sql, _ in statements), statements


def test_a_database_at_0005_is_upgraded_in_place(pg_cluster: PgCluster) -> None:
    """The name key is computed for the rows already there and the indexes move to it."""
    from alembic import command

    from portal.store import migrate

    engine = create_engine(pg_cluster.new_database("at_0005"))
    try:
        with engine.begin() as conn:
            command.upgrade(migrate.config(conn), "0005")
            conn.execute(
                text(
                    "INSERT INTO buyers (id, name, name_folded, network_number, country, is_test,"
                    " shares_invoice_history, sandbox_resolution) VALUES ('b1', 'Acme Ltd.',"
                    " 'acme ltd.', 'AAA990000001', 'GB', false, false, 'connected')"
                )
            )
        assert migrate.upgrade(engine) is True
        assert names(search(engine, "ltd")) == ["Acme Ltd."]
        with engine.connect() as conn:
            trgm = conn.execute(
                text("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_buyers_name_trgm'")
            ).scalar_one()
        assert "name_key" in trgm
    finally:
        engine.dispose()
