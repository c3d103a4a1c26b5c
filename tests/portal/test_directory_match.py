"""`POST /v1/directory/match` over HTTP against the sandbox portal: numbers, VAT, names."""

from __future__ import annotations

from typing import Any

import pytest
from portal_helpers import Api, db_session
from sqlalchemy import select

from portal.rules.matching import check_vat, name_core
from portal.sandbox.demo import TECH_BUYER, TECH_BUYER_NUMBER, ZOLTA
from portal.server import PortalServer
from portal.store import models as m
from wire.schemas import MATCH_ROWS_MAX, MatchResponse, MatchResult


def match(api: Api, *rows: dict[str, Any]) -> list[MatchResult]:
    body = {"rows": [{"ref": str(i), **row} for i, row in enumerate(rows)]}
    answer = api.post("/v1/directory/match", json=body)
    assert answer.status_code == 200, answer.text
    results = MatchResponse.model_validate(answer.json()).results
    assert [r.ref for r in results] == [str(i) for i in range(len(rows))]
    return results


@pytest.fixture(scope="module")
def polish_buyer(portal_server: PortalServer) -> tuple[str, str, str]:
    """A generated Polish buyer with a VAT number: (id, name, VAT number)."""
    with db_session(portal_server) as s:
        row = s.execute(
            select(m.Buyer.id, m.Buyer.name, m.Buyer.vat_number)
            .where(m.Buyer.country == "PL", m.Buyer.vat_number.is_not(None))
            .order_by(m.Buyer.network_number)
            .limit(1)
        ).one()
    return row[0], row[1], str(row[2])


def test_match_needs_a_signed_in_user(portal_url: str) -> None:
    import requests

    answer = requests.post(
        f"{portal_url}/v1/directory/match", json={"rows": [{"ref": "1", "name": "x"}]}, timeout=10
    )
    assert answer.status_code == 401


def test_network_number_is_exact_however_it_is_typed(elise: Api) -> None:
    (plain, spaced) = match(
        elise,
        {"network_number": TECH_BUYER_NUMBER, "name": "something else"},
        {"network_number": " aaa-206 515 132 "},
    )
    for result in (plain, spaced):
        assert result.state == "exact" and result.basis == "network_number"
        assert [c.buyer.name for c in result.candidates] == [TECH_BUYER]


def test_vat_number_with_or_without_prefix_spaces_and_dashes(
    elise: Api, polish_buyer: tuple[str, str, str]
) -> None:
    buyer_id, _name, vat = polish_buyer
    bare = vat[2:]
    dashed = f"{bare[:3]}-{bare[3:6]}-{bare[6:8]}-{bare[8:]}"
    results = match(
        elise,
        {"vat_number": vat},
        {"vat_number": f"pl {dashed}"},
        {"vat_number": bare, "country": "PL"},
        {"vat_number": dashed, "country": "pl"},
    )
    for result in results:
        assert result.state == "exact" and result.basis == "vat", result
        assert result.candidates[0].buyer.id == buyer_id


def test_invalid_and_wrong_country_vat_are_flagged(
    elise: Api, polish_buyer: tuple[str, str, str]
) -> None:
    _id, name, vat = polish_buyer
    broken = vat[:-1] + str((int(vat[-1]) + 1) % 10)  # the check digit no longer fits
    invalid, wrong_country = match(
        elise,
        {"vat_number": broken, "name": name},
        {"vat_number": vat, "country": "DE"},
    )
    assert invalid.state == "invalid_vat" and invalid.vat_problem == "invalid"
    # The name still offers the buyer to choose.
    assert invalid.candidates and invalid.candidates[0].buyer.name == name
    assert wrong_country.state == "invalid_vat" and wrong_country.vat_problem == "wrong_country"


def test_names_ignore_case_diacritics_punctuation_and_legal_forms(elise: Api) -> None:
    shouting, other_form, typo = match(
        elise,
        {"name": "ZOLTA LODKA", "country": "PL"},
        {"name": "Żółta Łódka spółka z ograniczoną odpowiedzialnością"},
        {"name": "Zolta Lodkaa Sp. z o.o.", "country": "PL"},
    )
    for result in (shouting, other_form):
        assert result.state == "probable" and result.basis == "name"
        assert result.candidates[0].buyer.name == ZOLTA
        assert result.candidates[0].score == 1.0
    assert typo.state == "probable"
    assert typo.candidates[0].buyer.name == ZOLTA
    assert 0.6 <= typo.candidates[0].score < 1.0


def test_country_limits_name_candidates_and_unknown_names_are_not_found(elise: Api) -> None:
    in_poland, in_britain, nowhere = match(
        elise,
        {"name": "Nordwind Polska", "country": "PL"},
        {"name": "Nordwind Polska", "country": "MY"},
        {"name": "Qxjzvw Nonexistent Trading GmbH"},
    )
    assert in_poland.candidates[0].buyer.name == "Nordwind Polska Sp. z o.o."
    assert in_poland.candidates[0].buyer.group_name == "NORDWIND ALL COMPANIES GROUP"
    assert all(c.buyer.country == "MY" for c in in_britain.candidates)
    assert in_britain.state == "not_found"
    assert nowhere.state == "not_found" and nowhere.candidates == []


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"rows": []}, "invalid_request"),
        ({"rows": [{"ref": str(i), "name": "x"} for i in range(MATCH_ROWS_MAX + 1)]}, None),
        ({"rows": [{"ref": "1", "name": "a"}, {"ref": "1", "name": "b"}]}, "duplicate_ref"),
        ({"rows": [{"ref": "1", "name": "a", "country": "Poland"}]}, None),
        ({"rows": [{"ref": "1", "name": "a" * 300}]}, None),
    ],
)
def test_bad_bodies_are_refused(elise: Api, body: dict[str, Any], code: str | None) -> None:
    answer = elise.post("/v1/directory/match", json=body)
    assert answer.status_code == 422, answer.text
    assert "error" in answer.json()
    if code == "duplicate_ref":
        assert answer.json()["error"]["code"] == code


def test_names_and_vat_numbers_alone() -> None:
    assert name_core("Nordwind Deutschland GmbH & Co. KG") == "nordwind deutschland"
    assert name_core("AB Volvo (publ)") == "volvo"
    assert name_core("ACME Ltd.") == name_core("Acme Limited") == "acme"
    assert check_vat("DE 123", "PL") is not None
    assert check_vat("", None) is None
