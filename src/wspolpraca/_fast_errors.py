"""
The fast path for documents with errors in their values (part of ``wspolpraca[fast]``).

When the strict mirrors of :mod:`wspolpraca._fast` refuse a text, it is often for a value:
an amount with three decimals, a date that does not exist, an unknown code, blank text.
Then msgspec decodes the text again into *lenient* mirrors, which check only its shape
(objects, lists, text, integers, booleans, known keys, the envelope), and generated
*collecting* builders run the detailed path's own hooks and validators on each value,
collecting every error with its path instead of raising at the first, and build the
objects the values allow. The errors are the detailed path's: the same functions raise
them, in the same order (fields in class order, depth first), located the same way.

Anything else (a shape msgspec refuses, a repeated key, a validator raising a group or
something other than a :class:`~wspolpraca.errors.ValidationError`) gives up, and the
detailed path decides. Property tests check that both give the same errors.
"""

from __future__ import annotations

import datetime as dt
import decimal
import functools
import typing
from collections.abc import Callable, Mapping
from typing import Any, Final

import attrs
import msgspec

from ._construct import (
    checked_on_wire,
    compile_function,
    default_source,
    is_optional,
    make_constructor,
    quick_test,
    without_none,
)
from ._kinds import DOCUMENT_KINDS, SUPPORTED_SCHEMA_VERSIONS
from ._mirrors import MirrorSet, count_strings
from ._scalars import structure_date, structure_money
from .errors import ValidationError, ValidationErrors

_UNSET: Final = msgspec.UNSET
_BAD: Final = object()
"""What a collecting builder returns for an object with errors (they are in the list)."""

Builder = Callable[[Any, list[int], tuple[Any, ...], list[ValidationError]], Any]


def _located(exc: ValidationError, prefix: tuple[Any, ...], name: str) -> ValidationError:
    """A validator's error as the detailed path locates it: at *prefix*, *name*, the rest."""
    return type(exc)(
        exc.code, path=(*prefix, name, *exc.path[1:]), value=exc.value, params=exc.params
    )


def _items(
    values: tuple[Any, ...],
    build: Builder,
    count: list[int],
    path: tuple[Any, ...],
    errors: list[ValidationError],
) -> Any:
    """Build every item of a list of objects; ``_BAD`` if any has errors."""
    built = [build(value, count, (*path, index), errors) for index, value in enumerate(values)]
    return _BAD if any(item is _BAD for item in built) else tuple(built)


class _Lenient(MirrorSet):
    """Lenient mirror structs and collecting builders for every class of the documents."""

    suffix = "Lenient"

    def __init__(
        self,
        kinds: Mapping[str, type[Any]],
        versions: tuple[str, ...],
        hooks: Mapping[type[Any], Callable[[object, object], Any]],
    ) -> None:
        self._hooks = hooks
        super().__init__(kinds, versions)

    def _wire(self, type_: Any) -> Any:
        """The msgspec type of the shape the detailed path reads for *type_* (not its value)."""
        if type_ in (str, int, bool):
            return type_
        if type_ is dt.date:
            return str
        if type_ is decimal.Decimal:
            return str | int | float
        if attrs.has(type_):
            return self._struct(type_)
        args = typing.get_args(type_)
        if typing.get_origin(type_) is tuple:
            return tuple[self._wire(args[0]), ...]  # type: ignore[misc]
        return self._wire(without_none(type_)) | None

    def _make_builder(self, cls: type[Any]) -> Builder:
        """``build(struct, count, path, errors) -> cls | _BAD``, collecting every error."""
        namespace: dict[str, Any] = {
            "_UNSET": _UNSET,
            "_BAD": _BAD,
            "_VE": ValidationError,
            "_located": _located,
            "_items": _items,
            "_construct": make_constructor(cls, done=lambda _: True),
        }
        lines = ["def build(s, count, path, errors):", "    n = 0", "    bad = False"]
        for number, field in enumerate(attrs.fields(cls)):
            strings = count_strings(field.type, "x")
            lines.append(f"    x = s.{field.name}")
            read = self._read(field, number, namespace)
            if field.default is attrs.NOTHING:
                lines.append(f"    n += 1 + {strings}")
                lines.extend(read)
            else:
                lines.append("    if x is _UNSET:")
                lines.append(f"        v{number} = {default_source(field, number, namespace)}")
                lines.append("    else:")
                lines.append(f"        n += 1 + {strings}")
                lines.extend(f"    {line}" for line in read)
        arguments = ", ".join(
            f"{field.name}=v{number}" for number, field in enumerate(attrs.fields(cls))
        )
        lines += [
            "    count[0] += n",
            "    if bad:",
            "        return _BAD",
            "    try:",
            f"        return _construct({arguments})",
            "    except _VE as exc:",
            "        errors.append(exc.at(path))",
            "        return _BAD",
        ]
        return compile_function(lines, namespace, f"errors of {cls.__qualname__}")  # type: ignore[no-any-return]

    def _read(
        self, field: attrs.Attribute[Any], number: int, namespace: dict[str, Any]
    ) -> list[str]:
        """Lines reading ``x`` into ``v<number>`` as the field's hook would, errors collected."""
        name = field.name
        value = f"v{number}"
        optional = is_optional(field.type)
        type_: Any = without_none(field.type)
        lines: list[str]
        origin = typing.get_origin(type_)
        item: Any = typing.get_args(type_)[0] if origin is tuple else None
        if attrs.has(type_) or (item is not None and attrs.has(item)):
            key = f"_build_{number}"
            self._link(namespace, key, type_ if item is None else item)
            call = (
                f"{key}(x, count, (*path, {name!r}), errors)"
                if item is None
                else f"_items(x, {key}, count, (*path, {name!r}), errors)"
            )
            lines = [f"{value} = {call}"]
            if optional:
                lines = [f"{value} = None if x is None else {call}"]
            lines += [f"if {value} is _BAD:", "    bad = True"]
        elif item in self._hooks:  # not in the model; read leniently it would go unchecked
            raise TypeError(f"no lenient reading of {field.type!r}")
        elif type_ in self._hooks:
            hook_key = f"_hook_{number}"
            namespace[hook_key] = self._hooks[type_]
            call = f"{hook_key}(x, None)"
            guarded = f"None if x is None else {call}" if optional else call
            lines = [
                "try:",
                f"    {value} = {guarded}",
                "except _VE as exc:",
                f"    errors.append(exc.at((*path, {name!r})))",
                "    bad = True",
                f"    {value} = _BAD",
            ]
        else:
            lines = [f"{value} = x"]
        checks = self._checks(field, number, namespace)
        if checks:
            lines += [f"if {value} is not _BAD:", *(f"    {line}" for line in checks)]
        return [f"    {line}" for line in lines]

    def _checks(
        self, field: attrs.Attribute[Any], number: int, namespace: dict[str, Any]
    ) -> list[str]:
        """The field hook's validator and converter, as lines (errors collected)."""
        value = f"v{number}"
        lines: list[str] = []
        validator = None if checked_on_wire(field) else field.validator
        if validator is not None:
            namespace[f"_validator{number}"] = validator
            namespace[f"_field{number}"] = field
            accepts = quick_test(field)
            guard = "True"
            if accepts is not None:
                namespace[f"_accepts{number}"] = accepts
                guard = f"{value} is None or not _accepts{number}({value})"
            lines += _validate(number, field.name, guard)
        if field.converter is not None:
            namespace[f"_converter{number}"] = field.converter
            converted = [f"{value} = _converter{number}({value})"]
            if validator is not None:
                converted += _validate(number, field.name, "True")
            lines += [f"if {value} is not _BAD:", *(f"    {line}" for line in converted)]
        return lines


def _validate(number: int, name: str, guard: str) -> list[str]:
    value = f"v{number}"
    return [
        f"if {guard}:",
        "    try:",
        f"        _validator{number}(None, _field{number}, {value})",
        "    except _VE as exc:",
        f"        errors.append(_located(exc, path, {name!r}))",
        "        bad = True",
        f"        {value} = _BAD",
    ]


@functools.cache
def _lenient() -> _Lenient | None:
    """The lenient mirrors, built on first use; ``None`` if they cannot be built."""
    hooks = {decimal.Decimal: structure_money, dt.date: structure_date}
    try:
        return _Lenient(DOCUMENT_KINDS, SUPPORTED_SCHEMA_VERSIONS, hooks)
    except Exception:  # noqa: BLE001 - a model or msgspec this does not know
        return None


def try_collect(text: str | bytes, cls: type[Any] | None, quotes: int) -> Any:
    """
    The document in *text*, or :class:`~wspolpraca.errors.ValidationErrors` raised with
    every error in its values; :data:`NotImplemented` to let the detailed path decide.

    *quotes* is the number of ``"`` that delimit strings in *text* (see ``_fast``).
    """
    lenient = _lenient()
    if lenient is None:
        return NotImplemented
    try:
        struct = lenient.decoder.decode(text)
    except Exception:  # noqa: BLE001 - a shape msgspec refuses: the detailed path says which
        return NotImplemented
    target = lenient.root_of[type(struct)]
    if cls is not None and target is not cls:
        return NotImplemented
    count = [4]
    errors: list[ValidationError] = []
    try:
        result = lenient.builder(target)(struct, count, (), errors)
    except Exception:  # noqa: BLE001 - anything unexpected: the detailed path decides
        return NotImplemented
    if 2 * count[0] != quotes:
        return NotImplemented  # a repeated key: the detailed path names it
    if errors:
        raise ValidationErrors("the document cannot be loaded", errors)
    return result
