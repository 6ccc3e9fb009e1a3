"""
Strategies for the values every document family shares (texts, amounts, units, organisations
…) and the helpers of the rule breakers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs
from hypothesis import strategies as st

from .._model._common import MAX_YEAR, Period, Resolution, Unit
from .._model._organisation import Organisation
from ..profiles import Profile

_FIRST_YEAR = 2011
"""Earliest year generated: the first programme year fully under the 2010 amendment."""

_ACT_IN_FORCE = dt.date(2003, 6, 29)
"""The act in force (law.md §0.1): its rules judge documents dated from this day."""


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


_Make = Callable[[], st.SearchStrategy[Any]]
"""How a strategy is built on demand (for registration with Hypothesis)."""

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


STRATEGIES: dict[type[Any], _Make] = {
    Organisation: organisations,
    Unit: units,
    Period: periods,
    Resolution: lambda: resolutions(
        adopted_on=st.dates(dt.date(2003, 6, 1), dt.date(2040, 12, 31))
    ),
}
"""The strategy of each document and value class of this family, built on demand."""

PARTS: dict[type[Any], _Make] = {}
"""Value classes of this family, each drawn from the documents that hold it."""
