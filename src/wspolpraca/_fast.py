"""
The optional fast path for valid documents (``pip install wspolpraca[fast]``).

:func:`wspolpraca.loads` first tries to decode the text with msgspec into *mirror* structs
generated from the attrs classes, then builds the very same attrs objects from them the way
their ``__init__`` does (:mod:`wspolpraca._construct`: attrs converters, validators and
invariants run, except a validator whose rule the mirror's type enforced: money, and the
rules validators declare with ``wire_pattern`` or ``wire_codes``). If anything at all fails, or the text might hold something the mirrors
cannot see, it gives up and the detailed cattrs path loads the text again and reports every
problem. A text the strict mirrors refuse may still have only errors in its values (an
amount, a date, a code): :mod:`wspolpraca._fast_errors` then collects them on a fast path of
its own, with the detailed path's functions, and hands over everything else.

What the mirrors enforce is the wire contract of :mod:`wspolpraca.serialization`:

- unknown keys are refused (``forbid_unknown_fields``);
- text, integers and booleans are strict (msgspec's ``strict=True``);
- money is text matching the same pattern as the detailed path, or a non-negative integer of
  at most 15 digits; it becomes a :class:`~decimal.Decimal` with exactly two places;
- dates are ``YYYY-MM-DD`` (msgspec's RFC 3339 date);
- lists become tuples, objects must be objects;
- the envelope: ``kind`` is the tag of a union of the document mirrors and
  ``schema_version`` is a literal of the supported versions.

Memory: a list of objects is decoded into a list of mirrors, and each mirror is let go as
soon as its object is built; optional labels without a validator (``str | None``: areas,
units, seats, legal forms) are shared, one object per distinct text in a document, and codes
come out of msgspec's literals shared already. Loading then peaks below three times the size
of the JSON text (``benchmarks/bench_load.py``).

msgspec keeps the last value of a repeated key silently, and the detailed path refuses
repeated keys. So the fast path counts the JSON strings it decoded (every key present and
every text value: a mirror field left unset was absent) and compares twice that count with
the number of ``"`` in the text, less the escaped ones. A repeated key makes the text hold
more; so does anything else the mirrors did not see, and then the detailed path decides.
When the text has an escaped backslash (``\\\\``), escaped quotes cannot be told apart by
counting, and the detailed path decides too.
"""

from __future__ import annotations

import datetime as dt
import decimal
import functools
import typing
from collections.abc import Callable
from typing import Annotated, Any, Final, Literal

import attrs
import msgspec

from ._collect import count_strings, may_hold_surrogate, twice_the_strings
from ._construct import (
    WireRule,
    checked_on_wire,
    compile_function,
    construction,
    default_source,
    is_optional,
    wire_rule,
    without_none,
)
from ._kinds import DOCUMENT_KINDS, KIND_BY_CLASS, SUPPORTED_SCHEMA_VERSIONS
from ._mirrors import MirrorSet, find_kind
from ._scalars import CENTS, MONEY_PATTERN

_Money = (
    Annotated[str, msgspec.Meta(pattern=MONEY_PATTERN)]
    | Annotated[int, msgspec.Meta(ge=0, lt=10**15)]
)

_CENTS: Final = CENTS
_UNSET: Final = msgspec.UNSET
_BOM: Final = "\ufeff"
_BOM_BYTES: Final = _BOM.encode()


class _Mirrors(MirrorSet):
    """Strict mirrors: they read exactly what the detailed path accepts, or refuse."""

    def _wire(self, type_: Any) -> Any:
        """The msgspec type that reads what the detailed path reads for *type_*."""
        if type_ in (str, int, bool, dt.date):
            return type_
        if type_ is decimal.Decimal:
            return _Money
        if attrs.has(type_):
            return self._struct(type_)
        origin = typing.get_origin(type_)
        args = typing.get_args(type_)
        if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
            if attrs.has(args[0]):  # a list, so the builder can let each mirror go
                return list[self._wire(args[0])]  # type: ignore[misc]
            return tuple[self._wire(args[0]), ...]  # type: ignore[misc]
        if is_optional(type_):
            return self._wire(without_none(type_)) | None
        raise TypeError(f"no fast path for {type_!r}")  # pragma: no cover - model change

    def _field_wire(self, field: attrs.Attribute[Any]) -> Any:
        rule = _wire_rule(field)
        return self._wire(field.type) if rule is None else _ruled(rule, field.type)

    # -- builders --------------------------------------------------------------------

    def _make_builder(self, cls: type[Any]) -> Callable[[Any, list[int]], Any]:
        """
        Generate ``build(struct, count) -> cls``, adding to *count* the JSON strings read.

        The body is what attrs generates for a frozen class's ``__init__`` (converters, then
        assignment, then validators, then ``__attrs_post_init__``), except that a validator
        whose rule the mirror's type enforced (money, and declared wire rules) is skipped.
        """
        namespace: dict[str, Any] = {
            "_UNSET": _UNSET,
            "_Decimal": decimal.Decimal,
            "_CENTS": _CENTS,
            "_consume": _consume,
        }
        values: list[str] = []
        required = 0
        for number, field in enumerate(attrs.fields(cls)):
            required += self._read_field(field, number, namespace, values)
        source = [
            "def build(s, count):",
            f"    n = {required}",
            *(
                ["    share = count[1].setdefault"]
                if any("share(" in line for line in values)
                else []
            ),
            *values,
            "    count[0] += n",
            *construction(
                cls, namespace, done=_enforced_on_wire, quick_tests=True, as_written=True
            ),
        ]
        build: Callable[[Any, list[int]], Any] = compile_function(
            source, namespace, f"fast path for {cls.__qualname__}"
        )
        return build

    def _read_field(
        self, field: attrs.Attribute[Any], number: int, namespace: dict[str, Any], out: list[str]
    ) -> int:
        """Append the source computing ``v<number>``; return the strings always read."""
        value = self._convert(field.type, "x", namespace)
        if _shared(field):
            value = "share(x, x)"  # a label (area, unit, seat...): one object per document
        strings = count_strings(field.type, "x")
        out.append(f"    x = s.{field.name}")
        always = 0
        if field.default is attrs.NOTHING:
            always = 1
            if strings.isdigit():
                always += int(strings)
            else:
                out.append(f"    n += {strings}")
            out.append(f"    v{number} = {value}")
        else:
            default_code = default_source(field, number, namespace)
            counted = "1" if strings == "0" else f"1 + {strings}"
            out.append(f"    if x is _UNSET:\n        v{number} = {default_code}")
            out.append(f"    else:\n        n += {counted}\n        v{number} = {value}")
        return always

    def _convert(self, type_: Any, expr: str, namespace: dict[str, Any]) -> str:
        """Python source turning the mirror value *expr* into the model's value."""
        if type_ in (str, int, bool, dt.date):
            return expr
        if type_ is decimal.Decimal:
            return f"_Decimal({expr}).quantize(_CENTS)"
        if attrs.has(type_):
            key = f"_build_{type_.__name__}_{id(type_)}"
            self._link(namespace, key, type_)
            return f"{key}({expr}, count)"
        args = typing.get_args(type_)
        if typing.get_origin(type_) is tuple:
            if attrs.has(args[0]):  # mirrors freed as soon as their objects are built
                key = f"_build_{args[0].__name__}_{id(args[0])}"
                self._link(namespace, key, args[0])
                return f"_consume({expr}, {key}, count)"
            item = self._convert(args[0], "item", namespace)
            return expr if item == "item" else f"tuple([{item} for item in {expr}])"
        converted = self._convert(without_none(type_), expr, namespace)
        return expr if converted == expr else f"(None if {expr} is None else {converted})"


def _consume(items: list[Any], build: Callable[..., Any], count: list[Any]) -> tuple[Any, ...]:
    """Build an object from each mirror in *items*, letting each mirror go once built."""
    built = []
    for index, item in enumerate(items):
        built.append(build(item, count))
        items[index] = None
    return tuple(built)


def _ruled(rule: WireRule, type_: Any) -> Any:
    """The mirror type of text (or a tuple of text) whose codes *rule* lists."""
    text: Any = Literal[tuple(sorted(rule.codes or ()))]
    wire = tuple[text, ...] if rule.many else text
    return wire | None if is_optional(type_) else wire


_MOST_LITERALS: Final = 256
"""Codes listed as a msgspec literal at most; a longer list (the 2 970 sphere codes) costs
more to build as a type than a set lookup in the builder saves."""


def _wire_rule(field: attrs.Attribute[Any]) -> WireRule | None:
    """The rule of *field* its mirror type enforces: codes, when few (a pattern costs more
    in msgspec than the validator's quick test in the builder)."""
    rule = wire_rule(field)
    if rule is None or rule.codes is None or len(rule.codes) > _MOST_LITERALS:
        return None
    return rule


def _shared(field: attrs.Attribute[Any]) -> bool:
    """Whether *field*'s text is shared, one object per distinct value in a document: optional
    labels without a validator (areas, units, seats, legal forms), and single codes checked
    in the builder (spheres), which repeat as much."""
    if field.type != str | None or field.converter is not None:
        return False
    rule = wire_rule(field) if field.validator is not None else None
    return field.validator is None or (
        rule is not None and rule.codes is not None and not rule.many
    )


def _enforced_on_wire(field: attrs.Attribute[Any]) -> bool:
    """Whether *field*'s mirror type enforces its validator: money, or a list of codes."""
    return checked_on_wire(field) or _wire_rule(field) is not None


_may_hold_surrogate: Final = may_hold_surrogate
"""A lone surrogate escape is the detailed path's to refuse (a lone surrogate *character*
in a ``str`` needs no scan: msgspec cannot encode it and raises :exc:`UnicodeEncodeError`,
and the collecting decoder, meeting the same, hands the text to the detailed path)."""


@functools.cache
def _mirrors() -> _Mirrors:
    """The strict mirrors; each kind's are built the first time a text of it is read."""
    return _Mirrors(DOCUMENT_KINDS, SUPPORTED_SCHEMA_VERSIONS)


def try_loads(text: str | bytes, cls: type[Any] | None) -> Any:
    """
    The document in *text* if the fast path can read it, else :data:`NotImplemented`.

    :data:`NotImplemented` means "let the detailed path decide", never "invalid". When the
    strict mirrors refuse the text, :func:`wspolpraca._fast_errors.try_collect` may find
    every error in its values and raise them, as the detailed path would. Only the mirrors
    of the document's kind (*cls*'s, or the one its ``kind`` names) are built.

    Raises:
        ValidationErrors: the errors in the document's values, as the detailed path reports them.
    """
    text = text.removeprefix(_BOM) if isinstance(text, str) else text.removeprefix(_BOM_BYTES)
    quotes = twice_the_strings(text)
    kind = KIND_BY_CLASS.get(cls) if cls is not None else find_kind(text, DOCUMENT_KINDS)
    if quotes is None or kind is None or _may_hold_surrogate(text):
        return NotImplemented
    mirrors = _mirrors().kind(kind)
    if mirrors is None:
        return NotImplemented
    try:
        struct = mirrors.decoder.decode(text)
        if type(struct) is not mirrors.root:
            return NotImplemented
        count: list[Any] = [4, {}]  # strings read (kind, schema_version and their values); labels
        result = _mirrors().builder(mirrors.cls)(struct, count)
    except Exception:  # noqa: BLE001 - not only MsgspecError: a lone surrogate raises UnicodeError
        from ._fast_errors import try_collect  # noqa: PLC0415 - only for text with errors

        return try_collect(text, kind, quotes)
    if 2 * count[0] != quotes:
        return NotImplemented  # a repeated key: the detailed path names it
    return result
