"""Comparing units and years: indicators, missing inputs, rankings, trends, output formats."""

from __future__ import annotations

import json
import math
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import wspolpraca
from wspolpraca import (
    BudgetLine,
    BudgetYear,
    DataSource,
    ImplementationReport,
    Population,
    TaskOutcome,
    Unit,
)
from wspolpraca.comparison import (
    INDICATORS,
    PEER_GROUPS,
    Dataset,
    UnitYear,
    compute,
    peer_group,
    render,
    rows,
    sources,
    to_dataframe,
)
from wspolpraca.law import Confidence

from .conftest import ROOT

CONFIRMED = DataSource(title="Rb-28S", reference="test", confidence="confirmed")
GUS = DataSource(title="GUS", reference="test", confidence="confirmed")
KRAKOW = Unit(name="Kraków", teryt="1261011", level="city_with_county_rights")
WARSAW = Unit(name="Warszawa", teryt="1465011", level="city_with_county_rights")
WROCLAW = Unit(name="Wrocław", teryt="0264011", level="city_with_county_rights")
LISZKI = Unit(name="Liszki", teryt="1206062", level="municipality")


def _budget(unit: Unit, year: int, grants: int, total: int, **more: Any) -> BudgetYear:
    lines = (
        BudgetLine(division="852", chapter="85295", paragraph="2360", spent=Decimal(grants)),
        BudgetLine(
            division="750", chapter="75023", paragraph="4010", spent=Decimal(total - grants)
        ),
    )
    return BudgetYear(
        unit=unit,
        year=year,
        total_expenditure=Decimal(total),
        lines=lines,
        source=CONFIRMED,
        **more,
    )


def _population(unit: Unit, year: int, residents: int) -> Population:
    return Population(unit=unit, year=year, residents=residents, source=GUS)


@pytest.fixture
def dataset() -> Dataset:
    """Three cities and a rural gmina over two years, with one gap."""
    return Dataset.of(
        [
            _budget(KRAKOW, 2020, 30, 1000),
            _budget(KRAKOW, 2021, 40, 1000),
            _budget(WARSAW, 2021, 60, 1000),
            _budget(WROCLAW, 2021, 40, 1000),
            _budget(LISZKI, 2021, 90, 1000),
            _population(KRAKOW, 2021, 800),
            BudgetYear(unit=KRAKOW, year=2022, total_expenditure=Decimal(5), source=CONFIRMED),
        ]
    )


class TestIndicators:
    """Each indicator's formula and its missing inputs."""

    def test_every_indicator_has_a_computation(self) -> None:
        """Every defined indicator computes (as missing) on an empty unit-year."""
        empty = UnitYear(unit=KRAKOW, year=2021)

        for code, definition in INDICATORS.items():
            result = compute(empty, code)
            assert result.is_missing
            assert result.missing == definition.inputs

    def test_share_is_grants_over_total(self, dataset: Dataset) -> None:
        """share = grants in the paragraphs / total expenditure × 100, rounded to 0.01."""
        result = dataset.indicator("share", "1261011", 2021)

        assert result.value == Decimal("4.00")
        assert [i.name for i in result.inputs] == ["ngo_grants", "total_expenditure"]

    def test_share_rests_on_the_weakest_source(self, dataset: Dataset) -> None:
        """Grants read through the unconfirmed paragraph 236 make the share unconfirmed."""
        result = dataset.indicator("share", "1261011", 2021)

        assert result.confidence is Confidence.UNCONFIRMED
        assert result.display("en") == "4.00 % [unconfirmed]"
        assert result.display("pl") == "4,00 % [niepotwierdzone]"

    def test_missing_population_is_named_never_zero(self, dataset: Dataset) -> None:
        """Without a population, grants per resident are missing and say so."""
        result = dataset.indicator("per_resident", "1465011", 2021)

        assert result.value is None
        assert result.missing == ("population",)
        assert result.describe("pl") == "dotacje dla NGO na mieszkańca: brak danych (population)"

    def test_per_resident(self, dataset: Dataset) -> None:
        """Grants per resident divide by the population."""
        assert dataset.indicator("per_resident", "1261011", 2021).value == Decimal("0.05")

    def test_budget_without_lines_has_no_grants(self, dataset: Dataset) -> None:
        """A budget year with totals only leaves the grants missing, not zero."""
        result = dataset.indicator("share", "1261011", 2022)

        assert result.missing == ("ngo_grants",)

    def test_years_before_the_paragraphs_are_missing(self) -> None:
        """Before paragraph 236 was in force, the grants are missing."""
        data = Dataset.of([_budget(KRAKOW, 2008, 30, 1000)])

        assert data.indicator("share", "1261011", 2008).missing == ("ngo_grants",)

    def test_zero_denominator_is_missing(self) -> None:
        """A zero total expenditure gives a missing share naming it, not a division error."""
        data = Dataset.of(
            [
                BudgetYear(
                    unit=KRAKOW,
                    year=2021,
                    total_expenditure=Decimal(0),
                    lines=(BudgetLine(division="852", chapter="85295", paragraph="2360"),),
                    source=CONFIRMED,
                )
            ]
        )

        assert data.indicator("share", "1261011", 2021).missing == ("total_expenditure",)

    def test_report_indicators(self) -> None:
        """Execution, counts per 10 000 residents, and the splits by mode and area."""
        report = ImplementationReport(
            unit=KRAKOW,
            year=2021,
            planned_total=Decimal(200),
            spent_total=Decimal(150),
            competitions=8,
            offers=40,
            agreements=30,
            small_grants=10,
            tasks=(
                TaskOutcome(title="a", area="kultura", spent_amount=Decimal(100)),
                TaskOutcome(title="b", area="sport", spent_amount=Decimal(30)),
                TaskOutcome(title="c", area="kultura", spent_amount=Decimal(20)),
                TaskOutcome(title="d"),
            ),
        )
        data = Dataset.of([report, _population(KRAKOW, 2021, 20_000)])

        def value(code: str) -> Decimal | None:
            return data.indicator(code, "1261011", 2021).value

        assert value("execution") == Decimal("75.00")
        assert value("competitions_per_10k") == Decimal("4.00")
        assert value("offers_per_10k") == Decimal("20.00")
        assert value("agreements_per_10k") == Decimal("15.00")
        assert value("planned_per_resident") == Decimal("0.01")
        by_area = data.indicator("by_area", "1261011", 2021)
        assert by_area.parts == (("kultura", Decimal(120)), ("sport", Decimal(30)))
        assert by_area.value is None
        assert by_area.missing_parts == ("-",)
        by_mode = data.indicator("by_mode", "1261011", 2021)
        assert by_mode.parts == (("agreements", Decimal(30)), ("small_grants", Decimal(10)))

    def test_huge_counts_give_exact_huge_indicators(self) -> None:
        """A count beyond 28 digits is computed exactly (no InvalidOperation) and ranks."""
        report = ImplementationReport(
            unit=KRAKOW,
            year=2021,
            planned_total=Decimal(1),
            spent_total=Decimal(1),
            competitions=10**40,
        )
        data = Dataset.of([report, _population(KRAKOW, 2021, 800_000)])

        result = data.indicator("competitions_per_10k", "1261011", 2021)

        assert result.value == Decimal(10**40) * 10_000 / 800_000
        assert data.rank("competitions_per_10k", 2021).entries

    def test_spending_by_area_sums_complete_areas(self) -> None:
        """by_area sums the tasks' amounts per area when every task states one."""
        report = ImplementationReport(
            unit=KRAKOW,
            year=2021,
            tasks=(
                TaskOutcome(title="a", area="kultura", spent_amount=Decimal(100)),
                TaskOutcome(title="b", area="sport", spent_amount=Decimal(30)),
                TaskOutcome(title="c", area="kultura", spent_amount=Decimal(20)),
            ),
        )

        result = Dataset.of([report]).indicator("by_area", "1261011", 2021)

        assert result.value == Decimal(150)
        assert result.parts == (("kultura", Decimal(120)), ("sport", Decimal(30)))
        assert result.missing_parts == ()

    def test_area_with_an_unstated_amount_is_a_missing_part(self) -> None:
        """An area whose task states no amount is named missing, not summed as zero."""
        report = ImplementationReport(
            unit=KRAKOW,
            year=2021,
            tasks=(
                TaskOutcome(title="a", area="kultura", spent_amount=Decimal(100)),
                TaskOutcome(title="b", area="sport", spent_amount=Decimal(30)),
                TaskOutcome(title="c", area="sport"),
            ),
        )

        result = Dataset.of([report]).indicator("by_area", "1261011", 2021)

        assert result.value is None
        assert result.missing == ("tasks_spent",)
        assert result.parts == (("kultura", Decimal(100)),)
        assert result.missing_parts == ("sport",)
        assert result.display("en") == "missing (tasks_spent: sport)"
        assert result.as_dict()["missing_parts"] == ["sport"]

    def test_grants_by_mode_splits_the_amounts(self) -> None:
        """grants_by_mode gives the amounts per procedure as parts and their sum."""
        report = ImplementationReport(
            unit=KRAKOW,
            year=2021,
            competition_grants=Decimal("900.50"),
            small_grant_grants=Decimal("99.50"),
            other_grants=Decimal(0),
        )

        result = Dataset.of([report]).indicator("grants_by_mode", "1261011", 2021)

        assert result.value == Decimal("1000.00")
        assert result.parts == (
            ("competition_grants", Decimal("900.50")),
            ("small_grant_grants", Decimal("99.50")),
            ("other_grants", Decimal(0)),
        )
        assert result.display("en") == (
            "1000.00 zł (competition_grants 900.50; small_grant_grants 99.50; other_grants 0.00)"
            " [unconfirmed]"
        )

    def test_grants_by_mode_names_an_unstated_procedure(self) -> None:
        """A procedure whose amount the report does not state makes the split missing."""
        report = ImplementationReport(
            unit=KRAKOW, year=2021, competition_grants=Decimal(900), small_grant_grants=Decimal(99)
        )

        result = Dataset.of([report]).indicator("grants_by_mode", "1261011", 2021)

        assert result.value is None
        assert result.missing == ("other_grants",)
        assert result.display("pl") == "brak danych (other_grants)"

    def test_programme_funds_over_planned_expenditure(self) -> None:
        """planned_share takes the programme's planned funds over the planned expenditure."""
        programme = wspolpraca.load_file(ROOT / "examples" / "krakow-2021-annual.json")
        budget = BudgetYear(
            unit=KRAKOW, year=2021, planned_expenditure=Decimal(7_017_000_000), source=CONFIRMED
        )
        data = Dataset.of([programme, budget], names=["programme.json", "budget.json"])

        result = data.indicator("planned_share", "1261011", 2021)

        assert result.value == Decimal("1.46")
        assert "programme.json" in result.inputs[0].source
        assert result.inputs[0].confidence is Confidence.UNCONFIRMED


class TestPeerGroups:
    """Units are grouped by level and gmina type."""

    @pytest.mark.parametrize(
        ("unit", "group"),
        [
            (KRAKOW, "cities"),
            (LISZKI, "rural"),
            (Unit(name="Wieliczka", teryt="1219053", level="municipality"), "urban_rural"),
            (Unit(name="Bochnia", teryt="1201011", level="municipality"), "urban"),
            (Unit(name="powiat krakowski", teryt="1206", level="county"), "counties"),
            (Unit(name="małopolskie", teryt="12", level="voivodeship"), "voivodeships"),
            (Unit(name="Wieliczka – miasto", teryt="1219054", level="municipality"), "all"),
        ],
    )
    def test_group(self, unit: Unit, group: str) -> None:
        """A unit's peer group follows its level and TERYT type digit."""
        assert peer_group(unit) == group
        assert group in PEER_GROUPS


class TestRanking:
    """Ranks within a peer group."""

    def test_highest_first_with_shared_ranks(self, dataset: Dataset) -> None:
        """Cities are ranked by share, equal values share a rank, gminas are left out."""
        ranking = dataset.rank("share", 2021, "cities")

        assert [(e.rank, e.result.unit.teryt) for e in ranking.entries] == [
            (1, "1465011"),
            (2, "0264011"),
            (2, "1261011"),
        ]
        position = ranking.position("1261011")
        assert position is not None
        assert position.rank == 2
        assert ranking.position("1206062") is None

    def test_units_with_missing_values_are_listed(self, dataset: Dataset) -> None:
        """A unit of the group whose value is missing is listed with the missing inputs."""
        ranking = dataset.rank("per_resident", 2021, "cities")

        assert [e.result.unit.teryt for e in ranking.entries] == ["1261011"]
        assert [(r.unit.teryt, r.missing) for r in ranking.missing] == [
            ("0264011", ("population",)),
            ("1465011", ("population",)),
        ]

    def test_unknown_peer_group(self, dataset: Dataset) -> None:
        """An unknown peer group is a KeyError."""
        with pytest.raises(KeyError):
            dataset.rank("share", 2021, "towns")


class TestTrend:
    """One unit across years."""

    def test_change_from_the_previous_known_year(self, dataset: Dataset) -> None:
        """Each year's change is against the last year with a value; a gap has none."""
        trend = dataset.trend("share", "1261011")

        assert [(p.result.year, p.result.value, p.change) for p in trend.points] == [
            (2020, Decimal("3.00"), None),
            (2021, Decimal("4.00"), Decimal("1.00")),
            (2022, None, None),
        ]
        assert trend.points[1].change_percent == Decimal("33.33")


class TestLoading:
    """Datasets from files."""

    def test_load_directory_and_keep_problems(self, tmp_path: Path) -> None:
        """JSON documents in a directory are gathered; an unloadable one is kept as a problem."""
        (tmp_path / "b.json").write_text(wspolpraca.dumps(_budget(KRAKOW, 2021, 1, 10)), "utf-8")
        (tmp_path / "bad.json").write_text("{", "utf-8")

        data = Dataset.load([tmp_path])

        assert list(data.unit_years) == [("1261011", 2021)]
        assert data.unit_years[("1261011", 2021)].names["budget_year"].endswith("b.json")
        assert [name.endswith("bad.json") for name, _ in data.problems] == [True]

    def test_other_kinds_are_ignored(self) -> None:
        """Documents that carry no comparable figures are skipped."""
        council = wspolpraca.load_file(ROOT / "examples" / "krakow-krdpp.json")

        assert Dataset.of([council]).unit_years == {}


class TestOutput:
    """Text, JSON, CSV and DataFrames."""

    def test_text_is_polish_by_default(self, dataset: Dataset) -> None:
        """The table names the indicator, year and peer group, then the units in order."""
        text = render(dataset.rank("share", 2021))

        assert text.splitlines()[0] == (
            "udział dotacji dla NGO w wydatkach ogółem, 2021, miasta na prawach powiatu"
        )
        assert text.splitlines()[1] == "   1. Warszawa (1465011): 6,00 % [niepotwierdzone]"

    def test_json_carries_inputs_and_sources(self, dataset: Dataset) -> None:
        """The JSON ranking lists each value with its inputs, sources and confidence."""
        data = json.loads(render(dataset.rank("share", 2021), fmt="json"))

        first = data["ranking"][0]
        assert (first["rank"], first["teryt"], first["value"]) == (1, "1465011", "6.00")
        assert first["inputs"][0]["source"] == "Rb-28S (test)"

    def test_csv_rows(self, dataset: Dataset) -> None:
        """The CSV has a heading and one row per unit-year, missing values as NaN."""
        text = render(dataset.trend("share", "1261011"), fmt="csv")

        assert text.splitlines()[0] == "indicator,teryt,unit,year,value,missing,confidence,change"
        assert text.splitlines()[3].startswith("share,1261011,Kraków,2022,nan,ngo_grants,")

    def test_text_trend(self, dataset: Dataset) -> None:
        """A trend lists each year with its change."""
        text = render(dataset.trend("share", "1261011"), lang="en")

        assert "  2021: 4.00 % [unconfirmed]  (change +1.00)" in text.splitlines()

    def test_rows_of_plain_results(self, dataset: Dataset) -> None:
        """Plain results become rows without rank or change columns."""
        table = rows([dataset.indicator("per_resident", "1465011", 2021)])

        assert math.isnan(table[0]["value"])
        assert "rank" not in table[0]

    def test_sources_in_order(self, dataset: Dataset) -> None:
        """The distinct sources of a ranking's results, in order of first use."""
        assert sources(dataset.rank("per_resident", 2021).results()) == [
            "Rb-28S (test)",
            "GUS (test)",
        ]

    def test_dataframe(self, dataset: Dataset) -> None:
        """With pandas installed, a ranking becomes a DataFrame with a rank column."""
        pytest.importorskip("pandas")

        frame = to_dataframe(dataset.rank("share", 2021))

        assert list(frame["teryt"]) == ["1465011", "0264011", "1261011"]
        assert list(frame["rank"]) == [1, 2, 2]
