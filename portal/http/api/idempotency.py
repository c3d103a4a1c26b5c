"""The Idempotency-Key protocol of the POST routes that create things (connection requests,
invoices): a retried request is answered, never done twice.

Any POST takes it as one parameter, `once: Idempotent` (the key checked, the signed-in user,
the request's read and write sessions), then answers with `once.run(body_sha256, create)`;
a route whose work is costly may first ask `once.replayed(body_sha256)`.

The key's row in `idempotency_keys` is written first in the creating transaction, so a twin
in another transaction collides on its primary key and waits for the first one's answer;
an answer stays bound to the body it was made for (a different body under the same key is
refused). An error (ApiError) rolls the transaction back: the key stays unused.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Header
from fastapi.responses import JSONResponse
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from portal.clock import utcnow
from portal.errors import ApiError
from portal.http.api.deps import CurrentUser, ReadSession, WriteSession, current_user
from portal.store import models as m

_KEY = re.compile(r"^[\x21-\x7e]{1,128}$")
# How long a retry waits for the first of its twins to finish.
REPLAY_WAIT_SECONDS = 30.0

Create = Callable[[Session], tuple[int, Any]]  # (status code, JSON-able answer); no commit


def idempotency_key(
    idempotency_key: Annotated[str | None, Header(alias="Idempotency-Key")] = None,
) -> str:
    """The request's Idempotency-Key: required, 1 to 128 visible ASCII characters."""
    if idempotency_key is None or not idempotency_key.strip():
        raise ApiError(422, "idempotency_key_required", "The Idempotency-Key header is required.")
    key = idempotency_key.strip()
    if not _KEY.match(key):
        raise ApiError(
            422,
            "invalid_idempotency_key",
            "The Idempotency-Key must be 1 to 128 visible ASCII characters.",
        )
    return key


IdempotencyKey = Annotated[str, Depends(idempotency_key)]


def fingerprint(*parts: bytes) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()


def json_fingerprint(body: Any) -> str:
    """A JSON body's: the SHA-256 of its canonical form (keys stored before stay valid)."""
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _replay(record: m.IdempotencyRecord, body_sha256: str) -> JSONResponse:
    if record.body_sha256 != body_sha256:
        raise ApiError(
            422,
            "idempotency_key_reused",
            "This Idempotency-Key was already used for a different request.",
        )
    return JSONResponse(json.loads(record.response_json), status_code=record.status_code)


@dataclass(frozen=True)
class Once:
    """One request's Idempotency-Key, bound to its user and the request's two sessions."""

    user_id: str
    key: str
    read: Session
    write: Session

    def replayed(self, body_sha256: str) -> JSONResponse | None:
        """The stored answer when this key was used already (a cheap read before costly work)."""
        try:
            record = self.read.get(m.IdempotencyRecord, (self.user_id, self.key))
            if record is not None and record.status_code:
                return _replay(record, body_sha256)
            return None
        finally:
            self.read.rollback()  # the read's transaction ends here, not with the request

    def run(self, body_sha256: str, create: Create) -> JSONResponse:
        """`create` inside the key's transaction, once per key; a retry gets the same answer."""
        write = self.write
        deadline = time.monotonic() + REPLAY_WAIT_SECONDS
        while True:
            try:
                existing = write.get(m.IdempotencyRecord, (self.user_id, self.key))
                if existing is not None and existing.status_code:
                    return _replay(existing, body_sha256)
                if existing is None:
                    try:
                        return _create(write, self.user_id, self.key, body_sha256, create)
                    except IntegrityError:
                        pass  # a twin got there first: wait for its answer
            finally:
                write.rollback()  # the write lock goes at once (after a commit: nothing to do)
            if time.monotonic() > deadline:
                raise ApiError(
                    409, "request_in_progress", "The same request is still being processed; retry."
                )
            time.sleep(0.05)


def idempotent(
    user: Annotated[CurrentUser, Depends(current_user)],
    key: IdempotencyKey,
    read: ReadSession,
    write: WriteSession,
) -> Once:
    """The dependency: 401 without a signed-in user, 422 without a valid key."""
    return Once(user.user_id, key, read, write)


Idempotent = Annotated[Once, Depends(idempotent)]


def _create(
    session: Session, user_id: str, key: str, body_sha256: str, create: Create
) -> JSONResponse:
    """One transaction: the key's row first (it is the lock), the work, then the answer."""
    record = m.IdempotencyRecord(
        user_id=user_id,
        key=key,
        body_sha256=body_sha256,
        status_code=0,
        response_json="",
        created_at=utcnow(),
    )
    session.add(record)
    session.flush()  # a twin in another transaction collides here (IntegrityError)
    status, answer = create(session)
    record.status_code = status
    record.response_json = json.dumps(answer, separators=(",", ":"))
    session.commit()
    return JSONResponse(answer, status_code=status)
