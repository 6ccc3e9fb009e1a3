"""Registration of a strategy for every public document and value class with Hypothesis."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, cast

import attrs
from hypothesis import strategies as st

from . import _common
from ._common import _Make
from ._families import FAMILIES


def _instances(obj: object, cls: type[Any]) -> list[Any]:
    """Every instance of *cls* inside *obj* (an attrs object, a tuple, or a leaf)."""
    if isinstance(obj, cls):
        return [obj]
    if isinstance(obj, tuple):
        return [found for item in obj for found in _instances(item, cls)]
    if attrs.has(type(obj)):
        return [
            found
            for field in attrs.fields(cast("Any", type(obj)))
            for found in _instances(getattr(obj, field.name), cls)
        ]
    return []


def _part_of(cls: type[Any], parent: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Instances of *cls* taken from valid objects of *parent* (so valid themselves)."""
    return parent.map(lambda obj: _instances(obj, cls)).filter(bool).flatmap(st.sampled_from)


def _registered() -> dict[type[Any], _Make]:
    """The strategy of every public document and value class, built on demand."""
    own: dict[type[Any], _Make] = {}
    for family in (_common, *FAMILIES):
        own.update(family.STRATEGIES)
    # Value classes come from the documents that hold them.
    for family in FAMILIES:
        for cls, parent in family.PARTS.items():
            own[cls] = functools.partial(lambda c, p: _part_of(c, p()), cls, parent)
    return own


def _hypothesis_setup_hook() -> None:
    """
    Register a strategy for every public document and value class with Hypothesis, so that
    ``st.from_type(AnnualProgramme)`` and ``st.builds`` draw valid objects.

    Hypothesis calls this through the ``hypothesis`` entry point of the package
    (``[project.entry-points.hypothesis]`` in ``pyproject.toml``, through
    ``wspolpraca._hypothesis_plugin``) when the package is installed, and this module calls
    it when imported; calling it again is harmless. The strategies are built lazily, on first use.

    .. versionadded:: 0.1
    """
    for cls, make in _registered().items():
        st.register_type_strategy(cls, functools.partial(_resolve, make))


def _resolve(make: Callable[[], st.SearchStrategy[Any]], cls: type[Any]) -> st.SearchStrategy[Any]:
    """The strategy *make* builds, for ``st.from_type(cls)`` (Hypothesis asks lazily)."""
    return make()
