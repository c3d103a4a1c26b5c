"""Bulk matching of a supplier's customer list against the directory (POST /v1/directory/match)."""

from __future__ import annotations

from portal.rules.matching.match import match_rows
from portal.rules.matching.names import name_core, name_score
from portal.rules.matching.vat import VatCheck, check_vat

__all__ = ["VatCheck", "check_vat", "match_rows", "name_core", "name_score"]
