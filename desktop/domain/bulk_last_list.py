"""The rows of the last list that went out, as plain data: kept beside the cache so that the
bulk connect page, after a restart, shows them again and follows their outcomes."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from desktop.domain.bulk_import import ImportedTable
from desktop.domain.bulk_preview import PreviewRow, RowOutcome
from desktop.domain.bulk_rows import BulkRow
from desktop.domain.types import DirectoryEntry

VERSION = 1
_ROW_FIELDS = (
    *("ref", "name", "vat_number", "network_number", "country", "country_text"),
    *("vendor_code", "account"),
)


def last_list_record(table: ImportedTable, rows: list[PreviewRow]) -> dict[str, Any]:
    """The file's name and header, and each row sent: its cells, the customer, the request."""
    sent = [r for r in rows if r.local_id is not None and r.chosen is not None]
    return {
        "version": VERSION,
        "name": table.name,
        "kind": table.kind,
        "headers": list(table.headers),
        "delimiter": table.delimiter,
        "rows": [
            {
                **{f: getattr(r.row, f) for f in _ROW_FIELDS},
                "cells": list(r.row.cells),
                "match_state": r.match_state,
                "vat_problem": r.vat_problem,
                "chosen": asdict(r.chosen) if r.chosen else None,
                "account_id": r.account_id,
                "local_id": r.local_id,
            }
            for r in sent
        ],
    }


def restore_last_list(record: dict[str, Any]) -> tuple[ImportedTable, list[PreviewRow]] | None:
    """The list and its sent rows again (waiting for their requests' outcomes); None when the
    record is not one this version wrote, or holds no row."""
    try:
        if record.get("version") != VERSION or not record["rows"]:
            return None
        rows = [
            PreviewRow(
                row=BulkRow(
                    cells=tuple(str(c) for c in r["cells"]),
                    **{f: r[f] for f in _ROW_FIELDS},
                ),
                match_state=r["match_state"],
                vat_problem=r["vat_problem"],
                chosen=DirectoryEntry(**r["chosen"]),
                account_id=r["account_id"],
                checked=True,
                local_id=str(r["local_id"]),
                outcome=RowOutcome.QUEUED,
            )
            for r in record["rows"]
        ]
        table = ImportedTable(
            name=str(record["name"]),
            kind=str(record["kind"]),
            headers=tuple(str(h) for h in record["headers"]),
            rows=tuple(r.row.cells for r in rows),
            delimiter=record["delimiter"],
        )
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    return table, rows
