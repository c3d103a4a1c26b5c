"""What can go wrong talking to the portal. Messages are plain English for logs; the UI
translates by class and `code`. No message holds a token, a password, a URL with a query
string or a raw answer body."""

from __future__ import annotations


class PortalError(Exception):
    code = "portal_error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code


class PortalUnreachable(PortalError):
    """Network down, timeout, TLS failure, or a 5xx that outlived the retries."""

    code = "unreachable"


class AuthFailed(PortalError):
    """Wrong user name or password, or the session can no longer be refreshed."""

    code = "auth_failed"


class PortalRefused(PortalError):
    """The portal said no (4xx with an error body): `code` is the portal's machine word."""

    def __init__(self, code: str, message: str, status: int) -> None:
        super().__init__(message, code=code)
        self.status = status

    def __str__(self) -> str:
        return f"{self.message} ({self.code}, HTTP {self.status})"


class BadAnswer(PortalError):
    """The answer was malformed, of the wrong shape or too big."""

    code = "bad_answer"


class TooManyAttempts(PortalRefused):
    """429: sign-ins (or refreshes) failed too often; `retry_after` seconds to wait."""

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__("too_many_attempts", message, 429)
        self.retry_after = retry_after
