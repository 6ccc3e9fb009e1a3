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
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from .._text import Text
from . import competition as _competition
from . import consultation as _consultation
from . import council as _council
from . import dossier as _dossier
from . import history as _history
from . import multiyear as _multiyear
from . import nonfinancial as _nonfinancial
from . import paperwork as _paperwork
from . import programme as _programme
from . import report as _report
from . import small_grant as _small_grant
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


CATALOGUE: tuple[Rule, ...] = (
    *_programme.RULES,
    *_multiyear.RULES,
    *_report.RULES,
    *_history.RULES,
    *_council.RULES,
    *_nonfinancial.RULES,
    *_competition.RULES,
    *_small_grant.RULES,
    *_paperwork.RULES,
    *_consultation.RULES,
    *_dossier.RULES,
)
"""Every rule wspolpraca ships, family by family."""

PARAMETERS: tuple[Parameter[Any], ...] = (
    *_programme.PARAMETERS,
    *_multiyear.PARAMETERS,
    *_report.PARAMETERS,
    *_history.PARAMETERS,
    *_council.PARAMETERS,
    *_nonfinancial.PARAMETERS,
    *_competition.PARAMETERS,
    *_small_grant.PARAMETERS,
    *_paperwork.PARAMETERS,
    *_consultation.PARAMETERS,
    *_dossier.PARAMETERS,
)
"""Every dated parameter the shipped rules read."""

_REFERENCE_DATES: dict[type[Any], Callable[[Any], dt.date]] = {
    **_programme.REFERENCE_DATES,
    **_multiyear.REFERENCE_DATES,
    **_report.REFERENCE_DATES,
    **_history.REFERENCE_DATES,
    **_council.REFERENCE_DATES,
    **_nonfinancial.REFERENCE_DATES,
    **_competition.REFERENCE_DATES,
    **_small_grant.REFERENCE_DATES,
    **_paperwork.REFERENCE_DATES,
    **_consultation.REFERENCE_DATES,
    **_dossier.REFERENCE_DATES,
}


def reference_date(obj: object) -> dt.date:
    """
    The date whose law applies to *obj* when :func:`check` is not told otherwise.

    For an annual programme: the adoption of its resolution, or, for a draft, 30 November
    of the preceding year. Each rule family documents the date for its own documents
    (``reference_date`` in its module).

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
    if profile is None:
        return run(
            obj,
            CATALOGUE if rules is None else rules,
            on=day,
            select=select,
            ignore=ignore,
            severities=severities,
        )
    return run(
        obj,
        CATALOGUE if rules is None else rules,
        on=day,
        select=select,
        ignore=(*ignore, *profile.ignore),
        overrides=profile.overrides(),
        codelists=profile.codelists(),
        severities={**profile.severity_map(), **(severities or {})},
        local_states=profile.state_map(),
    )
