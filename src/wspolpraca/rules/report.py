"""
Rules for implementation reports (``WSP-RPT-*``).

Sources (law.md §3.1, §8, §12):

- art. 5a ust. 3: the executive submits the report on the previous year's programme to the
  council and publishes it in the BIP "nie później niż do dnia 31 maja" (current text,
  confirmed). A pre-2015 text reads "do dnia 30 kwietnia"; the amending act and its date are
  not identified (§12), so the cut-over is dated 9 November 2015 (the date instytutrp.org gives
  for the current programme obligations) and flagged: findings under the older value are
  warnings.
- Spending more than planned, and totals that do not add up, are not breaches of the act:
  warnings about the report's own consistency.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from .._model._report import ImplementationReport
from .._text import Text
from ..law import Citation, Confidence
from ._engine import Context, DatedValue, Hit, Parameter, Rule, Severity
from ._inforce import AMENDMENT_2010, AMENDMENT_2015

__all__ = ["PARAMETERS", "REFERENCE_DATES", "REPORT_DEADLINE", "RULES", "reference_date"]

REPORT_DEADLINE_CUTOVER = AMENDMENT_2015
"""First day of the 31 May deadline: the 2015 amendment's entry into force (secondary, law.md §13)."""

REPORT_DEADLINE: Parameter[tuple[int, int]] = Parameter(
    name="report.deadline",
    unit="month_day",
    direction="deadline",
    title=Text(
        pl="Termin przedłożenia i publikacji sprawozdania (dzień i miesiąc roku następnego)",
        en="Deadline for submitting and publishing the report (day and month of the next year)",
    ),
    values=(
        DatedValue(
            value=(4, 30),
            valid_from=AMENDMENT_2010,
            valid_to=REPORT_DEADLINE_CUTOVER - dt.timedelta(days=1),
            basis=Citation("5a", "3"),
            confidence=Confidence.SECONDARY,
            note="'do dnia 30 kwietnia' is read in a pre-2015 text (law.md §12); secondary "
            "sources date the change to the 2015 amendment, Dz.U. 2015 poz. 1339, in force "
            "9 November 2015 (law.md §13).",
        ),
        DatedValue(
            value=(5, 31),
            valid_from=REPORT_DEADLINE_CUTOVER,
            basis=Citation("5a", "3"),
            confidence=Confidence.SECONDARY,
            note="'do dnia 31 maja' is confirmed in the current text; it applies from the "
            "2015 amendment's entry into force, 9 November 2015 (secondary, law.md §13).",
        ),
    ),
)

PARAMETERS = (REPORT_DEADLINE,)


def reference_date(report: ImplementationReport) -> dt.date:
    """1 January of the year after the reporting year (when the report falls due)."""
    return dt.date(report.year + 1, 1, 1)


REFERENCE_DATES = {ImplementationReport: reference_date}


def _deadline(report: ImplementationReport, context: Context) -> tuple[dt.date, Confidence] | None:
    dated = context.value(REPORT_DEADLINE, dt.date(report.year + 1, 1, 1))
    if dated is None:
        return None
    month, day = dated.value
    return dt.date(report.year + 1, month, day), dated.confidence


def _late(report: ImplementationReport, context: Context, field: str) -> Iterator[Hit]:
    day = getattr(report, field)
    found = _deadline(report, context)
    if day is None or found is None:
        return
    deadline, confidence = found
    if day > deadline:
        yield Hit(
            path=(field,),
            params={
                "day": day,
                "deadline": deadline,
                "days": (day - deadline).days,
                "year": report.year,
            },
            confidence=confidence,
        )


def _submitted(report: ImplementationReport, context: Context) -> Iterator[Hit]:
    return _late(report, context, "submitted_on")


def _published(report: ImplementationReport, context: Context) -> Iterator[Hit]:
    return _late(report, context, "published_on")


def _totals_add_up(report: ImplementationReport, context: Context) -> Iterator[Hit]:
    if report.spent_total is None or not report.tasks:
        return
    if any(task.spent_amount is None for task in report.tasks):
        return
    if report.tasks_spent != report.spent_total:
        yield Hit(
            path=("spent_total",),
            params={"tasks": report.tasks_spent, "total": report.spent_total},
        )


def _within_plan(report: ImplementationReport, context: Context) -> Iterator[Hit]:
    for index, task in enumerate(report.tasks):
        planned, spent = task.planned_amount, task.spent_amount
        if planned is not None and spent is not None and spent > planned:
            yield Hit(
                path=("tasks", index, "spent_amount"),
                params={"title": task.title, "spent": spent, "planned": planned},
            )
    if (
        report.planned_total is not None
        and report.spent_total is not None
        and report.spent_total > report.planned_total
    ):
        yield Hit(
            path=("spent_total",),
            params={
                "title": Text(pl="cały program", en="the whole programme"),
                "spent": report.spent_total,
                "planned": report.planned_total,
            },
        )


_LATE_DESCRIPTION = Text(
    pl="Organ wykonawczy przedkłada radzie i publikuje w BIP sprawozdanie z realizacji "
    "programu za rok poprzedni do 31 maja (we wcześniejszym brzmieniu: do 30 kwietnia; "
    "data zmiany niepotwierdzona, więc wyniki według starego terminu są ostrzeżeniami).",
    en="The executive submits the report on the previous year's programme to the council "
    "and publishes it in the BIP by 31 May (30 April in an earlier text; the date of the "
    "change is unconfirmed, so findings under the old deadline are warnings).",
)

RULES: tuple[Rule, ...] = (
    Rule(
        code="WSP-RPT-001",
        title=Text(
            pl="Sprawozdanie przedłożone radzie w terminie",
            en="Report submitted to the council on time",
        ),
        message=Text(
            pl="sprawozdanie za rok {year} przedłożono radzie {day}, {days} dni po terminie {deadline}",
            en="the report on {year} was submitted to the council on {day}, "
            "{days} days after the deadline {deadline}",
        ),
        severity=Severity.ERROR,
        basis=(Citation("5a", "3"),),
        applies_to=ImplementationReport,
        check=_submitted,
        valid_from=AMENDMENT_2010,
        parameters=(REPORT_DEADLINE,),
        description=_LATE_DESCRIPTION,
    ),
    Rule(
        code="WSP-RPT-002",
        title=Text(
            pl="Sprawozdanie opublikowane w BIP w terminie",
            en="Report published in the BIP on time",
        ),
        message=Text(
            pl="sprawozdanie za rok {year} opublikowano w BIP {day}, {days} dni po terminie {deadline}",
            en="the report on {year} was published in the BIP on {day}, "
            "{days} days after the deadline {deadline}",
        ),
        severity=Severity.ERROR,
        basis=(Citation("5a", "3"),),
        applies_to=ImplementationReport,
        check=_published,
        valid_from=AMENDMENT_2010,
        parameters=(REPORT_DEADLINE,),
        description=_LATE_DESCRIPTION,
    ),
    Rule(
        code="WSP-RPT-003",
        title=Text(
            pl="Kwoty wydatkowane na zadania sumują się do kwoty ogółem",
            en="Task spending adds up to the stated total",
        ),
        message=Text(
            pl="zadania wydatkowały łącznie {tasks}, a sprawozdanie podaje ogółem {total}",
            en="the tasks spent {tasks} in all, but the report states a total of {total}",
        ),
        severity=Severity.WARNING,
        basis=(Citation("5a", "3"),),
        applies_to=ImplementationReport,
        check=_totals_add_up,
        valid_from=AMENDMENT_2010,
        description=Text(
            pl="Gdy każde zadanie podaje kwotę wydatkowaną, ich suma powinna równać się sumie ogółem.",
            en="When every task states its spending, the amounts should add up to the total.",
        ),
    ),
    Rule(
        code="WSP-RPT-004",
        title=Text(
            pl="Wydatki nie przekraczają planu",
            en="Spending does not exceed the plan",
        ),
        message=Text(
            pl="{title}: wydatkowano {spent}, więcej niż zaplanowano ({planned})",
            en="{title}: {spent} was spent, more than planned ({planned})",
        ),
        severity=Severity.WARNING,
        basis=(Citation("5a", "4", "8"),),
        applies_to=ImplementationReport,
        check=_within_plan,
        valid_from=AMENDMENT_2010,
        description=Text(
            pl="Wydatki ponad plan nie naruszają ustawy, ale wymagają wyjaśnienia.",
            en="Spending above the plan does not break the act but calls for an explanation.",
        ),
    ),
)
