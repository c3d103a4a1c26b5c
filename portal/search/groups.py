"""A group's legal entities by country (`GET /v1/directory/groups/{id}`)."""

from __future__ import annotations

from itertools import groupby

from sqlalchemy import text
from sqlalchemy.orm import Session

from wire.schemas import DirectoryEntry, GroupCountry, GroupDetail


def group_detail(session: Session, group_id: str) -> GroupDetail | None:
    """The group with its entities, countries sorted, entities by name; None if unknown."""
    group = session.execute(
        text("SELECT id, name FROM buyer_groups WHERE id = :id"), {"id": group_id}
    ).first()
    if group is None:
        return None
    c = ' COLLATE "C"' if session.get_bind().dialect.name == "postgresql" else ""
    rows = session.execute(
        text(
            "SELECT id, name, network_number, vat_number, country FROM buyers "
            f"WHERE group_id = :id ORDER BY country{c}, name_key{c}, name{c}, id{c}"
        ),
        {"id": group_id},
    ).all()
    countries = [
        GroupCountry(
            country=country,
            entities=[
                DirectoryEntry(
                    id=ref,
                    kind="entity",
                    name=name,
                    network_number=number,
                    vat_number=vat,
                    country=country,
                    group_id=group[0],
                    group_name=group[1],
                )
                for ref, name, number, vat, _ in members
            ],
        )
        for country, members in groupby(rows, key=lambda row: row[4])
    ]
    return GroupDetail(id=group[0], name=group[1], countries=countries)
