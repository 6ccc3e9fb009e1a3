"""
REGON (Rejestr Gospodarki Narodowej, Polish statistical business register number).

Nine digits for an entity, fourteen for a local unit; the last digit is a check digit:
the weighted sum modulo 11 (10 counts as 0), with weights 8, 9, 2, 3, 4, 5, 6, 7 for nine
digits and 2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8 for fourteen; a fourteen-digit number also
starts with a valid nine-digit one. Source: the GUS published algorithm (implemented
likewise by python-stdnum's ``stdnum.pl.regon``).

>>> validate("123456785")
'123456785'
>>> is_valid("123456786")
False

.. versionadded:: 0.1
"""

from __future__ import annotations

from ..errors import InvalidChecksumError
from ._util import clean, digits, never_raises

__all__ = ["compact", "format_", "is_valid", "validate"]

_WEIGHTS_9 = (8, 9, 2, 3, 4, 5, 6, 7)
_WEIGHTS_14 = (2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8)


def compact(number: str) -> str:
    """Strip spaces and hyphens."""
    return clean(number, "REGON")


def _check_digit(text: str, weights: tuple[int, ...]) -> int:
    return sum(w * int(d) for w, d in zip(weights, text, strict=False)) % 11 % 10


def validate(number: str) -> str:
    """
    Return the compact REGON.

    Raises:
        InvalidFormatError: not 9 or 14 digits (``code="invalid_identifier"``).
        InvalidChecksumError: a check digit is wrong (``code="invalid_checksum"``).
    """
    text = digits(compact(number), "REGON", (9, 14))
    if _check_digit(text[:8], _WEIGHTS_9) != int(text[8]):
        raise InvalidChecksumError(value=number, params={"identifier": "REGON"})
    if len(text) == 14 and _check_digit(text[:13], _WEIGHTS_14) != int(text[13]):
        raise InvalidChecksumError(value=number, params={"identifier": "REGON"})
    return text


def is_valid(number: str) -> bool:
    """Whether *number* is a valid REGON; never raises."""
    return never_raises(validate, number)


def format_(number: str) -> str:
    """The compact form (REGON is printed without separators)."""
    return compact(number)
