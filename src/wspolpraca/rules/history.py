"""
Rules over a municipality's programme history (``WSP-HST-*``), across documents.

Sources (law.md §3.1): an annual programme is mandatory every year (art. 5a ust. 1,
confirmed); a multi-year programme is optional (art. 5a ust. 2) and the annual programmes
adopted within its period carry it out. A history may be incomplete (a document missing
from the set is not a missing act), so these rules are warnings. Every rule is in force
from the 2010 amendment (art. 5a); a history is checked on its latest date, so each rule
also skips the documents dated before its provision existed: no gap is reported before
2011 (the first programme due under art. 5a ust. 1), and the council's opinion (art. 5a
ust. 2a, from the 2015 amendment, Dz.U. 2015 poz. 1339, in force 9 November 2015,
law.md §13, secondary) is asked only of programmes adopted from that day.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterator
from typing import Any

from .._model._council import Council, Opinion
from .._model._history import ProgrammeHistory
from .._model._multiyear import MultiYearProgramme
from .._model._nonfinancial import NonFinancialActivity
from .._text import Text
from ..law import Citation
from . import multiyear, programme, report
from ._engine import Context, Hit, Rule, Severity
from ._inforce import AMENDMENT_2010, AMENDMENT_2015

__all__ = ["PARAMETERS", "REFERENCE_DATES", "RULES", "reference_date"]

PARAMETERS = ()


def reference_date(history: ProgrammeHistory) -> dt.date:
    """The latest relevant date of its programmes and reports (today for an empty history)."""
    finders: dict[type[Any], Callable[[Any], dt.date]] = {
        **programme.REFERENCE_DATES,
        **multiyear.REFERENCE_DATES,
        **report.REFERENCE_DATES,
    }
    days = [finders[type(doc)](doc) for doc in history.documents if type(doc) in finders]
    return max(days, default=dt.date.today())  # noqa: DTZ011 - a calendar date, no zone


REFERENCE_DATES = {ProgrammeHistory: reference_date}


FIRST_DUTY_YEAR = AMENDMENT_2010.year + 1
"""
The first year whose annual programme art. 5a ust. 1 required by 30 November of the year
before: a gap before it (Kraków's 2000–2010, between its pre-act programmes and the later
ones) is not reported.
"""


def _gaps(history: ProgrammeHistory, context: Context) -> Iterator[Hit]:
    years = history.annual_years
    if not years:
        return
    present = set(years)
    for year in range(max(years[0], FIRST_DUTY_YEAR), years[-1] + 1):
        if year not in present:
            yield Hit(path=("documents",), params={"year": year})


def _duplicates(history: ProgrammeHistory, context: Context) -> Iterator[Hit]:
    by_year: dict[int, list[int]] = {}
    numbers: dict[int, str | None] = {}
    for index, doc in history.annual:
        by_year.setdefault(doc.year, []).append(index)
        numbers[index] = doc.resolution.number if doc.resolution else None
    for year, indexes in by_year.items():
        originals = [
            i
            for i in indexes
            if history.documents[i].amends not in {numbers[j] for j in indexes if j != i}
        ]
        for index in originals[1:]:
            yield Hit(
                path=("documents", index, "year"), params={"year": year, "count": len(originals)}
            )


def _multi_year_for(
    history: ProgrammeHistory, number: str | None, year: int
) -> MultiYearProgramme | None:
    for _, doc in history.multi_year:
        if number is not None and doc.resolution is not None:
            if doc.resolution.number == number:
                return doc
        elif number is None and year in doc.years:
            return doc
    return None


def _within_multi_year(history: ProgrammeHistory, context: Context) -> Iterator[Hit]:
    for index, doc in history.annual:
        if doc.implements is None:
            continue
        parent = _multi_year_for(history, doc.implements, doc.year)
        if parent is not None and doc.year not in parent.years:
            yield Hit(
                path=("documents", index, "implements"),
                params={
                    "year": doc.year,
                    "number": doc.implements,
                    "start": parent.period.start,
                    "end": parent.period.end,
                },
            )


def _areas_of_multi_year(history: ProgrammeHistory, context: Context) -> Iterator[Hit]:
    for index, doc in history.annual:
        parent = _multi_year_for(history, doc.implements, doc.year)
        if parent is None or not parent.priority_areas:
            continue
        for task_index, task in enumerate(doc.priority_tasks):
            if task.area is not None and task.area not in parent.area_names:
                yield Hit(
                    path=("documents", index, "priority_tasks", task_index, "area"),
                    params={"area": task.area, "title": parent.title},
                )


def _overlaps(history: ProgrammeHistory, context: Context) -> Iterator[Hit]:
    programmes = history.multi_year
    for (_, first), (index, second) in itertools.pairwise(programmes):
        if second.period.start <= first.period.end:
            yield Hit(
                path=("documents", index, "period"),
                params={
                    "first": first.title,
                    "second": second.title,
                    "start": second.period.start,
                    "end": first.period.end,
                },
            )


def _reports_covered(history: ProgrammeHistory, context: Context) -> Iterator[Hit]:
    years = set(history.annual_years)
    if not years:
        return
    for index, doc in history.reports:
        if doc.year not in years:
            yield Hit(path=("documents", index, "year"), params={"year": doc.year})


_REALISED_BY = frozenset(
    {
        "mutual_information",
        "consultation_with_ngos",
        "consultation_with_council",
        "joint_teams",
        "partnership_agreements",
    }
)
"""Forms of art. 5 ust. 2 that a record of non-financial activity can show as realised."""


def _realised_forms(record: NonFinancialActivity) -> set[str]:
    found: set[str] = set()
    for item in record.items():
        forms = getattr(item, "forms", None)
        if forms is not None:
            found.update(forms)
        elif getattr(item, "FORM", None):
            found.add(item.FORM)
    return found


def _planned_forms_realised(history: ProgrammeHistory, context: Context) -> Iterator[Hit]:
    records = {doc.year: doc for doc in history.documents if isinstance(doc, NonFinancialActivity)}
    for index, annual in history.annual:
        record = records.get(annual.year)
        if record is None:
            continue
        realised = _realised_forms(record)
        for form_index, form in enumerate(annual.forms):
            if form.code in _REALISED_BY and form.code not in realised:
                yield Hit(
                    path=("documents", index, "forms", form_index, "code"),
                    params={"form": form.code, "year": annual.year},
                )


def _is_programme_opinion(opinion: Opinion, year: int) -> bool:
    draft = opinion.draft.casefold()
    return (
        opinion.task == "resolution_opinion"
        and opinion.given_on is not None
        and "program" in draft
        and str(year) in draft
    )


def _opinion_attached(history: ProgrammeHistory, context: Context) -> Iterator[Hit]:
    opinions = [
        opinion
        for doc in history.documents
        if isinstance(doc, Council) and doc.statutory
        for opinion in doc.opinions
    ]
    for index, annual in history.annual:
        if annual.council_opinion is not None or annual.resolution is None:
            continue
        adopted = annual.resolution.adopted_on
        if adopted < AMENDMENT_2015:
            continue  # art. 5a ust. 2a came with the 2015 amendment
        for opinion in opinions:
            if _is_programme_opinion(opinion, annual.year) and (
                opinion.given_on is not None and opinion.given_on <= adopted
            ):
                yield Hit(
                    path=("documents", index, "council_opinion"),
                    params={
                        "year": annual.year,
                        "given_on": opinion.given_on,
                        "draft": opinion.draft,
                    },
                )
                break


RULES: tuple[Rule, ...] = (
    Rule(
        code="WSP-HST-001",
        title=Text(pl="Program roczny na każdy rok", en="An annual programme for every year"),
        message=Text(
            pl="brak programu rocznego na rok {year} w historii",
            en="the history has no annual programme for {year}",
        ),
        severity=Severity.WARNING,
        basis=(Citation("5a", "1"),),
        applies_to=ProgrammeHistory,
        check=_gaps,
        valid_from=AMENDMENT_2010,
        description=Text(
            pl="Program roczny jest obowiązkowy; luka w historii to brak programu albo brak "
            "dokumentu w zbiorze, dlatego to ostrzeżenie.",
            en="The annual programme is mandatory; a gap is a missing programme or a document "
            "missing from the set, so it is a warning.",
        ),
    ),
    Rule(
        code="WSP-HST-002",
        title=Text(pl="Jeden program roczny na rok", en="One annual programme per year"),
        message=Text(
            pl="na rok {year} jest {count} programów rocznych, a żaden nie zmienia drugiego",
            en="there are {count} annual programmes for {year}, and none amends another",
        ),
        severity=Severity.WARNING,
        basis=(Citation("5a", "1"),),
        applies_to=ProgrammeHistory,
        check=_duplicates,
        valid_from=AMENDMENT_2010,
        description=Text(
            pl="Drugi program na ten sam rok powinien wskazywać zmienianą uchwałę (pole amends).",
            en="A second programme for the same year should name the resolution it amends "
            "(the amends field).",
        ),
    ),
    Rule(
        code="WSP-HST-003",
        title=Text(
            pl="Rok programu rocznego mieści się w programie wieloletnim",
            en="An annual programme's year lies within its multi-year programme",
        ),
        message=Text(
            pl="program na rok {year} realizuje program wieloletni {number} na okres "
            "{start} – {end}, który tego roku nie obejmuje",
            en="the programme for {year} implements the multi-year programme {number} for "
            "{start} – {end}, which does not cover that year",
        ),
        severity=Severity.WARNING,
        basis=(Citation("5a", "2"),),
        applies_to=ProgrammeHistory,
        check=_within_multi_year,
        valid_from=AMENDMENT_2010,
        description=Text(
            pl="Program roczny realizuje program wieloletni obowiązujący w jego roku.",
            en="An annual programme carries out the multi-year programme in force in its year.",
        ),
    ),
    Rule(
        code="WSP-HST-004",
        title=Text(
            pl="Obszary programu rocznego pochodzą z programu wieloletniego",
            en="An annual programme's areas come from its multi-year programme",
        ),
        message=Text(
            pl="obszaru {area!r} nie ma wśród obszarów programu „{title}”",
            en="the area {area!r} is not among the areas of “{title}”",
        ),
        severity=Severity.WARNING,
        basis=(Citation("5a", "2"),),
        applies_to=ProgrammeHistory,
        check=_areas_of_multi_year,
        valid_from=AMENDMENT_2010,
        description=Text(
            pl="Zadania programu rocznego grupuje się w obszary programu wieloletniego, "
            "który realizuje (albo który obejmuje jego rok).",
            en="An annual programme groups its tasks in the areas of the multi-year programme "
            "it implements (or that covers its year).",
        ),
    ),
    Rule(
        code="WSP-HST-005",
        title=Text(
            pl="Programy wieloletnie nie nakładają się",
            en="Multi-year programmes do not overlap",
        ),
        message=Text(
            pl="program „{second}” zaczyna się {start}, przed końcem programu „{first}” ({end})",
            en="“{second}” starts on {start}, before “{first}” ends ({end})",
        ),
        severity=Severity.WARNING,
        basis=(Citation("5a", "2"),),
        applies_to=ProgrammeHistory,
        check=_overlaps,
        valid_from=AMENDMENT_2010,
        description=Text(
            pl="Dwa programy wieloletnie w tym samym czasie zwykle oznaczają błędny okres.",
            en="Two multi-year programmes at once usually mean a wrong period.",
        ),
    ),
    Rule(
        code="WSP-HST-006",
        title=Text(
            pl="Sprawozdanie dotyczy roku z programem",
            en="A report covers a year that has a programme",
        ),
        message=Text(
            pl="sprawozdanie dotyczy roku {year}, na który w historii nie ma programu rocznego",
            en="the report is for {year}, a year with no annual programme in the history",
        ),
        severity=Severity.WARNING,
        basis=(Citation("5a", "3"),),
        applies_to=ProgrammeHistory,
        check=_reports_covered,
        valid_from=AMENDMENT_2010,
        description=Text(
            pl="Sprawozdanie opisuje realizację programu rocznego za rok poprzedni.",
            en="A report describes how the previous year's annual programme was carried out.",
        ),
    ),
    Rule(
        code="WSP-HST-007",
        title=Text(
            pl="Zaplanowana forma współpracy pozafinansowej została zrealizowana",
            en="A planned non-financial form of cooperation was carried out",
        ),
        message=Text(
            pl="program na rok {year} przewiduje formę {form!r}, której nie ma w rejestrze "
            "współpracy pozafinansowej za ten rok",
            en="the programme for {year} plans the form {form!r}, which the record of "
            "non-financial cooperation for that year never mentions",
        ),
        severity=Severity.INFO,
        basis=(Citation("5", "2"), Citation("5a", "3")),
        applies_to=ProgrammeHistory,
        check=_planned_forms_realised,
        valid_from=AMENDMENT_2010,
        description=Text(
            pl="Porównuje formy pozafinansowe zaplanowane w programie rocznym z rejestrem "
            "działań pozafinansowych za ten sam rok (gdy jest w historii). Brak wzmianki "
            "nie musi oznaczać braku działań, dlatego to informacja.",
            en="Compares the non-financial forms an annual programme plans with the record of "
            "non-financial activity for the same year (when the history has one). A form not "
            "mentioned may still have happened, so this is information.",
        ),
    ),
    Rule(
        code="WSP-HST-008",
        title=Text(
            pl="Opinia rady dołączona do projektu programu",
            en="The council's opinion is attached to the draft programme",
        ),
        message=Text(
            pl="rada wydała {given_on} opinię o projekcie „{draft}”, a program na rok {year} "
            "nie wskazuje dołączonej opinii",
            en="the council gave an opinion on “{draft}” on {given_on}, but the programme for "
            "{year} names no attached opinion",
        ),
        severity=Severity.WARNING,
        basis=(Citation("5a", "2a"),),
        applies_to=ProgrammeHistory,
        check=_opinion_attached,
        valid_from=AMENDMENT_2015,
        description=Text(
            pl="Jeżeli po konsultacjach rada działalności pożytku publicznego wyda opinię o "
            "projekcie programu, organ wykonawczy dołącza ją do projektu przedkładanego radzie "
            "(art. 5a ust. 2a). Opinię wiąże się z programem po tytule projektu (słowo "
            "„program” i rok), dlatego to ostrzeżenie. Ust. 2a dodała nowelizacja z 2015 r. "
            "(Dz.U. 2015 poz. 1339, w mocy od 9 listopada 2015 r.): programy uchwalone "
            "wcześniej nie są oceniane.",
            en="If, after the consultation, the public-benefit council gives an opinion on the "
            "draft programme, the executive attaches it to the draft submitted to the council "
            "(art. 5a(2a)). An opinion is matched to a programme by the draft's title (the word "
            "'program' and the year), so this is a warning. Ust. 2a came with the 2015 "
            "amendment (Dz.U. 2015 poz. 1339, in force 9 November 2015): programmes adopted "
            "before it are not judged.",
        ),
    ),
)
