"""Polish public holidays and working-day arithmetic (``wspolpraca._workdays``)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wspolpraca._workdays import (
    add_working_days,
    deadline_end,
    is_public_holiday,
    is_working_day,
    public_holidays,
)

# Easter Sunday 2003–2030, written out from published calendars (not computed with
# dateutil, which the module under test uses); Easter Monday is the day after.
EASTER_SUNDAYS = {
    2003: (4, 20), 2004: (4, 11), 2005: (3, 27), 2006: (4, 16), 2007: (4, 8),
    2008: (3, 23), 2009: (4, 12), 2010: (4, 4), 2011: (4, 24), 2012: (4, 8),
    2013: (3, 31), 2014: (4, 20), 2015: (4, 5), 2016: (3, 27), 2017: (4, 16),
    2018: (4, 1), 2019: (4, 21), 2020: (4, 12), 2021: (4, 4), 2022: (4, 17),
    2023: (4, 9), 2024: (3, 31), 2025: (4, 20), 2026: (4, 5), 2027: (3, 28),
    2028: (4, 16), 2029: (4, 1), 2030: (4, 21),
}  # fmt: skip

# Easter Mondays that are easy to check against any Polish calendar.
KNOWN_EASTER_MONDAYS = [
    dt.date(2010, 4, 5),
    dt.date(2016, 3, 28),
    dt.date(2019, 4, 22),
    dt.date(2020, 4, 13),
    dt.date(2024, 4, 1),
    dt.date(2025, 4, 21),
    dt.date(2026, 4, 6),
]


def _table(year: int) -> set[dt.date]:
    """The public holidays of *year* from the fixed rules and the Easter table."""
    fixed = [(1, 1), (5, 1), (5, 3), (8, 15), (11, 1), (11, 11), (12, 25), (12, 26)]
    days = {dt.date(year, month, day) for month, day in fixed}
    if year >= 2011:
        days.add(dt.date(year, 1, 6))
    if year >= 2025:
        days.add(dt.date(year, 12, 24))
    if year == 2018:
        days.add(dt.date(2018, 11, 12))
    month, day = EASTER_SUNDAYS[year]
    easter = dt.date(year, month, day)
    days |= {easter + dt.timedelta(days=offset) for offset in (0, 1, 49, 60)}
    return days


HOLIDAYS = frozenset().union(*(_table(year) for year in EASTER_SUNDAYS))
years_dates = st.dates(dt.date(2003, 1, 1), dt.date(2030, 11, 30))


def _gregorian_easter(year: int) -> dt.date:
    """Easter Sunday by the anonymous Gregorian algorithm (Meeus), independent of dateutil."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _statutory_days_off(year: int) -> set[dt.date]:
    """
    The days off of *year* read from the act of 18 January 1951 as amended: the list since
    the act of 6 April 1990 (3 May restored, 22 July dropped), 6 January from 2011 (act of
    24 September 2010), 24 December from 2025 (act of 6 December 2024), and the one-off
    12 November 2018 (act of 9 November 2018).
    """
    fixed = [(1, 1), (5, 1), (5, 3), (8, 15), (11, 1), (11, 11), (12, 25), (12, 26)]
    days = {dt.date(year, month, day) for month, day in fixed}
    if year >= 2011:
        days.add(dt.date(year, 1, 6))
    if year >= 2025:
        days.add(dt.date(year, 12, 24))
    if year == 2018:
        days.add(dt.date(2018, 11, 12))
    easter = _gregorian_easter(year)
    days |= {easter + dt.timedelta(days=offset) for offset in (0, 1, 49, 60)}
    return days


class TestIndependentCalendar:
    """The working-days calendar agrees, day by day, with the statute's list for 1990–2035."""

    def test_easter_table_agrees_with_meeus(self) -> None:
        """The independent Easter algorithm reproduces the published table (checks the check)."""
        assert all(
            _gregorian_easter(year) == dt.date(year, *monthday)
            for year, monthday in EASTER_SUNDAYS.items()
        )

    @pytest.mark.parametrize("year", range(1990, 2036))
    def test_every_day_of_the_year(self, year: int) -> None:
        """Each day of *year* is a working day exactly when the statute's list says so."""
        holidays = _statutory_days_off(year)
        day = dt.date(year, 1, 1)
        mismatches = []
        while day.year == year:
            expected = day.weekday() < 5 and day not in holidays
            if is_working_day(day) != expected:
                mismatches.append(day)
            day += dt.timedelta(days=1)

        assert mismatches == []

    def test_centenary_holiday(self) -> None:
        """12 November 2018 is a public holiday (one-off), 12 November 2019 is not."""
        assert public_holidays(2018)[dt.date(2018, 11, 12)].startswith("Święto Narodowe")
        assert is_working_day(dt.date(2019, 11, 12))

    def test_small_grant_publication_counts_the_centenary(self) -> None:
        """An offer of Friday 2 November 2018 may be published by 14 November (12 Nov off)."""
        assert add_working_days(dt.date(2018, 11, 2), 7) == dt.date(2018, 11, 14)


class TestPublicHolidays:
    """The holiday calendar matches the table for 2003–2030."""

    @pytest.mark.parametrize("year", sorted(EASTER_SUNDAYS))
    def test_each_year_matches_the_table(self, year: int) -> None:
        """Every year's holidays are exactly the fixed ones plus the Easter-based ones."""
        assert set(public_holidays(year)) == _table(year)

    @pytest.mark.parametrize("day", KNOWN_EASTER_MONDAYS)
    def test_known_easter_mondays(self, day: dt.date) -> None:
        """Known Easter Mondays are holidays and not working days."""
        assert day.weekday() == 0
        assert is_public_holiday(day)
        assert not is_working_day(day)

    def test_epiphany_from_2011(self) -> None:
        """6 January is a working day in 2010 (a Wednesday) and a holiday from 2011."""
        assert is_working_day(dt.date(2010, 1, 6))
        assert not is_working_day(dt.date(2012, 1, 6))
        assert public_holidays(2012)[dt.date(2012, 1, 6)] == "Święto Trzech Króli"

    def test_christmas_eve_from_2025(self) -> None:
        """24 December is a working day in 2024 (a Tuesday) and a holiday from 2025."""
        assert is_working_day(dt.date(2024, 12, 24))
        assert not is_working_day(dt.date(2025, 12, 24))

    def test_corpus_christi_and_pentecost(self) -> None:
        """Corpus Christi is Easter + 60 days (a Thursday), Pentecost Easter + 49 days."""
        assert not is_working_day(dt.date(2026, 6, 4))
        assert is_public_holiday(dt.date(2026, 5, 24))

    def test_saturdays_and_sundays_are_not_working_days(self) -> None:
        """Weekends are never working days, though they are not holidays."""
        assert not is_working_day(dt.date(2026, 9, 5))
        assert not is_working_day(dt.date(2026, 9, 6))
        assert not is_public_holiday(dt.date(2026, 9, 5))


class TestWorkingDayProperties:
    """Working-day arithmetic agrees with a brute-force count over the holiday table."""

    @given(years_dates)
    def test_is_working_day_matches_table(self, day: dt.date) -> None:
        """A day is a working day exactly when it is Monday–Friday and not in the table."""
        assert is_working_day(day) == (day.weekday() < 5 and day not in HOLIDAYS)

    @given(years_dates, st.integers(0, 30))
    def test_add_working_days_counts_table_days(self, day: dt.date, days: int) -> None:
        """The result is the first day after which exactly *days* table working days passed."""
        result = add_working_days(day, days)

        span = [day + dt.timedelta(days=n) for n in range(1, (result - day).days + 1)]
        working = [d for d in span if d.weekday() < 5 and d not in HOLIDAYS]
        assert len(working) == days
        assert days == 0 or working[-1] == result

    @given(years_dates)
    def test_deadline_end_is_the_next_working_day(self, day: dt.date) -> None:
        """A deadline ends on its own day if that is a working day, else on the next one."""
        end = deadline_end(day)

        assert end.weekday() < 5
        assert end not in HOLIDAYS
        between = [day + dt.timedelta(days=n) for n in range((end - day).days)]
        assert all(d.weekday() >= 5 or d in HOLIDAYS for d in between)


class TestAddWorkingDays:
    """Examples of working-day arithmetic around holidays."""

    def test_over_christmas_2025(self) -> None:
        """From 19 December 2025, 7 working days skip 24–26 December, 1 January and weekends."""
        assert add_working_days(dt.date(2025, 12, 19), 7) == dt.date(2026, 1, 5)

    def test_zero_days_is_the_same_day(self) -> None:
        """Adding no working days gives the day itself, even on a Sunday."""
        assert add_working_days(dt.date(2026, 9, 6), 0) == dt.date(2026, 9, 6)

    def test_negative_days_refused(self) -> None:
        """A negative number of days is refused."""
        with pytest.raises(ValueError, match="must not be negative"):
            add_working_days(dt.date(2026, 9, 6), -1)

    def test_deadline_on_holiday_moves(self) -> None:
        """A deadline ending on 1 November 2025 (Saturday, holiday) ends on Monday 3 November."""
        assert deadline_end(dt.date(2025, 11, 1)) == dt.date(2025, 11, 3)
        assert deadline_end(dt.date(2025, 11, 4)) == dt.date(2025, 11, 4)
