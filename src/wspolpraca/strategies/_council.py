"""Strategies for councils of public benefit activity and their rule breakers (WSP-CNC)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
from hypothesis import strategies as st

from .._model._common import Period, Unit
from .._model._council import (
    Council,
    CouncilRequest,
    Membership,
    Opinion,
    Post,
    SeatAllocation,
    Term,
)
from ..codelists import load_codelist
from ..profiles import Profile
from ._common import _Breaker, _Make, resolutions, texts, units


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
    # Art. 41i ust. 2 sets the 14 days for a draft programme or strategy only.
    opinion = Opinion(
        draft=f"Projekt programu współpracy {draw(texts(max_size=30))}",
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


def _cnc_011(draw: st.DrawFn, profile: Profile | None) -> object:
    council = _council(draw)
    seats = (
        SeatAllocation(category="ngo", seats=8),
        SeatAllocation(category="council_members", seats=8),
    )
    term = attrs.evolve(_term(draw, 1, _term_start(draw), 3), seats=seats)
    return attrs.evolve(council, seats=seats, terms=(term,))


_LOCAL_SEATS = {
    category: f"council.local_seats_{category}"
    for category in ("ngo", "council_members", "executive")
}
"""The profile's parameters of the art. 41g resolution's seat split, by seat category."""

_SEAT_SPLIT_ONLY = frozenset({"WSP-CNC-012"})
"""Rules that fire only under a profile setting the council's seats (the act sets none)."""


def _cnc_012(draw: st.DrawFn, profile: Profile | None) -> object:
    assert profile is not None  # noqa: S101 - violating() refuses this code without one
    overrides = profile.overrides()
    local = {
        category: overrides[name][0] for category, name in _LOCAL_SEATS.items() if name in overrides
    }
    counts = {category: int(value.value) for category, value in local.items()}
    if "ngo" in counts:
        # One more NGO seat, one fewer for the executive (Kraków's 8/4/4 becomes 9/4/3).
        counts["ngo"] += 1
        if counts.get("executive", 0) > 1:
            counts["executive"] -= 1
    else:
        # One more seat of a set category; NGOs keep at least half (art. 41f pkt 3).
        counts[next(iter(counts))] += 1
        counts["ngo"] = sum(counts.values())
    seats = tuple(
        SeatAllocation(category=category, seats=number) for category, number in counts.items()
    )
    # A term starting while every local value is in force (Kraków's from 27 April 2016).
    since = max(value.valid_from or dt.date(2016, 1, 1) for value in local.values())
    until = min(value.valid_to or dt.date(2060, 12, 31) for value in local.values())
    start = draw(st.dates(since, until))
    term = attrs.evolve(_term(draw, 1, start, 3), seats=seats)
    return attrs.evolve(_council(draw), seats=seats, terms=(term,))


BREAKERS: dict[str, _Breaker] = {
    f"WSP-CNC-{n:03d}": f
    for n, f in enumerate(
        (_cnc_001, _cnc_002, _cnc_003, _cnc_004, _cnc_005, _cnc_006,
         _cnc_007, _cnc_008, _cnc_009, _cnc_010, _cnc_011, _cnc_012), 1)
}  # fmt: skip
"""How to break each council rule, by code."""


STRATEGIES: dict[type[Any], _Make] = {
    Council: councils,
}
"""The strategy of each document and value class of this family, built on demand."""

PARTS: dict[type[Any], _Make] = {
    Term: lambda: councils().filter(lambda c: bool(c.terms)),
    Membership: lambda: councils().filter(lambda c: any(t.memberships for t in c.terms)),
    Post: lambda: councils().filter(lambda c: any(t.posts for t in c.terms)),
    SeatAllocation: councils,
    CouncilRequest: lambda: councils().filter(lambda c: c.request is not None),
    Opinion: lambda: councils().filter(lambda c: bool(c.opinions)),
}
"""Value classes of this family, each drawn from the documents that hold it."""
