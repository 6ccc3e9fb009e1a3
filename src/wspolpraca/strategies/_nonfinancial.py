"""
Strategies for non-financial cooperation (activities, joint teams, events) and their rule
breakers (WSP-NFN).
"""

from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal
from typing import Any

import attrs
from hypothesis import strategies as st

from .._model._common import Period, Unit
from .._model._nonfinancial import (
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
from ..codelists import load_codelist
from ..profiles import Profile
from ._common import (
    _FIRST_YEAR,
    _Breaker,
    _Make,
    money,
    organisations,
    periods,
    resolutions,
    texts,
    units,
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


BREAKERS: dict[str, _Breaker] = {
    f"WSP-NFN-{n:03d}": f for n, f in enumerate((_nfn_001, _nfn_002, _nfn_003, _nfn_004), 1)
}
"""How to break each rule of non-financial cooperation, by code."""


STRATEGIES: dict[type[Any], _Make] = {
    NonFinancialActivity: non_financial_activities,
    JointTeam: joint_teams,
    Event: events,
}
"""The strategy of each document and value class of this family, built on demand."""

PARTS: dict[type[Any], _Make] = {
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
}
"""Value classes of this family, each drawn from the documents that hold it."""
