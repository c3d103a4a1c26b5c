"""My account: a profile edit saved offline reaches the network once it answers, and comes
back through the `supplier-profiles` sync; a pull never overwrites an edit still waiting."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cache import Cache
from desktop.sync import PortalUnreachable, SyncEngine
from wire.profile import SupplierProfileUpdate

from .conftest import RunningPortal, signed_in


def _edit(**changes: str) -> SupplierProfileUpdate:
    base = {
        "legal_name": "Adams Office Supplies Sp. z o.o.",
        "street": "ul. Nowa 5",
        "city": "Kraków",
        "postal_code": "30-001",
        "country": "PL",
        "vat_number": "PL5260250995",
        "company_id": "0000999999",
        "iban": "PL61109010140000071219812874",
        "bic": "BPKOPLPW",
        "contact_name": "Elise",
        "contact_email": "elise@example.com",
        "contact_phone": "+48 12 000 00 00",
    }
    return SupplierProfileUpdate(**{**base, **changes})


def test_profiles_come_with_the_first_sync(core_portal: RunningPortal, tmp_path: Path) -> None:
    client = signed_in(core_portal.url)
    cache = Cache.open(tmp_path / "c.sqlite")
    SyncEngine(client, cache).sync()
    for account in client.me().accounts:
        state = cache.profile(account.id)
        assert state.synced is not None and state.pending is None
        assert state.synced.vat_number and state.synced.iban
        assert state.synced.legal_name == account.name
    cache.close()


def test_an_edit_saved_offline_is_sent_when_the_network_answers(
    core_portal: RunningPortal, closed_port_url: str, tmp_path: Path
) -> None:
    client = signed_in(core_portal.url)
    account = next(a.id for a in client.me().accounts if not a.is_test)
    cache = Cache.open(tmp_path / "c.sqlite")
    SyncEngine(client, cache).sync()

    cache.save_profile(account, _edit(city="Gdańsk"))
    client.base_url = closed_port_url  # the network goes away
    with pytest.raises(PortalUnreachable):
        SyncEngine(client, cache).sync()
    state = cache.profile(account)
    assert state.pending is not None and state.pending.city == "Gdańsk"
    assert state.shown is not None and state.shown.city == "Gdańsk"

    client.base_url = core_portal.url  # and comes back
    result = SyncEngine(client, cache).sync()
    assert "supplier-profiles" in result.changed
    state = cache.profile(account)
    assert state.pending is None and state.error is None
    assert state.synced is not None and state.synced.city == "Gdańsk"
    assert signed_in(core_portal.url).profile(account).city == "Gdańsk"
    assert cache.profiles_waiting() == []
    cache.close()


def test_a_pull_keeps_an_edit_still_waiting(core_portal: RunningPortal, tmp_path: Path) -> None:
    client = signed_in(core_portal.url)
    account = next(a.id for a in client.me().accounts if not a.is_test)
    cache = Cache.open(tmp_path / "c.sqlite")
    cache.save_profile(account, _edit(city="Poznań"))
    SyncEngine(client, cache).pull()  # a pull alone, no push
    state = cache.profile(account)
    assert state.pending is not None and state.pending.city == "Poznań"
    assert state.synced is not None  # the network's copy arrived beside it
    cache.close()
