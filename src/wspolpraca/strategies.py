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
from decimal import Decimal

from hypothesis import strategies as st

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
from ._model._local_initiative import Applicant, Contribution, LocalInitiative
from ._model._organisation import Organisation
from ._model._programme import AnnualProgramme, CooperationForm, Goals, Principle, PriorityTask
from .codelists import load_codelist

__all__ = [
    "annual_programmes",
    "local_initiatives",
    "money",
    "open_competitions",
    "organisations",
    "periods",
    "priority_tasks",
    "resolutions",
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


def organisations(*, prefix: str = "") -> st.SearchStrategy[Organisation]:
    """
    Organisations with a well-formed KRS number or none; *prefix* starts their names
    (tests use distinct prefixes to keep two groups of organisations apart).
    """
    return st.builds(
        Organisation,
        name=texts(max_size=40).map(lambda name: f"{prefix}{name}"),
        legal_form=st.none() | st.sampled_from(["stowarzyszenie", "fundacja"]),
        krs=st.none() | st.from_regex(r"\A[0-9]{9}[1-9]\Z"),
        seat=st.none() | texts(max_size=20),
        public_benefit=st.booleans(),
    )


def _days(start: dt.date, low: int, high: int) -> st.SearchStrategy[dt.date]:
    return st.integers(low, high).map(lambda days: start + dt.timedelta(days=days))


def _publications(draw: st.DrawFn, on: dt.date) -> tuple[Publication, ...]:
    return tuple(
        Publication(
            channel=channel, reference=draw(texts(max_size=30)), published_on=draw(_days(on, 0, 5))
        )
        for channel in STATUTORY_CHANNELS
    )


@st.composite
def _competitions(draw: st.DrawFn, mode: str | None) -> OpenCompetition:
    announced = draw(st.dates(dt.date(2004, 1, 1), dt.date(2040, 12, 31)))
    publications = _publications(draw, announced)
    last = max(p.published_on for p in publications if p.published_on is not None)
    deadline = draw(_days(last, 30, 60))
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
                    submitted_on=st.none() | _days(announced, 0, (deadline - announced).days),
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
    decided = draw(_days(deadline, 1, 60))
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
                    _days(decided, 0, 200),
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
            appointed_on=draw(st.none() | _days(deadline, 0, 10)),
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
                cancelled_on=_days(deadline, 1, 30),
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
        agreement_signed_on=draw(st.none() | _days(filed, 0, 180)),
        notes=tuple(draw(st.lists(texts(), max_size=2))),
    )


def local_initiatives() -> st.SearchStrategy[LocalInitiative]:
    """Local-initiative applications filed between 2004 and 2040 (no rule is an error for them)."""
    return _initiatives()
