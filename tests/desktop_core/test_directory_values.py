"""The directory's answers as the desktop's plain values: one converter below the models for an
entry and for a group, checked against what the real portal sends."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import asdict

from desktop.domain.directory import directory_entry, group_countries
from desktop.domain.types import DirectoryEntry
from wire import schemas as w

from .conftest import RunningPortal, signed_in


def test_an_entry_keeps_every_field_the_portal_sent(core_portal: RunningPortal) -> None:
    client = signed_in(core_portal.url)
    try:
        items = client.directory("nordwind deutsch").items
    finally:
        client.close()
    assert items
    for item in items:
        entry = directory_entry(item)
        assert isinstance(entry, DirectoryEntry)
        assert asdict(entry) == item.model_dump()  # every field, nothing added or lost


def test_a_group_s_entities_take_their_country_and_group_where_the_portal_left_them_out(
    core_portal: RunningPortal,
) -> None:
    client = signed_in(core_portal.url)
    try:
        grouped = next(e for e in client.directory("nordwind deutsch").items if e.group_id)
        assert grouped.group_id is not None
        detail = client.group(grouped.group_id)
    finally:
        client.close()
    countries = group_countries(detail)
    assert [code for code, _ in countries] == [c.country for c in detail.countries]
    for (code, entities), sent in zip(countries, detail.countries, strict=True):
        assert [e.id for e in entities] == [e.id for e in sent.entities]
        assert all(e.country and e.group_id and e.group_name for e in entities)
        assert all(
            e.country == (s.country or code) for e, s in zip(entities, sent.entities, strict=True)
        )

    bare = w.GroupDetail(
        id="g-1",
        name="Nordwind Group",
        countries=[
            w.GroupCountry(
                country="AT",
                entities=[w.DirectoryEntry(id="e-1", kind="entity", name="Nordwind Wien")],
            )
        ],
    )
    assert group_countries(bare) == [
        (
            "AT",
            [
                DirectoryEntry(
                    id="e-1",
                    kind="entity",
                    name="Nordwind Wien",
                    country="AT",
                    group_id="g-1",
                    group_name="Nordwind Group",
                )
            ],
        )
    ]


def test_the_converters_need_no_qt() -> None:
    code = (
        "import sys; import desktop.domain.directory; "
        "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
