"""A supplier account's own data for its invoices (My account), and its checks.

The same checks run in the desktop's dialog (a message at the field) and on the portal
(422 `invalid_profile`), so the two never disagree about a VAT number, IBAN or BIC.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field
from stdnum import bic as stdnum_bic
from stdnum import iban as stdnum_iban
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.util import get_cc_module

# (field, longest value): the one list of the profile's editable fields.
PROFILE_FIELDS: dict[str, int] = {
    "legal_name": 200,
    "street": 200,
    "city": 100,
    "postal_code": 20,
    "country": 2,
    "vat_number": 32,
    "company_id": 64,
    "iban": 42,
    "bic": 11,
    "contact_name": 120,
    "contact_email": 200,
    "contact_phone": 40,
}
REQUIRED = frozenset({"legal_name", "country"})
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ()./-]{4,40}$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")

# Why a field was refused: a machine word the desktop words in the user's language.
PROBLEMS = (
    "required",
    "too_long",
    "invalid_country",
    "invalid_vat",
    "invalid_iban",
    "invalid_bic",
    "invalid_email",
    "invalid_phone",
)


def compact(field: str, value: str) -> str:
    """The value as stored: spaces trimmed; VAT number, IBAN and BIC in their compact form."""
    value = value.strip()
    if field in ("iban", "bic", "vat_number", "country") and value:
        value = re.sub(r"[\s.-]", "", value).upper()
    return value


def vat_valid(vat: str, country: str) -> bool:
    """python-stdnum's check for the number's own country prefix (or the account's)."""
    vat = compact("vat_number", vat)
    prefix = vat[:2] if len(vat) > 2 and vat[:2].isalpha() else ""
    cc = {"EL": "GR", "XI": "GB"}.get(prefix, prefix) or country
    try:
        module = get_cc_module(cc.lower(), "vat")
    except (ImportError, ValueError):
        module = None
    if module is None:  # a country stdnum does not know: a plausible shape at least
        return re.fullmatch(r"[A-Z0-9]{4,32}", vat) is not None
    try:
        module.validate(vat)
    except StdnumError:
        return False
    return True


def problems(values: Mapping[str, str]) -> dict[str, str]:
    """{field: problem word} for every field that does not pass; empty when all do."""
    found: dict[str, str] = {}
    country = compact("country", values.get("country", ""))
    for field, longest in PROFILE_FIELDS.items():
        value = compact(field, values.get(field, "") or "")
        if not value:
            if field in REQUIRED:
                found[field] = "required"
            continue
        if len(value) > longest:
            found[field] = "too_long"
        elif field == "country" and not _COUNTRY.match(value):
            found[field] = "invalid_country"
        elif field == "vat_number" and not vat_valid(value, country):
            found[field] = "invalid_vat"
        elif field == "iban" and not stdnum_iban.is_valid(value):
            found[field] = "invalid_iban"
        elif field == "bic" and not stdnum_bic.is_valid(value):
            found[field] = "invalid_bic"
        elif field == "contact_email" and not _EMAIL.match(value):
            found[field] = "invalid_email"
        elif field == "contact_phone" and not _PHONE.match(value):
            found[field] = "invalid_phone"
    return found


class _Wire(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class SupplierProfileUpdate(_Wire):
    """PUT /v1/accounts/{id}/profile: every field; the portal checks them with `problems`."""

    legal_name: str = Field(max_length=PROFILE_FIELDS["legal_name"])
    street: str = Field(default="", max_length=PROFILE_FIELDS["street"])
    city: str = Field(default="", max_length=PROFILE_FIELDS["city"])
    postal_code: str = Field(default="", max_length=PROFILE_FIELDS["postal_code"])
    country: str = Field(max_length=PROFILE_FIELDS["country"])
    vat_number: str = Field(default="", max_length=PROFILE_FIELDS["vat_number"])
    company_id: str = Field(default="", max_length=PROFILE_FIELDS["company_id"])
    iban: str = Field(default="", max_length=PROFILE_FIELDS["iban"])
    bic: str = Field(default="", max_length=PROFILE_FIELDS["bic"])
    contact_name: str = Field(default="", max_length=PROFILE_FIELDS["contact_name"])
    contact_email: str = Field(default="", max_length=PROFILE_FIELDS["contact_email"])
    contact_phone: str = Field(default="", max_length=PROFILE_FIELDS["contact_phone"])

    def compacted(self) -> SupplierProfileUpdate:
        return SupplierProfileUpdate(**{f: compact(f, getattr(self, f)) for f in PROFILE_FIELDS})


class SupplierProfile(SupplierProfileUpdate):
    """A supplier account's profile as the portal holds it (sync collection
    `supplier-profiles`, keyed by the account id)."""

    account_id: str
    updated_at: datetime | None = None
