"""
Upgrading documents written in an older ``schema_version`` to the current one.

A *migration* is a small function that takes the JSON data of a document in version N and
returns the data in version N+1 together with a :class:`LossWarning` for every value it could
not carry over; nothing is ever dropped silently. Migrations are registered in order on a
:class:`Migrations` registry; :func:`upgrade` runs the chain from a document's version to
:data:`~wspolpraca.serialization.SCHEMA_VERSION` and sets ``schema_version`` after each step.

``schema_version`` 1.0 is the first version of the format, so :data:`MIGRATIONS` holds no
migration yet and :func:`upgrade` returns a 1.0 document unchanged. When 1.1 or 2.0 comes,
its migration is written here (``@MIGRATIONS.register("1.0", "2.0")``) together with the
version bump; the command ``wspolpraca upgrade FILE`` prints the upgraded document and lists
every loss.

>>> import json, pathlib
>>> from wspolpraca.migrations import upgrade
>>> data = json.loads(pathlib.Path("examples/krakow-2021-annual.json").read_text("utf-8"))
>>> result = upgrade(data)
>>> result.data == data, result.losses, result.steps
(True, (), ())

A registry of your own shows the mechanism (a hypothetical version 0.9 whose ``editorial_notes``
became ``notes`` and whose ``internal_id`` has no place in 1.0):

>>> from wspolpraca.migrations import LossWarning, Migrations
>>> from wspolpraca.serialization import SCHEMA_VERSION
>>> registry = Migrations(current=SCHEMA_VERSION)
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
from collections.abc import Callable
from typing import Any, Final, TypeAlias

import attrs

from ._text import Lang, Text
from .errors import DocumentError, MissingFieldError, Path, ValidationErrors, format_path
from .serialization import SCHEMA_VERSION

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
"""The migrations this release ships, none yet because 1.0 is the first version."""


def upgrade(data: object, *, registry: Migrations | None = None) -> Upgrade:
    """
    Upgrade the document *data* (parsed JSON) to the current schema version.

    *registry* ``None`` means :data:`MIGRATIONS`, the chain this release ships.

    Raises:
        ValidationErrors: see :meth:`Migrations.upgrade`.

    .. versionadded:: 0.1
    """
    return (MIGRATIONS if registry is None else registry).upgrade(data)
