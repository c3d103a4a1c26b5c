"""Directory search at the Session level over a real SQLite file with our own rows."""

from __future__ import annotations

import random
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from portal.errors import ApiError
from portal.search import group_detail, install_search_index, search_directory, search_raw
from portal.search import schema as search_schema
from portal.store import migrate
from portal.store.models import Base, Buyer, BuyerGroup
from wire.schemas import DirectoryPage
from wire.text import compact_vat, fold, fold_words


def add_group(session: Session, name: str) -> BuyerGroup:
    group = BuyerGroup(id=str(uuid.uuid4()), name=name, name_folded=fold(name))
    session.add(group)
    session.flush()
    return group


def add_buyer(
    session: Session,
    name: str,
    number: str,
    *,
    country: str = "PL",
    vat: str | None = None,
    group: BuyerGroup | None = None,
) -> Buyer:
    compact = compact_vat(vat) if vat else None
    if compact and compact[:2].isalpha():
        compact = compact[2:]
    buyer = Buyer(
        id=str(uuid.uuid4()),
        name=name,
        name_folded=fold(name),
        network_number=number,
        vat_number=vat,
        vat_compact=compact,
        country=country,
        group_id=group.id if group else None,
    )
    session.add(buyer)
    session.flush()
    return buyer


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")
    Base.metadata.create_all(engine)
    return engine


def fill_directory(engine: Engine) -> None:
    """The search index, then the buyers and groups the tests look for."""
    install_search_index(engine)
    with Session(engine) as session:
        nordwind = add_group(session, "NORDWIND ALL COMPANIES GROUP")
        add_buyer(session, "Żółta Łódka Sp. z o.o.", "AAA100000001", vat="PL 526 000 12 46")
        add_buyer(session, "Przedsiębiorstwo Handlowe Łódź", "AAA100000002", vat="PL7010001454")
        add_buyer(session, "Lodziarnia Mroźna", "AAA100000003")
        add_buyer(session, "Hotel Lodz Centrum", "AAA100000004", country="DE")
        add_buyer(session, "Melodzia Muzyka", "AAA100000005")
        add_buyer(
            session, "Technical Services Test Buyer 17", "AAA206515132", country="MY", vat="MY12345"
        )
        add_buyer(session, "Nordwind Logistik GmbH", "AAA300000001", country="DE", group=nordwind)
        add_buyer(session, "Nordwind Polska Sp. z o.o.", "AAA300000002", group=nordwind)
        add_buyer(session, "Nordwind Sverige AB", "AAA300000003", country="SE", group=nordwind)
        add_buyer(session, "Nordwind Danmark ApS", "AAA300000004", country="DK", group=nordwind)
        add_buyer(session, "Alfa Nordwind Service", "AAA300000005", country="DE")
        session.commit()


@pytest.fixture()
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(tmp_path / "directory.sqlite")
    fill_directory(engine)
    yield engine
    engine.dispose()


def search(engine: Engine, q: str, **kwargs: object) -> DirectoryPage:
    with Session(engine) as session:
        return search_directory(session, q, **kwargs)  # type: ignore[arg-type]


def names(page: DirectoryPage) -> list[str]:
    return [item.name for item in page.items]


def test_diacritics_and_case_are_ignored(engine: Engine) -> None:
    assert "Przedsiębiorstwo Handlowe Łódź" in names(search(engine, "lodz"))
    assert "Żółta Łódka Sp. z o.o." in names(search(engine, "zolta"))
    assert "Żółta Łódka Sp. z o.o." in names(search(engine, "ŻÓŁTA łódka"))
    assert names(search(engine, "ódź")) == names(search(engine, "odz"))


def test_name_start_then_word_start_then_inner_each_by_name(engine: Engine) -> None:
    assert names(search(engine, "lodz")) == [
        "Lodziarnia Mroźna",  # name starts with "lodz"
        "Hotel Lodz Centrum",  # a word starts with it, by name
        "Przedsiębiorstwo Handlowe Łódź",
        "Melodzia Muzyka",  # inside a word
    ]


def add_punctuated(engine: Engine) -> None:
    with Session(engine) as session:
        for i, name in enumerate(
            [
                "Acme Ltd",
                "Müller GmbH & Co. KG",
                "Hansen & Søn A/S",
                "Kowalski Sp. z o.o.",
                "Alfa-Beta",
                "Alphabeta Systems",
                "Nord/Süd Handel",
                "Smith&Wesson",
                "Dr.Oetker Polska",
                "Nordwind (Guernsey) Limited",
            ]
        ):
            add_buyer(session, name, f"AAA90000{i:04d}")
        session.commit()


@pytest.mark.parametrize(
    ("q", "found"),
    [
        ("ltd.", "Acme Ltd"),
        ("acme ltd.", "Acme Ltd"),
        ("gmbh & co kg", "Müller GmbH & Co. KG"),
        ("GmbH & Co. KG", "Müller GmbH & Co. KG"),
        ("muller gmbh co", "Müller GmbH & Co. KG"),
        ("hansen & s", "Hansen & Søn A/S"),
        ("hansen son a s", "Hansen & Søn A/S"),
        ("a/s", "Hansen & Søn A/S"),
        ("sp. z o.o.", "Kowalski Sp. z o.o."),
        ("sp z o o", "Kowalski Sp. z o.o."),
        ("alfa beta", "Alfa-Beta"),
        ("smith wesson", "Smith&Wesson"),
    ],
)
def test_punctuation_is_ignored_in_matching(engine: Engine, q: str, found: str) -> None:
    add_punctuated(engine)
    assert found in names(search(engine, q))


def test_punctuation_only_finds_nothing(engine: Engine) -> None:
    add_punctuated(engine)
    for q in ("&", " . ", "-/-", "()"):
        assert search(engine, q).items == []


@pytest.mark.parametrize(
    ("q", "word_start"),
    [
        ("beta", "Alfa-Beta"),  # after "-"
        ("sud", "Nord/Süd Handel"),  # after "/"
        ("guernsey", "Nordwind (Guernsey) Limited"),  # after "("
        ("wesson", "Smith&Wesson"),  # after "&"
        ("oetker", "Dr.Oetker Polska"),  # after "."
        ("o.o", "Kowalski Sp. z o.o."),
    ],
)
def test_punctuation_is_a_word_break_for_ranking(engine: Engine, q: str, word_start: str) -> None:
    """A word start after punctuation ranks with the word starts, before inner matches."""
    add_punctuated(engine)
    with Session(engine) as session:
        add_buyer(session, f"Zz{q}zz Inner", "AAA910000001")
        session.commit()
    found = names(search(engine, q, limit=100))
    assert word_start in found
    inner = [n for n in found if n.endswith("zz Inner")]
    assert inner and found.index(word_start) < found.index(inner[0])


def test_punctuation_is_ignored_in_name_order(engine: Engine) -> None:
    add_punctuated(engine)
    assert names(search(engine, "nordwind")) == [
        "NORDWIND ALL COMPANIES GROUP",
        "Nordwind Danmark ApS",
        "Nordwind (Guernsey) Limited",  # as "nordwind guernsey limited"
        "Nordwind Logistik GmbH",
        "Nordwind Polska Sp. z o.o.",
        "Nordwind Sverige AB",
        "Alfa Nordwind Service",  # a later word
    ]


def test_groups_are_found_and_entities_carry_their_group(engine: Engine) -> None:
    page = search(engine, "nordwind")
    kinds = [(item.kind, item.name) for item in page.items]
    assert kinds[0] == ("group", "NORDWIND ALL COMPANIES GROUP")
    assert kinds[-1] == ("entity", "Alfa Nordwind Service")  # word start after name starts
    logistik = next(item for item in page.items if item.name == "Nordwind Logistik GmbH")
    assert logistik.group_name == "NORDWIND ALL COMPANIES GROUP"
    assert logistik.group_id == page.items[0].id
    assert logistik.network_number == "AAA300000001"
    assert logistik.country == "DE"


@pytest.mark.parametrize("q", ["PL 526 000 12 46", "PL5260001246", "5260001246", "526-000-12-46"])
def test_vat_number_with_or_without_prefix_and_spaces(engine: Engine, q: str) -> None:
    assert names(search(engine, q)) == ["Żółta Łódka Sp. z o.o."]


def test_a_number_of_digits_only_is_looked_up_by_number_alone(engine: Engine) -> None:
    with Session(engine) as session:
        add_buyer(session, "Magazyn 5260001246", "AAA920000001")
        add_buyer(session, "Rabat 500 Outlet", "AAA920000002")
        session.commit()
    for q in ("5260001246", "526 000 12 46", "526-000-12-46"):
        assert names(search(engine, q)) == ["Żółta Łódka Sp. z o.o."]  # by VAT only
    assert names(search(engine, "PL5260001246")) == ["Żółta Łódka Sp. z o.o."]
    assert names(search(engine, "500")) == ["Rabat 500 Outlet"]  # too short for a number
    assert names(search(engine, "magazyn 5260001246")) == ["Magazyn 5260001246"]


@pytest.mark.parametrize("q", ["AAA206515132", "aaa206515132", "AAA2065", "aaa 2065 15"])
def test_network_number_exact_case_insensitive_and_prefix(engine: Engine, q: str) -> None:
    assert names(search(engine, q)) == ["Technical Services Test Buyer 17"]


def test_short_queries_use_name_and_word_starts_only(engine: Engine) -> None:
    assert names(search(engine, "h")) == ["Hotel Lodz Centrum", "Przedsiębiorstwo Handlowe Łódź"]
    assert names(search(engine, "Lo")) == [
        "Lodziarnia Mroźna",
        "Hotel Lodz Centrum",
        "Nordwind Logistik GmbH",
        "Przedsiębiorstwo Handlowe Łódź",
        "Żółta Łódka Sp. z o.o.",
    ]
    assert search(engine, "zz").items == []  # inner matches need 3 characters


def test_empty_and_too_long_queries(engine: Engine) -> None:
    assert search(engine, "").items == []
    assert search(engine, "   ").items == []
    with pytest.raises(ApiError) as err:
        search(engine, "x" * 101)
    assert err.value.status == 422
    assert search(engine, "x" * 100).items == []
    assert search(engine, "qqqxxq").items == []


def test_country_filter(engine: Engine) -> None:
    assert names(search(engine, "lodz", country="de")) == ["Hotel Lodz Centrum"]
    assert names(search(engine, "nordwind", country="PL")) == ["Nordwind Polska Sp. z o.o."]
    assert names(search(engine, "AAA2065", country="PL")) == []
    with pytest.raises(ApiError):
        search(engine, "lodz", country="POL")


def test_paging_with_the_cursor_is_stable_and_complete(engine: Engine) -> None:
    for q in ("nordwind", "lodz", "o", "AAA"):
        whole = search(engine, q, limit=100)
        assert whole.next_cursor is None
        seen: list[str] = []
        cursor = None
        for _ in range(50):
            page = search(engine, q, limit=2, cursor=cursor)
            assert len(page.items) <= 2
            seen.extend(item.id for item in page.items)
            cursor = page.next_cursor
            if cursor is None:
                break
        assert seen == [item.id for item in whole.items], q
    with pytest.raises(ApiError):
        search(engine, "lodz", cursor="not a cursor")


def test_triggers_follow_inserts_updates_and_deletes(engine: Engine) -> None:
    with Session(engine) as session:
        buyer = add_buyer(session, "Kwiaciarnia Bławatek", "AAA400000001")
        session.commit()
        assert names(search(engine, "blawatek")) == ["Kwiaciarnia Bławatek"]
        buyer.name, buyer.name_folded = "Kwiaciarnia Róża", fold("Kwiaciarnia Róża")
        session.commit()
        assert search(engine, "blawatek").items == []
        assert names(search(engine, "roza")) == ["Kwiaciarnia Róża"]
        assert names(search(engine, "kwiac", country="PL")) == ["Kwiaciarnia Róża"]
        buyer.country = "CZ"
        session.commit()
        assert names(search(engine, "kwiac", country="CZ")) == ["Kwiaciarnia Róża"]
        session.delete(buyer)
        session.commit()
        assert search(engine, "roza").items == []
        group = session.query(BuyerGroup).one()
        group.name, group.name_folded = "Nordlys Holding", fold("Nordlys Holding")
        session.commit()
        assert names(search(engine, "nordlys")) == ["Nordlys Holding"]


def test_install_is_idempotent_and_renumbers_when_gaps_run_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_schema, "KEY_GAP", 4)
    engine = make_engine(tmp_path / "gaps.sqlite")
    with Session(engine) as session:
        add_buyer(session, "Alpha", "AAA500000001")
        add_buyer(session, "Omega", "AAA500000002")
        session.commit()
    install_search_index(engine)  # bulk numbering of existing rows
    with Session(engine) as session:
        for i, letter in enumerate("hgfedcb"):  # each one before the last
            add_buyer(session, f"Beta {letter}", f"AAA50000010{i}")
        session.commit()
    with engine.connect() as conn:
        assert conn.execute(text("SELECT value FROM directory_meta")).scalar_one() == 1
    expected = [f"Beta {c}" for c in "bcdefgh"]
    found = search(engine, "eta", limit=100)  # inner: FTS order
    assert names(found) != expected  # out of room: appended at the end
    assert sorted(names(found)) == expected  # but all found
    install_search_index(engine)
    install_search_index(engine)
    assert names(search(engine, "eta", limit=100)) == expected
    with engine.connect() as conn:
        assert conn.execute(text("SELECT value FROM directory_meta")).scalar_one() == 0
        rows = conn.execute(text("SELECT count(*) FROM directory_index")).scalar_one()
    assert rows == len(expected) + 2
    engine.dispose()


def test_group_detail_by_country_then_name(engine: Engine) -> None:
    with Session(engine) as session:
        group_id = session.query(BuyerGroup.id).scalar()
        detail = group_detail(session, group_id)
        assert group_detail(session, "no-such-group") is None
    assert detail is not None
    assert detail.name == "NORDWIND ALL COMPANIES GROUP"
    assert [c.country for c in detail.countries] == ["DE", "DK", "PL", "SE"]
    assert [e.name for e in detail.countries[0].entities] == ["Nordwind Logistik GmbH"]
    assert all(e.group_id == group_id for c in detail.countries for e in c.entities)


QUERY_SHAPES = [
    ("o", None),
    ("lo", "PL"),
    ("lodz", None),
    ("nordwind", "DE"),
    ("zolta lodka", None),
    ("PL 526 000 12 46", None),
    ("AAA2065", "MY"),
    # several words, one of them 1-2 letters or a symbol only
    ("gmbh & co kg", None),
    ("hansen & s", None),
    ("sp. z o.o.", "PL"),
    ("ltd.", None),
]


@pytest.mark.parametrize(("q", "country"), QUERY_SHAPES)
def test_query_plans_never_scan_a_table(engine: Engine, q: str, country: str | None) -> None:
    statements: list[str] = []
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert isinstance(raw, sqlite3.Connection)
        raw.set_trace_callback(statements.append)
        page = search_raw(raw, q, country, limit=2)
        if page.next_cursor:
            search_raw(raw, q, country, limit=2, cursor=page.next_cursor)
        raw.set_trace_callback(None)
        searched = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
        assert searched
        for statement in searched:
            plan = " | ".join(row[3] for row in raw.execute(f"EXPLAIN QUERY PLAN {statement}"))
            for table in ("buyers", "buyer_groups", "directory_index"):
                assert f"SCAN {table}" not in plan, (statement, plan)
                assert f"SCAN {table[0]}" not in plan.replace("SCAN f ", ""), (statement, plan)
            if "directory_" in statement:
                assert "TEMP B-TREE" not in plan, (statement, plan)


def expected_tiers(name: str, q: str) -> int | None:
    if name.startswith(q):
        return TIER_NAME
    if any(name[i - 1] == " " and name.startswith(q, i) for i in range(1, len(name))):
        return TIER_WORD
    if len(q) >= 3 and q in name:
        return TIER_INNER
    return None


TIER_NAME, TIER_WORD, TIER_INNER = range(3)


def test_random_writes_keep_the_index_exact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_schema, "KEY_GAP", 8)  # run out of room often
    monkeypatch.setattr(search_schema, "CKEY_GAP", 8)  # also within a country
    rng = random.Random(7)
    syllables = ["lo", "dz", "ka", "an", "na", "ol", "ta", "ski", "ó", "ł", "ż", " "]
    syllables += ["-", ". ", "&"]  # punctuation: word breaks, no part of the name key
    engine = make_engine(tmp_path / "random.sqlite")
    install_search_index(engine)
    with Session(engine) as session:
        buyers = []
        for i in range(160):
            name = "".join(rng.choice(syllables) for _ in range(rng.randrange(2, 9))).strip() or "x"
            country = rng.choice(["PL", "DE"])
            buyers.append(add_buyer(session, name.capitalize(), f"AAA6{i:08d}", country=country))
            if i % 5 == 4:
                victim = rng.choice(buyers)
                if i % 3:
                    victim.name = victim.name + " " + rng.choice(syllables)
                    victim.name_folded = fold(victim.name)
                else:
                    buyers.remove(victim)
                    session.delete(victim)
                session.flush()
        session.commit()
        truth = {b.id: fold_words(b.name) for b in buyers}
        countries = {b.id: b.country for b in buyers}
    for renumbered in (False, True):
        if renumbered:
            install_search_index(engine)
        queries = ("lo", "ka", "dz", "lod", "ska", "ołt", "a lo", "n", "zka", "a-lo", "ka. &")
        for q, country in [(q, c) for q in queries for c in (None, "PL", "DE")]:
            found = search(engine, q, limit=100, country=country)
            tiers = {ref: expected_tiers(name, fold_words(q)) for ref, name in truth.items()}
            if country:  # the country's own partition of the index
                tiers = {ref: t for ref, t in tiers.items() if countries[ref] == country}
            wanted = [ref for ref, tier in tiers.items() if tier is not None]
            assert sorted(item.id for item in found.items) == sorted(wanted), (q, country)
            ranks = [(tiers[item.id], truth[item.id]) for item in found.items]
            if renumbered:
                assert ranks == sorted(ranks), q
            else:  # tiers in order even when names within a tier are not
                assert [r[0] for r in ranks] == sorted(r[0] for r in ranks), q
    engine.dispose()


def test_an_entry_found_by_number_and_by_name_is_listed_once_across_pages(
    engine: Engine,
) -> None:
    with Session(engine) as session:
        by_both = add_buyer(session, "Aaa70 Logistics", "AAA700000001")
        add_buyer(session, "Beta Trading", "AAA700000002")
        by_word_too = add_buyer(session, "Gamma aaa70 Foods", "AAA700000003")
        by_name = add_buyer(session, "Aaa70 Second", "AAA800000001", vat="PL 7010 0017 00")
        by_vat_and_name = add_buyer(session, "Hotel 70100017", "AAA800000002", vat="PL70100017")
        session.commit()
        both, word_too, name_only, vat_and_name = (
            b.id for b in (by_both, by_word_too, by_name, by_vat_and_name)
        )
    for q, country in (("AAA70", None), ("aaa70", "PL"), ("70100017", None)):
        whole = search(engine, q, country=country, limit=100)
        ids = [item.id for item in whole.items]
        assert len(ids) == len(set(ids)), q
        for limit in (1, 2, 3):
            seen: list[str] = []
            cursor = None
            for _ in range(20):
                page = search(engine, q, country=country, limit=limit, cursor=cursor)
                seen.extend(item.id for item in page.items)
                cursor = page.next_cursor
                if cursor is None:
                    break
            assert seen == ids, (q, limit)
    numbers = [i.id for i in search(engine, "AAA70", limit=100).items]
    assert numbers[0] == both  # first by its number, not again by its name
    assert numbers.count(word_too) == 1 and numbers[-1] == name_only
    assert len(numbers) == 4
    assert [i.id for i in search(engine, "70100017", limit=100).items] == [vat_and_name]


def test_a_sandbox_database_from_before_the_name_key_is_upgraded_in_place(tmp_path: Path) -> None:
    """At revision 0005 with the index over `name_folded` (and its triggers): the migration
    adds the key to the rows already there, the index is rebuilt over it once."""
    from alembic import command

    engine = create_engine(f"sqlite:///{tmp_path / 'sandbox.db'}")
    with engine.begin() as conn:
        command.upgrade(migrate.config(conn), "0005")
        conn.execute(
            text(
                "INSERT INTO buyers (id, name, name_folded, network_number, country, is_test, "
                "shares_invoice_history, sandbox_resolution) VALUES ('b1', 'Acme Ltd.', "
                "'acme ltd.', 'AAA990000001', 'GB', 0, 0, 'connected')"
            )
        )
        conn.execute(
            text(
                "CREATE TABLE directory_index (key INTEGER PRIMARY KEY, ckey INTEGER, "
                "name_folded TEXT NOT NULL, kind INTEGER NOT NULL, ref TEXT NOT NULL, country TEXT)"
            )
        )
        conn.execute(
            text(
                "CREATE TRIGGER trg_directory_buyers_ai AFTER INSERT ON buyers BEGIN "
                "INSERT INTO directory_index (key, name_folded, kind, ref) "
                "VALUES (1, NEW.name_folded, 0, NEW.id); END"
            )
        )
    assert migrate.upgrade(engine) is True
    install_search_index(engine)
    assert names(search(engine, "ltd")) == ["Acme Ltd."]
    with Session(engine) as session:
        add_buyer(session, "Beta-Ltd Sp. z o.o.", "AAA990000002")
        session.commit()
    assert names(search(engine, "ltd.")) == ["Acme Ltd.", "Beta-Ltd Sp. z o.o."]
    engine.dispose()
