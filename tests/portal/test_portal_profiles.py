"""My account's profile on the network: GET/PUT /v1/accounts/{id}/profile and its sync."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import requests
from portal_helpers import TIMEOUT, Api

GOOD = {
    "legal_name": "Adams Office Supplies Sp. z o.o.",
    "street": "ul. Prosta 1",
    "city": "Łódź",
    "postal_code": "90-001",
    "country": "PL",
    "vat_number": "PL 526-025-09-95",
    "company_id": "0000123456",
    "iban": "PL61 1090 1014 0000 0712 1981 2874",
    "bic": "BPKOPLPW",
    "contact_name": "Elise",
    "contact_email": "elise@example.com",
    "contact_phone": "+48 22 123 45 67",
}


def _put(api: Api, account_id: str, body: dict[str, str]) -> requests.Response:
    return requests.put(
        f"{api.base_url}/v1/accounts/{account_id}/profile",
        json=body,
        headers=api.headers,
        timeout=TIMEOUT,
    )


def test_the_sandbox_accounts_have_checked_profiles(elise: Api) -> None:
    for account in elise.me()["accounts"]:
        got = elise.get(f"/v1/accounts/{account['id']}/profile")
        assert got.status_code == 200, got.text
        body = got.json()
        assert body["account_id"] == account["id"]
        assert body["country"] == account["country"]
        assert body["vat_number"] and body["iban"] and body["bic"]


def test_a_saved_profile_is_compacted_read_back_and_synced(elise: Api) -> None:
    account = elise.account_id("Sp. z o.o.")
    saved = _put(elise, account, GOOD)
    assert saved.status_code == 200, saved.text
    assert saved.json()["vat_number"] == "PL5260250995"
    assert saved.json()["iban"] == "PL61109010140000071219812874"
    assert elise.get(f"/v1/accounts/{account}/profile").json()["city"] == "Łódź"
    synced = {e["id"]: e for e in elise.sync_all("supplier-profiles")}
    assert synced[account]["data"]["vat_number"] == "PL5260250995"
    assert set(synced) <= {a["id"] for a in elise.me()["accounts"]}


def test_a_profile_that_does_not_pass_is_refused_and_nothing_changes(elise: Api) -> None:
    account = elise.account_id("Sp. z o.o.")
    before = elise.get(f"/v1/accounts/{account}/profile").json()
    for field, bad in (
        ("vat_number", "PL5260250990"),
        ("iban", "PL61109010140000071219812875"),
        ("bic", "BPKO"),
        ("country", "P1"),
        ("legal_name", ""),
        ("legal_name", "x" * 100_000),
    ):
        refused = _put(elise, account, {**GOOD, field: bad})
        assert refused.status_code == 422, (field, refused.text)
    assert elise.get(f"/v1/accounts/{account}/profile").json() == before


def test_another_suppliers_profile_is_404(elise: Api, oskar: Api) -> None:
    oskars = oskar.me()["accounts"][0]["id"]
    assert elise.get(f"/v1/accounts/{oskars}/profile").status_code == 404
    assert _put(elise, oskars, GOOD).status_code == 404
    assert oskars not in {e["id"] for e in elise.sync_all("supplier-profiles")}


def test_saves_at_once_each_answer_and_one_stays(elise: Api) -> None:
    """Twenty saves fired together (one upsert statement each): all answer 200 and the
    profile read back is one of them whole."""
    account = elise.account_id("- Test")
    bodies = [
        {**GOOD, "country": "IT", "vat_number": "IT00743110157", "contact_name": f"n{i}"}
        for i in range(20)
    ]
    with ThreadPoolExecutor(max_workers=10) as pool:
        answers = list(pool.map(lambda b: _put(elise, account, b), bodies))
    assert [a.status_code for a in answers] == [200] * 20
    final = elise.get(f"/v1/accounts/{account}/profile").json()
    assert final["contact_name"] in {b["contact_name"] for b in bodies}
