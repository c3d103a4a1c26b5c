from __future__ import annotations

import pytest

from einvoice.rules import RuleBook


@pytest.fixture(scope="session")
def rulebook() -> RuleBook:
    return RuleBook()
