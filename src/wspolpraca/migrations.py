"""
Upgrading documents written in an older ``schema_version`` to the current one.

A *migration* is a small function that takes the JSON data of a document in version N and
returns the data in version N+1 together with a :class:`LossWarning` for every value it could
not carry over; nothing is ever dropped silently. Migrations are registered in order on a
:class:`Migrations` registry; :func:`upgrade` runs the chain from a document's version to
:data:`~wspolpraca.serialization.SCHEMA_VERSION` and sets ``schema_version`` after each step.

:data:`MIGRATIONS` holds the chain this release ships. Version 1.1 (this release) refuses what
no output could handle: a date outside the years 1990–2100 and text holding a lone UTF-16
surrogate. A 1.0 document without them is a valid 1.1 document and loads as it is; the
migration 1.0 → 1.1 leaves out an optional date out of that range and replaces a lone
surrogate by U+FFFD, and reports each as a loss:

>>> import json, pathlib
>>> from wspolpraca.migrations import upgrade
>>> data = json.loads(pathlib.Path("examples/krakow-2021-report.json").read_text("utf-8"))
>>> data["schema_version"], data["submitted_on"] = "1.0", "0202-04-30"
>>> result = upgrade(data)
>>> result.steps, "submitted_on" in result.data
(('1.1',), False)
>>> print(result.losses[0].message("en"))
a date outside the years 1990–2100 has no place in schema version 1.1 and was left out (the field is optional) (got '0202-04-30') @ $.submitted_on

The command ``wspolpraca upgrade FILE`` prints the upgraded document and lists every loss.
A registry of your own shows the mechanism (a hypothetical version 0.9 whose ``editorial_notes``
became ``notes`` and whose ``internal_id`` has no place in 1.0):

>>> from wspolpraca.migrations import LossWarning, Migrations
>>> registry = Migrations(current="1.0")
>>> @registry.register("0.9", "1.0")
... def _notes(data):
...     data = dict(data)
...     losses = []
...     if "editorial_notes" in data:
...         data["notes"] = data.pop("editorial_notes")
...     if "internal_id" in data:
...         losses.append(LossWarning.dropped(("internal_id",), data.pop("internal_id")))
...     return data, losses
>>> old = {"kind": "annual_programme", "schema_version": "0.9", "editorial_notes": ["x"], "internal_id": 7}
>>> result = registry.upgrade(old)
>>> result.data
{'kind': 'annual_programme', 'schema_version': '1.0', 'notes': ['x']}
>>> print(result.losses[0].message("en"))
a value has no place in schema version 1.0 and was not carried over from 0.9 (got 7) @ $.internal_id

.. versionadded:: 0.1
"""

from __future__ import annotations

import copy
import datetime as dt
import types
import typing
from collections.abc import Callable
from typing import Any, Final, TypeAlias

import attrs

from ._model._common import MAX_YEAR, MIN_YEAR
from ._text import Lang, Text
from .errors import DocumentError, MissingFieldError, Path, ValidationErrors, format_path
from .serialization import DOCUMENT_KINDS, SCHEMA_VERSION

__all__ = [
    "MIGRATIONS",
    "LossWarning",
    "Migration",
    "MigrationFunction",
    "Migrations",
    "Upgrade",
    "upgrade",
]


def __dir__() -> list[str]:
    return __all__


_DROPPED: Final = Text(
    pl="wartość nie ma miejsca w wersji schematu {to_version} i nie została przeniesiona z {from_version}",
    en="a value has no place in schema version {to_version} and was not carried over from {from_version}",
)


_GOT: Final = Text(pl="otrzymano", en="got")


@attrs.frozen(kw_only=True)
class LossWarning:
    """
    A value a migration could not carry over to the next version.

    Args:
        path: Where the value was in the old document.
        value: The value that was lost, as JSON data.
        reason: Why it was lost, in Polish and English; may use ``{from_version}``
            and ``{to_version}``.
        from_version: The version migrated from; filled in by :meth:`Migrations.upgrade`.
        to_version: The version migrated to; filled in by :meth:`Migrations.upgrade`.

    .. versionadded:: 0.1
    """

    path: Path
    value: object
    reason: Text = _DROPPED
    from_version: str = ""
    to_version: str = ""

    @classmethod
    def dropped(cls, path: Path, value: object) -> LossWarning:
        """A warning that the value at *path* has no place in the new version."""
        return cls(path=path, value=value)

    @property
    def jsonpath(self) -> str:
        """The path as ``$.field[0].sub``."""
        return format_path(self.path)

    def message(self, lang: Lang = "pl") -> str:
        """What was lost, the value and where, in *lang*."""
        versions = {"from_version": self.from_version, "to_version": self.to_version}
        got = _GOT(lang)
        return f"{self.reason.format(lang, versions)} ({got} {self.value!r}) @ {self.jsonpath}"

    def as_dict(self, lang: Lang = "pl") -> dict[str, object]:
        """The warning as JSON-ready data."""
        return {
            "path": self.jsonpath,
            "value": self.value,
            "from_version": self.from_version,
            "to_version": self.to_version,
            "message": self.message(lang),
        }


MigrationFunction: TypeAlias = Callable[[dict[str, Any]], tuple[dict[str, Any], list[LossWarning]]]
"""A step that takes the data in version N and returns the data in version N+1 and its losses."""


@attrs.frozen(kw_only=True)
class Migration:
    """
    One registered step from *from_version* to *to_version*.

    .. versionadded:: 0.1
    """

    from_version: str
    to_version: str
    function: MigrationFunction


@attrs.frozen(kw_only=True)
class Upgrade:
    """
    The result of :func:`upgrade`.

    Args:
        data: The document in the current version, as JSON data.
        from_version: The version the document declared.
        steps: The versions it passed through after *from_version*, in order;
            empty when it was already current.
        losses: Every value that could not be carried over, in the order found.

    .. versionadded:: 0.1
    """

    data: dict[str, Any]
    from_version: str
    steps: tuple[str, ...]
    losses: tuple[LossWarning, ...]


@attrs.define
class Migrations:
    """
    An ordered chain of migrations ending at *current*.

    .. versionadded:: 0.1
    """

    current: str
    _steps: dict[str, Migration] = attrs.field(factory=dict, init=False)

    def register(
        self, from_version: str, to_version: str
    ) -> Callable[[MigrationFunction], MigrationFunction]:
        """
        Register the decorated function as the step from *from_version* to *to_version*.

        Raises:
            ValueError: a step from *from_version* is already registered, or *from_version*
                is the current version (nothing migrates away from it).
        """
        if from_version in self._steps or from_version == self.current:
            msg = f"a migration from schema version {from_version!r} cannot be registered twice"
            raise ValueError(msg)

        def decorate(function: MigrationFunction) -> MigrationFunction:
            self._steps[from_version] = Migration(
                from_version=from_version, to_version=to_version, function=function
            )
            return function

        return decorate

    def readable(self) -> tuple[str, ...]:
        """Every version this chain upgrades to the current one, the current version last."""
        found = [version for version in self._steps if self._chain(version) is not None]
        return (*sorted(found), self.current)

    def _chain(self, version: str) -> list[Migration] | None:
        chain: list[Migration] = []
        while version != self.current:
            step = self._steps.get(version)
            if step is None or len(chain) > len(self._steps):
                return None
            chain.append(step)
            version = step.to_version
        return chain

    def upgrade(self, data: object) -> Upgrade:
        """
        Upgrade the document *data* (parsed JSON) to the current version.

        *data* is not changed; the result holds a new copy.

        Raises:
            ValidationErrors: *data* is not an object, has no ``schema_version``, or declares
                a version this chain does not lead from (``code="unsupported_schema_version"``).
        """
        if not isinstance(data, dict):
            raise ValidationErrors(
                "the document cannot be upgraded", [DocumentError("not_a_document", value=data)]
            )
        if "schema_version" not in data:
            raise ValidationErrors(
                "the document cannot be upgraded", [MissingFieldError(path=("schema_version",))]
            )
        version = data["schema_version"]
        chain = self._chain(version) if isinstance(version, str) else None
        if chain is None:
            raise ValidationErrors(
                "the document cannot be upgraded",
                [
                    DocumentError(
                        "unsupported_schema_version",
                        path=("schema_version",),
                        value=version,
                        params={"expected": self.readable()},
                    )
                ],
            )
        current: dict[str, Any] = copy.deepcopy(data)
        losses: list[LossWarning] = []
        for step in chain:
            current, found = step.function(current)
            current = {**current, "schema_version": step.to_version}
            losses.extend(
                attrs.evolve(loss, from_version=step.from_version, to_version=step.to_version)
                for loss in found
            )
        return Upgrade(
            data=current,
            from_version=version,
            steps=tuple(step.to_version for step in chain),
            losses=tuple(losses),
        )


MIGRATIONS: Final = Migrations(current=SCHEMA_VERSION)
"""The migrations this release ships, from 1.0 to 1.1."""


# ---------------------------------------------------------------------------------------
# 1.0 → 1.1: dates within 1990–2100, text valid Unicode (issue 26)

_DATE_OUT_OF_RANGE: Final = Text(
    pl=f"data spoza lat {MIN_YEAR}–{MAX_YEAR} nie ma miejsca w wersji schematu {{to_version}} "
    "i została pominięta (pole jest nieobowiązkowe)",
    en=f"a date outside the years {MIN_YEAR}–{MAX_YEAR} has no place in schema version "
    "{to_version} and was left out (the field is optional)",
)
_INVALID_TEXT: Final = Text(
    pl="tekst zawierał samotny surogat UTF-16, którego wersja schematu {to_version} nie "
    "przyjmuje; zastąpiono go znakiem U+FFFD",
    en="the text held a lone UTF-16 surrogate, which schema version {to_version} refuses; "
    "it was replaced by U+FFFD",
)


@MIGRATIONS.register("1.0", "1.1")
def _to_1_1(data: dict[str, Any]) -> tuple[dict[str, Any], list[LossWarning]]:
    """
    Version 1.1 refuses what no output could handle (issue 26): a date outside the years
    :data:`~wspolpraca._model._common.MIN_YEAR`–:data:`~wspolpraca._model._common.MAX_YEAR`
    and text holding a lone UTF-16 surrogate. An optional date out of that range is left out
    and a surrogate is replaced by U+FFFD, each with a :class:`LossWarning`; a required date
    out of range stays, and loading the upgraded document reports it at its place.
    """
    losses: list[LossWarning] = []
    repaired = _valid_text(data, (), losses)
    cls = (
        DOCUMENT_KINDS.get(repaired.get("kind")) if isinstance(repaired.get("kind"), str) else None
    )
    if cls is not None:
        _drop_implausible_dates(cls, repaired, (), losses)
    return repaired, losses


def _valid_text(node: Any, path: Path, losses: list[LossWarning]) -> Any:
    """*node* with every lone surrogate in its text replaced (keys too), each loss recorded."""
    if isinstance(node, str):
        fixed = node.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
        if fixed != node:
            losses.append(LossWarning(path=path, value=node, reason=_INVALID_TEXT))
        return fixed
    if isinstance(node, list):
        return [_valid_text(item, (*path, index), losses) for index, item in enumerate(node)]
    if isinstance(node, dict):
        return {
            _valid_text(key, path, losses): _valid_text(value, (*path, key), losses)
            for key, value in node.items()
        }
    return node


def _drop_implausible_dates(
    cls: type[Any], data: dict[str, Any], path: Path, losses: list[LossWarning]
) -> None:
    """Leave out, in place, every optional date of *data* (an object of *cls*) out of range."""
    for field in attrs.fields(attrs.resolve_types(cls)):
        if field.name not in data:
            continue
        value = data[field.name]
        here = (*path, field.name)
        for inner in _inner_types(field.type):
            if inner is dt.date and field.default is None and _implausible(value):
                losses.append(LossWarning(path=here, value=value, reason=_DATE_OUT_OF_RANGE))
                del data[field.name]
                break
            if attrs.has(inner):
                _walk(inner, value, here, losses, many=_is_many(field.type))


def _walk(cls: type[Any], value: Any, path: Path, losses: list[LossWarning], *, many: bool) -> None:
    if many and isinstance(value, list):
        for index, item in enumerate(value):
            if isinstance(item, dict):
                _drop_implausible_dates(cls, item, (*path, index), losses)
    elif not many and isinstance(value, dict):
        _drop_implausible_dates(cls, value, path, losses)


def _inner_types(type_: Any) -> tuple[Any, ...]:
    """The classes a field's type names: ``X | None`` and ``tuple[X, ...]`` give X."""
    origin = typing.get_origin(type_)
    if origin in (typing.Union, types.UnionType, tuple):
        return tuple(
            inner
            for arg in typing.get_args(type_)
            if arg is not Ellipsis
            for inner in _inner_types(arg)
        )
    return (type_,)


def _is_many(type_: Any) -> bool:
    return typing.get_origin(type_) is tuple


def _implausible(value: object) -> bool:
    """Whether *value* is an existing ISO date outside the plausible years."""
    if not isinstance(value, str) or len(value) != 10:
        return False
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return False  # not a date at all: loading reports it
    return not MIN_YEAR <= day.year <= MAX_YEAR


def upgrade(data: object, *, registry: Migrations | None = None) -> Upgrade:
    """
    Upgrade the document *data* (parsed JSON) to the current schema version.

    *registry* ``None`` means :data:`MIGRATIONS`, the chain this release ships.

    Raises:
        ValidationErrors: see :meth:`Migrations.upgrade`.

    .. versionadded:: 0.1
    """
    return (MIGRATIONS if registry is None else registry).upgrade(data)
