"""
The mirror machinery both fast paths share (part of ``wspolpraca[fast]``).

:mod:`wspolpraca._fast` (strict mirrors) and :mod:`wspolpraca._fast_errors` (lenient mirrors
that collect errors) each subclass :class:`MirrorSet`; keeping it here, below both, lets the
strict path hand a refused text to the collecting one without an import circle.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Mapping
from typing import Any, Final, Literal, NamedTuple

import attrs
import msgspec

_UNSET: Final = msgspec.UNSET


class _Nothing(msgspec.Struct, tag_field="kind", tag="\x00"):
    """The other member of each kind's tagged union: with it, msgspec requires and checks the
    ``kind`` tag. No document is one (readers compare the decoded type with the root's)."""


_KIND_TEXT: Final = re.compile(r'"kind"\s*:\s*"([a-z0-9_]{1,64})"')
_KIND_BYTES: Final = re.compile(rb'"kind"\s*:\s*"([a-z0-9_]{1,64})"')


def find_kind(text: str | bytes, kinds: Mapping[str, Any]) -> str | None:
    """
    The first ``"kind": "..."`` in *text* whose value is a registered kind; ``None`` if none.

    Only a guess, to choose which kind's mirrors to build and decode with: the decoder then
    checks the document's own tag, so a wrong guess (a nested ``kind`` that happens to name
    a document kind) fails there and the detailed path decides.
    """
    if isinstance(text, str):
        for match in _KIND_TEXT.finditer(text):
            if match.group(1) in kinds:
                return match.group(1)
        return None
    for found in _KIND_BYTES.finditer(text):
        kind = found.group(1).decode("ascii")
        if kind in kinds:
            return kind
    return None


class Kind(NamedTuple):
    """What reading one document kind needs."""

    decoder: msgspec.json.Decoder[Any]
    """Decodes a text into the kind's root mirror (or :class:`_Nothing`: not this kind)."""
    cls: type[Any]
    """The document class."""
    root: type[msgspec.Struct]
    """The root mirror: a decoded struct of another type is not a document of this kind."""


class MirrorSet:
    """
    Mirror structs and builders for the classes reachable from the documents, built per
    document kind on first use.

    Subclasses say which msgspec type reads a field (:meth:`_field_wire`) and generate the
    builders (:meth:`_make_builder`); this class ties them into a decoder for each kind. A
    kind's mirrors are built the first time a text of that kind is read (:meth:`kind`), so a
    process that reads only annual programmes never builds the others; classes several kinds
    share are built once. Nothing here names a kind: a kind added to the registry is covered.
    """

    suffix = "Wire"

    def __init__(self, kinds: Mapping[str, type[Any]], versions: tuple[str, ...]) -> None:
        self._kinds = kinds
        self._versions = versions
        self._structs: dict[type[Any], type[msgspec.Struct]] = {}
        self._builders: dict[type[Any], Callable[..., Any]] = {}
        self._links: list[tuple[dict[str, Any], str]] = []
        self._by_kind: dict[str, Kind | None] = {}
        self._lock = threading.Lock()

    def kind(self, kind: str) -> Kind | None:
        """
        The decoder of documents of *kind* and its class, built on first use; ``None`` if
        *kind* is not registered or its mirrors cannot be built (then it is never fast).

        The decoder reads a union of the kind's mirror and a mirror no document is, so that
        msgspec requires the ``kind`` tag and checks it, as it does for several kinds.
        """
        try:
            return self._by_kind[kind]
        except KeyError:
            pass
        with self._lock:
            if kind not in self._by_kind:
                self._by_kind[kind] = self._build_kind(kind)
            return self._by_kind[kind]

    def _build_kind(self, kind: str) -> Kind | None:
        if kind not in self._kinds:
            return None
        structs, builders, links = dict(self._structs), dict(self._builders), len(self._links)
        try:
            cls = self._kinds[kind]
            root = self._struct(cls, tag=kind, versions=self._versions)
            for namespace, key in self._links[links:]:
                if isinstance(namespace[key], type):  # a class used by several fields: once
                    namespace[key] = self._builders[namespace[key]]
            union: Any = root | _Nothing
            return Kind(msgspec.json.Decoder(union, strict=True), cls, root)
        except Exception:  # noqa: BLE001 - a model or msgspec the fast path does not know
            # Forget what this kind half-built, so that other kinds never see it.
            self._structs, self._builders = structs, builders
            del self._links[links:]
            return None

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
