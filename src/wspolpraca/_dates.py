"""
Dates on the wire: the one place that parses them.

Accepted: ISO 8601 calendar dates in the extended form ``YYYY-MM-DD`` only.
Refused: the basic form ``YYYYMMDD``, week dates, times, and dates that do not exist
(``2021-02-30``), because a programme's legal deadlines depend on the exact day.
"""

from __future__ import annotations

import datetime as dt

from ._messages import EXPECTED
from .errors import InvalidFormatError, InvalidTypeError


def parse_date(value: object) -> dt.date:
    """
    Parse an ISO 8601 ``YYYY-MM-DD`` date.

    >>> parse_date("2019-12-05")
    datetime.date(2019, 12, 5)

    Raises:
        InvalidTypeError: *value* is not a string.
        InvalidFormatError: it is not an existing date in that form (``code="invalid_date"``).
    """
    if type(value) is not str:
        raise InvalidTypeError(value=value, params={"expected": EXPECTED["date"]})
    if len(value) != 10 or value[4] != "-" or value[7] != "-":
        raise InvalidFormatError("invalid_date", value=value)
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InvalidFormatError("invalid_date", value=value) from None
