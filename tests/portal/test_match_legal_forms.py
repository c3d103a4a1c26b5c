"""Two companies whose names differ only in their legal form are two companies: a name typed
with another legal form than the directory's is never "100% alike" ("Sp. z o.o." is no
"S.A."); typed without one, the core decides."""

from __future__ import annotations

from portal_helpers import Api
from test_directory_match import match

from portal.rules.matching.names import FORM_DIFFERS, candidate_score, legal_form


def test_the_legal_form_counts_in_the_score() -> None:
    assert legal_form("Żółta Łódka Sp. z o.o.") == legal_form("ZOLTA LODKA SP. Z O.O.")
    assert legal_form("Biuro S.A.") == legal_form("Biuro Spółka Akcyjna")
    assert candidate_score("Nordwind Logistik GmbH", "Nordwind Logistik GmbH") == 1.0
    assert candidate_score("Nordwind Logistik GmbH", "Nordwind Logistik AG") == FORM_DIFFERS
    assert candidate_score("Nordwind Logistik", "Nordwind Logistik AG") == 1.0  # no form typed
    assert candidate_score("Nordwind Logistik GmbH", "Nordwind Logistyk AG") < FORM_DIFFERS


def test_a_typed_name_with_another_legal_form_is_not_100_percent_alike(elise: Api) -> None:
    """ "Nordwind Deutschland AG" is not the directory's "Nordwind Deutschland GmbH"; typed
    with its own form, or with none, it is."""
    other, own, bare = match(
        elise,
        {"name": "Nordwind Deutschland AG", "country": "DE"},
        {"name": "Nordwind Deutschland GmbH", "country": "DE"},
        {"name": "Nordwind Deutschland", "country": "DE"},
    )
    listed = "Nordwind Deutschland GmbH"
    scores = [{c.buyer.name: c.score for c in r.candidates}.get(listed) for r in (other, own, bare)]
    assert scores == [FORM_DIFFERS, 1.0, 1.0]
