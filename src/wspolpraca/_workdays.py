"""
Polish public holidays and working-day arithmetic (private).

The statutory days off work (*dni wolne od pracy*) are Sundays and the public holidays
of the act of 18 January 1951 *o dniach wolnych od pracy*:

- fixed: 1 January, 6 January (Epiphany, restored from 2011), 1 May, 3 May, 15 August,
  1 November, 11 November, 24 December (from 2025), 25 and 26 December;
- one-off: 12 November 2018, the centenary of independence (act of 9 November 2018 *o Święcie
  Narodowym z okazji 100. rocznicy odzyskania niepodległości*: "Dzień 12 listopada 2018 r.
  jest dniem wolnym od pracy"; SECONDARY: the press quoting the act, law.md §13);
- movable, from Easter Sunday (Western computus, :func:`dateutil.easter.easter`):
  Easter Sunday and Monday, Pentecost Sunday (Easter + 49 days) and Corpus Christi
  (Easter + 60 days).

A *working day* (*dzień roboczy*, as art. 19a counts the publication of a small-grant offer)
is a Monday to Friday that is not a public holiday.

Sources and confidence: the fixed list and the Easter-based days are the 1951 act as
commonly quoted (memory, not a retrieved text: UNCONFIRMED in law.md's terms, though
stable and well known); 6 January from 2011 and 24 December from 2025 are what law.md
and issue 6 say (SECONDARY: neither quotes the amending acts, the act of 24 September 2010
and the act of 6 December 2024, signed on 24 December 2024 and in force from 1 February
2025 per rp.pl and infor.pl). The list holds from 1990 (the act of 6 April 1990 restored
3 May and dropped 22 July), the earliest year a document may have; 6 January was not a
holiday from 1961 to 2010. A test cross-checks every day of 1990–2035 against the list
computed independently.

Besides ``_dates.py``, this is the only module that may import dateutil.

>>> import datetime as dt
>>> is_working_day(dt.date(2026, 4, 6))  # Easter Monday
False
>>> add_working_days(dt.date(2026, 8, 28), 7)  # Friday + 7 working days
datetime.date(2026, 9, 8)
>>> deadline_end(dt.date(2026, 9, 5))  # a Saturday: moves to Monday
datetime.date(2026, 9, 7)
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from types import MappingProxyType

from dateutil.easter import easter

__all__ = [
    "CHRISTMAS_EVE_FROM",
    "EPIPHANY_FROM",
    "add_working_days",
    "deadline_end",
    "is_public_holiday",
    "is_working_day",
    "public_holidays",
]

EPIPHANY_FROM = 2011
"""6 January (Trzech Króli) is a public holiday from 2011 (law.md / issue 6; SECONDARY)."""

CHRISTMAS_EVE_FROM = 2025
"""24 December (Wigilia) is a public holiday from 2025 (law.md / issue 6; SECONDARY)."""

_ONE_OFF: dict[dt.date, str] = {
    dt.date(2018, 11, 12): "Święto Narodowe z okazji 100. rocznicy odzyskania niepodległości",
}
"""Public holidays set for a single day by their own act."""

_FIXED: tuple[tuple[int, int, str], ...] = (
    (1, 1, "Nowy Rok"),
    (5, 1, "Święto Pracy"),
    (5, 3, "Święto Narodowe Trzeciego Maja"),
    (8, 15, "Wniebowzięcie Najświętszej Maryi Panny"),
    (11, 1, "Wszystkich Świętych"),
    (11, 11, "Narodowe Święto Niepodległości"),
    (12, 25, "pierwszy dzień Bożego Narodzenia"),
    (12, 26, "drugi dzień Bożego Narodzenia"),
)

_SATURDAY = 5


@functools.cache
def public_holidays(year: int) -> Mapping[dt.date, str]:
    """
    The public holidays of *year*, each with its Polish name, in date order.

    >>> [str(day) for day in public_holidays(2025)][-3:]
    ['2025-12-24', '2025-12-25', '2025-12-26']
    """
    days: dict[dt.date, str] = {dt.date(year, month, day): name for month, day, name in _FIXED}
    if year >= EPIPHANY_FROM:
        days[dt.date(year, 1, 6)] = "Święto Trzech Króli"
    if year >= CHRISTMAS_EVE_FROM:
        days[dt.date(year, 12, 24)] = "Wigilia Bożego Narodzenia"
    days.update({day: name for day, name in _ONE_OFF.items() if day.year == year})
    sunday = easter(year)
    days[sunday] = "pierwszy dzień Wielkiej Nocy"
    days[sunday + dt.timedelta(days=1)] = "drugi dzień Wielkiej Nocy"
    days[sunday + dt.timedelta(days=49)] = "pierwszy dzień Zielonych Świątek"
    days[sunday + dt.timedelta(days=60)] = "dzień Bożego Ciała"
    return MappingProxyType(dict(sorted(days.items())))


def is_public_holiday(day: dt.date) -> bool:
    """Whether *day* is a public holiday (Sundays that are not holidays are not)."""
    return day in public_holidays(day.year)


def is_working_day(day: dt.date) -> bool:
    """Whether *day* is a working day: Monday to Friday and not a public holiday."""
    return day.weekday() < _SATURDAY and not is_public_holiday(day)


def add_working_days(day: dt.date, days: int) -> dt.date:
    """
    The *days*-th working day after *day* (*day* itself is not counted; ``0`` gives *day*).

    This is how a deadline "within N working days of" an event ends: art. 19a counts
    the offer's publication in working days from its receipt.

    Raises:
        ValueError: *days* is negative.
    """
    if days < 0:
        raise ValueError(f"days must not be negative, got {days!r}")
    current = day
    remaining = days
    while remaining:
        current += dt.timedelta(days=1)
        if is_working_day(current):
            remaining -= 1
    return current


def deadline_end(day: dt.date) -> dt.date:
    """
    The day a deadline whose last day is *day* really ends.

    Kodeks postępowania administracyjnego art. 57 § 4 (and likewise Kodeks cywilny art. 115):
    a deadline whose end falls on a statutory day off work or on a Saturday ends on the next
    day that is neither. Confidence: UNCONFIRMED (quoted from memory; the Saturday was added
    by the 2017 amendment of the code, a date this library does not model), and whether the
    code applies to the art. 19a procedure at all is doubtful, so rules that rest on this
    shift are warnings.
    """
    current = day
    while not is_working_day(current):
        current += dt.timedelta(days=1)
    return current
