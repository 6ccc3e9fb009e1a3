"""Budget data: the budget_year and population kinds, the grant paragraphs, the Rb-28S reader."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import wspolpraca
from wspolpraca import BudgetLine, BudgetYear, DataSource, Population, Unit, codelists
from wspolpraca.errors import InconsistentError, InvalidFormatError, InvalidValueError
from wspolpraca.law import Confidence
from wspolpraca.rb28s import Rb28sErrors, read_rb28s, unit_of
from wspolpraca.serialization import DOCUMENT_KINDS, kind_of

KRAKOW = Unit(name="Gmina Miejska Kraków", teryt="1261011", level="city_with_county_rights")
SOURCE = DataSource(title="test data", reference="tests/test_budget.py", confidence="secondary")
HEADING = "WK;PK;GK;GT;PT;DZIAL;ROZDZIAL;PAR;PAR4;R1;R4"


def _budget(**changes: Any) -> BudgetYear:
    fields: dict[str, Any] = {
        "unit": KRAKOW,
        "year": 2021,
        "total_expenditure": Decimal("1000.00"),
        "lines": (
            BudgetLine(division="852", chapter="85295", paragraph="2360", spent=Decimal(30)),
            BudgetLine(division="921", chapter="92105", paragraph="2369", spent=Decimal(5)),
            BudgetLine(division="750", chapter="75023", paragraph="4010", spent=Decimal(900)),
        ),
        "source": SOURCE,
    }
    fields.update(changes)
    return BudgetYear(**fields)


class TestBudgetLine:
    """Invariants of one line of the classification."""

    def test_codes_have_fixed_lengths(self) -> None:
        """A division of two digits is refused at the field, naming the expected length."""
        with pytest.raises(InvalidFormatError, match="expected 3 digits") as info:
            BudgetLine(division="85", chapter="85295", paragraph="2360")

        assert info.value.path == ("division",)
        assert info.value.code == "invalid_classification_code"

    def test_chapter_belongs_to_its_division(self) -> None:
        """A chapter that does not start with its division is inconsistent."""
        with pytest.raises(InconsistentError, match="not in the division 852"):
            BudgetLine(division="852", chapter="92105", paragraph="2360")

    def test_negative_amount_is_refused(self) -> None:
        """An amount spent cannot be negative."""
        with pytest.raises(InvalidValueError):
            BudgetLine(division="852", chapter="85295", paragraph="2360", spent=Decimal(-1))


class TestBudgetYear:
    """The budget_year document kind."""

    def test_registered_as_a_kind(self) -> None:
        """``budget_year`` and ``population`` are document kinds with their classes."""
        assert DOCUMENT_KINDS["budget_year"] is BudgetYear
        assert DOCUMENT_KINDS["population"] is Population
        assert kind_of(_budget()) == "budget_year"

    def test_round_trip(self) -> None:
        """A budget year survives dumping and loading unchanged."""
        budget = _budget()

        assert wspolpraca.loads(wspolpraca.dumps(budget)) == budget

    def test_spent_in_sums_by_three_digit_paragraph(self) -> None:
        """Lines are summed by the paragraph's first three digits, whatever the fourth."""
        assert _budget().spent_in(frozenset({"236"})) == Decimal(35)

    def test_spent_in_without_lines_is_unknown(self) -> None:
        """A year with no lines has an unknown, not a zero, amount."""
        assert _budget(lines=()).spent_in(frozenset({"236"})) is None

    def test_implausible_year_is_refused(self) -> None:
        """A year outside the model's range (1990-2100) is refused."""
        with pytest.raises(InvalidValueError, match="year out of range"):
            _budget(year=1989)

    def test_unknown_confidence_is_reported_with_path(self) -> None:
        """A source's confidence outside the three levels is a load error at its path."""
        data = wspolpraca.unstructure(_budget())
        data["source"]["confidence"] = "sure"

        with pytest.raises(wspolpraca.ValidationErrors) as info:
            wspolpraca.structure(data)

        assert [e.jsonpath for e in info.value.errors] == ["$.source.confidence"]

    def test_source_level(self) -> None:
        """``DataSource.level`` is the confidence as the law module's enum."""
        assert SOURCE.level is Confidence.SECONDARY


class TestPopulation:
    """The population document kind."""

    def test_residents_must_be_positive(self) -> None:
        """Zero residents is refused."""
        with pytest.raises(InvalidValueError, match="positive whole number"):
            Population(unit=KRAKOW, year=2021, residents=0, source=SOURCE)

    def test_round_trip(self) -> None:
        """A population survives dumping and loading unchanged."""
        population = Population(unit=KRAKOW, year=2021, residents=800_000, source=SOURCE)

        assert wspolpraca.loads(wspolpraca.dumps(population)) == population


class TestGrantParagraphs:
    """The dated codelist of grant paragraphs."""

    def test_paragraph_236_from_2010(self) -> None:
        """Paragraph 236 is in force in 2021 and not in 2009, and is unconfirmed."""
        entry = codelists.GRANT_PARAGRAPHS.get("236")

        assert codelists.GRANT_PARAGRAPHS.codes(dt.date(2021, 1, 1)) == ("236",)
        assert codelists.GRANT_PARAGRAPHS.codes(dt.date(2009, 1, 1)) == ()
        assert entry is not None
        assert entry.confidence is Confidence.UNCONFIRMED


class TestUnitOf:
    """Units from the Rb-28S codes."""

    @pytest.mark.parametrize(
        ("codes", "teryt", "level"),
        [
            (("12", "61", "01", "1"), "1261011", "city_with_county_rights"),
            (("14", "65", "01", "1"), "1465011", "city_with_county_rights"),
            (("12", "06", "06", "2"), "1206062", "municipality"),
            (("12", "06", "00", "0"), "1206", "county"),
            (("12", "00", "00", "0"), "12", "voivodeship"),
        ],
    )
    def test_levels(self, codes: tuple[str, str, str, str], teryt: str, level: str) -> None:
        """The codes give the TERYT code and the level of the unit."""
        unit = unit_of(*codes)

        assert (unit.teryt, unit.level) == (teryt, level)


class TestReadRb28s:
    """The Rb-28S CSV reader."""

    def test_reads_units_in_file_order(self) -> None:
        """Rows become one budget year per unit, with totals summed from the rows."""
        text = (
            "WK,PK,GK,GT,PT,DZIAL,ROZDZIAL,PAR,PAR4,R1,R4\n"
            '12,61,1,1,,852,85295,236,0,"10,00",5.50\n'
            "12,61,1,1,,750,75023,401,0,100,90\n"
            "14,65,1,1,,852,85295,236,0,1,1\n"
        )

        years = read_rb28s(io.StringIO(text), year=2021, source=SOURCE, names={"1261011": "Kraków"})

        assert [(b.unit.teryt, b.unit.name) for b in years] == [
            ("1261011", "Kraków"),
            ("1465011", "JST 1465011"),
        ]
        assert years[0].total_expenditure == Decimal("95.50")
        assert years[0].planned_expenditure == Decimal("110.00")
        assert [line.paragraph for line in years[0].lines] == ["2360", "4010"]
        assert years[0].source is SOURCE

    def test_four_digit_paragraph_without_par4(self) -> None:
        """A full four-digit PAR is taken as it is when there is no PAR4 column."""
        text = "WK;PK;GK;GT;DZIAL;ROZDZIAL;PAR;R1;R4;NAZWA\n12;61;01;1;852;85295;2360;;7;Kraków\n"

        (budget,) = read_rb28s(io.StringIO(text), year=2021, source=SOURCE)

        assert budget.lines[0].paragraph == "2360"
        assert budget.lines[0].planned is None
        assert budget.unit.name == "Kraków"

    def test_reads_a_file_by_path(self, tmp_path: Path) -> None:
        """A path is read as UTF-8 (with or without a byte-order mark)."""
        path = tmp_path / "rb28s.csv"
        path.write_text(HEADING + "\n12;61;01;1;;852;85295;236;0;1;1\n", encoding="utf-8-sig")

        (budget,) = read_rb28s(path, year=2021, source=SOURCE)

        assert budget.unit.teryt == "1261011"

    def test_every_problem_is_located(self) -> None:
        """Bad codes, amounts and row lengths are all reported with row and column."""
        text = (
            HEADING + "\n"
            "12;61;01;1;;852;85295;236;0;1;abc\n"
            "12;6X;01;1;;852;85295;236;0;1;1\n"
            "12;61;01;1;;852;92105;236;0;1;1\n"
            "12;61;01\n"
            "12;61;01;1;;852;85295;236;0;1;-5\n"
        )

        with pytest.raises(Rb28sErrors) as info:
            read_rb28s(io.StringIO(text), year=2021, source=SOURCE, name="bulk.csv")

        found = [(e.path, e.code) for e in info.value.errors]
        assert found == [
            ((2, "R4"), "bulk_bad_amount"),
            ((3, "PK"), "bulk_bad_code"),
            ((4, "ROZDZIAL"), "chapter_outside_division"),
            ((5,), "bulk_row_length"),
            ((6, "R4"), "bulk_bad_amount"),
        ]
        assert info.value.file == "bulk.csv"
        assert info.value.lines("en")[0].startswith("bulk.csv:2:R4: invalid amount")
        assert info.value.lines("pl")[1].startswith("bulk.csv:3:PK: niepoprawny kod")

    def test_an_amount_beyond_the_model_is_refused_at_its_cell(self) -> None:
        """An amount of more than 15 whole digits is bulk_bad_amount, never rounded; 15 load."""
        text = (
            HEADING + "\n"
            "12;61;01;1;;852;85295;236;0;1;" + "9" * 40 + "\n"
            "12;61;01;1;;852;85295;236;0;1;" + "9" * 16 + "\n"
        )
        with pytest.raises(Rb28sErrors) as info:
            read_rb28s(io.StringIO(text), year=2021, source=SOURCE)
        (budget,) = read_rb28s(
            io.StringIO(HEADING + "\n12;61;01;1;;852;85295;236;0;1;" + "9" * 15 + ".99\n"),
            year=2021,
            source=SOURCE,
        )

        assert [(e.path, e.code) for e in info.value.errors] == [
            ((2, "R4"), "bulk_bad_amount"),
            ((3, "R4"), "bulk_bad_amount"),
        ]
        assert wspolpraca.loads(wspolpraca.dumps(budget)) == budget

    def test_missing_columns_are_listed(self) -> None:
        """Each required column the heading lacks is an error of its own."""
        with pytest.raises(Rb28sErrors) as info:
            read_rb28s(io.StringIO("WK;PK;GK;GT;DZIAL;ROZDZIAL;PAR\n"), year=2021, source=SOURCE)

        assert [(e.code, e.params["column"]) for e in info.value.errors] == [
            ("bulk_missing_column", "R1"),
            ("bulk_missing_column", "R4"),
        ]

    def test_empty_and_unreadable_files(self, tmp_path: Path) -> None:
        """An empty stream and a missing file are reported, not raised as OSError."""
        with pytest.raises(Rb28sErrors, match="cannot be loaded") as empty:
            read_rb28s(io.StringIO(""), year=2021, source=SOURCE)
        with pytest.raises(Rb28sErrors) as absent:
            read_rb28s(tmp_path / "nope.csv", year=2021, source=SOURCE)

        assert empty.value.errors[0].code == "bulk_unreadable"
        assert absent.value.errors[0].code == "bulk_unreadable"

    def test_blank_rows_are_skipped(self) -> None:
        """Empty rows between data rows are ignored, and row numbers stay the file's lines."""
        text = HEADING + "\n\n12;61;01;1;;852;85295;236;0;1;x\n"

        with pytest.raises(Rb28sErrors) as info:
            read_rb28s(io.StringIO(text), year=2021, source=SOURCE)

        assert info.value.errors[0].path == (3, "R4")


class TestSpreadsheet:
    """Budget years in workbooks."""

    def test_lines_round_trip_through_a_workbook(self, tmp_path: Path) -> None:
        """A budget year with lines goes to a workbook (a sheet of lines) and comes back equal."""
        pytest.importorskip("openpyxl")
        from wspolpraca.spreadsheet import export_workbook, read_workbook

        budget = _budget()
        path = tmp_path / "budget.xlsx"
        export_workbook(budget, path)

        assert read_workbook(path, "budget_year") == budget
