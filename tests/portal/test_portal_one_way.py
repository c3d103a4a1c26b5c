"""One way to do each thing in the portal's routes: a write session comes from `WriteSession`,
and every route that takes an Idempotency-Key takes it through `Idempotent`."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

from fastapi import APIRouter
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute

from portal.http import api
from portal.http.api.idempotency import idempotency_key, idempotent

API = Path(__file__).resolve().parents[2] / "portal" / "http" / "api"


def _calls(dependant: Dependant) -> list[object]:
    found: list[object] = [dependant.call]
    for sub in dependant.dependencies:
        found += _calls(sub)
    return found


def test_routes_open_no_write_session_of_their_own() -> None:
    opening = [
        path.name
        for path in sorted(API.glob("*.py"))
        if path.name != "deps.py" and "write_session(" in path.read_text(encoding="utf-8")
    ]
    assert opening == []


def _routes() -> list[APIRoute]:
    routes: list[APIRoute] = []
    for found in pkgutil.iter_modules(api.__path__, "portal.http.api."):
        router = getattr(importlib.import_module(found.name), "router", None)
        if isinstance(router, APIRouter):
            routes += [r for r in router.routes if isinstance(r, APIRoute)]
    return routes


def test_every_route_taking_an_idempotency_key_takes_it_through_idempotent() -> None:
    keyed = []
    for route in _routes():
        calls = _calls(route.dependant)
        if idempotency_key in calls:
            keyed.append(route.path)
            assert idempotent in calls, route.path
            assert calls.count(idempotency_key) == 1, route.path
    assert sorted(keyed) == ["/v1/connection-requests", "/v1/invoices"]
