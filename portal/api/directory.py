"""Directory search and groups (placeholder router, replaced by the real one)."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter()
