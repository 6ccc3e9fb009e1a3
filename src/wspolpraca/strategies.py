"""
Hypothesis strategies for wspolpraca objects (needs the ``wspolpraca[hypothesis]`` extra).

Every strategy produces objects that are valid by construction: they load, round-trip,
and :func:`wspolpraca.check` finds no error-severity finding in them.

>>> from hypothesis import given
>>> import wspolpraca
>>> from wspolpraca.strategies import annual_programmes
>>> @given(annual_programmes(year=2021))
... def test_programme(programme):
...     assert wspolpraca.check(programme).ok
>>> test_programme()

.. versionadded:: 0.1
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from collections.abc import Callable
from decimal import Decimal
from typing import Any, cast

import attrs
from hypothesis import strategies as st

from ._model._agreement import Agreement, Tranche
from ._model._common import MAX_YEAR, Period, Publication, Resolution, Unit
from ._model._competition import (
    STATUTORY_CHANNELS,
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
from ._model._consultation import (
    Answer,
    ConsultationAnnouncement,
    ConsultationMeeting,
    ConsultationReport,
    ConsultationRound,
    DraftAct,
    Remark,
)
from ._model._council import (
    Council,
    CouncilRequest,
    Membership,
    Opinion,
    Post,
    SeatAllocation,
    Term,
)
from ._model._history import ProgrammeHistory
from ._model._indicators import Indicator, IndicatorValue, YearlyAmount
from ._model._local_initiative import Applicant, Contribution, LocalInitiative
from ._model._multiyear import AreaTask, MultiYearProgramme, PriorityArea
from ._model._nonfinancial import (
    NGO_SIDES,
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
from ._model._organisation import Organisation
from ._model._programme import AnnualProgramme, CooperationForm, Goals, Principle, PriorityTask
from ._model._report import ImplementationReport, TaskOutcome
from ._model._small_grant import SmallGrant, SmallGrantRegister
from ._workdays import add_working_days, deadline_end
from .codelists import load_codelist
from .profiles import Profile
from .rules import check
from .rules.consultation import OPEN_MEETING_FORMS
from .rules.small_grant import DURATION_LIMIT, TASK_LIMIT

__all__ = [
    "agreements",
    "annual_programmes",
    "breaks_only",
    "consultation_rounds",
    "councils",
    "events",
    "implementation_reports",
    "joint_teams",
    "local_initiatives",
    "money",
    "multi_year_programmes",
    "non_financial_activities",
    "open_competitions",
    "organisations",
    "periods",
    "priority_tasks",
    "remarks",
    "resolutions",
    "small_grant_registers",
    "small_grants",
    "texts",
    "units",
    "violating",
]


def __dir__() -> list[str]:
    return __all__


_FIRST_YEAR = 2011
"""Earliest year generated: the first programme year fully under the 2010 amendment."""


def texts(*, min_size: int = 1, max_size: int = 60) -> st.SearchStrategy[str]:
    """Non-blank text, Polish letters included."""
    alphabet = st.sampled_from("abcdefghijklmnoprstuwyząćęłńóśźżABCDĆŁŚŻ0123456789 .,-–„”")
    return st.text(alphabet, min_size=min_size, max_size=max_size).map(str.strip).filter(bool)


def money(*, max_value: Decimal = Decimal("99999999.99")) -> st.SearchStrategy[Decimal]:
    """Non-negative amounts in whole grosze, up to *max_value*."""
    return st.integers(0, int(max_value * 100)).map(lambda cents: Decimal(cents).scaleb(-2))


def periods(*, year: int | None = None) -> st.SearchStrategy[Period]:
    """Periods; with *year*, the calendar year *year*."""
    if year is not None:
        return st.just(Period.calendar_year(year))
    return st.builds(
        lambda start, days: Period(start=start, end=start + dt.timedelta(days=days)),
        st.dates(dt.date(2003, 1, 1), dt.date(MAX_YEAR - 4, 1, 1)),
        st.integers(0, 3 * 366),
    )


_TERYT = {
    "municipality": st.from_regex(r"\A(0[2468]|[12][02468]|3[02])[0-9]{5}\Z"),
    "city_with_county_rights": st.from_regex(r"\A(0[2468]|[12][02468]|3[02])6[0-9]{4}\Z"),
    "county": st.from_regex(r"\A(0[2468]|[12][02468]|3[02])[0-9]{2}\Z"),
    "voivodeship": st.sampled_from([f"{n:02d}" for n in range(2, 33, 2)]),
}


def units(*, level: str | None = None) -> st.SearchStrategy[Unit]:
    """Units of local government, of *level* when given."""
    levels = st.just(level) if level is not None else st.sampled_from(sorted(_TERYT))
    return levels.flatmap(
        lambda chosen: st.builds(Unit, name=texts(), teryt=_TERYT[chosen], level=st.just(chosen))
    )


def resolutions(*, adopted_on: st.SearchStrategy[dt.date]) -> st.SearchStrategy[Resolution]:
    """Resolutions adopted on a date drawn from *adopted_on*."""
    number = st.from_regex(r"\A[IVXLC]{1,6}/[1-9][0-9]{0,3}/[0-9]{2}\Z")
    return st.builds(Resolution, number=number, body=texts(), adopted_on=adopted_on)


def priority_tasks(*, year: int | None = None) -> st.SearchStrategy[PriorityTask]:
    """Priority tasks whose sphere (if any) is in force in *year* (default: 2021)."""
    on = dt.date(2021 if year is None else year, 1, 1)
    spheres = load_codelist("spheres").codes(on)
    return st.builds(
        PriorityTask,
        title=texts(),
        area=st.none() | texts(max_size=30),
        sphere=st.none() | st.sampled_from(spheres),
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


@st.composite
def _seat_allocations(draw: st.DrawFn) -> tuple[SeatAllocation, ...]:
    """Seats in which NGOs hold at least half, as art. 41f pkt 3 requires."""
    council_members = draw(st.integers(0, 5))
    executive = draw(st.integers(0, 5))
    ngo = draw(st.integers(max(1, council_members + executive), council_members + executive + 6))
    counts = {"ngo": ngo, "council_members": council_members, "executive": executive}
    return tuple(
        SeatAllocation(category=category, seats=seats)
        for category, seats in counts.items()
        if seats or draw(st.booleans())
    )


@st.composite
def _day_within(draw: st.DrawFn, start: dt.date, end: dt.date) -> dt.date:
    return draw(st.dates(start, end))


@st.composite
def _terms(draw: st.DrawFn, number: int, start: dt.date) -> Term:
    end = start + dt.timedelta(days=draw(st.integers(0, 3 * 366)))
    categories = load_codelist("seat_categories").codes()
    memberships = []
    for _ in range(draw(st.integers(0, 6))):
        first = draw(st.none() | _day_within(start, end))
        last = draw(st.none() | _day_within(first or start, end))
        memberships.append(
            Membership(
                person=draw(texts(max_size=30)),
                category=draw(st.sampled_from(categories)),
                represents=draw(st.just("") | texts(max_size=30)),
                role=draw(st.none() | st.sampled_from(["chair", "co_chair", "deputy_chair"])),
                start=first,
                end=last,
                voting=draw(st.booleans()),
            )
        )
    posts = [
        Post(role="secretary", holder=draw(texts(max_size=30)), start=start, end=end)
        for _ in range(draw(st.integers(0, 1)))
    ]
    return Term(
        number=number,
        start=start,
        end=draw(st.just(end) | st.none()) if draw(st.booleans()) else end,
        appointment=draw(st.none() | resolutions(adopted_on=st.just(start))),
        election=draw(st.none() | st.just(Period(start=start - dt.timedelta(days=30), end=start))),
        election_rules=draw(st.just("") | texts()),
        seats=draw(st.just(()) | _seat_allocations()),
        memberships=tuple(memberships),
        posts=tuple(posts),
    )


@st.composite
def _opinions(draw: st.DrawFn) -> Opinion:
    received = draw(st.none() | st.dates(dt.date(2004, 1, 1), dt.date(2090, 12, 31)))
    given = None
    if received is not None and draw(st.booleans()):
        given = received + dt.timedelta(days=draw(st.integers(0, 30)))
    return Opinion(
        draft=draw(texts()),
        task=draw(st.none() | st.sampled_from(load_codelist("council_tasks").codes())),
        received_on=received,
        given_on=given,
        positive=None if given is None else draw(st.none() | st.booleans()),
        summary=draw(st.just("") | texts()),
    )


@st.composite
def _councils(draw: st.DrawFn, unit: Unit | None, statutory: bool | None) -> Council:
    terms: list[Term] = []
    start = draw(st.dates(dt.date(2004, 1, 1), dt.date(2080, 12, 31)))
    for number in range(1, draw(st.integers(0, 3)) + 1):
        term = draw(_terms(number, start))
        terms.append(term)
        start = (term.end or start) + dt.timedelta(days=draw(st.integers(1, 60)))
    request = draw(
        st.none()
        | st.builds(
            CouncilRequest,
            submitted_on=st.dates(dt.date(2004, 1, 1), dt.date(2090, 12, 31)),
            organisations=st.integers(0, 120),
            description=st.just("") | texts(),
        )
    )
    created_on = None
    if request is not None and draw(st.booleans()):
        created_on = request.submitted_on + dt.timedelta(days=draw(st.integers(0, 120)))
    return Council(
        name=draw(texts()),
        unit=unit if unit is not None else draw(units()),
        statutory=draw(st.booleans()) if statutory is None else statutory,
        created_on=created_on,
        request=request,
        appointment_resolutions=tuple(
            draw(
                st.lists(
                    resolutions(adopted_on=st.dates(dt.date(2004, 1, 1), dt.date(2090, 12, 31))),
                    max_size=2,
                )
            )
        ),
        seats=draw(_seat_allocations()),
        terms=tuple(terms),
        opinions=tuple(draw(st.lists(_opinions(), max_size=3))),
        notes=tuple(draw(st.lists(texts(), max_size=2))),
    )


def councils(
    *, unit: Unit | None = None, statutory: bool | None = None
) -> st.SearchStrategy[Council]:
    """
    Councils with up to three consecutive terms, members, posts and opinions, whose seats
    give NGOs at least half (so no error-severity rule fires); warnings may.

    Args:
        unit: Pin the unit of local government; ``None`` draws one.
        statutory: Pin whether the council is statutory; ``None`` draws either.
    """
    return _councils(unit, statutory)


_NIP_WEIGHTS = (6, 5, 7, 2, 3, 4, 5, 6, 7)


def _nip(body: str) -> str | None:
    check = sum(int(digit) * weight for digit, weight in zip(body, _NIP_WEIGHTS, strict=True)) % 11
    return None if check == 10 else body + str(check)


def organisations(*, prefix: str = "") -> st.SearchStrategy[Organisation]:
    """
    Organisations with an optional well-formed KRS number and an optional valid NIP;
    *prefix* starts their names (tests use distinct prefixes to keep groups apart).
    """
    return st.builds(
        Organisation,
        name=texts(max_size=40).map(lambda name: f"{prefix}{name}"),
        legal_form=st.none() | st.sampled_from(["stowarzyszenie", "fundacja"]),
        krs=st.none() | st.from_regex(r"\A[0-9]{9}[1-9]\Z"),
        nip=st.none() | st.from_regex(r"\A[1-9][0-9]{8}\Z").map(_nip),
        seat=st.none() | texts(max_size=20),
        public_benefit=st.booleans(),
    )


def _days(year: int) -> st.SearchStrategy[dt.date]:
    return st.dates(dt.date(year, 1, 1), dt.date(year, 12, 31))


def _counts() -> st.SearchStrategy[int | None]:
    return st.none() | st.integers(0, 500)


def _members(side: str) -> st.SearchStrategy[TeamMember]:
    return st.builds(
        TeamMember,
        side=st.just(side),
        name=st.just("") | texts(max_size=30),
        organisation=st.none() | organisations() if side == "ngo" else st.none(),
        office=st.none() | texts(max_size=30) if side == "administration" else st.none(),
        role=st.just("") | st.sampled_from(["przewodniczący", "sekretarz"]),
    )


@functools.cache
def joint_teams(*, year: int = 2021) -> st.SearchStrategy[JointTeam]:
    """
    Joint teams with at least one member of each side, meeting in *year* within their term.

    .. versionadded:: 0.1
    """
    adopted = st.none() | resolutions(adopted_on=st.dates(dt.date(2003, 6, 1), dt.date(year, 1, 1)))
    members = {
        side: _members(side) for side in ("ngo", "entity_art_3_3", "administration", "other")
    }
    any_member = st.sampled_from(sorted(members)).flatmap(members.__getitem__)
    roster = st.tuples(
        st.sampled_from(["ngo", "entity_art_3_3"]).flatmap(members.__getitem__),
        members["administration"],
        st.lists(any_member, max_size=2),
    ).map(lambda parts: (parts[0], parts[1], *parts[2]))
    term = st.none() | st.builds(
        lambda before, after: Period(
            start=dt.date(year, 1, 1) - dt.timedelta(days=before),
            end=dt.date(year, 12, 31) + dt.timedelta(days=after),
        ),
        st.integers(0, 800),
        st.integers(0, 800),
    )
    meeting = st.builds(
        TeamMeeting, held_on=_days(year), topic=st.just("") | texts(), attendance=_counts()
    )
    return st.builds(
        JointTeam,
        name=texts(),
        theme=st.just("") | texts(),
        established_by=adopted,
        regulations=adopted,
        term=term,
        members=roster,
        meetings=st.lists(meeting, max_size=3).map(tuple),
    )


@functools.cache
def events(*, year: int = 2021) -> st.SearchStrategy[Event]:
    """
    Events held in *year* (possibly over several days).

    .. versionadded:: 0.1
    """
    return st.builds(
        lambda name, day, length, participants, orgs: Event(
            name=name,
            held_on=day,
            ends_on=None if length is None else day + dt.timedelta(days=length),
            participants=participants,
            organisations=tuple(orgs),
        ),
        texts(),
        _days(year),
        st.none() | st.integers(0, 3),
        _counts(),
        st.lists(organisations(), max_size=2),
    )


@functools.cache
def _activities(chosen: int, unit: Unit | None) -> st.SearchStrategy[NonFinancialActivity]:
    channels = load_codelist("publication_channels").codes()
    information = st.builds(
        MutualInformation,
        subject=texts(),
        channels=st.lists(st.sampled_from(channels), unique=True).map(tuple),
        frequency=st.just("") | st.sampled_from(load_codelist("information_frequencies").codes()),
    )
    consultations = st.builds(
        Consultation,
        subject=texts(),
        with_ngos=st.booleans(),
        with_council=st.booleans(),
        period=st.none() | st.builds(lambda day: Period(start=day, end=day), _days(chosen)),
        drafts=st.integers(1, 30),
        methods=st.lists(texts(max_size=20), max_size=3).map(tuple),
        comments=_counts(),
    )
    partnerships = st.builds(
        PartnershipAgreement,
        title=texts(),
        partners=st.lists(organisations(), max_size=2).map(tuple),
        signed_on=st.none() | _days(chosen),
    )
    support = st.builds(
        InKindSupport,
        kind=st.sampled_from(load_codelist("in_kind_support").codes()),
        description=texts(),
        provider=st.none() | texts(max_size=30),
        recipients=st.lists(organisations(), max_size=2).map(tuple),
        beneficiaries=_counts(),
        value=st.none() | money(max_value=Decimal(100000)),
        period=st.none() | periods(year=chosen),
    )
    trainings = st.builds(
        Training,
        title=texts(),
        advisory=st.booleans(),
        held_on=st.none() | _days(chosen),
        participants=_counts(),
    )
    return st.builds(
        NonFinancialActivity,
        unit=st.just(unit) if unit is not None else units(),
        year=st.just(chosen),
        title=st.just("") | texts(),
        responsible=st.none() | texts(max_size=30),
        information=st.lists(information, max_size=1).map(tuple),
        consultations=st.lists(consultations, max_size=2).map(tuple),
        teams=st.lists(joint_teams(year=chosen), max_size=2).map(tuple),
        partnerships=st.lists(partnerships, max_size=1).map(tuple),
        in_kind_support=st.lists(support, max_size=2).map(tuple),
        trainings=st.lists(trainings, max_size=2).map(tuple),
        events=st.lists(events(year=chosen), max_size=2).map(tuple),
        notes=st.lists(texts(), max_size=2).map(tuple),
    )


def non_financial_activities(
    *, year: int | None = None, unit: Unit | None = None
) -> st.SearchStrategy[NonFinancialActivity]:
    """
    Records of non-financial activity that break no ``WSP-NFN`` rule: every team has members
    of both sides and meets within its term, every event and training falls in the year.

    Args:
        year: Pin the year; ``None`` draws one from 2011 to 2040.
        unit: Pin the unit of local government; ``None`` draws one.

    .. versionadded:: 0.1
    """
    if year is not None:
        return _activities(year, unit)
    return st.integers(_FIRST_YEAR, 2040).flatmap(lambda chosen: _activities(chosen, unit))


def _days_after(start: dt.date, low: int, high: int) -> st.SearchStrategy[dt.date]:
    return st.integers(low, high).map(lambda days: start + dt.timedelta(days=days))


def _publications(draw: st.DrawFn, on: dt.date) -> tuple[Publication, ...]:
    return tuple(
        Publication(
            channel=channel,
            reference=draw(texts(max_size=30)),
            published_on=draw(_days_after(on, 0, 5)),
        )
        for channel in STATUTORY_CHANNELS
    )


@st.composite
def _competitions(draw: st.DrawFn, mode: str | None) -> OpenCompetition:
    announced = draw(st.dates(dt.date(2004, 1, 1), dt.date(2040, 12, 31)))
    publications = _publications(draw, announced)
    last = max(p.published_on for p in publications if p.published_on is not None)
    deadline = draw(_days_after(last, 30, 60))
    items = draw(st.permutations(load_codelist("announcement_items").codes()))
    chosen_mode = (
        mode if mode is not None else draw(st.sampled_from(load_codelist("modes").codes()))
    )
    offers = tuple(
        draw(
            st.lists(
                st.builds(
                    Offer,
                    organisation=organisations(prefix="Oferent "),
                    submitted_on=st.none() | _days_after(announced, 0, (deadline - announced).days),
                    requested_amount=money(max_value=Decimal(1000000)),
                    own_funds=st.none() | money(max_value=Decimal(100000)),
                    in_kind_contribution=st.none() | money(max_value=Decimal(100000)),
                    volunteer_contribution=st.none() | money(max_value=Decimal(100000)),
                    awarded_amount=st.none() | money(max_value=Decimal(1000000)),
                ),
                max_size=4,
            )
        )
    )
    awarded = sum((o.awarded_amount for o in offers if o.awarded_amount is not None), Decimal(0))
    members = (
        CommitteeMember(name=draw(texts(max_size=30)), role="executive_representative"),
        CommitteeMember(
            name=draw(texts(max_size=30)),
            role="ngo_nominee",
            nominated_by=draw(
                st.none()
                | organisations(prefix="Wskazująca ").filter(
                    lambda org: (
                        org.krs is None or not any(o.organisation.krs == org.krs for o in offers)
                    )
                )
            ),
        ),
        *draw(
            st.lists(
                st.builds(CommitteeMember, name=texts(max_size=30), role=st.just("expert")),
                max_size=2,
            )
        ),
    )
    decided = draw(_days_after(deadline, 1, 60))
    regranting = draw(
        st.none()
        | st.builds(
            Regranting,
            operator=organisations(prefix="Operator "),
            projects=st.lists(
                st.builds(
                    lambda realizator, title, amount, signed, delay: RegrantedProject(
                        realizator=realizator,
                        title=title,
                        amount=amount,
                        agreement_signed_on=signed,
                        transferred_on=signed + dt.timedelta(days=delay),
                    ),
                    organisations(prefix="Realizator "),
                    texts(max_size=30),
                    money(max_value=Decimal(50000)),
                    _days_after(decided, 0, 200),
                    st.integers(0, 14),
                ),
                max_size=3,
            ).map(tuple),
        )
    )
    return OpenCompetition(
        unit=draw(units(level="municipality")),
        title=draw(texts()),
        task=draw(texts()),
        sphere=draw(st.none() | st.sampled_from(load_codelist("spheres").codes(announced))),
        mode=chosen_mode,
        funds_offered=awarded + draw(money(max_value=Decimal(1000000))),
        announcement=Announcement(
            announced_on=announced,
            reference=draw(st.none() | texts(max_size=30)),
            items=tuple(items),
            publications=publications,
            offer_deadline=deadline,
        ),
        committee=Committee(
            appointed_on=draw(st.none() | _days_after(deadline, 0, 10)),
            members=members,
        ),
        offers=offers,
        results=draw(
            st.none()
            | st.just(Results(decided_on=decided, publications=_publications(draw, decided)))
        ),
        cancellation=draw(
            st.none()
            | st.builds(
                Cancellation,
                cancelled_on=_days_after(deadline, 1, 30),
                reason=st.sampled_from(load_codelist("cancellation_reasons").codes()),
                explanation=st.just("") | texts(),
            )
        ),
        regranting=regranting,
        notes=tuple(draw(st.lists(texts(), max_size=2))),
    )


def open_competitions(*, mode: str | None = None) -> st.SearchStrategy[OpenCompetition]:
    """
    Open competitions announced between 2004 and 2040 that break no error-severity rule:
    every announcement item, all three channels, at least 30 days for offers, a committee
    with an NGO nominee from outside the bidders, awards within the funds offered.

    Args:
        mode: Pin the mode (``"entrustment"`` or ``"support"``); ``None`` draws one.
    """
    return _competitions(mode)


@st.composite
def _initiatives(draw: st.DrawFn) -> LocalInitiative:
    filed = draw(st.dates(dt.date(2004, 1, 1), dt.date(2040, 12, 31)))
    kinds = load_codelist("contribution_kinds").codes()
    return LocalInitiative(
        unit=draw(units(level="municipality")),
        title=draw(texts()),
        filed_on=filed,
        applicants=tuple(
            draw(
                st.lists(
                    st.builds(
                        Applicant,
                        name=texts(max_size=30),
                        organisation=st.none() | organisations(),
                    ),
                    max_size=3,
                )
            )
        ),
        area=draw(st.sampled_from(load_codelist("local_initiative_areas").codes()) | texts()),
        description=draw(st.just("") | texts()),
        contributions=tuple(
            draw(
                st.lists(
                    st.builds(
                        Contribution,
                        kind=st.sampled_from(kinds),
                        description=st.just("") | texts(),
                        value=st.none() | money(max_value=Decimal(100000)),
                    ),
                    max_size=3,
                )
            )
        ),
        criteria=draw(
            st.none() | resolutions(adopted_on=st.dates(dt.date(2010, 3, 12), filed))
            if filed >= dt.date(2010, 3, 12)
            else st.none()
        ),
        agreement_signed_on=draw(st.none() | _days_after(filed, 0, 180)),
        notes=tuple(draw(st.lists(texts(), max_size=2))),
    )


def local_initiatives() -> st.SearchStrategy[LocalInitiative]:
    """Local-initiative applications filed between 2004 and 2040 (no rule is an error for them)."""
    return _initiatives()


_FIRST_SMALL_GRANT = dt.date(2010, 3, 12)
"""Art. 19a came into force with the 2010 amendment."""


@st.composite
def _small_grants(draw: st.DrawFn, year: int | None) -> SmallGrant:
    if year is None:
        submitted = draw(st.dates(_FIRST_SMALL_GRANT, dt.date(2040, 12, 31)))
    else:
        submitted = draw(st.dates(dt.date(year, 1, 1), dt.date(year, 12, 31)))
    limit = TASK_LIMIT.on(submitted)
    most = Decimal(10000) if limit is None else limit.value
    duration = DURATION_LIMIT.on(submitted)
    longest = 90 if duration is None or duration.value is None else duration.value
    published = draw(st.none() | st.dates(submitted, add_working_days(submitted, 7)))
    displayed = None
    window = None
    signed = draw(st.none() | st.dates(submitted, submitted + dt.timedelta(days=60)))
    if published is not None:
        displayed = draw(
            st.none() | st.just(published + dt.timedelta(days=draw(st.integers(6, 20))))
        )
        close = deadline_end(published + dt.timedelta(days=7))
        window = draw(
            st.none()
            | st.just(
                Period(start=published + dt.timedelta(days=1), end=published + dt.timedelta(days=7))
            )
        )
        signed = draw(
            st.none() | st.dates(close + dt.timedelta(days=1), close + dt.timedelta(days=30))
        )
    start = (signed or submitted) + dt.timedelta(days=draw(st.integers(0, 30)))
    return SmallGrant(
        organisation=draw(organisations()),
        task_title=draw(texts()),
        offer_submitted_on=submitted,
        amount=draw(money(max_value=most)),
        task_period=draw(
            st.none()
            | st.integers(0, longest - 1).map(
                lambda days: Period(start=start, end=start + dt.timedelta(days=days))
            )
        ),
        published_on=published,
        displayed_until=displayed,
        comment_window=window,
        comments_received=draw(st.none() | st.integers(0, 20)),
        agreement_signed_on=signed,
    )


def small_grants(*, year: int | None = None) -> st.SearchStrategy[SmallGrant]:
    """
    Small grants within the limits in force on their offer date, published and signed
    on time; offers from 12 March 2010, or within *year* when given.
    """
    return _small_grants(year)


@st.composite
def _registers(draw: st.DrawFn, year: int | None) -> SmallGrantRegister:
    chosen = draw(st.integers(2011, 2040)) if year is None else year
    grants = tuple(
        draw(
            st.lists(
                small_grants(year=chosen),
                max_size=6,
                unique_by=lambda grant: grant.organisation_key,
            )
        )
    )
    total = sum((grant.amount for grant in grants), Decimal(0))
    planned = draw(
        st.none() | money(max_value=Decimal(10000000)).map(lambda extra: total * 5 + extra)
    )
    return SmallGrantRegister(
        unit=draw(units(level="municipality")),
        year=chosen,
        grants=grants,
        planned_grants_total=planned,
        notes=tuple(draw(st.lists(texts(), max_size=2))),
    )


def small_grant_registers(*, year: int | None = None) -> st.SearchStrategy[SmallGrantRegister]:
    """
    Yearly small-grant registers that break no error-severity rule: one grant per
    organisation, each within the per-task limit (so within the yearly cap), and planned
    grants of at least five times the total (so within 20 %).

    Args:
        year: Pin the register's year; ``None`` draws one from 2011 to 2040.
    """
    return _registers(year)


@st.composite
def _agreements(draw: st.DrawFn) -> Agreement:
    period = draw(periods())
    grant = draw(money(max_value=Decimal(1000000)))
    cents = int(grant * 100)
    cuts = sorted(draw(st.lists(st.integers(0, cents), max_size=3)))
    bounds = [0, *cuts, cents]
    amounts = [Decimal(high - low).scaleb(-2) for low, high in itertools.pairwise(bounds)]
    dates = draw(
        st.lists(st.dates(period.start, period.end), min_size=len(amounts), max_size=len(amounts))
    )
    tranches = tuple(
        Tranche(due_on=due_on, amount=amount)
        for due_on, amount in zip(sorted(dates), amounts, strict=True)
    )
    return Agreement(
        unit=draw(units()),
        organisation=draw(organisations()),
        task_title=draw(texts()),
        mode=draw(st.sampled_from(load_codelist("modes").codes())),
        signed_on=draw(st.dates(period.start - dt.timedelta(days=60), period.start)),
        period=period,
        grant=grant,
        tranches=draw(st.just(tranches) | st.just(())),
        settlement_due_on=draw(st.none() | st.just(period.end + dt.timedelta(days=30))),
        number=draw(st.none() | texts(max_size=20)),
        notes=tuple(draw(st.lists(texts(), max_size=2))),
    )


def agreements() -> st.SearchStrategy[Agreement]:
    """Agreements whose tranches (if any) add up to the grant and fall within the period."""
    return _agreements()


def _free_texts(*, max_size: int = 80) -> st.SearchStrategy[str]:
    """Any Unicode text that UTF-8 can carry (so no lone surrogates), blank included."""
    return st.text(st.characters(codec="utf-8"), max_size=max_size)


def _answers() -> st.SearchStrategy[Answer]:
    return st.builds(
        Answer,
        state=st.sampled_from(load_codelist("answer_states").codes()),
        local_state=st.none() | texts(max_size=30),
        justification=_free_texts(),
    )


def remarks(*, ids: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[Remark]:
    """
    Remarks that do not reply to another remark, with any Unicode in their justifications.

    Args:
        ids: Where the id comes from; ``None`` draws short codes such as ``"U-7"``.
    """
    return st.builds(
        Remark,
        id=ids if ids is not None else st.from_regex(r"\AU-[1-9][0-9]{0,3}\Z"),
        submitter=texts(max_size=40),
        by_council=st.booleans(),
        part=st.just("") | texts(max_size=20),
        theme=st.none() | st.sampled_from(["Seniorzy", "Kultura i sztuka", "Młodzież i edukacja"]),
        proposal=texts(),
        submitted_on=st.none() | st.dates(dt.date(2011, 1, 1), dt.date(2040, 12, 31)),
        replies_to=st.none(),
        answer=st.none() | _answers(),
    )


@functools.cache
def _round_parts() -> dict[str, st.SearchStrategy[Any]]:
    """The strategies a round is drawn from, built once (building them is the slow part)."""
    days = st.integers(0, 120)
    return {
        "remark": remarks(ids=st.just("U")),
        "unit": units(),
        "forms": st.lists(
            st.sampled_from(load_codelist("consultation_forms").codes()), unique=True
        ).map(tuple),
        "meetings": st.lists(
            st.tuples(
                days,
                st.builds(
                    ConsultationMeeting,
                    held_on=st.just(dt.date(2011, 1, 1)),
                    theme=st.just("") | texts(max_size=30),
                    place=st.none() | texts(max_size=30),
                    online=st.booleans(),
                    moderator=st.none() | st.builds(Organisation, name=texts(max_size=40)),
                    participants=st.none() | st.integers(0, 500),
                ),
            ),
            max_size=4,
        ),
        "announcement": st.none()
        | st.tuples(
            st.integers(0, 30),
            st.builds(
                ConsultationAnnouncement,
                published_on=st.just(dt.date(2011, 1, 1)),
                channels=st.lists(
                    st.sampled_from(load_codelist("publication_channels").codes()), unique=True
                ).map(tuple),
                reference=st.just("") | texts(max_size=30),
            ),
        ),
        "resolution": resolutions(adopted_on=st.just(dt.date(2011, 1, 1))),
        "short": st.just("") | texts(max_size=30),
        "optional": st.none() | texts(max_size=40),
        "text": texts(),
        "notes": st.lists(texts(), max_size=2).map(tuple),
    }


@st.composite
def _rounds(draw: st.DrawFn) -> ConsultationRound:
    parts = _round_parts()
    start = draw(st.dates(dt.date(2011, 1, 1), dt.date(2040, 12, 31)))
    window = Period(start=start, end=start + dt.timedelta(days=draw(st.integers(0, 60))))
    answered = draw(st.booleans())
    drawn = []
    for index in range(draw(st.integers(0, 5))):
        remark = draw(parts["remark"])
        answer = remark.answer
        if answered and answer is None:
            # A published report answers every remark.
            answer = Answer(state="accepted")
        if (
            answer is not None
            and answer.state in {"rejected", "partly_accepted"}
            and not answer.justification.strip()
        ):
            answer = attrs.evolve(answer, justification="uzasadnienie")
        drawn.append(attrs.evolve(remark, id=f"U-{index + 1}", answer=answer))
    if len(drawn) > 1 and draw(st.booleans()):
        drawn[-1] = attrs.evolve(drawn[-1], replies_to=drawn[0].id)
    adopted = window.end + dt.timedelta(days=draw(st.integers(1, 90)))
    report = None
    if answered:
        act = draw(st.none() | parts["resolution"])
        report = ConsultationReport(
            published_on=draw(st.dates(window.end, adopted)),
            reference=draw(parts["short"]),
            act=None if act is None else attrs.evolve(act, adopted_on=adopted),
            act_reference=draw(parts["optional"]),
        )
    # Meetings may precede the window (a working phase) but never follow it.
    meetings = tuple(
        attrs.evolve(meeting, held_on=max(start - dt.timedelta(days=before), dt.date(2011, 1, 1)))
        for before, meeting in draw(parts["meetings"])
    )
    notice = draw(parts["announcement"])
    announcement = (
        None
        if notice is None
        else attrs.evolve(notice[1], published_on=start - dt.timedelta(days=notice[0]))
    )
    basis = draw(st.none() | parts["resolution"])
    return ConsultationRound(
        unit=draw(parts["unit"]),
        draft=DraftAct(
            title=draw(parts["text"]),
            act_kind=draw(st.sampled_from(["annual_programme", "multi_year_programme"])),
            version=draw(parts["short"]),
        ),
        window=window,
        organiser=draw(parts["optional"]),
        legal_basis=None
        if basis is None
        else attrs.evolve(basis, adopted_on=start - dt.timedelta(days=1)),
        announcement=announcement,
        forms=draw(parts["forms"]),
        participants=draw(parts["short"]),
        meetings=meetings,
        remarks=tuple(drawn),
        report=report,
        notes=draw(parts["notes"]),
    )


def consultation_rounds() -> st.SearchStrategy[ConsultationRound]:
    """
    Consultation rounds that break no error-severity rule: the act (if any) is adopted
    after the window closes, remarks have unique ids and reply only to existing remarks,
    and with a published report every remark is answered, every rejection justified.
    Forms are drawn from the shipped list; justifications hold any Unicode.
    """
    return _rounds()


# ---------------------------------------------------------------------------------------
# Objects that break exactly one rule


_LOCAL_ONLY = {
    "WSP-CNS-001": "consultation.min_window_days",
    "WSP-CNS-002": "consultation.min_information_days",
    "WSP-CNS-003": "consultation.min_forms",
    "WSP-CNS-004": "consultation.open_meeting_required",
}
"""Rules that fire only with a municipal profile's value: the statute sets none."""

_STATE_NAMES_ONLY = frozenset({"WSP-CNS-011"})
"""Rules that fire only under a profile that maps local state names onto canonical ones."""

_BREAKABLE = {"WSP-CNS-001": 2, "WSP-CNS-002": 1, "WSP-CNS-003": 1, "WSP-CNS-004": 1}
"""The least local value that something can fall short of (a window lasts at least a day)."""

_Breaker = Callable[[st.DrawFn, "Profile | None"], object]


def _late(draw: st.DrawFn, deadline: dt.date) -> dt.date:
    return deadline + dt.timedelta(days=draw(st.integers(1, 60)))


def _resolution(draw: st.DrawFn, resolution: Resolution | None, on: dt.date) -> Resolution:
    """*resolution* (or a drawn one) adopted on *on*."""
    if resolution is None:
        return draw(resolutions(adopted_on=st.just(on)))
    return attrs.evolve(resolution, adopted_on=on)


def _blank(value: object) -> object:
    """The empty value of a field holding *value*: ``""``, ``()`` or ``None``."""
    if isinstance(value, str):
        return ""
    if isinstance(value, tuple):
        return ()
    return None


# Annual programmes (WSP-PRG) ------------------------------------------------------------


def _programme(draw: st.DrawFn, first: int = 2012, last: int = 2040) -> AnnualProgramme:
    return draw(annual_programmes(year=draw(st.integers(first, last))))


def _prg_001(draw: st.DrawFn, profile: Profile | None) -> object:
    programme = _programme(draw)
    late = _late(draw, dt.date(programme.year - 1, 11, 30))
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


# Multi-year programmes (WSP-MYP) --------------------------------------------------------


def _multi(draw: st.DrawFn) -> MultiYearProgramme:
    return draw(multi_year_programmes(first_year=draw(st.integers(2012, 2040))))


def _myp_001(draw: st.DrawFn, profile: Profile | None) -> object:
    programme = _multi(draw)
    late = _late(draw, dt.date(programme.period.start.year - 1, 11, 30))
    return attrs.evolve(programme, resolution=_resolution(draw, programme.resolution, late))


def _myp_002(draw: st.DrawFn, profile: Profile | None) -> object:
    programme = _multi(draw)
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


# Councils (WSP-CNC) ---------------------------------------------------------------------

_AMENDMENT_2015 = dt.date(2015, 11, 9)
"""From this day the council's creation deadline and request minimum apply."""


def _council(draw: st.DrawFn) -> Council:
    """A statutory council of a municipality or county (art. 41e-41i apply)."""
    level = draw(st.sampled_from(["municipality", "city_with_county_rights", "county"]))
    return draw(councils(unit=draw(units(level=level)), statutory=True))


def _term(draw: st.DrawFn, number: int, start: dt.date, years: int) -> Term:
    end = _add_years(start, years) - dt.timedelta(days=1)
    return Term(number=number, start=start, end=end)


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _term_start(draw: st.DrawFn) -> dt.date:
    return draw(st.dates(dt.date(2016, 1, 1), dt.date(2060, 12, 31)))


def _cnc_001(draw: st.DrawFn, profile: Profile | None) -> object:
    council = _council(draw)
    ngo = draw(st.integers(0, 5))
    others = draw(st.integers(ngo + 1, ngo + 6))
    seats = (
        SeatAllocation(category="ngo", seats=ngo),
        SeatAllocation(category="executive", seats=others),
    )
    # The council's own seats are checked on the date of its latest term: keep it after 2010.
    return attrs.evolve(council, seats=seats, terms=(_term(draw, 1, _term_start(draw), 3),))


def _cnc_002(draw: st.DrawFn, profile: Profile | None) -> object:
    council = _council(draw)
    return attrs.evolve(council, terms=(_term(draw, 1, _term_start(draw), 6),))


def _cnc_003(draw: st.DrawFn, profile: Profile | None) -> object:
    council = _council(draw)
    start = _term_start(draw)
    second = _add_years(start, 2)
    return attrs.evolve(council, terms=(_term(draw, 1, start, 3), _term(draw, 2, second, 3)))


def _cnc_004(draw: st.DrawFn, profile: Profile | None) -> object:
    council = _council(draw)
    start = _term_start(draw)
    first = _term(draw, 1, start, 3)
    assert first.end is not None  # noqa: S101 - _term always sets an end
    later = first.end + dt.timedelta(days=draw(st.integers(2, 90)))
    return attrs.evolve(council, terms=(first, _term(draw, 2, later, 3)))


def _member(person: str, start: dt.date | None = None, end: dt.date | None = None) -> Membership:
    return Membership(person=person, category="ngo", start=start, end=end)


def _cnc_005(draw: st.DrawFn, profile: Profile | None) -> object:
    council = _council(draw)
    term = _term(draw, 1, _term_start(draw), 3)
    early = term.start - dt.timedelta(days=draw(st.integers(1, 60)))
    term = attrs.evolve(term, memberships=(_member(draw(texts(max_size=30)), start=early),))
    return attrs.evolve(council, terms=(term,))


def _cnc_006(draw: st.DrawFn, profile: Profile | None) -> object:
    council = _council(draw)
    term = _term(draw, 1, _term_start(draw), 3)
    person = draw(texts(max_size=30))
    term = attrs.evolve(term, memberships=(_member(person), _member(person)))
    return attrs.evolve(council, terms=(term,))


def _cnc_007(draw: st.DrawFn, profile: Profile | None) -> object:
    council = _council(draw)
    term = _term(draw, 1, _term_start(draw), 3)
    term = attrs.evolve(
        term,
        seats=(SeatAllocation(category="ngo", seats=1),),
        memberships=(_member("Anna Nowak"), _member("Jan Kowalski")),
    )
    return attrs.evolve(council, terms=(term,))


def _request(draw: st.DrawFn, organisations: int) -> CouncilRequest:
    return CouncilRequest(
        submitted_on=draw(st.dates(_AMENDMENT_2015 + dt.timedelta(days=1), dt.date(2060, 12, 31))),
        organisations=organisations,
    )


def _cnc_008(draw: st.DrawFn, profile: Profile | None) -> object:
    council = _council(draw)
    request = _request(draw, draw(st.integers(5, 120)))
    created = request.submitted_on + dt.timedelta(days=draw(st.integers(63, 200)))
    return attrs.evolve(council, request=request, created_on=created, terms=())


def _cnc_009(draw: st.DrawFn, profile: Profile | None) -> object:
    council = _council(draw)
    request = _request(draw, draw(st.integers(0, 4)))
    return attrs.evolve(council, request=request, created_on=None, terms=())


def _cnc_010(draw: st.DrawFn, profile: Profile | None) -> object:
    council = _council(draw)
    received = draw(st.dates(dt.date(2011, 1, 1), dt.date(2060, 12, 31)))
    opinion = Opinion(
        draft=draw(texts()),
        task="resolution_opinion",
        received_on=received,
        given_on=received + dt.timedelta(days=draw(st.integers(15, 60))),
    )
    # Without terms, creation or request, the council is checked on its latest opinion.
    return attrs.evolve(
        council,
        terms=(),
        created_on=None,
        request=None,
        opinions=(*council.opinions, opinion),
    )


# Non-financial cooperation (WSP-NFN) ----------------------------------------------------


def _activity(draw: st.DrawFn) -> tuple[NonFinancialActivity, JointTeam]:
    record = draw(non_financial_activities())
    return record, draw(joint_teams(year=record.year))


def _nfn_members(draw: st.DrawFn, sides: frozenset[str]) -> object:
    record, team = _activity(draw)
    kept = tuple(member for member in team.members if member.side in sides)
    return attrs.evolve(record, teams=(*record.teams, attrs.evolve(team, members=kept)))


def _nfn_001(draw: st.DrawFn, profile: Profile | None) -> object:
    return _nfn_members(draw, frozenset({"administration"}))


def _nfn_002(draw: st.DrawFn, profile: Profile | None) -> object:
    return _nfn_members(draw, NGO_SIDES)


def _nfn_003(draw: st.DrawFn, profile: Profile | None) -> object:
    record, team = _activity(draw)
    term = Period.calendar_year(record.year)
    meeting = TeamMeeting(held_on=dt.date(record.year + 1, 1, draw(st.integers(1, 31))))
    team = attrs.evolve(team, term=term, meetings=(*team.meetings, meeting))
    return attrs.evolve(record, teams=(*record.teams, team))


def _nfn_004(draw: st.DrawFn, profile: Profile | None) -> object:
    record = draw(non_financial_activities())
    event = Event(name=draw(texts()), held_on=dt.date(record.year + 1, 1, draw(st.integers(1, 31))))
    return attrs.evolve(record, events=(*record.events, event))


# Open competitions and local initiatives (WSP-CMP) --------------------------------------


def _competition(
    draw: st.DrawFn, *, mode: str | None = None, with_offers: bool = False
) -> OpenCompetition:
    """A competition announced from 12 March 2010 on (the 21-day notice period is confirmed)."""
    competition = draw(
        open_competitions(mode=mode).filter(
            lambda c: (
                c.announcement is not None
                and c.announcement.announced_on >= _FIRST_SMALL_GRANT
                and (bool(c.offers) or not with_offers)
            )
        )
    )
    assert competition.announcement is not None  # noqa: S101 - filtered above
    return competition


def _announced(competition: OpenCompetition) -> Announcement:
    assert competition.announcement is not None  # noqa: S101 - _competition has one
    return competition.announcement


def _cmp_001(draw: st.DrawFn, profile: Profile | None) -> object:
    competition = _competition(draw)
    announcement = _announced(competition)
    last = announcement.last_publication or announcement.announced_on
    deadline = last + dt.timedelta(days=draw(st.integers(0, 20)))
    return attrs.evolve(
        competition, announcement=attrs.evolve(announcement, offer_deadline=deadline)
    )


def _cmp_002(draw: st.DrawFn, profile: Profile | None) -> object:
    competition = _competition(draw)
    announcement = _announced(competition)
    missing = draw(st.sampled_from(announcement.items))
    items = tuple(item for item in announcement.items if item != missing)
    return attrs.evolve(competition, announcement=attrs.evolve(announcement, items=items))


def _cmp_003(draw: st.DrawFn, profile: Profile | None) -> object:
    competition = _competition(draw)
    announcement = _announced(competition)
    missing = draw(st.sampled_from(STATUTORY_CHANNELS))
    kept = tuple(p for p in announcement.publications if p.channel != missing)
    return attrs.evolve(competition, announcement=attrs.evolve(announcement, publications=kept))


def _cmp_004(draw: st.DrawFn, profile: Profile | None) -> object:
    competition = _competition(draw)
    deadline = _announced(competition).offer_deadline
    results = competition.results or Results(decided_on=deadline + dt.timedelta(days=1))
    return attrs.evolve(competition, committee=None, results=results)


def _cmp_005(draw: st.DrawFn, profile: Profile | None) -> object:
    competition = _competition(draw, with_offers=True)
    assert competition.committee is not None  # noqa: S101 - the strategy appoints one
    bidder = draw(st.sampled_from(competition.offers)).organisation
    members = tuple(
        attrs.evolve(m, nominated_by=bidder) if m.role == "ngo_nominee" else m
        for m in competition.committee.members
    )
    return attrs.evolve(competition, committee=attrs.evolve(competition.committee, members=members))


def _cmp_006(draw: st.DrawFn, profile: Profile | None) -> object:
    competition = _competition(draw)
    assert competition.committee is not None  # noqa: S101 - the strategy appoints one
    members = tuple(m for m in competition.committee.members if m.role != "ngo_nominee")
    committee = attrs.evolve(competition.committee, members=members, no_ngo_reason=None)
    return attrs.evolve(competition, committee=committee)


def _cmp_007(draw: st.DrawFn, profile: Profile | None) -> object:
    competition = _competition(draw, mode="support", with_offers=True)
    first = attrs.evolve(
        competition.offers[0],
        own_funds=None,
        in_kind_contribution=None,
        volunteer_contribution=None,
    )
    return attrs.evolve(competition, offers=(first, *competition.offers[1:]))


def _cmp_008(draw: st.DrawFn, profile: Profile | None) -> object:
    competition = _competition(draw, with_offers=True)
    first = competition.offers[0]
    first = attrs.evolve(first, awarded_amount=(first.awarded_amount or Decimal(0)) + 1)
    competition = attrs.evolve(competition, offers=(first, *competition.offers[1:]))
    return attrs.evolve(competition, funds_offered=competition.awarded_total - Decimal("0.01"))


def _cmp_009(draw: st.DrawFn, profile: Profile | None) -> object:
    competition = _competition(draw)
    deadline = _announced(competition).offer_deadline
    cancellation = competition.cancellation or Cancellation(
        cancelled_on=deadline + dt.timedelta(days=1)
    )
    return attrs.evolve(competition, cancellation=attrs.evolve(cancellation, reason=None))


def _cmp_010(draw: st.DrawFn, profile: Profile | None) -> object:
    competition = _competition(draw, with_offers=True)
    deadline = _announced(competition).offer_deadline
    cancellation = competition.cancellation or Cancellation(
        cancelled_on=deadline + dt.timedelta(days=1)
    )
    return attrs.evolve(competition, cancellation=attrs.evolve(cancellation, reason="no_offers"))


def _cmp_011(draw: st.DrawFn, profile: Profile | None) -> object:
    competition = _competition(draw)
    signed = _announced(competition).offer_deadline + dt.timedelta(days=draw(st.integers(1, 60)))
    project = RegrantedProject(
        realizator=draw(organisations(prefix="Realizator ")),
        title=draw(texts(max_size=30)),
        amount=draw(money(max_value=Decimal(50000))),
        agreement_signed_on=signed,
        transferred_on=signed + dt.timedelta(days=draw(st.integers(15, 60))),
    )
    regranting = competition.regranting or Regranting(
        operator=draw(organisations(prefix="Operator "))
    )
    return attrs.evolve(
        competition,
        regranting=attrs.evolve(regranting, projects=(*regranting.projects, project)),
    )


def _initiative(draw: st.DrawFn) -> LocalInitiative:
    """A local initiative filed once the 2010 amendment (art. 19b-19h) was in force."""
    return draw(local_initiatives().filter(lambda i: i.filed_on >= _FIRST_SMALL_GRANT))


def _cmp_012(draw: st.DrawFn, profile: Profile | None) -> object:
    return attrs.evolve(_initiative(draw), contributions=())


def _cmp_013(draw: st.DrawFn, profile: Profile | None) -> object:
    return attrs.evolve(_initiative(draw), criteria=None)


def _cmp_014(draw: st.DrawFn, profile: Profile | None) -> object:
    return attrs.evolve(_initiative(draw), area="obszar spoza listy art. 19b")


# Small grants and agreements (WSP-SGR) --------------------------------------------------


def _register(draw: st.DrawFn, first: int, last: int) -> SmallGrantRegister:
    """A register of a year from *first* to *last* with at least one grant."""
    register = draw(small_grant_registers(year=draw(st.integers(first, last))))
    if not register.grants:
        register = attrs.evolve(register, grants=(draw(small_grants(year=register.year)),))
    return register


def _with_grants(
    register: SmallGrantRegister, grants: tuple[SmallGrant, ...]
) -> SmallGrantRegister:
    """*register* holding *grants*, its planned grants raised to keep the share within 20 %."""
    total = sum((grant.amount for grant in grants), Decimal(0))
    planned = register.planned_grants_total
    if planned is not None:
        planned = max(planned, total * 5)
    return attrs.evolve(register, grants=grants, planned_grants_total=planned)


def _replace_first(register: SmallGrantRegister, grant: SmallGrant) -> SmallGrantRegister:
    return _with_grants(register, (grant, *register.grants[1:]))


def _sgr_001(draw: st.DrawFn, profile: Profile | None) -> object:
    register = _register(draw, 2011, 2040)
    grant = register.grants[0]
    limit = TASK_LIMIT.on(grant.offer_submitted_on)
    assert limit is not None  # noqa: S101 - grants start with the 2010 amendment
    over = limit.value + Decimal(draw(st.integers(1, 500_000))).scaleb(-2)
    return _replace_first(register, attrs.evolve(grant, amount=over))


def _sgr_002(draw: st.DrawFn, profile: Profile | None) -> object:
    # The 90-day limit is the last confirmed one: offers before 1 September 2026.
    register = _register(draw, 2011, 2025)
    grant = register.grants[0]
    start = grant.agreement_signed_on or grant.offer_submitted_on
    period = Period(start=start, end=start + dt.timedelta(days=draw(st.integers(90, 400))))
    return _replace_first(register, attrs.evolve(grant, task_period=period))


def _same_organisation_grants(draw: st.DrawFn, first: int, last: int, each: Decimal) -> object:
    register = _register(draw, first, last)
    grant = attrs.evolve(register.grants[0], amount=each)
    copies = tuple(attrs.evolve(grant, task_title=f"{grant.task_title} ({n})") for n in range(2, 4))
    others = tuple(g for g in register.grants[1:] if g.organisation_key != grant.organisation_key)
    return _with_grants(register, (grant, *copies, *others))


def _sgr_003(draw: st.DrawFn, profile: Profile | None) -> object:
    # Three grants of 7,000-10,000 zł to one organisation exceed the 20,000 zł cap.
    each = Decimal(draw(st.integers(7000, 10000)))
    return _same_organisation_grants(draw, 2016, 2025, each)


def _sgr_004(draw: st.DrawFn, profile: Profile | None) -> object:
    # Three grants of 14,000-20,000 zł exceed the unconfirmed 40,000 zł cap of 2026.
    each = Decimal(draw(st.integers(14000, 20000)))
    return _same_organisation_grants(draw, 2027, 2040, each)


def _over_share(draw: st.DrawFn, first: int, last: int, share: int) -> object:
    register = _register(draw, first, last)
    grant = register.grants[0]
    grant = attrs.evolve(grant, amount=max(grant.amount, Decimal(1000)))
    grants = (grant, *register.grants[1:])
    total = sum((g.amount for g in grants), Decimal(0))
    # Planned grants a little under total / share: the share is over the cap.
    planned = (total * 100 / share - draw(st.integers(1, 100))).quantize(Decimal("0.01"))
    return attrs.evolve(register, grants=grants, planned_grants_total=planned)


def _sgr_005(draw: st.DrawFn, profile: Profile | None) -> object:
    return _over_share(draw, 2016, 2025, 20)


def _sgr_006(draw: st.DrawFn, profile: Profile | None) -> object:
    return _over_share(draw, 2027, 2040, 30)


def _published(grant: SmallGrant, published: dt.date, signed: dt.date | None) -> SmallGrant:
    """*grant* published on *published* and signed on *signed*, without display or window."""
    return attrs.evolve(
        grant,
        published_on=published,
        displayed_until=None,
        comment_window=None,
        agreement_signed_on=signed,
        task_period=None,
    )


def _sgr_007(draw: st.DrawFn, profile: Profile | None) -> object:
    register = _register(draw, 2011, 2040)
    grant = register.grants[0]
    late = _late(draw, add_working_days(grant.offer_submitted_on, 7))
    return _replace_first(register, _published(grant, late, None))


def _sgr_008(draw: st.DrawFn, profile: Profile | None) -> object:
    register = _register(draw, 2011, 2040)
    grant = register.grants[0]
    published = grant.published_on or grant.offer_submitted_on
    signed = published + dt.timedelta(days=draw(st.integers(0, 7)))
    return _replace_first(register, _published(grant, published, signed))


def _sgr_009(draw: st.DrawFn, profile: Profile | None) -> object:
    register = _register(draw, 2011, 2040)
    grant = register.grants[0]
    # Published on a Saturday: the seventh day after is a Saturday too, moved to a working day.
    submitted = grant.offer_submitted_on
    published = submitted + dt.timedelta(days=(5 - submitted.weekday()) % 7)
    close = published + dt.timedelta(days=7)
    signed = close + dt.timedelta(days=1)
    return _replace_first(register, _published(grant, published, signed))


def _sgr_010(draw: st.DrawFn, profile: Profile | None) -> object:
    register = _register(draw, 2011, 2040)
    grant = register.grants[0]
    published = grant.published_on or grant.offer_submitted_on
    shown = published + dt.timedelta(days=draw(st.integers(0, 5)))
    grant = _published(grant, published, None)
    return _replace_first(register, attrs.evolve(grant, displayed_until=shown))


def _sgr_011(draw: st.DrawFn, profile: Profile | None) -> object:
    agreement = draw(agreements())
    extra = Decimal(draw(st.integers(1, 100_000))).scaleb(-2)
    tranches = agreement.tranches or (
        Tranche(due_on=agreement.period.start, amount=agreement.grant),
    )
    last = attrs.evolve(tranches[-1], amount=tranches[-1].amount + extra)
    return attrs.evolve(agreement, tranches=(*tranches[:-1], last))


def _sgr_012(draw: st.DrawFn, profile: Profile | None) -> object:
    agreement = draw(agreements())
    late = agreement.period.end + dt.timedelta(days=draw(st.integers(1, 60)))
    return attrs.evolve(agreement, tranches=(Tranche(due_on=late, amount=agreement.grant),))


# Consultation rounds (WSP-CNS) ----------------------------------------------------------


def _local_value(profile: Profile | None, code: str) -> Any:
    """The profile's value of the parameter *code* reads (checked by :func:`violating`)."""
    assert profile is not None  # noqa: S101 - violating() refuses these codes without one
    return profile.overrides()[_LOCAL_ONLY[code]][0].value


def _cns_001(draw: st.DrawFn, profile: Profile | None) -> object:
    round_ = draw(consultation_rounds())
    days = draw(st.integers(1, int(_local_value(profile, "WSP-CNS-001")) - 1))
    start = round_.window.start
    return attrs.evolve(round_, window=Period(start=start, end=start + dt.timedelta(days=days - 1)))


def _cns_002(draw: st.DrawFn, profile: Profile | None) -> object:
    round_ = draw(consultation_rounds())
    days = draw(st.integers(0, int(_local_value(profile, "WSP-CNS-002")) - 1))
    published = round_.window.start - dt.timedelta(days=days)
    announcement = round_.announcement or ConsultationAnnouncement(
        published_on=published, channels=("bip",)
    )
    return attrs.evolve(round_, announcement=attrs.evolve(announcement, published_on=published))


def _cns_003(draw: st.DrawFn, profile: Profile | None) -> object:
    round_ = draw(consultation_rounds())
    fewer = int(_local_value(profile, "WSP-CNS-003")) - 1
    forms = draw(
        st.lists(
            st.sampled_from(load_codelist("consultation_forms").codes()),
            unique=True,
            max_size=fewer,
        )
    )
    return attrs.evolve(round_, forms=tuple(forms))


def _cns_004(draw: st.DrawFn, profile: Profile | None) -> object:
    round_ = draw(consultation_rounds())
    forms = tuple(form for form in round_.forms if form not in OPEN_MEETING_FORMS)
    return attrs.evolve(round_, forms=forms)


_UNMAPPED_STATE = "stanowisko spoza profilu"
"""A local answer-state name no profile maps (so WSP-CNS-011 reports it under any profile)."""


def _cns_011(draw: st.DrawFn, profile: Profile | None) -> object:
    round_ = draw(consultation_rounds())
    ids = {remark.id for remark in round_.remarks}
    remark = Remark(
        id=next(f"v{n}" for n in range(len(ids) + 1) if f"v{n}" not in ids),
        submitter=draw(texts(max_size=30)),
        proposal=draw(texts()),
        answer=Answer(state="accepted", local_state=_UNMAPPED_STATE),
    )
    return attrs.evolve(round_, remarks=(*round_.remarks, remark))


def _reported(
    draw: st.DrawFn, round_: ConsultationRound, adopted: dt.date, published: dt.date
) -> ConsultationRound:
    """*round_* with a report published on *published* and the act adopted on *adopted*."""
    report = round_.report or ConsultationReport()
    act = _resolution(draw, report.act, adopted)
    return attrs.evolve(round_, report=attrs.evolve(report, published_on=published, act=act))


def _cns_005(draw: st.DrawFn, profile: Profile | None) -> object:
    round_ = draw(consultation_rounds())
    adopted = draw(st.dates(round_.window.start, round_.window.end))
    return _reported(draw, round_, adopted, adopted)


def _with_remark(draw: st.DrawFn, round_: ConsultationRound, **changes: Any) -> ConsultationRound:
    remark = attrs.evolve(draw(remarks()), **{"id": "U-nowa", "replies_to": None, **changes})
    return attrs.evolve(round_, remarks=(*round_.remarks, remark))


def _cns_006(draw: st.DrawFn, profile: Profile | None) -> object:
    round_ = draw(consultation_rounds())
    if round_.report is None or round_.report.published_on is None:
        round_ = attrs.evolve(round_, report=ConsultationReport(published_on=round_.window.end))
    return _with_remark(draw, round_, answer=None)


def _cns_007(draw: st.DrawFn, profile: Profile | None) -> object:
    round_ = draw(consultation_rounds())
    state = draw(st.sampled_from(["rejected", "partly_accepted"]))
    blank = draw(st.sampled_from(["", " ", "\n"]))
    return _with_remark(draw, round_, answer=Answer(state=state, justification=blank))


def _cns_008(draw: st.DrawFn, profile: Profile | None) -> object:
    round_ = draw(consultation_rounds())
    adopted = _late(draw, round_.window.end)
    return _reported(draw, round_, adopted, _late(draw, adopted))


def _cns_009(draw: st.DrawFn, profile: Profile | None) -> object:
    round_ = draw(consultation_rounds())
    return attrs.evolve(round_, forms=(*round_.forms, "dyżur_radnego"))


def _cns_010(draw: st.DrawFn, profile: Profile | None) -> object:
    round_ = draw(consultation_rounds())
    answer = Answer(state="accepted") if round_.report is not None else None
    return _with_remark(draw, round_, answer=answer, replies_to="U-brak")


_BREAKERS: dict[str, _Breaker] = {
    "WSP-CNS-011": _cns_011,
    **{f"WSP-PRG-{n:03d}": f for n, f in enumerate(
        (_prg_001, _prg_002, _prg_003, _prg_004, _prg_005, _prg_006), 1)},
    **{f"WSP-MYP-{n:03d}": f for n, f in enumerate(
        (_myp_001, _myp_002, _myp_003, _myp_004, _myp_005), 1)},
    **{f"WSP-RPT-{n:03d}": f for n, f in enumerate((_rpt_001, _rpt_002, _rpt_003, _rpt_004), 1)},
    **{f"WSP-HST-{n:03d}": f for n, f in enumerate(
        (_hst_001, _hst_002, _hst_003, _hst_004, _hst_005, _hst_006, _hst_007, _hst_008), 1)},
    **{f"WSP-CNC-{n:03d}": f for n, f in enumerate(
        (_cnc_001, _cnc_002, _cnc_003, _cnc_004, _cnc_005,
         _cnc_006, _cnc_007, _cnc_008, _cnc_009, _cnc_010), 1)},
    **{f"WSP-NFN-{n:03d}": f for n, f in enumerate((_nfn_001, _nfn_002, _nfn_003, _nfn_004), 1)},
    **{f"WSP-CMP-{n:03d}": f for n, f in enumerate(
        (_cmp_001, _cmp_002, _cmp_003, _cmp_004, _cmp_005, _cmp_006, _cmp_007,
         _cmp_008, _cmp_009, _cmp_010, _cmp_011, _cmp_012, _cmp_013, _cmp_014), 1)},
    **{f"WSP-SGR-{n:03d}": f for n, f in enumerate(
        (_sgr_001, _sgr_002, _sgr_003, _sgr_004, _sgr_005, _sgr_006,
         _sgr_007, _sgr_008, _sgr_009, _sgr_010, _sgr_011, _sgr_012), 1)},
    **{f"WSP-CNS-{n:03d}": f for n, f in enumerate(
        (_cns_001, _cns_002, _cns_003, _cns_004, _cns_005,
         _cns_006, _cns_007, _cns_008, _cns_009, _cns_010), 1)},
}  # fmt: skip
"""How to break each rule of the catalogue, by code."""


def breaks_only(obj: object, code: str, *, profile: Profile | None = None) -> bool:
    """
    Whether :func:`wspolpraca.check` reports rule *code* in *obj* and no error-severity
    finding of another rule: the contract every :func:`violating` object meets.

    Args:
        obj: A checked document or :class:`~wspolpraca.ProgrammeHistory`.
        code: A rule code such as ``"WSP-PRG-001"``.
        profile: Check under this municipal profile.

    .. versionadded:: 0.1
    """
    result = check(obj, profile=profile)
    return code in result.codes and {f.code for f in result.errors} <= {code}


@st.composite
def _violation(draw: st.DrawFn, code: str, profile: Profile | None) -> object:
    return _BREAKERS[code](draw, profile)


def violating(code: str, *, profile: Profile | None = None) -> st.SearchStrategy[Any]:
    """
    Objects that break the rule *code* and no other error-severity rule.

    Each object is a valid object of the existing strategies with exactly what breaks the
    rule changed, so :func:`wspolpraca.check` reports *code* (an error when the rule is one
    and its finding rests on confirmed or secondary sources) and no error of another rule;
    see :func:`breaks_only`. Warnings and information of other rules may appear where
    breaking the rule brings them along (a council whose terms overlap may also have terms
    of an unusual length); the how-to :doc:`/how-to/testing` lists them. ``WSP-MYP-001``
    is reported as a warning: its finding rests on an unconfirmed deadline.

    ``WSP-HST`` rules check a :class:`~wspolpraca.ProgrammeHistory` of two documents.

    ``WSP-CNS-001`` to ``004`` read only a municipal profile's value (the statute sets
    none), so they need *profile*, whose value must make a breach possible; the objects
    then break the rule under ``check(obj, profile=profile)``. ``WSP-CNS-011`` needs a
    profile that names local answer states.

    >>> from hypothesis import given
    >>> import wspolpraca
    >>> from wspolpraca.strategies import violating
    >>> @given(violating("WSP-PRG-001"))
    ... def test_late_programme(programme):
    ...     assert {f.code for f in wspolpraca.check(programme).errors} == {"WSP-PRG-001"}
    >>> test_late_programme()

    Args:
        code: A rule code of :data:`wspolpraca.CATALOGUE`.
        profile: A municipal profile: the objects break *code* and no other error-severity
            rule when checked under it (draws that its stricter values would turn into
            other errors are left out).

    Raises:
        KeyError: *code* is not in the catalogue.
        ValueError: the rule needs a profile value that *profile* does not set, or sets
            so that nothing can break it (a minimum of one day or none, no required meeting).

    .. versionadded:: 0.1
    """
    if code not in _BREAKERS:
        raise KeyError(f"no rule {code!r} in the catalogue")
    parameter = _LOCAL_ONLY.get(code)
    if parameter is not None:
        values = {} if profile is None else profile.overrides()
        if parameter not in values:
            raise ValueError(
                f"{code} fires only under a municipal profile setting {parameter}; "
                "pass profile= with that value"
            )
        value = values[parameter][0].value
        if value is False or (not isinstance(value, bool) and int(value) < _BREAKABLE[code]):
            raise ValueError(f"{code} cannot be broken when {parameter} is {value!r}")
    if code in _STATE_NAMES_ONLY and (profile is None or not profile.state_map()):
        raise ValueError(f"{code} fires only under a municipal profile that names local states")
    strategy = _violation(code, profile)
    if profile is None:
        return strategy
    return strategy.filter(lambda obj: breaks_only(obj, code, profile=profile))


# ---------------------------------------------------------------------------------------
# Registration with Hypothesis


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


# Register on import too: when this module is the first to import Hypothesis, Hypothesis's
# entry point runs before this module is complete and leaves the work to this line.
_hypothesis_setup_hook()
