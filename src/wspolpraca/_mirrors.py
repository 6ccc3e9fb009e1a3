"""
The mirror machinery both fast paths share (part of ``wspolpraca[fast]``).

:mod:`wspolpraca._fast` (strict mirrors) and :mod:`wspolpraca._fast_errors` (lenient mirrors
that collect errors) each subclass :class:`MirrorSet`; keeping it here, below both, lets the
strict path hand a refused text to the collecting one without an import circle.
"""

from __future__ import annotations

import datetime as dt
import decimal
import typing
from collections.abc import Callable, Mapping
from typing import Any, Final, Literal

import attrs
import msgspec

from ._construct import without_none

_UNSET: Final = msgspec.UNSET


class MirrorSet:
    """
    Mirror structs and builders for every class reachable from the documents.

    Subclasses say which msgspec type reads a field (:meth:`_field_wire`) and generate the
    builders (:meth:`_make_builder`); this class ties them into a decoder of documents.
    """

    suffix = "Wire"

    def __init__(self, kinds: Mapping[str, type[Any]], versions: tuple[str, ...]) -> None:
        self._structs: dict[type[Any], type[msgspec.Struct]] = {}
        self._builders: dict[type[Any], Callable[..., Any]] = {}
        self._links: list[tuple[dict[str, Any], str]] = []
        roots = []
        self.root_of: dict[type[msgspec.Struct], type[Any]] = {}
        for kind, cls in kinds.items():
            root = self._struct(cls, tag=kind, versions=versions)
            roots.append(root)
            self.root_of[root] = cls
        for namespace, key in self._links:
            if isinstance(namespace[key], type):  # a class used by several fields: once
                namespace[key] = self._builders[namespace[key]]
        union: Any = typing.Union[tuple(roots)]  # noqa: UP007 - built at run time
        self.decoder = msgspec.json.Decoder(union, strict=True)

    def builder(self, cls: type[Any]) -> Callable[..., Any]:
        return self._builders[cls]

    def _link(self, namespace: dict[str, Any], key: str, cls: type[Any]) -> None:
        """Name *cls*'s builder *key* in *namespace*, once every builder exists."""
        namespace[key] = cls
        self._links.append((namespace, key))

    def _wire(self, type_: Any) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def _field_wire(self, field: attrs.Attribute[Any]) -> Any:
        return self._wire(field.type)

    def _make_builder(self, cls: type[Any]) -> Callable[..., Any]:  # pragma: no cover
        raise NotImplementedError

    def _struct(
        self, cls: type[Any], tag: str | None = None, versions: tuple[str, ...] = ()
    ) -> type[msgspec.Struct]:
        """The mirror of *cls*; a document's (*tag* given) also reads the envelope."""
        if tag is None and cls in self._structs:
            return self._structs[cls]
        attrs.resolve_types(cls)
        fields: list[tuple[str, Any, Any] | tuple[str, Any]] = []
        for field in attrs.fields(cls):
            wire = self._field_wire(field)
            if field.default is attrs.NOTHING:
                fields.append((field.name, wire))
            else:
                fields.append((field.name, wire, _UNSET))
        if tag is not None:
            fields.append(("schema_version", Literal[versions]))
        fields.sort(key=lambda item: len(item) == 3)  # required fields first
        struct = msgspec.defstruct(
            f"{cls.__name__}{self.suffix}",
            fields,
            forbid_unknown_fields=True,
            gc=False,  # text, numbers and other mirrors only: no cycles
            tag_field="kind" if tag is not None else None,
            tag=tag,
            frozen=True,
        )
        if tag is None:
            self._structs[cls] = struct
        if cls not in self._builders:
            self._builders[cls] = self._make_builder(cls)
        return struct


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
