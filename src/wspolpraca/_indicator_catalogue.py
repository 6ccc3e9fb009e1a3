"""
The catalogue of comparison indicators, their inputs and the peer groups (data only).

:mod:`wspolpraca.comparison` computes them and re-exports these names; each indicator has a
definition page in ``docs/reference/indicators/`` (a test keeps them in step).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

import attrs

from ._text import Text


@attrs.frozen(kw_only=True)
class IndicatorDefinition:
    """
    What an indicator measures, how, and from which inputs.

    Args:
        code: The stable code, such as ``"share"``.
        title: Its name in Polish and English.
        unit: The unit of its value: ``"%"``, ``"zł"`` or ``"/10 000"``.
        formula: The formula, in words.
        inputs: The inputs it needs (names of :class:`InputValue`).

    .. versionadded:: 0.1
    """

    code: str
    title: Text
    unit: str
    formula: Text
    inputs: tuple[str, ...]


INDICATORS: Final[Mapping[str, IndicatorDefinition]] = {
    d.code: d
    for d in (
        IndicatorDefinition(
            code="share",
            title=Text(
                pl="udział dotacji dla NGO w wydatkach ogółem",
                en="share of total expenditure granted to NGOs",
            ),
            unit="%",
            formula=Text(
                pl="ngo_grants / total_expenditure × 100",
                en="ngo_grants / total_expenditure × 100",
            ),
            inputs=("ngo_grants", "total_expenditure"),
        ),
        IndicatorDefinition(
            code="planned_share",
            title=Text(
                pl="udział środków programu w planie wydatków",
                en="programme funds as a share of planned expenditure",
            ),
            unit="%",
            formula=Text(
                pl="programme_planned / planned_expenditure × 100",
                en="programme_planned / planned_expenditure × 100",
            ),
            inputs=("programme_planned", "planned_expenditure"),
        ),
        IndicatorDefinition(
            code="per_resident",
            title=Text(pl="dotacje dla NGO na mieszkańca", en="grants to NGOs per resident"),
            unit="zł",
            formula=Text(pl="ngo_grants / population", en="ngo_grants / population"),
            inputs=("ngo_grants", "population"),
        ),
        IndicatorDefinition(
            code="planned_per_resident",
            title=Text(pl="środki programu na mieszkańca", en="programme funds per resident"),
            unit="zł",
            formula=Text(pl="programme_planned / population", en="programme_planned / population"),
            inputs=("programme_planned", "population"),
        ),
        IndicatorDefinition(
            code="execution",
            title=Text(
                pl="wykonanie programu (wydatkowano / zaplanowano)",
                en="programme execution (spent / planned)",
            ),
            unit="%",
            formula=Text(
                pl="report_spent / programme_planned × 100",
                en="report_spent / programme_planned × 100",
            ),
            inputs=("report_spent", "programme_planned"),
        ),
        IndicatorDefinition(
            code="competitions_per_10k",
            title=Text(
                pl="otwarte konkursy ofert na 10 000 mieszkańców",
                en="open competitions per 10 000 residents",
            ),
            unit="/10 000",
            formula=Text(
                pl="competitions / population × 10 000", en="competitions / population × 10 000"
            ),
            inputs=("competitions", "population"),
        ),
        IndicatorDefinition(
            code="offers_per_10k",
            title=Text(pl="oferty na 10 000 mieszkańców", en="offers per 10 000 residents"),
            unit="/10 000",
            formula=Text(pl="offers / population × 10 000", en="offers / population × 10 000"),
            inputs=("offers", "population"),
        ),
        IndicatorDefinition(
            code="agreements_per_10k",
            title=Text(pl="umowy na 10 000 mieszkańców", en="agreements per 10 000 residents"),
            unit="/10 000",
            formula=Text(
                pl="agreements / population × 10 000", en="agreements / population × 10 000"
            ),
            inputs=("agreements", "population"),
        ),
        IndicatorDefinition(
            code="by_mode",
            title=Text(
                pl="zadania według trybu (konkursy, małe granty)",
                en="tasks by mode (competitions, small grants)",
            ),
            unit="",
            formula=Text(
                pl="części: agreements, small_grants; wartość: ich suma",
                en="parts: agreements, small_grants; value: their sum",
            ),
            inputs=("agreements", "small_grants"),
        ),
        IndicatorDefinition(
            code="grants_by_mode",
            title=Text(
                pl="kwoty dotacji według trybu (konkursy, małe granty, inne)",
                en="grants by procedure (competitions, small grants, other)",
            ),
            unit="zł",
            formula=Text(
                pl="części: competition_grants, small_grant_grants, other_grants; "
                "wartość: ich suma",
                en="parts: competition_grants, small_grant_grants, other_grants; value: their sum",
            ),
            inputs=("competition_grants", "small_grant_grants", "other_grants"),
        ),
        IndicatorDefinition(
            code="by_area",
            title=Text(
                pl="wydatki programu według obszarów", en="programme spending by priority area"
            ),
            unit="zł",
            formula=Text(
                pl="części: suma spent_amount zadań każdego obszaru; wartość: ich suma",
                en="parts: the sum of the tasks' spent_amount per area; value: their sum",
            ),
            inputs=("tasks_spent",),
        ),
    )
}
"""The indicators by code; each has a definition page in the docs."""

INPUT_TITLES: Final[Mapping[str, Text]] = {
    "ngo_grants": Text(pl="dotacje dla NGO (paragrafy)", en="grants to NGOs (paragraphs)"),
    "total_expenditure": Text(pl="wydatki ogółem", en="total expenditure"),
    "planned_expenditure": Text(pl="plan wydatków", en="planned expenditure"),
    "population": Text(pl="liczba mieszkańców", en="population"),
    "programme_planned": Text(pl="środki planowane w programie", en="programme funds planned"),
    "report_spent": Text(pl="środki wydatkowane (sprawozdanie)", en="funds spent (report)"),
    "competitions": Text(pl="liczba konkursów", en="competitions"),
    "offers": Text(pl="liczba ofert", en="offers"),
    "agreements": Text(pl="liczba umów", en="agreements"),
    "small_grants": Text(pl="liczba małych grantów", en="small grants"),
    "competition_grants": Text(
        pl="kwota dotacji w konkursach", en="grants awarded in open competitions"
    ),
    "small_grant_grants": Text(pl="kwota małych grantów", en="grants awarded as small grants"),
    "other_grants": Text(pl="kwota dotacji w innych trybach", en="grants in other procedures"),
    "tasks_spent": Text(pl="wydatki zadań", en="spending of tasks"),
}
"""The inputs of the indicators by name, titled in Polish and English."""

PEER_GROUPS: Final[Mapping[str, Text]] = {
    "cities": Text(pl="miasta na prawach powiatu", en="cities with county rights"),
    "urban": Text(pl="gminy miejskie", en="urban gminas"),
    "rural": Text(pl="gminy wiejskie", en="rural gminas"),
    "urban_rural": Text(pl="gminy miejsko-wiejskie", en="urban-rural gminas"),
    "counties": Text(pl="powiaty", en="counties (powiats)"),
    "voivodeships": Text(pl="województwa", en="voivodeships"),
    "all": Text(pl="wszystkie jednostki", en="all units"),
}
"""Peer groups by code; :func:`peer_group` gives a unit's group."""
