"""
Budget data (``budget_year``, ``population``): no rules yet, only the date whose law applies.

Sources: none. The act on public benefit activity says nothing about a unit's budget
classification or its population; the classification itself (the regulation of the
Minister of Finance of 2 March 2010, Dz.U. 2010 Nr 38 poz. 207, law.md §13, unconfirmed)
is read by :mod:`wspolpraca.comparison` through the dated codelist
:data:`~wspolpraca.codelists.GRANT_PARAGRAPHS`, not checked by rules. A budget year or a
population checks clean, and :func:`~wspolpraca.check` can run over any loaded document.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from .._model._budget import BudgetYear, Population
from ._engine import Parameter, Rule

__all__ = ["PARAMETERS", "REFERENCE_DATES", "RULES", "reference_date"]

RULES: tuple[Rule, ...] = ()
"""No rules: the act says nothing about budget data."""

PARAMETERS: tuple[Parameter[Any], ...] = ()
"""No dated parameters."""


def reference_date(obj: BudgetYear | Population) -> dt.date:
    """31 December of the year the budget data describes: the year is then complete."""
    return dt.date(obj.year, 12, 31)


REFERENCE_DATES: dict[type[Any], Callable[[Any], dt.date]] = {
    BudgetYear: reference_date,
    Population: reference_date,
}
"""How to find the relevant date of each document class this family covers."""
