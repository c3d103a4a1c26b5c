"""A draft invoice as JSON (the cache's `invoice_drafts.document`): the einvoice model whole.

Decimals travel as their exact text, dates as ISO 8601, attachments' bytes as base64; the
dataclasses' own field types say how each value comes back, so no float is ever made.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import types
import typing
from datetime import date
from decimal import Decimal
from typing import Any

from einvoice import document as doc_mod
from einvoice.document import DocumentKind, InvoiceDocument


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, DocumentKind):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict) or hasattr(value, "items"):
        return {k: _plain(v) for k, v in value.items()}
    return value


def to_json(document: InvoiceDocument) -> str:
    return json.dumps(_plain(document), ensure_ascii=False, separators=(",", ":"))


def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(doc_mod))


def _build(tp: Any, value: Any) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        if value is None:
            return None
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        return _build(inner[0], value)
    if origin is tuple:
        (item, _ellipsis) = typing.get_args(tp)
        return tuple(_build(item, v) for v in value)
    if origin in (dict, typing.Mapping) or str(origin).endswith("Mapping'>"):
        _key, item = typing.get_args(tp)
        return {k: _build(item, v) for k, v in value.items()}
    if tp is Decimal:
        return Decimal(value)
    if tp is date:
        return date.fromisoformat(value)
    if tp is bytes:
        return base64.b64decode(value)
    if tp is DocumentKind:
        return DocumentKind(value)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        kwargs = {
            f.name: _build(hints[f.name], value[f.name])
            for f in dataclasses.fields(tp)
            if f.name in value
        }
        return tp(**kwargs)  # type: ignore[operator]
    return value


def from_json(text: str) -> InvoiceDocument:
    document = _build(InvoiceDocument, json.loads(text))
    assert isinstance(document, InvoiceDocument)
    return document
