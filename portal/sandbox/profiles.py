"""The sandbox accounts' profiles (My account): what goes on their practice invoices."""

from __future__ import annotations

from sqlalchemy.orm import Session

from portal.clock import utcnow
from portal.store import models as m

# account key (see `portal.sandbox.demo.seed`) -> the profile's fields; numbers that pass stdnum.
PROFILES: dict[str, dict[str, str]] = {
    "it": {
        "street": "Via Torino 12",
        "city": "Milano",
        "postal_code": "20123",
        "vat_number": "IT00743110157",
        "company_id": "MI-1234567",
        "iban": "IT60X0542811101000000123456",
        "bic": "BCITITMM",
        "contact_name": "Elise Adams",
        "contact_email": "billing@adams-office.example",
        "contact_phone": "+39 02 1234 5678",
    },
    "pl": {
        "street": "ul. Marszałkowska 84",
        "city": "Warszawa",
        "postal_code": "00-514",
        "vat_number": "PL5260250995",
        "company_id": "0000123456",
        "iban": "PL61109010140000071219812874",
        "bic": "WBKPPLPP",
        "contact_name": "Elise Adams",
        "contact_email": "faktury@adams-office.example",
        "contact_phone": "+48 22 123 45 67",
    },
    "oskar": {
        "street": "Werkzeugstraße 3",
        "city": "Berlin",
        "postal_code": "10115",
        "vat_number": "DE136695976",
        "company_id": "HRB 12345",
        "iban": "DE89370400440532013000",
        "bic": "COBADEFFXXX",
        "contact_name": "Oskar Berg",
        "contact_email": "rechnung@borealis.example",
        "contact_phone": "+49 30 1234567",
    },
}


def seed_profiles(session: Session, accounts: dict[str, m.SupplierAccount]) -> None:
    for key, account in accounts.items():
        fields = PROFILES.get(key)
        if fields is None:
            continue
        session.add(
            m.SupplierProfile(
                account_id=account.id,
                legal_name=account.name,
                country=account.country,
                updated_at=utcnow(),
                version=m.next_version(session),
                **fields,
            )
        )
