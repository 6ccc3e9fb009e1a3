"""The annual cooperation programme (*roczny program współpracy*, art. 5a ust. 1 and 4)."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import attrs

from ..errors import InconsistentError, InvalidFormatError
from ..validators import code_in, money, not_blank
from ._common import Period, Publication, Resolution, Unit, check_year
from ._fields import meta
from ._indicators import Indicator

_SPHERE = re.compile(r"^[0-9]{1,2}[a-z]?\Z")


class _SphereCode:
    """The format of a point of art. 4 ust. 1 (its existence is a rule's business)."""

    def __call__(self, inst: object, attr: attrs.Attribute[str | None], value: str | None) -> None:
        if value is not None and not _SPHERE.match(value):
            raise InvalidFormatError(
                "invalid_code_format",
                path=(attr.name,),
                value=value,
                params={"expected": "a point of art. 4 ust. 1 such as '16' or '32a'"},
            )

    def wire_codes(self) -> frozenset[str]:
        """Every text this validator accepts: the 2 970 that match ``_SPHERE``."""
        return _SPHERE_CODES


_SPHERE_CODES: frozenset[str] = frozenset(
    f"{number}{letter}"
    for number in [*map(str, range(10)), *(f"{n:02d}" for n in range(100))]
    for letter in ["", *"abcdefghijklmnopqrstuvwxyz"]
)
"""What ``_SPHERE`` matches, listed: a set lookup (and a msgspec literal) instead of a regex."""

_sphere_code = _SphereCode()


@attrs.frozen(kw_only=True)
class Goals:
    """
    The main goal and the specific goals (*cel główny i cele szczegółowe*, art. 5a ust. 4 pkt 1).

    Args:
        main: The main goal; empty when the programme states none (a rule reports it).
        specific: The specific goals, in the programme's order.

    .. versionadded:: 0.1
    """

    main: str = attrs.field(default="", metadata=meta("Cel główny", "Main goal"))
    specific: tuple[str, ...] = attrs.field(
        default=(), metadata=meta("Cele szczegółowe", "Specific goals")
    )


@attrs.frozen(kw_only=True)
class Principle:
    """
    A principle of cooperation the programme adopts (art. 5 ust. 3), with its local wording.

    Args:
        code: A code of :data:`wspolpraca.codelists.PRINCIPLES`, such as ``"subsidiarity"``.
        description: How the programme words or applies the principle; may be empty.

    .. versionadded:: 0.1
    """

    code: str = attrs.field(
        validator=code_in("principles"),
        metadata=meta("Zasada", "Principle", codelist="principles"),
    )
    description: str = attrs.field(default="", metadata=meta("Opis", "Description"))


@attrs.frozen(kw_only=True)
class CooperationForm:
    """
    A form of cooperation the programme plans (art. 5 ust. 2).

    Args:
        code: A code of :data:`wspolpraca.codelists.FORMS`, or a local code: the statutory
            list is open, so an unknown code loads and a rule notes it.
        description: How the programme describes the form; may be empty.

    .. versionadded:: 0.1
    """

    code: str = attrs.field(validator=not_blank(), metadata=meta("Forma", "Form", codelist="forms"))
    description: str = attrs.field(default="", metadata=meta("Opis", "Description"))


@attrs.frozen(kw_only=True)
class PriorityTask:
    """
    A priority public task (*priorytetowe zadanie publiczne*, art. 5a ust. 4 pkt 5).

    Args:
        title: What the task is, as the programme words it.
        area: The priority area that groups the task, such as ``"Seniorzy"``; ``None``
            when the programme does not group its tasks.
        sphere: The point of art. 4 ust. 1 the task belongs to, such as ``"16"`` or ``"32a"``;
            ``None`` when not stated. Its format is checked on construction, its existence
            on the relevant date by a rule (the numbering is not confirmed).
        unit: The municipal unit responsible, such as ``"Wydział Kultury i Dziedzictwa
            Narodowego"``; ``None`` when not stated.
        modes: The planned modes of commissioning, codes of :data:`wspolpraca.codelists.MODES`.
        planned_amount: The amount planned for the task in złoty; ``None`` when the programme
            plans only a total.

    .. versionadded:: 0.1
    """

    title: str = attrs.field(validator=not_blank(), metadata=meta("Zadanie", "Task"))
    area: str | None = attrs.field(
        default=None, metadata=meta("Obszar priorytetowy", "Priority area")
    )
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
        metadata=meta(
            "Tryb zlecania", "Mode of commissioning", basis="art. 5 ust. 4", codelist="modes"
        ),
    )
    planned_amount: Decimal | None = attrs.field(
        default=None,
        validator=money(),
        metadata=meta("Planowana kwota", "Planned amount"),
    )


@attrs.frozen(kw_only=True)
class AnnualProgramme:
    """
    An annual cooperation programme (*roczny program współpracy*, art. 5a ust. 1).

    The fields from *goals* to *competition_committees* are the eleven elements that
    art. 5a ust. 4 requires; they may be empty so that a real, incomplete programme
    still loads, and rule ``WSP-PRG-002`` reports what is missing.

    Args:
        unit: The unit of local government whose programme it is.
        year: The year the programme is for.
        title: The title as adopted.
        resolution: The adopting resolution; ``None`` for a draft.
        goals: Element 1, the main and specific goals.
        principles: Element 2, the principles of cooperation.
        scope: Element 3, the subject scope (*zakres przedmiotowy*).
        forms: Element 4, the forms of cooperation.
        priority_tasks: Element 5, the priority public tasks.
        period: Element 6, the period of implementation; ``None`` when not stated.
        implementation: Element 7, how the programme is carried out.
        planned_funds: Element 8, the amount planned in złoty; ``None`` when not stated.
        evaluation: Element 9, how the programme is evaluated.
        creation_and_consultation: Element 10, how it was created and consulted.
        competition_committees: Element 11, how competition committees are appointed and work.
        publications: Where the adopted programme was published.
        indicators: The indicators (*mierniki*) by which it is evaluated.
        implements: The number of the resolution adopting the multi-year programme this
            annual programme carries out; ``None`` when it names none.
        amends: The number of the resolution this programme amends (a change of an adopted
            programme for the same year); ``None`` for an original programme.
        council_opinion: A reference to the public-benefit council's opinion attached to the
            draft (art. 5a ust. 2a), such as its date or number; ``None`` when none was
            attached or the record does not say.
        notes: Editorial notes about this record, not part of the programme:
            its sources, and which values are illustrative.

    Raises:
        InvalidValueError: *year* is outside 1990–2100.
        InconsistentError: the resolution was adopted after the period ended
            (``code="adopted_after_period"``).

    .. versionadded:: 0.1
    """

    unit: Unit = attrs.field(metadata=meta("Jednostka samorządu", "Local government unit"))
    year: int = attrs.field(metadata=meta("Rok", "Year"))
    title: str = attrs.field(validator=not_blank(), metadata=meta("Tytuł", "Title"))
    resolution: Resolution | None = attrs.field(
        default=None, metadata=meta("Uchwała", "Resolution", basis="art. 5a ust. 1")
    )
    goals: Goals = attrs.field(
        factory=Goals, metadata=meta("Cele programu", "Goals", basis="art. 5a ust. 4 pkt 1")
    )
    principles: tuple[Principle, ...] = attrs.field(
        default=(), metadata=meta("Zasady współpracy", "Principles", basis="art. 5a ust. 4 pkt 2")
    )
    scope: str = attrs.field(
        default="", metadata=meta("Zakres przedmiotowy", "Scope", basis="art. 5a ust. 4 pkt 3")
    )
    forms: tuple[CooperationForm, ...] = attrs.field(
        default=(),
        metadata=meta("Formy współpracy", "Forms of cooperation", basis="art. 5a ust. 4 pkt 4"),
    )
    priority_tasks: tuple[PriorityTask, ...] = attrs.field(
        default=(),
        metadata=meta("Zadania priorytetowe", "Priority tasks", basis="art. 5a ust. 4 pkt 5"),
    )
    period: Period | None = attrs.field(
        default=None, metadata=meta("Okres realizacji", "Period", basis="art. 5a ust. 4 pkt 6")
    )
    implementation: str = attrs.field(
        default="",
        metadata=meta(
            "Sposób realizacji", "Method of implementation", basis="art. 5a ust. 4 pkt 7"
        ),
    )
    planned_funds: Decimal | None = attrs.field(
        default=None,
        validator=money(),
        metadata=meta(
            "Wysokość planowanych środków", "Planned funds", basis="art. 5a ust. 4 pkt 8"
        ),
    )
    evaluation: str = attrs.field(
        default="",
        metadata=meta(
            "Sposób oceny realizacji", "Method of evaluation", basis="art. 5a ust. 4 pkt 9"
        ),
    )
    creation_and_consultation: str = attrs.field(
        default="",
        metadata=meta(
            "Sposób tworzenia i przebieg konsultacji",
            "Creation and consultation",
            basis="art. 5a ust. 4 pkt 10",
        ),
    )
    competition_committees: str = attrs.field(
        default="",
        metadata=meta(
            "Komisje konkursowe", "Competition committees", basis="art. 5a ust. 4 pkt 11"
        ),
    )
    publications: tuple[Publication, ...] = attrs.field(
        default=(), metadata=meta("Publikacje", "Publications")
    )
    indicators: tuple[Indicator, ...] = attrs.field(
        default=(), metadata=meta("Mierniki", "Indicators", basis="art. 5a ust. 4 pkt 9")
    )
    implements: str | None = attrs.field(
        default=None,
        metadata=meta("Realizowany program wieloletni", "Multi-year programme implemented"),
    )
    amends: str | None = attrs.field(
        default=None, metadata=meta("Zmieniana uchwała", "Resolution amended")
    )
    council_opinion: str | None = attrs.field(
        default=None,
        metadata=meta(
            "Opinia rady dołączona do projektu", "Council opinion attached", basis="art. 5a ust. 2a"
        ),
    )
    notes: tuple[str, ...] = attrs.field(
        default=(), metadata=meta("Uwagi redakcyjne", "Editorial notes")
    )

    def __attrs_post_init__(self) -> None:
        check_year(self.year, ("year",))
        if (
            self.resolution is not None
            and self.period is not None
            and self.resolution.adopted_on > self.period.end
        ):
            raise InconsistentError(
                "adopted_after_period",
                path=("resolution", "adopted_on"),
                value=self.resolution.adopted_on,
                params={"adopted_on": self.resolution.adopted_on, "end": self.period.end},
            )

    @property
    def adopted_on(self) -> dt.date | None:
        """The date the resolution was adopted; ``None`` for a draft."""
        return None if self.resolution is None else self.resolution.adopted_on

    @property
    def tasks_total(self) -> Decimal:
        """The sum of the planned amounts the priority tasks state (``0`` when none do)."""
        return sum(
            (
                task.planned_amount
                for task in self.priority_tasks
                if task.planned_amount is not None
            ),
            Decimal(0),
        )
