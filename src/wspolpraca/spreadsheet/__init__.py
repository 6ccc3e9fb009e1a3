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

from ._problems import (
    Cell,
    Imported,
    LocatedProblem,
    ProblemGroup,
    SpreadsheetErrors,
    group_problems,
    locate_findings,
)
from ._read import import_csv, import_workbook, read_csv, read_workbook
from ._write import export_csv, export_workbook

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
