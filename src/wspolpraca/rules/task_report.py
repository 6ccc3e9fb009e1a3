"""
Rules for the report on carrying out a public task (``WSP-TRP-*``), art. 18.

Sources and confidence are listed in :mod:`wspolpraca.rules.paperwork`. Art. 18 ust. 1 (30 days
after the end of the task) and ust. 4 (the report's contents) are confirmed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

from .._model._agreement import Agreement
from .._model._dossier import Dossier
from .._model._task_report import TaskReport
from .._text import Text
from ..law import Confidence
from ._engine import Context, DatedValue, Hit, Parameter, Rule, Severity
from ._inforce import ACT_IN_FORCE
from ._paperwork_common import (
    ART_16_1,
    ART_18_1,
    ART_18_4_1,
    ART_18_4_2,
    HUNDRED,
    indexed,
    key,
    percent,
)

__all__ = ["PARAMETERS", "REFERENCE_DATES", "REPORT_DAYS", "RETURN_DAYS", "RULES"]

UFP_IN_FORCE = dt.date(2010, 1, 1)
"""The public finance act of 27 August 2009 (Dz.U. 2009 Nr 157 poz. 1240) in force, art. 251
with it."""

REPORT_DAYS: Parameter[int] = Parameter(
    name="task_report.deadline_days",
    unit="days",
    direction="maximum",
    title=Text(
        pl="Termin sporządzenia sprawozdania z wykonania zadania (dni od zakończenia zadania)",
        en="Days after the end of the task within which its report is drawn up",
    ),
    values=(
        DatedValue(
            value=30,
            basis=ART_18_1,
            confidence=Confidence.CONFIRMED,
            note="art. 18 ust. 1, read in t.j. Dz.U. 2023 poz. 571 (sip.lex.pl) and quoted from "
            "t.j. Dz.U. 2018 poz. 450 (gminaskawina.pl); the act says 'sporządzić' (draw up), "
            "agreements usually say 'złożyć' (submit).",
        ),
    ),
)

RETURN_DAYS: Parameter[int] = Parameter(
    name="task_report.return_days",
    unit="days",
    direction="maximum",
    title=Text(
        pl="Termin zwrotu niewykorzystanej dotacji, gdy umowa go nie określa (dni od końca "
        "terminu wykorzystania dotacji)",
        en="Days after the end of the grant's term of use within which unspent grant is "
        "returned when the agreement sets no deadline",
    ),
    values=(
        DatedValue(
            value=15,
            valid_from=UFP_IN_FORCE,
            basis=ART_16_1,
            confidence=Confidence.SECONDARY,
            note="art. 251 ust. 3 of the public finance act (ustawa z dnia 27 sierpnia 2009 r. o "
            "finansach publicznych), read in t.j. Dz.U. 2024 poz. 1530 on arslege.pl: when the "
            "term of use is shorter than the budget year, the unused part is returned within "
            "15 days after the term ends; ust. 1 (the year-end return by 31 January of the "
            "next year) was not read, only its yearly character (prawo.pl, a regional audit "
            "chamber). The act's art. 16 ust. 1 makes the agreement follow the public finance "
            "act. The term of use is taken to be the task's end (the report's period end). "
            "SECONDARY: a third-party consolidated text of another act, and the term of use "
            "equated with the task's end.",
        ),
    ),
)

PARAMETERS: tuple[Parameter[object], ...] = (REPORT_DAYS, RETURN_DAYS)  # type: ignore[assignment]


def _report_date(report: TaskReport) -> dt.date:
    """The day the report was submitted, else the end of the period it covers."""
    return report.submitted_on if report.submitted_on is not None else report.period.end


REFERENCE_DATES: dict[type[Any], Callable[[Any], dt.date]] = {TaskReport: _report_date}
"""The date whose law applies to a report."""


def _on_time_by_agreement(report: TaskReport, context: Context) -> Iterator[Hit]:
    if report.submitted_on is None or report.due_on is None:
        return
    if report.submitted_on > report.due_on:
        yield Hit(
            path=("submitted_on",),
            params={
                "submitted_on": report.submitted_on,
                "due_on": report.due_on,
                "days": (report.submitted_on - report.due_on).days,
            },
        )


def _on_time_by_statute(report: TaskReport, context: Context) -> Iterator[Hit]:
    if report.submitted_on is None or report.due_on is not None or not report.final:
        return
    dated = context.value(REPORT_DAYS, report.period.end)
    if dated is None:
        return
    due = report.period.end + dt.timedelta(days=dated.value)
    if report.submitted_on > due:
        yield Hit(
            path=("submitted_on",),
            params={
                "submitted_on": report.submitted_on,
                "end": report.period.end,
                "days": dated.value,
                "due_on": due,
            },
            confidence=dated.confidence,
        )


def _within_shift(report: TaskReport, context: Context) -> Iterator[Hit]:
    shift = report.permitted_shift
    if shift is None:
        return
    for index, line in enumerate(report.cost_lines):
        if line.planned is None or line.planned == 0:
            continue
        allowed = line.planned * (HUNDRED + shift) / HUNDRED
        if line.spent > allowed:
            yield Hit(
                path=("cost_lines", index, "spent"),
                params={
                    "line": line.number or f"{index + 1}. {line.name}",
                    "spent": line.spent,
                    "planned": line.planned,
                    "over": percent(
                        ((line.spent - line.planned) * HUNDRED / line.planned).quantize(
                            Decimal("0.01")
                        )
                    ),
                    "shift": percent(shift),
                },
            )


def _shortfall_explained(report: TaskReport, context: Context) -> Iterator[Hit]:
    for index, result in enumerate(report.results):
        planned, achieved = result.planned_level, result.achieved_level
        if planned is None or achieved is None or achieved >= planned:
            continue
        if not result.explanation.strip():
            yield Hit(
                path=("results", index, "explanation"),
                params={
                    "result": result.name,
                    "achieved": percent(achieved),
                    "planned": percent(planned),
                },
            )


def _unspent_returned(report: TaskReport, context: Context) -> Iterator[Hit]:
    if not report.unspent or report.return_due_on is None:
        return
    returned = report.returned_on
    if returned is None and report.submitted_on is not None:
        if report.submitted_on > report.return_due_on:
            yield Hit(
                path=("returned_on",),
                params={
                    "unspent": report.unspent,
                    "due_on": report.return_due_on,
                    "returned_on": Text(pl="brak zwrotu", en="not returned"),
                },
            )
    elif returned is not None and returned > report.return_due_on:
        yield Hit(
            path=("returned_on",),
            params={
                "unspent": report.unspent,
                "due_on": report.return_due_on,
                "returned_on": returned,
            },
        )


def statutory_return_due(end: dt.date, days: int) -> dt.date:
    """
    The statutory return deadline for a grant whose term of use ends on *end*: *days* after
    it (art. 251 ust. 3 of the public finance act) when the term ends before the budget year
    does, else 31 January of the next year (art. 251 ust. 1, the later and so the safer day).
    """
    if (end.month, end.day) == (12, 31):
        return dt.date(end.year + 1, 1, 31)
    return end + dt.timedelta(days=days)


def _unspent_returned_by_statute(report: TaskReport, context: Context) -> Iterator[Hit]:
    if not report.unspent or report.return_due_on is not None or not report.final:
        return
    dated = context.value(RETURN_DAYS, report.period.end)
    if dated is None:
        return
    due = statutory_return_due(report.period.end, dated.value)
    returned = report.returned_on
    late = (
        returned > due
        if returned is not None
        else (report.submitted_on is not None and report.submitted_on > due)
    )
    if late:
        yield Hit(
            path=("returned_on",),
            params={
                "unspent": report.unspent,
                "end": report.period.end,
                "due_on": due,
                "returned_on": returned
                if returned is not None
                else Text(pl="brak zwrotu", en="not returned"),
            },
            confidence=dated.confidence,
        )


def _report_totals(report: TaskReport, context: Context) -> Iterator[Hit]:
    if report.cost_lines and report.financing:
        spent, financed = report.spent_total, report.financing_total
        if spent != financed:
            yield Hit(
                path=("financing",),
                params={"financed": financed, "spent": spent},
            )


def _unspent_arithmetic(report: TaskReport, context: Context) -> Iterator[Hit]:
    if report.grant is None or report.unspent is None or not report.financing:
        return
    used = sum((line.amount for line in report.financing if line.source == "grant"), Decimal(0))
    expected = report.grant - used
    if expected >= 0 and report.unspent != expected:
        yield Hit(
            path=("unspent",),
            params={
                "unspent": report.unspent,
                "grant": report.grant,
                "used": used,
                "expected": expected,
            },
        )


_AGREED = (
    ("grant", "grant", Text(pl="kwota dotacji", en="the grant")),
    ("due_on", "settlement_due_on", Text(pl="termin sprawozdania", en="the report deadline")),
    (
        "permitted_shift",
        "permitted_shift",
        Text(pl="dopuszczalne przesunięcie [%]", en="the permitted shift [%]"),
    ),
    ("return_due_on", "return_due_on", Text(pl="termin zwrotu", en="the return deadline")),
)


def _shown(value: object) -> object:
    return percent(value) if isinstance(value, Decimal) else value


def _matches_agreement(dossier: Dossier, context: Context) -> Iterator[Hit]:
    # Linked as the chain rules link (``WSP-CHN``): case and spacing ignored, the first wins.
    agreements = indexed(dossier, Agreement, "number")
    for index, doc in enumerate(dossier.documents):
        if not isinstance(doc, TaskReport):
            continue
        name = key(doc.agreement_number)
        if name is None or name not in agreements:
            continue
        agreement = agreements[name][1]
        for own, theirs, what in _AGREED:
            stated, agreed = getattr(doc, own), getattr(agreement, theirs)
            if stated is not None and agreed is not None and stated != agreed:
                yield Hit(
                    path=("documents", index, own),
                    params={
                        "what": what,
                        "stated": stated if own == "grant" else _shown(stated),
                        "agreed": agreed if own == "grant" else _shown(agreed),
                        "number": agreement.number,
                    },
                )


RULES: tuple[Rule, ...] = (
    Rule(
        code="WSP-TRP-001",
        title=Text(
            pl="Sprawozdanie złożone w terminie z umowy",
            en="The report submitted by the agreement's deadline",
        ),
        message=Text(
            pl="sprawozdanie złożono {submitted_on}, {days} dni po terminie {due_on}",
            en="the report was submitted on {submitted_on}, {days} days after the deadline "
            "{due_on}",
        ),
        severity=Severity.ERROR,
        basis=(ART_18_1, ART_16_1),
        applies_to=TaskReport,
        valid_from=ACT_IN_FORCE,
        check=_on_time_by_agreement,
        description=Text(
            pl="Sprawozdanie składa się w terminie określonym w umowie (albo w wezwaniu do "
            "sprawozdania częściowego, art. 18 ust. 3).",
            en="The report is submitted by the deadline the agreement sets (or the body's call "
            "for a partial report, art. 18(3)).",
        ),
    ),
    Rule(
        code="WSP-TRP-002",
        title=Text(
            pl="Sprawozdanie końcowe w 30 dni od zakończenia zadania",
            en="The final report within 30 days of the task's end",
        ),
        message=Text(
            pl="sprawozdanie złożono {submitted_on}, po {days} dniach od zakończenia zadania "
            "{end} ({due_on})",
            en="the report was submitted on {submitted_on}, more than {days} days after the task "
            "ended on {end} ({due_on})",
        ),
        severity=Severity.WARNING,
        basis=(ART_18_1,),
        applies_to=TaskReport,
        valid_from=ACT_IN_FORCE,
        check=_on_time_by_statute,
        parameters=(REPORT_DAYS,),
        description=Text(
            pl="Gdy umowa nie podaje terminu, sprawozdanie sporządza się w terminie 30 dni od "
            "dnia zakończenia realizacji zadania (art. 18 ust. 1). Ostrzeżenie, bo ustawa mówi "
            "o sporządzeniu, a nie o złożeniu sprawozdania.",
            en="When the agreement sets no deadline, the report is drawn up within 30 days of "
            "the end of the task (art. 18(1)). A warning, because the act speaks of drawing up "
            "the report, not of submitting it.",
        ),
    ),
    Rule(
        code="WSP-TRP-003",
        title=Text(
            pl="Wykonanie pozycji kosztów w granicach dopuszczalnego przesunięcia",
            en="Each cost line within the permitted shift",
        ),
        message=Text(
            pl="pozycja {line}: wydano {spent} wobec {planned} z umowy, o {over}% więcej, a "
            "umowa dopuszcza {shift}%",
            en="line {line}: {spent} spent against {planned} in the agreement, {over}% more, "
            "while the agreement allows {shift}%",
        ),
        severity=Severity.WARNING,
        basis=(ART_16_1,),
        applies_to=TaskReport,
        valid_from=ACT_IN_FORCE,
        check=_within_shift,
        description=Text(
            pl="Umowa dopuszcza zwiększenie pozycji kalkulacji o określony procent bez aneksu. "
            "Ostrzeżenie, bo umowy różnie liczą przesunięcie (od pozycji albo od dotacji).",
            en="The agreement lets a cost line grow by a given percentage without an annex. A "
            "warning, because agreements count the shift differently (on the line or on the "
            "grant).",
        ),
    ),
    Rule(
        code="WSP-TRP-004",
        title=Text(
            pl="Nieosiągnięty rezultat wyjaśniony",
            en="A result below plan explained",
        ),
        message=Text(
            pl="rezultat „{result}” osiągnął {achieved} wobec planowanych {planned} bez wyjaśnienia",
            en="the result \u201c{result}\u201d reached {achieved} of the {planned} planned, with no "
            "explanation",
        ),
        severity=Severity.WARNING,
        basis=(ART_18_4_1,),
        applies_to=TaskReport,
        valid_from=ACT_IN_FORCE,
        check=_shortfall_explained,
        description=Text(
            pl="Sprawozdanie opisuje osiągnięte cele (art. 18 ust. 4 pkt 1), a wzory każą "
            "wyjaśnić, dlaczego rezultat nie osiągnął zakładanego poziomu.",
            en="The report describes the goals achieved (art. 18(4)(1)), and the forms ask why a "
            "result fell short of its planned level.",
        ),
    ),
    Rule(
        code="WSP-TRP-005",
        title=Text(
            pl="Niewykorzystana dotacja zwrócona w terminie",
            en="Unspent grant returned in time",
        ),
        message=Text(
            pl="niewykorzystaną dotację {unspent} należało zwrócić do {due_on} ({returned_on})",
            en="the unspent grant of {unspent} was due back by {due_on} ({returned_on})",
        ),
        severity=Severity.ERROR,
        basis=(ART_16_1,),
        applies_to=TaskReport,
        valid_from=ACT_IN_FORCE,
        check=_unspent_returned,
        description=Text(
            pl="Niewykorzystaną część dotacji zwraca się w terminie z umowy. Gdy sprawozdanie "
            "nie podaje daty zwrotu, a złożono je po tym terminie, zwrotu nie dokonano w czasie.",
            en="The unspent part of the grant is returned by the agreement's deadline. When the "
            "report gives no return date and was submitted after that deadline, it was not "
            "returned in time.",
        ),
    ),
    Rule(
        code="WSP-TRP-006",
        title=Text(
            pl="Źródła finansowania sumują się do poniesionych kosztów",
            en="The financing used adds up to the costs incurred",
        ),
        message=Text(
            pl="źródła finansowania wynoszą łącznie {financed}, a poniesione koszty {spent}",
            en="the financing used totals {financed}, while the costs incurred total {spent}",
        ),
        severity=Severity.ERROR,
        basis=(ART_18_4_2,),
        applies_to=TaskReport,
        valid_from=ACT_IN_FORCE,
        check=_report_totals,
        description=Text(
            pl="Zestawienie wydatków ze wskazaniem źródeł ich finansowania (art. 18 ust. 4 "
            "pkt 2) sumuje się do kosztów poniesionych w poszczególnych pozycjach.",
            en="The expenses with their sources (art. 18(4)(2)) add up to the costs incurred "
            "line by line.",
        ),
    ),
    Rule(
        code="WSP-TRP-007",
        title=Text(
            pl="Niewykorzystana dotacja to dotacja minus wykorzystana",
            en="The unspent grant is the grant less the grant used",
        ),
        message=Text(
            pl="niewykorzystana dotacja wynosi {unspent}, a dotacja {grant} minus wykorzystane "
            "{used} daje {expected}",
            en="the unspent grant is stated as {unspent}, while the grant {grant} less the "
            "{used} used gives {expected}",
        ),
        severity=Severity.WARNING,
        basis=(ART_18_4_2,),
        applies_to=TaskReport,
        valid_from=ACT_IN_FORCE,
        check=_unspent_arithmetic,
        description=Text(
            pl="Kwota niewykorzystanej dotacji to dotacja z umowy pomniejszona o część kosztów "
            "pokrytą z dotacji. Ostrzeżenie, bo odsetki i inne przychody mogą zmieniać kwotę "
            "do zwrotu.",
            en="The unspent grant is the agreement's grant less the costs paid from it. A "
            "warning, because interest and other income can change the amount to return.",
        ),
    ),
    Rule(
        code="WSP-TRP-008",
        title=Text(
            pl="Sprawozdanie zgodne z umową z tej samej teczki",
            en="A report that agrees with its agreement in the same dossier",
        ),
        message=Text(
            pl="sprawozdanie podaje {what}: {stated}, a umowa nr {number}: {agreed}",
            en="the report states {what} as {stated}, while agreement {number} says {agreed}",
        ),
        severity=Severity.WARNING,
        basis=(ART_16_1, ART_18_1),
        applies_to=Dossier,
        valid_from=ACT_IN_FORCE,
        check=_matches_agreement,
        description=Text(
            pl="Gdy teczka zawiera sprawozdanie i umowę o numerze, który sprawozdanie podaje, "
            "kwota dotacji, termin sprawozdania, dopuszczalne przesunięcie i termin zwrotu w "
            "sprawozdaniu są takie jak w umowie. Ostrzeżenie, bo aneks do umowy, którego teczka "
            "nie zawiera, mógł je zmienić.",
            en="When a dossier holds a report and the agreement whose number the report names, "
            "the report's grant, report deadline, permitted shift and return deadline are the "
            "agreement's. A warning, because an annex the dossier lacks may have changed them.",
        ),
    ),
    Rule(
        code="WSP-TRP-009",
        title=Text(
            pl="Niewykorzystana dotacja zwrócona w terminie ustawowym",
            en="Unspent grant returned by the statutory deadline",
        ),
        message=Text(
            pl="umowa nie podaje terminu zwrotu; niewykorzystaną dotację {unspent} należało "
            "zwrócić do {due_on} (zadanie zakończone {end}; {returned_on})",
            en="the agreement sets no return deadline; the unspent grant of {unspent} was due "
            "back by {due_on} (the task ended on {end}; {returned_on})",
        ),
        severity=Severity.WARNING,
        basis=(ART_16_1,),
        applies_to=TaskReport,
        valid_from=UFP_IN_FORCE,
        check=_unspent_returned_by_statute,
        parameters=(RETURN_DAYS,),
        description=Text(
            pl="Gdy umowa nie określa terminu zwrotu, niewykorzystaną część dotacji zwraca się "
            "w terminie 15 dni po upływie terminu jej wykorzystania, gdy jest on krótszy niż rok "
            "budżetowy (art. 251 ust. 3 ustawy o finansach publicznych), a przy terminie "
            "upływającym 31 grudnia do 31 stycznia następnego roku (art. 251 ust. 1). Termin "
            "wykorzystania utożsamia się z końcem zadania w sprawozdaniu końcowym. "
            "Ostrzeżenie, bo przepis ustawy o finansach publicznych odczytano z tekstu "
            "wtórnego, a umowa może określać inny termin wykorzystania.",
            en="When the agreement sets no return deadline, the unused part of the grant is "
            "returned within 15 days after its term of use ends, when that term is shorter "
            "than the budget year (art. 251(3) of the public finance act), and by 31 January "
            "of the next year when the term ends on 31 December (art. 251(1)). The term of use "
            "is taken to be the task's end in a final report. A warning, because the public "
            "finance act was read from a secondary text and the agreement may set another "
            "term of use.",
        ),
    ),
)
