"""
Regranting (*regranting*, art. 16a): the sections the operator's forms add to the offer, the
framework agreement and the report.

Under art. 16a a public body commissions a task to an *operator projektu* (art. 2 pkt 5), which
in turn commissions *projekty* to *realizatorzy projektów* it chooses itself. The regulations
under art. 19 give the operator its own forms: in the 2016 regulation (Dz.U. 2016 poz. 1300)
annex 2 is the offer of art. 14 ust. 1a, annex 4 the framework agreement of art. 16 ust. 1a and
annex 6 the report of art. 18 ust. 5 (§ 1 of the regulation, read on sip.lex.pl); the 2018
regulation (Dz.U. 2018 poz. 2057) keeps annexes 2, 4 and 6 as the regranting offer, agreement
and report (law.md §13, secondary). The codes of these forms end in ``_regranting``
(:data:`wspolpraca.codelists.TASK_FORMS`).

What the operator's sections hold beyond the ordinary form (how the operator chooses the
realizators, how many projects it plans, the part of the grant passed on to them and the
operator's own costs, and in the report the projects with their realizators and amounts, as
:class:`~wspolpraca.RegrantedProject`) is
modelled from secondary descriptions of regranting (law.md §4.5: the Rzeszów 2021 announcement
of an operator competition; aktywiusz.pl); the section wording of annexes 2, 4 and 6 was not
read, so these sections are optional, every field may stay empty, and the rules that read them
are warnings (:mod:`wspolpraca.rules.regranting`).

.. versionadded:: 0.3
"""

from __future__ import annotations

from decimal import Decimal

import attrs

from ..errors import InvalidValueError
from ..validators import money
from ._competition import RegrantedProject
from ._fields import meta
from ._forms import REGRANTING


def _non_negative(inst: object, attr: attrs.Attribute[int | None], value: int | None) -> None:
    if value is not None and value < 0:
        raise InvalidValueError(
            "negative_count", path=(attr.name,), value=value, params={"minimum": 0}
        )


@attrs.frozen(kw_only=True)
class RegrantingPlan:
    """
    The operator's regranting section of an offer (regranting offer, annex 2) or of its
    agreement (regranting framework agreement, annex 4), art. 16a.

    Args:
        selection: How the operator will choose the realizators of the projects (*tryb
            wyboru realizatorów projektów*): the procedure, its criteria and publicity; may be
            empty.
        planned_projects: How many projects the operator plans to commission; ``None`` when
            not stated.
        projects_amount: The part of the grant the operator passes on to the realizators'
            projects (the pool of sub-grants); ``None`` when not stated.
        operator_costs: The part of the grant for the operator's own costs (choosing,
            supporting and settling the projects); ``None`` when not stated.
        max_project_amount: The most one project may receive; ``None`` when not stated.

    Raises:
        InvalidValueError: an amount is negative or has fractions of a grosz, or
            *planned_projects* is negative (``code="negative_count"``).

    .. versionadded:: 0.3
    """

    selection: str = attrs.field(
        default="",
        metadata=meta(
            "Tryb wyboru realizatorów projektów", "How realizators are chosen", basis="art. 16a"
        ),
    )
    planned_projects: int | None = attrs.field(
        default=None,
        validator=_non_negative,
        metadata=meta("Planowana liczba projektów", "Planned number of projects"),
    )
    projects_amount: Decimal | None = attrs.field(
        default=None,
        validator=money(),
        metadata=meta(
            "Kwota przeznaczona na projekty realizatorów", "Amount passed on to projects"
        ),
    )
    operator_costs: Decimal | None = attrs.field(
        default=None,
        validator=money(),
        metadata=meta("Koszty operatora projektu", "Operator's own costs"),
    )
    max_project_amount: Decimal | None = attrs.field(
        default=None,
        validator=money(),
        metadata=meta("Maksymalna kwota na jeden projekt", "Largest amount per project"),
    )

    @property
    def split_total(self) -> Decimal | None:
        """The amount passed on plus the operator's costs; ``None`` unless both are stated."""
        if self.projects_amount is None or self.operator_costs is None:
            return None
        return self.projects_amount + self.operator_costs


@attrs.frozen(kw_only=True)
class RegrantingExecution:
    """
    The operator's regranting section of its report (regranting report, annex 6), art. 16a
    and art. 18.

    Args:
        selection: How the realizators were chosen, as it was done; may be empty.
        passed_on: The amount passed on to the realizators in all; ``None`` when not stated.
        operator_costs: The operator's own costs paid from the grant; ``None`` when not
            stated.
        projects: The projects commissioned, each with its realizator and amount (the
            :class:`~wspolpraca.RegrantedProject` of a competition's regranting).

    Raises:
        InvalidValueError: an amount is negative or has fractions of a grosz.

    .. versionadded:: 0.3
    """

    selection: str = attrs.field(
        default="",
        metadata=meta(
            "Sposób wyboru realizatorów projektów", "How realizators were chosen", basis="art. 16a"
        ),
    )
    passed_on: Decimal | None = attrs.field(
        default=None,
        validator=money(),
        metadata=meta("Kwota przekazana realizatorom", "Amount passed on"),
    )
    operator_costs: Decimal | None = attrs.field(
        default=None,
        validator=money(),
        metadata=meta("Koszty operatora projektu", "Operator's own costs"),
    )
    projects: tuple[RegrantedProject, ...] = attrs.field(
        default=(), metadata=meta("Projekty i ich realizatorzy", "Projects and realizators")
    )

    @property
    def projects_total(self) -> Decimal:
        """The sum of the amounts passed on to the projects listed (``0`` when none are)."""
        return sum((project.amount for project in self.projects), Decimal(0))


def is_regranting_form(code: str | None) -> bool:
    """Whether *code* is the code of a regranting form (``None``: no form stated)."""
    return code is not None and code.endswith(REGRANTING)
