"""The portal's directory answers as the desktop's plain values (built off the GUI thread).

One converter for each shape the directory sends: an entry (search, match candidates) and a
group (its legal entities by country). Widgets and pages show these values; none of them
converts a wire model itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.domain.types import DirectoryEntry
from wire import schemas as w

# A group's legal entities: (country code, entities), as the group tree shows them.
GroupCountries = Sequence[tuple[str, Sequence[DirectoryEntry]]]


def directory_entry(item: w.DirectoryEntry) -> DirectoryEntry:
    """A wire DirectoryEntry as the plain domain value."""
    return DirectoryEntry(
        id=item.id,
        kind=item.kind,
        name=item.name,
        network_number=item.network_number,
        vat_number=item.vat_number,
        country=item.country,
        group_id=item.group_id,
        group_name=item.group_name,
    )


def group_countries(detail: w.GroupDetail) -> list[tuple[str, list[DirectoryEntry]]]:
    """A group's countries and their entities; an entity the portal sends without its country or
    its group gets the ones it is listed under."""
    return [
        (
            country.country,
            [
                DirectoryEntry(
                    id=e.id,
                    kind=e.kind,
                    name=e.name,
                    network_number=e.network_number,
                    vat_number=e.vat_number,
                    country=e.country or country.country,
                    group_id=e.group_id or detail.id,
                    group_name=e.group_name or detail.name,
                )
                for e in country.entities
            ],
        )
        for country in detail.countries
    ]
