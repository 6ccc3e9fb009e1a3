"""
Strategies for the regranting paperwork of a project operator (art. 16a) and their rule
breakers (WSP-RGR).

Valid by construction: a drawn operator's :class:`~wspolpraca.TaskOffer`,
:class:`~wspolpraca.Agreement` or :class:`~wspolpraca.TaskReport` is a valid document of the
paperwork strategies with a regranting section that adds up to the grosz, on the form in force
on its dates, dated after regranting came into the act; it has no finding of the ``WSP-RGR``
rules. Each breaker in :data:`BREAKERS` changes exactly what breaks its rule.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import attrs
from hypothesis import strategies as st

from .._model._agreement import Agreement
from .._model._common import Period
from .._model._competition import RegrantedProject
from .._model._forms import form_for
from .._model._offer import TaskOffer
from .._model._regranting import RegrantingExecution, RegrantingPlan
from .._model._task_report import TaskReport
from ..profiles import Profile
from ._common import _ACT_IN_FORCE, _Make, organisations, texts
from ._paperwork import task_offers, task_reports
from ._small_grant import agreements

_CENT = Decimal("0.01")
_REGRANTING_FROM = dt.date(2010, 3, 12)
"""Art. 16 ust. 7 in force (the 2010 amendment): regranting in the act from this day."""
_RGR_RULES_FROM = dt.date(2015, 11, 9)
"""Art. 16a in force (the 2015 amendment): the WSP-RGR consistency rules apply from this day."""
_FIRST_REGRANTING_FORM = dt.date(2016, 9, 3)


def _plan(draw: st.DrawFn, grant: Decimal) -> RegrantingPlan:
    """A regranting section whose amount passed on and operator's costs make *grant*."""
    cents = int(grant * 100)
    own = Decimal(draw(st.integers(0, cents // 5))).scaleb(-2)
    return RegrantingPlan(
        selection=draw(st.sampled_from(["", "otwarty nabór z oceną komisji"])),
        planned_projects=draw(st.none() | st.integers(1, 40)),
        projects_amount=grant - own,
        operator_costs=own,
        max_project_amount=draw(st.none() | st.just(grant)),
    )


@st.composite
def _regranting_offers(draw: st.DrawFn) -> TaskOffer:
    offer = draw(task_offers(small_grant=False))
    grant = offer.financed_by("grant") or Decimal(0)
    offer = attrs.evolve(offer, regranting=_plan(draw, grant))
    return attrs.evolve(offer, form=draw(st.none() | st.just(offer.form_in_force)))


def regranting_offers() -> st.SearchStrategy[TaskOffer]:
    """
    Competition offers of a project operator (art. 16a) whose amount passed on and own costs
    make the grant requested, on the form in force on their dates.

    .. versionadded:: 0.3
    """
    return _regranting_offers()


@st.composite
def _regranting_agreements(draw: st.DrawFn) -> Agreement:
    agreement = draw(agreements().filter(lambda a: a.signed_on >= _REGRANTING_FROM))
    form = form_for(agreement.signed_on, regranting=True)
    return attrs.evolve(
        agreement,
        procedure="open_competition",
        form=draw(st.none() | st.just(form)),
        regranting=_plan(draw, agreement.grant),
    )


def regranting_agreements() -> st.SearchStrategy[Agreement]:
    """
    Agreements with a project operator (art. 16a), signed from 12 March 2010, whose amount
    passed on and own costs make the grant.

    .. versionadded:: 0.3
    """
    return _regranting_agreements()


@st.composite
def _regranting_reports(draw: st.DrawFn) -> TaskReport:
    report = draw(task_reports())
    grant = report.grant or Decimal(0)
    spent = grant - (report.unspent or Decimal(0))
    count = draw(st.integers(0, 4))
    amounts = [Decimal(draw(st.integers(0, 500_000))).scaleb(-2) for _ in range(count)]
    projects = tuple(
        RegrantedProject(realizator=draw(organisations()), title=draw(texts(max_size=40)), amount=a)
        for a in amounts
    )
    passed_on = sum(amounts, Decimal(0))
    form = form_for(report.submitted_on or report.period.end, regranting=True)
    return attrs.evolve(
        report,
        form=draw(st.none() | st.just(form)),
        regranting=RegrantingExecution(
            selection=draw(st.sampled_from(["", "nabór otwarty, ocena komisji operatora"])),
            passed_on=passed_on,
            operator_costs=draw(st.none() | st.just(max(spent - passed_on, Decimal(0)))),
            projects=projects,
        ),
    )


def regranting_reports() -> st.SearchStrategy[TaskReport]:
    """
    Final reports of a project operator (art. 16a) whose projects add up to the amount passed
    on to the realizators.

    .. versionadded:: 0.3
    """
    return _regranting_reports()


# ---------------------------------------------------------------------------------------
# Breakers


def _shift(period: Period, days: int) -> Period:
    delta = dt.timedelta(days=days)
    return Period(start=period.start + delta, end=period.end + delta)


def _early_day(draw: st.DrawFn) -> dt.date:
    """A day the act was in force but did not allow regranting yet."""
    return draw(st.dates(_ACT_IN_FORCE, _REGRANTING_FROM - dt.timedelta(days=1)))


def _rgr_001(draw: st.DrawFn, profile: Profile | None) -> object:
    offer: TaskOffer = draw(
        regranting_offers().filter(
            lambda o: (o.form_date or o.period.start) >= _FIRST_REGRANTING_FORM
        )
    )
    ordinary = form_for(offer.form_date or offer.period.start)
    return attrs.evolve(offer, form=ordinary)


def _rgr_002(draw: st.DrawFn, profile: Profile | None) -> object:
    agreement: Agreement = draw(
        regranting_agreements().filter(lambda a: a.signed_on >= _RGR_RULES_FROM)
    )
    return attrs.evolve(agreement, form=draw(st.sampled_from(["2016", "2018"])))


def _rgr_003(draw: st.DrawFn, profile: Profile | None) -> object:
    report: TaskReport = draw(
        regranting_reports().filter(lambda r: (r.submitted_on or r.period.end) >= _RGR_RULES_FROM)
    )
    return attrs.evolve(
        report, regranting=None, form=draw(st.sampled_from(["2016_regranting", "2018_regranting"]))
    )


def _rgr_004(draw: st.DrawFn, profile: Profile | None) -> object:
    offer: TaskOffer = draw(
        regranting_offers().filter(lambda o: (o.form_date or o.period.start) >= _RGR_RULES_FROM)
    )
    plan = offer.regranting
    assert plan is not None  # noqa: S101 - drawn with a section
    return attrs.evolve(
        offer,
        regranting=attrs.evolve(plan, operator_costs=(plan.operator_costs or Decimal(0)) + _CENT),
    )


def _rgr_005(draw: st.DrawFn, profile: Profile | None) -> object:
    agreement: Agreement = draw(
        regranting_agreements().filter(lambda a: a.signed_on >= _RGR_RULES_FROM)
    )
    plan = agreement.regranting
    assert plan is not None  # noqa: S101 - drawn with a section
    return attrs.evolve(
        agreement,
        regranting=attrs.evolve(plan, projects_amount=(plan.projects_amount or Decimal(0)) + _CENT),
    )


def _rgr_006(draw: st.DrawFn, profile: Profile | None) -> object:
    report: TaskReport = draw(
        regranting_reports().filter(
            lambda r: (
                (r.submitted_on or r.period.end) >= _RGR_RULES_FROM
                and r.regranting is not None
                and bool(r.regranting.projects)
            )
        )
    )
    execution = report.regranting
    assert execution is not None  # noqa: S101 - filtered above
    first = execution.projects[0]
    projects = (attrs.evolve(first, amount=first.amount + _CENT), *execution.projects[1:])
    return attrs.evolve(report, regranting=attrs.evolve(execution, projects=projects))


def _rgr_007(draw: st.DrawFn, profile: Profile | None) -> object:
    offer: TaskOffer = draw(regranting_offers())
    day = _early_day(draw)
    days = (day - (offer.submitted_on or offer.period.start)).days
    period = _shift(offer.period, days)
    competition = offer.competition
    if competition is not None:
        competition = attrs.evolve(
            competition,
            announced_on=day,
            task_period=None if competition.task_period is None else period,
        )
    actions = tuple(
        attrs.evolve(a, period=None if a.period is None else _shift(a.period, days))
        for a in offer.actions
    )
    return attrs.evolve(
        offer,
        form=None,
        submitted_on=day,
        period=period,
        competition=competition,
        actions=actions,
    )


def _rgr_008(draw: st.DrawFn, profile: Profile | None) -> object:
    agreement: Agreement = draw(
        agreements().filter(lambda a: _ACT_IN_FORCE <= a.signed_on < _REGRANTING_FROM)
    )
    return attrs.evolve(agreement, regranting=_plan(draw, agreement.grant))


def _rgr_009(draw: st.DrawFn, profile: Profile | None) -> object:
    report: TaskReport = draw(regranting_reports())
    day = _early_day(draw)
    days = (day - (report.submitted_on or report.period.end)).days

    def moved(value: dt.date | None) -> dt.date | None:
        return None if value is None else value + dt.timedelta(days=days)

    return attrs.evolve(
        report,
        form=None,
        period=_shift(report.period, days),
        submitted_on=moved(report.submitted_on),
        due_on=moved(report.due_on),
        return_due_on=moved(report.return_due_on),
        returned_on=moved(report.returned_on),
    )


BREAKERS: dict[str, Any] = {
    f"WSP-RGR-{n:03d}": f
    for n, f in enumerate(
        (_rgr_001, _rgr_002, _rgr_003, _rgr_004, _rgr_005, _rgr_006, _rgr_007, _rgr_008, _rgr_009),
        1,
    )
}
"""How to break each regranting rule, by code."""


STRATEGIES: dict[type[Any], _Make] = {}
"""The family's documents are the paperwork family's classes (drawn there)."""

PARTS: dict[type[Any], _Make] = {
    RegrantingPlan: regranting_offers,
    RegrantingExecution: regranting_reports,
}
"""Value classes of this family, each drawn from the documents that hold it."""
