"""
Locations and problems: the cell a value came from, a problem located there, and the result
of importing a workbook.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final

import attrs

from .._text import Lang, Text
from ..errors import Path, ValidationError, ValidationErrors
from ..rules import CheckResult, Finding
from ..serialization import Document
from ._common import _FIRST_CELLS


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
        from ..rules import check  # noqa: PLC0415 - keeps the import graph shallow

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
