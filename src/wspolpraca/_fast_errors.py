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
from typing import Any, Final

import attrs
import msgspec

from ._collect import Builder, construct_lines, count_strings, namespace_of, read_lines
from ._construct import compile_function, default_source, without_none
from ._kinds import DOCUMENT_KINDS, SUPPORTED_SCHEMA_VERSIONS
from ._mirrors import MirrorSet
from .errors import ValidationError, ValidationErrors

_UNSET: Final = msgspec.UNSET


class _Lenient(MirrorSet):
    """Lenient mirror structs and collecting builders for every class of the documents."""

    suffix = "Lenient"

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
        namespace = namespace_of(cls)
        namespace["_UNSET"] = _UNSET
        lines = ["def build(s, count, path, errors):", "    n = 0", "    bad = False"]
        for number, field in enumerate(attrs.fields(cls)):
            strings = count_strings(field.type, "x")
            lines.append(f"    x = s.{field.name}")
            read = read_lines(field, number, namespace, self._link)
            if field.default is attrs.NOTHING:
                lines.append(f"    n += 1 + {strings}")
                lines.extend(read)
            else:
                lines.append("    if x is _UNSET:")
                lines.append(f"        v{number} = {default_source(field, number, namespace)}")
                lines.append("    else:")
                lines.append(f"        n += 1 + {strings}")
                lines.extend(f"    {line}" for line in read)
        lines += ["    count[0] += n", *construct_lines(cls, namespace)]
        return compile_function(lines, namespace, f"errors of {cls.__qualname__}")  # type: ignore[no-any-return]


@functools.cache
def _lenient() -> _Lenient:
    """The lenient mirrors; each kind's are built the first time a text of it has errors."""
    return _Lenient(DOCUMENT_KINDS, SUPPORTED_SCHEMA_VERSIONS)


def try_collect(text: str | bytes, kind: str, quotes: int) -> Any:
    """
    The document of *kind* in *text*, or :class:`~wspolpraca.errors.ValidationErrors` raised
    with every error in its values; :data:`NotImplemented` to let the detailed path decide.

    *quotes* is the number of ``"`` that delimit strings in *text* (see ``_fast``).
    """
    lenient = _lenient()
    mirrors = lenient.kind(kind)
    if mirrors is None:
        return NotImplemented
    try:
        struct = mirrors.decoder.decode(text)
    except Exception:  # noqa: BLE001 - a shape msgspec refuses: the detailed path says which
        return NotImplemented
    if type(struct) is not mirrors.root:
        return NotImplemented
    count = [4]
    errors: list[ValidationError] = []
    try:
        result = lenient.builder(mirrors.cls)(struct, count, (), errors)
    except Exception:  # noqa: BLE001 - anything unexpected: the detailed path decides
        return NotImplemented
    if 2 * count[0] != quotes:
        return NotImplemented  # a repeated key: the detailed path names it
    if errors:
        raise ValidationErrors("the document cannot be loaded", errors)
    return result
