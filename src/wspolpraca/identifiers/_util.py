"""Shared helpers for identifier modules, in the python-stdnum interface."""

from __future__ import annotations

from typing import Protocol

from ..errors import InvalidFormatError, ValidationError


class IdentifierModule(Protocol):
    """The interface every identifier module offers (as python-stdnum's modules do)."""

    def compact(self, number: str) -> str:
        """Strip separators and white space."""

    def validate(self, number: str) -> str:
        """Return the compact form, or raise a ValidationError."""

    def is_valid(self, number: str) -> bool:
        """Whether *number* is valid; never raises."""

    def format_(self, number: str) -> str:
        """The customary printed form."""


def clean(number: object, name: str) -> str:
    """Remove spaces, hyphens and dots from *number*; refuse non-text."""
    if not isinstance(number, str):
        raise InvalidFormatError(
            "invalid_identifier", value=number, params={"identifier": name, "expected": "text"}
        )
    return number.replace(" ", "").replace("-", "").replace(".", "").strip()


def digits(number: str, name: str, lengths: tuple[int, ...]) -> str:
    """Return *number* if it is all ASCII digits of one of *lengths*."""
    if not (number.isascii() and number.isdigit() and len(number) in lengths):
        expected = " or ".join(str(n) for n in lengths) + " digits"
        raise InvalidFormatError(
            "invalid_identifier", value=number, params={"identifier": name, "expected": expected}
        )
    return number


def never_raises(validate: object, number: object) -> bool:
    """Run *validate* and turn any validation problem into ``False``."""
    try:
        validate(number)  # type: ignore[operator]
    except ValidationError:
        return False
    return True
