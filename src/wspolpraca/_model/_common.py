"""Value objects shared by every document: periods, units of local government, resolutions."""

from __future__ import annotations

import datetime as dt
from typing import Any, Final

import attrs

from .._messages import EXPECTED
from ..errors import InconsistentError, InvalidTypeError, InvalidValueError
from ..validators import code_in, not_blank, teryt
from ._fields import meta

_TERYT_DIGITS = {
    "municipality": 7,
    "city_with_county_rights": 7,
    "county": 4,
    "voivodeship": 2,
}


MIN_YEAR = 1990
"""The earliest plausible year of any date or year in a document: the local self-government
act of 8 March 1990 (*ustawa o samorządzie gminnym*) created the municipalities, and
cooperation programmes predate the 2003 act (Kraków's from 1997)."""

MAX_YEAR = 2100
"""The latest plausible year of any date or year in a document."""


def check_year(year: int, path: tuple[str | int, ...]) -> None:
    """Raise unless *year* is a plausible programme year."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise InvalidValueError(
            "year_out_of_range",
            path=path,
            value=year,
            params={"minimum": MIN_YEAR, "maximum": MAX_YEAR},
        )


def plausible_year(inst: object, attr: attrs.Attribute[int], value: int) -> None:
    """The validator of a year field: :func:`check_year` at the field."""
    check_year(value, (attr.name,))


def check_date(value: object, path: tuple[str | int, ...]) -> None:
    """
    Raise unless *value* is a date in the years :data:`MIN_YEAR`–:data:`MAX_YEAR`.

    The range keeps every rule, report and calendar away from the ends of the calendar
    (``0001-01-01``, ``9999-12-31``), where date arithmetic overflows.
    """
    if not isinstance(value, dt.date):
        raise InvalidTypeError(path=path, value=value, params={"expected": EXPECTED["date"]})
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise InvalidValueError(
            "date_out_of_range",
            path=path,
            value=value,
            params={"minimum": MIN_YEAR, "maximum": MAX_YEAR},
        )


@attrs.frozen(repr=False)
class _PlausibleDateValidator:
    def __call__(self, inst: Any, attr: attrs.Attribute[Any], value: Any) -> None:
        if value is not None:
            check_date(value, (attr.name,))

    def __repr__(self) -> str:
        return "<plausible_date validator>"


_PLAUSIBLE_DATE: Final = _PlausibleDateValidator()


def plausible_date() -> _PlausibleDateValidator:
    """
    The validator of every date field of the model: a date in the years
    :data:`MIN_YEAR`–:data:`MAX_YEAR`; ``None`` passes, for optional dates.
    """
    return _PLAUSIBLE_DATE


@attrs.frozen(kw_only=True)
class Period:
    """
    A span of days, both ends included.

    Args:
        start: The first day.
        end: The last day; not before *start*.

    Raises:
        InconsistentError: *end* is before *start* (``code="end_before_start"``).

    >>> import datetime as dt
    >>> Period(start=dt.date(2021, 1, 1), end=dt.date(2021, 12, 31)).days
    365
    >>> Period(start=dt.date(2021, 2, 1), end=dt.date(2021, 1, 1))
    Traceback (most recent call last):
    ...
    wspolpraca.errors.InconsistentError: the period ends (2021-01-01) before it starts (2021-02-01) @ $.end

    .. versionadded:: 0.1
    """

    start: dt.date = attrs.field(validator=plausible_date(), metadata=meta("Początek", "Start"))
    end: dt.date = attrs.field(validator=plausible_date(), metadata=meta("Koniec", "End"))

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise InconsistentError(
                "end_before_start",
                path=("end",),
                params={"start": self.start, "end": self.end},
            )

    @classmethod
    def calendar_year(cls, year: int) -> Period:
        """The period from 1 January to 31 December of *year*."""
        return cls(start=dt.date(year, 1, 1), end=dt.date(year, 12, 31))

    @property
    def days(self) -> int:
        """The number of days in the period, both ends included."""
        return (self.end - self.start).days + 1

    def __contains__(self, day: object) -> bool:
        """Whether *day* falls within the period."""
        return isinstance(day, dt.date) and self.start <= day <= self.end


@attrs.frozen(kw_only=True)
class Unit:
    """
    A unit of local government (*jednostka samorządu terytorialnego*, JST).

    Args:
        name: The official name, such as ``"Gmina Miejska Kraków"``.
        teryt: The TERYT (TERC) code: 7 digits for a municipality or a city with county
            rights, 4 for a county, 2 for a voivodeship.
        level: The level, a code of :data:`wspolpraca.codelists.UNIT_LEVELS`.

    Raises:
        InvalidFormatError: *teryt* is malformed.
        UnknownCodeError: *level* is not a known level.
        InconsistentError: the length of *teryt* does not fit *level*.

    .. versionadded:: 0.1
    """

    name: str = attrs.field(validator=not_blank(), metadata=meta("Nazwa", "Name"))
    teryt: str = attrs.field(validator=teryt(), metadata=meta("Kod TERYT", "TERYT code"))
    level: str = attrs.field(
        validator=code_in("unit_levels"),
        metadata=meta("Szczebel", "Level", codelist="unit_levels"),
    )

    def __attrs_post_init__(self) -> None:
        expected = _TERYT_DIGITS[self.level]
        if len(self.teryt) != expected:
            raise InconsistentError(
                "teryt_level_mismatch",
                path=("teryt",),
                value=self.teryt,
                params={"level": self.level, "expected": expected},
            )


@attrs.frozen(kw_only=True)
class Resolution:
    """
    The act that adopted a document: a council resolution (*uchwała*) or an order (*zarządzenie*).

    Args:
        number: The number as printed, such as ``"XXX/792/19"``; formats differ by body,
            so only blank numbers are refused.
        body: The adopting body, such as ``"Rada Miasta Krakowa"``.
        adopted_on: The date of adoption.

    .. versionadded:: 0.1
    """

    number: str = attrs.field(validator=not_blank(), metadata=meta("Numer", "Number"))
    body: str = attrs.field(validator=not_blank(), metadata=meta("Organ", "Adopting body"))
    adopted_on: dt.date = attrs.field(
        validator=plausible_date(), metadata=meta("Data podjęcia", "Date of adoption")
    )


@attrs.frozen(kw_only=True)
class Publication:
    """
    Where and when a document was published.

    Args:
        channel: A code of :data:`wspolpraca.codelists.PUBLICATION_CHANNELS`
            (an open list: other channels load, and a rule may note them).
        reference: A reference a reader can follow: an address, or a journal position
            such as ``"Dz. Urz. Woj. Małop. 2020 poz. 7000"``.
        published_on: The date of publication; ``None`` when unknown.

    .. versionadded:: 0.1
    """

    channel: str = attrs.field(
        validator=not_blank(),
        metadata=meta("Miejsce publikacji", "Channel", codelist="publication_channels"),
    )
    reference: str = attrs.field(validator=not_blank(), metadata=meta("Odnośnik", "Reference"))
    published_on: dt.date | None = attrs.field(
        validator=plausible_date(),
        default=None,
        metadata=meta("Data publikacji", "Date of publication"),
    )
