"""Indicators (*mierniki*) and amounts per year, shared by programmes and reports."""

from __future__ import annotations

from decimal import Decimal

import attrs

from ..validators import money, not_blank
from ._common import plausible_year
from ._fields import meta


@attrs.frozen(kw_only=True)
class Indicator:
    """
    A measure by which a programme is evaluated (*miernik*, art. 5a ust. 4 pkt 9).

    Values are non-negative decimals with at most two places, like amounts
    (counts, shares in per cent, złoty).

    Args:
        name: What is measured, such as ``"liczba ogłoszonych otwartych konkursów ofert"``.
        unit: The unit, such as ``"szt."``, ``"%"`` or ``"zł"``; ``None`` for a plain count.
        baseline: The value before the programme; ``None`` when not stated.
        target: The value the programme aims at; ``None`` when not stated.

    .. versionadded:: 0.1
    """

    name: str = attrs.field(validator=not_blank(), metadata=meta("Miernik", "Indicator"))
    unit: str | None = attrs.field(default=None, metadata=meta("Jednostka", "Unit"))
    baseline: Decimal | None = attrs.field(
        default=None, validator=money(), metadata=meta("Wartość bazowa", "Baseline")
    )
    target: Decimal | None = attrs.field(
        default=None, validator=money(), metadata=meta("Wartość docelowa", "Target")
    )


@attrs.frozen(kw_only=True)
class IndicatorValue:
    """
    The measured value of an indicator in a report.

    Args:
        name: The indicator's name, as the programme states it.
        value: The measured value.
        unit: The unit; ``None`` for a plain count.

    .. versionadded:: 0.1
    """

    name: str = attrs.field(validator=not_blank(), metadata=meta("Miernik", "Indicator"))
    value: Decimal = attrs.field(validator=money(), metadata=meta("Wartość", "Value"))
    unit: str | None = attrs.field(default=None, metadata=meta("Jednostka", "Unit"))


@attrs.frozen(kw_only=True)
class YearlyAmount:
    """
    An amount of złoty planned (or spent) in one calendar year.

    Args:
        year: The year.
        amount: The amount.

    .. versionadded:: 0.1
    """

    year: int = attrs.field(validator=plausible_year, metadata=meta("Rok", "Year"))
    amount: Decimal = attrs.field(validator=money(), metadata=meta("Kwota", "Amount"))
