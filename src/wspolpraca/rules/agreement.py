"""
Rules for the agreement's own figures (``WSP-AGR-*``), art. 16 ust. 1.

Sources and confidence are listed in :mod:`wspolpraca.rules.paperwork`; the agreement's
tranches are checked by ``WSP-SGR-011`` and ``WSP-SGR-012``, and its relevant date (the day it
was signed) is set there too.
"""

from __future__ import annotations

from collections.abc import Iterator

from .._model._agreement import Agreement
from .._text import Text
from ._engine import Context, Hit, Rule, Severity
from ._paperwork_common import (
    ART_16_1,
    line_arithmetic,
)

__all__ = ["RULES"]


def _agreement_line_arithmetic(agreement: Agreement, context: Context) -> Iterator[Hit]:
    return line_arithmetic(agreement.cost_lines)


def _grant_within_award(agreement: Agreement, context: Context) -> Iterator[Hit]:
    awarded = agreement.awarded_amount
    if awarded is not None and agreement.grant > awarded:
        yield Hit(path=("grant",), params={"grant": agreement.grant, "awarded": awarded})


RULES: tuple[Rule, ...] = (
    Rule(
        code="WSP-AGR-001",
        title=Text(
            pl="Dotacja w umowie nie wyższa niż przyznana",
            en="The agreement's grant no more than awarded",
        ),
        message=Text(
            pl="umowa przyznaje dotację {grant}, więcej niż {awarded} przyznane w rozstrzygnięciu",
            en="the agreement grants {grant}, more than the {awarded} awarded in the results",
        ),
        severity=Severity.ERROR,
        basis=(ART_16_1,),
        applies_to=Agreement,
        check=_grant_within_award,
        description=Text(
            pl="Umowa (art. 16 ust. 1) przekazuje dotację w wysokości przyznanej w wyniku "
            "konkursu lub decyzji w trybie art. 19a, nie wyższej. Transze sprawdza WSP-SGR-011.",
            en="The agreement (art. 16(1)) grants what the competition's results or the art. 19a "
            "decision awarded, no more. WSP-SGR-011 checks the tranches.",
        ),
    ),
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
        check=_agreement_line_arithmetic,
        description=Text(
            pl="Jak WSP-OFR-001, dla kalkulacji załączonej do umowy.",
            en="As WSP-OFR-001, for the calculation attached to the agreement.",
        ),
    ),
)
