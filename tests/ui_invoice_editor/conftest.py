"""The invoice editor against a real portal: the app shell's fixtures, a portal of this
package's own, and the language the UI is shown in."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.app.i18n import Translations
from portal.server import PortalServer
from tests.ui.conftest import memory_keyring, start_app  # noqa: F401 - fixtures for this package


@pytest.fixture(autouse=True)
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    chosen = getattr(request, "param", "en")
    translations = Translations()
    translations.install(chosen)
    yield chosen
    translations.remove()


@pytest.fixture(scope="package")
def editor_portal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PortalServer]:
    path = tmp_path_factory.mktemp("editor-portal") / "portal.db"
    server = PortalServer(str(path), sandbox=True, ticket_delay=3600, generated_buyers=50)
    server.start()
    yield server
    server.stop()
