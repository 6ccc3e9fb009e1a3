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
from decimal import Decimal
from typing import Any

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
from ._model._indicators import Indicator, IndicatorValue, YearlyAmount
from ._model._local_initiative import Applicant, Contribution, LocalInitiative
from ._model._multiyear import AreaTask, MultiYearProgramme, PriorityArea
from ._model._nonfinancial import (
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
from .rules.small_grant import DURATION_LIMIT, TASK_LIMIT

__all__ = [
    "agreements",
    "annual_programmes",
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
        st.dates(dt.date(2003, 1, 1), dt.date(MAX_YEAR - 1, 1, 1)),
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
