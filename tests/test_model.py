"""Invariants of the domain model: what raises at construction."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs
import pytest

import wspolpraca
from wspolpraca import AnnualProgramme, Period, PriorityTask, Resolution, Unit
from wspolpraca.errors import (
    InconsistentError,
    InvalidFormatError,
    InvalidTypeError,
    InvalidValueError,
    UnknownCodeError,
)

KRAKOW = Unit(name="Gmina Miejska Kraków", teryt="1261011", level="city_with_county_rights")


class TestPeriod:
    """A span of days."""

    def test_end_before_start_raises(self) -> None:
        """A period that ends before it starts cannot exist."""
        with pytest.raises(InconsistentError, match="ends") as info:
            Period(start=dt.date(2021, 2, 1), end=dt.date(2021, 1, 31))

        assert info.value.path == ("end",)

    def test_one_day_period(self) -> None:
        """A period may start and end on the same day, and contains that day."""
        day = dt.date(2021, 5, 31)

        period = Period(start=day, end=day)

        assert period.days == 1
        assert day in period
        assert "2021-05-31" not in period


class TestUnit:
    """Units of local government and their TERYT codes."""

    @pytest.mark.parametrize("teryt", ["1261011", "12", "1206"])
    def test_valid_lengths(self, teryt: str) -> None:
        """2, 4 and 7-digit codes with an even voivodeship part are accepted."""
        level = {2: "voivodeship", 4: "county", 7: "municipality"}[len(teryt)]

        assert Unit(name="X", teryt=teryt, level=level).teryt == teryt

    @pytest.mark.parametrize("teryt", ["126101", "1361011", "3461011", "00", "12610111", "12a"])
    def test_malformed_teryt_raises(self, teryt: str) -> None:
        """Wrong length, odd or out-of-range voivodeship codes are malformed."""
        with pytest.raises(InvalidFormatError, match="TERYT"):
            Unit(name="X", teryt=teryt, level="municipality")

    def test_teryt_must_fit_level(self) -> None:
        """A county cannot carry a municipal 7-digit code."""
        with pytest.raises(InconsistentError, match="level county"):
            Unit(name="Powiat krakowski", teryt="1206011", level="county")

    def test_unknown_level_raises(self) -> None:
        """Levels come from a closed, strict codelist."""
        with pytest.raises(UnknownCodeError):
            Unit(name="X", teryt="1261011", level="gmina")

    def test_blank_name_raises(self) -> None:
        """A unit needs a name."""
        with pytest.raises(InvalidValueError, match="empty"):
            Unit(name="  ", teryt="1261011", level="municipality")


class TestPriorityTask:
    """Priority public tasks."""

    def test_negative_amount_raises(self) -> None:
        """Money is never negative."""
        with pytest.raises(InvalidValueError, match="negative") as info:
            PriorityTask(title="T", planned_amount=Decimal("-0.01"))

        assert info.value.path == ("planned_amount",)

    def test_fraction_of_grosz_raises(self) -> None:
        """Money is in whole grosze."""
        with pytest.raises(InvalidValueError, match="two decimal places"):
            PriorityTask(title="T", planned_amount=Decimal("1.005"))

    def test_trailing_zero_decimals_accepted(self) -> None:
        """``1.230`` is a whole number of grosze and is accepted."""
        assert PriorityTask(title="T", planned_amount=Decimal("1.230")).planned_amount == Decimal(
            "1.23"
        )

    def test_float_amount_raises(self) -> None:
        """A float is not money."""
        with pytest.raises(InvalidTypeError):
            PriorityTask(title="T", planned_amount=1.5)  # type: ignore[arg-type]

    def test_unknown_mode_located_by_index(self) -> None:
        """An unknown mode is refused at its index."""
        with pytest.raises(UnknownCodeError) as info:
            PriorityTask(title="T", modes=("support", "grant"))

        assert info.value.path == ("modes", 1)

    @pytest.mark.parametrize("sphere", ["16", "1a", "32a"])
    def test_sphere_format_accepted(self, sphere: str) -> None:
        """Sphere points are numbers with an optional letter."""
        assert PriorityTask(title="T", sphere=sphere).sphere == sphere

    @pytest.mark.parametrize("sphere", ["pkt 16", "", "123", "16A", "16\n", "\u0661\u0666"])
    def test_sphere_format_refused(self, sphere: str) -> None:
        """Anything else is not a point of art. 4 ust. 1."""
        with pytest.raises(InvalidFormatError, match="invalid code"):
            PriorityTask(title="T", sphere=sphere)

    def test_unknown_sphere_number_loads(self) -> None:
        """A well-formed but unknown sphere is not refused: a rule reports it."""
        assert PriorityTask(title="T", sphere="99").sphere == "99"


class TestAnnualProgramme:
    """The annual programme's own invariants."""

    def test_minimal_programme_loads(self) -> None:
        """A programme with only its identity is valid: missing elements are rule findings."""
        programme = AnnualProgramme(unit=KRAKOW, year=2021, title="Program")

        assert programme.period is None
        assert programme.tasks_total == 0

    def test_resolution_after_period_raises(self) -> None:
        """A programme adopted after its period ended is meaningless."""
        with pytest.raises(InconsistentError, match="after the programme period") as info:
            AnnualProgramme(
                unit=KRAKOW,
                year=2021,
                title="P",
                period=Period.calendar_year(2021),
                resolution=Resolution(number="I/1/22", body="Rada", adopted_on=dt.date(2022, 1, 1)),
            )

        assert info.value.path == ("resolution", "adopted_on")

    def test_late_adoption_within_period_loads(self) -> None:
        """Adoption after 30 November but before the period ends still loads."""
        programme = AnnualProgramme(
            unit=KRAKOW,
            year=2020,
            title="P",
            period=Period.calendar_year(2020),
            resolution=Resolution(
                number="XXX/792/19", body="Rada Miasta Krakowa", adopted_on=dt.date(2019, 12, 5)
            ),
        )

        assert programme.adopted_on == dt.date(2019, 12, 5)

    @pytest.mark.parametrize("year", [1989, 2101])
    def test_implausible_year_raises(self, year: int) -> None:
        """Years outside the act's life are refused."""
        with pytest.raises(InvalidValueError, match="year out of range"):
            AnnualProgramme(unit=KRAKOW, year=year, title="P")

    def test_frozen(self) -> None:
        """Programmes are immutable."""
        programme = AnnualProgramme(unit=KRAKOW, year=2021, title="P")

        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            programme.year = 2022  # type: ignore[misc]

    def test_tasks_total_sums_stated_amounts(self) -> None:
        """The tasks' total ignores tasks without an amount."""
        programme = AnnualProgramme(
            unit=KRAKOW,
            year=2021,
            title="P",
            priority_tasks=(
                PriorityTask(title="a", planned_amount=Decimal("1.10")),
                PriorityTask(title="b"),
                PriorityTask(title="c", planned_amount=Decimal(2)),
            ),
        )

        assert programme.tasks_total == Decimal("3.10")

    def test_every_field_has_bilingual_title(self) -> None:
        """Every model field carries a Polish and an English title for schemas and sheets."""
        from wspolpraca._model._fields import TITLE

        classes = [
            wspolpraca.AnnualProgramme,
            wspolpraca.PriorityTask,
            wspolpraca.Unit,
            wspolpraca.Period,
            wspolpraca.Resolution,
            wspolpraca.Publication,
            wspolpraca.Goals,
            wspolpraca.Principle,
            wspolpraca.CooperationForm,
        ]
        for cls in classes:
            for field in attrs.fields(cls):
                title = field.metadata[TITLE]
                assert title.pl, (cls.__name__, field.name)
                assert title.en, (cls.__name__, field.name)
