"""Writing a document as a workbook or as CSV files."""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import os
import pathlib
import re

import attrs

from .._text import Lang
from ..serialization import SCHEMA_VERSION, Document, kind_of
from ._common import (
    _CODELISTS_SHEET,
    _EXACT_DIGITS,
    _FIELD,
    _KIND,
    _MAIN,
    _PARENT,
    _VALUE,
    _VERSION,
    _YES,
    _escape,
    _openpyxl,
)
from ._layout import _Column, _Layout, _layout
from ._problems import _letter


def _get(obj: object, path: tuple[str, ...]) -> object:
    for name in path:
        if obj is None:
            return None
        obj = getattr(obj, name)
    return obj


def _cell_value(column: _Column, value: object, lang: Lang) -> object:
    """The value to put in a cell (``None`` for an empty cell)."""
    if value is None:
        return None
    if column.kind == "marker":
        return _YES(lang)
    if column.kind == "str":
        return value or None
    if column.kind == "money":
        assert isinstance(value, decimal.Decimal)  # noqa: S101 - the model's type
        if len(value.as_tuple().digits) <= _EXACT_DIGITS:
            return float(value)
        return f"{value:.2f}"
    return value


def _items(layout: _Layout, doc: object) -> list[list[tuple[int | None, object]]]:
    """For each sheet: its rows as (parent row number, item), in order."""
    rows: list[list[tuple[int | None, object]]] = []
    for sheet in layout.sheets:
        parents = [(None, doc)] if sheet.parent is None else rows[sheet.parent]
        here: list[tuple[int | None, object]] = []
        for number, (_, parent) in enumerate(parents, start=2):
            items = _get(parent, sheet.rel)
            here.extend(
                (None if sheet.parent is None else number, item)
                for item in items or ()  # type: ignore[attr-defined]
            )
        rows.append(here)
    return rows


@attrs.frozen
class _Grid:
    """One sheet as rows of cell values, before it is a workbook or a CSV file."""

    name: str
    rows: list[list[object]]
    typed: dict[tuple[int, int], _Column]  # (Excel row, column) -> the layout column
    main: bool


def _grids(doc: Document, lang: Lang) -> list[_Grid]:
    layout = _layout(type(doc))
    main_rows: list[list[object]] = [
        [_FIELD(lang), _VALUE(lang)],
        [_KIND(lang), kind_of(doc)],
        [_VERSION(lang), SCHEMA_VERSION],
    ]
    typed: dict[tuple[int, int], _Column] = {}
    for number, column in enumerate(layout.main, start=len(main_rows) + 1):
        main_rows.append([column.heading(lang), _cell_value(column, _get(doc, column.path), lang)])
        typed[number, 2] = column
    grids = [_Grid(_MAIN(lang), main_rows, typed, main=True)]
    for sheet, rows in zip(layout.sheets, _items(layout, doc), strict=True):
        heads: list[object] = [column.heading(lang) for column in sheet.columns]
        offset = 1
        if sheet.parent is not None:
            parent_name = layout.sheets[sheet.parent].name(lang)
            heads.insert(0, _PARENT.format(lang, {"sheet": parent_name}))
            offset = 2
        body: list[list[object]] = [heads]
        for parent_row, item in rows:
            values = [
                _cell_value(column, _get(item, column.path), lang) for column in sheet.columns
            ]
            body.append(values if sheet.parent is None else [parent_row, *values])
        typed = {
            (row, position): column
            for position, column in enumerate(sheet.columns, start=offset)
            for row in range(2, max(len(body) + 1, 1001))
        }
        grids.append(_Grid(sheet.name(lang), body, typed, main=False))
    return grids


def export_workbook(  # noqa: C901, PLR0912 - one pass over the cells
    document: Document, path: str | os.PathLike[str], *, lang: Lang = "pl"
) -> None:
    """
    Write *document* to the Excel workbook at *path*, headed in *lang*.

    Raises:
        ImportError: openpyxl is not installed (install ``wspolpraca[xlsx]``).

    .. versionadded:: 0.1
    """
    openpyxl = _openpyxl()
    from openpyxl.styles import Font  # noqa: PLC0415
    from openpyxl.worksheet.datavalidation import DataValidation  # noqa: PLC0415

    from ..codelists import load_codelist  # noqa: PLC0415

    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    lists: dict[str, tuple[str, ...]] = {}
    for grid in _grids(document, lang):
        sheet = workbook.create_sheet(grid.name)
        for r, row in enumerate(grid.rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is None:
                    continue
                cell = sheet.cell(row=r, column=c, value=None if isinstance(value, str) else value)
                column = grid.typed.get((r, c))
                if isinstance(value, str):
                    cell.value = _escape(value)
                    cell.data_type = "s"  # text starting with "=" stays text
                elif column is not None and column.kind == "money":
                    cell.number_format = "#,##0.00"
                elif column is not None and column.kind == "date":
                    cell.number_format = "yyyy-mm-dd"
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        targets: dict[str, list[str]] = {}
        for (r, c), column in grid.typed.items():
            if column.codelist is not None:
                targets.setdefault(column.codelist, []).append(f"{_letter(c)}{r}")
        for name, cells in targets.items():
            if name not in lists:
                lists[name] = load_codelist(name).codes()
            col = _letter(list(lists).index(name) + 1)
            ref = f"'{_CODELISTS_SHEET}'!${col}$2:${col}${len(lists[name]) + 1}"
            strict = load_codelist(name).strict
            validation = DataValidation(
                type="list",
                formula1=ref,
                allow_blank=True,
                errorStyle="stop" if strict else "information",
            )
            validation.add(" ".join(_ranges(cells)))
            sheet.add_data_validation(validation)
        sheet.freeze_panes = "B2" if grid.main else "A2"
        for c in range(1, max(len(row) for row in grid.rows) + 1):
            sheet.column_dimensions[_letter(c)].width = 32 if grid.main and c == 1 else 20
    if lists:
        helper = workbook.create_sheet(_CODELISTS_SHEET)
        helper.sheet_state = "hidden"
        for c, (name, codes) in enumerate(lists.items(), start=1):
            helper.cell(row=1, column=c, value=name)
            for r, code in enumerate(codes, start=2):
                helper.cell(row=r, column=c, value=code).data_type = "s"
    workbook.active = 0
    workbook.save(os.fspath(path))


def _ranges(cells: list[str]) -> list[str]:
    """Fold cells of one column into ranges (``C2:C1000``)."""
    by_column: dict[str, list[int]] = {}
    for ref in cells:
        match = re.fullmatch(r"([A-Z]+)([0-9]+)", ref)
        assert match is not None  # noqa: S101 - built above
        by_column.setdefault(match[1], []).append(int(match[2]))
    out: list[str] = []
    for column, rows in by_column.items():
        rows.sort()
        start = previous = rows[0]
        for row in [*rows[1:], None]:
            if row is not None and row == previous + 1:
                previous = row
                continue
            out.append(
                f"{column}{start}" if start == previous else f"{column}{start}:{column}{previous}"
            )
            if row is not None:
                start = previous = row
    return out


def export_csv(document: Document, directory: str | os.PathLike[str], *, lang: Lang = "pl") -> None:
    """
    Write *document* as CSV files in *directory*, one a sheet, named ``<sheet>.csv``.

    Values are text: dates ``YYYY-MM-DD``, amounts ``1234.50``, yes/no as ``tak``/``nie``.

    .. versionadded:: 0.1
    """
    folder = pathlib.Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    for grid in _grids(document, lang):
        with (folder / f"{grid.name}.csv").open("w", encoding="utf-8", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerows([[_csv_text(value, lang) for value in row] for row in grid.rows])


def _csv_text(value: object, lang: Lang) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return _YES(lang) if value else {"pl": "nie", "en": "no"}[lang]
    if isinstance(value, float):
        return f"{decimal.Decimal(repr(value)):.2f}"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
