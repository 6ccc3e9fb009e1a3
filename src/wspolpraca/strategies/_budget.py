"""Strategies for budget data (issue 24): budget years with their lines, and populations."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from .._model._budget import CONFIDENCES, BudgetLine, BudgetYear, DataSource, Population
from .._model._common import MAX_YEAR, MIN_YEAR
from ._common import _Breaker, _Make, money, texts, units

_AMOUNTS = st.none() | money(max_value=Decimal("9999999999.99"))


def data_sources() -> st.SearchStrategy[DataSource]:
    """Sources of figures with any of the three confidences."""
    return st.builds(
        DataSource,
        title=texts(),
        reference=texts(),
        published_on=st.none() | st.dates(dt.date(MIN_YEAR, 1, 1), dt.date(MAX_YEAR, 12, 31)),
        confidence=st.sampled_from(CONFIDENCES),
    )


@st.composite
def _lines(draw: st.DrawFn) -> BudgetLine:
    division = draw(st.from_regex(r"\A[0-9]{3}\Z"))
    return BudgetLine(
        division=division,
        chapter=division + draw(st.from_regex(r"\A[0-9]{2}\Z")),
        paragraph=draw(st.from_regex(r"\A[0-9]{4}\Z")),
        planned=draw(_AMOUNTS),
        spent=draw(_AMOUNTS),
    )


def budget_years(*, year: int | None = None) -> st.SearchStrategy[BudgetYear]:
    """
    Budget years of any unit, with up to four lines of the classification; of *year* when
    given, otherwise from 2003 to 2040.

    .. versionadded:: 0.1
    """
    years = st.just(year) if year is not None else st.integers(2003, 2040)
    return st.builds(
        BudgetYear,
        unit=units(),
        year=years,
        planned_expenditure=_AMOUNTS,
        total_expenditure=_AMOUNTS,
        lines=st.lists(_lines(), max_size=4).map(tuple),
        source=data_sources(),
        notes=st.lists(texts(), max_size=2).map(tuple),
    )


def populations(*, year: int | None = None) -> st.SearchStrategy[Population]:
    """
    Populations of any unit; of *year* when given, otherwise from 2003 to 2040.

    .. versionadded:: 0.1
    """
    years = st.just(year) if year is not None else st.integers(2003, 2040)
    return st.builds(
        Population,
        unit=units(),
        year=years,
        residents=st.integers(1, 40_000_000),
        source=data_sources(),
        notes=st.lists(texts(), max_size=2).map(tuple),
    )


BREAKERS: dict[str, _Breaker] = {}
"""Budget data has no rules yet: nothing to break."""

STRATEGIES: dict[type[Any], _Make] = {
    BudgetYear: budget_years,
    Population: populations,
}
"""The strategy of each document class of this family, built on demand."""

PARTS: dict[type[Any], _Make] = {
    BudgetLine: lambda: budget_years().filter(lambda b: bool(b.lines)),
    DataSource: budget_years,
}
"""Value classes of this family, each drawn from the documents that hold it."""
