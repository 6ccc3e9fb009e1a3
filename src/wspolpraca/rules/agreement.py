"""
Rules for the agreement's own figures (``WSP-AGR-*``), art. 16 ust. 1.

Sources and confidence are listed in :mod:`wspolpraca.rules.paperwork`; the agreement's
tranches are checked by ``WSP-SGR-011`` and ``WSP-SGR-012`` and its grant against the amount
awarded by ``WSP-SGR-015`` (the former ``WSP-AGR-001`` checked the same and is retired), and
its relevant date (the day it was signed) is set there too.
"""

from __future__ import annotations

from collections.abc import Iterator

from .._model._agreement import Agreement
from .._text import Text
from ._engine import Context, Hit, Rule, Severity
from ._inforce import ACT_IN_FORCE
from ._paperwork_common import (
    ART_16_1,
    line_arithmetic,
)

__all__ = ["RULES"]


def _agreement_line_arithmetic(agreement: Agreement, context: Context) -> Iterator[Hit]:
    return line_arithmetic(agreement.cost_lines)


RULES: tuple[Rule, ...] = (
    Rule(
        code="WSP-AGR-002",
        title=Text(
            pl="Zaktualizowana kalkulacja: liczba jednostek razy koszt jednostkowy",
            en="The updated calculation: quantity times unit cost",
        ),
        message=Text(
            pl="pozycja {line}: {quantity} × {unit_cost} = {computed}, a wpisano {total}",
            en="line {line}: {quantity} × {unit_cost} = {computed}, but {total} is stated",
        ),
        severity=Severity.ERROR,
        basis=(ART_16_1,),
        applies_to=Agreement,
        valid_from=ACT_IN_FORCE,
        check=_agreement_line_arithmetic,
        description=Text(
            pl="Jak WSP-OFR-001, dla kalkulacji załączonej do umowy.",
            en="As WSP-OFR-001, for the calculation attached to the agreement.",
        ),
    ),
)
