"""
Building model objects whose fields a loader has already checked.

attrs' ``__init__`` converts, assigns and validates every field, then runs
``__attrs_post_init__``. A loader that has already run a field's validator (cattrs' field
hooks do, to report every bad field at once; the fast path's wire types enforce some rules)
need not run it again. :func:`construction` writes the source of an ``__init__`` body that
does what attrs' does, except for the validators the caller says are done, and
:func:`make_constructor` compiles it into a keyword-only function with the class's defaults.

Both loaders use it, so the objects they build are the ones attrs would build.
"""

from __future__ import annotations

import itertools
import linecache
import re
import types
import typing
from collections.abc import Callable
from typing import Any

import attrs

Done = Callable[["attrs.Attribute[Any]"], bool]
"""Whether a field's value is final before construction: its converter and validator ran
(or the rules they enforce were enforced some other way)."""


def construction(
    cls: type[Any],
    namespace: dict[str, Any],
    *,
    done: Done,
    quick_tests: bool = False,
    as_written: bool = False,
) -> list[str]:
    """
    Source lines building *cls* from local variables ``v0``, ``v1``, … (one per field).

    The lines convert and validate each field not *done*, assign every field, run
    ``__attrs_post_init__`` and return the object. With *quick_tests*, a validator that
    declares what it accepts (:func:`wire_rule`) runs only when the value fails that quick
    test. With *as_written*, a field that has a converter is also validated before it is
    converted, as the detailed loader does (its errors show the value as written); the
    converted value is validated again only if the conversion changed it (:data:`UNCHANGED`).
    Names the lines use are added to *namespace*.
    """
    namespace.update(_cls=cls, _new=object.__new__, _setattr_of=object.__setattr__.__get__)
    namespace["_unchanged"] = unchanged
    converters: list[str] = []
    assignments: list[str] = []
    validations: list[str] = []
    for number, field in enumerate(attrs.fields(cls)):
        final = done(field)
        validated = False  # as written, before conversion
        if field.converter is not None and not final:
            namespace[f"_converter{number}"] = field.converter
            if as_written and field.validator is not None:
                namespace[f"_validator{number}"] = field.validator
                namespace[f"_field{number}"] = field
                converters.append(f"    _validator{number}(None, _field{number}, v{number})")
                converters.append(f"    w{number} = _converter{number}(v{number})")
                converters.append(f"    same{number} = _unchanged(v{number}, w{number})")
                converters.append(f"    v{number} = w{number}")
                validated = True
            else:
                converters.append(f"    v{number} = _converter{number}(v{number})")
        slot = _slot(cls, field.name)
        if slot is None:
            assignments.append(f"    _setattr_of(self)({field.name!r}, v{number})")
        else:  # the slot's own setter: what object.__setattr__ calls, without the lookup
            namespace[f"_set{number}"] = slot.__set__
            assignments.append(f"    _set{number}(self, v{number})")
        if field.validator is not None and not final:
            lines = _validation(field, number, namespace, quick_tests=quick_tests)
            if validated:  # the validator saw this very value before the conversion
                lines = [f"    if not same{number}:", *(f"    {line}" for line in lines)]
            validations.extend(lines)
    post_init = ["    self.__attrs_post_init__()"] if hasattr(cls, "__attrs_post_init__") else []
    return [
        *converters,
        "    self = _new(_cls)",
        *assignments,
        *validations,
        *post_init,
        "    return self",
    ]


def unchanged(written: object, converted: object) -> bool:
    """
    Whether a converter left *written* as it was: the same type and an equal value.

    A validator that accepted the value as written then accepts the converted value too, so
    it is not run again (an organisation's compact KRS, NIP or REGON as written). A value
    the conversion changes (``"774-000-14-54"`` compacted) is validated again.
    """
    return type(converted) is type(written) and converted == written


def _validation(
    field: attrs.Attribute[Any], number: int, namespace: dict[str, Any], *, quick_tests: bool
) -> list[str]:
    namespace[f"_validator{number}"] = field.validator
    namespace[f"_field{number}"] = field
    call = f"_validator{number}(self, _field{number}, v{number})"
    accepts = quick_test(field) if quick_tests else None
    if accepts is None:
        return [f"    {call}"]
    # The validator decides whenever the quick test is not sure.
    namespace[f"_accepts{number}"] = accepts
    guard = f"not _accepts{number}(v{number})"
    if is_optional(field.type):
        guard = f"v{number} is None or {guard}"
    return [f"    if {guard}:", f"        {call}"]


def _slot(cls: type[Any], name: str) -> types.MemberDescriptorType | None:
    """The slot descriptor of attribute *name* of *cls*, if it is a slotted class."""
    for klass in cls.__mro__:
        found = vars(klass).get(name)
        if found is not None:
            return found if isinstance(found, types.MemberDescriptorType) else None
    return None


class WireRule(typing.NamedTuple):
    """
    What a field's validator accepts, declared so that a loader can check it itself.

    A validator declares it with ``wire_pattern()`` (text it accepts: what matches the
    pattern, by ``re.search``) or ``wire_codes()`` (the codes it accepts). It applies to a
    field of text, or of a tuple of text (*many*); ``None`` is left to the validator.
    """

    pattern: str | None
    codes: frozenset[str] | None
    many: bool


def wire_rule(field: attrs.Attribute[Any]) -> WireRule | None:
    """The rule *field*'s validator declares, if any, and if the field's type allows it."""
    type_ = without_none(field.type)
    many = typing.get_origin(type_) is tuple
    if (typing.get_args(type_)[0] if many else type_) is not str:
        return None
    wire_pattern = getattr(field.validator, "wire_pattern", None)
    if wire_pattern is not None and not many:
        return WireRule(wire_pattern(), None, many)
    wire_codes = getattr(field.validator, "wire_codes", None)
    codes = None if wire_codes is None else wire_codes()
    return WireRule(None, codes, many) if codes else None


_QUICKER: dict[str, Callable[[Any], object]] = {r"\S": str.strip}
"""Patterns with a faster test of the same meaning (re's white space is str.strip's)."""


def quick_test(field: attrs.Attribute[Any]) -> Callable[[Any], object] | None:
    """
    A fast test of a value of *field* (other than ``None``), from its :func:`wire_rule`:
    true only if the validator accepts the value; when false, the validator decides.
    """
    rule = wire_rule(field)
    if rule is None:
        return None
    if rule.pattern is not None:
        return _QUICKER.get(rule.pattern) or re.compile(rule.pattern).search
    assert rule.codes is not None  # noqa: S101 - wire_rule gives one or the other
    return rule.codes.issuperset if rule.many else rule.codes.__contains__


def default_source(
    field: attrs.Attribute[Any], number: int, namespace: dict[str, Any]
) -> str | None:
    """
    Python source for *field*'s default (a name in *namespace*, or a factory call ending in
    ``()``); ``None`` when the field is required.
    """
    default: Any = field.default
    if default is attrs.NOTHING:
        return None
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        if default.takes_self:  # pragma: no cover - not in the model
            raise TypeError(f"{field.name}: a default that takes self")
        namespace[f"_factory{number}"] = default.factory
        return f"_factory{number}()"
    namespace[f"_default{number}"] = default
    return f"_default{number}"


def is_optional(type_: Any) -> bool:
    """Whether *type_* is ``X | None`` (one ``X``)."""
    args = typing.get_args(type_)
    return (
        typing.get_origin(type_) in (typing.Union, types.UnionType)
        and len(args) == 2
        and type(None) in args
    )


def without_none(type_: Any) -> Any:
    """``X`` for ``X | None``; *type_* itself otherwise."""
    if not is_optional(type_):
        return type_
    (inner,) = (arg for arg in typing.get_args(type_) if arg is not type(None))
    return inner


def checked_on_wire(field: attrs.Attribute[Any]) -> bool:
    """Whether the wire hook of *field*'s type enforces its validator (money)."""
    return bool(getattr(field.validator, "checked_on_wire", False))


_SERIAL = itertools.count(1)


def compile_function(source: list[str], namespace: dict[str, Any], name: str) -> Any:
    """Compile *source* (a ``def``) in *namespace* and return the function it defines."""
    text = "\n".join([*source, ""])
    filename = f"<wspolpraca: {name} #{next(_SERIAL)}>"  # unique: a name may repeat
    # Kept in linecache (as attrs and cattrs do), so tracebacks show the generated lines.
    linecache.cache[filename] = (len(text), None, text.splitlines(keepends=True), filename)
    exec(compile(text, filename, "exec"), namespace)  # noqa: S102 - from a class's attrs fields
    return namespace[source[0].split()[1].split("(")[0]]


def supports_constructor(cls: type[Any]) -> bool:
    """
    Whether :func:`make_constructor` can stand in for *cls*: attrs wrote its ``__init__``,
    and it has no ``__attrs_pre_init__``, no cached hash and no default that takes self.
    """
    init = getattr(cls, "__init__", None)
    code = getattr(init, "__code__", None)
    return (
        attrs.has(cls)
        and code is not None
        and code.co_filename.startswith("<attrs generated")
        and not hasattr(cls, "__attrs_pre_init__")
        and "_attrs_cached_hash" not in getattr(cls, "__slots__", ())
        and not any(
            isinstance(field.default, attrs.Factory) and field.default.takes_self  # type: ignore[arg-type]
            for field in attrs.fields(cls)
        )
    )


def make_constructor(cls: type[Any], *, done: Done) -> Callable[..., Any]:
    """
    A function ``(**fields) -> cls`` that does what ``cls.__init__`` does, without the
    converters and validators of the fields for which *done* is true.

    Its ``__name__`` and ``__qualname__`` are the class's, and ``model`` is the class.

    Raises:
        TypeError: *cls* is not one it can stand in for (:func:`supports_constructor`).
    """
    if not supports_constructor(cls):
        raise TypeError(f"no generated constructor for {cls.__qualname__}")
    namespace: dict[str, Any] = {"_NOTHING": attrs.NOTHING}
    parameters = []
    defaults = []
    for number, field in enumerate(attrs.fields(cls)):
        default = default_source(field, number, namespace)
        if default is None:
            parameters.append(f"{field.name}")
        elif default.endswith("()"):  # a factory: called only when the argument is missing
            parameters.append(f"{field.name}=_NOTHING")
            defaults.append(f"    if {field.name} is _NOTHING:\n        {field.name} = {default}")
        else:
            parameters.append(f"{field.name}={default}")
    names = [field.name for field in attrs.fields(cls)]
    source = [
        f"def construct(*, {', '.join(parameters)}):",
        *defaults,
        *(f"    v{number} = {name}" for number, name in enumerate(names)),
        *construction(cls, namespace, done=done),
    ]
    construct: Callable[..., Any] = compile_function(source, namespace, cls.__qualname__)
    construct.__name__ = cls.__name__
    construct.__qualname__ = cls.__qualname__
    construct.model = cls  # type: ignore[attr-defined]
    return construct
