"""
Spreadsheets in and out: every document as an Excel workbook (or CSV files), and back.

Municipal officers prepare programme annexes in spreadsheets; this module writes any
document to a workbook they can edit and reads it back, and locates every load error and
every rule finding at the sheet, row and column the officer sees. It needs the optional
extra ``wspolpraca[xlsx]`` (openpyxl) for workbooks; CSV uses only the standard library.

Layout of a workbook
--------------------

- The first sheet, ``Dokument`` (``Document`` in English), lists the document's single
  fields, one a row: the field's title in column A, its value in column B. Its first two
  rows name the document kind and the schema version. Fields of nested objects are titled
  with their path, such as ``Uchwała › Data podjęcia``.
- Every repeated part (priority tasks, offers, small grants, remarks, council terms …) has
  its own sheet, named by its title path and headed by the field titles in row 1, one item
  a row, in order. A repeated part nested in another one (the memberships of a council
  term) has a first column ``Wiersz w arkuszu „…”`` giving the Excel row number of its
  parent item. Lists of plain text or codes (the modes of a task, editorial notes) are
  sheets of one column too, so that no separator can corrupt a value.
- An optional object whose every field may be empty (a consultation report with nothing
  filled in yet) has a presence column titled with the object's own title: ``tak``/``yes``.
- Headings are the field titles of the model (``wspolpraca._model._fields.title``),
  Polish by default, English with ``lang="en"``; the reader accepts either language
  and the dotted field path (``unit.name``) as a heading.
- Codes from a codelist get a drop-down (a data validation reading a hidden sheet
  ``_codelists``): strict lists refuse other values, open lists only suggest.
- Dates are date cells (``yyyy-mm-dd``). Amounts are number cells with the format
  ``#,##0.00`` when the amount has at most 15 significant digits, which a spreadsheet's
  binary floating point holds exactly (every amount up to 9 999 999 999 999.99); a larger
  amount is written as text (``"12345678901234567.00"``), so that no grosz is ever lost.
  Text is always written as text, even when it starts with ``=``.

Reading back (``read_workbook``) is lossless: ``read_workbook(p) == document`` after
``export_workbook(document, p)`` for every kind. What a human may do to a workbook is
decided case by case; nothing ever gives a traceback or drops a row silently:

========================================  ================================================
Input                                     Reading
========================================  ================================================
a renamed or unknown column or main row   error ``unknown_heading`` at the heading cell
a missing column or main row              error ``missing_heading`` at the sheet's row 1
the same heading twice                    error ``duplicate_heading`` at the second one
an extra sheet with anything in it        error ``unknown_sheet``; an empty one is ignored
a missing sheet of a repeated part        read as no items (it may have been deleted as
                                          empty); a missing main sheet is an error
merged cells                              error ``merged_cells`` at the merged range
a formula instead of a value              error ``formula`` at the cell (paste values)
a date typed as text                      ``2021-03-01`` and ``01.03.2021`` are read as
                                          dates; anything else is ``invalid_date``
an amount typed as text                   Polish notation is read: ``1 234,50 zł``,
                                          ``1234,5``, ``1234.50`` (spaces between groups
                                          of three, comma or point before the grosze,
                                          ``zł``/``PLN`` after); ``1,234.50`` and
                                          ``1.234,50`` are ambiguous: ``invalid_money``
an amount with more than two decimals     ``too_many_decimal_places`` (a formula result
                                          such as 0.30000000000000004 included)
a whole number in a text column           read as its digits (``1261011``)
``tak``/``nie``/``yes``/``no`` in a       read as a yes/no value
yes/no column
hidden rows and columns                   read like visible ones (never dropped)
empty rows (trailing or not)              skipped: they hold nothing
a parent row number that names no item    error ``invalid_parent_row`` at the cell
========================================  ================================================

Every problem is a :class:`LocatedProblem` with a :class:`Cell`; :func:`group_problems`
folds repeated problems of the same code in one column into one :class:`ProblemGroup`
with a count and the first few cells.

.. versionadded:: 0.1
"""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import difflib
import os
import pathlib
import re
import types
import typing
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final

import attrs

from ._messages import did_you_mean
from ._model._fields import CODELIST, title
from ._text import LANGS, Lang, Text
from .errors import (
    DocumentError,
    InvalidFormatError,
    Path,
    ValidationError,
    ValidationErrors,
)
from .rules import CheckResult, Finding
from .serialization import DOCUMENT_KINDS, SCHEMA_VERSION, Document, kind_of, structure

__all__ = [
    "Cell",
    "Imported",
    "LocatedProblem",
    "ProblemGroup",
    "SpreadsheetErrors",
    "export_csv",
    "export_workbook",
    "group_problems",
    "import_csv",
    "import_workbook",
    "locate_findings",
    "read_csv",
    "read_workbook",
]


def __dir__() -> list[str]:
    return __all__


_EXTRA_HINT: Final = "reading and writing workbooks needs openpyxl: pip install 'wspolpraca[xlsx]'"
_SEP: Final = " › "
_MAIN: Final = Text(pl="Dokument", en="Document")
_FIELD: Final = Text(pl="Pole", en="Field")
_VALUE: Final = Text(pl="Wartość", en="Value")
_KIND: Final = Text(pl="Rodzaj dokumentu", en="Document kind")
_VERSION: Final = Text(pl="Wersja schematu", en="Schema version")
_PARENT: Final = Text(pl="Wiersz w arkuszu „{sheet}”", en="Row in sheet '{sheet}'")
_PARENT_PREFIXES: Final = ("wiersz w arkuszu", "row in sheet", "parent")
_YES: Final = Text(pl="tak", en="yes")
_CODELISTS_SHEET: Final = "_codelists"
_MAX_SHEET_NAME: Final = 31
_EXACT_DIGITS: Final = 15
_FIRST_CELLS: Final = 5
_TRUE: Final = frozenset({"tak", "yes", "true", "prawda", "1"})
_FALSE: Final = frozenset({"nie", "no", "false", "fałsz", "0"})


_UNSAFE: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0d\x0e-\x1f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)")
_ESCAPED: Final = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _escape(text: str) -> str:
    """
    Escape what a workbook cannot hold as OOXML does (``\\x1f`` as ``_x001F_``).

    >>> _escape("a\\x1fb_x0041_")
    'a_x001F_b_x005F_x0041_'
    >>> _unescape(_escape("a\\x1fb_x0041_\\r"))
    'a\\x1fb_x0041_\\r'
    """
    return _UNSAFE.sub(lambda m: f"_x{ord(m[0]):04X}_", text)


def _unescape(text: str) -> str:
    return _ESCAPED.sub(lambda m: chr(int(m[1], 16)), text)


def _openpyxl() -> Any:
    try:
        import openpyxl  # noqa: PLC0415 - the optional extra is imported only when used
    except ImportError as exc:  # pragma: no cover - the tests run with the extra
        raise ImportError(_EXTRA_HINT) from exc
    return openpyxl


# ---------------------------------------------------------------------------------------
# The layout, derived from the model's classes


@attrs.frozen
class _Column:
    path: tuple[str, ...]  # field names from the row's object; () for a list of text
    heading: Text
    kind: str  # "str", "int", "bool", "money", "date" or "marker"
    codelist: str | None
    optional: bool  # the column may be left empty (the field, or an object on its path)

    @property
    def key(self) -> str:
        return ".".join(self.path) or "value"


@attrs.frozen
class _Sheet:
    key: tuple[str, ...]  # field names from the document to the repeated part
    name: Text
    columns: tuple[_Column, ...]
    parent: int | None  # index of the parent sheet; None for the main sheet's children
    rel: tuple[str, ...]  # field names from the parent item to the repeated part


@attrs.frozen
class _Layout:
    cls: type[Any]
    main: tuple[_Column, ...]
    sheets: tuple[_Sheet, ...]


def _unwrap(type_: Any) -> tuple[Any, bool]:
    """*type_* without ``| None``, and whether it had it."""
    if isinstance(type_, types.UnionType) or typing.get_origin(type_) is typing.Union:
        args = [arg for arg in typing.get_args(type_) if arg is not type(None)]
        return args[0], True
    return type_, False


def _is_tuple(type_: Any) -> bool:
    args = typing.get_args(type_)
    return typing.get_origin(type_) is tuple and len(args) == 2 and args[1] is Ellipsis


def _scalar_kind(type_: Any) -> str:
    kinds = {str: "str", int: "int", bool: "bool", decimal.Decimal: "money", dt.date: "date"}
    if type_ not in kinds:  # pragma: no cover - the model uses only these
        raise TypeError(f"no spreadsheet form for {type_!r}")
    return kinds[type_]


def _always_filled(cls: type[Any]) -> bool:
    """Whether a present object of *cls* always fills at least one cell of its own."""
    attrs.resolve_types(cls)
    for field in attrs.fields(cls):
        if field.default is not attrs.NOTHING:
            continue
        inner, optional = _unwrap(field.type)
        if optional or _is_tuple(inner):
            continue
        if not attrs.has(inner) or _always_filled(inner):
            return True
    return False


def _join(parts: Sequence[Text]) -> Text:
    return Text(pl=_SEP.join(p.pl for p in parts), en=_SEP.join(p.en for p in parts))


def _sheet_name(parts: Sequence[Text], taken: set[str]) -> Text:
    """The leaf title when free, else the title path; at most 31 characters, no ``[]:*?/\\'``."""
    names: dict[Lang, str] = {}
    for lang in LANGS:
        candidates = [parts[-1](lang), _SEP.join(part(lang) for part in parts)]
        cleaned = [
            re.sub(r"[\[\]:*?/\\']", "-", raw)[:_MAX_SHEET_NAME].strip() for raw in candidates
        ]
        name = next((c for c in cleaned if c.casefold() not in taken), cleaned[-1])
        base, number = name, 2
        while name.casefold() in taken:
            suffix = f" ({number})"
            name = base[: _MAX_SHEET_NAME - len(suffix)] + suffix
            number += 1
        taken.add(name.casefold())
        names[lang] = name
    return Text(pl=names["pl"], en=names["en"])


class _Builder:
    def __init__(self) -> None:
        self.sheets: list[_Sheet | None] = []
        self.taken: set[str] = {_MAIN.pl.casefold(), _MAIN.en.casefold(), _CODELISTS_SHEET}

    def columns(
        self,
        cls: type[Any],
        *,
        prefix: tuple[str, ...],
        titles: tuple[Text, ...],
        sheet_titles: tuple[Text, ...],
        key: tuple[str, ...],
        owner: int | None,
        optional: bool,
    ) -> list[_Column]:
        attrs.resolve_types(cls)
        out: list[_Column] = []
        for field in attrs.fields(cls):
            inner, is_optional = _unwrap(field.type)
            name = title(field)
            path = (*prefix, field.name)
            may_be_empty = optional or is_optional or field.default is not attrs.NOTHING
            if _is_tuple(inner):
                self.sheet(
                    typing.get_args(inner)[0],
                    field=field,
                    sheet_titles=(*sheet_titles, *titles, name),
                    key=(*key, *path),
                    owner=owner,
                    rel=path,
                )
            elif attrs.has(inner):
                if is_optional and not _always_filled(inner):
                    out.append(_Column(path, _join((*titles, name)), "marker", None, optional=True))
                out.extend(
                    self.columns(
                        inner,
                        prefix=path,
                        titles=(*titles, name),
                        sheet_titles=sheet_titles,
                        key=key,
                        owner=owner,
                        optional=optional or is_optional,
                    )
                )
            else:
                out.append(
                    _Column(
                        path,
                        _join((*titles, name)),
                        _scalar_kind(inner),
                        field.metadata.get(CODELIST),
                        may_be_empty,
                    )
                )
        return out

    def sheet(
        self,
        item: Any,
        *,
        field: attrs.Attribute[Any],
        sheet_titles: tuple[Text, ...],
        key: tuple[str, ...],
        owner: int | None,
        rel: tuple[str, ...],
    ) -> None:
        index = len(self.sheets)
        self.sheets.append(None)
        name = _sheet_name(sheet_titles, self.taken)
        if attrs.has(item):
            columns = self.columns(
                item,
                prefix=(),
                titles=(),
                sheet_titles=sheet_titles,
                key=key,
                owner=index,
                optional=False,
            )
        else:
            columns = [
                _Column(
                    (),
                    title(field),
                    _scalar_kind(item),
                    field.metadata.get(CODELIST),
                    optional=False,
                )
            ]
        self.sheets[index] = _Sheet(key, name, tuple(columns), owner, rel)


_LAYOUTS: dict[type[Any], _Layout] = {}


def _layout(cls: type[Any]) -> _Layout:
    if cls not in _LAYOUTS:
        builder = _Builder()
        main = builder.columns(
            cls, prefix=(), titles=(), sheet_titles=(), key=(), owner=None, optional=False
        )
        sheets = tuple(sheet for sheet in builder.sheets if sheet is not None)
        _LAYOUTS[cls] = _Layout(cls, tuple(main), sheets)
    return _LAYOUTS[cls]


# ---------------------------------------------------------------------------------------
# Locations and problems


def _letter(column: int) -> str:
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@attrs.frozen(kw_only=True)
class Cell:
    """
    A place in a workbook as its user sees it.

    Args:
        sheet: The sheet's name.
        row: The Excel row number (the heading row is row 1); ``None`` for the whole sheet.
        column: The column letter, such as ``"E"``; ``None`` for the whole row.
        heading: The heading of the column (or of the main sheet's row), when known.

    >>> str(Cell(sheet="Zadania priorytetowe", row=5, column="E"))
    "'Zadania priorytetowe'!E5"

    .. versionadded:: 0.1
    """

    sheet: str
    row: int | None = None
    column: str | None = None
    heading: str | None = None

    def __str__(self) -> str:
        sheet = "'" + self.sheet.replace("'", "''") + "'"
        if self.row is None:
            return sheet if self.column is None else f"{sheet}!{self.column}:{self.column}"
        if self.column is None:
            return f"{sheet}!{self.row}:{self.row}"
        return f"{sheet}!{self.column}{self.row}"

    @property
    def ref(self) -> str:
        """The cell without its sheet, such as ``E5``."""
        return str(self).rsplit("!", 1)[-1] if self.row is not None else ""


@attrs.frozen(kw_only=True)
class LocatedProblem:
    """
    A load error or a rule finding, with the cell it comes from.

    Args:
        problem: The :class:`~wspolpraca.errors.ValidationError` or the
            :class:`~wspolpraca.rules.Finding`.
        cell: Where it is in the workbook; ``None`` when it concerns the whole workbook.

    .. versionadded:: 0.1
    """

    problem: ValidationError | Finding
    cell: Cell | None

    @property
    def code(self) -> str:
        """The error code or the rule code."""
        return self.problem.code

    @property
    def severity(self) -> str:
        """``"error"`` for a load error; the finding's severity otherwise."""
        return "error" if isinstance(self.problem, ValidationError) else self.problem.severity.value

    @property
    def jsonpath(self) -> str:
        """The path in the document, such as ``$.priority_tasks[3].planned_amount``."""
        return self.problem.jsonpath

    def message(self, lang: Lang = "pl") -> str:
        """The problem's message in *lang*."""
        return self.problem.message(lang)

    def describe(self, lang: Lang = "pl") -> str:
        """One line: the cell, the message and the code."""
        where = str(self.cell) if self.cell is not None else self.jsonpath
        heading = f" ({self.cell.heading})" if self.cell and self.cell.heading else ""
        return f"{where}{heading}: {self.message(lang)} [{self.code}]"

    def as_dict(self, lang: Lang = "pl") -> dict[str, object]:
        """The problem's own description plus ``sheet``, ``row``, ``column`` and ``cell``."""
        out = dict(self.problem.as_dict(lang))
        if self.cell is not None:
            out.update(
                sheet=self.cell.sheet,
                row=self.cell.row,
                column=self.cell.column,
                cell=str(self.cell),
            )
        return out


_MORE: Final = Text(
    pl="{count} komórek w kolumnie {column}, pierwsze: {cells}",
    en="{count} cells in column {column}, the first: {cells}",
)


@attrs.frozen(kw_only=True)
class ProblemGroup:
    """
    Problems of one code in one column, reported once.

    Args:
        problems: The problems, in workbook order (at least one).

    .. versionadded:: 0.1
    """

    problems: tuple[LocatedProblem, ...]

    @property
    def first(self) -> LocatedProblem:
        """The first problem of the group."""
        return self.problems[0]

    @property
    def count(self) -> int:
        """How many problems the group holds."""
        return len(self.problems)

    @property
    def cells(self) -> tuple[Cell, ...]:
        """The first five cells."""
        return tuple(p.cell for p in self.problems[:_FIRST_CELLS] if p.cell is not None)

    def describe(self, lang: Lang = "pl") -> str:
        """One line; a group of several names the count and the first cells."""
        if self.count == 1:
            return self.first.describe(lang)
        cell = self.first.cell
        assert cell is not None  # noqa: S101 - only problems with a column are grouped
        cells = ", ".join(c.ref for c in self.cells) + (", …" if self.count > _FIRST_CELLS else "")
        more = _MORE.format(lang, {"count": self.count, "column": cell.column, "cells": cells})
        heading = f" ({cell.heading})" if cell.heading else ""
        where = "'" + cell.sheet.replace("'", "''") + f"'!{cell.column}:{cell.column}"
        return f"{where}{heading}: {self.first.message(lang)} [{self.first.code}] ({more})"


def group_problems(problems: Iterable[LocatedProblem]) -> tuple[ProblemGroup, ...]:
    """
    Fold problems of the same code in the same column into groups, in order of first appearance.

    Problems located at a whole row or sheet stay alone.

    .. versionadded:: 0.1
    """
    groups: dict[object, list[LocatedProblem]] = {}
    for number, problem in enumerate(problems):
        cell = problem.cell
        key: object = (
            (problem.code, cell.sheet, cell.column)
            if cell is not None and cell.column is not None and cell.row is not None
            else number
        )
        groups.setdefault(key, []).append(problem)
    return tuple(ProblemGroup(problems=tuple(group)) for group in groups.values())


class SpreadsheetErrors(ValidationErrors):
    """
    Every problem found while reading one workbook; ``located`` gives their cells.

    .. versionadded:: 0.1
    """

    located: tuple[LocatedProblem, ...] = ()

    @classmethod
    def of(cls, located: Sequence[LocatedProblem]) -> SpreadsheetErrors:
        """The group of *located* problems (all of them load errors)."""
        errors = [p.problem for p in located if isinstance(p.problem, ValidationError)]
        group = cls("the workbook cannot be loaded", errors)
        group.located = tuple(located)
        return group

    def groups(self) -> tuple[ProblemGroup, ...]:
        """The problems grouped by :func:`group_problems`."""
        return group_problems(self.located)


@attrs.frozen(kw_only=True)
class Imported:
    """
    A document read from a workbook, with the cell of every value.

    Args:
        document: The document.
        cells: The cell of each path in the document (values, and whole rows of items).

    .. versionadded:: 0.1
    """

    document: Document
    cells: Mapping[Path, Cell] = attrs.field(repr=False)

    def locate(self, path: Path) -> Cell | None:
        """The cell of *path*, or of its nearest located ancestor."""
        return _locate(self.cells, path)

    def check(self, **kwargs: Any) -> tuple[CheckResult, tuple[LocatedProblem, ...]]:
        """Check the document (*kwargs* go to :func:`wspolpraca.check`) and locate the findings."""
        from .rules import check  # noqa: PLC0415 - keeps the import graph shallow

        result = check(self.document, **kwargs)
        return result, locate_findings(result, self)


def _locate(cells: Mapping[Path, Cell], path: Path) -> Cell | None:
    for end in range(len(path), -1, -1):
        found = cells.get(path[:end])
        if found is not None:
            return found
    return None


def locate_findings(result: CheckResult, imported: Imported) -> tuple[LocatedProblem, ...]:
    """
    The findings of *result* with the cells of the workbook *imported* came from.

    .. versionadded:: 0.1
    """
    return tuple(LocatedProblem(problem=f, cell=imported.locate(f.path)) for f in result)


# ---------------------------------------------------------------------------------------
# Writing


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

    from .codelists import load_codelist  # noqa: PLC0415

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


# ---------------------------------------------------------------------------------------
# Reading


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


def _match(text: object) -> str:
    return str(text).strip().casefold() if text is not None else ""


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


def _dig(target: dict[str, Any], path: Sequence[str]) -> dict[str, Any]:
    for name in path:
        target = target.setdefault(name, {})
    return target


def _as_int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and re.fullmatch(r"\s*-?[0-9]+\s*", value):
        return int(value)
    return None


def _wire_str(value: object) -> object:
    if isinstance(value, str):
        return value
    number = _as_int(value)
    return str(number) if number is not None else value


def _wire_int(value: object) -> object:
    number = _as_int(value)
    return number if number is not None else value


def _wire_bool(value: object) -> object:
    if isinstance(value, bool):
        return value
    text = _match(value)
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    return value


_AMOUNT: Final = re.compile(r"(-?)([0-9]{1,3}(?:[ \u00a0\u202f][0-9]{3})+|[0-9]+)(?:[.,]([0-9]+))?")


def _wire_money(value: object) -> object:
    if isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        return format(decimal.Decimal(repr(value)), "f")
    if not isinstance(value, str):
        return value
    text = re.sub(r"\s*(?:zł|zl|pln)\.?$", "", value.strip(), flags=re.IGNORECASE)
    match = _AMOUNT.fullmatch(text)
    if match is None:
        return value
    sign, whole, fraction = match.groups()
    whole = re.sub(r"[^0-9]", "", whole)
    return f"{sign}{whole}" + (f".{fraction}" if fraction is not None else "")


def _wire_date(value: object) -> object:
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        text = value.strip()
        match = re.fullmatch(r"([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})", text)
        if match:
            day, month, year = (int(part) for part in match.groups())
            try:
                return dt.date(year, month, day).isoformat()
            except ValueError:
                return value
        return text
    return value


_WIRE: Final = {
    "str": _wire_str,
    "int": _wire_int,
    "bool": _wire_bool,
    "money": _wire_money,
    "date": _wire_date,
}


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
