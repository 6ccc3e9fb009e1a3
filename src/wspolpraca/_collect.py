"""
Collecting every error in a document's values in generated code, with or without msgspec.

The detailed path (cattrs) reports every problem, but pays for it: each bad value raises
through three levels of exception groups with notes, which are then translated. Generated
*collecting* builders do the same work in straight-line code: for each field, the detailed
path's own hook (money, dates) and validator, then its converter, each error appended to a
list with its path; the object is built (its invariants checked) when its fields allow it.
The errors are the detailed path's, in the same order (fields in class order, depth first),
made by the same functions and located the same way.

Two readers use them:

- :mod:`wspolpraca._fast_errors`, on msgspec's *lenient* mirrors (which checked the shape);
- without msgspec, :func:`try_loads`, on what :func:`json.loads` gave: the
  builders here also check the shape (an object with known keys only and every required
  one, a list, text, an integer, a boolean, where the class wants one).

Anything else (a shape the builders do not expect, a repeated key, a lone surrogate, a
validator raising something other than a :class:`~wspolpraca.errors.ValidationError`) gives
up, and cattrs decides. Property tests check that both give the same outcome.
"""

from __future__ import annotations

import datetime as dt
import decimal
import functools
import json
import re
import threading
import typing
from collections.abc import Callable, Mapping
from typing import Any, Final

import attrs

from ._construct import (
    checked_on_wire,
    compile_function,
    construction,
    default_source,
    is_optional,
    quick_test,
    supports_constructor,
    unchanged,
    without_none,
)
from ._kinds import DOCUMENT_KINDS, SUPPORTED_SCHEMA_VERSIONS
from ._scalars import CENTS, MONEY_PATTERN, structure_date, structure_money
from ._scalars import _money_error as money_error
from .errors import ValidationError, ValidationErrors

BAD: Final = object()
"""What a collecting builder returns for an object with errors (they are in the list)."""

Builder = Callable[[Any, list[int], tuple[Any, ...], list[ValidationError]], Any]
Link = Callable[[dict[str, Any], str, type[Any]], None]
"""Names a class's builder in a namespace (``link(namespace, key, cls)``)."""

HOOKS: Final[Mapping[type[Any], Callable[[object, object], Any]]] = {
    decimal.Decimal: structure_money,
    dt.date: structure_date,
}
"""The detailed path's hooks for the values whose text it reads itself."""


_MONEY_TEXT: Final = re.compile(MONEY_PATTERN).search
"""What :func:`~wspolpraca._scalars.structure_money` accepts as text at once."""


def located(exc: ValidationError, prefix: tuple[Any, ...], name: str) -> ValidationError:
    """A validator's error as the detailed path locates it: at *prefix*, *name*, the rest."""
    return type(exc)(
        exc.code, path=(*prefix, name, *exc.path[1:]), value=exc.value, params=exc.params
    )


def items(
    values: tuple[Any, ...] | list[Any],
    build: Builder,
    count: list[int],
    path: tuple[Any, ...],
    errors: list[ValidationError],
) -> Any:
    """Build every item of a list of objects; :data:`BAD` if any has errors."""
    built = [build(value, count, (*path, index), errors) for index, value in enumerate(values)]
    return BAD if any(item is BAD for item in built) else tuple(built)


def items_released(
    values: list[Any],
    build: Builder,
    count: list[int],
    path: tuple[Any, ...],
    errors: list[ValidationError],
) -> Any:
    """:func:`items` of a parsed list, letting each parsed object go once its object is built
    (the parsed document is this call's own: a text handed over is parsed again)."""
    built = []
    for index, value in enumerate(values):
        built.append(build(value, count, (*path, index), errors))
        values[index] = None
    return BAD if any(item is BAD for item in built) else tuple(built)


def namespace_of(cls: type[Any]) -> dict[str, Any]:
    """The names every collecting builder of *cls* uses."""
    return {"_BAD": BAD, "_VE": ValidationError, "_located": located, "_items": items}


def construct_lines(cls: type[Any], namespace: dict[str, Any]) -> list[str]:
    """
    The end of a collecting builder: ``_BAD`` if a field had errors, else the object built
    from ``v0``, ``v1``… as attrs' ``__init__`` would, without the converters and validators
    the builder ran (:func:`~wspolpraca._construct.construction`), or ``_BAD`` with the
    error of an invariant.

    Raises:
        TypeError: *cls* is not one a generated constructor can stand in for.
    """
    if not supports_constructor(cls):
        raise TypeError(f"no generated constructor for {cls.__qualname__}")
    body = construction(cls, namespace, done=lambda _: True)
    return [
        "    if bad:",
        "        return _BAD",
        "    try:",
        *(f"    {line}" for line in body),
        "    except _VE as exc:",
        "        errors.append(exc.at(path))",
        "        return _BAD",
    ]


def read_lines(
    field: attrs.Attribute[Any],
    number: int,
    namespace: dict[str, Any],
    link: Link,
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
        link(namespace, key, type_ if item is None else item)
        call = (
            f"{key}(x, count, (*path, {name!r}), errors)"
            if item is None
            else f"_items(x, {key}, count, (*path, {name!r}), errors)"
        )
        lines = [f"{value} = {call}"]
        if optional:
            lines = [f"{value} = None if x is None else {call}"]
        lines += [f"if {value} is _BAD:", "    bad = True"]
    elif item in HOOKS:  # not in the model; read leniently it would go unchecked
        raise TypeError(f"no lenient reading of {field.type!r}")
    elif type_ in HOOKS:
        hook_key = f"_hook_{number}"
        namespace[hook_key] = HOOKS[type_]
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
        if type_ is decimal.Decimal:  # the hook's branch for text, without calling it
            namespace.update(
                _money_text=_MONEY_TEXT,
                _money_error=money_error,
                _Decimal=decimal.Decimal,
                _CENTS=CENTS,
            )
            lines = [
                "if type(x) is str:",
                "    if _money_text(x):",
                f"        {value} = _Decimal(x).quantize(_CENTS)",
                "    else:",
                f"        errors.append(_money_error(x).at((*path, {name!r})))",
                "        bad = True",
                f"        {value} = _BAD",
                "else:",
                *(f"    {line}" for line in lines),
            ]
    else:
        lines = [f"{value} = x"]
    checks = _checks(field, number, namespace)
    if checks and lines == [f"{value} = x"]:  # the value as read: never _BAD
        lines += checks
    elif checks:
        lines += [f"if {value} is not _BAD:", *(f"    {line}" for line in checks)]
    return [f"    {line}" for line in lines]


def _checks(field: attrs.Attribute[Any], number: int, namespace: dict[str, Any]) -> list[str]:
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
        if validator is not None:  # again, if the conversion changed the value
            namespace["_unchanged"] = unchanged
            converted = [
                f"w{number} = _converter{number}({value})",
                f"same{number} = _unchanged({value}, w{number})",
                f"{value} = w{number}",
                *_validate(number, field.name, f"not same{number}"),
            ]
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


# -- without msgspec: on json.loads' dicts -----------------------------------------------


class GiveUp(Exception):  # noqa: N818 - not an error: "let cattrs decide"
    """The parsed value has a shape the collecting builders leave to cattrs."""


_SCALARS: Final[Mapping[Any, str]] = {
    str: "str",
    int: "int",
    bool: "bool",
    dt.date: "str",  # its hook reads the text
}


def _shape(type_: Any, expr: str) -> str:
    """
    Python source true when the parsed value *expr* has the shape cattrs reads as *type_*
    without a type error; an object's own builder checks that it is an object.
    """
    if is_optional(type_):
        return f"{expr} is None or ({_shape(without_none(type_), expr)})"
    if type_ in _SCALARS:
        return f"type({expr}) is {_SCALARS[type_]}"
    if type_ is decimal.Decimal:
        return f"type({expr}) in _MONEY_WIRE"
    if attrs.has(type_):
        return "True"
    args = typing.get_args(type_)
    if typing.get_origin(type_) is tuple and len(args) == 2 and args[1] is Ellipsis:
        if attrs.has(args[0]):
            return f"type({expr}) is list"
        if args[0] in (str, int, bool):  # every item's type, looked up in C
            return f"type({expr}) is list and _ONLY_{args[0].__name__}(map(type, {expr}))"
    raise TypeError(f"no collecting reading of {type_!r}")


class _Parsed:
    """Collecting builders that read :func:`json.loads`' dicts, made per class on first use."""

    def __init__(self) -> None:
        self._builders: dict[type[Any], Builder] = {}
        self._by_kind: dict[str, Builder | None] = {}
        self._building: set[type[Any]] = set()
        self._lock = threading.Lock()

    def kind(self, kind: str) -> Builder | None:
        """The builder of documents of *kind*; ``None`` if it cannot be made (cattrs reads)."""
        try:
            return self._by_kind[kind]
        except KeyError:
            pass
        with self._lock:
            if kind not in self._by_kind:
                builders = dict(self._builders)
                try:
                    self._by_kind[kind] = self._builder(DOCUMENT_KINDS[kind])
                except Exception:  # noqa: BLE001 - a model the builders do not know
                    self._builders = builders  # nothing half-built is kept
                    self._building.clear()
                    self._by_kind[kind] = None
            return self._by_kind[kind]

    def _link(self, namespace: dict[str, Any], key: str, cls: type[Any]) -> None:
        namespace[key] = self._builder(cls)

    def _builder(self, cls: type[Any]) -> Builder:
        if cls in self._builders:
            return self._builders[cls]
        if cls in self._building:  # pragma: no cover - no class of the model contains itself
            raise TypeError(f"{cls.__qualname__} contains itself")
        self._building.add(cls)
        attrs.resolve_types(cls)
        namespace = namespace_of(cls)
        namespace.update(
            _UNSET=_UNSET,
            _GiveUp=GiveUp,
            _MONEY_WIRE=(str, int, float),
            _ONLY_str=frozenset({str}).issuperset,
            _ONLY_int=frozenset({int}).issuperset,
            _ONLY_bool=frozenset({bool}).issuperset,
            _items=items_released,
        )
        namespace["_KEYS"] = frozenset(field.name for field in attrs.fields(cls))
        lines = [
            "def build(d, count, path, errors):",
            "    if type(d) is not dict or not _KEYS.issuperset(d):",
            "        raise _GiveUp",
            "    n = len(d)",  # its keys, each a string; then the text values
            "    bad = False",
        ]
        always = 0  # text values every object has (required text fields)
        for number, field in enumerate(attrs.fields(cls)):
            shape = _shape(field.type, "x")
            strings = count_strings(field.type, "x")
            read = read_lines(field, number, namespace, self._link)
            if strings.isdigit() and field.default is attrs.NOTHING:
                always += int(strings)
            elif strings != "0":
                read = [f"    n += {strings}", *read]
            if _is_scalar_tuple(field.type):  # a list read, a tuple built
                read = ["    x = None if x is None else tuple(x)", *read]
            lines.append(f"    x = d.get({field.name!r}, _UNSET)")
            if field.default is attrs.NOTHING:
                lines += [f"    if x is _UNSET or not ({shape}):", "        raise _GiveUp"]
                lines += read
            else:
                lines += [
                    "    if x is _UNSET:",
                    f"        v{number} = {default_source(field, number, namespace)}",
                    "    else:",
                    f"        if not ({shape}):",
                    "            raise _GiveUp",
                    *(f"    {line}" for line in read),
                ]
        if always:
            lines[3] = f"    n = len(d) + {always}"
        lines += ["    count[0] += n", *construct_lines(cls, namespace)]
        build: Builder = compile_function(lines, namespace, f"parsed errors of {cls.__qualname__}")
        self._builders[cls] = build
        self._building.discard(cls)
        return build


def _is_scalar_tuple(type_: Any) -> bool:
    inner = without_none(type_)
    args = typing.get_args(inner)
    return typing.get_origin(inner) is tuple and bool(args) and not attrs.has(args[0])


_UNSET: Final = object()
"""A key the parsed object does not have."""

_LONE_SURROGATE: Final = (
    r"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F])"  # a high half without a low one
    r"|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F]"  # a low half without a high one
)
_SURROGATE_ESCAPE: Final = re.compile(_LONE_SURROGATE)
_SURROGATE_ESCAPE_BYTES: Final = re.compile(_LONE_SURROGATE.encode())


def may_hold_surrogate(text: str | bytes) -> bool:
    """
    Whether *text* may hold a lone surrogate escape (``\\uD800``–``\\uDFFF`` not half of a
    pair), which the detailed path refuses as text no output can write.

    The look-around pattern runs only where a ``\\u`` escape occurs at all (quick tests
    in C, a backslash first), so a document without one pays microseconds, not a regular-expression scan of
    every position (which cost as much as decoding a 120 KiB document).
    """
    if isinstance(text, str):
        return "\\" in text and "\\u" in text and bool(_SURROGATE_ESCAPE.search(text))
    return b"\\" in text and b"\\u" in text and bool(_SURROGATE_ESCAPE_BYTES.search(text))


def _writable(text: str, *, decoded: bool) -> bool:
    """Whether every text in the JSON *text* can be written as UTF-8 (no lone surrogate);
    *decoded*: *text* was decoded from UTF-8, which holds no surrogate character."""
    if may_hold_surrogate(text):
        return False
    if not decoded and not text.isascii():
        try:  # a slice at a time: a copy of the whole text would raise the peak by its size
            for start in range(0, len(text), _SLICE):
                text[start : start + _SLICE].encode("utf-8")
        except UnicodeEncodeError:
            return False
    return True


_SLICE: Final = 1 << 14
"""Characters encoded at a time when looking for a lone surrogate character."""


@functools.cache
def _parsed() -> _Parsed:
    return _Parsed()


_ENVELOPE: Final = ("kind", "schema_version")


def try_loads(text: str | bytes, cls: type[Any] | None) -> Any:
    """
    Without msgspec: the document in *text*, read by :func:`json.loads` and the collecting
    builders, or :class:`~wspolpraca.errors.ValidationErrors` raised with every error in its
    values; :data:`NotImplemented` to let the detailed path (cattrs) decide: anything else
    (the syntax, the envelope, the shape, a lone surrogate, a repeated key). *cls* is the
    document class asked for, ``None`` for any.

    :func:`json.loads` keeps the last value of a repeated key, as msgspec does; the builders
    count the strings they read, as the fast path does (:func:`twice_the_strings`), and a
    text that holds more goes to the detailed path, which names the key.

    Raises:
        ValidationErrors: the errors in the document's values, as the detailed path reports them.
    """
    read = _read(text, cls)
    if read is None:
        return NotImplemented
    data, kind, quotes = read
    build = _parsed().kind(kind)
    if build is None:
        return NotImplemented
    body = {key: value for key, value in data.items() if key not in _ENVELOPE}
    del data
    count = [4]  # strings read: kind, schema_version and their values
    errors: list[ValidationError] = []
    try:
        result = build(body, count, (), errors)
    except Exception:  # noqa: BLE001 - a shape or failure cattrs reports: it decides
        return NotImplemented
    if 2 * count[0] != quotes:
        return NotImplemented  # a repeated key: the detailed path names it
    if errors:
        raise ValidationErrors("the document cannot be loaded", errors)
    return result


def _read(text: str | bytes, cls: type[Any] | None) -> tuple[dict[str, Any], str, int] | None:
    """What :func:`json.loads` reads from *text*, its kind and the number of ``"`` that
    delimit its strings; ``None`` when the collecting builders leave it to cattrs."""
    decoded = not isinstance(text, str)
    if isinstance(text, str):
        text = text.removeprefix("\ufeff")
    else:
        try:
            text = bytes(text).decode("utf-8-sig")
        except UnicodeDecodeError:
            return None
    quotes = twice_the_strings(text)
    if quotes is None or not _writable(text, decoded=decoded):
        return None
    try:
        data = json.loads(text)
    except Exception:  # noqa: BLE001 - syntax, digits, depth: the detailed path reports
        return None
    if type(data) is not dict:
        return None
    kind = data.get("kind")
    version = data.get("schema_version")
    if (
        type(kind) is not str
        or kind not in DOCUMENT_KINDS
        or type(version) is not str
        or version not in SUPPORTED_SCHEMA_VERSIONS
        or (cls is not None and DOCUMENT_KINDS[kind] is not cls)
    ):
        return None
    return data, kind, quotes


def count_strings(type_: Any, expr: str) -> str:
    """Python source for the number of JSON strings the mirror value *expr* was read from."""
    if type_ in (str, dt.date):
        return "1"
    if type_ is decimal.Decimal:  # text or an integer (None is not str either: 0)
        return f"(type({expr}) is str)"
    args = typing.get_args(type_)
    if type_ in (int, bool) or attrs.has(type_) or not args:
        return "0"
    if typing.get_origin(type_) is tuple:
        item = count_strings(args[0], "y")
        counted = {"0": "0", "1": f"len({expr})"}
        return counted.get(item, f"sum([{item} for y in {expr}])")
    inner = without_none(type_)
    item = count_strings(inner, expr)
    if item == "0" or inner is decimal.Decimal:
        return item
    return f"(0 if {expr} is None else {item})"


def twice_the_strings(text: str | bytes) -> int | None:
    """
    The number of ``"`` that open or close a JSON string in *text*; ``None`` if unsure.

    Outside strings JSON has no ``"``; inside, a quote is escaped as ``\\"``. Without an
    escaped backslash (``\\\\``) every ``\\"`` is such a quote, so it is subtracted.
    """
    if isinstance(text, str):
        quotes = text.count('"')
        if "\\" in text:
            if "\\\\" in text:
                return None
            quotes -= text.count('\\"')
        return quotes
    quotes = text.count(b'"')
    if b"\\" in text:
        if b"\\\\" in text:
            return None
        quotes -= text.count(b'\\"')
    return quotes
