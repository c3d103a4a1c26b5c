"""Match spreadsheet rows to the directory: network number, then VAT number, then name.

Numbers are looked up in batches through the `buyers` table's unique and VAT indexes
(one query each per call); names go through the directory search (`portal.search`),
so the same code runs on every engine the search supports.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from portal.rules.matching.names import candidate_score, name_core, search_text
from portal.rules.matching.vat import VatCheck, check_vat
from portal.search import QUERY_MAX, search_directory
from portal.store import models as m
from wire.schemas import (
    MATCH_CANDIDATES_MAX,
    DirectoryEntry,
    MatchCandidate,
    MatchResult,
    MatchRow,
)
from wire.text import compact_vat

NAME_SEARCH_LIMIT = 10
SCORE_MIN = 0.6
GOOD_ENOUGH = 0.9
_IN_CHUNK = 500


def _entries(session: Session, column: object, values: Iterable[str]) -> list[DirectoryEntry]:
    values = sorted(set(values))
    found: list[DirectoryEntry] = []
    for start in range(0, len(values), _IN_CHUNK):
        chunk = values[start : start + _IN_CHUNK]
        rows = session.execute(
            select(
                m.Buyer.id,
                m.Buyer.name,
                m.Buyer.network_number,
                m.Buyer.vat_number,
                m.Buyer.country,
                m.Buyer.group_id,
                m.BuyerGroup.name,
            )
            .outerjoin(m.BuyerGroup, m.BuyerGroup.id == m.Buyer.group_id)
            .where(column.in_(chunk))  # type: ignore[attr-defined]
        )
        found += [
            DirectoryEntry(
                id=r[0],
                kind="entity",
                name=r[1],
                network_number=r[2],
                vat_number=r[3],
                country=r[4],
                group_id=r[5],
                group_name=r[6],
            )
            for r in rows
        ]
    return found


def _by_name(session: Session, row: MatchRow, country: str | None) -> list[MatchCandidate]:
    core = name_core(row.name or "")
    if not core:
        return []
    # The name as typed (its punctuation is the directory's too), then its core; then its
    # first and its longest word, for typos and word order.
    words = [w for w in core.split() if len(w) >= 3]
    queries: list[str] = []
    for query in [search_text(row.name or ""), core, *words[:1], *sorted(words, key=len)[-1:]]:
        if query and query[:QUERY_MAX] not in queries:
            queries.append(query[:QUERY_MAX])
    scored: dict[str, MatchCandidate] = {}
    for query in queries:
        page = search_directory(session, query, country=country, limit=NAME_SEARCH_LIMIT)
        for entry in page.items:
            if entry.kind == "entity" and entry.id not in scored:
                score = candidate_score(row.name or "", entry.name)
                if score >= SCORE_MIN:
                    scored[entry.id] = MatchCandidate(buyer=entry, score=score)
        if any(c.score >= GOOD_ENOUGH for c in scored.values()):
            break  # later, looser searches would only add worse candidates
    found = list(scored.values())
    found.sort(key=lambda c: (-c.score, c.buyer.name, c.buyer.id))
    return found[:MATCH_CANDIDATES_MAX]


def _exact(entry: DirectoryEntry, basis: str, ref: str) -> MatchResult:
    return MatchResult(
        ref=ref,
        state="exact",
        basis=basis,  # type: ignore[arg-type]
        candidates=[MatchCandidate(buyer=entry, score=1.0)],
    )


def match_rows(session: Session, rows: Sequence[MatchRow]) -> list[MatchResult]:
    """One result per row, in order."""
    countries = {r.ref: r.country.upper() if r.country else None for r in rows}
    numbers = {r.ref: compact_vat(r.network_number) for r in rows if r.network_number}
    by_number = {
        e.network_number: e for e in _entries(session, m.Buyer.network_number, numbers.values())
    }
    vats: dict[str, VatCheck] = {}
    for row in rows:
        check = check_vat(row.vat_number, countries[row.ref]) if row.vat_number else None
        if check is not None:
            vats[row.ref] = check
    wanted = [c.bare for c in vats.values() if c.problem is None]
    vat_index: dict[str, list[DirectoryEntry]] = defaultdict(list)
    for entry in _entries(session, m.Buyer.vat_compact, wanted):
        compact = compact_vat(entry.vat_number or "")
        vat_index[compact[2:] if compact[:2].isalpha() else compact].append(entry)

    results: list[MatchResult] = []
    for row in rows:
        country = countries[row.ref]
        numbered = by_number.get(numbers.get(row.ref, ""))
        if numbered is not None:  # network numbers are unique on the whole network
            results.append(_exact(numbered, "network_number", row.ref))
            continue
        check = vats.get(row.ref)
        if check is not None and check.problem is None:
            same = [
                e
                for e in vat_index.get(check.bare, [])
                if not check.country or e.country == check.country
            ]
            if len(same) == 1:
                results.append(_exact(same[0], "vat", row.ref))
                continue
            if same:
                results.append(
                    MatchResult(
                        ref=row.ref,
                        state="probable",
                        basis="vat",
                        candidates=[
                            MatchCandidate(buyer=e, score=1.0) for e in same[:MATCH_CANDIDATES_MAX]
                        ],
                    )
                )
                continue
        search_country = country or (check.country if check is not None else None)
        candidates = _by_name(session, row, search_country)
        if check is not None and check.problem is not None:
            results.append(
                MatchResult(
                    ref=row.ref,
                    state="invalid_vat",
                    basis="name" if candidates else None,
                    vat_problem=check.problem,  # type: ignore[arg-type]
                    candidates=candidates,
                )
            )
        elif candidates:
            results.append(
                MatchResult(ref=row.ref, state="probable", basis="name", candidates=candidates)
            )
        else:
            results.append(MatchResult(ref=row.ref, state="not_found"))
    return results
