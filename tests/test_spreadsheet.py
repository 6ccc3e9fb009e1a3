"""Spreadsheets: export, lossless import, and problems located at the cell."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import openpyxl
import pytest
from openpyxl.utils import get_column_letter

import wspolpraca
from wspolpraca import AnnualProgramme, PriorityTask
from wspolpraca import spreadsheet as sp
from wspolpraca.cli import main

from .conftest import EXAMPLE


@pytest.fixture(scope="module")
def programme() -> AnnualProgramme:
    """The Kraków 2021 example programme."""
    return wspolpraca.load_file(EXAMPLE, AnnualProgramme)


@pytest.fixture
def book(tmp_path: Path, programme: AnnualProgramme) -> Path:
    """The example exported to a Polish workbook."""
    path = tmp_path / "programme.xlsx"
    sp.export_workbook(programme, path)
    return path


def _edit(path: Path, sheet: str, cells: dict[str, Any]) -> None:
    workbook = openpyxl.load_workbook(path)
    for ref, value in cells.items():
        workbook[sheet][ref] = value
    workbook.save(path)


def _problems(path: Path) -> list[sp.LocatedProblem]:
    with pytest.raises(sp.SpreadsheetErrors, match="cannot be loaded") as caught:
        sp.read_workbook(path)
    return list(caught.value.located)


def _tasks_column(path: Path, heading: str) -> str:
    sheet = openpyxl.load_workbook(path)["Zadania priorytetowe"]
    return next(str(c.column_letter) for c in sheet[1] if c.value == heading)


class TestRoundTrip:
    """Export then import gives an equal document."""

    @pytest.mark.parametrize("lang", ["pl", "en"])
    def test_workbook(self, tmp_path: Path, programme: AnnualProgramme, lang: Any) -> None:
        """The example survives a workbook with Polish or English headings."""
        path = tmp_path / "p.xlsx"
        sp.export_workbook(programme, path, lang=lang)

        assert sp.read_workbook(path, "annual_programme") == programme

    def test_csv(self, tmp_path: Path, programme: AnnualProgramme) -> None:
        """The example survives a directory of CSV files."""
        sp.export_csv(programme, tmp_path / "csv")

        assert sp.read_csv(tmp_path / "csv") == programme

    def test_awkward_values(self, tmp_path: Path, programme: AnnualProgramme) -> None:
        """Control characters, formula-like text and amounts beyond 15 digits come back exact."""
        task = PriorityTask(
            title="=SUM(A1)\x1f_x0041_", planned_amount=Decimal("12345678901234.56")
        )
        doc = attrs.evolve(programme, priority_tasks=(task,), planned_funds=Decimal("0.10"))
        path = tmp_path / "p.xlsx"
        sp.export_workbook(doc, path)

        assert sp.read_workbook(path) == doc


class TestLayout:
    """What the officer sees in the workbook."""

    def test_sheets_and_headings(self, book: Path) -> None:
        """The main sheet comes first; repeated parts have sheets headed by field titles."""
        workbook = openpyxl.load_workbook(book)

        assert workbook.sheetnames[0] == "Dokument"
        assert "Zadania priorytetowe" in workbook.sheetnames
        heads = [c.value for c in workbook["Zadania priorytetowe"][1]]
        assert heads == [
            "Zadanie",
            "Obszar priorytetowy",
            "Sfera zadań publicznych",
            "Jednostka odpowiedzialna",
            "Planowana kwota",
        ]
        modes = workbook["Tryb zlecania"]
        assert modes["A1"].value == "Wiersz w arkuszu „Zadania priorytetowe”"
        assert workbook["_codelists"].sheet_state == "hidden"

    def test_english_headings(self, tmp_path: Path, programme: AnnualProgramme) -> None:
        """With lang="en" the sheets and headings are the English titles."""
        path = tmp_path / "en.xlsx"
        sp.export_workbook(programme, path, lang="en")
        workbook = openpyxl.load_workbook(path)

        assert workbook.sheetnames[0] == "Document"
        assert workbook["Priority tasks"]["E1"].value == "Planned amount"

    def test_typed_cells(self, book: Path) -> None:
        """Amounts are numbers formatted with grosze; dates are date cells."""
        workbook = openpyxl.load_workbook(book)
        tasks = workbook["Zadania priorytetowe"]
        main = workbook["Dokument"]
        adopted = next(row for row in main.iter_rows() if row[0].value == "Uchwała › Data podjęcia")

        assert tasks["E2"].value == 9500000
        assert tasks["E2"].number_format == "#,##0.00"
        assert isinstance(adopted[1].value, dt.datetime)
        assert adopted[1].value.date() == dt.date(2020, 11, 25)
        assert adopted[1].number_format == "yyyy-mm-dd"

    def test_codelist_drop_downs(self, book: Path) -> None:
        """A strict codelist refuses other codes; an open one only suggests."""
        workbook = openpyxl.load_workbook(book)
        modes = workbook["Tryb zlecania"].data_validations.dataValidation
        forms = workbook["Formy współpracy"].data_validations.dataValidation

        assert modes[0].type == "list"
        assert modes[0].errorStyle == "stop"
        assert "B2" in modes[0].sqref
        assert forms[0].errorStyle == "information"


class TestBadInput:
    """Hand edits give located errors or a documented tolerant reading."""

    def test_renamed_column(self, book: Path) -> None:
        """A renamed heading is unknown at its cell, and its column is missing."""
        _edit(book, "Zadania priorytetowe", {"E1": "Kwota planowana"})

        problems = _problems(book)

        assert [(p.code, str(p.cell)) for p in problems] == [
            ("unknown_heading", "'Zadania priorytetowe'!E1"),
            ("missing_heading", "'Zadania priorytetowe'!1:1"),
        ]
        assert "Planowana kwota" in problems[0].message("pl")

    def test_missing_column(self, book: Path) -> None:
        """A deleted column is reported on the heading row."""
        workbook = openpyxl.load_workbook(book)
        workbook["Zadania priorytetowe"].delete_cols(2)
        workbook.save(book)

        (problem,) = _problems(book)

        assert problem.code == "missing_heading"
        assert "Obszar priorytetowy" in problem.message("pl")

    def test_extra_sheet(self, book: Path) -> None:
        """A sheet that is not in the template and holds data is an error."""
        workbook = openpyxl.load_workbook(book)
        workbook.create_sheet("Arkusz1")["A1"] = "notatka"
        workbook.create_sheet("Pusty")
        workbook.save(book)

        (problem,) = _problems(book)

        assert problem.code == "unknown_sheet"
        assert problem.cell == sp.Cell(sheet="Arkusz1")

    def test_merged_cells(self, book: Path) -> None:
        """Merged cells are an error at the range's first cell."""
        workbook = openpyxl.load_workbook(book)
        workbook["Zadania priorytetowe"].merge_cells("B2:B3")
        workbook.save(book)

        (problem,) = _problems(book)

        assert problem.code == "merged_cells"
        assert str(problem.cell) == "'Zadania priorytetowe'!B2"

    def test_formula(self, book: Path) -> None:
        """A formula is an error at its cell, reported once."""
        _edit(book, "Zadania priorytetowe", {"E3": "=E2*2"})

        (problem,) = _problems(book)

        assert problem.code == "formula"
        assert str(problem.cell) == "'Zadania priorytetowe'!E3"

    def test_date_typed_as_text(self, book: Path, programme: AnnualProgramme) -> None:
        """ISO and DD.MM.YYYY text are dates; other text is invalid_date at the cell."""
        main = openpyxl.load_workbook(book)["Dokument"]
        row = next(c.row for c in main["A"] if c.value == "Uchwała › Data podjęcia")
        _edit(book, "Dokument", {f"B{row}": "25.11.2020"})
        assert sp.read_workbook(book) == programme

        _edit(book, "Dokument", {f"B{row}": "25 listopada 2020"})
        (problem,) = _problems(book)

        assert problem.code == "invalid_date"
        assert problem.jsonpath == "$.resolution.adopted_on"
        assert str(problem.cell) == f"'Dokument'!B{row}"

    @pytest.mark.parametrize(
        ("typed", "amount"),
        [("1 234,50 zł", "1234.50"), ("1\u00a0234,5", "1234.50"), ("1234.50 PLN", "1234.50")],
    )
    def test_polish_amount_text(self, book: Path, typed: str, amount: str) -> None:
        """Spaces between thousands, a decimal comma and a currency are read."""
        _edit(book, "Zadania priorytetowe", {"E2": typed})

        assert sp.read_workbook(book).priority_tasks[0].planned_amount == Decimal(amount)  # type: ignore[union-attr]

    @pytest.mark.parametrize(
        ("typed", "code"),
        [
            ("1,234.50", "invalid_money"),
            ("1.234,50", "invalid_money"),
            ("12,345", "too_many_decimal_places"),
        ],
    )
    def test_ambiguous_amount_text(self, book: Path, typed: str, code: str) -> None:
        """Amounts whose separators are ambiguous are located errors, never guesses."""
        _edit(book, "Zadania priorytetowe", {"E2": typed})

        (problem,) = _problems(book)

        assert problem.code == code
        assert problem.jsonpath == "$.priority_tasks[0].planned_amount"
        assert str(problem.cell) == "'Zadania priorytetowe'!E2"

    def test_hidden_rows_are_read(self, book: Path, programme: AnnualProgramme) -> None:
        """A hidden row is read like a visible one."""
        workbook = openpyxl.load_workbook(book)
        workbook["Zadania priorytetowe"].row_dimensions[3].hidden = True
        workbook.save(book)

        assert sp.read_workbook(book) == programme

    def test_empty_rows_are_skipped(self, book: Path, programme: AnnualProgramme) -> None:
        """Empty rows, trailing or inside the data, hold nothing and are skipped."""
        workbook = openpyxl.load_workbook(book)
        sheet = workbook["Zadania priorytetowe"]
        sheet.append([None, None, None])
        sheet["A20"].number_format = "0.00"
        sheet.insert_rows(3)
        # the tasks below the inserted row moved down by one: so do their references
        for cell in workbook["Tryb zlecania"]["A"][1:]:
            cell.value = cell.value + 1 if isinstance(cell.value, int) and cell.value >= 3 else 2
        workbook.save(book)

        assert sp.read_workbook(book) == programme

    def test_invalid_parent_row(self, book: Path) -> None:
        """A parent row that names no item is an error at its cell, not a dropped row."""
        _edit(book, "Tryb zlecania", {"A2": 99})

        (problem,) = _problems(book)

        assert problem.code == "invalid_parent_row"
        assert str(problem.cell) == "'Tryb zlecania'!A2"

    def test_number_in_text_column(self, book: Path, programme: AnnualProgramme) -> None:
        """A whole number typed in a text column is read as its digits."""
        main = openpyxl.load_workbook(book)["Dokument"]
        row = next(c.row for c in main["A"] if c.value == "Jednostka samorządu › Kod TERYT")
        _edit(book, "Dokument", {f"B{row}": 1261011})

        assert sp.read_workbook(book) == programme

    def test_not_a_workbook(self, tmp_path: Path) -> None:
        """A file that is not a workbook is one error, not a traceback."""
        path = tmp_path / "x.xlsx"
        path.write_text("not a zip", "utf-8")

        (problem,) = _problems(path)

        assert problem.code == "not_a_workbook"
        assert problem.cell is None

    def test_zip_of_a_newer_version_is_not_a_workbook(self, book: Path) -> None:
        """An archive whose entries need a zip version Python cannot read is one error."""
        data = bytearray(book.read_bytes())
        central = data.index(b"PK\x01\x02")  # the first entry of the central directory
        data[central + 6 : central + 8] = (99).to_bytes(2, "little")  # "version needed": 9.9
        book.write_bytes(bytes(data))

        (problem,) = _problems(book)

        assert problem.code == "not_a_workbook"
        assert problem.cell is None

    def test_missing_main_sheet(self, book: Path) -> None:
        """Without the main sheet the kind is unknown: one error names the sheet."""
        workbook = openpyxl.load_workbook(book)
        workbook["Dokument"].title = "Główny"
        workbook.save(book)

        codes = [p.code for p in _problems(book)]

        assert codes == ["missing_sheet"]


class TestLocations:
    """Errors and findings carry the sheet, row and column."""

    def test_repeated_errors_are_grouped(self, book: Path) -> None:
        """Three bad amounts in one column are one group with a count and the first cells."""
        _edit(book, "Zadania priorytetowe", {"E2": "dużo", "E3": "-5", "E4": "x", "E6": "y"})

        with pytest.raises(sp.SpreadsheetErrors) as caught:
            sp.read_workbook(book)
        groups = caught.value.groups()

        assert [(g.first.code, g.count) for g in groups] == [
            ("invalid_money", 3),
            ("negative_amount", 1),
        ]
        line = groups[0].describe("en")
        assert line.startswith("'Zadania priorytetowe'!E:E (Planowana kwota): invalid amount")
        assert "3 cells in column E, the first: E2, E4, E6" in line

    def test_missing_required_value(self, book: Path) -> None:
        """An emptied required cell is a missing field at that cell."""
        _edit(book, "Zadania priorytetowe", {"A4": None})

        (problem,) = _problems(book)

        assert problem.code == "missing_field"
        assert problem.jsonpath == "$.priority_tasks[2].title"
        assert str(problem.cell) == "'Zadania priorytetowe'!A4"
        assert problem.as_dict("en")["row"] == 4

    def test_findings_are_located(self, book: Path) -> None:
        """A rule finding points at the cell of the value it concerns."""
        imported = sp.import_workbook(book)
        _, located = imported.check()
        prg006 = next(p for p in located if p.code == "WSP-PRG-006")

        assert prg006.cell is not None
        assert prg006.cell.sheet == "Formy współpracy"
        assert prg006.cell.row == 7


class TestCommandLine:
    """``wspolpraca import``, ``export`` and ``check`` on workbooks."""

    def test_export_then_import(self, tmp_path: Path) -> None:
        """export writes a workbook that import turns back into the same JSON."""
        out = io.StringIO()
        book = tmp_path / "k.xlsx"
        assert main(["export", str(EXAMPLE), str(book), "--lang", "en"], stdout=out) == 0

        assert main(["import", str(book), "--kind", "annual_programme"], stdout=out) == 0

        assert wspolpraca.loads(out.getvalue()) == wspolpraca.load_file(EXAMPLE)

    def test_check_workbook(self, book: Path) -> None:
        """check reads a workbook and names the cell of each finding."""
        out = io.StringIO()

        code = main(["check", str(book)], stdout=out)

        assert code == 0
        assert f"{book}:'Formy współpracy'!A7 (Forma):" in out.getvalue()

    def test_check_unloadable_workbook(self, book: Path) -> None:
        """Load errors of a workbook are listed by cell and the exit code is 2."""
        _edit(book, "Zadania priorytetowe", {"E2": "dużo", "E3": "x"})
        out = io.StringIO()

        code = main(["check", str(book), "--lang", "en"], stdout=out)

        assert code == 2
        assert "'Zadania priorytetowe'!E:E (Planowana kwota)" in out.getvalue()
        assert "2 cells in column E" in out.getvalue()

    def test_check_json_output(self, book: Path) -> None:
        """JSON output gives the sheet, row and column of each finding."""
        out = io.StringIO()

        main(["check", str(book), "--format", "json"], stdout=out)
        finding = json.loads(out.getvalue())["files"][0]["findings"][0]

        assert (finding["sheet"], finding["row"], finding["column"]) == ("Formy współpracy", 7, "A")

    def test_import_kind_mismatch(self, book: Path) -> None:
        """Importing as another kind is a located error with exit code 2."""
        out = io.StringIO()

        code = main(["import", str(book), "--kind", "council"], stdout=out)

        assert code == 2
        assert "'Dokument'!B2" in out.getvalue()
        assert "[kind_mismatch]" in out.getvalue()


def test_missing_extra(monkeypatch: pytest.MonkeyPatch, programme: AnnualProgramme) -> None:
    """Without openpyxl, the error names the extra to install."""
    monkeypatch.setitem(sys.modules, "openpyxl", None)

    with pytest.raises(ImportError, match=r"wspolpraca\[xlsx\]"):
        sp.export_workbook(programme, "never.xlsx")


LIBREOFFICE = Path(__file__).parent / "data" / "libreoffice"
"""Workbooks exported by the library, then opened and saved by LibreOffice 7.4 (headless
``soffice --convert-to 'xlsx:Calc MS Excel 2007 XML'``), recorded so that CI needs no office."""


class TestOfficeSoftware:
    """Workbooks that LibreOffice and Excel users save, and what they see in them."""

    @pytest.mark.parametrize(
        ("name", "example"),
        [
            ("krakow-2026-small-grants.pl.xlsx", "krakow-2026-small-grants.json"),
            ("krakow-2021-annual.en.xlsx", "krakow-2021-annual.json"),
        ],
    )
    def test_libreoffice_saved_workbook_imports(self, name: str, example: str) -> None:
        """A workbook saved by LibreOffice without an edit reads back as the same document."""
        path = LIBREOFFICE / name

        document = sp.read_workbook(path)

        assert document == wspolpraca.load_file(EXAMPLE.parent / example)

    def test_libreoffice_writes_yes_no_as_formulas(self) -> None:
        """The recorded fixture really holds LibreOffice's ``=TRUE()``/``=FALSE()`` formulas."""
        workbook = openpyxl.load_workbook(LIBREOFFICE / "krakow-2026-small-grants.pl.xlsx")

        formulas = {
            cell.value
            for row in workbook["Małe granty"].iter_rows()
            for cell in row
            if cell.data_type == "f"
        }

        assert formulas == {"=TRUE()", "=FALSE()"}

    def test_literal_formulas_read_as_values(self, tmp_path: Path) -> None:
        """``=TRUE()``, ``=FALSE``, ``="text"`` and ``=12`` written by openpyxl read as values."""
        grants = wspolpraca.load_file(EXAMPLE.parent / "krakow-2026-small-grants.json")
        path = tmp_path / "grants.xlsx"
        sp.export_workbook(grants, path)
        sheet = openpyxl.load_workbook(path)["Małe granty"]
        heads = {cell.value: get_column_letter(cell.column or 1) for cell in sheet[1]}
        status = heads["Organizacja › Status organizacji pożytku publicznego"]
        _edit(
            path,
            "Małe granty",
            {
                f"{status}2": "=TRUE()",
                f"{status}3": "=false",
                f"{heads['Tytuł zadania']}2": '="Nowy ""tytuł"""',
                f"{heads['Liczba zgłoszonych uwag']}2": "=12",
            },
        )

        register = sp.read_workbook(path)
        assert isinstance(register, wspolpraca.SmallGrantRegister)
        first, second = register.grants[:2]

        assert first.organisation.public_benefit is True
        assert second.organisation.public_benefit is False
        assert first.task_title == 'Nowy "tytuł"'
        assert first.comments_received == 12

    def test_real_formula_still_refused(self, tmp_path: Path) -> None:
        """A formula that computes (``=1+1``, ``=TRUE()*1``) is refused at its cell."""
        grants = wspolpraca.load_file(EXAMPLE.parent / "krakow-2026-small-grants.json")
        path = tmp_path / "grants.xlsx"
        sp.export_workbook(grants, path)
        _edit(path, "Małe granty", {"G2": "=TRUE()*1", "Q3": "=1+1"})

        problems = _problems(path)

        assert [(p.code, str(p.cell)) for p in problems] == [
            ("formula", "'Małe granty'!G2"),
            ("formula", "'Małe granty'!Q3"),
        ]

    @pytest.mark.parametrize("lang", ["pl", "en"])
    def test_drop_downs_block_and_show_labels(self, book: Path, lang: str) -> None:
        """Every drop-down shows its error; strict lists stop; the list shows labels in *lang*."""
        sp.export_workbook(wspolpraca.load_file(EXAMPLE), book, lang=lang)  # type: ignore[arg-type]
        workbook = openpyxl.load_workbook(book)
        validations = [
            validation
            for sheet in workbook.worksheets
            for validation in sheet.data_validations.dataValidation
        ]
        levels = [cell.value for cell in workbook["_codelists"]["A"]]
        main = workbook.worksheets[0]
        level = next(
            row[1].value
            for row in main.iter_rows()
            if "›" in str(row[0].value) and str(row[0].value).endswith(("Szczebel", "Level"))
        )

        assert validations
        assert all(v.showErrorMessage and v.error for v in validations)
        assert {v.errorStyle for v in validations} == {"stop", "information"}
        expected = {"pl": "miasto na prawach powiatu", "en": "city with county rights"}[lang]
        assert level == expected
        assert expected in levels
        assert "city_with_county_rights" not in levels

    def test_labels_map_back_to_codes(self, book: Path, programme: AnnualProgramme) -> None:
        """A label typed or picked in either language reads back as its code."""
        main = openpyxl.load_workbook(book).worksheets[0]
        row = next(r[0].row for r in main.iter_rows() if str(r[0].value).endswith("Szczebel"))
        _edit(book, "Dokument", {f"B{row}": "City with county rights"})

        assert sp.read_workbook(book) == programme

    def test_widths_and_number_formats(self, tmp_path: Path) -> None:
        """Columns are as wide as their text (10 to 60); counts are whole numbers, not money."""
        grants = wspolpraca.load_file(EXAMPLE.parent / "krakow-2026-small-grants.json")
        path = tmp_path / "grants.xlsx"
        sp.export_workbook(grants, path)
        sheet = openpyxl.load_workbook(path)["Małe granty"]
        heads = {cell.value: get_column_letter(cell.column or 1) for cell in sheet[1]}
        widths = {sheet.column_dimensions[letter].width for letter in heads.values()}

        assert len(widths) > 3
        assert all(10 <= width <= 60 for width in widths)
        assert sheet[f"{heads['Liczba zgłoszonych uwag']}2"].number_format == "0"
        assert sheet[f"{heads['Kwota dotacji']}2"].number_format == "#,##0.00"

    @pytest.mark.parametrize("suffix", [".ods", ".xls", ".numbers"])
    def test_other_spreadsheet_formats_refused_by_name(self, tmp_path: Path, suffix: str) -> None:
        """An OpenDocument (or old Excel, Numbers) file is refused naming its format."""
        path = tmp_path / f"programme{suffix}"
        path.write_bytes(b"PK\x03\x04 not read")

        (problem,) = _problems(path)

        assert problem.code == "unsupported_workbook"
        assert suffix in problem.problem.message("en")
        assert "zapisz plik jako skoroszyt Excela (.xlsx)" in problem.problem.message("pl")

    def test_check_refuses_ods_by_name(self, tmp_path: Path) -> None:
        """``wspolpraca check x.ods`` names the format instead of calling it bad UTF-8."""
        path = tmp_path / "programme.ods"
        path.write_bytes(b"PK\x03\x04")
        out = io.StringIO()

        code = main(["check", str(path)], stdout=out)

        assert code == 2
        assert "[unsupported_workbook]" in out.getvalue()
        assert "UTF-8" not in out.getvalue()


class TestCsvDialects:
    """CSV for Polish Excel (``;``, a BOM, decimal commas) is written, and both are read."""

    def test_excel_pl_is_written(self, tmp_path: Path, programme: AnnualProgramme) -> None:
        """``excel-pl`` files start with a BOM, separate with ``;`` and write 1234,50."""
        sp.export_csv(programme, tmp_path, dialect="excel-pl")

        data = (tmp_path / "Zadania priorytetowe.csv").read_bytes()

        assert data.startswith(b"\xef\xbb\xbf")
        header = data[3:].split(b"\r\n", 1)[0].decode("utf-8")
        assert header.count(";") >= 3
        assert "," not in header
        assert ";9500000,00" in data.decode("utf-8-sig")

    @pytest.mark.parametrize("dialect", ["excel", "excel-pl"])
    @pytest.mark.parametrize(
        "example", ["krakow-2021-annual.json", "krakow-krdpp.json", "krakow-2026-small-grants.json"]
    )
    def test_both_dialects_read_back(self, tmp_path: Path, dialect: str, example: str) -> None:
        """Files of either dialect read back as the same document."""
        document = wspolpraca.load_file(EXAMPLE.parent / example)

        sp.export_csv(document, tmp_path, dialect=dialect)

        assert sp.read_csv(tmp_path) == document

    @pytest.mark.parametrize("dialect", ["excel", "excel-pl"])
    @pytest.mark.parametrize("text", ["\r", "a;b", "a,b", '"', "x\ny;z"])
    def test_awkward_text_does_not_fool_the_dialect(
        self, tmp_path: Path, programme: AnnualProgramme, dialect: str, text: str
    ) -> None:
        """Separators, quotes and line breaks inside values still read back in both dialects."""
        task = attrs.evolve(programme.priority_tasks[0], title=f"x{text}x")
        document = attrs.evolve(programme, priority_tasks=(task,), notes=(f"n{text}",))

        sp.export_csv(document, tmp_path, dialect=dialect)

        assert sp.read_csv(tmp_path) == document

    def test_lone_carriage_return(self, tmp_path: Path) -> None:
        """A value that is a lone CR (found by the property test) reads back from plain CSV."""
        round_ = wspolpraca.ConsultationRound(
            unit=wspolpraca.Unit(name="0", teryt="0260000", level="city_with_county_rights"),
            draft=wspolpraca.DraftAct(title="0", act_kind="annual_programme"),
            window=wspolpraca.Period(start=dt.date(2011, 1, 1), end=dt.date(2011, 1, 1)),
            remarks=(
                wspolpraca.Remark(
                    id="U-1",
                    submitter="0",
                    proposal="0",
                    answer=wspolpraca.Answer(state="accepted", justification="\r"),
                ),
            ),
        )

        sp.export_csv(round_, tmp_path)

        assert sp.read_csv(tmp_path) == round_

    def test_unknown_dialect(self, tmp_path: Path, programme: AnnualProgramme) -> None:
        """An unknown dialect is refused before anything is written."""
        with pytest.raises(ValueError, match="excel-pl"):
            sp.export_csv(programme, tmp_path / "out", dialect="tsv")

        assert not (tmp_path / "out").exists()

    def test_command_line_csv(self, tmp_path: Path) -> None:
        """``export FILE DIR --csv-dialect excel-pl`` writes CSV that ``import DIR`` reads."""
        out = io.StringIO()
        folder = tmp_path / "csv"

        assert main(["export", str(EXAMPLE), str(folder), "--csv-dialect", "excel-pl"]) == 0
        assert main(["import", str(folder)], stdout=out) == 0

        assert wspolpraca.loads(out.getvalue()) == wspolpraca.load_file(EXAMPLE)


class TestTemplates:
    """Blank, annotated workbooks per kind, in both languages."""

    @pytest.mark.parametrize("lang", ["pl", "en"])
    @pytest.mark.parametrize("kind", sorted(wspolpraca.serialization.DOCUMENT_KINDS))
    def test_template_is_blank_annotated_and_readable(
        self, tmp_path: Path, kind: str, lang: str
    ) -> None:
        """The template names the kind, has every heading with a note, and no values."""
        path = tmp_path / "t.xlsx"

        sp.export_template(kind, path, lang=lang)  # type: ignore[arg-type]

        workbook = openpyxl.load_workbook(path)
        main_sheet = workbook.worksheets[0]
        assert main_sheet["B2"].value == kind
        fields = list(main_sheet.iter_rows(min_row=4))
        assert fields
        assert all(row[0].comment is not None for row in fields)
        assert all(row[1].value is None for row in fields)
        for sheet in workbook.worksheets[1:]:
            if sheet.title != "_codelists":
                assert sheet.max_row == 1
        required = {"pl": "wymagane", "en": "required"}[lang]
        assert any(required in str(getattr(row[0].comment, "text", "")) for row in fields)

    def test_filled_template_imports(self, tmp_path: Path) -> None:
        """A council template with its required fields filled in reads as a council."""
        path = tmp_path / "council.xlsx"
        sp.export_template("council", path)
        main_sheet = openpyxl.load_workbook(path).worksheets[0]
        rows = {row[0].value: row[0].row for row in main_sheet.iter_rows()}
        _edit(
            path,
            "Dokument",
            {
                f"B{rows['Nazwa']}": "Rada Działalności Pożytku Publicznego Gminy X",
                f"B{rows['Jednostka samorządu › Nazwa']}": "Gmina X",
                f"B{rows['Jednostka samorządu › Kod TERYT']}": "0201011",
                f"B{rows['Jednostka samorządu › Szczebel']}": "gmina",
            },
        )

        council = sp.read_workbook(path)

        assert isinstance(council, wspolpraca.Council)
        assert council.unit.level == "municipality"

    def test_template_command(self, tmp_path: Path) -> None:
        """``wspolpraca template KIND -o OUT --lang en`` writes the English template."""
        path = tmp_path / "r.xlsx"

        code = main(["template", "implementation_report", "-o", str(path), "--lang", "en"])

        assert code == 0
        assert openpyxl.load_workbook(path).worksheets[0].title == "Document"

    def test_unknown_kind(self, tmp_path: Path) -> None:
        """An unknown kind is a located document error."""
        with pytest.raises(wspolpraca.errors.DocumentError, match="unknown document kind"):
            sp.export_template("programme", tmp_path / "x.xlsx")
