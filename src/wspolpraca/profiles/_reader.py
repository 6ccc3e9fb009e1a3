"""
The profile reader: TOML data into :class:`~wspolpraca.profiles.Profile` objects.

A profile is TOML, not a JSON document, so it does not go through
:mod:`wspolpraca.serialization` (which sits above the profiles). This reader knows exactly
the shapes profiles use (text, booleans, integers, dates, enumerations, optional values,
tuples and nested attrs classes) and reads them by the same rules as the JSON wire format,
with the same located errors:

- text, integers and booleans are strict (``1`` is not text, ``true`` is not ``1``);
- dates are TOML dates or ISO text ``YYYY-MM-DD`` (:func:`wspolpraca._dates.parse_date`);
- lists become tuples, tables must be tables, unknown keys are errors with a hint;
- every field's validator runs on the value as written, and every problem in the profile
  is collected before :class:`~wspolpraca.errors.ValidationErrors` is raised.

.. versionadded:: 0.1
"""

from __future__ import annotations

import datetime as dt
import difflib
import enum
import types
import typing
from typing import Any, Final, TypeVar

import attrs

from .._dates import parse_date
from .._messages import EXPECTED, did_you_mean
from ..errors import (
    InvalidTypeError,
    InvalidValueError,
    MissingFieldError,
    Path,
    UnknownFieldError,
    ValidationError,
    ValidationErrors,
)

T = TypeVar("T")

_BAD: Final = object()
"""What a reader returns for a value with errors (they are in the list)."""

_STRICT: Final[dict[type[Any], str]] = {str: "text", int: "integer", bool: "boolean"}


def read(data: object, cls: type[T]) -> T:
    """
    Build *cls* (an attrs class) from TOML *data*, or raise every problem, located.

    Raises:
        ValidationErrors: every problem found, each with its path.
    """
    errors: list[ValidationError] = []
    result = _read(_normalise(data), cls, (), errors)
    if errors or result is _BAD:
        raise ValidationErrors("the profile cannot be loaded", errors)
    return typing.cast("T", result)


def _normalise(data: object) -> object:
    """TOML gives dates as ``date`` objects; profiles read them as ISO text, like documents."""
    if isinstance(data, dt.date):
        return data.isoformat()
    if isinstance(data, dict):
        return {key: _normalise(value) for key, value in data.items()}
    if isinstance(data, list):
        return [_normalise(value) for value in data]
    return data


def _read(value: object, type_: Any, path: Path, errors: list[ValidationError]) -> Any:
    """*value* as *type_*, or :data:`_BAD` with its errors appended."""
    try:
        return _read_value(value, type_, path, errors)
    except ValidationError as exc:
        errors.append(exc.at(path))
    except ValidationErrors as exc:
        errors.extend(error.at(path) for error in exc.errors)
    except Exception as exc:  # noqa: BLE001 - every failure becomes a located error
        errors.append(InvalidValueError(path=path, params={"detail": str(exc)}))
    return _BAD


def _read_value(value: object, type_: Any, path: Path, errors: list[ValidationError]) -> Any:  # noqa: PLR0911 - one return per shape
    if type_ is Any:
        return value
    args = typing.get_args(type_)
    if isinstance(type_, types.UnionType) and type(None) in args:
        if value is None:
            return None
        (inner,) = (arg for arg in args if arg is not type(None))
        return _read_value(value, inner, path, errors)
    if typing.get_origin(type_) is tuple:
        return _read_tuple(value, args[0], path, errors)
    if attrs.has(type_):
        return _read_object(value, type_, path, errors)
    expected = _STRICT.get(type_)
    if expected is not None:
        if type(value) is not type_:
            raise InvalidTypeError(value=value, params={"expected": EXPECTED[expected]})
        return value
    if type_ is dt.date:
        return parse_date(value)
    if isinstance(type_, type) and issubclass(type_, enum.Enum):
        return type_(value)
    raise TypeError(f"profiles have no values of type {type_!r}")  # pragma: no cover


def _read_tuple(
    value: object, item_type: Any, path: Path, errors: list[ValidationError]
) -> tuple[Any, ...] | object:
    if type(value) is not list:
        raise InvalidTypeError(value=value, params={"expected": EXPECTED["list"]})
    items = [_read(item, item_type, (*path, index), errors) for index, item in enumerate(value)]
    return _BAD if any(item is _BAD for item in items) else tuple(items)


def _read_object(value: object, cls: type[Any], path: Path, errors: list[ValidationError]) -> Any:
    if not isinstance(value, dict):
        raise InvalidTypeError(value=value, params={"expected": EXPECTED["object"]})
    attrs.resolve_types(cls)
    fields = [field for field in attrs.fields(cls) if field.init]
    found: list[ValidationError] = []
    kwargs: dict[str, Any] = {}
    for field in fields:
        here = (*path, field.name)
        if field.name not in value:
            if field.default is attrs.NOTHING:
                found.append(MissingFieldError(path=here))
            continue
        result = _read(value[field.name], field.type, here, found)
        if result is _BAD:
            continue
        if field.validator is not None:
            try:
                field.validator(None, field, result)
            except ValidationError as exc:
                # The validator locates the error at the attribute; *here* names it already.
                found.append(
                    type(exc)(
                        exc.code, path=(*here, *exc.path[1:]), value=exc.value, params=exc.params
                    )
                )
                continue
        kwargs[field.name] = result
    known = [field.name for field in fields]
    for key in sorted(set(value) - set(known)):
        hint = did_you_mean(difflib.get_close_matches(key, known, n=1))
        found.append(UnknownFieldError(path=(*path, key), params={"field": key, "hint": hint}))
    if found:
        errors.extend(found)
        return _BAD
    return cls(**kwargs)
