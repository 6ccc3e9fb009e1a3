"""
Shared pieces of the paperwork rules (:mod:`wspolpraca.rules.paperwork`): the provisions they
cite and the arithmetic of a cost calculation.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import TypeVar

from .._model._calculation import CostLine
from .._model._dossier import Dossier
from .._model._offer import TaskOffer
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


OWN_SOURCES = ("own_financial", "own_personal", "own_in_kind", "participant_fees")
"""The sources that make up an offer's own contribution (art. 15 ust. 1 pkt 4–5)."""

ADMINISTRATIVE_GROUPS = ("administrative", "service")
"""The cost groups of administrative costs: the 2018 form's and the older forms' name."""


def offer_total(offer: TaskOffer) -> Decimal:
    """The offer's total cost: as the summary states it, else the financing's or the lines' sum."""
    if offer.total_cost is not None:
        return offer.total_cost
    return offer.financing_total if offer.financing else offer.lines_total


def share(part: Decimal, total: Decimal) -> Decimal:
    """*part* as a percentage of *total*, to two decimal places (for messages)."""
    return (part * HUNDRED / total).quantize(Decimal("0.01"))


def own_contribution_below(offer: TaskOffer, minimum: Decimal) -> Decimal | None:
    """
    The offer's own contribution when it is less than *minimum* per cent of its total cost;
    ``None`` when it is not, or when the offer states neither its sources nor a total.

    The one test of a minimum own contribution, whether the minimum comes from the offer's
    own :class:`~wspolpraca.CompetitionTerms` (``WSP-OFR-006``) or from the announcement of
    the competition it answers (``WSP-CHN-009``).
    """
    total = offer_total(offer)
    amounts = [offer.financed_by(source) for source in OWN_SOURCES]
    if total == 0 or all(amount is None for amount in amounts):
        return None
    own = sum((amount for amount in amounts if amount is not None), Decimal(0))
    return own if own * HUNDRED < minimum * total else None


def admin_costs_above(offer: TaskOffer, cap: Decimal) -> Decimal | None:
    """
    The offer's administrative costs when they are more than *cap* per cent of its cost
    lines; ``None`` when they are not, or when it has no cost lines.

    The one test of the administrative cap, for ``WSP-OFR-007`` (the offer's own terms) and
    ``WSP-CHN-010`` (the announcement in the dossier).
    """
    total = offer.lines_total
    if not offer.cost_lines or total == 0:
        return None
    admin = sum(
        (line.total for line in offer.cost_lines if line.group in ADMINISTRATIVE_GROUPS),
        Decimal(0),
    )
    return admin if admin * HUNDRED > cap * total else None


D = TypeVar("D")


def key(identifier: str | None) -> str | None:
    """An identifier as the links compare it: case and runs of white space ignored."""
    if identifier is None:
        return None
    folded = " ".join(identifier.split()).casefold()
    return folded or None


def indexed(dossier: Dossier, cls: type[D], number: str) -> dict[str, tuple[int, D]]:
    """The dossier's documents of *cls* by the key of their attribute *number* (first wins)."""
    found: dict[str, tuple[int, D]] = {}
    for index, doc in enumerate(dossier.documents):
        if isinstance(doc, cls):
            name = key(getattr(doc, number))
            if name is not None:
                found.setdefault(name, (index, doc))
    return found
