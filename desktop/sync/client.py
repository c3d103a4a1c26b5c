"""The portal's HTTP API v1 over one requests Session.

Every call has a timeout and verifies TLS; idempotent calls (GET, and the POST of a
connection request, which carries an Idempotency-Key) are retried with exponential
backoff; a 401 refreshes the access token once; answers are capped in size and parsed
with the wire models.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar
from urllib.parse import quote

import orjson
import requests
from pydantic import BaseModel, RootModel, ValidationError

from desktop.cache.collections import SYNC_COLLECTIONS
from wire import schemas as w
from wire.filetypes import ATTACHMENT_MAX_BYTES
from wire.profile import SupplierProfile, SupplierProfileUpdate

from .errors import (
    AuthFailed,
    BadAnswer,
    PortalError,
    PortalRefused,
    PortalUnreachable,
    TooManyAttempts,
)

log = logging.getLogger(__name__)
# How long a call waits for a sign-in that is on its way (the sandbox starting behind the window).
SESSION_WAIT_SECONDS = 60.0

M = TypeVar("M", bound=BaseModel)
TokensCallback = Callable[[w.SessionTokens | None], None]

MAX_ANSWER_BYTES = 20 * 1024 * 1024
RETRY_STATUSES = frozenset({502, 503, 504})
MATCH_READ_TIMEOUT = 60.0  # s: `match_directory`'s answer (500 rows) may take a while
# Each collection's item model, from its one declaration (`desktop/cache/collections.py`).
SYNC_MODELS: dict[str, type[BaseModel]] = {c: s.model for c, s in SYNC_COLLECTIONS.items()}


class PortalClient:
    def __init__(
        self,
        base_url: str,
        *,
        timeout: float | tuple[float, float] = (3.05, 15),
        verify: bool | str = True,
        retries: int = 3,
        backoff: float = 0.25,
        max_answer_bytes: int = MAX_ANSWER_BYTES,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.retries = max(1, retries)
        self.backoff = backoff
        self.max_answer_bytes = max_answer_bytes
        self._session = requests.Session()
        self._session.verify = verify  # True, or the path of a CA bundle
        self._session.headers["Accept"] = "application/json"
        self._session.headers["User-Agent"] = "SupplierDesk/0.1"
        self._tokens: w.SessionTokens | None = None
        self._token_lock = threading.Lock()
        # Set unless a sign-in is on its way (behind the window): calls that need one wait.
        self._session_settled = threading.Event()
        self._session_settled.set()
        self._callbacks: list[TokensCallback] = []

    # --- tokens ------------------------------------------------------------------
    @property
    def tokens(self) -> w.SessionTokens | None:
        return self._tokens

    def on_tokens_changed(self, callback: TokensCallback) -> None:
        """Called with the new tokens (or None when signed out): store the refresh token."""
        self._callbacks.append(callback)

    def expect_session(self) -> None:
        """A sign-in is on its way: a call that needs one waits for it (at most
        SESSION_WAIT_SECONDS) instead of failing with "Sign in first."."""
        self._session_settled.clear()

    def session_settled(self) -> None:
        """The awaited sign-in is done or given up: waiting calls go on (or fail)."""
        self._session_settled.set()

    def _set_tokens(self, tokens: w.SessionTokens | None) -> None:
        self._tokens = tokens
        if tokens is not None:
            self._session_settled.set()
        for callback in list(self._callbacks):
            try:
                callback(tokens)
            except Exception:  # a broken listener must not break the session
                log.exception("tokens callback failed")

    # --- session -----------------------------------------------------------------
    def sign_in(self, username: str, password: str) -> w.SessionTokens:
        try:
            body = w.SessionCreate(username=username, password=password)
        except ValidationError as exc:
            raise AuthFailed("The user name or password is not valid.") from exc
        tokens = self._call(
            "POST", "/v1/session", w.SessionTokens, json=body.model_dump(), auth=False
        )
        self._set_tokens(tokens)
        return tokens

    def resume(self, refresh_token: str) -> w.SessionTokens:
        """Start from a stored refresh token (remember me)."""
        return self._refresh(refresh_token)

    def sign_out(self) -> None:
        """End the sign-in on the portal if it answers; forget the tokens either way."""
        if self._tokens is not None:
            try:
                self._call("DELETE", "/v1/session", None, refresh=False)
            except PortalError as exc:
                log.info("sign out: portal not told (%s)", type(exc).__name__)
        self._set_tokens(None)

    def _refresh(self, refresh_token: str) -> w.SessionTokens:
        try:
            body = w.SessionRefresh(refresh_token=refresh_token)
        except ValidationError as exc:
            raise AuthFailed("The stored session is not valid; sign in again.") from exc
        # Retried, also when the answer is cut off: the portal accepts the same refresh token
        # again for a short while when the new one was never used (its answer was lost).
        for attempt in range(self.retries):
            if attempt:
                time.sleep(self.backoff * (2 ** (attempt - 1)) * (1 + random.random() / 4))
            try:
                tokens = self._call(
                    "POST",
                    "/v1/session/refresh",
                    w.SessionTokens,
                    json=body.model_dump(),
                    auth=False,
                    idempotent=True,
                )
            except TooManyAttempts:
                raise
            except PortalRefused as exc:
                raise AuthFailed("The session has ended; sign in again.") from exc
            except (PortalUnreachable, BadAnswer):
                if attempt + 1 < self.retries:
                    continue
                raise
            self._set_tokens(tokens)
            return tokens
        raise AssertionError("unreachable")  # pragma: no cover

    def _refresh_after_401(self, used_access: str | None) -> None:
        with self._token_lock:
            current = self._tokens
            if current is None:
                raise AuthFailed("Sign in first.")
            if current.access_token != used_access:
                return  # another thread refreshed meanwhile; reusing the old one would end the session
            self._refresh(current.refresh_token)

    def probe(self) -> None:
        """Whether the portal answers at all, without a sign-in: PortalUnreachable if not."""
        response = self._send("GET", "/v1/me", auth=False, idempotent=False, headers=None)
        status = response.status_code
        response.close()
        if status >= 500:
            raise PortalUnreachable(
                f"The portal is not working right now (HTTP {status}).", code=f"http_{status}"
            )

    # --- API ---------------------------------------------------------------------
    def me(self) -> w.Me:
        return self._call("GET", "/v1/me", w.Me)

    def sync_page(
        self, collection: str, after: str | None, limit: int, *, count: bool = False
    ) -> w.SyncPage[Any]:
        """One page of changes. Invoices come as raw JSON dicts (`RAW_COLLECTIONS`): the cache
        checks each one, so a malformed invoice is skipped instead of failing its page.
        `count`: ask for `remaining` on this page too."""
        model = SYNC_MODELS.get(collection)
        if model is None:
            raise ValueError(f"unknown collection {collection!r}")
        params: dict[str, Any] = {"limit": limit}
        if after:
            params["after"] = after
        if count:
            params["count"] = "true"
        page_model = _RawPage if collection in RAW_COLLECTIONS else w.SyncPage[model]  # type: ignore[valid-type]
        return self._call("GET", f"/v1/sync/{collection}", page_model, params=params)

    def directory(
        self, q: str, country: str | None = None, limit: int = 20, cursor: str | None = None
    ) -> w.DirectoryPage:
        params: dict[str, Any] = {"q": q, "limit": limit}
        if country:
            params["country"] = country
        if cursor:
            params["cursor"] = cursor
        return self._call("GET", "/v1/directory", w.DirectoryPage, params=params)

    def match_directory(self, rows: list[w.MatchRow]) -> w.MatchResponse:
        """Bulk connect: up to `MATCH_ROWS_MAX` rows matched (read only, so retried).

        500 rows can keep a busy portal working longer than an ordinary call's read timeout;
        this call waits up to `MATCH_READ_TIMEOUT` s for its answer, so a slow answer is not
        cut off and asked for again (each retry the portal's full work once more)."""
        body = w.MatchRequest(rows=rows).model_dump(mode="json", exclude_none=True)
        connect = self.timeout[0] if isinstance(self.timeout, tuple) else self.timeout
        read = self.timeout[1] if isinstance(self.timeout, tuple) else self.timeout
        return self._call(
            "POST",
            "/v1/directory/match",
            w.MatchResponse,
            json=body,
            idempotent=True,
            timeout=(connect, max(read, MATCH_READ_TIMEOUT)),
        )

    def group(self, group_id: str) -> w.GroupDetail:
        return self._call("GET", f"/v1/directory/groups/{_seg(group_id)}", w.GroupDetail)

    def upload_attachment(self, name: str, data: bytes) -> w.Attachment:
        # Not retried: a retry could leave a second copy on the portal.
        return self._call(
            "POST",
            "/v1/attachments",
            w.Attachment,
            files={"file": (name, data, "application/octet-stream")},
            idempotent=False,
        )

    def create_connection_request(
        self, body: w.ConnectionRequestCreate, idempotency_key: str
    ) -> w.ConnectionRequest:
        # Retried: the key makes the portal replay its first answer instead of a second request.
        return self._call(
            "POST",
            "/v1/connection-requests",
            w.ConnectionRequest,
            json=body.model_dump(mode="json"),
            headers={"Idempotency-Key": idempotency_key},
            idempotent=True,
        )

    def profile(self, account_id: str) -> SupplierProfile:
        return self._call("GET", f"/v1/accounts/{_seg(account_id)}/profile", SupplierProfile)

    def put_profile(self, account_id: str, body: SupplierProfileUpdate) -> SupplierProfile:
        # Retried: the whole profile replaced by the same body answers the same.
        return self._call(
            "PUT",
            f"/v1/accounts/{_seg(account_id)}/profile",
            SupplierProfile,
            json=body.model_dump(mode="json"),
            idempotent=True,
        )

    def cancel_connection_request(self, request_id: str) -> w.ConnectionRequest:
        # Retried: cancelling twice answers the same request.
        return self._call(
            "POST",
            f"/v1/connection-requests/{_seg(request_id)}/cancel",
            w.ConnectionRequest,
            idempotent=True,
        )

    def download_attachment(self, attachment_id: str) -> bytes:
        """A supporting document's bytes, capped at the attachment limit."""
        path = f"/v1/attachments/{_seg(attachment_id)}"
        used_access = self._tokens.access_token if self._tokens else None
        accept = {"Accept": "*/*"}
        response = self._send("GET", path, auth=True, idempotent=True, headers=accept)
        if response.status_code == 401 and self._tokens is not None:
            response.close()
            self._refresh_after_401(used_access)
            response = self._send("GET", path, auth=True, idempotent=True, headers=accept)
        if response.status_code >= 400:
            self._answer(response, None)  # raises the portal's refusal
        return self._read_capped(response, limit=ATTACHMENT_MAX_BYTES)

    # --- verification: never retried, a retry could count a wrong answer twice ----------
    def verification(self, verification_id: str) -> w.Verification:
        return self._call("GET", f"/v1/verifications/{_seg(verification_id)}", w.Verification)

    def answer_invoice(
        self, verification_id: str, body: w.VerificationInvoiceAnswer
    ) -> w.VerificationAnswer:
        """Step 1. PortalRefused: 409 `verification_closed`, 404 `not_found`, 422 (no attempt)."""
        return self._call(
            "POST",
            f"/v1/verifications/{_seg(verification_id)}/invoice",
            w.VerificationAnswer,
            json=body.model_dump(mode="json"),
            idempotent=False,
        )

    def answer_challenge(
        self, verification_id: str, body: w.VerificationChallengeAnswer
    ) -> w.VerificationAnswer:
        """Step 2. PortalRefused also as 409 `no_challenge` when no challenge is in hand."""
        return self._call(
            "POST",
            f"/v1/verifications/{_seg(verification_id)}/challenge",
            w.VerificationAnswer,
            json=body.model_dump(mode="json"),
            idempotent=False,
        )

    def fall_back(self, verification_id: str) -> w.VerificationFallback:
        """A support ticket instead (the portal answers a repeat with the same ticket)."""
        return self._call(
            "POST",
            f"/v1/verifications/{_seg(verification_id)}/fallback",
            w.VerificationFallback,
            idempotent=False,
        )

    def practice_invoices(
        self, buyer_id: str, account_id: str | None = None
    ) -> list[w.PracticeInvoice]:
        """Sandbox only (404 elsewhere): the invoices of your history with the buyer."""
        params = {"buyer_id": buyer_id}
        if account_id:
            params["account_id"] = account_id
        return self._call("GET", "/v1/sandbox/practice-invoices", _PracticeList, params=params).root

    def close(self) -> None:
        self._session.close()

    # --- plumbing ----------------------------------------------------------------
    def _call(
        self,
        method: str,
        path: str,
        model: type[M] | None,
        *,
        auth: bool = True,
        refresh: bool = True,
        idempotent: bool | None = None,
        headers: dict[str, str] | None = None,
        **kwargs: Any,
    ) -> M:
        if idempotent is None:
            idempotent = method == "GET"
        used_access = self._tokens.access_token if self._tokens else None
        response = self._send(
            method, path, auth=auth, idempotent=idempotent, headers=headers, **kwargs
        )
        if response.status_code == 401 and auth and refresh and self._tokens is not None:
            response.close()
            self._refresh_after_401(used_access)
            response = self._send(
                method, path, auth=auth, idempotent=idempotent, headers=headers, **kwargs
            )
        return self._answer(response, model)

    def _send(
        self,
        method: str,
        path: str,
        *,
        auth: bool,
        idempotent: bool,
        headers: dict[str, str] | None,
        **kwargs: Any,
    ) -> requests.Response:
        all_headers = dict(headers or {})
        if auth:
            if self._tokens is None:
                self._session_settled.wait(SESSION_WAIT_SECONDS)
            if self._tokens is None:
                raise AuthFailed("Sign in first.")
            all_headers["Authorization"] = f"Bearer {self._tokens.access_token}"
        attempts = self.retries if idempotent else 1
        timeout = kwargs.pop("timeout", self.timeout)  # a call may wait longer (match)
        url = self.base_url + path
        for attempt in range(attempts):
            if attempt:
                time.sleep(self.backoff * (2 ** (attempt - 1)) * (1 + random.random() / 4))
            try:
                response = self._session.request(
                    method, url, headers=all_headers, timeout=timeout, stream=True, **kwargs
                )
            except requests.exceptions.SSLError as exc:
                raise PortalUnreachable(
                    "The portal's certificate could not be verified.", code="tls"
                ) from exc
            except (requests.ConnectionError, requests.Timeout) as exc:
                if attempt + 1 < attempts:
                    continue
                kind = "timeout" if isinstance(exc, requests.Timeout) else "unreachable"
                raise PortalUnreachable(
                    f"The portal did not answer ({method} {path}).", code=kind
                ) from None
            except requests.RequestException:
                raise PortalUnreachable(
                    f"The call to the portal failed ({method} {path})."
                ) from None
            if response.status_code in RETRY_STATUSES and attempt + 1 < attempts:
                response.close()
                continue
            return response
        raise AssertionError("unreachable")  # pragma: no cover

    def _read_capped(self, response: requests.Response, limit: int | None = None) -> bytes:
        cap = self.max_answer_bytes if limit is None else limit
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > cap:
            response.close()
            raise BadAnswer("The portal's answer is too big.", code="too_big")
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in response.iter_content(64 * 1024):
                size += len(chunk)
                if size > cap:
                    raise BadAnswer("The portal's answer is too big.", code="too_big")
                chunks.append(chunk)
        except requests.RequestException:
            raise PortalUnreachable("The portal's answer was cut off.") from None
        finally:
            response.close()
        return b"".join(chunks)

    def _answer(self, response: requests.Response, model: type[M] | None) -> M:
        status = response.status_code
        data = self._read_capped(response)
        if status >= 500:
            raise PortalUnreachable(
                f"The portal is not working right now (HTTP {status}).", code=f"http_{status}"
            )
        if status >= 400:
            code, message = f"http_{status}", f"The portal refused the call (HTTP {status})."
            try:
                err = w.ErrorResponse.model_validate_json(data).error
                code, message = err.code, err.message[:300]
            except ValidationError:
                pass
            if status == 401:
                raise AuthFailed(message, code=code)
            if status == 429:
                wait = response.headers.get("Retry-After", "")
                raise TooManyAttempts(message, int(wait) if wait.isdigit() else 60)
            raise PortalRefused(code, message, status)
        if model is None:
            return None  # type: ignore[return-value]
        try:
            if model is _RawPage:  # orjson, then the envelope checked: half the time
                return model.model_validate(orjson.loads(data))  # type: ignore[return-value]
            return model.model_validate_json(data)
        except (ValidationError, orjson.JSONDecodeError):
            raise BadAnswer("The portal's answer could not be understood.") from None


class _PracticeList(RootModel[list[w.PracticeInvoice]]):
    pass


# Collections whose entries' data stay raw JSON objects (checked one by one by the cache).
RAW_COLLECTIONS = frozenset(c for c, s in SYNC_COLLECTIONS.items() if s.raw_items)
_RawPage = w.SyncPage[dict[str, Any]]


def _seg(value: str) -> str:
    return quote(value, safe="")
