"""
The report on carrying out a public task (*sprawozdanie z wykonania zadania publicznego*, art. 18),
partial or final, on the statutory form (simplified for art. 19a).

It says what was done against the offer and the agreement: results achieved against their
planned level, actions carried out, cost execution per line against the calculation, the
financing actually used by source, interest and other income, and the grant left unspent and
when it was returned (art. 18 ust. 4: a description of the task with the goals achieved and the
actions carried out, the expenses with their sources, and the personal and in-kind contribution).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs

from ..validators import code_in, money, not_blank
from ._calculation import FinancingLine, financing_total
from ._common import Period, plausible_date
from ._fields import meta
from ._offer import Action
from ._organisation import Organisation
from ._regranting import RegrantingExecution


@attrs.frozen(kw_only=True)
class AchievedResult:
    """
    A result of the offer, its planned level and the level achieved.

    Args:
        name: The result, as the offer names it.
        planned_level: The level the offer planned; ``None`` when it planned none.
        achieved_level: The level achieved; ``None`` when not stated.
        unit: The unit of both levels; ``None`` for a plain count.
        explanation: Why the result fell short, when it did; may be empty.

    .. versionadded:: 0.2
    """

    name: str = attrs.field(validator=not_blank(), metadata=meta("Nazwa rezultatu", "Result"))
    planned_level: Decimal | None = attrs.field(
        default=None, validator=money(), metadata=meta("Zakładana wartość", "Planned level")
    )
    achieved_level: Decimal | None = attrs.field(
        default=None, validator=money(), metadata=meta("Osiągnięta wartość", "Achieved level")
    )
    unit: str | None = attrs.field(default=None, metadata=meta("Jednostka", "Unit"))
    explanation: str = attrs.field(
        default="", metadata=meta("Wyjaśnienie odchyleń", "Explanation of a shortfall")
    )


@attrs.frozen(kw_only=True)
class ExecutedCostLine:
    """
    One line of the cost execution: the cost under the agreement and the cost incurred.

    Args:
        group: The form's group of the line, a code of :data:`wspolpraca.codelists.COST_GROUPS`.
        name: The kind of cost, as the calculation names it.
        spent: The cost incurred (*koszty poniesione*).
        number: The line's number in the calculation; ``None`` when not printed.
        planned: The cost under the agreement (*koszty zgodnie z umową*); ``None`` when the
            line was not in the calculation.
        grant_spent: The part of the cost paid from the grant; ``None`` when not stated.

    Raises:
        UnknownCodeError: *group* is not a group of the forms.

    .. versionadded:: 0.2
    """

    group: str = attrs.field(
        validator=code_in("cost_groups"),
        metadata=meta("Kategoria kosztu", "Cost group", basis="art. 19", codelist="cost_groups"),
    )
    name: str = attrs.field(validator=not_blank(), metadata=meta("Rodzaj kosztu", "Kind of cost"))
    spent: Decimal = attrs.field(
        validator=money(), metadata=meta("Koszty poniesione", "Cost incurred")
    )
    number: str | None = attrs.field(default=None, metadata=meta("Lp.", "Number"))
    planned: Decimal | None = attrs.field(
        default=None, validator=money(), metadata=meta("Koszty zgodnie z umową", "Planned cost")
    )
    grant_spent: Decimal | None = attrs.field(
        default=None, validator=money(), metadata=meta("W tym z dotacji", "Paid from the grant")
    )


@attrs.frozen(kw_only=True)
class TaskReport:
    """
    A partial or final report on carrying out a public task (art. 18).

    Args:
        title: The task's title.
        period: The period reported on (for a final report, the task's period under the
            agreement).
        form: The form the report uses, a code of :data:`wspolpraca.codelists.TASK_FORMS`;
            ``None`` when it does not say.
        small_grant: Whether it is the simplified report of an art. 19a task.
        final: Whether it is the final report (``False``: a partial one, art. 18 ust. 3).
        agreement_number: The number of the agreement reported on; ``None`` when not stated.
        agreement_signed_on: The day that agreement was signed; ``None`` when not stated.
        offer_number: The number of the offer; ``None`` when not stated.
        competition_reference: The competition's reference; ``None`` for a small grant.
        addressee: The body that commissioned the task (*zleceniodawca*).
        contractors: The organisations that carried it out (*zleceniobiorcy*).
        submitted_on: The day the report was submitted; ``None`` for a draft.
        due_on: The deadline the agreement (or the body's call for a partial report) sets;
            ``None`` when it sets none (art. 18 ust. 1 then gives 30 days).
        grant: The grant under the agreement; ``None`` when not stated.
        permitted_shift: How far, in per cent, the agreement lets a cost line exceed its
            planned amount; ``None`` when the agreement sets no figure.
        achievements: The description of what was achieved (art. 18 ust. 4 pkt 1).
        results: The results against their planned levels.
        actions: The actions carried out.
        cost_lines: The cost execution per line (art. 18 ust. 4 pkt 2).
        financing: The financing used, by source (art. 18 ust. 4 pkt 2–3).
        interest: Bank interest earned on the grant; ``None`` when none or not stated.
        other_income: Other income from the task; ``None`` when none or not stated.
        unspent: The grant left unspent; ``None`` when none or not stated.
        return_due_on: The day by which unspent grant is to be returned under the agreement;
            ``None`` when not stated.
        returned_on: The day the unspent grant was returned; ``None`` when not (yet) returned.
        notes: Editorial notes about this record: its sources, and which values are
            illustrative.
        regranting: The operator's regranting section, for the report of an *operator
            projektu* (art. 16a, regranting report); ``None`` for any other report.

            .. versionadded:: 0.3

    .. versionadded:: 0.2
    """

    title: str = attrs.field(
        validator=not_blank(), metadata=meta("Tytuł zadania publicznego", "Task title")
    )
    period: Period = attrs.field(
        metadata=meta("Okres sprawozdawczy", "Period reported on", basis="art. 18 ust. 2")
    )
    form: str | None = attrs.field(
        default=None,
        validator=attrs.validators.optional(code_in("task_forms")),
        metadata=meta("Wzór sprawozdania", "Form", basis="art. 19", codelist="task_forms"),
    )
    small_grant: bool = attrs.field(
        default=False,
        metadata=meta("Sprawozdanie uproszczone (art. 19a)", "Simplified report", basis="art. 19a"),
    )
    final: bool = attrs.field(
        default=True,
        metadata=meta("Sprawozdanie końcowe", "Final report", basis="art. 18 ust. 3"),
    )
    agreement_number: str | None = attrs.field(
        default=None, metadata=meta("Numer umowy", "Agreement number")
    )
    agreement_signed_on: dt.date | None = attrs.field(
        default=None,
        validator=plausible_date(),
        metadata=meta("Data zawarcia umowy", "Agreement signed on"),
    )
    offer_number: str | None = attrs.field(
        default=None, metadata=meta("Numer oferty", "Offer number")
    )
    competition_reference: str | None = attrs.field(
        default=None, metadata=meta("Oznaczenie konkursu", "Competition reference")
    )
    addressee: str = attrs.field(default="", metadata=meta("Zleceniodawca", "Commissioning body"))
    contractors: tuple[Organisation, ...] = attrs.field(
        default=(), metadata=meta("Zleceniobiorcy", "Contractors")
    )
    submitted_on: dt.date | None = attrs.field(
        default=None,
        validator=plausible_date(),
        metadata=meta("Data złożenia sprawozdania", "Submitted on"),
    )
    due_on: dt.date | None = attrs.field(
        default=None,
        validator=plausible_date(),
        metadata=meta("Termin złożenia sprawozdania", "Due on", basis="art. 18 ust. 1"),
    )
    grant: Decimal | None = attrs.field(
        default=None, validator=money(), metadata=meta("Kwota dotacji", "Grant")
    )
    permitted_shift: Decimal | None = attrs.field(
        default=None,
        validator=money(),
        metadata=meta("Dopuszczalne przesunięcie między pozycjami [%]", "Permitted shift [%]"),
    )
    achievements: str = attrs.field(
        default="",
        metadata=meta("Opis osiągniętych rezultatów", "Achievements", basis="art. 18 ust. 4 pkt 1"),
    )
    results: tuple[AchievedResult, ...] = attrs.field(
        default=(), metadata=meta("Rezultaty", "Results", basis="art. 18 ust. 4 pkt 1")
    )
    actions: tuple[Action, ...] = attrs.field(
        default=(),
        metadata=meta(
            "Zrealizowane działania", "Actions carried out", basis="art. 18 ust. 4 pkt 1"
        ),
    )
    cost_lines: tuple[ExecutedCostLine, ...] = attrs.field(
        default=(),
        metadata=meta("Rozliczenie kosztów", "Cost execution", basis="art. 18 ust. 4 pkt 2"),
    )
    financing: tuple[FinancingLine, ...] = attrs.field(
        default=(),
        metadata=meta("Źródła finansowania", "Financing used", basis="art. 18 ust. 4 pkt 2"),
    )
    interest: Decimal | None = attrs.field(
        default=None, validator=money(), metadata=meta("Odsetki bankowe", "Interest")
    )
    other_income: Decimal | None = attrs.field(
        default=None, validator=money(), metadata=meta("Inne przychody", "Other income")
    )
    unspent: Decimal | None = attrs.field(
        default=None, validator=money(), metadata=meta("Niewykorzystana dotacja", "Unspent grant")
    )
    return_due_on: dt.date | None = attrs.field(
        default=None, validator=plausible_date(), metadata=meta("Termin zwrotu", "Return due on")
    )
    returned_on: dt.date | None = attrs.field(
        default=None, validator=plausible_date(), metadata=meta("Data zwrotu", "Returned on")
    )
    notes: tuple[str, ...] = attrs.field(
        default=(), metadata=meta("Uwagi redakcyjne", "Editorial notes")
    )
    regranting: RegrantingExecution | None = attrs.field(
        default=None,
        metadata=meta("Regranting (operator projektu)", "Regranting", basis="art. 16a"),
    )

    @property
    def spent_total(self) -> Decimal:
        """The sum of the costs incurred, line by line."""
        return sum((line.spent for line in self.cost_lines), Decimal(0))

    @property
    def financing_total(self) -> Decimal:
        """The sum of the financing used."""
        return financing_total(self.financing)
