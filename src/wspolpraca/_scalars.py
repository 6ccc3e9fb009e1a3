"""
The scalar wire converters: money and dates as every JSON reader of wspolpraca reads them.

The detailed path (:mod:`wspolpraca.serialization`) registers them as cattrs hooks, the
fast path's error collector (:mod:`wspolpraca._fast_errors`) calls them on values its
lenient mirrors let through, and the strict mirrors (:mod:`wspolpraca._fast`) match
:data:`MONEY_PATTERN`; keeping them here, below both, lets the arrows run one way.
"""

from __future__ import annotations

import datetime as dt
import decimal
import re
from typing import Final

from ._dates import parse_date
from ._messages import EXPECTED
from .errors import InvalidFormatError, InvalidTypeError, InvalidValueError, ValidationError

MONEY_PATTERN: Final = r"^(?:0|[1-9][0-9]{0,14})(?:\.[0-9]{1,2})?\Z"
"""An amount as text: at most 15 whole digits and two decimal places, no sign, no exponent."""

_MONEY: Final = re.compile(MONEY_PATTERN)
_MONEY_MAX_DIGITS: Final = 15
CENTS: Final = decimal.Decimal("0.01")
"""Amounts are kept with exactly two places."""

_NEGATIVE: Final = re.compile(r"-[0-9]+(?:\.[0-9]+)?")
_TOO_PRECISE: Final = re.compile(r"[0-9]+\.[0-9]{3,}")


def structure_money(value: object, _: object) -> decimal.Decimal:
    """An amount: text matching :data:`MONEY_PATTERN` or a whole non-negative JSON integer."""
    if type(value) is str:
        if _MONEY.search(value):
            return decimal.Decimal(value).quantize(CENTS)
        raise _money_error(value)
    if type(value) is int:
        if value < 0:
            raise InvalidValueError("negative_amount", value=value)
        if len(str(value)) > _MONEY_MAX_DIGITS:
            raise InvalidFormatError("invalid_money", value=value)
        return decimal.Decimal(value).quantize(CENTS)
    if type(value) is float:
        raise InvalidFormatError("invalid_money", value=value)
    raise InvalidTypeError(value=value, params={"expected": EXPECTED["money"]})


def _money_error(text: str) -> ValidationError:
    """Say precisely why *text* is not an amount."""
    if _NEGATIVE.fullmatch(text):
        return InvalidValueError("negative_amount", value=text)
    if _TOO_PRECISE.fullmatch(text):
        return InvalidValueError("too_many_decimal_places", value=text)
    return InvalidFormatError("invalid_money", value=text)


def structure_date(value: object, _: object) -> dt.date:
    """A date: ISO 8601 text ``YYYY-MM-DD`` and nothing else."""
    return parse_date(value)


def unstructure_money(value: decimal.Decimal) -> str:
    """An amount as text with exactly two places."""
    return f"{value:.2f}"


def unstructure_date(value: dt.date) -> str:
    """A date as ISO 8601 text."""
    return value.isoformat()
