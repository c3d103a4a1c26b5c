"""`GET /v1/directory` and `GET /v1/directory/groups/{id}` over HTTP against the sandbox portal."""

from __future__ import annotations

from typing import Any

import pytest
import requests

from portal.sandbox.demo import GROUP_NAME, LODZ, TECH_BUYER, TECH_BUYER_NUMBER, ZOLTA
from wire.schemas import DirectoryPage, GroupDetail

TIMEOUT = 60  # a request's liveness bound, not a speed check


@pytest.fixture(scope="module")
def http(portal_url: str) -> requests.Session:
    session = requests.Session()
    answer = session.post(
        f"{portal_url}/v1/session",
        json={"username": "elise", "password": "sandbox"},
        timeout=TIMEOUT,
    )
    assert answer.status_code == 200, answer.text
    session.headers["Authorization"] = f"Bearer {answer.json()['access_token']}"
    return session


def directory(http: requests.Session, url: str, **params: Any) -> DirectoryPage:
    answer = http.get(f"{url}/v1/directory", params=params, timeout=TIMEOUT)
    assert answer.status_code == 200, answer.text
    return DirectoryPage.model_validate(answer.json())


def names(page: DirectoryPage) -> list[str]:
    return [item.name for item in page.items]


def test_search_needs_a_signed_in_user(portal_url: str) -> None:
    answer = requests.get(f"{portal_url}/v1/directory", params={"q": "lodz"}, timeout=TIMEOUT)
    assert answer.status_code == 401
    assert answer.json()["error"]["code"] == "unauthorized"
    answer = requests.get(f"{portal_url}/v1/directory/groups/x", timeout=TIMEOUT)
    assert answer.status_code == 401


def test_fragments_with_and_without_diacritics(http: requests.Session, portal_url: str) -> None:
    found = names(directory(http, portal_url, q="lodz"))
    # The name that starts with "lodz" before the one where a later word does.
    assert found.index("Łódzkie Zakłady Papiernicze S.A.") < found.index(LODZ)
    assert names(directory(http, portal_url, q="Łódź")) == found
    assert ZOLTA in names(directory(http, portal_url, q="zolta"))
    assert ZOLTA in names(directory(http, portal_url, q="ÓŁTA ŁÓD"))  # inside a word, any case


def test_network_number_exact_and_prefix(http: requests.Session, portal_url: str) -> None:
    for q in (TECH_BUYER_NUMBER, TECH_BUYER_NUMBER.lower(), TECH_BUYER_NUMBER[:7]):
        page = directory(http, portal_url, q=q)
        assert page.items[0].name == TECH_BUYER, q
        assert page.items[0].country == "MY"
        assert page.items[0].group_name == "TECHNICAL SERVICES TEST GROUP"
        assert page.items[0].group_id


def test_vat_number_with_or_without_prefix_and_spaces(
    http: requests.Session, portal_url: str
) -> None:
    zolta = next(
        item for item in directory(http, portal_url, q="zolta").items if item.name == ZOLTA
    )
    assert zolta.vat_number
    compact = "".join(ch for ch in zolta.vat_number if ch.isalnum())
    spaced = f"{compact[:2]} {compact[2:5]} {compact[5:8]} {compact[8:]}"
    for q in (compact, compact[2:], spaced, spaced[3:], zolta.vat_number):
        assert names(directory(http, portal_url, q=q)) == [ZOLTA], q


def test_groups_found_and_listed_by_country(http: requests.Session, portal_url: str) -> None:
    page = directory(http, portal_url, q="nordwind")
    group = next(item for item in page.items if item.kind == "group")
    assert group.name == GROUP_NAME
    members = [item for item in page.items if item.group_id == group.id]
    assert members and all(item.group_name == GROUP_NAME for item in members)
    answer = http.get(f"{portal_url}/v1/directory/groups/{group.id}", timeout=TIMEOUT)
    assert answer.status_code == 200, answer.text
    detail = GroupDetail.model_validate(answer.json())
    countries = [c.country for c in detail.countries]
    assert countries == sorted(countries) == ["BG", "DE", "GB", "GG", "PL"]
    for country in detail.countries:
        entity_names = [e.name for e in country.entities]
        assert entity_names == sorted(entity_names)
    assert sum(len(c.entities) for c in detail.countries) == 7
    missing = http.get(f"{portal_url}/v1/directory/groups/no-such-group", timeout=TIMEOUT)
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "not_found"


def test_country_filter(http: requests.Session, portal_url: str) -> None:
    page = directory(http, portal_url, q="nordwind", country="pl")
    assert names(page) == ["Nordwind Polska Sp. z o.o."]


def test_paging_is_stable_and_complete(http: requests.Session, portal_url: str) -> None:
    # "c": over 30 entries, under 100 (with "S.A." a word start, "a" has more than 100)
    whole = directory(http, portal_url, q="c", limit=100)
    assert len(whole.items) > 30 and whole.next_cursor is None
    seen: list[str] = []
    cursor: str | None = None
    for _ in range(100):
        page = directory(http, portal_url, q="c", limit=7, **({"cursor": cursor} if cursor else {}))
        seen.extend(item.id for item in page.items)
        cursor = page.next_cursor
        if cursor is None:
            break
    assert seen == [item.id for item in whole.items]


@pytest.mark.parametrize(
    "params",
    [
        {"q": "x" * 101},
        {"q": "lodz", "limit": 0},
        {"q": "lodz", "limit": 101},
        {"q": "lodz", "country": "POL"},
        {"q": "lodz", "cursor": "garbage!"},
    ],
)
def test_bad_input_is_refused(http: requests.Session, portal_url: str, params: Any) -> None:
    answer = http.get(f"{portal_url}/v1/directory", params=params, timeout=TIMEOUT)
    assert answer.status_code == 422
    assert answer.json()["error"]["message"]


def test_empty_query_answers_an_empty_page(http: requests.Session, portal_url: str) -> None:
    assert directory(http, portal_url, q="   ").items == []
    assert directory(http, portal_url).items == []
    assert directory(http, portal_url, q="qxjzvw").items == []
