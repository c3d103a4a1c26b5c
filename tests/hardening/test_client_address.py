"""Client addresses come only from proxies the operator names (issue 17, item 4).

X-Forwarded-For is ignored unless `--forwarded-allow-ips` names the proxy (uvicorn's own
default trusts 127.0.0.1, so any local client could pick its address per request); one noisy
client behind a shared address does not lock out the names that signed in from there before;
and refreshing a valid token is never throttled by other clients' failures.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import requests

from portal.__main__ import parse_args
from portal.rules.throttle import ThrottlePolicy
from portal.server import proxy_settings
from tests.hardening.conftest import StartPortal
from tests.hardening.helpers import TIMEOUT
from tests.pg_cluster import PgCluster
from tests.worker_portal import worker_portal

# 3 free failures per name, 8 per address, 3 bad refresh tokens; then long waits.
QUICK = ThrottlePolicy(
    user_free=3, address_free=8, refresh_free=3, delays=2, base_delay=300, lock=900
)


def sign_in(url: str, username: str, password: str, forwarded: str | None = None) -> int:
    headers = {"X-Forwarded-For": forwarded} if forwarded else {}
    return requests.post(
        f"{url}/v1/session",
        json={"username": username, "password": password},
        headers=headers,
        timeout=TIMEOUT,
    ).status_code


def retry_after(url: str, username: str) -> int:
    r = requests.post(
        f"{url}/v1/session", json={"username": username, "password": "x"}, timeout=TIMEOUT
    )
    assert r.status_code == 429, r.text
    return int(r.headers["Retry-After"])


def refresh(url: str, token: str) -> requests.Response:
    return requests.post(
        f"{url}/v1/session/refresh", json={"refresh_token": token}, timeout=TIMEOUT
    )


def spray(url: str, n: int) -> list[int]:
    """n wrong sign-ins, each for another name with another made-up forwarded address."""
    return [sign_in(url, f"user{i}", "Password1", forwarded=f"203.0.113.{i}") for i in range(n)]


def test_a_forwarded_address_is_not_trusted_by_default(start_portal: StartPortal) -> None:
    """The measured defect: 300 names sprayed with a made-up header each were all evaluated."""
    url = start_portal(throttle=QUICK).base_url
    codes = spray(url, 12)
    assert codes[:9] == [401] * 9  # the address's 8 free tries and the one past them
    assert set(codes[9:]) == {429}


def test_a_named_proxy_forwards_the_client_address(start_portal: StartPortal) -> None:
    url = start_portal(throttle=QUICK, forwarded_allow_ips="127.0.0.1").base_url
    assert spray(url, 12) == [401] * 12  # twelve clients behind the proxy, one try each
    noisy = [sign_in(url, f"name{i}", "x", forwarded="198.51.100.7") for i in range(10)]
    assert noisy[:9] == [401] * 9 and noisy[9] == 429
    assert sign_in(url, "elise", "sandbox", forwarded="198.51.100.8") == 200  # another client


def test_one_noisy_client_does_not_lock_out_the_others(start_portal: StartPortal) -> None:
    """The measured defect: behind a local TLS terminator every user shares one address, and
    60 junk sign-ins locked out every user and every refresh for 15 minutes."""
    url = start_portal(throttle=QUICK).base_url
    signed_in = requests.post(
        f"{url}/v1/session", json={"username": "elise", "password": "sandbox"}, timeout=TIMEOUT
    )
    assert signed_in.status_code == 200
    junk = [sign_in(url, f"junk{i}", "x") for i in range(20)]
    assert junk[:9] == [401] * 9 and set(junk[9:]) == {429}  # the address is blocked
    forged = [refresh(url, f"forged-{i}").status_code for i in range(6)]
    assert forged[:4] == [401] * 4 and set(forged[4:]) == {429}  # bad refreshes too
    wait = retry_after(url, "newcomer")
    # elise signed in from this address before: her name is not blocked by the junk ...
    assert sign_in(url, "elise", "sandbox") == 200
    assert retry_after(url, "newcomer") <= wait  # nor does her sign-in lengthen the block
    # ... and her valid refresh token is never throttled by the forged ones.
    renewed = refresh(url, signed_in.json()["refresh_token"])
    assert renewed.status_code == 200, renewed.text
    # A name never seen at this address still waits with the rest of the noise.
    assert sign_in(url, "oskar", "sandbox") == 429


def test_the_command_line_names_the_trusted_proxies() -> None:
    assert parse_args([]).forwarded_allow_ips is None
    args = parse_args(["--forwarded-allow-ips", "10.0.0.2, 10.0.0.3"])
    assert proxy_settings(args.forwarded_allow_ips) == (True, "10.0.0.2,10.0.0.3")
    assert proxy_settings(None) == (False, "")
    assert proxy_settings(" , ") == (False, "")


@pytest.fixture(params=((), ("--forwarded-allow-ips", "127.0.0.1")), ids=("default", "proxy"))
def workers(request: pytest.FixtureRequest, pg_cluster: PgCluster) -> Iterator[tuple[str, bool]]:
    """(base URL, whether 127.0.0.1 is a named proxy) of `supplier-portal --workers 2` over
    PostgreSQL."""
    url = pg_cluster.new_database("address")
    args = ("--generated-buyers", "20", *request.param)
    with worker_portal(url, args=args) as (base_url, _proc):
        yield base_url, bool(request.param)


def test_two_workers_trust_a_forwarded_address_only_from_a_named_proxy(
    workers: tuple[str, bool],
) -> None:
    url, behind_a_named_proxy = workers
    free = ThrottlePolicy().address_free
    codes = spray(url, free + 3)
    if behind_a_named_proxy:
        assert codes == [401] * (free + 3)
    else:
        assert codes[: free + 1] == [401] * (free + 1)
        assert set(codes[free + 1 :]) == {429}
