"""Property tests of dossiers: the catalogue contract over documents of every kind."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import wspolpraca
from wspolpraca import AnnualProgramme, Dossier, Unit
from wspolpraca.rules import Severity
from wspolpraca.strategies import (
    agreements,
    annual_programmes,
    consultation_rounds,
    councils,
    dossiers,
    implementation_reports,
    local_initiatives,
    multi_year_programmes,
    non_financial_activities,
    open_competitions,
    small_grant_registers,
)

pytestmark = pytest.mark.property

UNIT = Unit(name="Gmina Miejska Kraków", teryt="1261011", level="city_with_county_rights")

documents = st.one_of(
    agreements(),
    annual_programmes(),
    consultation_rounds(),
    councils(),
    implementation_reports(),
    local_initiatives(),
    multi_year_programmes(),
    non_financial_activities(),
    open_competitions(),
    small_grant_registers(),
).map(lambda document: attrs.evolve(document, unit=UNIT))


class TestDossierContract:
    """A dossier of any valid documents of one unit is checked without raising."""

    @settings(max_examples=30, suppress_health_check=[HealthCheck.too_slow], deadline=None)
    @given(st.lists(documents, max_size=6), st.one_of(st.none(), st.dates()))
    def test_check_never_raises(self, docs: list[Any], on: dt.date | None) -> None:
        """Any same-unit documents give history, dossier and chain findings, never an exception."""
        dossier = Dossier.of(docs)

        result = wspolpraca.check(dossier, on=on)

        assert all(f.code.startswith(("WSP-HST", "WSP-DOS", "WSP-CHN")) for f in result)
        assert all(f.severity in set(Severity) for f in result)
        assert all(dossier.where(f.path) for f in result)


class TestDossiersStrategy:
    """``dossiers()`` draws valid dossiers of one unit."""

    @settings(max_examples=20, suppress_health_check=[HealthCheck.too_slow], deadline=None)
    @given(dossiers())
    def test_no_error_in_the_dossier_or_its_documents(self, dossier: Dossier) -> None:
        """Neither the dossier nor any of its documents has an error-severity finding."""
        result = wspolpraca.check(dossier)

        assert result.ok, [f.describe() for f in result.errors]
        for document in dossier.documents:
            assert wspolpraca.check(document).ok
        assert not dossier.names or len(dossier.names) == len(dossier.documents)

    @settings(max_examples=10, suppress_health_check=[HealthCheck.too_slow], deadline=None)
    @given(dossiers(unit=UNIT, year=2021))
    def test_unit_and_year_are_pinned(self, dossier: Dossier) -> None:
        """Every document is of the pinned unit, and the annual programme is for the pinned year."""
        programmes = [doc for doc in dossier.documents if isinstance(doc, AnnualProgramme)]

        assert {doc.unit for doc in dossier.documents} == {UNIT}
        assert [programme.year for programme in programmes] == [2021]
