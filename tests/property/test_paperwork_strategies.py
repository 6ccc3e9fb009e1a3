"""The paperwork strategies: valid offers and reports (their breakers: ``test_violating.py``)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import wspolpraca
from wspolpraca import CATALOGUE, TaskOffer, TaskReport
from wspolpraca.strategies import task_offers, task_reports
from wspolpraca.strategies._paperwork import BREAKERS

pytestmark = pytest.mark.property

PAPERWORK = ("WSP-OFR-", "WSP-AGR-", "WSP-TRP-")


@settings(max_examples=40, deadline=None, database=None)
@given(st.one_of(task_offers(), task_reports()))
def test_drawn_documents_are_valid_and_round_trip(document: TaskOffer | TaskReport) -> None:
    """A drawn offer or report has no paperwork finding and survives dumps and loads."""
    result = wspolpraca.check(document)

    assert not [f.code for f in result if f.code.startswith(PAPERWORK)]
    assert wspolpraca.loads(wspolpraca.dumps(document)) == document


@settings(max_examples=20, deadline=None, database=None)
@given(task_offers(small_grant=True))
def test_small_grant_offers_are_simplified(offer: TaskOffer) -> None:
    """Drawn small-grant offers are simplified and judged by a simplified or the 2010 form."""
    assert offer.small_grant
    assert offer.form_in_force in {"2010", "2016_simplified", "2018_simplified"}


def test_every_paperwork_rule_has_a_breaker() -> None:
    """The breakers cover exactly the paperwork rules of the catalogue."""
    assert set(BREAKERS) == {rule.code for rule in CATALOGUE if rule.code.startswith(PAPERWORK)}
