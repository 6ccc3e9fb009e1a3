"""
The open competition for offers (*otwarty konkurs ofert*, art. 11–15 and 18a) and regranting (art. 16a).

A competition is one document with its whole timeline: the announcement and its publications,
the offer deadline, the committee, the offers with their awards, the results, or the cancellation.
Every part a real competition may lack has a default, so that an incomplete record still loads
and the ``WSP-CMP`` rules report what is missing.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs

from ..errors import InconsistentError
from ..validators import code_in, money, not_blank
from ._common import Publication, Unit, plausible_date
from ._fields import meta
from ._organisation import Organisation
from ._programme import _sphere_code


@attrs.frozen(kw_only=True)
class Announcement:
    """
    The announcement of an open competition (*ogłoszenie*, art. 13).

    Args:
        announced_on: The date the body announced the competition (the date of its order).
        reference: The announcing act, such as ``"Zarządzenie nr 123/2021"``; ``None`` when unknown.
        items: Which of the seven items of art. 13 ust. 2 the announcement contains, codes of
            :data:`wspolpraca.codelists.ANNOUNCEMENT_ITEMS`; a rule reports those missing.
        publications: Where and when it was published (art. 13 ust. 3: BIP, notice board, website).
        offer_deadline: The last day for offers (art. 13 ust. 2 pkt 5).
        min_own_contribution: The lowest own contribution an offer must plan, in per cent of
            the total cost (a condition of art. 13 ust. 2 pkt 3–4); ``None`` when none is set.
        admin_cost_cap: The highest share of administrative costs allowed, in per cent of the
            total cost; ``None`` when none is set.

    Raises:
        UnknownCodeError: an item is not one of the seven of art. 13 ust. 2.
        InconsistentError: the offer deadline is before the announcement
            (``code="deadline_before_announcement"``).

    .. versionadded:: 0.2
    """

    announced_on: dt.date = attrs.field(
        validator=plausible_date(), metadata=meta("Data ogłoszenia", "Date announced")
    )
    reference: str | None = attrs.field(
        default=None, metadata=meta("Akt ogłaszający", "Announcing act")
    )
    items: tuple[str, ...] = attrs.field(
        default=(),
        validator=code_in("announcement_items"),
        metadata=meta(
            "Zawartość ogłoszenia",
            "Contents of the announcement",
            basis="art. 13 ust. 2",
            codelist="announcement_items",
        ),
    )
    publications: tuple[Publication, ...] = attrs.field(
        default=(),
        metadata=meta("Publikacje ogłoszenia", "Publications", basis="art. 13 ust. 3"),
    )
    offer_deadline: dt.date = attrs.field(
        validator=plausible_date(),
        metadata=meta("Termin składania ofert", "Offer deadline", basis="art. 13 ust. 1"),
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

    def __attrs_post_init__(self) -> None:
        if self.offer_deadline < self.announced_on:
            raise InconsistentError(
                "deadline_before_announcement",
                path=("offer_deadline",),
                value=self.offer_deadline,
                params={"deadline": self.offer_deadline, "announced_on": self.announced_on},
            )

    @property
    def last_publication(self) -> dt.date | None:
        """
        The day the last art. 13 ust. 3 publication appeared (BIP, notice board, website);
        ``None`` when none of them is dated.
        """
        days = [
            publication.published_on
            for publication in self.publications
            if publication.channel in STATUTORY_CHANNELS and publication.published_on is not None
        ]
        return max(days, default=None)


STATUTORY_CHANNELS = ("bip", "notice_board", "website")
"""The three channels of art. 13 ust. 3, codes of :data:`wspolpraca.codelists.PUBLICATION_CHANNELS`."""


@attrs.frozen(kw_only=True)
class CommitteeMember:
    """
    A member of a competition committee (*komisja konkursowa*, art. 15 ust. 2a–2d).

    Args:
        name: The member's name.
        role: A code of :data:`wspolpraca.codelists.COMMITTEE_ROLES`: ``"executive_representative"``,
            ``"ngo_nominee"`` or ``"expert"`` (advisory vote); an open list, so other roles load.
        nominated_by: The organisation that nominated an NGO member; ``None`` when not stated.

    .. versionadded:: 0.2
    """

    name: str = attrs.field(validator=not_blank(), metadata=meta("Imię i nazwisko", "Name"))
    role: str = attrs.field(
        validator=not_blank(),
        metadata=meta("Rola", "Role", basis="art. 15 ust. 2b", codelist="committee_roles"),
    )
    nominated_by: Organisation | None = attrs.field(
        default=None,
        metadata=meta("Organizacja wskazująca", "Nominating organisation", basis="art. 15 ust. 2d"),
    )


@attrs.frozen(kw_only=True)
class Committee:
    """
    The committee that gives opinions on the offers (art. 15 ust. 2a).

    Args:
        appointed_on: The date it was appointed; ``None`` when unknown.
        reference: The appointing act, such as an order of the mayor; ``None`` when unknown.
        members: The members.
        no_ngo_reason: Why the committee works without NGO members, when it does
            (art. 15 ust. 2da, e.g. no organisation nominated anyone); ``None`` when not recorded.
        no_ngo_ground: The ground of art. 15 ust. 2da the committee relies on when it works
            without NGO members: ``"no_nominee"`` (pkt 1), ``"nominees_absent"`` (pkt 2) or
            ``"all_excluded"`` (pkt 3); any other text loads and rule ``WSP-CMP-015`` reports
            it; ``None`` when not recorded.

            .. versionadded:: 0.3

    .. versionadded:: 0.2
    """

    appointed_on: dt.date | None = attrs.field(
        validator=plausible_date(), default=None, metadata=meta("Data powołania", "Date appointed")
    )
    reference: str | None = attrs.field(
        default=None, metadata=meta("Akt powołujący", "Appointing act")
    )
    members: tuple[CommitteeMember, ...] = attrs.field(
        default=(), metadata=meta("Członkowie", "Members")
    )
    no_ngo_reason: str | None = attrs.field(
        default=None,
        metadata=meta(
            "Przyczyna braku przedstawicieli organizacji",
            "Reason for having no NGO members",
            basis="art. 15 ust. 2da",
        ),
    )
    no_ngo_ground: str | None = attrs.field(
        default=None,
        metadata=meta(
            "Podstawa pracy bez przedstawicieli organizacji",
            "Ground for having no NGO members",
            basis="art. 15 ust. 2da",
        ),
    )


@attrs.frozen(kw_only=True)
class Offer:
    """
    An offer submitted in an open competition (*oferta*, art. 14).

    Amounts are in złoty; a contribution left ``None`` is not stated in the offer.

    Args:
        organisation: The bidding organisation, with its KRS and NIP when known.
        submitted_on: The date the offer was submitted; ``None`` when unknown.
        requested_amount: The grant requested.
        own_funds: The offer's own financial contribution, or funds from other sources
            (art. 15 ust. 1 pkt 4).
        in_kind_contribution: The planned contribution in kind (*wkład rzeczowy*, art. 15 ust. 1 pkt 5).
        volunteer_contribution: The planned personal contribution, volunteers' work and members'
            social work included (*wkład osobowy*, art. 15 ust. 1 pkt 5).
        awarded_amount: The grant awarded; ``None`` when the offer was not chosen (or not yet).

    Raises:
        InvalidValueError: an amount is negative or has fractions of a grosz.
        InvalidFormatError: the organisation's KRS or NIP is malformed.

    .. versionadded:: 0.2
    """

    organisation: Organisation = attrs.field(metadata=meta("Oferent", "Bidder"))
    submitted_on: dt.date | None = attrs.field(
        validator=plausible_date(), default=None, metadata=meta("Data złożenia", "Date submitted")
    )
    requested_amount: Decimal = attrs.field(
        validator=money(), metadata=meta("Wnioskowana kwota dotacji", "Grant requested")
    )
    own_funds: Decimal | None = attrs.field(
        default=None,
        validator=money(),
        metadata=meta(
            "Środki finansowe własne lub z innych źródeł",
            "Own funds or funds from other sources",
            basis="art. 15 ust. 1 pkt 4",
        ),
    )
    in_kind_contribution: Decimal | None = attrs.field(
        default=None,
        validator=money(),
        metadata=meta("Wkład rzeczowy", "Contribution in kind", basis="art. 15 ust. 1 pkt 5"),
    )
    volunteer_contribution: Decimal | None = attrs.field(
        default=None,
        validator=money(),
        metadata=meta(
            "Wkład osobowy, w tym świadczenia wolontariuszy i praca społeczna członków",
            "Personal contribution, volunteers' work and members' social work included",
            basis="art. 15 ust. 1 pkt 5",
        ),
    )
    awarded_amount: Decimal | None = attrs.field(
        default=None, validator=money(), metadata=meta("Przyznana dotacja", "Grant awarded")
    )

    @property
    def own_contribution(self) -> Decimal:
        """The sum of the stated own funds, contribution in kind and personal contribution."""
        parts = (self.own_funds, self.in_kind_contribution, self.volunteer_contribution)
        return sum((part for part in parts if part is not None), Decimal(0))


@attrs.frozen(kw_only=True)
class Results:
    """
    The choice of offers and its publication.

    Args:
        decided_on: The date the offers were chosen.
        reference: The deciding act; ``None`` when unknown.
        publications: Where and when the results were published.

    .. versionadded:: 0.2
    """

    decided_on: dt.date = attrs.field(
        validator=plausible_date(), metadata=meta("Data wyboru ofert", "Date of the choice")
    )
    reference: str | None = attrs.field(default=None, metadata=meta("Akt", "Deciding act"))
    publications: tuple[Publication, ...] = attrs.field(
        default=(), metadata=meta("Publikacje wyników", "Publications of the results")
    )


@attrs.frozen(kw_only=True)
class Cancellation:
    """
    The cancellation of a competition (*unieważnienie*, art. 18a).

    Args:
        cancelled_on: The date of the cancellation.
        reason: One of the art. 18a reasons, a code of
            :data:`wspolpraca.codelists.CANCELLATION_REASONS`; ``None`` when the cancellation
            gives another reason or none (a rule reports it).
        explanation: The reason as the cancelling act words it; may be empty.
        publications: Where and when the cancellation was published.

    Raises:
        UnknownCodeError: *reason* is not a code of the list.

    .. versionadded:: 0.2
    """

    cancelled_on: dt.date = attrs.field(
        validator=plausible_date(), metadata=meta("Data unieważnienia", "Date cancelled")
    )
    reason: str | None = attrs.field(
        default=None,
        validator=attrs.validators.optional(code_in("cancellation_reasons")),
        metadata=meta(
            "Przesłanka unieważnienia",
            "Ground for cancellation",
            basis="art. 18a ust. 1",
            codelist="cancellation_reasons",
        ),
    )
    explanation: str = attrs.field(default="", metadata=meta("Uzasadnienie", "Explanation"))
    publications: tuple[Publication, ...] = attrs.field(
        default=(), metadata=meta("Publikacje", "Publications", basis="art. 18a ust. 2")
    )


@attrs.frozen(kw_only=True)
class RegrantedProject:
    """
    A project an operator commissions to a realizator (*projekt*, art. 16a).

    Args:
        realizator: The organisation carrying out the project (*realizator projektu*).
        title: What the project is.
        amount: The money passed on for it.
        agreement_signed_on: The date of the operator's agreement with the realizator;
            ``None`` when unknown.
        transferred_on: The date the money was transferred; ``None`` when not yet or unknown.

    .. versionadded:: 0.2
    """

    realizator: Organisation = attrs.field(
        metadata=meta("Realizator projektu", "Project realizator", basis="art. 16a")
    )
    title: str = attrs.field(validator=not_blank(), metadata=meta("Projekt", "Project"))
    amount: Decimal = attrs.field(validator=money(), metadata=meta("Kwota", "Amount"))
    agreement_signed_on: dt.date | None = attrs.field(
        validator=plausible_date(),
        default=None,
        metadata=meta("Data umowy z realizatorem", "Date of the agreement"),
    )
    transferred_on: dt.date | None = attrs.field(
        validator=plausible_date(),
        default=None,
        metadata=meta("Data przekazania środków", "Date of the transfer"),
    )


@attrs.frozen(kw_only=True)
class Regranting:
    """
    Regranting (*regranting*, art. 16a): an operator passes the grant on to realizators' projects.

    Args:
        operator: The organisation commissioned as operator (*operator projektu*).
        projects: The projects it commissions.

    .. versionadded:: 0.2
    """

    operator: Organisation = attrs.field(
        metadata=meta("Operator projektu", "Project operator", basis="art. 16a")
    )
    projects: tuple[RegrantedProject, ...] = attrs.field(
        default=(), metadata=meta("Projekty", "Projects")
    )


@attrs.frozen(kw_only=True)
class OpenCompetition:
    """
    An open competition for offers (*otwarty konkurs ofert*, art. 11 ust. 2, art. 13–15, 18a).

    Args:
        unit: The unit of local government that runs it.
        title: The title as announced.
        task: The public task the competition commissions.
        sphere: The point of art. 4 ust. 1 the task belongs to, such as ``"16"``; ``None``
            when not stated.
        mode: ``"entrustment"`` (*powierzanie*) or ``"support"`` (*wspieranie*), a code of
            :data:`wspolpraca.codelists.MODES`.
        funds_offered: The public funds announced for the task; ``None`` when not stated.
        announcement: The announcement; ``None`` for a competition not yet announced.
        committee: The competition committee; ``None`` when none was appointed.
        offers: The offers submitted.
        results: The choice of offers; ``None`` until made.
        cancellation: The cancellation; ``None`` unless cancelled.
        regranting: The operator and its projects, for a regranting competition; else ``None``.
        notes: Editorial notes about this record: its sources, and which values are illustrative.

    Raises:
        UnknownCodeError: *mode* is not a mode of commissioning.
        InvalidFormatError: *sphere* is not a point label.

    .. versionadded:: 0.2
    """

    unit: Unit = attrs.field(metadata=meta("Jednostka samorządu", "Local government unit"))
    title: str = attrs.field(validator=not_blank(), metadata=meta("Tytuł", "Title"))
    task: str = attrs.field(
        validator=not_blank(), metadata=meta("Zadanie publiczne", "Public task")
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
    mode: str = attrs.field(
        validator=code_in("modes"),
        metadata=meta(
            "Tryb zlecania", "Mode of commissioning", basis="art. 11 ust. 1", codelist="modes"
        ),
    )
    funds_offered: Decimal | None = attrs.field(
        default=None,
        validator=money(),
        metadata=meta(
            "Wysokość środków publicznych", "Public funds offered", basis="art. 13 ust. 2 pkt 2"
        ),
    )
    announcement: Announcement | None = attrs.field(
        default=None, metadata=meta("Ogłoszenie", "Announcement", basis="art. 13")
    )
    committee: Committee | None = attrs.field(
        default=None,
        metadata=meta("Komisja konkursowa", "Competition committee", basis="art. 15 ust. 2a"),
    )
    offers: tuple[Offer, ...] = attrs.field(default=(), metadata=meta("Oferty", "Offers"))
    results: Results | None = attrs.field(default=None, metadata=meta("Rozstrzygnięcie", "Results"))
    cancellation: Cancellation | None = attrs.field(
        default=None, metadata=meta("Unieważnienie", "Cancellation", basis="art. 18a")
    )
    regranting: Regranting | None = attrs.field(
        default=None, metadata=meta("Regranting", "Regranting", basis="art. 16a")
    )
    notes: tuple[str, ...] = attrs.field(
        default=(), metadata=meta("Uwagi redakcyjne", "Editorial notes")
    )

    @property
    def awarded_total(self) -> Decimal:
        """The sum of the grants awarded (``0`` when none is)."""
        return sum(
            (offer.awarded_amount for offer in self.offers if offer.awarded_amount is not None),
            Decimal(0),
        )
