"""Agreements on carrying out a public task (*umowa o realizację zadania publicznego*, art. 16)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs

from ..validators import code_in, money, not_blank
from ._calculation import CostLine
from ._common import Period, Unit, plausible_date
from ._fields import meta
from ._organisation import Organisation
from ._regranting import RegrantingPlan


@attrs.frozen(kw_only=True)
class Tranche:
    """
    One payment of the grant (*transza dotacji*).

    Args:
        due_on: The day the payment is due under the agreement.
        amount: The amount in złoty.

    .. versionadded:: 0.1
    """

    due_on: dt.date = attrs.field(
        validator=plausible_date(), metadata=meta("Termin przekazania", "Due on")
    )
    amount: Decimal = attrs.field(validator=money(), metadata=meta("Kwota", "Amount"))


@attrs.frozen(kw_only=True)
class Agreement:
    """
    An agreement to support or to entrust a public task (art. 16 ust. 1), after an open
    competition or a small grant.

    An agreement is *multi-year* when its period spans more than one calendar year.
    The act sets no maximum length that a retrieved source confirms (law.md §12), so none
    is enforced.

    Args:
        unit: The unit of local government that grants the money.
        organisation: The organisation that carries out the task.
        task_title: The title of the public task.
        mode: Support (*wspieranie*) or entrustment (*powierzanie*), a code of
            :data:`wspolpraca.codelists.MODES`.
        signed_on: The day the agreement was signed.
        period: When the task is carried out.
        grant: The grant in złoty.
        tranches: The payment schedule; empty when the agreement sets none or it was
            not recorded.
        settlement_due_on: The day by which the organisation settles the grant (its
            report); ``None`` when not recorded.
        number: The agreement's number as printed; ``None`` when not recorded.
        procedure: The mode that preceded the agreement: ``"open_competition"`` (art. 11
            ust. 2), ``"small_grant"`` (art. 19a), ``"regranting"`` (art. 16a) or
            ``"other_statute"`` (another mode a separate act provides, art. 11 ust. 2);
            ``"none"`` when there was none; any other text loads and rule ``WSP-SGR-014``
            reports it; ``None`` when the record does not say.

            .. versionadded:: 0.3
        form: The framework form the agreement follows, a code of
            :data:`wspolpraca.codelists.TASK_FORMS`; ``None`` when not recorded.
        offer_number: The number of the offer the agreement refers to; ``None`` when not
            recorded.
        competition_reference: The competition's reference; ``None`` for a small grant or
            when not recorded.
        awarded_amount: The grant awarded in the competition's results (or the small-grant
            decision); ``None`` when not recorded.
        own_contribution: The own contribution the organisation undertakes; ``None`` when
            not recorded.
        permitted_shift: How far, in per cent, a cost line may exceed its planned amount
            without an annex; ``None`` when the agreement sets no figure.
        return_due_on: The day by which unspent grant is to be returned; ``None`` when not
            recorded.
        cost_lines: The updated cost calculation attached to the agreement, when one was
            required; empty otherwise.
        notes: Editorial notes about this record: its sources, and which values are
            illustrative.
        regranting: The regranting section of an agreement with an *operator projektu*
            (art. 16a, regranting framework agreement); ``None`` for any other agreement.

            .. versionadded:: 0.3

    Raises:
        UnknownCodeError: *mode* is not a known mode.

    .. versionadded:: 0.1
    .. versionchanged:: 0.2
       *form*, *offer_number*, *competition_reference*, *awarded_amount*,
       *own_contribution*, *permitted_shift*, *return_due_on* and *cost_lines*.
    """

    unit: Unit = attrs.field(metadata=meta("Jednostka samorządu", "Local government unit"))
    organisation: Organisation = attrs.field(metadata=meta("Organizacja", "Organisation"))
    task_title: str = attrs.field(
        validator=not_blank(), metadata=meta("Tytuł zadania", "Task title")
    )
    mode: str = attrs.field(
        validator=code_in("modes"),
        metadata=meta("Forma zlecenia", "Mode", basis="art. 5 ust. 4", codelist="modes"),
    )
    signed_on: dt.date = attrs.field(
        validator=plausible_date(), metadata=meta("Data zawarcia", "Signed on")
    )
    period: Period = attrs.field(
        metadata=meta("Termin realizacji zadania", "Task period", basis="art. 16 ust. 1")
    )
    grant: Decimal = attrs.field(
        validator=money(), metadata=meta("Kwota dotacji", "Grant", basis="art. 16 ust. 1")
    )
    tranches: tuple[Tranche, ...] = attrs.field(
        default=(), metadata=meta("Transze dotacji", "Tranches")
    )
    settlement_due_on: dt.date | None = attrs.field(
        validator=plausible_date(),
        default=None,
        metadata=meta("Termin rozliczenia", "Settlement due on"),
    )
    number: str | None = attrs.field(default=None, metadata=meta("Numer umowy", "Number"))
    procedure: str | None = attrs.field(
        default=None, metadata=meta("Tryb zlecenia", "Procedure", basis="art. 11 ust. 2")
    )
    form: str | None = attrs.field(
        default=None,
        validator=attrs.validators.optional(code_in("task_forms")),
        metadata=meta("Wzór umowy", "Form", basis="art. 19", codelist="task_forms"),
    )
    offer_number: str | None = attrs.field(
        default=None, metadata=meta("Numer oferty", "Offer number")
    )
    competition_reference: str | None = attrs.field(
        default=None, metadata=meta("Oznaczenie konkursu", "Competition reference")
    )
    awarded_amount: Decimal | None = attrs.field(
        default=None,
        validator=money(),
        metadata=meta("Dotacja przyznana w rozstrzygnięciu", "Grant awarded"),
    )
    own_contribution: Decimal | None = attrs.field(
        default=None, validator=money(), metadata=meta("Wkład własny", "Own contribution")
    )
    permitted_shift: Decimal | None = attrs.field(
        default=None,
        validator=money(),
        metadata=meta("Dopuszczalne przesunięcie między pozycjami [%]", "Permitted shift [%]"),
    )
    return_due_on: dt.date | None = attrs.field(
        default=None,
        validator=plausible_date(),
        metadata=meta("Termin zwrotu niewykorzystanej dotacji", "Return due on"),
    )
    cost_lines: tuple[CostLine, ...] = attrs.field(
        default=(), metadata=meta("Zaktualizowana kalkulacja kosztów", "Updated calculation")
    )
    notes: tuple[str, ...] = attrs.field(
        default=(), metadata=meta("Uwagi redakcyjne", "Editorial notes")
    )
    regranting: RegrantingPlan | None = attrs.field(
        default=None,
        metadata=meta("Regranting (operator projektu)", "Regranting", basis="art. 16a"),
    )

    @property
    def multi_year(self) -> bool:
        """Whether the period spans more than one calendar year."""
        return self.period.start.year != self.period.end.year

    @property
    def tranches_total(self) -> Decimal:
        """The sum of the tranches (``0`` when there are none)."""
        return sum((tranche.amount for tranche in self.tranches), Decimal(0))
