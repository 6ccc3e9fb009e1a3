"""Small grants outside open competitions (*tryb pozakonkursowy*, "małe granty", art. 19a)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs

from ..errors import InconsistentError, InvalidValueError
from ..validators import money, not_blank
from ._common import Period, Publication, Unit, check_year, plausible_date
from ._fields import meta
from ._organisation import Organisation


def _not_negative(inst: object, attr: attrs.Attribute[int | None], value: int | None) -> None:
    if value is not None and value < 0:
        raise InvalidValueError(
            "negative_count", path=(attr.name,), value=value, params={"minimum": 0}
        )


@attrs.frozen(kw_only=True)
class SmallGrant:
    """
    One task commissioned without an open competition under art. 19a ("mały grant").

    The procedure: an organisation submits an offer; within 7 working days the executive
    publishes it for 7 days in the BIP (and at its seat and on its website); anyone may
    comment within 7 days; after that the agreement is signed. Limits on the amount, the
    duration, the yearly amount per organisation and the share of the year's planned grants
    depend on the date the offer was **submitted** (rules ``WSP-SGR-*``).

    Args:
        organisation: The organisation that submitted the offer.
        task_title: The title of the public task.
        offer_submitted_on: The day the offer was received; the limits in force on this
            day apply.
        amount: The grant awarded (or, before the agreement, requested) in złoty.
        task_period: When the task is carried out; ``None`` when not recorded.
        published_on: The day the offer was published in the BIP; ``None`` when not (yet)
            published or not recorded.
        displayed_until: The last day the offer was on display in the BIP; ``None`` when
            not recorded.
        comment_window: The window for comments as the executive announced it; ``None``
            when not recorded (the statutory window is computed from *published_on*).
        comments_received: How many comments were received; ``None`` when not recorded.
        publications: Where the offer was made public (art. 19a ust. 3: the BIP, the notice
            board at the seat and the website), each with its date; empty when the record
            gives only *published_on*.

            .. versionadded:: 0.3
        agreement_signed_on: The day the agreement was signed; ``None`` when not (yet) signed.

    Raises:
        InconsistentError: the offer was published or the agreement signed before the
            offer was submitted (``code="before_offer"``), or the display ended before
            the publication (``code="display_before_publication"``).
        InvalidValueError: *comments_received* is negative (``code="negative_count"``).

    .. versionadded:: 0.1
    """

    organisation: Organisation = attrs.field(metadata=meta("Organizacja", "Organisation"))
    task_title: str = attrs.field(
        validator=not_blank(), metadata=meta("Tytuł zadania", "Task title")
    )
    offer_submitted_on: dt.date = attrs.field(
        validator=plausible_date(),
        metadata=meta("Data złożenia oferty", "Offer submitted on", basis="art. 19a"),
    )
    amount: Decimal = attrs.field(
        validator=money(), metadata=meta("Kwota dotacji", "Grant amount", basis="art. 19a")
    )
    task_period: Period | None = attrs.field(
        default=None,
        metadata=meta("Termin realizacji zadania", "Task period", basis="art. 19a"),
    )
    published_on: dt.date | None = attrs.field(
        validator=plausible_date(),
        default=None,
        metadata=meta(
            "Data zamieszczenia oferty w BIP", "Published in the BIP on", basis="art. 19a"
        ),
    )
    displayed_until: dt.date | None = attrs.field(
        validator=plausible_date(),
        default=None,
        metadata=meta("Oferta wywieszona do", "Displayed until", basis="art. 19a"),
    )
    comment_window: Period | None = attrs.field(
        default=None,
        metadata=meta("Termin zgłaszania uwag", "Comment window", basis="art. 19a"),
    )
    comments_received: int | None = attrs.field(
        default=None,
        validator=_not_negative,
        metadata=meta("Liczba zgłoszonych uwag", "Comments received"),
    )
    agreement_signed_on: dt.date | None = attrs.field(
        validator=plausible_date(),
        default=None,
        metadata=meta("Data zawarcia umowy", "Agreement signed on"),
    )
    publications: tuple[Publication, ...] = attrs.field(
        default=(),
        metadata=meta("Publikacje oferty", "Publications of the offer", basis="art. 19a ust. 3"),
    )

    def __attrs_post_init__(self) -> None:
        for name in ("published_on", "agreement_signed_on"):
            day = getattr(self, name)
            if day is not None and day < self.offer_submitted_on:
                raise InconsistentError(
                    "before_offer",
                    path=(name,),
                    value=day,
                    params={"day": day, "submitted_on": self.offer_submitted_on},
                )
        if (
            self.published_on is not None
            and self.displayed_until is not None
            and self.displayed_until < self.published_on
        ):
            raise InconsistentError(
                "display_before_publication",
                path=("displayed_until",),
                value=self.displayed_until,
                params={"until": self.displayed_until, "published_on": self.published_on},
            )

    @property
    def organisation_key(self) -> tuple[str, str]:
        """
        Who the organisation is for the yearly cap, as its KRS number, else its NIP,
        else its name (case and spacing ignored).
        """
        org = self.organisation
        if org.krs is not None:
            return ("krs", org.krs)
        if org.nip is not None:
            return ("nip", org.nip)
        return ("name", " ".join(org.name.split()).casefold())


@attrs.frozen(kw_only=True)
class SmallGrantRegister:
    """
    A unit's small grants (art. 19a) of one calendar year.

    Args:
        unit: The unit of local government that commissions the tasks.
        year: The calendar year.
        grants: The small grants, in any order (rules sort them by offer date).
        planned_grants_total: The grants planned in the year's budget for public tasks
            carried out by organisations (the base of the art. 19a ust. 7 share); ``None``
            when not recorded.
        notes: Editorial notes about this record: its sources, and which values are
            illustrative.

    Raises:
        InvalidValueError: *year* is outside 1990–2100.

    .. versionadded:: 0.1
    """

    unit: Unit = attrs.field(metadata=meta("Jednostka samorządu", "Local government unit"))
    year: int = attrs.field(metadata=meta("Rok", "Year"))
    grants: tuple[SmallGrant, ...] = attrs.field(
        default=(), metadata=meta("Małe granty", "Small grants", basis="art. 19a")
    )
    planned_grants_total: Decimal | None = attrs.field(
        default=None,
        validator=money(),
        metadata=meta(
            "Dotacje planowane w roku budżetowym",
            "Grants planned in the budget year",
            basis="art. 19a ust. 7",
        ),
    )
    notes: tuple[str, ...] = attrs.field(
        default=(), metadata=meta("Uwagi redakcyjne", "Editorial notes")
    )

    def __attrs_post_init__(self) -> None:
        check_year(self.year, ("year",))

    @property
    def total(self) -> Decimal:
        """The sum of the grants' amounts."""
        return sum((grant.amount for grant in self.grants), Decimal(0))
