"""
KRS (Krajowy Rejestr Sądowy, Polish National Court Register number).

Ten digits, customarily printed with leading zeros (``0000123456``); it carries no check
digit, so only the format is validated. A number given without its leading zeros is padded.

>>> validate("123456")
'0000123456'
>>> is_valid("12345678901")
False

.. versionadded:: 0.1
"""

from __future__ import annotations

from ._util import clean, digits, never_raises

__all__ = ["compact", "format_", "is_valid", "validate"]


def compact(number: str) -> str:
    """Strip spaces and hyphens, and pad to ten digits."""
    text = clean(number, "KRS")
    return text.zfill(10) if text.isdigit() else text


def validate(number: str) -> str:
    """
    Return the ten-digit KRS number.

    Raises:
        InvalidFormatError: not at most ten digits, or all zeros (``code="invalid_identifier"``).
    """
    text = digits(compact(number), "KRS", (10,))
    if text == "0" * 10:
        digits("", "KRS", (10,))
    return text


def is_valid(number: str) -> bool:
    """Whether *number* is a valid KRS number; never raises."""
    return never_raises(validate, number)


def format_(number: str) -> str:
    """The ten-digit form with leading zeros."""
    return compact(number)
