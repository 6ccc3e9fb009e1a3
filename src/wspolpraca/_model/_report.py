"""The implementation report (*sprawozdanie z realizacji programu współpracy*, art. 5a ust. 3)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs

from ..validators import money, not_blank
from ._common import Publication, Unit, check_year, plausible_date
from ._fields import meta
from ._indicators import IndicatorValue


def _count(inst: object, attr: attrs.Attribute[int | None], value: int | None) -> None:
    if value is not None and value < 0:
        from ..errors import InvalidValueError  # noqa: PLC0415 - rare path

        raise InvalidValueError(
            "invalid_value",
            path=(attr.name,),
            value=value,
            params={"detail": "a count cannot be negative"},
        )


@attrs.frozen(kw_only=True)
class TaskOutcome:
    """
    What one priority task planned and spent in the reporting year.

    Args:
        title: The task, as the programme words it.
        area: Its priority area; ``None`` when the report does not group tasks.
        planned_amount: The amount the programme planned; ``None`` when not stated.
        spent_amount: The amount spent (grants paid); ``None`` when not stated.
        competitions: Open competitions announced for the task; ``None`` when not stated.
        offers: Offers received; ``None`` when not stated.
        agreements: Agreements concluded; ``None`` when not stated.

    .. versionadded:: 0.1
    """

    title: str = attrs.field(validator=not_blank(), metadata=meta("Zadanie", "Task"))
    area: str | None = attrs.field(default=None, metadata=meta("Obszar", "Area"))
    planned_amount: Decimal | None = attrs.field(
        default=None, validator=money(), metadata=meta("Kwota planowana", "Planned amount")
    )
    spent_amount: Decimal | None = attrs.field(
        default=None, validator=money(), metadata=meta("Kwota wydatkowana", "Amount spent")
    )
    competitions: int | None = attrs.field(
        default=None, validator=_count, metadata=meta("Liczba konkursów", "Competitions")
    )
    offers: int | None = attrs.field(
        default=None, validator=_count, metadata=meta("Liczba ofert", "Offers")
    )
    agreements: int | None = attrs.field(
        default=None, validator=_count, metadata=meta("Liczba umów", "Agreements")
    )


@attrs.frozen(kw_only=True)
class ImplementationReport:
    """
    The report on carrying out the previous year's programme (art. 5a ust. 3).

    The executive submits it to the council and publishes it in the BIP by 31 May
    (30 April in older texts, law.md §12). The stated totals are the report's own figures;
    rules compare them with the per-task figures rather than recomputing them silently.

    Args:
        unit: The unit of local government.
        year: The year reported on (the programme's year).
        programme: The number of the resolution adopting the annual programme reported on;
            ``None`` when the report does not say.
        tasks: What each priority task planned and spent.
        planned_total: The total planned, as the report states it.
        spent_total: The total spent, as the report states it.
        competitions: Open competitions announced in the year.
        offers: Offers received in open competitions.
        agreements: Agreements concluded.
        small_grants: Tasks commissioned under art. 19a.
        competition_grants: The grants awarded in open competitions (art. 11 ust. 2 and
            art. 13), as the report states the amount; ``None`` when it does not.
        small_grant_grants: The grants awarded without a competition under art. 19a
            (small grants); ``None`` when not stated.
        other_grants: The grants awarded in any other procedure the report lists (under
            other acts, regranting of art. 16a, and the like); ``None`` when not stated.
            A report that states the first two and no other procedure states ``0`` here.
        non_financial_activities: Non-financial activities (meetings, consultations, events).
        indicators: The measured indicators.
        submitted_on: When it was submitted to the council; ``None`` when not yet or unknown.
        published_on: When it was published in the BIP; ``None`` when not yet or unknown.
        publications: Where it was published.
        notes: Editorial notes about this record (sources, illustrative values).

    .. versionadded:: 0.1
    """

    unit: Unit = attrs.field(metadata=meta("Jednostka samorządu", "Local government unit"))
    year: int = attrs.field(metadata=meta("Rok sprawozdawczy", "Reporting year"))
    programme: str | None = attrs.field(
        default=None, metadata=meta("Uchwała w sprawie programu", "Programme resolution")
    )
    tasks: tuple[TaskOutcome, ...] = attrs.field(
        default=(), metadata=meta("Realizacja zadań", "Task outcomes")
    )
    planned_total: Decimal | None = attrs.field(
        default=None, validator=money(), metadata=meta("Suma planowana", "Total planned")
    )
    spent_total: Decimal | None = attrs.field(
        default=None, validator=money(), metadata=meta("Suma wydatkowana", "Total spent")
    )
    competitions: int | None = attrs.field(
        default=None, validator=_count, metadata=meta("Liczba konkursów", "Competitions")
    )
    offers: int | None = attrs.field(
        default=None, validator=_count, metadata=meta("Liczba ofert", "Offers")
    )
    agreements: int | None = attrs.field(
        default=None, validator=_count, metadata=meta("Liczba umów", "Agreements")
    )
    small_grants: int | None = attrs.field(
        default=None, validator=_count, metadata=meta("Liczba małych grantów", "Small grants")
    )
    competition_grants: Decimal | None = attrs.field(
        default=None,
        validator=money(),
        metadata=meta(
            "Kwota dotacji w otwartych konkursach ofert",
            "Grants awarded in open competitions",
            basis="art. 13",
        ),
    )
    small_grant_grants: Decimal | None = attrs.field(
        default=None,
        validator=money(),
        metadata=meta(
            "Kwota dotacji w trybie art. 19a (małe granty)",
            "Grants awarded as small grants",
            basis="art. 19a",
        ),
    )
    other_grants: Decimal | None = attrs.field(
        default=None,
        validator=money(),
        metadata=meta("Kwota dotacji w innych trybach", "Grants awarded in other procedures"),
    )
    non_financial_activities: int | None = attrs.field(
        default=None,
        validator=_count,
        metadata=meta("Liczba działań pozafinansowych", "Non-financial activities"),
    )
    indicators: tuple[IndicatorValue, ...] = attrs.field(
        default=(), metadata=meta("Wartości mierników", "Indicator values")
    )
    submitted_on: dt.date | None = attrs.field(
        validator=plausible_date(),
        default=None,
        metadata=meta(
            "Data przedłożenia radzie", "Submitted to the council on", basis="art. 5a ust. 3"
        ),
    )
    published_on: dt.date | None = attrs.field(
        validator=plausible_date(),
        default=None,
        metadata=meta("Data publikacji w BIP", "Published in the BIP on", basis="art. 5a ust. 3"),
    )
    publications: tuple[Publication, ...] = attrs.field(
        default=(), metadata=meta("Publikacje", "Publications")
    )
    notes: tuple[str, ...] = attrs.field(
        default=(), metadata=meta("Uwagi redakcyjne", "Editorial notes")
    )

    def __attrs_post_init__(self) -> None:
        check_year(self.year, ("year",))
        from ..errors import InconsistentError  # noqa: PLC0415 - rare path

        for name in ("submitted_on", "published_on"):
            day = getattr(self, name)
            if day is not None and day.year <= self.year:
                raise InconsistentError(
                    "report_before_year_end",
                    path=(name,),
                    value=day,
                    params={"day": day, "year": self.year},
                )

    @property
    def tasks_spent(self) -> Decimal:
        """The sum of the amounts spent that the tasks state."""
        return sum((t.spent_amount for t in self.tasks if t.spent_amount is not None), Decimal(0))
