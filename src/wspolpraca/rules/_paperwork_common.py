"""
Shared pieces of the paperwork rules (:mod:`wspolpraca.rules.paperwork`): the provisions they
cite and the arithmetic of a cost calculation.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from .._model._calculation import CostLine
from ..law import Citation, Confidence
from ._engine import Hit

ART_14_1 = Citation("14", "1", confidence=Confidence.SECONDARY)
ART_14_2 = Citation("14", "2", confidence=Confidence.UNCONFIRMED)
ART_13_2_2 = Citation("13", "2", "2")
ART_13_2 = Citation("13", "2")
ART_15_1_4 = Citation("15", "1", "4")
ART_16_1 = Citation("16", "1", confidence=Confidence.SECONDARY)
ART_18_1 = Citation("18", "1")
ART_18_4 = Citation("18", "4")
ART_18_4_1 = Citation("18", "4", "1")
ART_18_4_2 = Citation("18", "4", "2")
ART_19 = Citation("19", confidence=Confidence.SECONDARY)
ART_19A_1_1 = Citation("19a", "1", "1", confidence=Confidence.SECONDARY)
ART_19A_1_2 = Citation("19a", "1", "2", confidence=Confidence.SECONDARY)

HUNDRED = Decimal(100)
PERCENT_TOLERANCE = Decimal("0.01")
"""Half a unit of the forms' last printed place would be 0.005; one hundredth forgives both
roundings a spreadsheet may apply, and a false rejection is worse than a false acceptance."""


def label(line: CostLine, index: int) -> str:
    """How a finding names a cost line: its printed number, else its position and name."""
    return line.number or f"{index + 1}. {line.name}"


def percent(value: Decimal) -> str:
    """A quantity or a percentage as plain text (not as money)."""
    return f"{value.normalize():f}"


def line_arithmetic(lines: tuple[CostLine, ...]) -> Iterator[Hit]:
    """A hit at every line whose quantity times unit cost is not its stated total."""
    for index, line in enumerate(lines):
        computed = line.computed_total
        if computed is not None and computed != line.total:
            yield Hit(
                path=("cost_lines", index, "total"),
                params={
                    "line": label(line, index),
                    "quantity": percent(line.quantity or Decimal(0)),
                    "unit_cost": line.unit_cost,
                    "computed": computed,
                    "total": line.total,
                },
            )
