"""uvicorn's access log without secrets: a token a client put in a URL's query string (an
`access_token=...`, or any long opaque value) is written as `[redacted]`.

`log_config()` is uvicorn's own logging configuration with this filter on its access handler;
uvicorn applies it in every worker process too.
"""

from __future__ import annotations

import copy
import logging
import re
from typing import Any

from uvicorn.config import LOGGING_CONFIG

REDACTED = "[redacted]"
# Names that carry credentials, and values that look like one (long, opaque).
_SECRET_NAME = re.compile(r"token|secret|password|passwd|key|auth|code|session|signature", re.I)
_OPAQUE = re.compile(r"[A-Za-z0-9_\-.~+/%=]{24,}")


def redact(path: str) -> str:
    """`path` with its query's secrets replaced (the path part is kept as is)."""
    base, mark, query = path.partition("?")
    if not mark:
        return path

    parts = []
    for part in query.split("&"):
        name, equals, value = part.partition("=")
        if not equals:
            name, value = "", part
        secret = bool(value) and bool(_SECRET_NAME.search(name) or _OPAQUE.fullmatch(value))
        parts.append((f"{name}{equals}" + REDACTED) if secret else part)
    return f"{base}?{'&'.join(parts)}"


class RedactTokens(logging.Filter):
    """On uvicorn's access records: args are (client, method, path, http version, status)."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str):
            record.args = (*args[:2], redact(args[2]), *args[3:])
        return True


def log_config() -> dict[str, Any]:
    config = copy.deepcopy(LOGGING_CONFIG)
    config.setdefault("filters", {})["redact_tokens"] = {"()": f"{__name__}.RedactTokens"}
    config["handlers"]["access"]["filters"] = ["redact_tokens"]
    return config
