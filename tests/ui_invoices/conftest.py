"""Invoice pages against the real portal: the app shell's fixtures (a signed-in session over a
real SQLite cache, a memory keychain), and the language the UI is shown in."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.app.i18n import Translations
from portal.server import PortalServer
from tests.ui.conftest import memory_keyring, start_app  # noqa: F401 - fixtures for this package


@pytest.fixture(autouse=True)
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """English (with its plural forms), or Polish for a test marked
    `@pytest.mark.parametrize("language", ["pl"], indirect=True)`."""
    chosen = getattr(request, "param", "en")
    translations = Translations()
    translations.install(chosen)
    yield chosen
    translations.remove()


@pytest.fixture(scope="package")
def invoice_portal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PortalServer]:
    """A sandbox portal of this package's own, whose invoices only these tests move: the
    pages are compared with what it holds."""
    path = tmp_path_factory.mktemp("invoice-portal") / "portal.db"
    server = PortalServer(str(path), sandbox=True, ticket_delay=3600, generated_buyers=50)
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="package")
def invoice_url(invoice_portal: PortalServer) -> str:
    return invoice_portal.base_url
