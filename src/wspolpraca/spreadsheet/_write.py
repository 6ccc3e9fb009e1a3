"""Writing a document as a workbook or as CSV files."""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import os
import pathlib
import re
from typing import Any, Final

import attrs

from .._io import unwritable
from .._text import Lang, Text
from ..errors import DocumentError, InvalidValueError
from ..serialization import DOCUMENT_KINDS, SCHEMA_VERSION, Document
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
    MAX_CELL_TEXT,
    _escape,
    _labels,
    _openpyxl,
    guard,
)
from ._layout import _Column, _Layout, _layout
from ._problems import Cell, LocatedProblem, SpreadsheetErrors, _letter


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
        return _label(column, value, lang) or None
    if column.kind == "money":
        assert isinstance(value, decimal.Decimal)  # noqa: S101 - the model's type
        if len(value.as_tuple().digits) <= _EXACT_DIGITS:
            return float(value)
        return f"{value:.2f}"
    return value


def _label(column: _Column, value: object, lang: Lang) -> object:
    """*value*, or its label in *lang* when *column* holds codes of a codelist."""
    if column.codelist is None or not isinstance(value, str):
        return value
    return (_labels(column.codelist, lang) or {}).get(value, value)


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


def _grids(doc: Document | None, lang: Lang, cls: type[Any] | None = None) -> list[_Grid]:
    """The sheets of *doc*; with *doc* ``None``, the blank sheets of the class *cls*."""
    cls = type(doc) if cls is None else cls
    layout = _layout(cls)
    kind = next(name for name, known in DOCUMENT_KINDS.items() if known is cls)
    main_rows: list[list[object]] = [
        [_FIELD(lang), _VALUE(lang)],
        [_KIND(lang), kind],
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


def export_workbook(document: Document, path: str | os.PathLike[str], *, lang: Lang = "pl") -> None:
    """
    Write *document* to the Excel workbook at *path*, headed in *lang*.

    Raises:
        ImportError: openpyxl is not installed (install ``wspolpraca[xlsx]``).
        SpreadsheetErrors: a text is longer than a cell holds (``cell_too_long``), at its cell;
            nothing is written.

    .. versionadded:: 0.1
    """
    _save(_grids(document, lang), path, lang, notes=False)


def export_template(kind: str, path: str | os.PathLike[str], *, lang: Lang = "pl") -> None:
    """
    Write a blank workbook for a document of *kind* to *path*, headed in *lang*, to fill in:
    every sheet and heading of the kind, the drop-downs of its codes, and on each heading a
    note saying what the column takes (a date, an amount, a code of which list, whether it
    may stay empty). :func:`import_workbook` reads it back once filled in.

    Raises:
        DocumentError: *kind* is not a document kind (``code="unknown_kind"``).
        ImportError: openpyxl is not installed (install ``wspolpraca[xlsx]``).

    .. versionadded:: 0.1
    """
    cls = DOCUMENT_KINDS.get(kind)
    if cls is None:
        raise DocumentError(
            "unknown_kind", path=("kind",), value=kind, params={"expected": tuple(DOCUMENT_KINDS)}
        )
    _save(_grids(None, lang, cls), path, lang, notes=True)


_HELP: Final = {
    "str": Text(pl="tekst", en="text"),
    "int": Text(pl="liczba całkowita", en="a whole number"),
    "bool": Text(pl="tak albo nie", en="yes or no"),
    "money": Text(pl="kwota w złotych, np. 1234,50", en="an amount in złoty, such as 1234.50"),
    "date": Text(pl="data RRRR-MM-DD", en="a date YYYY-MM-DD"),
    "marker": Text(pl="„tak”, jeśli jest", en="“yes” if present"),
    "optional": Text(pl="może zostać puste", en="may be left empty"),
    "required": Text(pl="wymagane", en="required"),
    "list": Text(pl="wybierz z listy „{label}”", en="choose from the list “{label}”"),
    "closed": Text(pl="lista zamknięta", en="a closed list"),
    "open": Text(pl="lista otwarta", en="an open list"),
}


def _help(column: _Column, lang: Lang) -> str:
    """What a column takes, for the note on its heading."""
    from ..codelists import load_codelist  # noqa: PLC0415 - codelists load lazily

    parts = [_HELP[column.kind](lang)]
    if column.codelist is not None:
        codelist = load_codelist(column.codelist)
        parts.append(_HELP["list"].format(lang, {"label": codelist.label(lang)}))
        parts.append(_HELP["closed" if codelist.strict else "open"](lang))
    parts.append(_HELP["optional" if column.optional else "required"](lang))
    return "; ".join(parts)


def _save(  # noqa: C901, PLR0912 - one pass over the cells
    grids: list[_Grid], path: str | os.PathLike[str], lang: Lang, *, notes: bool
) -> None:
    openpyxl = _openpyxl()
    from openpyxl.comments import Comment  # noqa: PLC0415
    from openpyxl.styles import Font  # noqa: PLC0415
    from openpyxl.worksheet.datavalidation import DataValidation  # noqa: PLC0415

    from ..codelists import load_codelist  # noqa: PLC0415

    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    lists: dict[str, tuple[str, ...]] = {}
    _refuse_long_text(grids)
    for grid in grids:
        sheet = workbook.create_sheet(grid.name)
        if notes:
            for (r, c), described in grid.typed.items():
                heading = sheet.cell(row=r, column=1) if grid.main else sheet.cell(row=1, column=c)
                if heading.comment is None:
                    heading.comment = Comment(_help(described, lang), "wspolpraca")
        for r, row in enumerate(grid.rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is None:
                    continue
                cell = sheet.cell(row=r, column=c, value=None if isinstance(value, str) else value)
                column = grid.typed.get((r, c))
                if isinstance(value, str):
                    cell.value = _escape(value)
                    cell.data_type = "s"  # text starting with "=" stays text
                elif column is not None and column.kind in _NUMBER_FORMATS:
                    cell.number_format = _NUMBER_FORMATS[column.kind]
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        targets: dict[str, list[str]] = {}
        for (r, c), column in grid.typed.items():
            if column.codelist is not None:
                targets.setdefault(column.codelist, []).append(f"{_letter(c)}{r}")
        for name, cells in targets.items():
            if name not in lists:
                labels = _labels(name, lang)
                codes = load_codelist(name).codes()
                lists[name] = tuple(labels[code] for code in codes) if labels else codes
            col = _letter(list(lists).index(name) + 1)
            ref = f"'{_CODELISTS_SHEET}'!${col}$2:${col}${len(lists[name]) + 1}"
            strict = load_codelist(name).strict
            message = _STRICT if strict else _OPEN
            # showErrorMessage: without it Excel and LibreOffice accept any value silently.
            validation = DataValidation(
                type="list",
                formula1=ref,
                allow_blank=True,
                showErrorMessage=True,
                errorStyle="stop" if strict else "information",
                errorTitle=message["title"](lang),
                error=message["text"](lang),
            )
            validation.add(" ".join(_ranges(cells)))
            sheet.add_data_validation(validation)
        sheet.freeze_panes = "B2" if grid.main else "A2"
        for c, width in enumerate(_widths(grid), start=1):
            sheet.column_dimensions[_letter(c)].width = width
    if lists:
        helper = workbook.create_sheet(_CODELISTS_SHEET)
        helper.sheet_state = "hidden"
        for c, (name, codes) in enumerate(lists.items(), start=1):
            helper.cell(row=1, column=c, value=name)
            for r, code in enumerate(codes, start=2):
                helper.cell(row=r, column=c, value=code).data_type = "s"
    workbook.active = 0
    workbook.save(os.fspath(path))


_NUMBER_FORMATS: Final = {"money": "#,##0.00", "int": "0", "date": "yyyy-mm-dd"}
"""Cell formats by column kind: counts are whole numbers, never amounts."""

_STRICT: Final = {
    "title": Text(pl="Wartość spoza listy", en="Not on the list"),
    "text": Text(
        pl="Wybierz wartość z listy rozwijanej: ta lista jest zamknięta.",
        en="Choose a value from the drop-down: this list is closed.",
    ),
}
_OPEN: Final = {
    "title": Text(pl="Wartość spoza listy", en="Not on the list"),
    "text": Text(
        pl="Tej wartości nie ma na liście. Lista jest otwarta, więc zostanie przyjęta, "
        "a reguła może ją zgłosić.",
        en="This value is not on the list. The list is open, so it is accepted, "
        "and a rule may report it.",
    ),
}
_MIN_WIDTH: Final = 10
_MAX_WIDTH: Final = 60


def _widths(grid: _Grid) -> list[float]:
    """Each column's width: its longest value or heading (in characters), within 10 to 60."""
    widths = [float(_MIN_WIDTH)] * max(len(row) for row in grid.rows)
    for row in grid.rows:
        for c, value in enumerate(row):
            if value is None:
                continue
            text = f"{value:,.2f}" if isinstance(value, float) else str(value)
            widths[c] = max(widths[c], min(len(text) + 2, _MAX_WIDTH))
    return widths


def _refuse_long_text(grids: list[_Grid]) -> None:
    """
    Refuse text a cell cannot hold (over 32 767 characters): the format would cut it, and a
    workbook that silently loses text is worse than none (export it as JSON or CSV instead).

    Raises:
        SpreadsheetErrors: each cell too long, at its sheet, row and column.
    """
    located = [
        LocatedProblem(
            problem=InvalidValueError(
                "cell_too_long", params={"length": len(value), "limit": MAX_CELL_TEXT}
            ),
            cell=Cell(sheet=grid.name, row=r, column=_letter(c)),
        )
        for grid in grids
        for r, row in enumerate(grid.rows, start=1)
        for c, value in enumerate(row, start=1)
        if isinstance(value, str) and len(value) > MAX_CELL_TEXT
    ]
    if located:
        raise SpreadsheetErrors.of(located)


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


_CSV_DIALECTS: Final = ("excel", "excel-pl")
"""The CSV dialects :func:`export_csv` writes: commas and UTF-8 (``excel``), or what Polish
Excel opens by a double click: semicolons, a byte-order mark and decimal commas (``excel-pl``)."""


def export_csv(
    document: Document,
    directory: str | os.PathLike[str],
    *,
    lang: Lang = "pl",
    dialect: str = "excel",
) -> None:
    """
    Write *document* as CSV files in *directory*, one a sheet, named ``<sheet>.csv``.

    Values are text: dates ``YYYY-MM-DD``, amounts ``1234.50``, yes/no as ``tak``/``nie``.
    *dialect* ``"excel-pl"`` writes what Polish Excel reads without an import wizard:
    ``;`` between fields, a UTF-8 byte-order mark (so that it reads the diacritics) and
    amounts with a decimal comma (``1234,50``). :func:`import_csv` reads both.

    Raises:
        ValueError: *dialect* is neither ``"excel"`` nor ``"excel-pl"``.
        ValidationErrors: *directory* cannot be made or written (``code="unwritable_file"``),
            such as when a file of that name exists.

    .. versionadded:: 0.1
    """
    if dialect not in _CSV_DIALECTS:
        raise ValueError(f"unknown CSV dialect {dialect!r}, expected one of {_CSV_DIALECTS}")
    polish = dialect == "excel-pl"
    folder = pathlib.Path(directory)
    encoding = "utf-8-sig" if polish else "utf-8"
    grids = _grids(document, lang)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for grid in grids:
            with (folder / f"{grid.name}.csv").open("w", encoding=encoding, newline="") as stream:
                writer = csv.writer(stream, delimiter=";" if polish else ",")
                writer.writerows(
                    [[_csv_text(value, lang, comma=polish) for value in row] for row in grid.rows]
                )
    except OSError as exc:  # such as a file where the folder should be: a located error
        raise unwritable(directory, exc) from None


def _csv_text(value: object, lang: Lang, *, comma: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return _YES(lang) if value else {"pl": "nie", "en": "no"}[lang]
    if isinstance(value, float):
        text = f"{decimal.Decimal(repr(value)):.2f}"
        return text.replace(".", ",") if comma else text
    if isinstance(value, dt.date):
        return value.isoformat()
    return guard(str(value)) if isinstance(value, str) else str(value)
