"""
The detailed path: cattrs with wspolpraca's hooks, and its errors translated.

:mod:`wspolpraca.serialization` imports this module only when it needs it: a document the
fast path could not read (or any document without msgspec), :func:`~wspolpraca.structure`,
:func:`~wspolpraca.unstructure`, :func:`~wspolpraca.dumps` and the converter factories.
A valid document read by the fast path never imports cattrs.
"""

from __future__ import annotations

import datetime as dt
import decimal
from collections.abc import Callable
from typing import Any, Final

import attrs
import cattrs
from cattrs.errors import BaseValidationError, ForbiddenExtraKeysError, IterableValidationNote
from cattrs.gen import make_dict_structure_fn_from_attrs, override

from ._construct import (
    checked_on_wire,
    is_optional,
    make_constructor,
    quick_test,
    supports_constructor,
    unchanged,
    without_none,
)
from ._messages import EXPECTED, did_you_mean
from ._scalars import structure_date as _structure_date
from ._scalars import structure_money as _structure_money
from ._scalars import unstructure_date as _unstructure_date
from ._scalars import unstructure_money as _unstructure_money
from .errors import (
    InvalidTypeError,
    InvalidValueError,
    MissingFieldError,
    Path,
    UnknownFieldError,
    ValidationError,
    ValidationErrors,
)

__all__ = ["CONVERTER", "configure_converter", "errors_of", "make_converter"]

# ---------------------------------------------------------------------------------------
# Hooks


def _structure_str(value: object, _: object) -> str:
    if type(value) is not str:
        raise InvalidTypeError(value=value, params={"expected": EXPECTED["text"]})
    if not value.isascii():
        _check_encodable(value)
    return value


def _check_encodable(text: str) -> None:
    """Refuse text holding a lone surrogate (``"\\ud800"``): no output could write it."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidValueError("invalid_text", value=text) from None


def _structure_int(value: object, _: object) -> int:
    if type(value) is not int:
        raise InvalidTypeError(value=value, params={"expected": EXPECTED["integer"]})
    return value


def _structure_bool(value: object, _: object) -> bool:
    if type(value) is not bool:
        raise InvalidTypeError(value=value, params={"expected": EXPECTED["boolean"]})
    return value


def _is_homogeneous_tuple(type_: Any) -> bool:
    args = getattr(type_, "__args__", None)
    return (
        getattr(type_, "__origin__", None) is tuple
        and args is not None
        and (len(args) == 2 and args[1] is Ellipsis)
    )


def _make_tuple_hook(converter: cattrs.Converter) -> Callable[[Any], Any]:
    def factory(type_: Any) -> Callable[[object, object], tuple[Any, ...]]:
        item_type = type_.__args__[0]
        item_hook = converter.get_structure_hook(item_type)

        def structure_tuple(value: object, _: object) -> tuple[Any, ...]:
            if type(value) is not list:
                raise InvalidTypeError(value=value, params={"expected": EXPECTED["list"]})
            items = []
            errors = []
            for index, item in enumerate(value):
                try:
                    items.append(item_hook(item, item_type))
                except Exception as exc:  # noqa: BLE001 - collected and translated below
                    exc.add_note(IterableValidationNote(f"@ index {index}", index, item_type))
                    errors.append(exc)
            if errors:
                raise cattrs.IterableValidationError("while structuring a list", errors, type_)
            return tuple(items)

        return structure_tuple

    return factory


def _make_optional_hook(converter: cattrs.Converter) -> Callable[[Any], Any]:
    """``X | None``: the hook of X looked up once (cattrs' own looks it up on every value)."""

    def factory(type_: Any) -> Callable[[object, object], Any]:
        inner = without_none(type_)
        hook = converter.get_structure_hook(inner)

        def structure_optional(value: object, _: object) -> Any:
            return None if value is None else hook(value, inner)

        return structure_optional

    return factory


def _field_hook(
    converter: cattrs.Converter, field: attrs.Attribute[Any], *, final: bool
) -> Callable[[object, object], Any]:
    """The structure hook for *field* followed by the field's own attrs validator.

    Running the validator here, inside cattrs' per-field error collection, reports a bad
    value even when another field of the same object is also bad (``__init__`` would stop
    at the first). It sees the value as written, so its error shows that value.
    With *final* (the object is built by a generated constructor that neither converts nor
    validates), the hook then converts the value and validates the converted value too, as
    ``__init__`` would; otherwise ``__init__`` does that.
    """
    base = converter.get_structure_hook(field.type)
    validator = None if checked_on_wire(field) else field.validator
    convert = field.converter if final else None

    accepts = quick_test(field)
    if accepts is None:
        accepts = _never

    def validate(value: object) -> None:
        try:
            validator(None, field, value)  # type: ignore[misc]
        except ValidationError as exc:
            # The validator locates the error at the attribute; cattrs adds that step.
            raise type(exc)(
                exc.code, path=exc.path[1:], value=exc.value, params=exc.params
            ) from None

    def structure_field(value: object, type_: object) -> Any:
        result = base(value, type_)
        if validator is not None and (result is None or not accepts(result)):
            validate(result)
        if convert is None:
            return result
        converted = convert(result)  # type: ignore[operator]
        if validator is not None and not unchanged(result, converted):
            validate(converted)
        return converted

    return structure_field


def _never(_: object) -> bool:
    return False


def _final(field: attrs.Attribute[Any]) -> bool:
    """
    Whether a structured value of *field* is final: validated and converted.

    Always, for a class the hooks build through :func:`~wspolpraca._construct.make_constructor`:
    the field's hook ran its validator and converter, or the wire hook enforced it. Absent
    fields take their defaults, which are final too in the model (a test checks).
    """
    return True


def _constructed(cls: type[Any]) -> bool:
    """Whether *cls* is built through a generated constructor: the model's own classes."""
    return cls.__module__.startswith("wspolpraca.") and supports_constructor(cls)


def _make_class_hook(converter: cattrs.Converter) -> Callable[[Any], Any]:
    def factory(cls: type[Any]) -> Callable[[object, object], Any]:
        attrs.resolve_types(cls)
        final = _constructed(cls)
        overrides = {
            field.name: override(struct_hook=_field_hook(converter, field, final=final))
            for field in attrs.fields(cls)
            if field.init
            and (
                field.converter is not None
                or not (field.validator is None or checked_on_wire(field))
            )
        }
        # For the model, cattrs calls a constructor instead of cls: what the hooks did does not
        # run twice. Other classes (make_converter serves them too) are called as they are.
        constructor = make_constructor(cls, done=_final) if final else cls
        generated = make_dict_structure_fn_from_attrs(
            list(attrs.fields(cls)),
            constructor,  # type: ignore[arg-type]
            converter,
            _cattrs_forbid_extra_keys=True,
            _cattrs_detailed_validation=True,
            **overrides,  # type: ignore[arg-type]
        )

        def structure_object(value: object, _: object) -> Any:
            if not isinstance(value, dict):
                raise InvalidTypeError(value=value, params={"expected": EXPECTED["object"]})
            return generated(value, cls)

        return structure_object

    return factory


def configure_converter(converter: cattrs.Converter) -> None:
    """:func:`wspolpraca.serialization.configure_converter`, which calls it."""
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_structure_hook(decimal.Decimal, _structure_money)
    converter.register_structure_hook(dt.date, _structure_date)
    converter.register_unstructure_hook(decimal.Decimal, _unstructure_money)
    converter.register_unstructure_hook(dt.date, _unstructure_date)
    converter.register_structure_hook_factory(_is_homogeneous_tuple, _make_tuple_hook(converter))
    converter.register_structure_hook_factory(is_optional, _make_optional_hook(converter))
    converter.register_structure_hook_factory(attrs.has, _make_class_hook(converter))
    converter.register_unstructure_hook_factory(
        _is_homogeneous_tuple,
        lambda type_: _make_tuple_unstructure(converter, type_),
    )


def _make_tuple_unstructure(converter: cattrs.Converter, type_: Any) -> Callable[[Any], Any]:
    item_hook = converter.get_unstructure_hook(type_.__args__[0])
    return lambda value: [item_hook(item) for item in value]


def make_converter(**kwargs: Any) -> cattrs.Converter:
    """:func:`wspolpraca.serialization.make_converter`, which calls it."""
    kwargs.setdefault("forbid_extra_keys", True)
    kwargs.setdefault("detailed_validation", True)
    converter = cattrs.Converter(**kwargs)
    configure_converter(converter)
    return converter


CONVERTER: Final = make_converter()
"""The converter of :func:`~wspolpraca.structure` and :func:`~wspolpraca.unstructure`."""

# ---------------------------------------------------------------------------------------
# Error translation


def _notes_path(exc: BaseException) -> Path:
    steps: list[str | int] = []
    for note in getattr(exc, "__notes__", ()):
        name = getattr(note, "name", None)
        index = getattr(note, "index", None)
        if isinstance(name, str):
            steps.append(name)
        elif isinstance(index, int):
            steps.append(index)
    return tuple(steps)


def _translate(exc: BaseException, path: Path, out: list[ValidationError]) -> None:
    here = path + _notes_path(exc)
    if isinstance(exc, ValidationErrors):
        out.extend(error.at(here) for error in exc.errors)
    elif isinstance(exc, ValidationError):
        out.append(exc.at(here))
    elif isinstance(exc, ForbiddenExtraKeysError):
        model = getattr(exc.cl, "model", exc.cl)  # cattrs knows our constructor
        known = [field.name for field in attrs.fields(model)] if attrs.has(model) else []
        for key in sorted(exc.extra_fields):
            import difflib  # noqa: PLC0415 - only on the error path

            hint = did_you_mean(difflib.get_close_matches(key, known, n=1))
            out.append(UnknownFieldError(path=(*here, key), params={"field": key, "hint": hint}))
    elif isinstance(exc, BaseValidationError):
        for inner in exc.exceptions:
            _translate(inner, here, out)
    elif isinstance(exc, KeyError):
        out.append(MissingFieldError(path=here))
    else:
        out.append(InvalidValueError(path=here, params={"detail": str(exc)}))


def errors_of(exc: BaseException) -> list[ValidationError]:
    """The located errors of a failure of :data:`CONVERTER` (cattrs' groups taken apart)."""
    out: list[ValidationError] = []
    _translate(exc, (), out)
    return out
