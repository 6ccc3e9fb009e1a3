"""
The rule catalogue and the checker.

A *rule* describes something a real municipality can get wrong; unlike an invariant,
breaking it does not stop a document from loading. :func:`check` runs every rule that
applies to an object and is in force on the relevant date, and returns the findings.

>>> import wspolpraca
>>> programme = wspolpraca.load_file("examples/krakow-2021-annual.json")
>>> result = wspolpraca.check(programme)
>>> result.ok
True
>>> "WSP-PRG-001" in {rule.code for rule in wspolpraca.CATALOGUE}
True

.. versionadded:: 0.1
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable, Mapping, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any

from .._text import Text
from ._engine import (
    CheckFunction,
    CheckResult,
    Context,
    DatedValue,
    Finding,
    Hit,
    LocalLaw,
    Parameter,
    Rule,
    Severity,
    run,
)

__all__ = [
    "CATALOGUE",
    "PARAMETERS",
    "CheckFunction",
    "CheckResult",
    "Context",
    "DatedValue",
    "Finding",
    "Hit",
    "Parameter",
    "Rule",
    "Severity",
    "Text",
    "check",
    "reference_date",
]


def __dir__() -> list[str]:
    return __all__


_FAMILIES: dict[str, tuple[str, ...]] = {
    "programme": ("AnnualProgramme",),
    "multiyear": ("MultiYearProgramme",),
    "report": ("ImplementationReport",),
    "history": ("ProgrammeHistory",),
    "council": ("Council",),
    "nonfinancial": ("NonFinancialActivity",),
    "competition": ("OpenCompetition", "LocalInitiative"),
    "small_grant": ("SmallGrantRegister", "Agreement"),
    "paperwork": ("TaskOffer", "TaskReport", "Agreement", "Dossier", "OpenCompetition"),
    "consultation": ("ConsultationRound",),
    "dossier": ("Dossier",),
    "budget": ("BudgetYear", "Population"),
    "regranting": ("TaskOffer", "Agreement", "TaskReport"),
}
"""The rule families in catalogue order, each with the names of the classes its rules check.

A family module is imported the first time a document it checks is checked (or the whole
catalogue is asked for), so checking one kind imports neither the other families nor their
model classes. ``tests/test_rules.py`` keeps this table equal to the families' own rules."""


def _family(name: str) -> ModuleType:
    return importlib.import_module(f".{name}", __name__)


def _families_of(cls: type[Any]) -> tuple[ModuleType, ...]:
    """The families with rules for *cls* (or a class it derives from), in catalogue order."""
    found = _BY_CLASS.get(cls)
    if found is None:
        names = {base.__qualname__ for base in cls.__mro__}
        found = tuple(
            _family(family) for family, checked in _FAMILIES.items() if names & set(checked)
        )
        _BY_CLASS[cls] = found
    return found


_BY_CLASS: dict[type[Any], tuple[ModuleType, ...]] = {}


def _rules_for(cls: type[Any]) -> tuple[Rule, ...]:
    """The catalogue's rules that may apply to an instance of *cls*, in catalogue order."""
    rules = _RULES_BY_CLASS.get(cls)
    if rules is None:
        rules = tuple(
            rule
            for family in _families_of(cls)
            for rule in family.RULES
            if issubclass(cls, rule.applies_to)
        )
        _RULES_BY_CLASS[cls] = rules
    return rules


_RULES_BY_CLASS: dict[type[Any], tuple[Rule, ...]] = {}


def __getattr__(name: str) -> Any:
    """:data:`CATALOGUE` and :data:`PARAMETERS`, gathered from every family when first asked for."""
    if name in ("CATALOGUE", "PARAMETERS"):
        families = [_family(family) for family in _FAMILIES]
        attribute = "RULES" if name == "CATALOGUE" else name
        value = tuple(item for family in families for item in getattr(family, attribute))
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


if TYPE_CHECKING:
    CATALOGUE: tuple[Rule, ...]
    """Every rule wspolpraca ships, family by family."""

    PARAMETERS: tuple[Parameter[Any], ...]
    """Every dated parameter the shipped rules read."""


def reference_date(obj: object) -> dt.date:
    """
    The date whose law applies to *obj* when :func:`check` is not told otherwise.

    For an annual programme: the adoption of its resolution, or, for a draft, 30 November
    of the preceding year. Each rule family documents the date for its own documents
    (``reference_date`` in its module).

    Raises:
        TypeError: *obj* is not a document wspolpraca checks.
    """
    finder: Callable[[Any], dt.date] | None = next(
        (
            family.REFERENCE_DATES[type(obj)]
            for family in _families_of(type(obj))
            if type(obj) in family.REFERENCE_DATES
        ),
        None,
    )
    if finder is None:
        raise TypeError(f"no reference date for {type(obj).__name__}")
    return finder(obj)


def check(
    obj: object,
    *,
    on: dt.date | None = None,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] = (),
    rules: Sequence[Rule] | None = None,
    profile: LocalLaw | None = None,
    severities: Mapping[str, Severity] | None = None,
) -> CheckResult:
    """
    Check *obj* against the rules in force on the relevant date.

    Args:
        obj: A loaded document, such as an :class:`~wspolpraca.AnnualProgramme`.
        on: The date whose law applies; ``None`` means :func:`reference_date` of *obj*.
        select: Only rules whose code starts with one of these prefixes
            (``["WSP-PRG"]``); ``None`` means all.
        ignore: Skip rules whose code starts with one of these prefixes.
        rules: The rules to run; ``None`` means :data:`CATALOGUE`.
        profile: A municipal profile (:class:`wspolpraca.profiles.Profile`) whose local values, codelist entries, switched-off
            rules and stricter severities apply; ``None`` means the statute alone.
        severities: Severities for this run by rule code, like a linter's configuration;
            they win over the profile's. A finding resting on something unconfirmed is still
            never an error.

    Returns:
        The findings, errors first. ``check`` never raises on a valid object.

    .. versionadded:: 0.1
    """
    day = on if on is not None else reference_date(obj)
    if rules is None:
        rules = _rules_for(type(obj))  # the catalogue's rules for it: same findings, same order
    if profile is None:
        return run(
            obj,
            rules,
            on=day,
            select=select,
            ignore=ignore,
            severities=severities,
        )
    return run(
        obj,
        rules,
        on=day,
        select=select,
        ignore=(*ignore, *profile.ignore),
        overrides=profile.overrides(),
        codelists=profile.codelists(),
        severities={**profile.severity_map(), **(severities or {})},
        local_states=profile.state_map(),
    )
