"""Build a SQLite portal database with N legal entities (default 2,200,000) for the benchmark.

Faker is called only to fill small pools of name parts per locale; the rows are
combined from those pools with a seeded `random.Random`, so 2.2M rows take a
minute or two, and the same seed gives the same file. The file is cached under
bench/data/ and reused unless --force.

    .venv/bin/python -m bench.generate_directory [--entities 200000] [--force]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import time
import uuid
from pathlib import Path

from faker import Faker
from sqlalchemy import create_engine

from portal.rules.auth import hash_password
from portal.search import install_search_index
from portal.store.models import Base
from wire.text import fold

DATA = Path(__file__).resolve().parent / "data"
DEFAULT_ENTITIES = 2_200_000
BENCH_USER = ("bench", "bench-password")

# country: (Faker locale, weight, legal forms, industry words)
COUNTRIES: dict[str, tuple[str, int, list[str], list[str]]] = {
    "PL": (
        "pl_PL",
        14,
        ["Sp. z o.o.", "S.A.", "Sp.j.", "Sp.k."],
        [
            "Przedsiębiorstwo Handlowe",
            "Usługi Budowlane",
            "Transport",
            "Hurtownia",
            "Zakład Produkcyjny",
            "Przetwórstwo Spożywcze",
            "Łódzkie Centrum",
            "Żegluga",
        ],
    ),
    "DE": (
        "de_DE",
        16,
        ["GmbH", "AG", "GmbH & Co. KG", "KG", "e.K."],
        [
            "Logistik",
            "Bau",
            "Maschinenbau",
            "Handel",
            "Elektrotechnik",
            "Großhandel",
            "Lebensmittel",
            "Fahrzeugteile",
        ],
    ),
    "GB": (
        "en_GB",
        12,
        ["Ltd", "PLC", "LLP", "Limited"],
        [
            "Logistics",
            "Engineering",
            "Wholesale",
            "Services",
            "Foods",
            "Trading",
            "Consulting",
            "Technical Services",
        ],
    ),
    "FR": (
        "fr_FR",
        10,
        ["SAS", "SARL", "SA", "EURL"],
        [
            "Logistique",
            "Bâtiment",
            "Distribution",
            "Services",
            "Alimentaire",
            "Énergie",
            "Transports",
            "Société Générale de",
        ],
    ),
    "IT": (
        "it_IT",
        8,
        ["S.r.l.", "S.p.A.", "S.n.c."],
        ["Logistica", "Costruzioni", "Commercio", "Servizi", "Alimentari", "Trasporti"],
    ),
    "ES": (
        "es_ES",
        7,
        ["S.L.", "S.A.", "S.L.U."],
        ["Logística", "Construcciones", "Distribuciones", "Servicios", "Alimentación"],
    ),
    "NL": (
        "nl_NL",
        6,
        ["B.V.", "N.V.", "V.O.F."],
        ["Logistiek", "Bouw", "Groothandel", "Diensten", "Techniek"],
    ),
    "SE": (
        "sv_SE",
        5,
        ["AB", "HB"],
        ["Logistik", "Bygg", "Handel", "Tjänster", "Ståltillverkning"],
    ),
    "DK": ("da_DK", 4, ["ApS", "A/S", "I/S"], ["Logistik", "Byg", "Handel", "Service", "Møbler"]),
    "NO": ("no_NO", 4, ["AS", "ASA"], ["Logistikk", "Bygg", "Handel", "Tjenester", "Fiskeri"]),
    "FI": ("fi_FI", 3, ["Oy", "Oyj"], ["Logistiikka", "Rakennus", "Kauppa", "Palvelut"]),
    "CZ": ("cs_CZ", 4, ["s.r.o.", "a.s."], ["Stavby", "Obchod", "Služby", "Doprava", "Strojírna"]),
    "US": ("en_US", 5, ["Inc.", "LLC", "Corp."], ["Logistics", "Holdings", "Supply", "Industries"]),
    "MY": ("en_US", 2, ["Sdn Bhd", "Bhd"], ["Trading", "Engineering", "Technical Services"]),
}
POOL = 400


def build_pools(seed: int) -> dict[str, dict[str, list[str]]]:
    pools = {}
    for country, (locale, _, _, _) in COUNTRIES.items():
        fake = Faker(locale)
        fake.seed_instance(seed)
        pools[country] = {
            "last": sorted({fake.last_name() for _ in range(POOL)}),
            "first": sorted({fake.first_name() for _ in range(POOL // 2)}),
            "city": sorted({fake.city() for _ in range(POOL // 2)}),
            "company": sorted({fake.company() for _ in range(POOL)}),
        }
    return pools


def make_name(rng: random.Random, country: str, pool: dict[str, list[str]]) -> str:
    _, _, forms, industries = COUNTRIES[country]
    last, city, form = rng.choice(pool["last"]), rng.choice(pool["city"]), rng.choice(forms)
    shape = rng.randrange(7)
    if shape == 0:
        return f"{last} {form}"
    if shape == 1:
        return f"{last} & {rng.choice(pool['last'])} {form}"
    if shape == 2:
        return f"{rng.choice(industries)} {city} {form}"
    if shape == 3:
        return f"{rng.choice(pool['company'])}"
    if shape == 4:
        return f"{last} {rng.choice(industries)} {form}"
    if shape == 5:
        return f"{rng.choice(pool['first'])} {last} {rng.choice(industries)}"
    return f"{city} {rng.choice(industries)} {last} {form}"


def generate(path: Path, entities: int, seed: int = 20261127) -> None:
    started = time.monotonic()
    rng = random.Random(seed)
    pools = build_pools(seed)
    countries = list(COUNTRIES)
    weights = [COUNTRIES[c][1] for c in countries]
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    engine = create_engine(f"sqlite:///{tmp}")
    Base.metadata.create_all(engine)
    engine.dispose()
    db = sqlite3.connect(tmp, isolation_level=None)
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    db.execute("PRAGMA cache_size=-1000000")
    db.execute("PRAGMA temp_store=MEMORY")
    indexes = [index.name for index in Base.metadata.tables["buyers"].indexes]
    for index_name in indexes:
        db.execute(f"DROP INDEX IF EXISTS {index_name}")

    def uid() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    groups = []
    for i in range(max(10, entities // 100)):
        country = rng.choices(countries, weights)[0]
        last = rng.choice(pools[country]["last"])
        name = f"{last} {rng.choice(['Group', 'Holding', 'Gruppe', 'Grupa', 'Groupe'])} {i % 97}"
        groups.append((uid(), name, fold(name)))
    groups.append((uid(), "NORDWIND ALL COMPANIES GROUP", "nordwind all companies group"))
    db.executemany("INSERT INTO buyer_groups (id, name, name_folded) VALUES (?, ?, ?)", groups)
    print(f"pools and groups in {time.monotonic() - started:.1f}s", file=sys.stderr)

    folded: dict[str, str] = {}
    step = 500_000
    db.execute("BEGIN")
    for start in range(0, entities, step):
        rows = []
        for i in range(start, min(entities, start + step)):
            country = rng.choices(countries, weights)[0]
            name = make_name(rng, country, pools[country])
            name_folded = folded.get(name)
            if name_folded is None:
                name_folded = folded.setdefault(name, fold(name))
            digits = f"{rng.randrange(10**9, 10**10)}"
            vat = f"{country} {digits}" if rng.random() < 0.5 else f"{country}{digits}"
            group_id = rng.choice(groups)[0] if rng.random() < 0.1 else None
            number = f"AAA{(i * 7919 + 12345) % 10**9:09d}"
            rows.append((uid(), name, name_folded, number, vat, digits, country, group_id))
        rows.sort()
        db.executemany(
            "INSERT INTO buyers (id, name, name_folded, network_number, vat_number, vat_compact,"
            " country, group_id, is_test, shares_invoice_history, sandbox_resolution)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 'connected')",
            rows,
        )
        print(f"{start + len(rows):,} rows in {time.monotonic() - started:.1f}s", file=sys.stderr)
    db.execute(
        "INSERT INTO users (id, username, display_name, password_hash) VALUES (?, ?, ?, ?)",
        (uid(), BENCH_USER[0], "Bench", hash_password(BENCH_USER[1])),
    )
    db.execute("COMMIT")
    db.close()
    engine = create_engine(f"sqlite:///{tmp}")
    for index in Base.metadata.tables["buyers"].indexes:
        index.create(engine)
    print(f"buyer indexes in {time.monotonic() - started:.1f}s", file=sys.stderr)
    install_search_index(engine)
    with engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
    engine.dispose()
    tmp.rename(path)
    print(f"{entities:,} entities -> {path} in {time.monotonic() - started:.1f}s", file=sys.stderr)


def database_for(entities: int, *, force: bool = False, data: Path = DATA) -> Path:
    """The cached benchmark database for `entities` (in `data`), generated when missing."""
    data.mkdir(parents=True, exist_ok=True)
    path = data / f"directory-{entities}.sqlite"
    if force or not path.exists() or _before_name_key(path):
        generate(path, entities)
    return path


def _before_name_key(path: Path) -> bool:
    """A cached database from before the name key (`buyers.name_key`, which the database
    computes from `name_folded` as rows are inserted): generated again."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        columns = {row[1] for row in db.execute("PRAGMA table_xinfo(buyers)")}
    finally:
        db.close()
    return "name_key" not in columns


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--entities", type=int, default=DEFAULT_ENTITIES)
    parser.add_argument("--force", action="store_true", help="regenerate even when cached")
    args = parser.parse_args(argv)
    print(database_for(args.entities, force=args.force))


if __name__ == "__main__":
    main()
