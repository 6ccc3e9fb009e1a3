"""Multi-year programmes: model and WSP-MYP rules."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs
import pytest

import wspolpraca
from wspolpraca import MultiYearProgramme, Period, YearlyAmount
from wspolpraca.errors import InvalidValueError, ValidationErrors
from wspolpraca.rules import Severity, check

from .conftest import ROOT

EXAMPLE = ROOT / "examples" / "krakow-2019-2022-multi-year.json"


@pytest.fixture
def programme() -> MultiYearProgramme:
    """Kraków's 2019–2022 multi-year programme (illustrative figures)."""
    return wspolpraca.load_file(EXAMPLE, MultiYearProgramme)


def _codes(obj: object, **kwargs: object) -> list[str]:
    return [f.code for f in check(obj, **kwargs)]  # type: ignore[arg-type]


class TestModel:
    """Shape and invariants."""

    def test_example_areas_are_the_ten_themes(self, programme: MultiYearProgramme) -> None:
        """The example's areas are the ten thematic meetings of seed 002."""
        assert len(programme.priority_areas) == 10
        assert "Seniorzy" in programme.area_names
        assert list(programme.years) == [2019, 2020, 2021, 2022]

    def test_funding_by_year(self, programme: MultiYearProgramme) -> None:
        """Funds are looked up per year; a year without an entry has none."""
        assert programme.funding_in(2021) == Decimal("102262543.00")
        assert programme.funding_in(2030) is None

    def test_round_trip(self, programme: MultiYearProgramme) -> None:
        """The example round-trips through canonical JSON."""
        assert wspolpraca.loads(wspolpraca.dumps(programme)) == programme

    def test_implausible_yearly_amount_year(self) -> None:
        """A yearly amount for year 1989 is refused."""
        with pytest.raises(InvalidValueError, match="year out of range"):
            YearlyAmount(year=1989, amount=Decimal(1))

    def test_bad_task_amount_located(self) -> None:
        """A yearly amount with three decimals is located inside its area and task."""
        text = EXAMPLE.read_text("utf-8").replace('"amount": "9000000.00"', '"amount": "9.001"')

        with pytest.raises(ValidationErrors) as info:
            wspolpraca.loads(text)

        [error] = info.value.errors
        assert error.jsonpath == "$.priority_areas[0].tasks[0].yearly_amounts[0].amount"


class TestRules:
    """WSP-MYP-001 to WSP-MYP-005."""

    def test_example_is_clean(self, programme: MultiYearProgramme) -> None:
        """The example has no findings."""
        assert _codes(programme) == []

    def test_late_adoption_is_an_unconfirmed_warning(self, programme: MultiYearProgramme) -> None:
        """Adopting after 30 November before the first year is a warning (applicability unconfirmed)."""
        assert programme.resolution is not None
        late = attrs.evolve(
            programme,
            resolution=attrs.evolve(programme.resolution, adopted_on=dt.date(2018, 12, 15)),
        )

        [finding] = [f for f in check(late) if f.code == "WSP-MYP-001"]

        assert finding.severity is Severity.WARNING
        assert finding.rule.severity is Severity.ERROR

    def test_missing_element_warns(self, programme: MultiYearProgramme) -> None:
        """A multi-year programme without areas lacks element 5, reported at priority_areas."""
        bare = attrs.evolve(programme, priority_areas=(), funding=())

        paths = [f.jsonpath for f in check(bare) if f.code == "WSP-MYP-002"]

        assert paths == ["$.priority_areas", "$.funding"]

    def test_one_year_is_not_multi_year(self, programme: MultiYearProgramme) -> None:
        """A programme within one calendar year is reported."""
        short = attrs.evolve(
            programme,
            period=Period.calendar_year(2019),
            funding=(YearlyAmount(year=2019, amount=Decimal(1)),),
            priority_areas=(),
        )

        assert "WSP-MYP-003" in _codes(short)

    def test_funding_outside_period(self, programme: MultiYearProgramme) -> None:
        """Funds for a year outside the period are reported at that entry."""
        extra = attrs.evolve(
            programme, funding=(*programme.funding, YearlyAmount(year=2024, amount=Decimal(1)))
        )

        [finding] = [f for f in check(extra) if f.code == "WSP-MYP-004"]

        assert finding.jsonpath == "$.funding[4].year"

    def test_tasks_over_year_funds(self, programme: MultiYearProgramme) -> None:
        """A year whose tasks plan more than its funds is reported with the excess."""
        tight = attrs.evolve(programme, funding=(YearlyAmount(year=2019, amount=Decimal(1)),))

        [finding] = [f for f in check(tight) if f.code == "WSP-MYP-005"]

        assert finding.params["year"] == 2019
        assert finding.params["excess"] == Decimal("8999999.00")
