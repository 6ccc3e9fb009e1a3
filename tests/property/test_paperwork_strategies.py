"""The paperwork strategies and breakers (``wspolpraca._paperwork_strategies``), until they join
``wspolpraca.strategies`` and ``violating`` once that module is a package (issue 25)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import wspolpraca
from wspolpraca import CATALOGUE, TaskOffer, TaskReport
from wspolpraca._paperwork_strategies import BREAKERS, task_offers, task_reports
from wspolpraca.rules import Severity

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


@pytest.mark.parametrize("code", sorted(BREAKERS))
def test_breaker_breaks_exactly_its_rule(code: str) -> None:
    """Each breaker's objects are reported by its rule, and by no other error-severity rule."""
    rule = next(rule for rule in CATALOGUE if rule.code == code)

    @st.composite
    def broken(draw: st.DrawFn) -> Any:
        return BREAKERS[code](draw, None)

    @settings(
        max_examples=8,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    @given(broken())
    def contract(obj: object) -> None:
        result = wspolpraca.check(obj)
        assert code in result.codes
        if rule.severity is Severity.ERROR:
            assert {f.code for f in result.errors} == {code}
        else:
            assert not result.errors

    contract()
