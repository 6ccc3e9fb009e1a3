"""
Comparing units and years: indicators of the cooperation with NGOs, rankings and trends.

The inputs of one unit in one year are its :class:`~wspolpraca.BudgetYear`, its
:class:`~wspolpraca.Population`, its :class:`~wspolpraca.AnnualProgramme` and its
:class:`~wspolpraca.ImplementationReport`, any of which may be absent. Each indicator
(:data:`INDICATORS`, one definition page each in the docs) is computed from them into an
:class:`IndicatorResult`; an indicator whose input is absent is **missing** and names the
input, never zero.

>>> import datetime as dt
>>> from decimal import Decimal
>>> import wspolpraca
>>> from wspolpraca import comparison
>>> unit = wspolpraca.Unit(name="Gmina Miejska Kraków", teryt="1261011", level="city_with_county_rights")
>>> source = wspolpraca.DataSource(title="illustrative", reference="doctest")
>>> budget = wspolpraca.BudgetYear(unit=unit, year=2021, total_expenditure=Decimal(1000),
...     lines=(wspolpraca.BudgetLine(division="852", chapter="85295", paragraph="2360", spent=Decimal(25)),),
...     source=source)
>>> data = comparison.Dataset.of([budget])
>>> print(data.indicator("share", "1261011", 2021).describe("en"))
share of total expenditure granted to NGOs: 2.50 % [unconfirmed]
>>> print(data.indicator("per_resident", "1261011", 2021).describe("en"))
grants to NGOs per resident: missing (population)

.. versionadded:: 0.1
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import importlib
import io
import json
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal, localcontext
from pathlib import Path
from typing import Any, Final

import attrs

from ._indicator_catalogue import INDICATORS, INPUT_TITLES, PEER_GROUPS, IndicatorDefinition
from ._model._budget import BudgetYear, DataSource, Population
from ._model._common import Unit
from ._model._programme import AnnualProgramme
from ._model._report import ImplementationReport
from ._text import Lang, Text
from .errors import ValidationError, ValidationErrors
from .law import Confidence

__all__ = [
    "INDICATORS",
    "INPUT_TITLES",
    "PEER_GROUPS",
    "Dataset",
    "IndicatorDefinition",
    "IndicatorResult",
    "InputValue",
    "Ranked",
    "Ranking",
    "Trend",
    "TrendPoint",
    "UnitYear",
    "compute",
    "peer_group",
    "render",
    "rows",
    "sources",
    "to_dataframe",
]


def __dir__() -> list[str]:
    return __all__


_CENT: Final = Decimal("0.01")
_ORDER: Final = {Confidence.CONFIRMED: 0, Confidence.SECONDARY: 1, Confidence.UNCONFIRMED: 2}
_CONFIDENCE_MARK: Final = {
    Confidence.CONFIRMED: Text(pl="", en=""),
    Confidence.SECONDARY: Text(pl=" [źródło wtórne]", en=" [secondary source]"),
    Confidence.UNCONFIRMED: Text(pl=" [niepotwierdzone]", en=" [unconfirmed]"),
}


_GMINA_TYPES: Final = {"1": "urban", "2": "rural", "3": "urban_rural"}


def peer_group(unit: Unit) -> str:
    """
    The peer group of *unit*: by level, and for a gmina by the type digit of its TERYT code.

    >>> from wspolpraca import Unit
    >>> from wspolpraca.comparison import peer_group
    >>> peer_group(Unit(name="Gmina Miejska Kraków", teryt="1261011", level="city_with_county_rights"))
    'cities'
    >>> peer_group(Unit(name="Gmina Liszki", teryt="1206062", level="municipality"))
    'rural'

    A gmina whose type digit is not 1, 2 or 3 (a part of a gmina) is only in ``"all"``.
    """
    if unit.level == "city_with_county_rights":
        return "cities"
    if unit.level == "county":
        return "counties"
    if unit.level == "voivodeship":
        return "voivodeships"
    return _GMINA_TYPES.get(unit.teryt[-1], "all")


@attrs.frozen(kw_only=True)
class InputValue:
    """
    One input of an indicator, with where it comes from.

    Args:
        name: The input's name, such as ``"total_expenditure"``.
        value: Its value.
        source: Where it comes from (a source's title and reference, or a document).
        confidence: How sure it is.

    .. versionadded:: 0.1
    """

    name: str
    value: Decimal
    source: str
    confidence: Confidence


@attrs.frozen(kw_only=True)
class IndicatorResult:
    """
    The value of one indicator for one unit and year, or why it is missing.

    Args:
        indicator: The indicator's code (a key of :data:`INDICATORS`).
        unit: The unit.
        year: The year.
        value: The value, rounded to 0.01; ``None`` when an input is missing.
        missing: The inputs that are missing (empty when the value is known).
        inputs: The inputs used, each with its source and confidence.
        parts: For a split (``by_mode``, ``grants_by_mode``, ``by_area``): the known parts
            by name.
        missing_parts: For a split: the parts whose amount is not stated (``by_area``: the
            areas with a task that states no amount spent). Such a part is neither zero nor
            left out of the total silently: the value is missing, and these name why.

    .. versionadded:: 0.1
    """

    indicator: str
    unit: Unit
    year: int
    value: Decimal | None
    missing: tuple[str, ...] = ()
    inputs: tuple[InputValue, ...] = ()
    parts: tuple[tuple[str, Decimal], ...] = ()
    missing_parts: tuple[str, ...] = ()

    @property
    def is_missing(self) -> bool:
        """Whether the value is unknown for lack of an input."""
        return self.value is None

    @property
    def confidence(self) -> Confidence:
        """The confidence of the weakest input (``confirmed`` when there are none)."""
        return max(
            (i.confidence for i in self.inputs),
            key=_ORDER.__getitem__,
            default=Confidence.CONFIRMED,
        )

    @property
    def definition(self) -> IndicatorDefinition:
        """The indicator's definition."""
        return INDICATORS[self.indicator]

    def display(self, lang: Lang = "pl") -> str:
        """The value with its unit, or ``"missing (input, …)"``."""
        if self.value is None:
            word = Text(pl="brak danych", en="missing")(lang)
            lacking = ", ".join(self.missing)
            if self.missing_parts:
                lacking += ": " + ", ".join(self.missing_parts)
            return f"{word} ({lacking})"
        unit = self.definition.unit
        shown = f"{_number(self.value, lang)} {unit}".rstrip()
        if self.parts:
            shown += " (" + "; ".join(f"{n} {_number(v, lang)}" for n, v in self.parts) + ")"
        return shown + _CONFIDENCE_MARK[self.confidence](lang)

    def describe(self, lang: Lang = "pl") -> str:
        """One line: the indicator's title and :meth:`display`."""
        return f"{self.definition.title(lang)}: {self.display(lang)}"

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready description (amounts as text)."""
        return {
            "indicator": self.indicator,
            "teryt": self.unit.teryt,
            "unit": self.unit.name,
            "year": self.year,
            "value": None if self.value is None else str(self.value),
            "missing": list(self.missing),
            "confidence": self.confidence.value,
            "inputs": [
                {
                    "name": i.name,
                    "value": str(i.value),
                    "source": i.source,
                    "confidence": i.confidence.value,
                }
                for i in self.inputs
            ],
            "parts": {name: str(value) for name, value in self.parts},
            "missing_parts": list(self.missing_parts),
        }


def _number(value: Decimal, lang: Lang) -> str:
    text = f"{value:.2f}"
    return text if lang == "en" else text.replace(".", ",")


@attrs.frozen(kw_only=True)
class UnitYear:
    """
    The inputs of one unit in one year; any may be ``None``.

    Args:
        unit: The unit.
        year: The year.
        budget: Its budget year.
        population: Its population.
        programme: Its annual programme.
        report: Its implementation report.
        names: The file each document was read from, by kind (for tracing sources).

    .. versionadded:: 0.1
    """

    unit: Unit
    year: int
    budget: BudgetYear | None = None
    population: Population | None = None
    programme: AnnualProgramme | None = None
    report: ImplementationReport | None = None
    names: Mapping[str, str] = attrs.field(factory=dict)

    def inputs(self) -> dict[str, InputValue]:
        """Every input this unit-year has, by name."""
        found: dict[str, InputValue] = {}
        budget = self.budget
        if budget is not None:
            where, level = _described(budget.source)
            for name in ("total_expenditure", "planned_expenditure"):
                amount = getattr(budget, name)
                if amount is not None:
                    found[name] = InputValue(
                        name=name, value=amount, source=where, confidence=level
                    )
            grants = _grants(budget)
            if grants is not None:
                amount, weakest = grants
                found["ngo_grants"] = InputValue(
                    name="ngo_grants",
                    value=amount,
                    source=where,
                    confidence=max(level, weakest, key=_ORDER.__getitem__),
                )
        if self.population is not None:
            where, level = _described(self.population.source)
            found["population"] = InputValue(
                name="population",
                value=Decimal(self.population.residents),
                source=where,
                confidence=level,
            )
        if self.programme is not None or self.report is not None:
            self._document_inputs(found)
        return found

    def _document_inputs(self, found: dict[str, InputValue]) -> None:
        # Programmes and reports state no machine-readable source: their notes say what is
        # sourced, so their figures count as unconfirmed here.
        programme, report = self.programme, self.report
        if programme is not None and programme.planned_funds is not None:
            found["programme_planned"] = self._document_value(
                "programme_planned", programme.planned_funds, "annual_programme"
            )
        elif report is not None and report.planned_total is not None:
            found["programme_planned"] = self._document_value(
                "programme_planned", report.planned_total, "implementation_report"
            )
        if report is None:
            return
        if report.spent_total is not None:
            found["report_spent"] = self._document_value(
                "report_spent", report.spent_total, "implementation_report"
            )
        for name in ("competitions", "offers", "agreements", "small_grants"):
            count = getattr(report, name)
            if count is not None:
                found[name] = self._document_value(name, Decimal(count), "implementation_report")
        for name in ("competition_grants", "small_grant_grants", "other_grants"):
            amount = getattr(report, name)
            if amount is not None:
                found[name] = self._document_value(name, amount, "implementation_report")
        spent = [t.spent_amount for t in report.tasks if t.spent_amount is not None]
        if spent:
            found["tasks_spent"] = self._document_value(
                "tasks_spent", sum(spent, Decimal(0)), "implementation_report"
            )

    def _document_value(self, name: str, value: Decimal, kind: str) -> InputValue:
        where = f"{kind} {self.unit.teryt} {self.year} ({self.names.get(kind, '-')})"
        return InputValue(name=name, value=value, source=where, confidence=Confidence.UNCONFIRMED)


@functools.cache
def _described(source: DataSource) -> tuple[str, Confidence]:
    """A source as ``title (reference)``, and its confidence (many records share one)."""
    return f"{source.title} ({source.reference})", source.level


@functools.cache
def _paragraphs(year: int) -> tuple[frozenset[str], Confidence] | None:
    """The grant paragraphs in force on 1 January of *year*, and the weakest confidence."""
    from . import codelists  # noqa: PLC0415 - the lists are read on first use

    day = dt.date(year, 1, 1)
    entries = [e for e in codelists.GRANT_PARAGRAPHS if e.in_force(day)]
    if not entries:
        return None
    weakest = max((e.confidence for e in entries), key=_ORDER.__getitem__)
    return frozenset(e.code for e in entries), weakest


def _grants(budget: BudgetYear) -> tuple[Decimal, Confidence] | None:
    paragraphs = _paragraphs(budget.year)
    if paragraphs is None or not budget.lines:
        return None
    amount = budget.spent_in(paragraphs[0])
    return (amount, paragraphs[1]) if amount is not None else None


def _ratio(numerator: Decimal, denominator: Decimal, scale: int) -> Decimal | None:
    """
    ``numerator * scale / denominator`` to the cent, exactly however large the inputs (counts
    have no upper bound): the arithmetic runs with as many digits as the result needs, not
    the default 28, so a huge count is a huge indicator, never ``InvalidOperation``.
    """
    if denominator == 0:
        return None
    digits = (
        len(numerator.as_tuple().digits)
        + len(str(scale))
        + max(numerator.adjusted() - denominator.adjusted(), 0)
        + len(denominator.as_tuple().digits)
        + 4
    )
    with localcontext() as context:
        context.prec = max(context.prec, digits)
        return (numerator * scale / denominator).quantize(_CENT, rounding=ROUND_HALF_UP)


_Compute = Callable[
    [Mapping[str, InputValue]], tuple[Decimal | None, tuple[tuple[str, Decimal], ...]]
]


def _scaled(top: str, bottom: str, scale: int) -> _Compute:
    def compute(
        inputs: Mapping[str, InputValue],
    ) -> tuple[Decimal | None, tuple[tuple[str, Decimal], ...]]:
        return _ratio(inputs[top].value, inputs[bottom].value, scale), ()

    return compute


def _by_mode(
    inputs: Mapping[str, InputValue],
) -> tuple[Decimal | None, tuple[tuple[str, Decimal], ...]]:
    parts = (
        ("agreements", inputs["agreements"].value),
        ("small_grants", inputs["small_grants"].value),
    )
    return sum((v for _, v in parts), Decimal(0)), parts


def _grants_by_mode(
    inputs: Mapping[str, InputValue],
) -> tuple[Decimal | None, tuple[tuple[str, Decimal], ...]]:
    parts = tuple(
        (name, inputs[name].value)
        for name in ("competition_grants", "small_grant_grants", "other_grants")
    )
    return sum((v for _, v in parts), Decimal(0)), parts


_COMPUTE: Final[Mapping[str, _Compute]] = {
    "share": _scaled("ngo_grants", "total_expenditure", 100),
    "planned_share": _scaled("programme_planned", "planned_expenditure", 100),
    "per_resident": _scaled("ngo_grants", "population", 1),
    "planned_per_resident": _scaled("programme_planned", "population", 1),
    "execution": _scaled("report_spent", "programme_planned", 100),
    "competitions_per_10k": _scaled("competitions", "population", 10_000),
    "offers_per_10k": _scaled("offers", "population", 10_000),
    "agreements_per_10k": _scaled("agreements", "population", 10_000),
    "by_mode": _by_mode,
    "grants_by_mode": _grants_by_mode,
}


def _by_area(
    unit_year: UnitYear,
) -> tuple[Decimal | None, tuple[tuple[str, Decimal], ...], tuple[str, ...]]:
    """The spending per area; an area with a task that states no amount is a missing part."""
    report = unit_year.report
    areas: dict[str, Decimal] = {}
    lacking: dict[str, None] = {}
    if report is not None:
        for task in report.tasks:
            area = task.area or "-"
            if task.spent_amount is None:
                lacking.setdefault(area)
            else:
                areas[area] = areas.get(area, Decimal(0)) + task.spent_amount
    parts = tuple((area, amount) for area, amount in areas.items() if area not in lacking)
    if lacking or not parts:
        return None, parts, tuple(lacking)
    return sum(areas.values(), Decimal(0)), parts, ()


def compute(unit_year: UnitYear, indicator: str) -> IndicatorResult:
    """
    The value of *indicator* for *unit_year*, or a missing result naming the absent inputs.

    Raises:
        KeyError: *indicator* is not a code of :data:`INDICATORS`.
    """
    definition = INDICATORS[indicator]
    inputs = unit_year.inputs()
    missing = tuple(name for name in definition.inputs if name not in inputs)
    used = tuple(inputs[name] for name in definition.inputs if name in inputs)
    unit, year = unit_year.unit, unit_year.year
    if missing:
        return IndicatorResult(
            indicator=indicator, unit=unit, year=year, value=None, missing=missing, inputs=used
        )
    if indicator == "by_area":
        value, parts, lacking = _by_area(unit_year)
        if value is None:
            return IndicatorResult(
                indicator=indicator,
                unit=unit,
                year=year,
                value=None,
                missing=("tasks_spent",),
                inputs=used,
                parts=parts,
                missing_parts=lacking,
            )
    else:
        value, parts = _COMPUTE[indicator](inputs)
    if value is None:  # a zero denominator: the input is there but unusable
        zero = tuple(name for name in definition.inputs[1:] if inputs[name].value == 0)
        return IndicatorResult(
            indicator=indicator, unit=unit, year=year, value=None, missing=zero, inputs=used
        )
    return IndicatorResult(
        indicator=indicator, unit=unit, year=year, value=value, inputs=used, parts=parts
    )


@attrs.frozen(kw_only=True)
class Ranked:
    """
    A unit's place in a :class:`Ranking`.

    Args:
        rank: Its rank, 1 for the highest value; equal values share a rank.
        result: Its indicator result.

    .. versionadded:: 0.1
    """

    rank: int
    result: IndicatorResult


@attrs.frozen(kw_only=True)
class Ranking:
    """
    Units of one peer group ranked by one indicator in one year, highest first.

    Args:
        indicator: The indicator's code.
        year: The year.
        peers: The peer group's code (a key of :data:`PEER_GROUPS`).
        entries: The ranked units, highest value first.
        missing: The units of the group whose value is missing, with the inputs they lack.

    .. versionadded:: 0.1
    """

    indicator: str
    year: int
    peers: str
    entries: tuple[Ranked, ...]
    missing: tuple[IndicatorResult, ...] = ()

    def position(self, teryt: str) -> Ranked | None:
        """The place of the unit with *teryt*; ``None`` when it is missing or not in the group."""
        return next((e for e in self.entries if e.result.unit.teryt == teryt), None)

    def results(self) -> tuple[IndicatorResult, ...]:
        """Every result, ranked ones first, then the missing ones."""
        return (*(e.result for e in self.entries), *self.missing)


@attrs.frozen(kw_only=True)
class TrendPoint:
    """
    One year of a :class:`Trend`.

    Args:
        result: The indicator result of the year.
        change: The difference from the previous year with a value; ``None`` for the first
            such year, or when this year's value is missing.
        change_percent: *change* as a percentage of the previous value; ``None`` likewise,
            or when the previous value is zero.

    .. versionadded:: 0.1
    """

    result: IndicatorResult
    change: Decimal | None = None
    change_percent: Decimal | None = None


@attrs.frozen(kw_only=True)
class Trend:
    """
    One unit's indicator across the years it has inputs for, oldest first.

    Args:
        indicator: The indicator's code.
        unit: The unit.
        points: The years.

    .. versionadded:: 0.1
    """

    indicator: str
    unit: Unit
    points: tuple[TrendPoint, ...]

    def results(self) -> tuple[IndicatorResult, ...]:
        """The result of each year."""
        return tuple(p.result for p in self.points)


@attrs.define
class Dataset:
    """
    Unit-years to compare, gathered from documents.

    Make one with :meth:`of` (from objects) or :meth:`load` (from files and directories).

    Attributes:
        unit_years: The inputs by ``(teryt, year)``.
        problems: Files that could not be loaded, with their errors (``load`` only).

    .. versionadded:: 0.1
    """

    unit_years: dict[tuple[str, int], UnitYear] = attrs.field(factory=dict)
    problems: list[tuple[str, ValidationError]] = attrs.field(factory=list)

    @classmethod
    def of(cls, documents: Iterable[object], names: Iterable[str] | None = None) -> Dataset:
        """
        Gather *documents* (budget years, populations, programmes, reports; others are
        ignored) by unit and year; a later document of the same kind replaces an earlier one.

        *names* ``None`` traces document figures to ``-``; otherwise it gives each
        document's file, in the same order.
        """
        dataset = cls()
        labels = iter(names) if names is not None else None
        for document in documents:
            dataset.add(document, next(labels) if labels is not None else "-")
        return dataset

    @classmethod
    def load(cls, paths: Iterable[str | os.PathLike[str]], *, jobs: int = 1) -> Dataset:
        """
        Load every ``*.json`` document in *paths* (files, and directories searched
        recursively, in sorted order); unloadable files are kept in :attr:`problems`.

        *jobs* above 1 loads the files on that many processes (the batch checker's workers,
        as ``check --jobs``); the dataset is the same as with one, in the same order.
        """
        from ._pool import load_files  # noqa: PLC0415 - only when loading

        dataset = cls()
        for name, loaded in load_files((str(path) for path in _files(paths)), jobs):
            if isinstance(loaded, ValidationErrors):
                dataset.problems.extend((name, error) for error in loaded.errors)
            else:
                dataset.add(loaded, name)
        return dataset

    def add(self, document: object, name: str = "-") -> None:
        """Add one *document*, read from *name*; documents of other kinds are ignored."""
        slot = _SLOTS.get(type(document))
        if slot is None:
            return
        unit: Unit = getattr(document, "unit")  # noqa: B009 - every slotted kind has one
        year: int = getattr(document, "year")  # noqa: B009
        key = (unit.teryt, year)
        current = self.unit_years.get(key)
        fields: dict[str, Any] = {slot: document}
        if current is None:
            self.unit_years[key] = UnitYear(
                unit=unit, year=year, names={_KIND[slot]: name}, **fields
            )
        else:
            names = {**current.names, _KIND[slot]: name}
            self.unit_years[key] = attrs.evolve(current, names=names, **fields)

    def units(self) -> dict[str, Unit]:
        """Every unit, by TERYT code."""
        return {teryt: uy.unit for (teryt, _), uy in self.unit_years.items()}

    def years(self) -> list[int]:
        """Every year with inputs, in order."""
        return sorted({year for _, year in self.unit_years})

    def indicator(self, indicator: str, teryt: str, year: int) -> IndicatorResult:
        """The result of *indicator* for the unit *teryt* in *year* (missing when unknown)."""
        unit_year = self.unit_years.get((teryt, year))
        if unit_year is None:
            unit = self.units().get(teryt) or Unit(name=teryt, teryt=teryt, level=_level(teryt))
            unit_year = UnitYear(unit=unit, year=year)
        return compute(unit_year, indicator)

    def rank(self, indicator: str, year: int, peers: str = "cities") -> Ranking:
        """
        Rank the units of *peers* by *indicator* in *year*, highest first.

        Units of the group with inputs in *year* but a missing value are listed in
        ``missing``. Equal values share a rank (1, 2, 2, 4).

        Raises:
            KeyError: *indicator* or *peers* is unknown.
        """
        PEER_GROUPS[peers]  # validates the code (KeyError)
        results = [
            compute(uy, indicator)
            for uy in self.unit_years.values()
            if uy.year == year and (peers == "all" or peer_group(uy.unit) == peers)
        ]
        known = sorted(
            (r for r in results if r.value is not None),
            key=lambda r: (-(r.value or 0), r.unit.teryt),
        )
        entries: list[Ranked] = []
        for index, result in enumerate(known):
            same = entries and entries[-1].result.value == result.value
            entries.append(Ranked(rank=entries[-1].rank if same else index + 1, result=result))
        missing = tuple(sorted((r for r in results if r.value is None), key=lambda r: r.unit.teryt))
        return Ranking(
            indicator=indicator, year=year, peers=peers, entries=tuple(entries), missing=missing
        )

    def trend(self, indicator: str, teryt: str) -> Trend:
        """
        The unit *teryt*'s *indicator* in every year it has inputs for, with the change
        from the previous year that has a value.

        Raises:
            KeyError: no unit has *teryt*.
        """
        unit = self.units()[teryt]
        years = sorted(year for t, year in self.unit_years if t == teryt)
        points: list[TrendPoint] = []
        previous: Decimal | None = None
        for year in years:
            result = compute(self.unit_years[(teryt, year)], indicator)
            change = percent = None
            if result.value is not None and previous is not None:
                change = result.value - previous
                percent = _ratio(change, previous, 100) if previous else None
            if result.value is not None:
                previous = result.value
            points.append(TrendPoint(result=result, change=change, change_percent=percent))
        return Trend(indicator=indicator, unit=unit, points=tuple(points))


_SLOTS: Final[Mapping[type, str]] = {
    BudgetYear: "budget",
    Population: "population",
    AnnualProgramme: "programme",
    ImplementationReport: "report",
}
_KIND: Final = {
    "budget": "budget_year",
    "population": "population",
    "programme": "annual_programme",
    "report": "implementation_report",
}


def _level(teryt: str) -> str:
    return {2: "voivodeship", 4: "county"}.get(len(teryt), "municipality")


def _files(paths: Iterable[str | os.PathLike[str]]) -> Iterable[Path]:
    from ._io import document_files  # noqa: PLC0415 - only when loading

    for raw in paths:
        yield from document_files(raw, (".json",))


def to_dataframe(
    results: Ranking | Trend | Iterable[IndicatorResult],
) -> Any:  # pandas.DataFrame; pandas is an optional extra without type stubs here
    """
    The results as a pandas DataFrame, one row per unit-year (needs the ``pandas`` extra).

    Columns: ``indicator``, ``teryt``, ``unit``, ``year``, ``value`` (float, NaN when
    missing), ``missing`` (the missing inputs, comma-separated), ``confidence``, and for a
    ranking ``rank``, for a trend ``change``.

    Raises:
        ImportError: pandas is not installed (``pip install wspolpraca[pandas]``).

    .. versionadded:: 0.1
    """
    try:
        pd = importlib.import_module("pandas")
    except ImportError as exc:  # pragma: no cover - depends on the environment
        msg = "to_dataframe() needs pandas: pip install 'wspolpraca[pandas]'"
        raise ImportError(msg) from exc
    return pd.DataFrame(rows(results))


def rows(results: Ranking | Trend | Iterable[IndicatorResult]) -> list[dict[str, Any]]:
    """The results as flat rows (the columns of :func:`to_dataframe`)."""
    extra: list[dict[str, Any]]
    if isinstance(results, Ranking):
        items = list(results.results())
        ranks = {e.result.unit.teryt: e.rank for e in results.entries}
        extra = [{"rank": ranks.get(r.unit.teryt)} for r in items]
    elif isinstance(results, Trend):
        items = list(results.results())
        extra = [{"change": None if p.change is None else float(p.change)} for p in results.points]
    else:
        items = list(results)
        extra = [{} for _ in items]
    return [
        {
            "indicator": r.indicator,
            "teryt": r.unit.teryt,
            "unit": r.unit.name,
            "year": r.year,
            "value": float("nan") if r.value is None else float(r.value),
            "missing": ",".join(r.missing),
            "confidence": r.confidence.value,
            **more,
        }
        for r, more in zip(items, extra, strict=True)
    ]


def render(results: Ranking | Trend, *, fmt: str = "text", lang: Lang = "pl") -> str:
    """
    *results* as text (a table), JSON or CSV, in *lang*.

    .. versionadded:: 0.1
    """
    if fmt == "json":
        data: dict[str, object] = {"indicator": results.indicator}
        if isinstance(results, Ranking):
            data.update(
                year=results.year,
                peers=results.peers,
                ranking=[{"rank": e.rank, **e.result.as_dict()} for e in results.entries],
                missing=[r.as_dict() for r in results.missing],
            )
        else:
            data.update(
                teryt=results.unit.teryt,
                trend=[
                    {
                        **p.result.as_dict(),
                        "change": None if p.change is None else str(p.change),
                        "change_percent": None
                        if p.change_percent is None
                        else str(p.change_percent),
                    }
                    for p in results.points
                ],
            )
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        table = rows(results)
        writer = csv.DictWriter(buffer, fieldnames=list(table[0]) if table else ["indicator"])
        writer.writeheader()
        writer.writerows(table)
        return buffer.getvalue()
    return _text(results, lang)


def _text(results: Ranking | Trend, lang: Lang) -> str:
    definition = INDICATORS[results.indicator]
    lines: list[str] = []
    if isinstance(results, Ranking):
        head = Text(pl="{title}, {year}, {peers}", en="{title}, {year}, {peers}")
        lines.append(
            head.format(
                lang,
                {
                    "title": definition.title(lang),
                    "year": results.year,
                    "peers": PEER_GROUPS[results.peers](lang),
                },
            )
        )
        lines.extend(
            f"{e.rank:>4}. {e.result.unit.name} ({e.result.unit.teryt}): {e.result.display(lang)}"
            for e in results.entries
        )
        lines.extend(
            f"   -  {r.unit.name} ({r.unit.teryt}): {r.display(lang)}" for r in results.missing
        )
        if not results.entries and not results.missing:
            lines.append(Text(pl="   (brak jednostek)", en="   (no units)")(lang))
    else:
        lines.append(f"{definition.title(lang)}: {results.unit.name} ({results.unit.teryt})")
        for point in results.points:
            change = ""
            if point.change is not None:
                word = Text(pl="zmiana", en="change")(lang)
                change = f"  ({word} {point.change:+.2f})"
            lines.append(f"  {point.result.year}: {point.result.display(lang)}{change}")
    return "\n".join(lines) + "\n"


def sources(results: Sequence[IndicatorResult]) -> list[str]:
    """Every distinct source the *results* rest on, in order of first use."""
    seen: dict[str, None] = {}
    for result in results:
        for value in result.inputs:
            seen.setdefault(value.source)
    return list(seen)
