"""
Reading the Ministry of Finance's bulk Rb-28S data into :class:`~wspolpraca.BudgetYear` records.

Every unit of local government files a budget execution report on its expenditure, the same
report at every level: *Rb-28S, sprawozdanie z wykonania planu wydatków budżetowych
jednostki samorządu terytorialnego*, filed by the boards of gminas, powiats and voivodeships
to the regional audit chamber (the form's title as annex 19 to the budget reporting
regulation, Dz.U. 2025 poz. 133, and municipal BIP lists of their reports [secondary]; the
regulation's own list of obliged units was not read). The Ministry of Finance publishes all
of them in bulk, per year and quarter (``https://www.gov.pl/web/finanse/bazy-danych8``).

What is known of the bulk format, and how sure it is:

- The published files are ZIP archives (``Rb28S_2024Q4.zip``) holding one dBASE (``.dbf``)
  table, with a separate dictionary of units (``Slownik_JST_2024.xlsx``).
  Its columns, as a third-party pipeline reads them (``jan-rezab/czbudget``,
  ``pipeline/transforms/prepare_international_municipal_data.py`` [secondary]):
  ``WK``, ``PK``, ``GK``, ``GT``, ``PT`` (voivodeship, county and gmina codes of TERYT,
  the gmina type digit and the county type), ``DZIAL``, ``ROZDZIAL``, ``PAR`` and ``PAR4``
  (the division, chapter, the paragraph's first three digits and its fourth digit),
  ``R1`` (the plan after changes) and ``R4`` (the amount spent). The meaning of the other
  columns was not verified, and the ministry's own description of the layout was not read.
- A third-party reader of those archives (the same pipeline, ``iter_dbf``) takes the one
  ``.dbf`` member of the archive, decodes its text as ``cp1250`` and its ``N`` fields as
  numbers [secondary]; the archives themselves could not be downloaded here.
- :func:`read_rb28s_dbf` reads the archive (or the bare table) with ``dbfread``, an
  optional extra (``pip install 'wspolpraca[dbf]'``): numbers as the digits the table holds,
  text in the code page its header names, else ``cp1250``.
- :func:`read_rb28s` reads the table **exported to CSV** with the same column names, using
  only the standard library (the runtime dependencies stay attrs, cattrs and dateutil):
  a heading row, then one row per division, chapter and paragraph of a unit. The delimiter
  is ``;`` or ``,`` (taken from the heading), amounts use a decimal point or comma,
  short numeric codes are padded with zeros as a dBASE export drops them (``10`` → ``010``).
  ``PT``, ``PAR4`` and ``NAZWA`` (the unit's name) are optional. A negative amount (a
  refund shown as a minus) is reported, not read, because a budget line's amounts are
  non-negative; an empty amount is read as not stated.

The unit is taken from the codes: ``GK`` other than ``00`` is a gmina with the TERYT code
``WK PK GK GT``, a city with county rights when its county code is 61 or more (as Kraków's
``1261011``), otherwise a municipality; ``PK`` other than ``00`` alone is a county;
otherwise a voivodeship. A unit's total expenditure is the sum of its rows.

Every problem is collected and raised at once, located at its row and column:

>>> import io
>>> from wspolpraca.rb28s import read_rb28s, Rb28sErrors
>>> from wspolpraca import DataSource
>>> source = DataSource(title="test", reference="test")
>>> text = "WK;PK;GK;GT;DZIAL;ROZDZIAL;PAR;R1;R4\\n12;61;01;1;852;85295;2360;10,00;abc\\n"
>>> try:
...     read_rb28s(io.StringIO(text), year=2021, source=source, name="rb28s.csv")
... except Rb28sErrors as errors:
...     print(errors.lines("en")[0])
rb28s.csv:2:R4: invalid amount in the column R4, expected a non-negative number with at most 15 digits before the decimal point and two after it (got 'abc') [bulk_bad_amount]

.. versionadded:: 0.1
"""

from __future__ import annotations

import contextlib
import csv
import functools
import importlib
import io
import os
import re
import struct
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import IO, Any, Final

import attrs

from ._construct import make_constructor
from ._model._budget import BudgetLine, BudgetYear, DataSource
from ._model._common import Unit
from ._text import Lang
from .errors import InvalidFormatError, MissingFieldError, ValidationError, ValidationErrors

__all__ = [
    "MAX_DBF_BYTES",
    "OPTIONAL_COLUMNS",
    "REQUIRED_COLUMNS",
    "Rb28sErrors",
    "read_rb28s",
    "read_rb28s_dbf",
    "unit_of",
]


def __dir__() -> list[str]:
    return __all__


REQUIRED_COLUMNS: Final = ("WK", "PK", "GK", "GT", "DZIAL", "ROZDZIAL", "PAR", "R1", "R4")
"""The columns a Rb-28S CSV file must have (in any order)."""

OPTIONAL_COLUMNS: Final = ("PT", "PAR4", "NAZWA")
"""Columns read when present; any other column is ignored."""

_WIDTHS: Final = {"WK": 2, "PK": 2, "GK": 2, "GT": 1, "DZIAL": 3, "ROZDZIAL": 5}
_UNIT_COLUMNS: Final = ("WK", "PK", "GK", "GT")
_CLASSIFICATION_COLUMNS: Final = ("DZIAL", "ROZDZIAL")
_AMOUNT: Final = re.compile(r"-?[0-9]+(?:[.,][0-9]{1,2})?")
_MONEY_DIGITS: Final = 15
"""The most digits before the decimal point that an amount of the model holds
(:data:`wspolpraca._scalars.MONEY_PATTERN`): a larger one is refused at its cell, never rounded."""
_FIRST_CITY_COUNTY: Final = 61
"""County codes from 61 up are cities with county rights in TERYT (Kraków 12 61, Warsaw 14 65)."""


class Rb28sErrors(ValidationErrors):
    """
    Every problem found in one Rb-28S file; each error's path is ``(row, column)``.

    Attributes:
        file: The file's name, as given.

    .. versionadded:: 0.1
    """

    file: str = ""

    def lines(self, lang: Lang = "pl") -> list[str]:
        """One line per problem: ``file:row:column: message [code]``."""
        out = []
        for error in self.errors:
            where = ":".join(str(step) for step in error.path)
            out.append(f"{self.file}:{where}: {error.message(lang)} [{error.code}]")
        return out


def unit_of(wk: str, pk: str, gk: str, gt: str, name: str = "") -> Unit:
    """
    The unit named by the Rb-28S codes *wk*, *pk*, *gk* and *gt*.

    >>> from wspolpraca.rb28s import unit_of
    >>> unit_of("12", "61", "01", "1").level
    'city_with_county_rights'
    >>> unit_of("12", "06", "00", "0").teryt
    '1206'

    Raises:
        ValidationError: the codes name no unit (a bad TERYT shape).
    """
    if gk != "00":
        teryt = wk + pk + gk + gt
        level = "city_with_county_rights" if int(pk) >= _FIRST_CITY_COUNTY else "municipality"
    elif pk != "00":
        teryt, level = wk + pk, "county"
    else:
        teryt, level = wk, "voivodeship"
    return Unit(name=name or f"JST {teryt}", teryt=teryt, level=level)


def read_rb28s(
    file: str | os.PathLike[str] | IO[str],
    *,
    year: int,
    source: DataSource,
    names: Mapping[str, str] | None = None,
    name: str | None = None,
) -> tuple[BudgetYear, ...]:
    """
    Read a Rb-28S CSV file into one :class:`~wspolpraca.BudgetYear` per unit, in file order.

    Args:
        file: A path, or an open text stream.
        year: The budget year the file reports on (the bulk files are one year each).
        source: The source of the figures, with its date and confidence, given to every record.
        names: Unit names by TERYT code, used when the file has no ``NAZWA`` column;
            ``None`` names units ``"JST <teryt>"``.
        name: The file's name in error messages; ``None`` uses the path (or ``"<stream>"``).

    Raises:
        Rb28sErrors: the file cannot be read, lacks a column, or has rows with bad codes
            or amounts; every problem is listed with its row and column.

    .. versionadded:: 0.1
    """
    label = name or (str(file) if isinstance(file, str | os.PathLike) else "<stream>")
    try:
        if isinstance(file, str | os.PathLike):
            text = Path(file).read_text(encoding="utf-8-sig")
        else:
            text = file.read()
    except (OSError, UnicodeDecodeError) as exc:
        error = InvalidFormatError("bulk_unreadable", params={"detail": str(exc)})
        raise _group(label, [error]) from exc
    return _parse(text, year=year, source=source, names=names or {}, label=label)


MAX_DBF_BYTES: Final = 1 << 30
"""The largest dBASE table :func:`read_rb28s_dbf` unpacks from a ZIP archive (1 GiB); a
year's Rb-28S table of every unit is a few hundred MB."""

_DBASE_VERSIONS: Final = frozenset(
    {0x02, 0x03, 0x04, 0x05, 0x30, 0x31, 0x32, 0x43, 0x63, 0x83, 0x8B, 0x8E, 0xCB, 0xF5, 0xFB}
)
"""First bytes of dBASE, FoxPro and Visual FoxPro tables (the version byte)."""

_DEFAULT_CODEPAGE: Final = "cp1250"
"""Used when a table's header names no code page (language driver 0): the Polish Windows
code page, as a third-party reader of the ministry's files assumes [secondary]."""


def read_rb28s_dbf(
    file: str | os.PathLike[str],
    *,
    year: int,
    source: DataSource,
    names: Mapping[str, str] | None = None,
    name: str | None = None,
    encoding: str | None = None,
) -> tuple[BudgetYear, ...]:
    """
    Read the ministry's Rb-28S table as published: a ZIP archive holding one dBASE table,
    or the ``.dbf`` table itself (needs the ``dbf`` extra: ``pip install 'wspolpraca[dbf]'``).

    The table has the columns of the CSV form (:data:`REQUIRED_COLUMNS`,
    :data:`OPTIONAL_COLUMNS`, any others ignored), so every row is checked as
    :func:`read_rb28s` checks it; an error is located at the **record number** (the first
    record is 1, counting the records not marked deleted) and the column, and a problem of
    the table's structure at ``fields``. Text is decoded with *encoding*, else the code page
    the table's header names, else ``cp1250``; numbers are read as the digits the table
    holds, never through a float. An archive must hold exactly one ``.dbf`` member of at
    most :data:`MAX_DBF_BYTES`; errors name it as ``archive.zip/member.dbf``.

    Args:
        file: The ``.zip`` archive or the ``.dbf`` table.
        year: The budget year the file reports on.
        source: The source of the figures, given to every record.
        names: Unit names by TERYT code, used when the table has no ``NAZWA`` column.
        name: The file's name in error messages; ``None`` uses the path.
        encoding: The text encoding; ``None`` takes it from the table's header.

    Raises:
        Rb28sErrors: the archive or table cannot be read (``bulk_dbf_unreadable``), lacks a
            column, or has records with bad codes or amounts.
        ImportError: ``dbfread`` is not installed.

    .. versionadded:: 0.1
    """
    dbf = _dbfread()
    label = name or str(file)
    path = Path(file)
    with contextlib.ExitStack() as stack:
        try:
            if zipfile.is_zipfile(path):
                member, table = _unpacked(path, stack)
                label = f"{label}/{member}"
            else:
                table = path
            header, rows = _dbf_rows(dbf, table, encoding)
            return _read_rows(
                header,
                rows,
                heading="fields",
                year=year,
                source=source,
                names=names or {},
                label=label,
            )
        except Rb28sErrors:
            raise
        except _Unreadable as exc:
            raise _group(label, [exc.error]) from exc.__cause__
        except (  # NotImplementedError: a zip version or compression Python does not read
            OSError,
            ValueError,
            LookupError,
            struct.error,
            zipfile.BadZipFile,
            NotImplementedError,
            EOFError,
            zlib.error,
        ) as exc:
            error = InvalidFormatError("bulk_dbf_unreadable", params={"detail": str(exc)})
            raise _group(label, [error]) from exc


class _Unreadable(Exception):  # noqa: N818 - carries the located error out of a helper
    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.error = InvalidFormatError("bulk_dbf_unreadable", params={"detail": detail})


def _dbfread() -> Any:  # the dbfread module; it has no type stubs
    try:
        return importlib.import_module("dbfread")
    except ImportError as exc:
        msg = "read_rb28s_dbf() needs dbfread: pip install 'wspolpraca[dbf]'"
        raise ImportError(msg) from exc


def _unpacked(path: Path, stack: contextlib.ExitStack) -> tuple[str, Path]:
    """The archive's one ``.dbf`` member, copied to a temporary folder within the bound."""
    archive = stack.enter_context(zipfile.ZipFile(path))
    members = [i for i in archive.infolist() if i.filename.lower().endswith(".dbf")]
    if len(members) != 1:
        found = ", ".join(i.filename for i in members) or "none"
        msg = f"the archive holds {len(members)} dBASE (.dbf) tables ({found}), expected one"
        raise _Unreadable(msg)
    member = members[0]
    if member.flag_bits & 0x1:  # bit 0 of the general purpose flags: the member is encrypted
        msg = f"{member.filename} is encrypted (the archive needs a password)"
        raise _Unreadable(msg)
    if member.file_size > MAX_DBF_BYTES:
        msg = f"{member.filename} unpacks to {member.file_size} B, more than {MAX_DBF_BYTES} B"
        raise _Unreadable(msg)
    folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="rb28s-")))
    target = folder / "table.dbf"
    copied = 0
    with archive.open(member) as packed, target.open("wb") as out:
        while chunk := packed.read(1 << 20):
            copied += len(chunk)
            if copied > MAX_DBF_BYTES:  # the stated size may lie
                msg = f"{member.filename} unpacks to more than {MAX_DBF_BYTES} B"
                raise _Unreadable(msg)
            out.write(chunk)
    return member.filename, target


def _dbf_rows(
    dbf: Any, table: Path, encoding: str | None
) -> tuple[list[str], Iterator[tuple[int, list[str] | ValidationError]]]:
    """The table's column names and its records as text, each decoded field by field."""
    with table.open("rb") as head:
        first = head.read(32)
    if len(first) < 32 or first[0] not in _DBASE_VERSIONS:
        shown = f"0x{first[0]:02x}" if first else "nothing"
        msg = f"not a dBASE table (its first byte is {shown})"
        raise _Unreadable(msg)
    opened = dbf.DBF(str(table), raw=True, load=False, encoding=encoding)
    head_size, record_size = opened.header.headerlen, opened.header.recordlen
    expected = head_size + opened.header.numrecords * record_size
    size = table.stat().st_size
    if size < expected:  # dbfread would read the short records as they are, or fewer of them
        msg = (
            f"the table is cut short: its header declares {opened.header.numrecords} records "
            f"of {record_size} B after {head_size} B, {expected} B in all, but the file has {size} B"
        )
        raise _Unreadable(msg)
    if encoding is None:
        driver = opened.header.language_driver
        codepage = _DEFAULT_CODEPAGE if driver == 0 else opened.encoding
    else:
        codepage = encoding
    fields = [(str(f.name).upper(), str(f.type)) for f in opened.fields]
    header = [field for field, _ in fields]

    def rows() -> Iterator[tuple[int, list[str] | ValidationError]]:
        for number, record in enumerate(opened, start=1):
            cells: list[str] = []
            for (field, kind), raw in zip(fields, record.values(), strict=True):
                try:
                    text = raw.decode(codepage if kind in "CM" else "ascii")
                except UnicodeDecodeError as exc:
                    detail = f"the field is not {codepage if kind in 'CM' else 'ASCII'} text ({exc.reason})"
                    yield (
                        number,
                        InvalidFormatError(
                            "bulk_dbf_unreadable", path=(number, field), params={"detail": detail}
                        ),
                    )
                    break
                cells.append(text.strip())
            else:
                yield number, cells

    return header, rows()


def _group(label: str, errors: Sequence[ValidationError]) -> Rb28sErrors:
    group = Rb28sErrors(f"the Rb-28S file {label} cannot be loaded", errors)
    group.file = label
    return group


def _parse(
    text: str, *, year: int, source: DataSource, names: Mapping[str, str], label: str
) -> tuple[BudgetYear, ...]:
    heading = text.split("\n", 1)[0]
    delimiter = ";" if heading.count(";") >= heading.count(",") else ","
    rows = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        header = [cell.strip().upper() for cell in next(rows)]
    except (StopIteration, csv.Error) as exc:
        detail = "the file is empty" if isinstance(exc, StopIteration) else str(exc)
        error = InvalidFormatError("bulk_unreadable", params={"detail": detail})
        raise _group(label, [error]) from None
    return _read_rows(
        header,
        enumerate(rows, start=2),
        heading=1,
        year=year,
        source=source,
        names=names,
        label=label,
    )


def _read_rows(
    header: Sequence[str],
    rows: Iterable[tuple[int, list[str] | ValidationError]],
    *,
    heading: int | str,
    year: int,
    source: DataSource,
    names: Mapping[str, str],
    label: str,
) -> tuple[BudgetYear, ...]:
    """Read numbered *rows* under *header* (a row may be an error its reader located)."""
    missing = [column for column in REQUIRED_COLUMNS if column not in header]
    if missing:
        expected = ", ".join(REQUIRED_COLUMNS)
        raise _group(
            label,
            [
                MissingFieldError(
                    "bulk_missing_column",
                    path=(heading, column),
                    params={"column": column, "expected": expected},
                )
                for column in missing
            ],
        )
    index: dict[str, int] = {
        column: header.index(column)
        for column in (*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS)
        if column in header
    }
    reader = _Reader(index=index, width=len(header), names=names)
    try:
        for number, row in rows:
            if isinstance(row, ValidationError):
                reader.errors.append(row)
            elif any(cell.strip() for cell in row):
                reader.row(row, number)
    except csv.Error as exc:
        reader.errors.append(InvalidFormatError("bulk_unreadable", params={"detail": str(exc)}))
    if reader.errors:
        raise _group(label, reader.errors)
    return tuple(_year(unit, year, source, reader.lines[key]) for key, unit in reader.units.items())


def _year(unit: Unit, year: int, source: DataSource, lines: list[BudgetLine]) -> BudgetYear:
    planned = [line.planned for line in lines if line.planned is not None]
    spent = [line.spent for line in lines if line.spent is not None]
    return BudgetYear(
        unit=unit,
        year=year,
        planned_expenditure=sum(planned, Decimal(0)) if planned else None,
        total_expenditure=sum(spent, Decimal(0)) if spent else None,
        lines=tuple(lines),
        source=source,
    )


@attrs.define
class _Reader:
    """The state of reading one file: its columns, and what was read so far."""

    index: Mapping[str, int]
    width: int
    names: Mapping[str, str]
    errors: list[ValidationError] = attrs.Factory(list)
    units: dict[str, Unit] = attrs.Factory(dict)
    lines: dict[str, list[BudgetLine]] = attrs.Factory(dict)
    # Bulk files repeat the same codes on many rows: each distinct text is checked once.
    codes: dict[tuple[str, ...], dict[str, str]] = attrs.Factory(dict)
    paragraphs: dict[tuple[str, str], str] = attrs.Factory(dict)

    def row(self, row: list[str], number: int) -> None:
        """Read one row (*number* is its line in the file)."""
        _row(self, row, number)

    def checked_codes(self, row: list[str], number: int) -> dict[str, str] | None:
        """The row's unit and classification codes, padded; ``None`` after reporting."""
        unit = self._checked(row, number, _UNIT_COLUMNS)
        position = self._checked(row, number, _CLASSIFICATION_COLUMNS)
        if unit is None or position is None:
            return None
        return {**unit, **position}

    def _checked(
        self, row: list[str], number: int, columns: tuple[str, ...]
    ) -> dict[str, str] | None:
        raw = tuple(row[self.index[column]] for column in columns)
        found = self.codes.get(raw)
        if found is None:
            before = len(self.errors)
            found = {c: _code(row, number, self.index, c, self.errors) for c in columns}
            if len(self.errors) > before:
                return None
            self.codes[raw] = found
        return found

    def checked_paragraph(self, row: list[str], number: int) -> str | None:
        """The row's four-digit paragraph; ``None`` after reporting."""
        index = self.index
        raw = (row[index["PAR"]], row[index["PAR4"]] if "PAR4" in index else "")
        found = self.paragraphs.get(raw)
        if found is None:
            found = _paragraph(row, number, index, self.errors)
            if not found:
                return None
            self.paragraphs[raw] = found
        return found


def _row(reader: _Reader, row: list[str], number: int) -> None:
    index, width, names = reader.index, reader.width, reader.names
    errors, units, lines = reader.errors, reader.units, reader.lines
    if len(row) != width:
        errors.append(
            InvalidFormatError(
                "bulk_row_length",
                path=(number,),
                value=len(row),
                params={"got": len(row), "expected": width},
            )
        )
        return
    before = len(errors)
    codes = reader.checked_codes(row, number)
    paragraph = reader.checked_paragraph(row, number)
    planned = _amount(row, number, index, "R1", errors)
    spent = _amount(row, number, index, "R4", errors)
    if codes is None or paragraph is None or len(errors) > before:
        return
    key = codes["WK"] + codes["PK"] + codes["GK"] + codes["GT"]
    unit = units.get(key)
    if unit is None:
        name = row[index["NAZWA"]].strip() if "NAZWA" in index else ""
        try:
            unit = unit_of(codes["WK"], codes["PK"], codes["GK"], codes["GT"], name)
            if not name and unit.teryt in names:
                unit = Unit(name=names[unit.teryt], teryt=unit.teryt, level=unit.level)
        except ValidationError as exc:
            errors.append(
                InvalidFormatError(
                    "bulk_bad_unit",
                    path=(number, "WK"),
                    value=key,
                    params={"detail": exc.message("en")},
                )
            )
            return
        units[key] = unit
        lines[key] = []
    try:
        line = _new_line()(
            division=codes["DZIAL"],
            chapter=codes["ROZDZIAL"],
            paragraph=paragraph,
            planned=planned,
            spent=spent,
        )
    except ValidationError as exc:
        column = {"division": "DZIAL", "chapter": "ROZDZIAL", "paragraph": "PAR"}.get(
            str(exc.path[0]) if exc.path else "", "PAR"
        )
        errors.append(
            type(exc)(exc.code, path=(number, column), value=exc.value, params=exc.params)
        )
        return
    lines[key].append(line)


@functools.cache
def _new_line() -> Callable[..., BudgetLine]:
    """BudgetLine's constructor without the field validators, which the reader has already
    applied (codes of the right number of digits; amounts non-negative with at most two
    places); the chapter's division is still checked."""
    return make_constructor(BudgetLine, done=lambda _: True)


def _code(
    row: list[str],
    number: int,
    index: Mapping[str, int],
    column: str,
    errors: list[ValidationError],
) -> str:
    width = _WIDTHS[column]
    raw = row[index[column]].strip()
    if raw.isascii() and raw.isdigit() and len(raw) <= width:
        return raw.zfill(width)
    errors.append(
        InvalidFormatError(
            "bulk_bad_code",
            path=(number, column),
            value=raw,
            params={"column": column, "digits": width},
        )
    )
    return ""


def _paragraph(
    row: list[str], number: int, index: Mapping[str, int], errors: list[ValidationError]
) -> str:
    raw = row[index["PAR"]].strip()
    fourth = row[index["PAR4"]].strip() if "PAR4" in index else ""
    if raw.isascii() and raw.isdigit():
        if len(raw) == 4 and not fourth:  # a full paragraph
            return raw
        if len(raw) <= 3 and (
            not fourth or (fourth.isascii() and fourth.isdigit() and len(fourth) == 1)
        ):
            return raw.zfill(3) + (fourth or "0")
    errors.append(
        InvalidFormatError(
            "bulk_bad_code",
            path=(number, "PAR"),
            value=raw + fourth,
            params={"column": "PAR", "digits": "3 (+PAR4) or 4"},
        )
    )
    return ""


def _amount(
    row: list[str],
    number: int,
    index: Mapping[str, int],
    column: str,
    errors: list[ValidationError],
) -> Decimal | None:
    raw = row[index[column]].strip().replace("\u00a0", "").replace(" ", "")
    if not raw:
        return None
    whole = raw.replace(",", ".").partition(".")[0].lstrip("0")
    if _AMOUNT.fullmatch(raw) and not raw.startswith("-") and len(whole) <= _MONEY_DIGITS:
        try:
            return Decimal(raw.replace(",", "."))
        except InvalidOperation:  # pragma: no cover - the pattern admits only decimals
            pass
    errors.append(
        InvalidFormatError(
            "bulk_bad_amount",
            path=(number, column),
            value=row[index[column]],
            params={"column": column},
        )
    )
    return None
