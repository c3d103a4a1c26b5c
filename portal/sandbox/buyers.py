"""Generated buyers for the sandbox: realistic names per country, VAT numbers valid by stdnum."""

from __future__ import annotations

import random
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import product
from typing import TYPE_CHECKING

from stdnum import get_cc_module, luhn

from wire.text import compact_vat, fold

if TYPE_CHECKING:
    from faker import Faker  # imported when the directory stage runs (slow to import)

# country -> (Faker locale, VAT template without the country prefix).
# "#" is a random digit, "C" a check character found by trying until stdnum agrees,
# other characters are literal.
COUNTRIES: dict[str, tuple[str, str | None]] = {
    "PL": ("pl_PL", "#########C"),
    "DE": ("de_DE", "1#######C"),
    "FR": ("fr_FR", "CC########C"),
    "IT": ("it_IT", "#######00#C"),
    "ES": ("es_ES", "B#######C"),
    "NL": ("nl_NL", "########CB01"),
    "GB": ("en_GB", "#######CC"),
    "SE": ("sv_SE", "5########C01"),
    "DK": ("da_DK", "1######C"),
    "FI": ("fi_FI", "#######C"),
    "CZ": ("cs_CZ", "2######C"),
    "PT": ("pt_PT", "5#######C"),
    "AT": ("de_AT", "U#######C"),
    "BE": ("nl_BE", "0#######CC"),
    "IE": ("en_IE", "#######C"),
    "NO": ("no_NO", "9#######CMVA"),
    "US": ("en_US", None),
    "CH": ("de_CH", None),
}
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVW"
_DIGITS = "0123456789"


@dataclass(frozen=True)
class GeneratedBuyer:
    id: str
    name: str
    country: str
    network_number: str
    vat_number: str | None
    group_index: int | None
    shares_invoice_history: bool
    sandbox_resolution: str


def make_vat(rng: random.Random, country: str) -> str | None:
    """A VAT number (with country prefix) that stdnum's `<cc>.vat.is_valid` accepts."""
    template = COUNTRIES[country][1]
    if template is None:
        return None
    module = get_cc_module(country.lower(), "vat")
    assert module is not None, country
    if country == "FR":
        siren = "".join(rng.choice(_DIGITS) for _ in range(8))
        siren += luhn.calc_check_digit(siren)
        vat = f"FR{(12 + 3 * (int(siren) % 97)) % 97:02d}{siren}"
        if module.is_valid(vat):
            return vat
    alphabet = _LETTERS if country == "IE" else _DIGITS
    checks = template.count("C")
    for _attempt in range(50):
        base = "".join(rng.choice(_DIGITS) if ch == "#" else ch for ch in template)
        if country == "IT":
            base = base[:7] + f"{rng.randint(1, 99):03d}" + base[10:]
        for combo in product(alphabet, repeat=checks):
            it = iter(combo)
            candidate = "".join(next(it) if ch == "C" else ch for ch in base)
            if module.is_valid(country + candidate):
                return country + candidate
    raise RuntimeError(f"could not make a VAT number for {country}")


def generate_buyers(
    count: int, rng: random.Random, taken_numbers: set[str]
) -> tuple[list[str], list[GeneratedBuyer]]:
    """`count` buyers across COUNTRIES; returns (group names, buyers)."""
    fakers: dict[str, Faker] = {}
    countries = list(COUNTRIES)
    groups: list[str] = []
    buyers: list[GeneratedBuyer] = []
    names: set[str] = set()
    for country, name, group_index in _names(count, rng, countries, fakers, groups):
        if name in names:
            name = f"{name} ({country})"
        names.add(name)
        buyers.append(
            GeneratedBuyer(
                id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                name=name,
                country=country,
                network_number=network_number(rng, taken_numbers),
                vat_number=make_vat(rng, country),
                group_index=group_index,
                shares_invoice_history=rng.random() < 0.15,
                sandbox_resolution="rejected" if rng.random() < 0.05 else "connected",
            )
        )
    return groups, buyers


# Making a Faker loads its locale's providers (about 0.1 s each): each thread keeps the ones
# it made and seeds one again for every generation, which draws the same names as a new one.
_made = threading.local()


def _faker(country: str, fakers: dict[str, Faker], rng: random.Random) -> Faker:
    if country not in fakers:
        made: dict[str, Faker] = _made.__dict__.setdefault("fakers", {})
        locale = COUNTRIES[country][0]
        if locale not in made:
            from faker import Faker

            made[locale] = Faker(locale)
        fake = made[locale]
        fake.seed_instance(rng.getrandbits(32))
        fakers[country] = fake
    return fakers[country]


def _names(
    count: int,
    rng: random.Random,
    countries: list[str],
    fakers: dict[str, Faker],
    groups: list[str],
) -> Iterator[tuple[str, str, int | None]]:
    made = 0
    while made < count:
        if rng.random() < 0.04 and count - made >= 2:
            # A customer with trading entities in several countries.
            brand = _faker("GB", fakers, rng).last_name()
            groups.append(f"{brand.upper()} ALL COMPANIES GROUP")
            size = min(rng.randint(2, 8), count - made)
            for country in rng.sample(countries, size):
                suffix = _faker(country, fakers, rng).company_suffix()
                yield country, f"{brand} {country} {suffix}".strip(), len(groups) - 1
                made += 1
            continue
        country = rng.choice(countries)
        yield country, _faker(country, fakers, rng).company(), None
        made += 1


def network_number(rng: random.Random, taken: set[str]) -> str:
    while True:
        number = f"AAA{rng.randrange(10**8, 10**9)}"
        if number not in taken:
            taken.add(number)
            return number


def vat_compact(vat: str | None) -> str | None:
    """The VAT number without its 2-letter country prefix, for exact lookups."""
    if not vat:
        return None
    compact = compact_vat(vat)
    return compact[2:] if compact[:2].isalpha() else compact


def folded(name: str) -> str:
    return fold(name)
