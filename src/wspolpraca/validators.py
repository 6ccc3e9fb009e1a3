"""
Reusable attrs validators for the domain model.

Each factory returns a small frozen callable that raises a
:class:`~wspolpraca.errors.ValidationError` subclass located at the attribute it guards,
so an invariant broken in Python code and one broken in a JSON document are reported alike.

>>> import attrs
>>> from decimal import Decimal
>>> from wspolpraca.validators import money
>>> @attrs.frozen
... class Grant:
...     amount: Decimal = attrs.field(validator=money())
>>> Grant(Decimal("-1"))
Traceback (most recent call last):
...
wspolpraca.errors.InvalidValueError: an amount cannot be negative (got Decimal('-1')) @ $.amount

A validator may also say what it accepts, so that the loaders can check a value without
calling it: ``wire_pattern()`` returns a regular expression that the text it accepts matches
(with ``re.search``), ``wire_codes()`` the set of codes it accepts. The declaration must be
exact: a test checks, for every field of the model, that it accepts what the validator does.

.. versionadded:: 0.1
"""

from __future__ import annotations

import decimal
import re
from typing import Any

import attrs

from ._messages import EXPECTED
from .errors import (
    InvalidFormatError,
    InvalidTypeError,
    InvalidValueError,
    UnknownCodeError,
    ValidationError,
)

__all__ = ["code_in", "identifier", "money", "not_blank", "one_of", "teryt"]


def __dir__() -> list[str]:
    return __all__


@attrs.frozen(repr=False)
class _NotBlankValidator:
    def __call__(self, inst: Any, attr: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, str):
            raise InvalidTypeError(
                path=(attr.name,), value=value, params={"expected": EXPECTED["text"]}
            )
        if not value.strip():
            raise InvalidValueError("blank_text", path=(attr.name,), value=value)

    def wire_pattern(self) -> str:
        """The text this validator accepts: what matches this pattern (``re.search``)."""
        return r"\S"  # str.strip() and re's \s agree on what white space is

    def __repr__(self) -> str:
        return "<not_blank validator>"


def not_blank() -> _NotBlankValidator:
    """Require a string that is not empty or only white space."""
    return _NotBlankValidator()


@attrs.frozen(repr=False)
class _MoneyValidator:
    # The wire hook for Decimal already enforces this invariant (see serialization).
    checked_on_wire = True

    def __call__(self, inst: Any, attr: attrs.Attribute[Any], value: Any) -> None:
        if value is None:
            return
        check_money(value, (attr.name,))

    def __repr__(self) -> str:
        return "<money validator>"


def check_money(value: object, path: tuple[str | int, ...] = ()) -> None:
    """Raise unless *value* is a finite, non-negative :class:`~decimal.Decimal` with ≤ 2 places."""
    if not isinstance(value, decimal.Decimal):
        raise InvalidTypeError(path=path, value=value, params={"expected": EXPECTED["decimal"]})
    if not value.is_finite():
        raise InvalidFormatError("invalid_money", path=path, value=value)
    if value < 0:
        raise InvalidValueError("negative_amount", path=path, value=value)
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -2 and value != value.quantize(_GROSZ):
        raise InvalidValueError("too_many_decimal_places", path=path, value=value)


_GROSZ = decimal.Decimal("0.01")


def money() -> _MoneyValidator:
    """
    Require an amount of złoty: a non-negative :class:`~decimal.Decimal` with at most
    two decimal places (whole grosze). ``None`` passes, for optional amounts.
    """
    return _MoneyValidator()


@attrs.frozen(repr=False)
class _CodeInValidator:
    codelist: str

    def __call__(self, inst: Any, attr: attrs.Attribute[Any], value: Any) -> None:
        known = _KNOWN_CODES.get(self.codelist)
        if known is None:
            known = self._load()
        # The common case first: every code known; the loop below explains what is not.
        if type(value) is tuple:
            if all(type(item) is str and item in known for item in value):
                return
        elif type(value) is str and value in known:
            return
        validate = _CODE_VALIDATORS[self.codelist]
        if isinstance(value, tuple):
            for index, item in enumerate(value):
                _check_code(validate, item, (attr.name, index))
        else:
            _check_code(validate, value, (attr.name,))

    def wire_codes(self) -> frozenset[str]:
        """The codes this validator accepts (at any date)."""
        known = _KNOWN_CODES.get(self.codelist)
        return self._load() if known is None else known

    def _load(self) -> frozenset[str]:
        from .codelists import load_codelist  # noqa: PLC0415 - codelists load lazily

        codelist = load_codelist(self.codelist)
        _CODE_VALIDATORS[self.codelist] = codelist.validate
        known = _KNOWN_CODES[self.codelist] = frozenset(codelist.codes())
        return known

    def __repr__(self) -> str:
        return f"<code_in validator for {self.codelist!r}>"


_CODE_VALIDATORS: dict[str, Any] = {}
"""Each shipped codelist's ``validate``, looked up once (the lists are immutable)."""

_KNOWN_CODES: dict[str, frozenset[str]] = {}
"""Each shipped codelist's codes at any date: what ``validate`` accepts."""


def _check_code(validate: Any, value: object, path: tuple[str | int, ...]) -> None:
    if not isinstance(value, str):
        raise InvalidTypeError(path=path, value=value, params={"expected": EXPECTED["text"]})
    try:
        validate(value)
    except UnknownCodeError as exc:
        raise exc.at(path) from None


def code_in(codelist: str) -> _CodeInValidator:
    """
    Require a code of the shipped codelist named *codelist* (any date), or a tuple of them.

    The error names the list and the allowed codes (the nearest ones for long lists).
    """
    return _CodeInValidator(codelist)


# [0-9], not \d: TERYT codes are ASCII digits, and \d also matches other scripts' digits.
_TERYT = re.compile(r"^(?:[0-9]{2}|[0-9]{4}|[0-9]{7})\Z")


@attrs.frozen(repr=False)
class _TerytValidator:
    def __call__(self, inst: Any, attr: attrs.Attribute[Any], value: Any) -> None:
        check_teryt(value, (attr.name,))

    def __repr__(self) -> str:
        return "<teryt validator>"


def check_teryt(value: object, path: tuple[str | int, ...] = ()) -> None:
    """
    Raise unless *value* is a TERYT unit code: 2, 4 or 7 digits whose voivodeship
    part is an even number from 02 to 32 (the TERC register's numbering).
    """
    if not isinstance(value, str):
        raise InvalidTypeError(path=path, value=value, params={"expected": EXPECTED["text"]})
    expected = "2, 4 or 7 digits starting with an even voivodeship code 02-32"
    if not _TERYT.match(value):
        raise InvalidFormatError(
            "invalid_teryt", path=path, value=value, params={"expected": expected}
        )
    voivodeship = int(value[:2])
    if voivodeship % 2 or not 2 <= voivodeship <= 32:
        raise InvalidFormatError(
            "invalid_teryt", path=path, value=value, params={"expected": expected}
        )


def teryt() -> _TerytValidator:
    """Require a TERYT (TERC) code of a voivodeship, county or municipality."""
    return _TerytValidator()


@attrs.frozen(repr=False)
class _IdentifierValidator:
    kind: str

    def __call__(self, inst: Any, attr: attrs.Attribute[Any], value: Any) -> None:
        if value is None:
            return
        from . import identifiers  # noqa: PLC0415 - avoids an import cycle

        module = getattr(identifiers, self.kind)
        try:
            module.validate(value)
        except ValidationError as exc:
            raise exc.at((attr.name,)) from None

    def __repr__(self) -> str:
        return f"<identifier validator for {self.kind}>"


def identifier(kind: str) -> _IdentifierValidator:
    """
    Require a valid Polish identifier of *kind* (``"nip"``, ``"regon"`` or ``"krs"``),
    in any customary form; ``None`` passes, for optional identifiers.
    """
    return _IdentifierValidator(kind)


@attrs.frozen(repr=False)
class _OneOfValidator:
    options: tuple[str, ...]

    def __call__(self, inst: Any, attr: attrs.Attribute[Any], value: Any) -> None:
        if value not in self.options:
            raise InvalidValueError(
                "not_one_of", path=(attr.name,), value=value, params={"allowed": self.options}
            )

    def __repr__(self) -> str:
        return f"<one_of validator for {self.options!r}>"


def one_of(*options: str) -> _OneOfValidator:
    """Require one of a few fixed *options* (for small lists that are not legal codelists)."""
    return _OneOfValidator(options)
