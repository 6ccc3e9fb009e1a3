"""The Rb-28S reader for the ministry's published form: a ZIP archive holding a dBASE table."""

from __future__ import annotations

import shutil
import sys
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest

from wspolpraca import DataSource
from wspolpraca.comparison import Dataset
from wspolpraca.rb28s import Rb28sErrors, read_rb28s_dbf

DATA = Path(__file__).parent / "data" / "rb28s"
SOURCE = DataSource(title="Rb-28S (fixture)", reference="tests/data/rb28s", confidence="confirmed")

pytestmark = pytest.mark.filterwarnings("error")


def _lines(error: pytest.ExceptionInfo[Rb28sErrors], lang: str = "en") -> list[str]:
    return error.value.lines("pl" if lang == "pl" else "en")


class TestRecordedArchive:
    """The recorded fixture: dBASE III, code page 1250, codes as numeric fields."""

    @pytest.fixture(autouse=True)
    def _needs_dbfread(self) -> None:
        pytest.importorskip("dbfread")

    def test_reads_one_budget_year_per_unit_with_its_lines(self) -> None:
        """The archive's table gives each unit its lines, totals and padded codes."""
        budgets = read_rb28s_dbf(DATA / "Rb28S_sample.zip", year=2021, source=SOURCE)

        assert [(b.unit.teryt, b.unit.level) for b in budgets] == [
            ("1261011", "city_with_county_rights"),
            ("1206062", "municipality"),
            ("1206", "county"),
        ]
        krakow = budgets[0]
        assert krakow.unit.name == "Gmina Miejska Kraków"
        assert [(line.paragraph, line.spent) for line in krakow.lines] == [
            ("2360", Decimal("1234567.89")),
            ("4010", Decimal("58765432.11")),
        ]
        assert krakow.total_expenditure == Decimal("60000000.00")
        assert krakow.planned_expenditure == Decimal("61500000.00")

    def test_a_table_outside_an_archive_reads_the_same(self, tmp_path: Path) -> None:
        """The bare ``.dbf`` table gives the same records as the archive."""
        with zipfile.ZipFile(DATA / "Rb28S_sample.zip") as archive:
            archive.extract("Rb28S.dbf", tmp_path)

        bare = read_rb28s_dbf(tmp_path / "Rb28S.dbf", year=2021, source=SOURCE)

        assert bare == read_rb28s_dbf(DATA / "Rb28S_sample.zip", year=2021, source=SOURCE)

    def test_a_header_without_code_page_is_read_as_cp1250(self, tmp_path: Path) -> None:
        """Language driver 0 (no code page) decodes names as Windows-1250."""
        with zipfile.ZipFile(DATA / "Rb28S_sample.zip") as archive:
            table = bytearray(archive.read("Rb28S.dbf"))
        table[29] = 0
        (tmp_path / "t.dbf").write_bytes(bytes(table))

        budgets = read_rb28s_dbf(tmp_path / "t.dbf", year=2021, source=SOURCE)

        assert budgets[0].unit.name == "Gmina Miejska Kraków"

    def test_bad_records_are_located_at_record_and_column(self) -> None:
        """Every bad amount and code is reported at once, at its record number and column."""
        with pytest.raises(Rb28sErrors) as error:
            read_rb28s_dbf(DATA / "Rb28S_bad.dbf", year=2021, source=SOURCE, name="bad.dbf")

        assert [e.code for e in error.value.errors] == ["bulk_bad_amount", "bulk_bad_code"]
        assert _lines(error, "pl")[1] == (
            "bad.dbf:2:PK: niepoprawny kod w kolumnie PK, oczekiwano 2 cyfr (otrzymano '6X') "
            "[bulk_bad_code]"
        )
        assert [e.path for e in error.value.errors] == [(1, "R4"), (2, "PK")]

    def test_a_missing_column_is_located_at_the_fields(self, tmp_path: Path) -> None:
        """A table without R4 names the column, located at its fields."""
        with zipfile.ZipFile(DATA / "Rb28S_sample.zip") as archive:
            table = bytearray(archive.read("Rb28S.dbf"))
        start = table.index(b"R4" + bytes(9))  # the descriptor: the name, NUL-padded
        table[start : start + 2] = b"RX"
        (tmp_path / "t.dbf").write_bytes(bytes(table))

        with pytest.raises(Rb28sErrors) as error:
            read_rb28s_dbf(tmp_path / "t.dbf", year=2021, source=SOURCE, name="t.dbf")

        assert [e.path for e in error.value.errors] == [("fields", "R4")]
        assert error.value.errors[0].code == "bulk_missing_column"

    def test_an_archive_must_hold_one_table(self, tmp_path: Path) -> None:
        """An archive with two tables is refused, naming them."""
        with zipfile.ZipFile(tmp_path / "two.zip", "w") as archive:
            archive.writestr("a.dbf", b"")
            archive.writestr("b.DBF", b"")

        with pytest.raises(Rb28sErrors) as error:
            read_rb28s_dbf(tmp_path / "two.zip", year=2021, source=SOURCE, name="two.zip")

        assert _lines(error) == [
            (
                "two.zip:: the Rb-28S dBASE file (or ZIP archive) cannot be read: the archive "
                "holds 2 dBASE (.dbf) tables (a.dbf, b.DBF), expected one [bulk_dbf_unreadable]"
            )
        ]

    def test_archive_of_a_newer_zip_version_is_unreadable(self, tmp_path: Path) -> None:
        """An archive whose entry needs a zip version Python cannot read is a located error."""
        data = bytearray((DATA / "Rb28S_sample.zip").read_bytes())
        central = data.index(b"PK\x01\x02")
        data[central + 6 : central + 8] = (99).to_bytes(2, "little")  # "version needed": 9.9
        (tmp_path / "new.zip").write_bytes(bytes(data))

        with pytest.raises(Rb28sErrors) as error:
            read_rb28s_dbf(tmp_path / "new.zip", year=2021, source=SOURCE, name="new.zip")

        assert error.value.errors[0].code == "bulk_dbf_unreadable"

    def test_text_that_is_not_a_table_is_unreadable(self, tmp_path: Path) -> None:
        """A file that is not a dBASE table says so instead of raising a decoding error."""
        (tmp_path / "x.dbf").write_text("WK;PK\n", "utf-8")

        with pytest.raises(Rb28sErrors) as error:
            read_rb28s_dbf(tmp_path / "x.dbf", year=2021, source=SOURCE, name="x.dbf")

        assert error.value.errors[0].code == "bulk_dbf_unreadable"
        assert "not a dBASE table (its first byte is 0x57)" in _lines(error)[0]

    def test_a_truncated_table_is_unreadable_never_short(self, tmp_path: Path) -> None:
        """Cutting the table's records short is a located error, never fewer or cut amounts."""
        with zipfile.ZipFile(DATA / "Rb28S_sample.zip") as archive:
            table = archive.read("Rb28S.dbf")
        records = int.from_bytes(table[4:8], "little")
        head, size = int.from_bytes(table[8:10], "little"), int.from_bytes(table[10:12], "little")
        outcomes: set[int | str] = set()
        for cut in range(0, head + records * size, 7):
            (tmp_path / "t.dbf").write_bytes(table[:cut])
            try:
                outcomes.add(len(read_rb28s_dbf(tmp_path / "t.dbf", year=2021, source=SOURCE)))
            except Rb28sErrors as error:
                outcomes.add(error.errors[0].code)
        (tmp_path / "t.dbf").write_bytes(table[: head + records * size])  # no end-of-file mark

        assert outcomes == {"bulk_dbf_unreadable"}
        assert len(read_rb28s_dbf(tmp_path / "t.dbf", year=2021, source=SOURCE)) == 3

    def test_an_encrypted_member_is_unreadable(self, tmp_path: Path) -> None:
        """A ZIP member marked encrypted is a located error, not a RuntimeError."""
        data = bytearray((DATA / "Rb28S_sample.zip").read_bytes())
        central = data.index(b"PK\x01\x02")
        data[central + 8] |= 0x01  # general purpose flag bit 0: encrypted
        (tmp_path / "enc.zip").write_bytes(bytes(data))

        with pytest.raises(Rb28sErrors) as error:
            read_rb28s_dbf(tmp_path / "enc.zip", year=2021, source=SOURCE, name="enc.zip")

        assert error.value.errors[0].code == "bulk_dbf_unreadable"
        assert "encrypted" in _lines(error)[0]

    def test_a_missing_file_is_unreadable(self, tmp_path: Path) -> None:
        """An absent file is a located error, not OSError."""
        with pytest.raises(Rb28sErrors) as error:
            read_rb28s_dbf(tmp_path / "none.zip", year=2021, source=SOURCE)

        assert error.value.errors[0].code == "bulk_dbf_unreadable"

    def test_the_archive_is_not_unpacked_into_the_working_folder(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Reading leaves nothing behind where it runs."""
        shutil.copy(DATA / "Rb28S_sample.zip", tmp_path)
        monkeypatch.chdir(tmp_path)

        read_rb28s_dbf("Rb28S_sample.zip", year=2021, source=SOURCE)

        assert sorted(p.name for p in tmp_path.iterdir()) == ["Rb28S_sample.zip"]


def test_without_dbfread_the_error_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the optional dbfread, the ImportError names the extra to install."""
    monkeypatch.setitem(sys.modules, "dbfread", None)

    with pytest.raises(ImportError, match=r"pip install 'wspolpraca\[dbf\]'"):
        read_rb28s_dbf(DATA / "Rb28S_sample.zip", year=2021, source=SOURCE)


def test_counties_rank_by_the_same_grant_paragraphs() -> None:
    """A powiat's Rb-28S lines give its share as a gmina's do, ranked among counties."""
    pytest.importorskip("dbfread")
    budgets = read_rb28s_dbf(DATA / "Rb28S_sample.zip", year=2021, source=SOURCE)
    data = Dataset.of(budgets)

    counties = data.rank("share", 2021, "counties")
    rural = data.rank("share", 2021, "rural")

    assert [(e.result.unit.teryt, str(e.result.value)) for e in counties.entries] == [
        ("1206", "100.00")
    ]
    assert [(e.result.unit.teryt, str(e.result.value)) for e in rural.entries] == [
        ("1206062", "0.66")
    ]
