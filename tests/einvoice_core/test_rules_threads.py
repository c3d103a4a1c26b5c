"""One rule checker called from several threads at once gives each caller its own findings."""

from __future__ import annotations

import dataclasses
from concurrent.futures import ThreadPoolExecutor

from einvoice.rules import RuleChecker
from einvoice.ubl_write import to_ubl
from einvoice_core.builders import invoice


def test_concurrent_checks_agree_with_one_at_a_time(rulebook: RuleChecker) -> None:
    clean = invoice("S", lines=5)
    docs = [
        to_ubl(clean),
        to_ubl(dataclasses.replace(clean, buyer_reference="", order_reference="")),
        to_ubl(dataclasses.replace(invoice("E", lines=3), exemption_reasons={})),
        to_ubl(dataclasses.replace(clean, currency="XXY")),
    ]
    expected = [sorted(f.rule for f in rulebook.check(d)) for d in docs]
    assert expected[0] == [] and all(expected[1:])  # each broken one finds its own rules
    jobs = [docs[n % len(docs)] for n in range(48)]
    with ThreadPoolExecutor(6) as pool:
        found = list(pool.map(lambda d: sorted(f.rule for f in rulebook.check(d)), jobs))
    assert found == [expected[n % len(docs)] for n in range(48)]
