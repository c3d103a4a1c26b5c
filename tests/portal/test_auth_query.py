"""The access-token check: one indexed query, expiry and revocation read every time."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from portal.clock import utcnow
from portal.errors import ApiError
from portal.http.api.deps import user_from_rows
from portal.rules.auth import (
    LIVE_ACCESS,
    _live_access_sqlite,
    issue_tokens,
    live_access,
    live_access_sqlite,
)
from portal.store.models import AuthToken, Base, SupplierAccount, User, UserAccount


@pytest.fixture()
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = create_engine(f"sqlite:///{tmp_path / 'auth.sqlite'}")
    Base.metadata.create_all(engine)
    with Session(engine) as s:
        s.add(User(id="u1", username="ada", display_name="Ada", password_hash="x"))
        s.add(User(id="u2", username="bob", display_name="Bob", password_hash="x"))
        for n in (1, 2):
            s.add(SupplierAccount(id=f"a{n}", network_number=f"AAA{n}", name=f"A{n}", country="PL"))
            s.add(UserAccount(user_id="u1", account_id=f"a{n}"))
        s.commit()
    yield engine
    engine.dispose()


def _tokens(engine: Engine, user_id: str) -> tuple[str, str]:
    with Session(engine) as s:
        tokens = issue_tokens(s, user_id)
        s.commit()
    return tokens.access_token, tokens.refresh_token


def _both(engine: Engine, token: str) -> list[tuple[str, str, str, str, str | None]]:
    """Core and plain sqlite3 answers, which must agree."""
    with engine.connect() as conn:
        core = sorted(live_access(conn, token), key=str)
    raw = sqlite3.connect(engine.url.database or "")
    try:
        plain = sorted(live_access_sqlite(raw, token), key=str)
    finally:
        raw.close()
    assert core == plain
    return core


def test_live_token_gives_the_user_and_all_accounts(engine: Engine) -> None:
    access, _ = _tokens(engine, "u1")
    user = user_from_rows(_both(engine, access))
    assert (user.user_id, user.username, user.display_name) == ("u1", "ada", "Ada")
    assert user.account_ids == {"a1", "a2"}
    assert user.token_family


def test_user_without_accounts_is_still_signed_in(engine: Engine) -> None:
    access, _ = _tokens(engine, "u2")
    user = user_from_rows(_both(engine, access))
    assert user.username == "bob" and user.account_ids == frozenset()


@pytest.mark.parametrize("change", ["revoked", "expired"])
def test_revoked_or_expired_token_fails_at_once(engine: Engine, change: str) -> None:
    access, _ = _tokens(engine, "u1")
    assert _both(engine, access)
    values = (
        {"revoked": True}
        if change == "revoked"
        else {"expires_at": utcnow() - timedelta(seconds=1)}
    )
    with Session(engine) as s:
        s.execute(update(AuthToken).values(**values))
        s.commit()
    assert _both(engine, access) == []
    with pytest.raises(ApiError) as err:
        user_from_rows([])
    assert err.value.status == 401


def test_refresh_token_and_unknown_token_are_refused(engine: Engine) -> None:
    _, refresh = _tokens(engine, "u1")
    assert _both(engine, refresh) == []
    assert _both(engine, "nonsense") == []


def test_the_query_is_indexed(engine: Engine) -> None:
    sql, order, _ = _live_access_sqlite()
    assert str(LIVE_ACCESS.compile(engine)) == sql
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        plan = " | ".join(
            row[3] for row in raw.execute(f"EXPLAIN QUERY PLAN {sql}", ["x"] * len(order))
        )
    assert "SEARCH auth_tokens USING INDEX sqlite_autoindex_auth_tokens_1 (token_hash=?)" in plan
    assert "SEARCH users USING INDEX" in plan, plan
    assert "SEARCH user_accounts USING COVERING INDEX" in plan, plan
    assert "SCAN" not in plan, plan
