"""Registration of a strategy for every public document and value class with Hypothesis."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import Any, cast

import attrs
from hypothesis import strategies as st

from .._model._agreement import Agreement, Tranche
from .._model._common import Period, Publication, Resolution, Unit
from .._model._competition import (
    Announcement,
    Cancellation,
    Committee,
    CommitteeMember,
    Offer,
    OpenCompetition,
    RegrantedProject,
    Regranting,
    Results,
)
from .._model._consultation import (
    Answer,
    ConsultationAnnouncement,
    ConsultationMeeting,
    ConsultationReport,
    ConsultationRound,
    DraftAct,
    Remark,
)
from .._model._council import (
    Council,
    CouncilRequest,
    Membership,
    Opinion,
    Post,
    SeatAllocation,
    Term,
)
from .._model._history import ProgrammeHistory
from .._model._indicators import Indicator, IndicatorValue, YearlyAmount
from .._model._local_initiative import Applicant, Contribution, LocalInitiative
from .._model._multiyear import AreaTask, MultiYearProgramme, PriorityArea
from .._model._nonfinancial import (
    Consultation,
    Event,
    InKindSupport,
    JointTeam,
    MutualInformation,
    NonFinancialActivity,
    PartnershipAgreement,
    TeamMeeting,
    TeamMember,
    Training,
)
from .._model._organisation import Organisation
from .._model._programme import AnnualProgramme, CooperationForm, Goals, Principle, PriorityTask
from .._model._report import ImplementationReport, TaskOutcome
from .._model._small_grant import SmallGrant, SmallGrantRegister
from ._common import _FIRST_YEAR, organisations, periods, resolutions, units
from ._competition import local_initiatives, open_competitions
from ._consultation import consultation_rounds, remarks
from ._council import councils
from ._nonfinancial import events, joint_teams, non_financial_activities
from ._programme import (
    annual_programmes,
    implementation_reports,
    multi_year_programmes,
    priority_tasks,
)
from ._small_grant import agreements, small_grant_registers, small_grants


def _instances(obj: object, cls: type[Any]) -> list[Any]:
    """Every instance of *cls* inside *obj* (an attrs object, a tuple, or a leaf)."""
    if isinstance(obj, cls):
        return [obj]
    if isinstance(obj, tuple):
        return [found for item in obj for found in _instances(item, cls)]
    if attrs.has(type(obj)):
        return [
            found
            for field in attrs.fields(cast("Any", type(obj)))
            for found in _instances(getattr(obj, field.name), cls)
        ]
    return []


def _part_of(cls: type[Any], parent: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Instances of *cls* taken from valid objects of *parent* (so valid themselves)."""
    return parent.map(lambda obj: _instances(obj, cls)).filter(bool).flatmap(st.sampled_from)


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


def _registered() -> dict[type[Any], Callable[[], st.SearchStrategy[Any]]]:
    """The strategy of every public document and value class, built on demand."""
    own: dict[type[Any], Callable[[], st.SearchStrategy[Any]]] = {
        AnnualProgramme: annual_programmes,
        MultiYearProgramme: multi_year_programmes,
        ImplementationReport: implementation_reports,
        ProgrammeHistory: _histories,
        Council: councils,
        NonFinancialActivity: non_financial_activities,
        JointTeam: joint_teams,
        Event: events,
        OpenCompetition: open_competitions,
        LocalInitiative: local_initiatives,
        SmallGrant: small_grants,
        SmallGrantRegister: small_grant_registers,
        Agreement: agreements,
        ConsultationRound: consultation_rounds,
        Remark: remarks,
        Organisation: organisations,
        Unit: units,
        Period: periods,
        PriorityTask: priority_tasks,
        Resolution: lambda: resolutions(
            adopted_on=st.dates(dt.date(2003, 6, 1), dt.date(2040, 12, 31))
        ),
    }
    # Value classes come from the documents that hold them.
    parents: dict[type[Any], Callable[[], st.SearchStrategy[Any]]] = {
        Goals: annual_programmes,
        Principle: annual_programmes,
        CooperationForm: annual_programmes,
        Publication: open_competitions,
        AreaTask: multi_year_programmes,
        PriorityArea: multi_year_programmes,
        YearlyAmount: multi_year_programmes,
        Indicator: lambda: multi_year_programmes().filter(lambda p: bool(p.indicators)),
        TaskOutcome: lambda: implementation_reports().filter(lambda r: bool(r.tasks)),
        IndicatorValue: lambda: implementation_reports().filter(lambda r: bool(r.indicators)),
        Term: lambda: councils().filter(lambda c: bool(c.terms)),
        Membership: lambda: councils().filter(lambda c: any(t.memberships for t in c.terms)),
        Post: lambda: councils().filter(lambda c: any(t.posts for t in c.terms)),
        SeatAllocation: councils,
        CouncilRequest: lambda: councils().filter(lambda c: c.request is not None),
        Opinion: lambda: councils().filter(lambda c: bool(c.opinions)),
        TeamMember: joint_teams,
        TeamMeeting: lambda: joint_teams().filter(lambda t: bool(t.meetings)),
        MutualInformation: lambda: non_financial_activities(year=2021).filter(
            lambda a: bool(a.information)
        ),
        Consultation: lambda: non_financial_activities(year=2021).filter(
            lambda a: bool(a.consultations)
        ),
        PartnershipAgreement: lambda: non_financial_activities(year=2021).filter(
            lambda a: bool(a.partnerships)
        ),
        InKindSupport: lambda: non_financial_activities(year=2021).filter(
            lambda a: bool(a.in_kind_support)
        ),
        Training: lambda: non_financial_activities(year=2021).filter(lambda a: bool(a.trainings)),
        Announcement: open_competitions,
        Committee: open_competitions,
        CommitteeMember: open_competitions,
        Offer: lambda: open_competitions().filter(lambda c: bool(c.offers)),
        Results: lambda: open_competitions().filter(lambda c: c.results is not None),
        Cancellation: lambda: open_competitions().filter(lambda c: c.cancellation is not None),
        Regranting: lambda: open_competitions().filter(lambda c: c.regranting is not None),
        RegrantedProject: lambda: open_competitions().filter(
            lambda c: c.regranting is not None and bool(c.regranting.projects)
        ),
        Applicant: lambda: local_initiatives().filter(lambda i: bool(i.applicants)),
        Contribution: lambda: local_initiatives().filter(lambda i: bool(i.contributions)),
        Tranche: lambda: agreements().filter(lambda a: bool(a.tranches)),
        DraftAct: consultation_rounds,
        ConsultationAnnouncement: lambda: consultation_rounds().filter(
            lambda r: r.announcement is not None
        ),
        ConsultationMeeting: lambda: consultation_rounds().filter(lambda r: bool(r.meetings)),
        ConsultationReport: lambda: consultation_rounds().filter(lambda r: r.report is not None),
        Answer: lambda: remarks().filter(lambda r: r.answer is not None),
    }
    for cls, parent in parents.items():
        own[cls] = functools.partial(lambda c, p: _part_of(c, p()), cls, parent)
    return own


def _hypothesis_setup_hook() -> None:
    """
    Register a strategy for every public document and value class with Hypothesis, so that
    ``st.from_type(AnnualProgramme)`` and ``st.builds`` draw valid objects.

    Hypothesis calls this through the ``hypothesis`` entry point of the package
    (``[project.entry-points.hypothesis]`` in ``pyproject.toml``, through
    ``wspolpraca._hypothesis_plugin``) when the package is installed, and this module calls
    it when imported; calling it again is harmless. The strategies are built lazily, on first use.

    .. versionadded:: 0.1
    """
    for cls, make in _registered().items():
        st.register_type_strategy(cls, functools.partial(_resolve, make))


def _resolve(make: Callable[[], st.SearchStrategy[Any]], cls: type[Any]) -> st.SearchStrategy[Any]:
    """The strategy *make* builds, for ``st.from_type(cls)`` (Hypothesis asks lazily)."""
    return make()
