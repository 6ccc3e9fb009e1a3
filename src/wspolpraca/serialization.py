"""
JSON in and out: converters, documents, canonical text.

Wire rules (what :func:`configure_converter` registers):

- dates are ISO 8601 text ``YYYY-MM-DD``; nothing else is read as a date;
- amounts of money are text with at most two decimal places (``"1234.50"``), or whole
  JSON integers; fractions in JSON numbers are refused because they lose grosze in most
  JSON libraries, and scientific notation and thousands separators are refused;
  amounts are written with exactly two places;
- text, integers and booleans are strict: ``1`` is not text and ``true`` is not ``1``;
- lists are JSON lists and become tuples;
- objects must be JSON objects, unknown keys are errors and are never dropped;
- every problem in a document is collected, then raised as one
  :class:`~wspolpraca.errors.ValidationErrors` with a path for each.

A *document* is a top-level object with a ``kind`` (such as ``"annual_programme"``) and a
``schema_version``; :func:`loads` reads one and :func:`dumps` writes the canonical form:
sorted keys, two-space indentation, UTF-8 without escapes, a final newline,
so that two dumps of equal objects are byte-identical and diffs are meaningful.

>>> import wspolpraca
>>> programme = wspolpraca.load_file("examples/krakow-2021-annual.json")
>>> wspolpraca.loads(wspolpraca.dumps(programme)) == programme
True

.. versionadded:: 0.1
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Final, TypeAlias, TypeVar, overload

from . import _kinds
from ._io import MAX_BYTES, read_input
from ._messages import EXPECTED
from .errors import (
    DocumentError,
    InconsistentError,
    InvalidTypeError,
    MissingFieldError,
    Path,
    ValidationError,
    ValidationErrors,
)

if TYPE_CHECKING:
    import pathlib

    import cattrs

    from ._model._dossier import Dossier

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DOCUMENT_KINDS",
    "SCHEMA_VERSION",
    "SUPPORTED_SCHEMA_VERSIONS",
    "Document",
    "configure_converter",
    "dumps",
    "kind_of",
    "load_dossier",
    "load_file",
    "loads",
    "make_converter",
    "structure",
    "unstructure",
]


def __dir__() -> list[str]:
    return __all__


T = TypeVar("T")

# The registry lives in wspolpraca._kinds, below the fast path; this is its public face.
if TYPE_CHECKING:
    Document: TypeAlias = _kinds.Document
    """Any top-level document wspolpraca reads and writes."""


def __getattr__(name: str) -> Any:
    """``Document``, built when first asked for: it imports every kind's class."""
    if name == "Document":
        return _kinds.Document
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


SCHEMA_VERSION: Final = _kinds.SCHEMA_VERSION
"""The version of the document format this release writes."""

SUPPORTED_SCHEMA_VERSIONS: Final = _kinds.SUPPORTED_SCHEMA_VERSIONS
"""The versions this release reads, 1.1 and 1.0 (a 1.0 document is a valid 1.1 document
unless it holds a date outside 1990–2100 or a lone surrogate, which ``wspolpraca upgrade``
repairs, reporting each loss)."""

DOCUMENT_KINDS: Final[Mapping[str, type[Document]]] = _kinds.DOCUMENT_KINDS
"""Document kinds by their ``kind`` tag."""

_KIND_BY_CLASS: Final = _kinds.KIND_BY_CLASS

DEFAULT_MAX_BYTES: Final = MAX_BYTES
"""Files larger than this (16 MiB) are refused by :func:`load_file` unless told otherwise."""

_ENVELOPE: Final = ("kind", "schema_version")

# ---------------------------------------------------------------------------------------
# The converter (cattrs), in wspolpraca._detailed: imported only when it is needed


def configure_converter(converter: cattrs.Converter) -> None:
    """
    Register wspolpraca's wire rules (listed in this module's docstring) on *converter*.

    .. versionadded:: 0.1
    """
    from ._detailed import configure_converter as configure  # noqa: PLC0415 - cattrs when used

    configure(converter)


def make_converter(**kwargs: Any) -> cattrs.Converter:
    """
    Make a new converter with wspolpraca's wire rules; *kwargs* go to :class:`cattrs.Converter`.

    It never touches :data:`cattrs.global_converter`.

    .. versionadded:: 0.1
    """
    from ._detailed import make_converter as make  # noqa: PLC0415 - cattrs when used

    return make(**kwargs)


# ---------------------------------------------------------------------------------------
# Public functions


def kind_of(obj_or_cls: object) -> str:
    """
    The ``kind`` tag of a document object or class.

    Raises:
        InvalidTypeError: it is not a document.
    """
    cls = obj_or_cls if isinstance(obj_or_cls, type) else type(obj_or_cls)
    try:
        return _KIND_BY_CLASS[cls]
    except KeyError:
        raise InvalidTypeError(
            value=obj_or_cls, params={"expected": ", ".join(DOCUMENT_KINDS)}
        ) from None


def _open_envelope(
    data: object, cls: type[Any] | None, errors: list[ValidationError]
) -> tuple[type[Any] | None, dict[str, Any]]:
    if not isinstance(data, dict):
        errors.append(InvalidTypeError(value=data, params={"expected": EXPECTED["object"]}))
        return None, {}
    kinds = tuple(DOCUMENT_KINDS)
    kind = data.get("kind")
    target: type[Any] | None = None
    if "kind" not in data:
        errors.append(MissingFieldError(path=("kind",)))
    elif not isinstance(kind, str) or kind not in DOCUMENT_KINDS:
        errors.append(
            DocumentError("unknown_kind", path=("kind",), value=kind, params={"expected": kinds})
        )
    else:
        target = DOCUMENT_KINDS[kind]
        if cls is not None and target is not cls:
            errors.append(
                DocumentError(
                    "kind_mismatch",
                    path=("kind",),
                    value=kind,
                    params={"got": kind, "expected": kind_of(cls)},
                )
            )
            target = None
    version = data.get("schema_version")
    if "schema_version" not in data:
        errors.append(MissingFieldError(path=("schema_version",)))
        target = None
    elif version not in SUPPORTED_SCHEMA_VERSIONS:
        errors.append(
            DocumentError(
                "unsupported_schema_version",
                path=("schema_version",),
                value=version,
                params={"expected": SUPPORTED_SCHEMA_VERSIONS},
            )
        )
        target = None
    body = {key: value for key, value in data.items() if key not in _ENVELOPE}
    return target, body


@overload
def structure(data: object, cls: type[T]) -> T: ...
@overload
def structure(data: object, cls: None = None) -> Document: ...
def structure(data: object, cls: type[Any] | None = None) -> Any:
    """
    Turn JSON-like *data* (dicts, lists, strings, numbers) into an object of *cls*.

    For a document class (or *cls* ``None``: any document), *data* must carry
    ``kind`` and ``schema_version``; for any other model class it is the bare object.

    Raises:
        ValidationErrors: every problem found, each with its path.

    .. versionadded:: 0.1
    """
    return _structure(data, cls, [])


def _structure(data: object, cls: type[Any] | None, errors: list[ValidationError]) -> Any:
    target: type[Any] | None
    if cls is None or cls in _KIND_BY_CLASS:
        target, body = _open_envelope(data, cls, errors)
    else:
        target, body = cls, data  # type: ignore[assignment]
    if target is not None:
        from ._detailed import CONVERTER, errors_of  # noqa: PLC0415 - cattrs when used

        try:
            result = CONVERTER.structure(body, target)
        except Exception as exc:  # noqa: BLE001 - every failure becomes a located error
            errors.extend(errors_of(exc))
        else:
            if not errors:
                return result
    raise ValidationErrors("the document cannot be loaded", errors)


def unstructure(obj: object) -> Any:
    """
    Turn a model object into JSON-ready data; a document gains ``kind`` and ``schema_version``.

    .. versionadded:: 0.1
    """
    from ._detailed import CONVERTER  # noqa: PLC0415 - cattrs when used

    data = CONVERTER.unstructure(obj)
    kind = _KIND_BY_CLASS.get(type(obj))
    if kind is not None:
        data = {"kind": kind, "schema_version": SCHEMA_VERSION, **data}
    return data


def dumps(obj: object) -> str:
    """
    The canonical JSON text of *obj*: sorted keys, two-space indent, UTF-8, final newline.

    .. versionadded:: 0.1
    """
    return json.dumps(unstructure(obj), ensure_ascii=False, sort_keys=True, indent=2) + "\n"


class _DuplicateKeys(dict[str, Any]):
    """A JSON object in which a key appeared more than once (the last value kept)."""

    duplicates: tuple[str, ...] = ()


def _parse(text: str | bytes) -> tuple[object, list[ValidationError]]:
    if isinstance(text, bytes | bytearray):
        try:
            text = bytes(text).decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ValidationErrors(
                "the document cannot be loaded",
                [DocumentError("not_utf8", params={"detail": str(exc)})],
            ) from None
    elif text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise ValidationErrors("the document cannot be loaded", [DocumentError("empty_document")])
    seen_duplicates = False

    def pairs_hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal seen_duplicates
        obj = dict(pairs)
        if len(obj) == len(pairs):
            return obj
        seen_duplicates = True
        marked = _DuplicateKeys(obj)
        keys = [key for key, _ in pairs]
        marked.duplicates = tuple(sorted({key for key in keys if keys.count(key) > 1}))
        return marked

    data = _decode_json(text, pairs_hook)
    errors: list[ValidationError] = []
    if seen_duplicates:
        _find_duplicates(data, (), errors)
    return data, errors


def _decode_json(text: str, pairs_hook: Callable[[list[tuple[str, Any]]], Any]) -> object:
    """The JSON value of *text*; every way :func:`json.loads` fails becomes a located error."""
    try:
        return json.loads(text, object_pairs_hook=pairs_hook)
    except json.JSONDecodeError as exc:
        raise ValidationErrors(
            "the document cannot be loaded",
            [
                DocumentError(
                    "json_syntax",
                    params={"detail": exc.msg, "line": exc.lineno, "column": exc.colno},
                )
            ],
        ) from None
    except ValueError:
        # Not JSONDecodeError (caught above): an integer beyond int_max_str_digits.
        raise ValidationErrors(
            "the document cannot be loaded",
            [DocumentError("number_too_long", params={"limit": sys.get_int_max_str_digits()})],
        ) from None
    except RecursionError:
        raise ValidationErrors(
            "the document cannot be loaded",
            [
                DocumentError(
                    "json_syntax", params={"detail": "nested too deeply", "line": 0, "column": 0}
                )
            ],
        ) from None


def _find_duplicates(node: object, path: Path, out: list[ValidationError]) -> None:
    if isinstance(node, dict):
        if isinstance(node, _DuplicateKeys):
            out.extend(
                DocumentError("duplicate_key", path=(*path, key), params={"key": key})
                for key in node.duplicates
            )
        for key, value in node.items():
            _find_duplicates(value, (*path, key), out)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            _find_duplicates(value, (*path, index), out)


@overload
def loads(text: str | bytes, cls: type[T]) -> T: ...
@overload
def loads(text: str | bytes, cls: None = None) -> Document: ...
def loads(text: str | bytes, cls: type[Any] | None = None) -> Any:
    """
    Load a document from JSON *text*; *cls* ``None`` accepts any kind.

    Raises:
        ValidationErrors: every problem found (JSON syntax, structure, values,
            invariants), each with a stable code and a path.

    With the optional accelerator installed (``pip install wspolpraca[fast]``), a valid
    document is decoded by msgspec and built by the same classes; anything the fast path
    cannot read goes to the detailed path, which reports every problem. The result and the
    errors are the same either way.

    .. versionadded:: 0.1
    """
    if cls is None or cls in _KIND_BY_CLASS:
        fast = _fast_path()
        if fast is not None:
            result = fast(text, cls)
            if result is not NotImplemented:
                return result
        elif _FAST is None:  # no msgspec: json.loads and the collecting builders
            from ._collect import try_loads  # noqa: PLC0415 - only without msgspec

            result = try_loads(text, cls)
            if result is not NotImplemented:
                return result
    data, errors = _parse(text)
    return _structure(data, cls, errors)


_FAST: Callable[[str | bytes, type[Any] | None], Any] | bool | None = True
"""The fast path's entry: ``True`` until looked up; ``None`` when msgspec is missing (then
the collecting builders of :mod:`wspolpraca._collect` read the parsed values first);
``False`` when switched off (cattrs alone, as tests and benchmarks compare)."""


def _fast_path() -> Callable[[str | bytes, type[Any] | None], Any] | None:
    global _FAST  # noqa: PLW0603 - looked up once
    if _FAST is True:
        try:
            from ._fast import try_loads  # noqa: PLC0415 - optional, imported on first use
        except ImportError:
            _FAST = None
        else:
            _FAST = try_loads
    return _FAST or None


@overload
def load_file(
    path: str | os.PathLike[str], cls: type[T], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> T: ...
@overload
def load_file(
    path: str | os.PathLike[str], cls: None = None, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Document: ...
def load_file(
    path: str | os.PathLike[str],
    cls: type[Any] | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Any:
    """
    Load a document from the JSON file at *path*.

    Files over *max_bytes* are refused before they are read into memory.

    Raises:
        ValidationErrors: the file cannot be read, is too large, or is not a valid document.

    .. versionadded:: 0.1
    """
    raw = read_input(path, max_bytes)
    return loads(raw, cls)


def dossier_files(directory: pathlib.Path) -> list[pathlib.Path]:
    """The documents of a dossier directory: every ``*.json`` file below it, sorted."""
    return sorted(path for path in directory.rglob("*.json") if path.is_file())


def load_dossier(directory: str | os.PathLike[str]) -> Dossier:
    """
    Load every ``*.json`` document below *directory* (sorted by path) as one
    :class:`~wspolpraca.Dossier`, each named by its path.

    Raises:
        ValidationErrors: *directory* is not a readable directory, a file cannot be loaded,
            or the documents belong to different units. Each error is located at the
            document, ``$.documents[N]…`` (N counts the files in sorted order), and the
            group's message names the files.

    .. versionadded:: 0.2
    """
    import pathlib  # noqa: PLC0415 - reading one document needs no pathlib

    from ._model._dossier import Dossier  # noqa: PLC0415 - its classes only when used

    root = pathlib.Path(directory)
    if not root.is_dir():
        raise ValidationErrors(
            f"the dossier cannot be loaded: {root}",
            [DocumentError("not_a_directory", value=os.fspath(directory))],
        )
    files = dossier_files(root)
    documents: list[object] = []
    errors: list[ValidationError] = []
    failed: list[str] = []
    for index, path in enumerate(files):
        try:
            documents.append(load_file(path))
        except ValidationErrors as group:
            failed.append(str(path))
            errors.extend(error.at(("documents", index)) for error in group.errors)
    if errors:
        raise ValidationErrors(f"the dossier cannot be loaded: {', '.join(failed)}", errors)
    names = [str(path) for path in files]
    try:
        return Dossier.of(documents, names)
    except InconsistentError as error:
        raise ValidationErrors(f"the dossier cannot be loaded: {root}", [error]) from None
