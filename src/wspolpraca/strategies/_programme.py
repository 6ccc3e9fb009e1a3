"""
Strategies for annual and multi-year programmes, implementation reports and programme
histories, and their rule breakers (WSP-PRG, WSP-MYP, WSP-RPT, WSP-HST).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import attrs
from hypothesis import strategies as st

from .._model._common import Period, Publication, Unit
from .._model._council import Opinion
from .._model._history import ProgrammeHistory
from .._model._indicators import Indicator, IndicatorValue, YearlyAmount
from .._model._multiyear import AreaTask, MultiYearProgramme, PriorityArea
from .._model._nonfinancial import NonFinancialActivity
from .._model._programme import AnnualProgramme, CooperationForm, Goals, Principle, PriorityTask
from .._model._report import ImplementationReport, TaskOutcome
from ..codelists import load_codelist
from ..profiles import Profile
from ._common import (
    _ACT_IN_FORCE,
    _FIRST_YEAR,
    _blank,
    _Breaker,
    _late,
    _Make,
    _resolution,
    money,
    resolutions,
    texts,
    units,
)
from ._council import _council


def priority_tasks(*, year: int | None = None) -> st.SearchStrategy[PriorityTask]:
    """Priority tasks whose sphere (if any) is in force in *year* (default: 2021)."""
    on = dt.date(2021 if year is None else year, 1, 1)
    spheres = load_codelist("spheres").codes(on)
    return st.builds(
        PriorityTask,
        title=texts(),
        area=st.none() | texts(max_size=30),
        # No sphere is in force before the act (2003): programmes before it name none.
        sphere=st.none() | st.sampled_from(spheres) if spheres else st.none(),
        unit=st.none() | texts(max_size=30),
        modes=st.lists(st.sampled_from(load_codelist("modes").codes()), unique=True).map(tuple),
        planned_amount=st.none() | money(max_value=Decimal(1000000)),
    )


@st.composite
def _programmes(draw: st.DrawFn, year: int | None, unit: Unit | None) -> AnnualProgramme:
    chosen_year = draw(st.integers(_FIRST_YEAR, 2040)) if year is None else year
    tasks = tuple(draw(st.lists(priority_tasks(year=chosen_year), min_size=1, max_size=8)))
    tasks_total = sum(
        (task.planned_amount for task in tasks if task.planned_amount is not None), Decimal(0)
    )
    deadline = dt.date(chosen_year - 1, 11, 30)
    adopted = st.dates(dt.date(chosen_year - 1, 1, 1), deadline)
    principles = draw(
        st.lists(st.sampled_from(load_codelist("principles").codes()), min_size=1, unique=True)
    )
    forms = draw(st.lists(st.sampled_from(load_codelist("forms").codes()), min_size=1, unique=True))
    return AnnualProgramme(
        unit=unit if unit is not None else draw(units()),
        year=chosen_year,
        title=draw(texts()),
        resolution=draw(st.none() | resolutions(adopted_on=adopted)),
        goals=Goals(main=draw(texts()), specific=tuple(draw(st.lists(texts(), max_size=3)))),
        principles=tuple(Principle(code=code) for code in principles),
        scope=draw(texts()),
        forms=tuple(CooperationForm(code=code) for code in forms),
        priority_tasks=tasks,
        period=Period.calendar_year(chosen_year),
        implementation=draw(texts()),
        planned_funds=tasks_total + draw(money(max_value=Decimal(100000000))),
        evaluation=draw(texts()),
        creation_and_consultation=draw(texts()),
        competition_committees=draw(texts()),
        publications=tuple(
            draw(
                st.lists(
                    st.builds(
                        Publication,
                        channel=st.sampled_from(load_codelist("publication_channels").codes()),
                        reference=texts(),
                        published_on=st.none() | st.just(deadline),
                    ),
                    max_size=2,
                )
            )
        ),
        notes=tuple(draw(st.lists(texts(), max_size=2))),
    )


def annual_programmes(
    *, year: int | None = None, unit: Unit | None = None
) -> st.SearchStrategy[AnnualProgramme]:
    """
    Complete annual programmes adopted on time, with every art. 5a ust. 4 element.

    Args:
        year: Pin the programme year; ``None`` draws one from 2011 to 2040.
        unit: Pin the unit of local government; ``None`` draws one.
    """
    return _programmes(year, unit)


def _indicators() -> st.SearchStrategy[tuple[Indicator, ...]]:
    indicator = st.builds(
        Indicator,
        name=texts(),
        unit=st.none() | st.sampled_from(["szt.", "%", "zł"]),
        baseline=st.none() | money(max_value=Decimal(1000)),
        target=st.none() | money(max_value=Decimal(1000)),
    )
    return st.lists(indicator, max_size=3).map(tuple)


@st.composite
def _multi_year(draw: st.DrawFn, first_year: int | None, unit: Unit | None) -> MultiYearProgramme:
    start = draw(st.integers(_FIRST_YEAR, 2040)) if first_year is None else first_year
    years = range(start, start + draw(st.integers(2, 5)))
    modes = load_codelist("modes").codes()
    spheres = load_codelist("spheres").codes(dt.date(start, 1, 1))
    areas = []
    for name in draw(st.lists(texts(max_size=30), min_size=1, max_size=4, unique=True)):
        tasks = draw(
            st.lists(
                st.builds(
                    AreaTask,
                    title=texts(),
                    sphere=st.none() | st.sampled_from(spheres),
                    unit=st.none() | texts(max_size=30),
                    modes=st.lists(st.sampled_from(modes), unique=True).map(tuple),
                    yearly_amounts=st.just(
                        tuple(YearlyAmount(year=year, amount=Decimal(1000)) for year in years)
                    ),
                ),
                min_size=1,
                max_size=3,
            )
        )
        areas.append(PriorityArea(name=name, tasks=tuple(tasks)))
    tasks_count = sum(len(area.tasks) for area in areas)
    funding = tuple(
        YearlyAmount(
            year=year,
            amount=Decimal(1000) * tasks_count + draw(money(max_value=Decimal(10_000_000))),
        )
        for year in years
    )
    adopted = st.dates(dt.date(start - 1, 1, 1), dt.date(start - 1, 11, 30))
    return MultiYearProgramme(
        unit=unit if unit is not None else draw(units()),
        title=draw(texts()),
        period=Period(start=dt.date(years[0], 1, 1), end=dt.date(years[-1], 12, 31)),
        resolution=draw(st.none() | resolutions(adopted_on=adopted)),
        goals=Goals(main=draw(texts())),
        principles=(Principle(code="partnership"),),
        scope=draw(texts()),
        forms=(CooperationForm(code="commissioning"),),
        priority_areas=tuple(areas),
        implementation=draw(texts()),
        funding=funding,
        evaluation=draw(texts()),
        indicators=draw(_indicators()),
        creation_and_consultation=draw(texts()),
        preparation=tuple(draw(st.lists(texts(), max_size=3))),
        competition_committees=draw(texts()),
    )


def multi_year_programmes(
    *, first_year: int | None = None, unit: Unit | None = None
) -> st.SearchStrategy[MultiYearProgramme]:
    """
    Complete multi-year programmes of two to five years, adopted on time, whose tasks
    stay within each year's funds.

    Args:
        first_year: Pin the first year; ``None`` draws one from 2011 to 2040.
        unit: Pin the unit of local government; ``None`` draws one.
    """
    return _multi_year(first_year, unit)


@st.composite
def _reports(draw: st.DrawFn, year: int | None, unit: Unit | None) -> ImplementationReport:
    chosen = draw(st.integers(_FIRST_YEAR, 2040)) if year is None else year
    outcomes = []
    for _ in range(draw(st.integers(0, 5))):
        planned = draw(money(max_value=Decimal(1_000_000)))
        spent = draw(st.none() | money(max_value=planned))
        outcomes.append(
            TaskOutcome(
                title=draw(texts()),
                planned_amount=planned,
                spent_amount=spent,
                competitions=draw(st.none() | st.integers(0, 20)),
                offers=draw(st.none() | st.integers(0, 200)),
                agreements=draw(st.none() | st.integers(0, 100)),
            )
        )
    spent_values = [o.spent_amount for o in outcomes]
    stated = (
        sum((v for v in spent_values if v is not None), Decimal(0))
        if all(v is not None for v in spent_values)
        else None
    )
    on_time = st.none() | st.dates(dt.date(chosen + 1, 1, 1), dt.date(chosen + 1, 4, 30))
    return ImplementationReport(
        unit=unit if unit is not None else draw(units()),
        year=chosen,
        programme=draw(st.none() | texts(max_size=20)),
        tasks=tuple(outcomes),
        planned_total=sum((o.planned_amount or Decimal(0) for o in outcomes), Decimal(0)),
        spent_total=stated,
        competitions=draw(st.none() | st.integers(0, 100)),
        offers=draw(st.none() | st.integers(0, 2000)),
        agreements=draw(st.none() | st.integers(0, 1000)),
        small_grants=draw(st.none() | st.integers(0, 300)),
        competition_grants=draw(st.none() | money(max_value=Decimal(10_000_000))),
        small_grant_grants=draw(st.none() | money(max_value=Decimal(1_000_000))),
        other_grants=draw(st.none() | money(max_value=Decimal(1_000_000))),
        non_financial_activities=draw(st.none() | st.integers(0, 300)),
        indicators=tuple(
            draw(
                st.lists(
                    st.builds(
                        IndicatorValue,
                        name=texts(),
                        value=money(max_value=Decimal(1000)),
                        unit=st.none() | st.just("szt."),
                    ),
                    max_size=3,
                )
            )
        ),
        submitted_on=draw(on_time),
        published_on=draw(on_time),
    )


def implementation_reports(
    *, year: int | None = None, unit: Unit | None = None
) -> st.SearchStrategy[ImplementationReport]:
    """
    Implementation reports submitted and published on time, spending within plan,
    whose stated totals add up.

    Args:
        year: Pin the reporting year; ``None`` draws one from 2011 to 2040.
        unit: Pin the unit of local government; ``None`` draws one.
    """
    return _reports(year, unit)


# Annual programmes (WSP-PRG) ------------------------------------------------------------


def _programme(draw: st.DrawFn, first: int = 2012, last: int = 2040) -> AnnualProgramme:
    return draw(annual_programmes(year=draw(st.integers(first, last))))


def _prg_001(draw: st.DrawFn, profile: Profile | None) -> object:
    programme = _programme(draw)
    # Late but still in December of the year before: from 1 January it is WSP-PRG-007.
    late = dt.date(programme.year - 1, 12, draw(st.integers(1, 31)))
    return attrs.evolve(programme, resolution=_resolution(draw, programme.resolution, late))


def _prg_002(draw: st.DrawFn, profile: Profile | None) -> object:
    programme = _programme(draw)
    element = draw(st.sampled_from(load_codelist("programme_elements").codes()))
    if element == "goals":
        return attrs.evolve(programme, goals=Goals(main=""))
    changes: dict[str, Any] = {element: _blank(getattr(programme, element))}
    return attrs.evolve(programme, **changes)


def _prg_003(draw: st.DrawFn, profile: Profile | None) -> object:
    programme = _programme(draw)
    shift = dt.timedelta(days=draw(st.integers(1, 60)))
    period = Period(
        start=dt.date(programme.year, 1, 1) + shift, end=dt.date(programme.year, 12, 31)
    )
    return attrs.evolve(programme, period=period)


def _prg_004(draw: st.DrawFn, profile: Profile | None) -> object:
    programme = _programme(draw)
    first = programme.priority_tasks[0]
    tasks = (
        attrs.evolve(first, planned_amount=(first.planned_amount or Decimal(0)) + Decimal(100)),
        *programme.priority_tasks[1:],
    )
    total = sum((t.planned_amount for t in tasks if t.planned_amount is not None), Decimal(0))
    short = draw(st.integers(1, 100))
    return attrs.evolve(
        programme, priority_tasks=tasks, planned_funds=total - Decimal(short).scaleb(-2)
    )


def _prg_005(draw: st.DrawFn, profile: Profile | None) -> object:
    # Sphere 22a (2019) does not exist in the programmes for 2012-2018.
    programme = _programme(draw, 2012, 2018)
    first = attrs.evolve(programme.priority_tasks[0], sphere="22a")
    return attrs.evolve(programme, priority_tasks=(first, *programme.priority_tasks[1:]))


def _prg_006(draw: st.DrawFn, profile: Profile | None) -> object:
    programme = _programme(draw)
    local = CooperationForm(code="forma_lokalna")
    return attrs.evolve(programme, forms=(*programme.forms, local))


def _prg_007(draw: st.DrawFn, profile: Profile | None) -> object:
    programme = _programme(draw)
    adopted = draw(st.dates(dt.date(programme.year, 1, 1), dt.date(programme.year, 12, 31)))
    return attrs.evolve(
        programme, amends=None, resolution=_resolution(draw, programme.resolution, adopted)
    )


_LOCAL_GOVERNMENT = dt.date(1990, 5, 27)
"""The first local elections: the earliest date of a municipal programme."""


def _prg_008(draw: st.DrawFn, profile: Profile | None) -> object:
    programme = draw(annual_programmes(year=draw(st.integers(1991, 2003))))
    last = min(_ACT_IN_FORCE - dt.timedelta(days=1), dt.date(programme.year, 12, 31))
    adopted = draw(st.dates(_LOCAL_GOVERNMENT, last))
    return attrs.evolve(programme, resolution=_resolution(draw, programme.resolution, adopted))


# Multi-year programmes (WSP-MYP) --------------------------------------------------------


def _multi(draw: st.DrawFn) -> MultiYearProgramme:
    return draw(multi_year_programmes(first_year=draw(st.integers(2012, 2040))))


def _myp_001(draw: st.DrawFn, profile: Profile | None) -> object:
    programme = _multi(draw)
    late = _late(draw, dt.date(programme.period.start.year - 1, 11, 30))
    return attrs.evolve(programme, resolution=_resolution(draw, programme.resolution, late))


def _myp_002(draw: st.DrawFn, profile: Profile | None) -> object:
    # The rule reads the art. 5a ust. 4 of before 9 November 2015: adopted before that day.
    programme = draw(multi_year_programmes(first_year=draw(st.integers(2012, 2015))))
    start = programme.period.start
    adopted = draw(st.dates(dt.date(start.year - 1, 1, 1), dt.date(start.year - 1, 11, 30)))
    programme = attrs.evolve(programme, resolution=_resolution(draw, programme.resolution, adopted))
    fields = {"priority_tasks": "priority_areas", "planned_funds": "funding"}
    # The period is required (a multi-year programme cannot load without one).
    elements = [e for e in load_codelist("programme_elements").codes() if e != "period"]
    element = draw(st.sampled_from(elements))
    name = fields.get(element, element)
    if name == "goals":
        return attrs.evolve(programme, goals=Goals(main=""))
    changes: dict[str, Any] = {name: _blank(getattr(programme, name))}
    return attrs.evolve(programme, **changes)


def _myp_003(draw: st.DrawFn, profile: Profile | None) -> object:
    programme = _multi(draw)
    year = programme.period.start.year
    areas = tuple(
        attrs.evolve(
            area,
            tasks=tuple(
                attrs.evolve(
                    task, yearly_amounts=tuple(a for a in task.yearly_amounts if a.year == year)
                )
                for task in area.tasks
            ),
        )
        for area in programme.priority_areas
    )
    return attrs.evolve(
        programme,
        period=Period.calendar_year(year),
        priority_areas=areas,
        funding=tuple(item for item in programme.funding if item.year == year),
    )


def _myp_004(draw: st.DrawFn, profile: Profile | None) -> object:
    programme = _multi(draw)
    outside = YearlyAmount(year=programme.period.end.year + 1, amount=draw(money()))
    return attrs.evolve(programme, funding=(*programme.funding, outside))


def _myp_005(draw: st.DrawFn, profile: Profile | None) -> object:
    programme = _multi(draw)
    first = programme.funding[0]
    tasks = sum(len(area.tasks) for area in programme.priority_areas)
    return attrs.evolve(
        programme,
        funding=(attrs.evolve(first, amount=Decimal(1000) * tasks - 1), *programme.funding[1:]),
    )


# Implementation reports (WSP-RPT) -------------------------------------------------------


def _report(draw: st.DrawFn) -> ImplementationReport:
    # From the 2015 report on, the deadline (31 May) is not marked unconfirmed.
    return draw(implementation_reports(year=draw(st.integers(2015, 2040))))


def _rpt_late(draw: st.DrawFn, field: str) -> object:
    report = _report(draw)
    changes: dict[str, Any] = {field: _late(draw, dt.date(report.year + 1, 5, 31))}
    return attrs.evolve(report, **changes)


def _rpt_001(draw: st.DrawFn, profile: Profile | None) -> object:
    return _rpt_late(draw, "submitted_on")


def _rpt_002(draw: st.DrawFn, profile: Profile | None) -> object:
    return _rpt_late(draw, "published_on")


def _outcomes(report: ImplementationReport) -> tuple[TaskOutcome, ...]:
    """The report's tasks, every one with a spent amount (at least one task)."""
    tasks = tuple(attrs.evolve(t, spent_amount=t.spent_amount or Decimal(0)) for t in report.tasks)
    if not tasks:
        tasks = (
            TaskOutcome(title="Zadanie", planned_amount=Decimal(100), spent_amount=Decimal(50)),
        )
    return tasks


def _rpt_003(draw: st.DrawFn, profile: Profile | None) -> object:
    report = _report(draw)
    tasks = _outcomes(report)
    spent = sum((t.spent_amount for t in tasks if t.spent_amount is not None), Decimal(0))
    planned = sum((t.planned_amount or Decimal(0) for t in tasks), Decimal(0))
    # One grosz off the tasks' sum, within the plan when the sum allows it.
    stated = spent - Decimal("0.01") if spent > 0 else spent + Decimal("0.01")
    return attrs.evolve(report, tasks=tasks, spent_total=stated, planned_total=max(planned, stated))


def _rpt_004(draw: st.DrawFn, profile: Profile | None) -> object:
    report = _report(draw)
    tasks = _outcomes(report)
    first = tasks[0]
    over = attrs.evolve(first, spent_amount=(first.planned_amount or Decimal(0)) + Decimal(1))
    tasks = (over, *tasks[1:])
    spent = sum((t.spent_amount for t in tasks if t.spent_amount is not None), Decimal(0))
    return attrs.evolve(report, tasks=tasks, spent_total=spent)


# Programme histories (WSP-HST) ----------------------------------------------------------


def _hst_001(draw: st.DrawFn, profile: Profile | None) -> object:
    unit = draw(units())
    year = draw(st.integers(2012, 2038))
    gap = draw(st.integers(2, 3))
    return ProgrammeHistory.of(
        [
            draw(annual_programmes(year=year, unit=unit)),
            draw(annual_programmes(year=year + gap, unit=unit)),
        ]
    )


def _hst_002(draw: st.DrawFn, profile: Profile | None) -> object:
    unit = draw(units())
    year = draw(st.integers(2012, 2040))
    adopted = dt.date(year - 1, 11, 30)
    first, second = (draw(annual_programmes(year=year, unit=unit)) for _ in range(2))
    # Two resolutions with their own numbers: neither programme amends the other.
    first = attrs.evolve(first, resolution=_resolution(draw, first.resolution, adopted))
    second = attrs.evolve(
        second,
        resolution=attrs.evolve(
            _resolution(draw, second.resolution, adopted),
            number=f"{first.resolution.number}-2" if first.resolution else "2",
        ),
    )
    return ProgrammeHistory.of([first, second])


def _parent(draw: st.DrawFn, unit: Unit) -> tuple[MultiYearProgramme, str]:
    """A multi-year programme with a resolution, and the resolution's number."""
    parent = draw(multi_year_programmes(first_year=draw(st.integers(2012, 2035)), unit=unit))
    adopted = dt.date(parent.period.start.year - 1, 11, 30)
    resolution = _resolution(draw, parent.resolution, adopted)
    return attrs.evolve(parent, resolution=resolution), resolution.number


def _hst_003(draw: st.DrawFn, profile: Profile | None) -> object:
    unit = draw(units())
    parent, number = _parent(draw, unit)
    annual = draw(annual_programmes(year=parent.period.end.year + 1, unit=unit))
    return ProgrammeHistory.of([parent, attrs.evolve(annual, implements=number)])


def _hst_004(draw: st.DrawFn, profile: Profile | None) -> object:
    unit = draw(units())
    parent, _ = _parent(draw, unit)
    annual = draw(annual_programmes(year=parent.period.start.year, unit=unit))
    outside = "Obszar spoza programu " + "x" * max(len(name) for name in parent.area_names)
    first = attrs.evolve(annual.priority_tasks[0], area=outside)
    annual = attrs.evolve(
        annual, implements=None, priority_tasks=(first, *annual.priority_tasks[1:])
    )
    return ProgrammeHistory.of([parent, annual])


def _hst_005(draw: st.DrawFn, profile: Profile | None) -> object:
    unit = draw(units())
    first_year = draw(st.integers(2012, 2035))
    first = draw(multi_year_programmes(first_year=first_year, unit=unit))
    second = draw(multi_year_programmes(first_year=first.period.end.year, unit=unit))
    return ProgrammeHistory.of([first, second])


def _hst_006(draw: st.DrawFn, profile: Profile | None) -> object:
    unit = draw(units())
    year = draw(st.integers(2012, 2038))
    programme = draw(annual_programmes(year=year, unit=unit))
    report = draw(implementation_reports(year=year + draw(st.integers(1, 2)), unit=unit))
    return ProgrammeHistory.of([programme, report])


def _hst_007(draw: st.DrawFn, profile: Profile | None) -> object:
    unit = draw(units())
    year = draw(st.integers(2012, 2038))
    programme = draw(annual_programmes(year=year, unit=unit))
    planned = attrs.evolve(programme, forms=(*programme.forms, CooperationForm(code="joint_teams")))
    return ProgrammeHistory.of([planned, NonFinancialActivity(unit=unit, year=year)])


def _hst_008(draw: st.DrawFn, profile: Profile | None) -> object:
    year = draw(st.integers(2016, 2038))
    council = _council(draw)
    programme = draw(annual_programmes(year=year, unit=council.unit))
    adopted = dt.date(year - 1, 11, 20)
    opinion = Opinion(
        draft=f"Projekt programu współpracy na rok {year}",
        task="resolution_opinion",
        received_on=adopted - dt.timedelta(days=20),
        given_on=adopted - dt.timedelta(days=draw(st.integers(7, 20))),
    )
    adopted_programme = attrs.evolve(
        programme,
        resolution=_resolution(draw, programme.resolution, adopted),
        council_opinion=None,
    )
    return ProgrammeHistory.of(
        [adopted_programme, attrs.evolve(council, opinions=(*council.opinions, opinion))]
    )


BREAKERS: dict[str, _Breaker] = {
    **{f"WSP-PRG-{n:03d}": f for n, f in enumerate(
        (_prg_001, _prg_002, _prg_003, _prg_004, _prg_005, _prg_006, _prg_007, _prg_008),
        1)},
    **{f"WSP-MYP-{n:03d}": f for n, f in enumerate(
        (_myp_001, _myp_002, _myp_003, _myp_004, _myp_005), 1)},
    **{f"WSP-RPT-{n:03d}": f for n, f in enumerate((_rpt_001, _rpt_002, _rpt_003, _rpt_004), 1)},
    **{f"WSP-HST-{n:03d}": f for n, f in enumerate(
        (_hst_001, _hst_002, _hst_003, _hst_004, _hst_005, _hst_006, _hst_007, _hst_008), 1)},
}  # fmt: skip
"""How to break each rule of the programme families, by code."""


def _histories() -> st.SearchStrategy[ProgrammeHistory]:
    """Histories of one unit: annual programmes for two to four consecutive years."""

    @st.composite
    def build(draw: st.DrawFn) -> ProgrammeHistory:
        unit = draw(units())
        first = draw(st.integers(_FIRST_YEAR, 2036))
        count = draw(st.integers(2, 4))
        return ProgrammeHistory.of(
            draw(annual_programmes(year=year, unit=unit)) for year in range(first, first + count)
        )

    return build()


STRATEGIES: dict[type[Any], _Make] = {
    AnnualProgramme: annual_programmes,
    MultiYearProgramme: multi_year_programmes,
    ImplementationReport: implementation_reports,
    ProgrammeHistory: _histories,
    PriorityTask: priority_tasks,
}
"""The strategy of each document and value class of this family, built on demand."""

PARTS: dict[type[Any], _Make] = {
    Goals: annual_programmes,
    Principle: annual_programmes,
    CooperationForm: annual_programmes,
    AreaTask: multi_year_programmes,
    PriorityArea: multi_year_programmes,
    YearlyAmount: multi_year_programmes,
    Indicator: lambda: multi_year_programmes().filter(lambda p: bool(p.indicators)),
    TaskOutcome: lambda: implementation_reports().filter(lambda r: bool(r.tasks)),
    IndicatorValue: lambda: implementation_reports().filter(lambda r: bool(r.indicators)),
}
"""Value classes of this family, each drawn from the documents that hold it."""
