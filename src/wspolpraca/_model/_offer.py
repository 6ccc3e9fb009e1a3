"""
The offer to carry out a public task (*oferta realizacji zadania publicznego*, art. 14) on the
statutory form, also a joint offer (*oferta wspólna*, art. 14 ust. 2) and the simplified
small-grant offer (art. 19a).

The fields follow the sections of the 2018 form (Dz.U. 2018 poz. 2057, annex 1): I. the addressee
and the kind of task; II. the bidders and contacts; III. the task (title, period, description,
place, target group, plan and schedule of actions, expected results with their planned level and
monitoring); IV. the bidders' experience and resources; V. the cost calculation (V.A lines grouped
as costs of actions and administrative costs, per year; V.B the financing summary with
percentages; V.C the split between bidders); VI. other information; VII. declarations. Offers on
the 2016 and 2010 forms load into the same class: their calculation groups and the per-line split
by source have their own fields, and what a form lacks stays at its default.

Which form applies follows the document's own dates (:attr:`TaskOffer.form_in_force`).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs

from ..errors import InvalidValueError
from ..validators import code_in, money, not_blank
from ._calculation import BidderAmount, CostLine, FinancingLine, financing_total, lines_total
from ._common import Period, Unit, plausible_date
from ._fields import meta
from ._forms import form_for
from ._organisation import Organisation
from ._regranting import RegrantingPlan


@attrs.frozen(kw_only=True)
class Bidder:
    """
    A bidder (*oferent*) of an offer, one of several in a joint offer (form section II).

    Args:
        organisation: The organisation, with its KRS number when it is in the National Court
            Register.
        register: The other register or record the bidder is entered in, when not the KRS
            (such as ``"ewidencja uczniowskich klubów sportowych"``); ``None`` otherwise.
        register_number: Its number in that register; ``None`` when not applicable.
        address: The seat or the address for correspondence; ``None`` when not stated.
        contact_person: The person authorised to explain the offer; ``None`` when not stated.
        contact: That person's telephone or e-mail; ``None`` when not stated.

    .. versionadded:: 0.2
    """

    organisation: Organisation = attrs.field(metadata=meta("Oferent", "Bidder"))
    register: str | None = attrs.field(
        default=None, metadata=meta("Inny rejestr lub ewidencja", "Other register")
    )
    register_number: str | None = attrs.field(
        default=None, metadata=meta("Numer w rejestrze lub ewidencji", "Register number")
    )
    address: str | None = attrs.field(default=None, metadata=meta("Adres", "Address"))
    contact_person: str | None = attrs.field(
        default=None, metadata=meta("Osoba upoważniona do składania wyjaśnień", "Contact person")
    )
    contact: str | None = attrs.field(
        default=None, metadata=meta("Telefon lub e-mail", "Telephone or e-mail")
    )


@attrs.frozen(kw_only=True)
class Action:
    """
    One action of the plan and schedule (*plan i harmonogram działań*), planned or carried out.

    Args:
        name: What the action is.
        number: Its number in the schedule; ``None`` when not numbered.
        description: A short description; may be empty.
        period: When it is (or was) carried out; ``None`` when not stated.
        carried_out_by: The bidder, or another entity, that carries it out; ``None`` when not
            stated (a joint offer states it for every action).

    .. versionadded:: 0.2
    """

    name: str = attrs.field(validator=not_blank(), metadata=meta("Nazwa działania", "Action"))
    number: str | None = attrs.field(default=None, metadata=meta("Lp.", "Number"))
    description: str = attrs.field(default="", metadata=meta("Opis", "Description"))
    period: Period | None = attrs.field(default=None, metadata=meta("Termin realizacji", "Period"))
    carried_out_by: str | None = attrs.field(
        default=None,
        metadata=meta("Oferent lub inny podmiot realizujący działanie", "Carried out by"),
    )


@attrs.frozen(kw_only=True)
class PlannedResult:
    """
    An expected result with its planned level and how it will be monitored (2018 form III.6).

    Args:
        name: The result, such as ``"liczba uczestników zajęć"``.
        planned_level: The planned level (target value); ``None`` when not stated.
        unit: The unit of the level, such as ``"osób"``; ``None`` for a plain count.
        monitoring: How the result will be monitored and its source of information
            (such as ``"listy obecności"``); may be empty.

    .. versionadded:: 0.2
    """

    name: str = attrs.field(validator=not_blank(), metadata=meta("Nazwa rezultatu", "Result"))
    planned_level: Decimal | None = attrs.field(
        default=None,
        validator=money(),
        metadata=meta("Planowany poziom osiągnięcia", "Planned level"),
    )
    unit: str | None = attrs.field(default=None, metadata=meta("Jednostka", "Unit"))
    monitoring: str = attrs.field(
        default="", metadata=meta("Sposób monitorowania rezultatów", "Monitoring")
    )


@attrs.frozen(kw_only=True)
class CompetitionTerms:
    """
    The terms of the open competition an offer answers, as its announcement states them
    (art. 13 ust. 2), so that an offer can be checked before it is submitted.

    Args:
        reference: The competition's reference, such as the announcing order's number;
            ``None`` when not stated.
        announced_on: The day the competition was announced: the form in force that day
            applies; ``None`` when not known.
        funds_offered: The public funds announced for the task (art. 13 ust. 2 pkt 2);
            ``None`` when not stated.
        min_own_contribution: The lowest own contribution the announcement requires, in per
            cent of the total cost; ``None`` when it requires none.
        admin_cost_cap: The highest share of administrative costs it allows, in per cent of
            the total cost; ``None`` when it sets none.
        task_period: The period within which the announcement allows the task; ``None`` when
            not stated.

    .. versionadded:: 0.2
    """

    reference: str | None = attrs.field(
        default=None, metadata=meta("Oznaczenie konkursu", "Competition reference")
    )
    announced_on: dt.date | None = attrs.field(
        default=None,
        validator=plausible_date(),
        metadata=meta("Data ogłoszenia konkursu", "Date announced"),
    )
    funds_offered: Decimal | None = attrs.field(
        default=None,
        validator=money(),
        metadata=meta(
            "Wysokość środków publicznych", "Public funds offered", basis="art. 13 ust. 2 pkt 2"
        ),
    )
    min_own_contribution: Decimal | None = attrs.field(
        default=None,
        validator=money(),
        metadata=meta(
            "Minimalny wkład własny [%]", "Minimum own contribution [%]", basis="art. 13 ust. 2"
        ),
    )
    admin_cost_cap: Decimal | None = attrs.field(
        default=None,
        validator=money(),
        metadata=meta(
            "Limit kosztów administracyjnych [%]",
            "Administrative cost cap [%]",
            basis="art. 13 ust. 2",
        ),
    )
    task_period: Period | None = attrs.field(
        default=None, metadata=meta("Dopuszczalny termin realizacji", "Allowed task period")
    )


def _some_bidder(inst: object, attr: attrs.Attribute[tuple[Bidder, ...]], value: object) -> None:
    if isinstance(value, tuple) and not value:
        raise InvalidValueError("no_bidders", path=(attr.name,), value=[])


@attrs.frozen(kw_only=True)
class TaskOffer:
    """
    An offer to carry out a public task on the statutory form (art. 14; art. 19a when simplified).

    Args:
        addressee: The public body the offer is addressed to (form I.1).
        title: The task's own title (III.1).
        period: When the task is to be carried out (III.2).
        bidders: The bidders: one, or several for a joint offer (II.1).
        form: The form the offer says it uses, a code of
            :data:`wspolpraca.codelists.TASK_FORMS`; ``None`` when it does not say.
        small_grant: Whether this is a simplified offer outside a competition (art. 19a).
        number: The offer's number (as registered by the body or a generator); ``None`` when
            it has none.
        unit: The unit of local government addressed; ``None`` when not recorded.
        competition: The terms of the competition it answers; ``None`` for a small grant, or
            when not recorded.
        task_kind: The kind of public task, as the announcement names it (I.2); ``None`` when
            not stated.
        mode: Support or entrustment, a code of :data:`wspolpraca.codelists.MODES`; ``None``
            when not stated.
        submitted_on: The day the offer was submitted; ``None`` for a draft.
        description: The synthetic description of the task (III.3).
        place: Where the task is carried out.
        target_group: Whom it serves.
        actions: The plan and schedule of actions (III.4).
        expected_results: The description of the expected results (III.5).
        results: The results with their planned level and monitoring (III.6, 2018 form).
        experience: The bidders' earlier activity (IV.1).
        resources: The resources they will use: people, premises, equipment (IV.2).
        cost_lines: The cost calculation (V.A).
        total_cost: The total cost, as the financing summary states it (V.B); ``None`` when
            not stated.
        financing: The financing summary by source, with percentages (V.B).
        cost_split: The split of the costs between the bidders of a joint offer (V.C).
        other_information: Other information (VI).
        signed_by: Who signed the declarations (VII) for the bidders.
        notes: Editorial notes about this record: its sources, and which values are
            illustrative.
        regranting: The operator's regranting section, for an offer of an *operator
            projektu* (art. 16a, regranting offer); ``None`` for any other offer.

            .. versionadded:: 0.3

    Raises:
        InvalidValueError: there is no bidder (``code="no_bidders"``).
        UnknownCodeError: *form*, *mode*, a cost group or a source is not of its list.

    .. versionadded:: 0.2
    """

    addressee: str = attrs.field(
        validator=not_blank(),
        metadata=meta("Organ, do którego adresowana jest oferta", "Addressee"),
    )
    title: str = attrs.field(
        validator=not_blank(), metadata=meta("Tytuł zadania publicznego", "Task title")
    )
    period: Period = attrs.field(
        metadata=meta("Termin realizacji zadania", "Task period", basis="art. 14 ust. 1")
    )
    bidders: tuple[Bidder, ...] = attrs.field(
        validator=_some_bidder, metadata=meta("Oferenci", "Bidders", basis="art. 14 ust. 2")
    )
    form: str | None = attrs.field(
        default=None,
        validator=attrs.validators.optional(code_in("task_forms")),
        metadata=meta("Wzór oferty", "Form", basis="art. 19", codelist="task_forms"),
    )
    small_grant: bool = attrs.field(
        default=False,
        metadata=meta("Oferta uproszczona (art. 19a)", "Simplified offer", basis="art. 19a"),
    )
    number: str | None = attrs.field(default=None, metadata=meta("Numer oferty", "Offer number"))
    unit: Unit | None = attrs.field(
        default=None, metadata=meta("Jednostka samorządu", "Local government unit")
    )
    competition: CompetitionTerms | None = attrs.field(
        default=None, metadata=meta("Warunki konkursu", "Competition terms", basis="art. 13")
    )
    task_kind: str | None = attrs.field(
        default=None, metadata=meta("Rodzaj zadania publicznego", "Kind of public task")
    )
    mode: str | None = attrs.field(
        default=None,
        validator=attrs.validators.optional(code_in("modes")),
        metadata=meta("Forma zlecenia", "Mode", basis="art. 5 ust. 4", codelist="modes"),
    )
    submitted_on: dt.date | None = attrs.field(
        default=None,
        validator=plausible_date(),
        metadata=meta("Data złożenia oferty", "Submitted on"),
    )
    description: str = attrs.field(
        default="", metadata=meta("Syntetyczny opis zadania", "Description")
    )
    place: str = attrs.field(default="", metadata=meta("Miejsce realizacji", "Place"))
    target_group: str = attrs.field(default="", metadata=meta("Grupa docelowa", "Target group"))
    actions: tuple[Action, ...] = attrs.field(
        default=(), metadata=meta("Plan i harmonogram działań", "Plan and schedule of actions")
    )
    expected_results: str = attrs.field(
        default="", metadata=meta("Opis zakładanych rezultatów", "Expected results")
    )
    results: tuple[PlannedResult, ...] = attrs.field(
        default=(), metadata=meta("Rezultaty i ich monitorowanie", "Results and monitoring")
    )
    experience: str = attrs.field(
        default="", metadata=meta("Wcześniejsza działalność oferenta", "Experience")
    )
    resources: str = attrs.field(default="", metadata=meta("Zasoby", "Resources"))
    cost_lines: tuple[CostLine, ...] = attrs.field(
        default=(),
        metadata=meta("Zestawienie kosztów", "Cost calculation", basis="art. 14 ust. 1"),
    )
    total_cost: Decimal | None = attrs.field(
        default=None, validator=money(), metadata=meta("Suma wszystkich kosztów", "Total cost")
    )
    financing: tuple[FinancingLine, ...] = attrs.field(
        default=(), metadata=meta("Źródła finansowania", "Financing", basis="art. 15 ust. 1")
    )
    cost_split: tuple[BidderAmount, ...] = attrs.field(
        default=(), metadata=meta("Podział kosztów między oferentów", "Split between bidders")
    )
    other_information: str = attrs.field(
        default="", metadata=meta("Inne informacje", "Other information")
    )
    signed_by: tuple[str, ...] = attrs.field(
        default=(), metadata=meta("Podpisy osób upoważnionych", "Signed by")
    )
    notes: tuple[str, ...] = attrs.field(
        default=(), metadata=meta("Uwagi redakcyjne", "Editorial notes")
    )
    regranting: RegrantingPlan | None = attrs.field(
        default=None,
        metadata=meta("Regranting (operator projektu)", "Regranting", basis="art. 16a"),
    )

    @property
    def joint(self) -> bool:
        """Whether this is a joint offer (more than one bidder)."""
        return len(self.bidders) > 1

    @property
    def form_date(self) -> dt.date | None:
        """
        The day whose form applies, which is the competition's announcement for a competition
        offer and the submission for a small-grant offer (or when the announcement date is
        unknown); ``None`` when neither is known.
        """
        competition = None if self.small_grant else self.competition
        if competition is not None and competition.announced_on is not None:
            return competition.announced_on
        return self.submitted_on

    @property
    def form_in_force(self) -> str | None:
        """
        The code of the form in force on :attr:`form_date` (the regranting one for an offer
        with a ``regranting`` section, when one was in force); ``None`` when the day is
        unknown.
        """
        day = self.form_date
        if day is None:
            return None
        return form_for(day, simplified=self.small_grant, regranting=self.regranting is not None)

    @property
    def lines_total(self) -> Decimal:
        """The sum of the cost lines' stated totals."""
        return lines_total(self.cost_lines)

    @property
    def financing_total(self) -> Decimal:
        """The sum of the financing summary's amounts."""
        return financing_total(self.financing)

    def financed_by(self, source: str) -> Decimal | None:
        """
        The amount the offer plans from *source*: from the financing summary when it has one,
        else from the lines' splits; ``None`` when neither says.
        """
        if self.financing:
            return sum(
                (line.amount for line in self.financing if line.source == source), Decimal(0)
            )
        if any(line.sources for line in self.cost_lines):
            return sum((line.source_amount(source) for line in self.cost_lines), Decimal(0))
        return None
