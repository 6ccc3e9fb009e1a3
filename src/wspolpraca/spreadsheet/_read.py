"""Reading a workbook or CSV files back into a document, locating every problem at its cell."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import difflib
import io
import os
import pathlib
import re
import zipfile
from collections.abc import Iterator
from typing import Any, Final

import attrs

from .._io import MAX_BYTES, read_input
from .._messages import did_you_mean
from .._text import Text
from ..errors import (
    DocumentError,
    InvalidFormatError,
    InvalidValueError,
    Path,
    ValidationError,
    ValidationErrors,
)
from ..serialization import DOCUMENT_KINDS, SCHEMA_VERSION, Document, structure
from ._common import (
    _CODELISTS_SHEET,
    _FALSE,
    _FIELD,
    _KIND,
    _MAIN,
    _PARENT,
    _PARENT_PREFIXES,
    _VERSION,
    MAX_CELL_TEXT,
    MAX_UNPACKED,
    _codes_by_label,
    _match,
    _openpyxl,
    _unescape,
    unguard,
)
from ._layout import _Column, _layout, _Sheet
from ._problems import Cell, Imported, LocatedProblem, SpreadsheetErrors, _letter, _locate
from ._wire import _WIRE, _as_int, _dig


@attrs.define
class _RawSheet:
    name: str
    rows: dict[int, list[object]]  # Excel row number -> cell values (None for empty)
    problems: list[LocatedProblem]
    bad_cells: set[tuple[int, int]]


_OTHER_FORMATS: Final = {
    ".ods": "OpenDocument (.ods)",
    ".xls": "Excel 97-2003 (.xls)",
    ".numbers": "Numbers (.numbers)",
}
"""Spreadsheet formats refused by name: openpyxl reads only Office Open XML."""


def _whole_workbook(
    detail: object, path: str | os.PathLike[str], code: str = "not_a_workbook"
) -> SpreadsheetErrors:
    problem = DocumentError(code, value=os.fspath(path), params={"detail": str(detail)})
    return SpreadsheetErrors.of([LocatedProblem(problem=problem, cell=None)])


def _bounded_workbook(path: str | os.PathLike[str]) -> io.BytesIO:
    """
    The bytes of the workbook at *path*, read by the bounded reader of every input, after
    checking its zip directory: what it unpacks to is bounded too, before anything is unpacked.
    """
    try:
        data = read_input(path, MAX_BYTES)
    except ValidationErrors as group:
        raise SpreadsheetErrors.of(
            [LocatedProblem(problem=error, cell=None) for error in group.errors]
        ) from None
    stream = io.BytesIO(data)
    try:
        with zipfile.ZipFile(stream) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    # NotImplementedError: a member needing a newer zip version than Python reads; EOFError:
    # a truncated central directory.
    except (zipfile.BadZipFile, ValueError, OSError, NotImplementedError, EOFError) as exc:
        raise _whole_workbook(exc, path) from None
    if unpacked > MAX_UNPACKED:
        raise SpreadsheetErrors.of(
            [
                LocatedProblem(
                    problem=DocumentError(
                        "workbook_too_large", params={"size": unpacked, "limit": MAX_UNPACKED}
                    ),
                    cell=None,
                )
            ]
        )
    stream.seek(0)
    return stream


_SERIAL_ZERO: Final = dt.date(1899, 12, 30)


def _raw_workbook(path: str | os.PathLike[str]) -> list[_RawSheet]:
    other = _OTHER_FORMATS.get(pathlib.Path(path).suffix.lower())
    if other is not None:
        problem = DocumentError(
            "unsupported_workbook", value=os.fspath(path), params={"format": other}
        )
        raise SpreadsheetErrors.of([LocatedProblem(problem=problem, cell=None)])
    openpyxl = _openpyxl()
    stream = _bounded_workbook(path)
    try:
        workbook = openpyxl.load_workbook(stream, data_only=False)
    except Exception as exc:  # noqa: BLE001 - every failure of a file becomes a located error
        raise _whole_workbook(exc, path) from None
    out: list[_RawSheet] = []
    for sheet in workbook.worksheets:
        raw = _RawSheet(sheet.title, {}, [], set())
        for merged in sheet.merged_cells.ranges:
            first = Cell(sheet=sheet.title, row=merged.min_row, column=_letter(merged.min_col))
            raw.problems.append(
                LocatedProblem(
                    problem=InvalidFormatError("merged_cells", params={"cells": merged.coord}),
                    cell=first,
                )
            )
        _read_cells(sheet, raw)
        out.append(raw)
    return out


def _code(column: _Column, value: object) -> object:
    """*value*, or the code whose label it is when *column* holds codes of a codelist."""
    if column.codelist is not None and isinstance(value, str):
        return _codes_by_label(column.codelist).get(_match(value), value)
    return value


@attrs.frozen
class _Formula:
    """A formula that computes something: refused, since the document needs values."""

    text: str

    def __str__(self) -> str:
        return self.text


_LITERAL_FORMULA: Final = re.compile(
    r'=\s*(?:(?P<bool>TRUE|FALSE)\s*(?:\(\s*\))?|"(?P<text>(?:[^"]|"")*)"'
    r"|(?P<number>[+-]?[0-9]+(?:\.[0-9]+)?))\s*",
    re.IGNORECASE,
)


def _harmless_formula(formula: str) -> object:
    """
    The value of a formula that only states a value: LibreOffice writes yes/no cells as
    ``=TRUE()``/``=FALSE()``, and a literal may be typed as ``="text"`` or ``=12``;
    the value is the one the formula computes (and the workbook caches). Anything else is a
    :class:`_Formula`, which the reader refuses at its cell.

    >>> _harmless_formula("=TRUE()"), _harmless_formula("=false"), _harmless_formula('="a""b"')
    (True, False, 'a"b')
    >>> _harmless_formula("=12"), _harmless_formula("=-1.5"), _harmless_formula("=E2*2")
    (12, -1.5, _Formula(text='=E2*2'))
    """
    match = _LITERAL_FORMULA.fullmatch(formula)
    if match is None:
        return _Formula(formula)
    if match["bool"] is not None:
        return match["bool"].upper() == "TRUE"
    if match["text"] is not None:
        return match["text"].replace('""', '"')
    number = match["number"]
    return float(number) if "." in number else int(number)


def _read_cells(sheet: Any, raw: _RawSheet) -> None:
    """
    Read the cells *sheet* holds, and only those: a sheet declaring cells at A1 and XFD1048576
    costs two cells, not the rectangle between them (``iter_rows`` would build every cell of it).
    """
    # openpyxl keeps the cells a sheet holds in ``_cells``; it has no public way to visit
    # only them.
    for (row_number, column_number), cell in sorted(sheet._cells.items()):  # noqa: SLF001
        value = cell.value
        if isinstance(value, dt.time) and cell.is_date:
            # A date cell below serial 1 (1899-12-30 and -31 are both written as 0): its day.
            value = dt.datetime.combine(_SERIAL_ZERO, value)
        where = Cell(sheet=sheet.title, row=row_number, column=_letter(column_number))
        if cell.data_type == "f" and isinstance(value, str):
            value = _harmless_formula(value)
        if isinstance(value, _Formula) or not isinstance(
            value, str | int | float | bool | dt.datetime | dt.date | type(None)
        ):
            raw.problems.append(
                LocatedProblem(problem=InvalidFormatError("formula", value=str(value)), cell=where)
            )
            raw.bad_cells.add((row_number, column_number))
            value = None
        elif isinstance(value, str) and len(value) > MAX_CELL_TEXT:
            raw.problems.append(
                LocatedProblem(
                    problem=InvalidValueError(
                        "cell_too_long", params={"length": len(value), "limit": MAX_CELL_TEXT}
                    ),
                    cell=where,
                )
            )
            raw.bad_cells.add((row_number, column_number))
            value = None
        if value is None:
            continue
        values = raw.rows.setdefault(row_number, [])
        values.extend([None] * (column_number - len(values)))
        values[column_number - 1] = _unescape(value) if isinstance(value, str) else value


def _raw_csv(directory: str | os.PathLike[str]) -> list[_RawSheet]:
    folder = pathlib.Path(directory)
    files = sorted(folder.glob("*.csv")) if folder.is_dir() else []
    if not files:
        raise SpreadsheetErrors.of(
            [
                LocatedProblem(
                    problem=DocumentError(
                        "not_a_workbook",
                        value=os.fspath(directory),
                        params={"detail": "no CSV files"},
                    ),
                    cell=None,
                )
            ]
        )
    return [_raw_csv_file(file) for file in files]


def _raw_csv_file(file: pathlib.Path) -> _RawSheet:
    """One CSV file as a sheet: read bounded, decoded strictly, any field length, guards undone."""
    raw = _RawSheet(file.stem, {}, [], set())
    try:
        text = read_input(file, MAX_BYTES).decode("utf-8-sig")
    except ValidationErrors as group:
        raw.problems.extend(
            LocatedProblem(problem=e, cell=Cell(sheet=raw.name)) for e in group.errors
        )
        return raw
    except UnicodeDecodeError as exc:
        problem = DocumentError("not_utf8", value=str(file), params={"detail": str(exc)})
        raw.problems.append(LocatedProblem(problem=problem, cell=Cell(sheet=raw.name)))
        return raw
    with _any_field_size():
        try:
            for number, row in enumerate(
                csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text)), start=1
            ):
                values: list[object] = [unguard(value) if value != "" else None for value in row]
                if any(value is not None for value in values):
                    raw.rows[number] = values
        except csv.Error as exc:
            problem = DocumentError("not_a_workbook", value=str(file), params={"detail": str(exc)})
            raw.problems.append(LocatedProblem(problem=problem, cell=Cell(sheet=raw.name)))
    return raw


@contextlib.contextmanager
def _any_field_size() -> Iterator[None]:
    """Let the csv module read a field of any length (the file's size is bounded already)."""
    saved = csv.field_size_limit()
    csv.field_size_limit(max(saved, MAX_BYTES))
    try:
        yield
    finally:
        csv.field_size_limit(saved)


def _delimiter(text: str) -> str:
    r"""
    The field separator of a CSV file: ``;`` (the ``excel-pl`` dialect, what Polish Excel
    saves) or ``,``; the one that splits every row into as many fields as the heading row
    (if both do, the one giving more fields; if neither does, the one more rows agree with).

    >>> _delimiter("Pole;Wartość\r\nRok;2021\r\n"), _delimiter("Pole,Wartość\nRok,2021\n")
    (';', ',')
    >>> _delimiter("Uwagi\r\n\"a; b\"\r\nc, d\r\n"), _delimiter('Notes\n"a, b"\nc; d\n')
    (';', ',')
    >>> _delimiter('Id,Text\r\nU-1,"\r"\r\n')  # a lone CR splits rows only at ";"
    ','
    """
    scores = {}
    for sep in ",;":
        rows = [row for row in csv.reader(io.StringIO(text, newline=""), delimiter=sep) if row]
        width = len(rows[0]) if rows else 0
        agree = sum(len(row) == width for row in rows) / max(len(rows), 1)
        scores[sep] = (agree == 1, width, agree)
    return ";" if scores[";"] > scores[","] else ","


def _hint(text: str, candidates: list[str]) -> Text:
    """Suggest the candidate *text* most likely meant: the same words, or a close spelling."""
    words = sorted(_match(text).split())
    same = [c for c in candidates if sorted(_match(c).split()) == words]
    return did_you_mean(same[:1] or difflib.get_close_matches(text, candidates, n=1, cutoff=0.5))


class _Reader:
    def __init__(self, raw: list[_RawSheet], kind: str | None) -> None:
        self.raw = raw
        self.kind = kind
        self.problems: list[LocatedProblem] = []
        self.cells: dict[Path, Cell] = {}
        self.bad: set[Path] = set()
        for sheet in raw:
            self.problems.extend(sheet.problems)

    def problem(self, error: ValidationError, cell: Cell | None) -> None:
        self.problems.append(LocatedProblem(problem=error, cell=cell))

    def read(self) -> tuple[dict[str, Any], type[Any] | None]:
        main = next(
            (s for s in self.raw if _match(s.name) in {_match(_MAIN.pl), _match(_MAIN.en)}), None
        )
        if main is None:
            self.problem(
                DocumentError("missing_sheet", params={"sheet": f"{_MAIN.pl} / {_MAIN.en}"}), None
            )
            return {}, None
        data, cls = self.read_main(main)
        if cls is None:
            return data, None
        layout = _layout(cls)
        by_name = {
            _match(name): index
            for index, sheet in enumerate(layout.sheets)
            for name in (sheet.name.pl, sheet.name.en)
        }
        found: dict[int, _RawSheet] = {}
        for raw in self.raw:
            if raw is main or raw.name == _CODELISTS_SHEET:
                continue
            index = by_name.get(_match(raw.name))
            if index is None:
                if raw.rows:
                    hint = _hint(raw.name, [s.name.pl for s in layout.sheets])
                    self.problem(
                        DocumentError("unknown_sheet", params={"sheet": raw.name, "hint": hint}),
                        Cell(sheet=raw.name),
                    )
                continue
            found[index] = raw
        parents: list[dict[int, tuple[dict[str, Any], Path]]] = []
        for index, sheet in enumerate(layout.sheets):
            parents.append(self.read_sheet(sheet, found.get(index), data, parents))
        return data, cls

    def read_main(  # noqa: C901, PLR0912 - one pass, many checks
        self, main: _RawSheet
    ) -> tuple[dict[str, Any], type[Any] | None]:
        data: dict[str, Any] = {}
        rows = dict(main.rows)
        first = rows.get(1, [None])
        if _match(first[0] if first else None) in {_match(_FIELD.pl), _match(_FIELD.en)}:
            rows.pop(1)
        kind_row = version_row = None
        by_heading: dict[str, tuple[int, list[object]]] = {}
        for number, values in rows.items():
            heading = _match(values[0] if values else None)
            if heading in {_match(_KIND.pl), _match(_KIND.en), "kind"}:
                kind_row = (number, values)
            elif heading in {_match(_VERSION.pl), _match(_VERSION.en), "schema_version"}:
                version_row = (number, values)
            elif heading in by_heading:
                self.problem(
                    DocumentError("duplicate_heading", params={"heading": values[0]}),
                    Cell(sheet=main.name, row=number, column="A"),
                )
            else:
                by_heading[heading] = (number, values)
            for offset, extra in enumerate(values[2:], start=3):
                if extra is not None:
                    self.problem(
                        DocumentError("unknown_heading", params={"heading": "", "hint": ""}),
                        Cell(sheet=main.name, row=number, column=_letter(offset)),
                    )
        written = None
        if kind_row is not None and len(kind_row[1]) > 1 and kind_row[1][1] is not None:
            written = str(kind_row[1][1]).strip()
            self.cells["kind",] = Cell(sheet=main.name, row=kind_row[0], column="B")
        if version_row is not None:
            self.cells["schema_version",] = Cell(sheet=main.name, row=version_row[0], column="B")
        kind = self.kind or written
        data["kind"] = written or kind
        data["schema_version"] = (
            str(version_row[1][1]).strip()
            if version_row is not None and len(version_row[1]) > 1 and version_row[1][1] is not None
            else SCHEMA_VERSION
        )
        cls = DOCUMENT_KINDS.get(kind) if kind is not None else None
        if cls is None:
            self.problem(
                DocumentError(
                    "unknown_kind", value=kind, params={"expected": tuple(DOCUMENT_KINDS)}
                ),
                self.cells.get(("kind",), Cell(sheet=main.name)),
            )
            return data, None
        layout = _layout(cls)
        known = set()
        for column in layout.main:
            names = {_match(column.heading.pl), _match(column.heading.en), _match(column.key)}
            known |= names
            hit = next((by_heading[name] for name in names if name in by_heading), None)
            if hit is None:
                self.problem(
                    DocumentError(
                        "missing_heading",
                        params={"heading": column.heading.pl, "sheet": main.name},
                    ),
                    Cell(sheet=main.name, column="A"),
                )
                continue
            number, values = hit
            cell = Cell(sheet=main.name, row=number, column="B", heading=str(values[0]))
            value = values[1] if len(values) > 1 else None
            bad = (number, 2) in main.bad_cells
            self.put(data, (), column, value, cell, bad=bad)
        for heading, (number, values) in by_heading.items():
            if heading not in known:
                hint = _hint(str(values[0]), [c.heading.pl for c in layout.main])
                self.problem(
                    DocumentError("unknown_heading", params={"heading": values[0], "hint": hint}),
                    Cell(sheet=main.name, row=number, column="A"),
                )
        return data, cls

    def put(
        self,
        target: dict[str, Any],
        base: Path,
        column: _Column,
        value: object,
        cell: Cell,
        *,
        bad: bool = False,
    ) -> None:
        """Convert *value* and set it in *target* at the column's path; remember its cell."""
        path = (*base, *column.path)
        self.cells[path] = cell
        if bad:
            self.bad.add(path)
        for end in range(len(base) + 1, len(path)):
            self.cells.setdefault(path[:end], cell)
        if value is None:
            return
        if column.kind == "marker":
            if _match(value) in _FALSE or value is False:
                return
            _dig(target, column.path)
            return
        wire = _WIRE[column.kind](_code(column, value))
        if not column.path:
            return
        _dig(target, column.path[:-1])[column.path[-1]] = wire

    def read_sheet(
        self,
        sheet: _Sheet,
        raw: _RawSheet | None,
        data: dict[str, Any],
        parents: list[dict[int, tuple[dict[str, Any], Path]]],
    ) -> dict[int, tuple[dict[str, Any], Path]]:
        rows: dict[int, tuple[dict[str, Any], Path]] = {}
        if raw is None or not raw.rows:
            return rows
        header = raw.rows.get(1, [])
        parent_at, columns, missing = self.headings(sheet, raw, header)
        if sheet.parent is not None and parent_at is None:
            return rows  # reported as a missing heading: the rows cannot be placed
        for number, values in raw.rows.items():
            if number == 1:
                continue
            if sheet.parent is None:
                owner: tuple[dict[str, Any], Path] | None = (data, ())
            else:
                owner = self.parent(raw, number, values, parent_at, parents[sheet.parent])
            if owner is None:
                continue
            host, host_path = owner
            items = _dig(host, sheet.rel[:-1]).setdefault(sheet.rel[-1], [])
            path: Path = (*host_path, *sheet.rel, len(items))
            self.cells[path] = Cell(sheet=raw.name, row=number)
            self.cells.setdefault((*host_path, *sheet.rel), Cell(sheet=raw.name))
            if columns and not columns[0][1].path:
                position, column = columns[0]
                value = values[position] if position < len(values) else None
                cell = Cell(
                    sheet=raw.name,
                    row=number,
                    column=_letter(position + 1),
                    heading=str(header[position]),
                )
                self.cells[path] = cell
                items.append("" if value is None else _WIRE[column.kind](_code(column, value)))
                continue
            item: dict[str, Any] = {}
            for position, column in columns:
                value = values[position] if position < len(values) else None
                cell = Cell(
                    sheet=raw.name,
                    row=number,
                    column=_letter(position + 1),
                    heading=str(header[position]),
                )
                self.put(
                    item, path, column, value, cell, bad=(number, position + 1) in raw.bad_cells
                )
            items.append(item)
            rows[number] = (item, path)
            self.bad.update((*path, *column.path) for column in missing)
        return rows

    def headings(
        self, sheet: _Sheet, raw: _RawSheet, header: list[object]
    ) -> tuple[int | None, list[tuple[int, _Column]], list[_Column]]:
        wanted = {
            name: column
            for column in sheet.columns
            for name in (_match(column.heading.pl), _match(column.heading.en), _match(column.key))
        }
        parent_at: int | None = None
        columns: list[tuple[int, _Column]] = []
        seen: set[int] = set()
        used_positions = {
            position
            for values in raw.rows.values()
            for position, value in enumerate(values)
            if value is not None
        }
        for position in sorted(used_positions | set(range(len(header)))):
            text = header[position] if position < len(header) else None
            name = _match(text)
            cell = Cell(sheet=raw.name, row=1, column=_letter(position + 1))
            column = wanted.get(name)
            if column is None and sheet.parent is not None and name.startswith(_PARENT_PREFIXES):
                parent_at = position
                continue
            if column is None:
                if text is None and not any(
                    position < len(values) and values[position] is not None
                    for number, values in raw.rows.items()
                    if number != 1
                ):
                    continue
                hint = _hint(str(text or ""), [c.heading.pl for c in sheet.columns])
                self.problem(
                    DocumentError("unknown_heading", params={"heading": text or "", "hint": hint}),
                    cell,
                )
                continue
            if id(column) in seen:
                self.problem(DocumentError("duplicate_heading", params={"heading": text}), cell)
                continue
            seen.add(id(column))
            columns.append((position, column))
        for column in sheet.columns:
            if id(column) not in seen:
                self.problem(
                    DocumentError(
                        "missing_heading", params={"heading": column.heading.pl, "sheet": raw.name}
                    ),
                    Cell(sheet=raw.name, row=1),
                )
        if sheet.parent is not None and parent_at is None:
            self.problem(
                DocumentError(
                    "missing_heading",
                    params={"heading": _PARENT.format("pl", {"sheet": "…"}), "sheet": raw.name},
                ),
                Cell(sheet=raw.name, row=1),
            )
        return parent_at, columns, [c for c in sheet.columns if id(c) not in seen]

    def parent(
        self,
        raw: _RawSheet,
        number: int,
        values: list[object],
        position: int | None,
        parents: dict[int, tuple[dict[str, Any], Path]],
    ) -> tuple[dict[str, Any], Path] | None:
        value = values[position] if position is not None and position < len(values) else None
        row = _as_int(value)
        if row is None or row not in parents:
            self.problem(
                DocumentError("invalid_parent_row", value=value, params={"rows": len(parents)}),
                Cell(sheet=raw.name, row=number, column=_letter((position or 0) + 1)),
            )
            return None
        return parents[row]


def _finish(reader: _Reader) -> Imported:
    data, cls = reader.read()
    problems = reader.problems
    document: Any = None
    if cls is not None:
        try:
            document = structure(data, cls)
        except ValidationErrors as group:
            taken = {str(p.cell) for p in problems if p.cell is not None}
            for error in group.errors:
                cell = _locate(reader.cells, error.path)
                if error.path in reader.bad or (cell is not None and str(cell) in taken):
                    continue  # already reported at this cell (a formula, a merged cell)
                problems.append(LocatedProblem(problem=error, cell=cell))
    if problems:
        raise SpreadsheetErrors.of(_in_order(problems))
    return Imported(document=document, cells=reader.cells)


def _in_order(problems: list[LocatedProblem]) -> list[LocatedProblem]:
    """Whole-workbook problems first, then by sheet order of appearance, row and column."""
    sheets: dict[str, int] = {}
    for p in problems:
        if p.cell is not None:
            sheets.setdefault(p.cell.sheet, len(sheets))

    def key(p: LocatedProblem) -> tuple[int, int, int, str]:
        if p.cell is None:
            return (-1, 0, 0, "")
        column = p.cell.column or "~"
        return (sheets[p.cell.sheet], p.cell.row or 0, len(column), column)

    return sorted(problems, key=key)


def import_workbook(path: str | os.PathLike[str], kind: str | None = None) -> Imported:
    """
    Read the workbook at *path* as a document of *kind* (default: the kind its main sheet names).

    Raises:
        SpreadsheetErrors: every problem, each with its cell.
        ImportError: openpyxl is not installed (install ``wspolpraca[xlsx]``).

    .. versionadded:: 0.1
    """
    return _finish(_Reader(_raw_workbook(path), kind))


def read_workbook(path: str | os.PathLike[str], kind: str | None = None) -> Document:
    """
    The document in the workbook at *path*; see :func:`import_workbook`.

    .. versionadded:: 0.1
    """
    return import_workbook(path, kind).document


def import_csv(directory: str | os.PathLike[str], kind: str | None = None) -> Imported:
    """
    Read the CSV files that :func:`export_csv` wrote to *directory* (each file a sheet).

    Raises:
        SpreadsheetErrors: every problem, each with its cell.

    .. versionadded:: 0.1
    """
    return _finish(_Reader(_raw_csv(directory), kind))


def read_csv(directory: str | os.PathLike[str], kind: str | None = None) -> Document:
    """
    The document in the CSV files in *directory*; see :func:`import_csv`.

    .. versionadded:: 0.1
    """
    return import_csv(directory, kind).document
