"""
The local initiative (*inicjatywa lokalna*, art. 19b–19h).

Residents, directly or through an organisation, apply to their municipality to carry out a
public task together with it. The municipality does not pay a grant: it does the works or
buys what is needed itself, so the model has no grant amount at all.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs

from ..errors import InconsistentError
from ..validators import money, not_blank
from ._common import Resolution, Unit, plausible_date
from ._fields import meta
from ._organisation import Organisation


@attrs.frozen(kw_only=True)
class Applicant:
    """
    An applicant for a local initiative: a resident, or an organisation acting for residents.

    Args:
        name: The resident's or the organisation's name.
        organisation: The organisation, when the residents apply through one
            (art. 19b ust. 1); ``None`` for a resident applying directly.

    .. versionadded:: 0.2
    """

    name: str = attrs.field(validator=not_blank(), metadata=meta("Wnioskodawca", "Applicant"))
    organisation: Organisation | None = attrs.field(
        default=None, metadata=meta("Organizacja", "Organisation", basis="art. 19b ust. 1")
    )


@attrs.frozen(kw_only=True)
class Contribution:
    """
    What the residents contribute (*wkład*, art. 19e).

    Args:
        kind: ``"social_work"``, ``"money"`` or ``"in_kind"``, a code of
            :data:`wspolpraca.codelists.CONTRIBUTION_KINDS` (not strict: other kinds load).
        description: What is contributed, such as ``"120 godzin pracy przy nasadzeniach"``.
        value: Its estimated value in złoty; ``None`` when not valued.

    Raises:
        InvalidValueError: *value* is negative.

    .. versionadded:: 0.2
    """

    kind: str = attrs.field(
        validator=not_blank(),
        metadata=meta("Rodzaj wkładu", "Kind", basis="art. 19e", codelist="contribution_kinds"),
    )
    description: str = attrs.field(default="", metadata=meta("Opis", "Description"))
    value: Decimal | None = attrs.field(
        default=None, validator=money(), metadata=meta("Wartość", "Estimated value")
    )


@attrs.frozen(kw_only=True)
class LocalInitiative:
    """
    An application for a local initiative and what became of it (art. 19b–19h).

    There is deliberately no grant amount: the municipality pays no grant in this mode.

    Args:
        unit: The unit of local government applied to.
        title: What the residents propose.
        filed_on: The date the application was filed.
        applicants: The residents or organisations applying.
        area: The matter of art. 19b ust. 1, a code of
            :data:`wspolpraca.codelists.LOCAL_INITIATIVE_AREAS` or the application's own words
            (the statutory numbering is not confirmed, so any text loads).
        description: What is to be done; may be empty.
        contributions: The residents' contribution: social work, money or in kind.
        criteria: The council resolution setting the mode and criteria for assessing
            applications (art. 19c); ``None`` when the record does not name it.
        criteria_favour_social_work: Whether those criteria give priority to the residents'
            social work (art. 19c); ``None`` when the record does not say.

            .. versionadded:: 0.3
        agreement_signed_on: The date of the agreement with the applicants; ``None`` when
            none was signed (yet).
        notes: Editorial notes about this record: its sources, and which values are illustrative.

    Raises:
        InconsistentError: the agreement was signed before the application was filed
            (``code="agreement_before_application"``).

    .. versionadded:: 0.2
    """

    unit: Unit = attrs.field(metadata=meta("Jednostka samorządu", "Local government unit"))
    title: str = attrs.field(validator=not_blank(), metadata=meta("Tytuł", "Title"))
    filed_on: dt.date = attrs.field(
        validator=plausible_date(), metadata=meta("Data złożenia wniosku", "Date filed")
    )
    applicants: tuple[Applicant, ...] = attrs.field(
        default=(), metadata=meta("Wnioskodawcy", "Applicants", basis="art. 19b ust. 1")
    )
    area: str = attrs.field(
        validator=not_blank(),
        metadata=meta(
            "Obszar inicjatywy",
            "Area",
            basis="art. 19b ust. 1",
            codelist="local_initiative_areas",
        ),
    )
    description: str = attrs.field(default="", metadata=meta("Opis", "Description"))
    contributions: tuple[Contribution, ...] = attrs.field(
        default=(), metadata=meta("Wkład mieszkańców", "Residents' contribution", basis="art. 19e")
    )
    criteria: Resolution | None = attrs.field(
        default=None,
        metadata=meta(
            "Uchwała o trybie i kryteriach oceny wniosków",
            "Resolution on the assessment criteria",
            basis="art. 19c",
        ),
    )
    criteria_favour_social_work: bool | None = attrs.field(
        default=None,
        metadata=meta(
            "Kryteria premiują pracę społeczną",
            "Criteria favour social work",
            basis="art. 19c",
        ),
    )
    agreement_signed_on: dt.date | None = attrs.field(
        validator=plausible_date(),
        default=None,
        metadata=meta("Data zawarcia umowy", "Date of the agreement"),
    )
    notes: tuple[str, ...] = attrs.field(
        default=(), metadata=meta("Uwagi redakcyjne", "Editorial notes")
    )

    def __attrs_post_init__(self) -> None:
        if self.agreement_signed_on is not None and self.agreement_signed_on < self.filed_on:
            raise InconsistentError(
                "agreement_before_application",
                path=("agreement_signed_on",),
                value=self.agreement_signed_on,
                params={"signed_on": self.agreement_signed_on, "filed_on": self.filed_on},
            )
