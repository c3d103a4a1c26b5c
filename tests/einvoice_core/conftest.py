from __future__ import annotations

from collections.abc import Iterator

import pytest

from einvoice.rule_server import RuleServer
from einvoice.rules import RuleChecker


@pytest.fixture(scope="session")
def rulebook() -> Iterator[RuleChecker]:
    """The official rules as the app and the portal run them: a `RuleBook` in a child process
    of its own. The native engine (SaxonC, a GraalVM image) is never loaded into the test
    process, where Qt, uvicorn and psycopg threads run beside it."""
    server = RuleServer()
    server.start()
    yield server
    server.close()
