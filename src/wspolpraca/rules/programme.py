"""
Rules for annual cooperation programmes (``WSP-PRG-*``).

Sources (law.md §3.1, §1, §2, §12):

- art. 5a ust. 1: the council adopts the annual programme *do dnia 30 listopada roku
  poprzedzającego okres obowiązywania programu* (confirmed in the pre-2015 and current
  texts; in force at least since the 2010 amendment of 12 March 2010). The deadline is for
  *adopting* the programme: a resolution that amends an adopted programme (``amends``) is
  not judged by it. A programme adopted during its own year is a graver defect than a late
  one (it could not govern the year's competitions from 1 January) and is reported by
  ``WSP-PRG-007`` instead of ``WSP-PRG-001``, never by both;
- before the act (in force 29 June 2003, law.md §0.1) municipalities already had
  cooperation programmes (Kraków from 1997): such a programme is described, not judged
  (``WSP-PRG-008``, information), and no statutory rule is in force on its date;
- art. 5a ust. 4: the eleven elements a programme contains *w szczególności* (confirmed);
- art. 4 ust. 1: the spheres of public tasks (numbering unconfirmed: warnings only);
- art. 5 ust. 2: the forms of cooperation, an open list (information only).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from typing import Any

from .._model._programme import AnnualProgramme
from .._text import Text
from ..codelists import load_codelist
from ..law import Citation, Confidence
from ._engine import Context, DatedValue, Hit, Parameter, Rule, Severity
from ._inforce import ACT_IN_FORCE, AMENDMENT_2010, LOCAL_GOVERNMENT

__all__ = ["ADOPTION_DEADLINE", "PARAMETERS", "REFERENCE_DATES", "RULES", "reference_date"]

ADOPTION_DEADLINE: Parameter[tuple[int, int]] = Parameter(
    name="programme.adoption_deadline",
    unit="month_day",
    direction="deadline",
    title=Text(
        pl="Termin uchwalenia rocznego programu (dzień i miesiąc roku poprzedzającego)",
        en="Deadline for adopting the annual programme (day and month of the preceding year)",
    ),
    values=(
        DatedValue(
            value=(11, 30),
            valid_from=AMENDMENT_2010,
            basis=Citation("5a", "1"),
            note="'do dnia 30 listopada' is confirmed in the pre-2015 and current texts "
            "(law.md §12); earlier history not checked.",
        ),
    ),
)

PARAMETERS: tuple[Parameter[Any], ...] = (ADOPTION_DEADLINE,)


def reference_date(programme: AnnualProgramme) -> dt.date:
    """
    The date whose law applies to *programme*: its adoption, or for a draft the statutory
    adoption deadline (30 November of the preceding year).
    """
    if programme.resolution is not None:
        return programme.resolution.adopted_on
    return dt.date(programme.year - 1, 11, 30)


REFERENCE_DATES = {AnnualProgramme: reference_date}
"""How to find the relevant date of each document class this family checks."""


def _adoption_deadline(programme: AnnualProgramme, context: Context) -> Iterator[Hit]:
    if programme.resolution is None or programme.amends is not None:
        return
    adopted_on = programme.resolution.adopted_on
    if adopted_on.year >= programme.year:
        return  # adopted inside its own year: WSP-PRG-007 reports it
    dated = context.value(ADOPTION_DEADLINE, adopted_on)
    if dated is None:
        return
    month, day = dated.value
    deadline = dt.date(programme.year - 1, month, day)
    if adopted_on > deadline:
        yield Hit(
            path=("resolution", "adopted_on"),
            params={
                "adopted_on": adopted_on,
                "deadline": deadline,
                "days": (adopted_on - deadline).days,
                "year": programme.year,
            },
            confidence=dated.confidence,
        )


def _adopted_in_own_year(programme: AnnualProgramme, context: Context) -> Iterator[Hit]:
    if programme.resolution is None or programme.amends is not None:
        return
    adopted_on = programme.resolution.adopted_on
    if adopted_on.year < programme.year:
        return
    dated = context.value(ADOPTION_DEADLINE, adopted_on)
    if dated is None:
        return
    month, day = dated.value
    deadline = dt.date(programme.year - 1, month, day)
    yield Hit(
        path=("resolution", "adopted_on"),
        params={
            "adopted_on": adopted_on,
            "year": programme.year,
            "deadline": deadline,
            "days": (adopted_on - dt.date(programme.year, 1, 1)).days,
        },
        confidence=dated.confidence,
    )


def _before_the_act(programme: AnnualProgramme, context: Context) -> Iterator[Hit]:
    yield Hit(
        path=("resolution", "adopted_on") if programme.resolution else ("year",),
        params={"year": programme.year, "in_force": ACT_IN_FORCE},
    )


def _is_missing(programme: object, field: str) -> bool:
    value = getattr(programme, field)
    if field == "goals":
        return not value.main.strip()
    if isinstance(value, str):
        return not value.strip()
    return value is None or value == ()


def missing_elements(programme: object, fields: Mapping[str, str] | None = None) -> Iterator[Hit]:
    """
    A hit for each art. 5a ust. 4 element *programme* lacks, located at its field.

    *fields* maps an element's code to the field that holds it where the names differ
    (a multi-year programme keeps its tasks in ``priority_areas``).
    """
    names = fields or {}
    for entry in load_codelist("programme_elements"):
        field = names.get(entry.code, entry.code)
        if _is_missing(programme, field):
            yield Hit(
                path=(field,),
                params={
                    "element": Text(pl=entry.label_pl, en=entry.label_en),
                    "point": Text(pl=entry.basis.short("pl"), en=entry.basis.short("en"))
                    if entry.basis
                    else "",
                },
            )


def _required_elements(programme: AnnualProgramme, context: Context) -> Iterator[Hit]:
    if programme.amends is not None:
        return iter(())  # an amending resolution changes parts; it need not repeat them
    return missing_elements(programme)


def _calendar_year(programme: AnnualProgramme, context: Context) -> Iterator[Hit]:
    period = programme.period
    if period is None:
        return
    expected_start, expected_end = dt.date(programme.year, 1, 1), dt.date(programme.year, 12, 31)
    if (period.start, period.end) != (expected_start, expected_end):
        yield Hit(
            path=("period",),
            params={"start": period.start, "end": period.end, "year": programme.year},
        )


def _tasks_within_funds(programme: AnnualProgramme, context: Context) -> Iterator[Hit]:
    if programme.planned_funds is None:
        return
    total = programme.tasks_total
    if total > programme.planned_funds:
        yield Hit(
            path=("planned_funds",),
            params={
                "tasks_total": total,
                "planned_funds": programme.planned_funds,
                "excess": total - programme.planned_funds,
            },
        )


def _spheres_in_force(programme: AnnualProgramme, context: Context) -> Iterator[Hit]:
    spheres = load_codelist("spheres")
    for index, task in enumerate(programme.priority_tasks):
        if task.sphere is not None and spheres.get(task.sphere, context.on) is None:
            yield Hit(
                path=("priority_tasks", index, "sphere"),
                params={"sphere": task.sphere, "on": context.on},
                confidence=Confidence.UNCONFIRMED,
            )


def _statutory_forms(programme: AnnualProgramme, context: Context) -> Iterator[Hit]:
    forms = context.codelist("forms")
    for index, form in enumerate(programme.forms):
        if form.code not in forms:
            yield Hit(path=("forms", index, "code"), params={"form": form.code})


RULES: tuple[Rule, ...] = (
    Rule(
        code="WSP-PRG-001",
        title=Text(
            pl="Program uchwalony do 30 listopada roku poprzedzającego",
            en="Programme adopted by 30 November of the preceding year",
        ),
        message=Text(
            pl="program na rok {year} uchwalono {adopted_on}, {days} dni po terminie {deadline}",
            en="the programme for {year} was adopted on {adopted_on}, "
            "{days} days after the deadline {deadline}",
        ),
        severity=Severity.ERROR,
        basis=(Citation("5a", "1"),),
        applies_to=AnnualProgramme,
        check=_adoption_deadline,
        valid_from=AMENDMENT_2010,
        parameters=(ADOPTION_DEADLINE,),
        description=Text(
            pl="Organ stanowiący uchwala roczny program współpracy do dnia 30 listopada roku "
            "poprzedzającego okres obowiązywania programu. Spóźniony program nadal "
            "obowiązuje; reguła opisuje naruszenie terminu. Termin dotyczy uchwalenia "
            "programu, nie jego zmian; program uchwalony dopiero w roku, na który jest, "
            "zgłasza reguła WSP-PRG-007.",
            en="The council adopts the annual programme by 30 November of the year before "
            "the programme applies. A late programme still applies; the rule reports the "
            "missed deadline. The deadline is for adopting the programme, not for amending "
            "it; a programme adopted only in its own year is reported by WSP-PRG-007.",
        ),
    ),
    Rule(
        code="WSP-PRG-002",
        title=Text(
            pl="Program zawiera wszystkie elementy z art. 5a ust. 4",
            en="Programme contains every element of art. 5a(4)",
        ),
        message=Text(
            pl="brak elementu programu: {element} ({point})",
            en="the programme lacks an element: {element} ({point})",
        ),
        severity=Severity.ERROR,
        basis=(Citation("5a", "4"),),
        applies_to=AnnualProgramme,
        check=_required_elements,
        valid_from=AMENDMENT_2010,
        description=Text(
            pl="Program zawiera w szczególności jedenaście elementów wymienionych w art. 5a "
            "ust. 4; każdy brakujący lub pusty element jest osobnym wynikiem. Uchwała "
            "zmieniająca program nie musi powtarzać jego elementów.",
            en="A programme contains at least the eleven elements listed in art. 5a(4); "
            "each missing or empty element is a separate finding. A resolution amending "
            "a programme need not repeat its elements.",
        ),
    ),
    Rule(
        code="WSP-PRG-003",
        title=Text(
            pl="Okres realizacji programu rocznego to rok kalendarzowy programu",
            en="An annual programme's period is its calendar year",
        ),
        message=Text(
            pl="okres realizacji {start} – {end} nie jest rokiem kalendarzowym {year}",
            en="the period {start} – {end} is not the calendar year {year}",
        ),
        severity=Severity.WARNING,
        basis=(Citation("5a", "1"), Citation("5a", "4", "6")),
        applies_to=AnnualProgramme,
        check=_calendar_year,
        valid_from=AMENDMENT_2010,
        description=Text(
            pl="Ustawa mówi o programie rocznym; nie wymaga wprost roku kalendarzowego, "
            "dlatego to ostrzeżenie, nie błąd.",
            en="The act speaks of an annual programme without requiring a calendar year "
            "explicitly, so this is a warning, not an error.",
        ),
    ),
    Rule(
        code="WSP-PRG-004",
        title=Text(
            pl="Kwoty zadań nie przekraczają planowanych środków",
            en="Task amounts do not exceed the planned funds",
        ),
        message=Text(
            pl="zadania priorytetowe planują {tasks_total}, więcej niż środki programu "
            "{planned_funds} (o {excess})",
            en="the priority tasks plan {tasks_total}, more than the programme's funds "
            "{planned_funds} (by {excess})",
        ),
        severity=Severity.WARNING,
        basis=(Citation("5a", "4", "8"),),
        applies_to=AnnualProgramme,
        check=_tasks_within_funds,
        valid_from=AMENDMENT_2010,
        description=Text(
            pl="Suma kwot przypisanych zadaniom nie powinna przekraczać wysokości środków "
            "planowanych na realizację programu. Mniejsza suma jest dopuszczalna: program "
            "nie musi przypisać kwot wszystkim zadaniom.",
            en="The amounts given to tasks should not add up to more than the funds planned "
            "for the programme. A smaller sum is fine: not every task needs an amount.",
        ),
    ),
    Rule(
        code="WSP-PRG-005",
        title=Text(
            pl="Sfera zadania istnieje w art. 4 ust. 1 w dniu właściwym",
            en="A task's sphere exists in art. 4(1) on the relevant date",
        ),
        message=Text(
            pl="pkt {sphere} art. 4 ust. 1 nie występuje w katalogu sfer na dzień {on}",
            en="point {sphere} of art. 4(1) is not in the catalogue of spheres on {on}",
        ),
        severity=Severity.WARNING,
        basis=(Citation("4", "1", confidence=Confidence.UNCONFIRMED),),
        applies_to=AnnualProgramme,
        check=_spheres_in_force,
        valid_from=ACT_IN_FORCE,
        description=Text(
            pl="Numeracja art. 4 ust. 1 i daty dodania punktów nie są potwierdzone, dlatego "
            "nieznany numer sfery jest ostrzeżeniem, nigdy błędem.",
            en="The numbering of art. 4(1) and the dates its points were added are not "
            "confirmed, so an unknown sphere number is a warning, never an error.",
        ),
    ),
    Rule(
        code="WSP-PRG-006",
        title=Text(
            pl="Forma współpracy spoza katalogu art. 5 ust. 2",
            en="A form of cooperation outside the list of art. 5(2)",
        ),
        message=Text(
            pl="forma współpracy {form!r} nie należy do katalogu ustawowego (katalog jest otwarty)",
            en="the form of cooperation {form!r} is not in the statutory list (the list is open)",
        ),
        severity=Severity.INFO,
        basis=(Citation("5", "2"),),
        applies_to=AnnualProgramme,
        check=_statutory_forms,
        valid_from=ACT_IN_FORCE,
        description=Text(
            pl="Art. 5 ust. 2 wymienia formy współpracy „w szczególności”; inne formy są "
            "dozwolone, więc to tylko informacja.",
            en="Art. 5(2) lists the forms of cooperation 'in particular'; other forms are "
            "allowed, so this is information only.",
        ),
    ),
    Rule(
        code="WSP-PRG-007",
        title=Text(
            pl="Program roczny uchwalony przed początkiem roku, na który jest",
            en="An annual programme adopted before the year it is for begins",
        ),
        message=Text(
            pl="program na rok {year} uchwalono dopiero {adopted_on}, w trakcie tego roku "
            "(termin: {deadline}); nie mógł obowiązywać od 1 stycznia",
            en="the programme for {year} was adopted only on {adopted_on}, during that year "
            "(deadline {deadline}); it could not apply from 1 January",
        ),
        severity=Severity.ERROR,
        basis=(Citation("5a", "1"),),
        applies_to=AnnualProgramme,
        check=_adopted_in_own_year,
        valid_from=AMENDMENT_2010,
        parameters=(ADOPTION_DEADLINE,),
        description=Text(
            pl="Program uchwalony w roku, na który jest, nie mógł być podstawą konkursów i "
            "zleceń od początku roku: to wada poważniejsza niż spóźnienie po 30 listopada, "
            "zgłaszana zamiast WSP-PRG-001 (nigdy obie naraz). Nie dotyczy uchwał "
            "zmieniających program.",
            en="A programme adopted during its own year could not govern the year's "
            "competitions and commissions from 1 January: a graver defect than missing the "
            "30 November deadline, reported instead of WSP-PRG-001 (never both). Resolutions "
            "amending a programme are not judged by it.",
        ),
    ),
    Rule(
        code="WSP-PRG-008",
        title=Text(
            pl="Program sprzed ustawy o działalności pożytku publicznego",
            en="A programme from before the act on public benefit activity",
        ),
        message=Text(
            pl="program na rok {year} poprzedza ustawę (w mocy od {in_force}); przepisy "
            "ustawy go nie dotyczą i nie był według nich oceniany",
            en="the programme for {year} predates the act (in force from {in_force}); the "
            "act's provisions do not apply to it and it was not judged by them",
        ),
        severity=Severity.INFO,
        basis=(Citation("5"),),
        applies_to=AnnualProgramme,
        check=_before_the_act,
        valid_from=LOCAL_GOVERNMENT,
        valid_to=ACT_IN_FORCE - dt.timedelta(days=1),
        description=Text(
            pl="Gminy przyjmowały programy współpracy z organizacjami przed ustawą z 2003 r. "
            "(Kraków od 1997 r.). Taki dokument jest opisywany, nie oceniany: żadna reguła "
            "ustawowa nie obowiązuje w dniu jego przyjęcia.",
            en="Municipalities adopted cooperation programmes before the 2003 act (Kraków "
            "from 1997). Such a document is described, not judged: no statutory rule is in "
            "force on its date.",
        ),
    ),
)
