"""
Rules for multi-year cooperation programmes (``WSP-MYP-*``).

Sources (law.md §3.1, §12):

- art. 5a ust. 2: the council *may* adopt a multi-year programme "w sposób określony w ust. 1"
  (confirmed). The 30 November deadline of ust. 1 speaks of the *annual* programme ("Roczny
  program współpracy jest uchwalany do dnia 30 listopada"); no statutory deadline binds a
  multi-year one, so a multi-year programme adopted after 30 November is information only
  (``WSP-MYP-001``).
- art. 5a ust. 4: before the 2015 amendment (Dz.U. 2015 poz. 1339, in force 9 November 2015,
  law.md §13, secondary) it read "Program współpracy … zawiera", after it "Roczny program
  współpracy … zawiera": the required elements bind a multi-year programme only when it was
  adopted before that date (``WSP-MYP-002``, ``valid_to`` 8 November 2015), and even then
  whether "Program" covered the multi-year one is not confirmed, so a warning.
- No statutory maximum length was found for programmes of local government (the five-year
  limit of art. 5b is for government programmes).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from .._model._multiyear import MultiYearProgramme
from .._text import Text
from ..law import Citation, Confidence
from ._engine import Context, Hit, Rule, Severity
from ._inforce import AMENDMENT_2010, BEFORE_2015
from .programme import ADOPTION_DEADLINE, missing_elements

__all__ = ["PARAMETERS", "REFERENCE_DATES", "RULES", "reference_date"]

PARAMETERS = ()


def reference_date(programme: MultiYearProgramme) -> dt.date:
    """The adoption of its resolution, or for a draft the day before its period starts."""
    if programme.resolution is not None:
        return programme.resolution.adopted_on
    return programme.period.start - dt.timedelta(days=1)


REFERENCE_DATES = {MultiYearProgramme: reference_date}

_ELEMENT_FIELDS = {"priority_tasks": "priority_areas", "planned_funds": "funding"}
"""Where a multi-year programme keeps the art. 5a ust. 4 elements named differently."""


def _adoption(programme: MultiYearProgramme, context: Context) -> Iterator[Hit]:
    if programme.resolution is None:
        return
    adopted_on = programme.resolution.adopted_on
    dated = context.value(ADOPTION_DEADLINE, adopted_on)
    if dated is None:
        return
    month, day = dated.value
    first_year = programme.period.start.year
    deadline = dt.date(first_year - 1, month, day)
    if adopted_on > deadline:
        yield Hit(
            path=("resolution", "adopted_on"),
            params={"adopted_on": adopted_on, "deadline": deadline, "year": first_year},
        )


def _elements(programme: MultiYearProgramme, context: Context) -> Iterator[Hit]:
    return missing_elements(programme, _ELEMENT_FIELDS)


def _several_years(programme: MultiYearProgramme, context: Context) -> Iterator[Hit]:
    if len(programme.years) < 2:
        yield Hit(
            path=("period",), params={"start": programme.period.start, "end": programme.period.end}
        )


def _funding_within_period(programme: MultiYearProgramme, context: Context) -> Iterator[Hit]:
    for index, item in enumerate(programme.funding):
        if item.year not in programme.years:
            yield Hit(
                path=("funding", index, "year"),
                params={
                    "year": item.year,
                    "start": programme.period.start,
                    "end": programme.period.end,
                },
            )


def _tasks_within_funding(programme: MultiYearProgramme, context: Context) -> Iterator[Hit]:
    for year in programme.years:
        funds = programme.funding_in(year)
        if funds is None:
            continue
        planned = sum(
            (task.amount_in(year) for area in programme.priority_areas for task in area.tasks),
            start=funds * 0,
        )
        if planned > funds:
            yield Hit(
                path=("funding",),
                params={
                    "year": year,
                    "planned": planned,
                    "funds": funds,
                    "excess": planned - funds,
                },
            )


RULES: tuple[Rule, ...] = (
    Rule(
        code="WSP-MYP-001",
        title=Text(
            pl="Program wieloletni uchwalony do 30 listopada przed pierwszym rokiem",
            en="Multi-year programme adopted by 30 November before its first year",
        ),
        message=Text(
            pl="program wieloletni od roku {year} uchwalono {adopted_on}, po {deadline} "
            "(termin ustawowy dotyczy tylko programu rocznego)",
            en="the multi-year programme from {year} was adopted on {adopted_on}, after "
            "{deadline} (the statutory deadline binds only the annual programme)",
        ),
        severity=Severity.INFO,
        basis=(Citation("5a", "2"), Citation("5a", "1")),
        applies_to=MultiYearProgramme,
        check=_adoption,
        valid_from=AMENDMENT_2010,
        parameters=(ADOPTION_DEADLINE,),
        description=Text(
            pl="Termin 30 listopada z art. 5a ust. 1 dotyczy rocznego programu współpracy; "
            "dla programu wieloletniego ustawa terminu nie przewiduje. Uchwalenie po 30 "
            "listopada przed pierwszym rokiem to tylko informacja.",
            en="The 30 November deadline of art. 5a(1) speaks of the annual programme; the "
            "act sets no deadline for a multi-year one. Adoption after 30 November before "
            "its first year is information only.",
        ),
    ),
    Rule(
        code="WSP-MYP-002",
        title=Text(
            pl="Program wieloletni zawiera elementy z art. 5a ust. 4",
            en="Multi-year programme contains the elements of art. 5a(4)",
        ),
        message=Text(
            pl="brak elementu programu wieloletniego: {element} ({point})",
            en="the multi-year programme lacks an element: {element} ({point})",
        ),
        severity=Severity.WARNING,
        basis=(Citation("5a", "4", confidence=Confidence.UNCONFIRMED),),
        applies_to=MultiYearProgramme,
        check=_elements,
        valid_from=AMENDMENT_2010,
        valid_to=BEFORE_2015,
        description=Text(
            pl="Do nowelizacji z 2015 r. (Dz.U. 2015 poz. 1339, w mocy od 9 listopada 2015 r.) "
            "art. 5a ust. 4 brzmiał „Program współpracy … zawiera”, po niej „Roczny program "
            "współpracy … zawiera”: elementy wiążą program wieloletni najwyżej do 8 listopada "
            "2015 r. Nie potwierdzono, czy wcześniejsze brzmienie obejmowało program "
            "wieloletni, więc brakujący element to ostrzeżenie.",
            en="Until the 2015 amendment (Dz.U. 2015 poz. 1339, in force 9 November 2015) "
            "art. 5a(4) read 'Program współpracy … zawiera', after it 'Roczny program "
            "współpracy … zawiera': the elements bind a multi-year programme at most until "
            "8 November 2015. Whether the older wording covered multi-year programmes is not "
            "confirmed, so a missing element is a warning.",
        ),
    ),
    Rule(
        code="WSP-MYP-003",
        title=Text(
            pl="Program wieloletni obejmuje co najmniej dwa lata",
            en="A multi-year programme spans at least two years",
        ),
        message=Text(
            pl="okres {start} – {end} nie obejmuje co najmniej dwóch lat kalendarzowych",
            en="the period {start} – {end} does not span at least two calendar years",
        ),
        severity=Severity.WARNING,
        basis=(Citation("5a", "2"),),
        applies_to=MultiYearProgramme,
        check=_several_years,
        valid_from=AMENDMENT_2010,
        description=Text(
            pl="Program jednoroczny to program roczny z art. 5a ust. 1.",
            en="A programme of one year is an annual programme under art. 5a(1).",
        ),
    ),
    Rule(
        code="WSP-MYP-004",
        title=Text(
            pl="Środki zaplanowano tylko na lata programu",
            en="Funds are planned only for the programme's years",
        ),
        message=Text(
            pl="środki zaplanowano na rok {year}, poza okresem programu {start} – {end}",
            en="funds are planned for {year}, outside the programme period {start} – {end}",
        ),
        severity=Severity.WARNING,
        basis=(Citation("5a", "4", "8"),),
        applies_to=MultiYearProgramme,
        check=_funding_within_period,
        valid_from=AMENDMENT_2010,
        description=Text(
            pl="Kwota przypisana rokowi spoza okresu programu to zwykle pomyłka w roku.",
            en="An amount for a year outside the programme period is usually a mistyped year.",
        ),
    ),
    Rule(
        code="WSP-MYP-005",
        title=Text(
            pl="Kwoty zadań w danym roku nie przekraczają środków na ten rok",
            en="A year's task amounts do not exceed that year's funds",
        ),
        message=Text(
            pl="w roku {year} zadania planują {planned}, więcej niż środki {funds} (o {excess})",
            en="in {year} the tasks plan {planned}, more than the funds {funds} (by {excess})",
        ),
        severity=Severity.WARNING,
        basis=(Citation("5a", "4", "8"),),
        applies_to=MultiYearProgramme,
        check=_tasks_within_funding,
        valid_from=AMENDMENT_2010,
        description=Text(
            pl="Suma kwot zadań na dany rok nie powinna przekraczać środków planowanych na ten rok.",
            en="The tasks' amounts for a year should not add up to more than the funds for that year.",
        ),
    ),
)
