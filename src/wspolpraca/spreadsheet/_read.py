"""Reading a workbook or CSV files back into a document, locating every problem at its cell."""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import os
import pathlib
from typing import Any

import attrs

from .._messages import did_you_mean
from .._text import Text
from ..errors import DocumentError, InvalidFormatError, Path, ValidationError, ValidationErrors
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
    _match,
    _openpyxl,
    _unescape,
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


def _raw_workbook(path: str | os.PathLike[str]) -> list[_RawSheet]:
    openpyxl = _openpyxl()
    try:
        workbook = openpyxl.load_workbook(os.fspath(path), data_only=False)
    except Exception as exc:  # noqa: BLE001 - every failure of a file becomes a located error
        raise SpreadsheetErrors.of(
            [
                LocatedProblem(
                    problem=DocumentError(
                        "not_a_workbook", value=os.fspath(path), params={"detail": str(exc)}
                    ),
                    cell=None,
                )
            ]
        ) from None
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
        for row in sheet.iter_rows():
            values: list[object] = []
            for cell in row:
                value = cell.value
                if cell.data_type == "f" or not isinstance(
                    value, str | int | float | bool | dt.datetime | dt.date | type(None)
                ):
                    raw.problems.append(
                        LocatedProblem(
                            problem=InvalidFormatError("formula", value=str(value)),
                            cell=Cell(sheet=sheet.title, row=cell.row, column=cell.column_letter),
                        )
                    )
                    raw.bad_cells.add((cell.row, cell.column))
                    value = None
                values.append(_unescape(value) if isinstance(value, str) else value)
            if any(value is not None for value in values) and row:
                raw.rows[row[0].row] = values
        out.append(raw)
    return out


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
    out: list[_RawSheet] = []
    for file in files:
        raw = _RawSheet(file.stem, {}, [], set())
        with file.open(encoding="utf-8-sig", newline="") as stream:
            for number, row in enumerate(csv.reader(stream), start=1):
                values: list[object] = [value if value != "" else None for value in row]
                if any(value is not None for value in values):
                    raw.rows[number] = values
        out.append(raw)
    return out


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
        wire = _WIRE[column.kind](value)
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
                items.append("" if value is None else _WIRE[column.kind](value))
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
