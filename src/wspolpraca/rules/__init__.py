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
>>> {"WSP-PRG-001", "WSP-CNS-001"} <= {rule.code for rule in wspolpraca.CATALOGUE}
True

.. versionadded:: 0.1
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from . import consultation as _consultation
from . import programme as _programme
from ._engine import (
    CheckFunction,
    CheckResult,
    Context,
    DatedValue,
    Finding,
    Hit,
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
    "check",
    "reference_date",
]


def __dir__() -> list[str]:
    return __all__


CATALOGUE: tuple[Rule, ...] = (*_consultation.RULES, *_programme.RULES)
"""Every rule wspolpraca ships, in code order."""

PARAMETERS: tuple[Parameter[object], ...] = (
    *_consultation.PARAMETERS,
    *_programme.PARAMETERS,
)
"""Every dated parameter the shipped rules read."""

_REFERENCE_DATES: dict[type[Any], Callable[[Any], dt.date]] = {
    **_consultation.REFERENCE_DATES,
    **_programme.REFERENCE_DATES,
}


def reference_date(obj: object) -> dt.date:
    """
    The date whose law applies to *obj* when :func:`check` is not told otherwise.

    For an annual programme: the adoption of its resolution, or, for a draft, 30 November
    of the preceding year. For a consultation round: the first day of its window. Each rule family documents its own documents' dates.

    Raises:
        TypeError: *obj* is not a document wspolpraca checks.
    """
    finder = _REFERENCE_DATES.get(type(obj))
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

    Returns:
        The findings, errors first. ``check`` never raises on a valid object.

    .. versionadded:: 0.1
    """
    day = on if on is not None else reference_date(obj)
    return run(obj, CATALOGUE if rules is None else rules, on=day, select=select, ignore=ignore)
