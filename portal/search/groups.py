"""A group's legal entities by country (`GET /v1/directory/groups/{id}`)."""

from __future__ import annotations

from itertools import groupby

from sqlalchemy.orm import Session

from portal.search.query import dbapi_connection
from wire.schemas import DirectoryEntry, GroupCountry, GroupDetail


def group_detail(session: Session, group_id: str) -> GroupDetail | None:
    """The group with its entities, countries sorted, entities by name; None if unknown."""
    db = dbapi_connection(session)
    group = db.execute("SELECT id, name FROM buyer_groups WHERE id = ?", (group_id,)).fetchone()
    if group is None:
        return None
    rows = db.execute(
        "SELECT id, name, network_number, vat_number, country FROM buyers "
        "WHERE group_id = ? ORDER BY country, name_folded, name, id",
        (group_id,),
    ).fetchall()
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
