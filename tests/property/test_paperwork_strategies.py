"""The paperwork strategies: valid offers and reports (their breakers: ``test_violating.py``)."""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

import wspolpraca
from wspolpraca import CATALOGUE, Agreement, Dossier, TaskOffer, TaskReport
from wspolpraca.strategies import agreements, regranting_agreements, task_offers, task_reports
from wspolpraca.strategies._paperwork import BREAKERS
from wspolpraca.strategies._paperwork_chain import BREAKERS as CHAIN_BREAKERS
from wspolpraca.strategies._paperwork_chain import _chains

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


AGREEMENT_FIELDS = tuple(
    field.name
    for field in attrs.fields(Agreement)
    if field.default is not attrs.NOTHING and field.name != "notes"
)
"""The agreement's optional fields (all but its editorial notes), each of which
``agreements()`` (or, for the operator's section, ``regranting_agreements()``) must sometimes
fill; a field added to the model is added here by itself."""


def test_agreements_draw_every_field() -> None:
    """The agreement strategies together fill each optional field in some draws."""
    seen: set[str] = set()

    @settings(
        max_examples=50, database=None, derandomize=True, phases=[Phase.explicit, Phase.generate]
    )
    @given(st.one_of(agreements(), regranting_agreements()))
    def collect(agreement: Agreement) -> None:
        seen.update(f for f in AGREEMENT_FIELDS if getattr(agreement, f) not in (None, ()))

    collect()

    assert seen == set(AGREEMENT_FIELDS)


@settings(max_examples=40, deadline=None, database=None)
@given(agreements())
def test_drawn_agreements_are_valid_and_round_trip(agreement: Agreement) -> None:
    """A drawn agreement, every field drawn, has no error and survives dumps and loads."""
    assert not wspolpraca.check(agreement).errors
    assert wspolpraca.loads(wspolpraca.dumps(agreement)) == agreement


@settings(max_examples=20, deadline=None, database=None)
@given(_chains())
def test_drawn_chains_break_no_chain_rule(chain: Any) -> None:
    """An offer, its agreement and its report as the breakers draw them give no WSP-CHN finding."""
    result = wspolpraca.check(Dossier.of([chain.offer, chain.agreement, chain.report]))

    assert not [f.code for f in result if f.code.startswith("WSP-CHN")]
    assert not result.errors


def test_every_chain_rule_has_a_breaker() -> None:
    """The chain breakers cover exactly the WSP-CHN rules of the catalogue."""
    assert set(CHAIN_BREAKERS) == {r.code for r in CATALOGUE if r.code.startswith("WSP-CHN")}
