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
import itertools
from decimal import Decimal

from hypothesis import strategies as st

from ._model._agreement import Agreement, Tranche
from ._model._common import MAX_YEAR, Period, Publication, Resolution, Unit
from ._model._organisation import Organisation
from ._model._programme import AnnualProgramme, CooperationForm, Goals, Principle, PriorityTask
from ._model._small_grant import SmallGrant, SmallGrantRegister
from ._workdays import add_working_days, deadline_end
from .codelists import load_codelist
from .rules.small_grant import DURATION_LIMIT, TASK_LIMIT

__all__ = [
    "agreements",
    "annual_programmes",
    "money",
    "organisations",
    "periods",
    "priority_tasks",
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


_NIP_WEIGHTS = (6, 5, 7, 2, 3, 4, 5, 6, 7)


def _nip(body: str) -> str | None:
    check = sum(int(digit) * weight for digit, weight in zip(body, _NIP_WEIGHTS, strict=True)) % 11
    return None if check == 10 else body + str(check)


def organisations() -> st.SearchStrategy[Organisation]:
    """Organisations with an optional KRS number and an optional valid NIP."""
    krs = st.none() | st.integers(1, 9999999999).map(lambda n: f"{n:010d}")
    nip = st.none() | st.from_regex(r"\A[1-9][0-9]{8}\Z").map(_nip)
    return st.builds(
        Organisation,
        name=texts(),
        legal_form=st.none() | st.sampled_from(["stowarzyszenie", "fundacja"]),
        krs=krs,
        nip=nip,
        seat=st.none() | texts(max_size=20),
        public_benefit=st.booleans(),
    )


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
