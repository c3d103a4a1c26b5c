"""Sign-in, refresh rotation, sign-out, and 401 without a valid token."""

from __future__ import annotations

import requests
from portal_helpers import TIMEOUT, sign_in


def _post(url: str, json: object) -> requests.Response:
    return requests.post(url, json=json, timeout=TIMEOUT)


def test_sign_in_gives_tokens_and_me(portal_url: str) -> None:
    api = sign_in(portal_url, "elise")
    assert api.tokens["token_type"] == "bearer"
    assert api.tokens["expires_in"] == 15 * 60
    assert api.tokens["access_token"] != api.tokens["refresh_token"]
    me = api.me()
    assert me["user"]["username"] == "elise"
    assert me["user"]["display_name"] == "Elise"
    names = {a["name"] for a in me["accounts"]}
    assert "Adams Office Supplies (IT) - Test" in names
    assert len(me["accounts"]) == 2
    test_account = next(a for a in me["accounts"] if a["name"].endswith("- Test"))
    assert test_account["is_test"] is True and test_account["country"] == "IT"
    assert test_account["network_number"].startswith("AAA")


def test_wrong_password_and_unknown_user_answer_alike(portal_url: str) -> None:
    wrong = _post(f"{portal_url}/v1/session", {"username": "elise", "password": "nope"})
    unknown = _post(f"{portal_url}/v1/session", {"username": "nobody", "password": "sandbox"})
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()
    assert wrong.json()["error"]["code"] == "invalid_credentials"
    assert "nope" not in wrong.text


def test_refresh_rotates_and_reuse_ends_the_sign_in(portal_url: str) -> None:
    api = sign_in(portal_url, "oskar")
    first = api.tokens["refresh_token"]
    r = _post(f"{portal_url}/v1/session/refresh", {"refresh_token": first})
    assert r.status_code == 200, r.text
    second = r.json()
    assert second["refresh_token"] != first
    # Its successor used in turn (so no answer was lost): the first one is spent for good.
    r = _post(f"{portal_url}/v1/session/refresh", {"refresh_token": second["refresh_token"]})
    assert r.status_code == 200, r.text
    third = r.json()
    new_headers = {"Authorization": f"Bearer {third['access_token']}"}
    assert requests.get(f"{portal_url}/v1/me", headers=new_headers, timeout=TIMEOUT).ok
    # The used refresh token is refused, and its reuse revokes the whole sign-in.
    again = _post(f"{portal_url}/v1/session/refresh", {"refresh_token": first})
    assert again.status_code == 401
    assert again.json()["error"]["code"] == "invalid_refresh_token"
    after = requests.get(f"{portal_url}/v1/me", headers=new_headers, timeout=TIMEOUT)
    assert after.status_code == 401
    refused = _post(f"{portal_url}/v1/session/refresh", {"refresh_token": third["refresh_token"]})
    assert refused.status_code == 401


def test_sign_out_revokes_access_and_refresh(portal_url: str) -> None:
    api = sign_in(portal_url, "elise")
    other = sign_in(portal_url, "elise")  # another sign-in stays valid
    r = requests.delete(f"{portal_url}/v1/session", headers=api.headers, timeout=TIMEOUT)
    assert r.status_code == 204
    assert api.get("/v1/me").status_code == 401
    refresh = _post(
        f"{portal_url}/v1/session/refresh", {"refresh_token": api.tokens["refresh_token"]}
    )
    assert refresh.status_code == 401
    assert other.get("/v1/me").status_code == 200


def test_401_without_or_with_a_bad_token(portal_url: str) -> None:
    for headers in ({}, {"Authorization": "Bearer nonsense"}, {"Authorization": "Basic abc"}):
        r = requests.get(f"{portal_url}/v1/me", headers=headers, timeout=TIMEOUT)
        assert r.status_code == 401
        assert r.json()["error"]["code"] == "unauthorized"
        assert r.json()["error"]["message"]
    api = sign_in(portal_url, "elise")
    # The refresh token is not an access token.
    headers = {"Authorization": f"Bearer {api.tokens['refresh_token']}"}
    assert requests.get(f"{portal_url}/v1/me", headers=headers, timeout=TIMEOUT).status_code == 401
    assert requests.get(f"{portal_url}/v1/sync/accounts", timeout=TIMEOUT).status_code == 401


def test_tokens_are_stored_hashed(portal_server) -> None:  # type: ignore[no-untyped-def]
    from portal_helpers import db_session
    from sqlalchemy import select

    from portal.store import models as m

    api = sign_in(portal_server.base_url, "elise")
    with db_session(portal_server) as s:
        hashes = set(s.scalars(select(m.AuthToken.token_hash)).all())
        password_hashes = s.scalars(select(m.User.password_hash)).all()
    assert api.tokens["access_token"] not in hashes
    assert all(h.startswith("$argon2") for h in password_hashes)
