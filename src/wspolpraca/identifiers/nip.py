"""
NIP (Numer Identyfikacji Podatkowej, Polish tax identification number).

Ten digits; the last is a check digit: the weighted sum of the first nine digits with
weights 6, 5, 7, 2, 3, 4, 5, 6, 7, modulo 11, which must not be 10.
Source: the published algorithm (Rozporządzenie Ministra Finansów on NIP; implemented
likewise by python-stdnum's ``stdnum.pl.nip``).

>>> validate("774-000-14-54")
'7740001454'
>>> format_("7740001454")
'774-000-14-54'
>>> is_valid("7740001455")
False

.. versionadded:: 0.1
"""

from __future__ import annotations

from ..errors import InvalidChecksumError
from ._util import clean, digits, never_raises

__all__ = ["compact", "format_", "is_valid", "validate"]

_WEIGHTS = (6, 5, 7, 2, 3, 4, 5, 6, 7)


def compact(number: str) -> str:
    """Strip spaces, hyphens and a leading ``PL`` country prefix."""
    text = clean(number, "NIP")
    return text[2:] if text.upper().startswith("PL") else text


def validate(number: str) -> str:
    """
    Return the compact NIP.

    Raises:
        InvalidFormatError: not ten digits (``code="invalid_identifier"``).
        InvalidChecksumError: the check digit is wrong (``code="invalid_checksum"``).
    """
    text = digits(compact(number), "NIP", (10,))
    check = sum(w * int(d) for w, d in zip(_WEIGHTS, text, strict=False)) % 11
    if check == 10 or check != int(text[9]):
        raise InvalidChecksumError(value=number, params={"identifier": "NIP"})
    return text


def is_valid(number: str) -> bool:
    """Whether *number* is a valid NIP; never raises."""
    return never_raises(validate, number)


def format_(number: str) -> str:
    """The customary ``XXX-XXX-XX-XX`` form."""
    text = compact(number)
    return f"{text[:3]}-{text[3:6]}-{text[6:8]}-{text[8:]}"
