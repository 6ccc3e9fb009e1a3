"""The multi-year cooperation programme (*wieloletni program współpracy*, art. 5a ust. 2)."""

from __future__ import annotations

from decimal import Decimal

import attrs

from ..validators import code_in, not_blank
from ._common import Period, Publication, Resolution, Unit
from ._fields import meta
from ._indicators import Indicator, YearlyAmount
from ._programme import CooperationForm, Goals, Principle, _sphere_code


@attrs.frozen(kw_only=True)
class AreaTask:
    """
    A priority task of a multi-year programme, with its planned amount for each year.

    Args:
        title: What the task is.
        sphere: The point of art. 4 ust. 1, such as ``"16"``; ``None`` when not stated.
        unit: The municipal unit responsible, such as ``"Biuro MOWIS"``; ``None`` when not stated.
        modes: The planned modes of commissioning (codes of :data:`wspolpraca.codelists.MODES`).
        yearly_amounts: The indicative amount per year; empty when the programme plans none.

    .. versionadded:: 0.1
    """

    title: str = attrs.field(validator=not_blank(), metadata=meta("Zadanie", "Task"))
    sphere: str | None = attrs.field(
        default=None,
        validator=_sphere_code,
        metadata=meta(
            "Sfera zadań publicznych",
            "Sphere of public tasks",
            basis="art. 4 ust. 1",
            codelist="spheres",
        ),
    )
    unit: str | None = attrs.field(
        default=None, metadata=meta("Jednostka odpowiedzialna", "Responsible unit")
    )
    modes: tuple[str, ...] = attrs.field(
        default=(),
        validator=code_in("modes"),
        metadata=meta("Tryb zlecania", "Mode of commissioning", codelist="modes"),
    )
    yearly_amounts: tuple[YearlyAmount, ...] = attrs.field(
        default=(), metadata=meta("Kwoty w latach", "Amounts by year")
    )

    def amount_in(self, year: int) -> Decimal:
        """The amount planned for *year* (``0`` when none is)."""
        return sum((a.amount for a in self.yearly_amounts if a.year == year), Decimal(0))


@attrs.frozen(kw_only=True)
class PriorityArea:
    """
    A priority area of a multi-year programme, grouping its tasks
    (such as ``"Kultura i sztuka"`` or ``"Rewitalizacja, przestrzeń, Nowa Huta"``).

    Args:
        name: The area's name; annual programmes refer to it by this name.
        description: What the area covers; may be empty.
        tasks: The priority tasks in the area.

    .. versionadded:: 0.1
    """

    name: str = attrs.field(validator=not_blank(), metadata=meta("Obszar", "Area"))
    description: str = attrs.field(default="", metadata=meta("Opis", "Description"))
    tasks: tuple[AreaTask, ...] = attrs.field(
        default=(), metadata=meta("Zadania priorytetowe", "Priority tasks")
    )


@attrs.frozen(kw_only=True)
class MultiYearProgramme:
    """
    A multi-year cooperation programme (*wieloletni program współpracy*, art. 5a ust. 2).

    Optional in law, adopted "in the manner of ust. 1" (after consultation, by resolution);
    annual programmes adopted within its period implement it.

    Args:
        unit: The unit of local government.
        title: The title as adopted.
        period: The years the programme covers.
        resolution: The adopting resolution; ``None`` for a draft.
        goals: The main and specific goals.
        principles: The principles of cooperation.
        scope: The subject scope.
        forms: The forms of cooperation.
        priority_areas: The priority areas with their tasks.
        implementation: How the programme is carried out.
        funding: The indicative funds for each year.
        evaluation: How the programme is evaluated.
        indicators: The indicators (*mierniki*) of the evaluation.
        creation_and_consultation: How it was prepared and consulted.
        preparation: The teams and meetings that prepared it, one line each (for Kraków
            2012–2014: a coordination team and eight sector teams; for 2019–2022: ten
            thematic meetings).
        competition_committees: How competition committees are appointed and work.
        publications: Where it was published.
        notes: Editorial notes about this record (sources, illustrative values).

    .. versionadded:: 0.1
    """

    unit: Unit = attrs.field(metadata=meta("Jednostka samorządu", "Local government unit"))
    title: str = attrs.field(validator=not_blank(), metadata=meta("Tytuł", "Title"))
    period: Period = attrs.field(metadata=meta("Okres realizacji", "Period"))
    resolution: Resolution | None = attrs.field(
        default=None, metadata=meta("Uchwała", "Resolution", basis="art. 5a ust. 2")
    )
    goals: Goals = attrs.field(factory=Goals, metadata=meta("Cele programu", "Goals"))
    principles: tuple[Principle, ...] = attrs.field(
        default=(), metadata=meta("Zasady współpracy", "Principles")
    )
    scope: str = attrs.field(default="", metadata=meta("Zakres przedmiotowy", "Scope"))
    forms: tuple[CooperationForm, ...] = attrs.field(
        default=(), metadata=meta("Formy współpracy", "Forms of cooperation")
    )
    priority_areas: tuple[PriorityArea, ...] = attrs.field(
        default=(), metadata=meta("Obszary priorytetowe", "Priority areas")
    )
    implementation: str = attrs.field(
        default="", metadata=meta("Sposób realizacji", "Method of implementation")
    )
    funding: tuple[YearlyAmount, ...] = attrs.field(
        default=(), metadata=meta("Środki w latach", "Funding by year")
    )
    evaluation: str = attrs.field(
        default="", metadata=meta("Sposób oceny realizacji", "Method of evaluation")
    )
    indicators: tuple[Indicator, ...] = attrs.field(
        default=(), metadata=meta("Mierniki", "Indicators")
    )
    creation_and_consultation: str = attrs.field(
        default="",
        metadata=meta("Sposób tworzenia i przebieg konsultacji", "Creation and consultation"),
    )
    preparation: tuple[str, ...] = attrs.field(
        default=(), metadata=meta("Przygotowanie programu", "Preparation")
    )
    competition_committees: str = attrs.field(
        default="", metadata=meta("Komisje konkursowe", "Competition committees")
    )
    publications: tuple[Publication, ...] = attrs.field(
        default=(), metadata=meta("Publikacje", "Publications")
    )
    notes: tuple[str, ...] = attrs.field(
        default=(), metadata=meta("Uwagi redakcyjne", "Editorial notes")
    )

    @property
    def years(self) -> range:
        """The calendar years the period touches."""
        return range(self.period.start.year, self.period.end.year + 1)

    @property
    def area_names(self) -> frozenset[str]:
        """The names of the priority areas."""
        return frozenset(area.name for area in self.priority_areas)

    def funding_in(self, year: int) -> Decimal | None:
        """The funds planned for *year*, or ``None`` when the programme states none."""
        amounts = [item.amount for item in self.funding if item.year == year]
        return sum(amounts, Decimal(0)) if amounts else None
