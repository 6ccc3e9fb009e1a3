"""
Non-financial cooperation (*pozafinansowe formy współpracy*, art. 5 ust. 2 pkt 2-7 and the
practical forms municipalities add), and a unit's yearly record of it.

The item classes (:class:`MutualInformation`, :class:`Consultation`, :class:`JointTeam`,
:class:`PartnershipAgreement`, :class:`InKindSupport`, :class:`Training`, :class:`Event`)
do not know whether they are planned or realised, so an annual programme (planned) and an
implementation report (realised) can list the same types. Each names the form of
art. 5 ust. 2 it belongs to in :attr:`FORM` (a code of :data:`wspolpraca.codelists.FORMS`,
``None`` for the practical forms outside the statutory list) and its legal basis in
:attr:`BASIS`.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, ClassVar

import attrs

from .._messages import EXPECTED
from ..errors import InconsistentError, InvalidTypeError, InvalidValueError
from ..law import Citation, Confidence
from ..validators import code_in, money, not_blank
from ._common import Period, Resolution, Unit, check_year, plausible_date
from ._fields import meta
from ._organisation import Organisation

NGO_SIDES = frozenset({"ngo", "entity_art_3_3"})
"""The codes of :data:`wspolpraca.codelists.TEAM_SIDES` on the organisations' side."""

ADMINISTRATION_SIDE = "administration"
"""The code of :data:`wspolpraca.codelists.TEAM_SIDES` for the administration's side."""

_OPEN_LIST = Citation("5", "2")
"""Art. 5 ust. 2 lists the forms *w szczególności*: the practical forms rest on its open list."""


def _count(inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    """Require a non-negative whole number; ``None`` passes, for unknown counts."""
    if value is None:
        return
    if not isinstance(value, int) or isinstance(value, bool):
        raise InvalidTypeError(
            path=(attr.name,), value=value, params={"expected": EXPECTED["integer"]}
        )
    if value < 0:
        raise InvalidValueError("negative_count", path=(attr.name,), value=value)


def _texts(inst: object, attr: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]) -> None:
    """Require every item of a tuple of text to be non-blank."""
    for index, item in enumerate(value):
        if not isinstance(item, str):
            raise InvalidTypeError(
                path=(attr.name, index), value=item, params={"expected": EXPECTED["text"]}
            )
        if not item.strip():
            raise InvalidValueError("blank_text", path=(attr.name, index), value=item)


@attrs.frozen(kw_only=True)
class MutualInformation:
    """
    Mutual information about planned activity (*wzajemne informowanie się*, art. 5 ust. 2 pkt 2).

    Args:
        subject: What the parties inform each other about, such as
            ``"planowane konkursy ofert i kierunki działalności miasta"``.
        channels: How: codes of :data:`wspolpraca.codelists.PUBLICATION_CHANNELS`
            (``"bip"``, ``"website"``) or local names (``"newsletter"``); an open list.
        frequency: How often: a code of :data:`wspolpraca.codelists.INFORMATION_FREQUENCIES`
            or local wording; empty when not stated.
        description: Anything else the document says.

    .. versionadded:: 0.1
    """

    FORM: ClassVar[str | None] = "mutual_information"
    BASIS: ClassVar[Citation] = Citation("5", "2", "2")

    subject: str = attrs.field(validator=not_blank(), metadata=meta("Przedmiot", "Subject"))
    channels: tuple[str, ...] = attrs.field(
        default=(),
        validator=_texts,
        metadata=meta("Kanały informacji", "Channels", codelist="publication_channels"),
    )
    frequency: str = attrs.field(
        default="",
        metadata=meta("Częstotliwość", "Frequency", codelist="information_frequencies"),
    )
    description: str = attrs.field(default="", metadata=meta("Opis", "Description"))


@attrs.frozen(kw_only=True)
class Consultation:
    """
    Consultation of draft normative acts (*konsultowanie projektów aktów normatywnych*):
    with NGOs and art. 3 ust. 3 entities (art. 5 ust. 2 pkt 3) and/or with the public-benefit
    council (pkt 4).

    An entry is one draft act, or several when a report only gives a number (*drafts*).

    Args:
        subject: The draft act, such as ``"projekt Programu Współpracy … na rok 2016"``,
            or what a group of drafts concerns.
        with_ngos: Consulted with NGOs and art. 3 ust. 3 entities (pkt 3).
        with_council: Consulted with the public-benefit council (pkt 4).
        period: When the consultation ran; ``None`` when not stated.
        drafts: How many draft acts the entry covers (at least 1).
        methods: How, such as ``"formularz konsultacyjny"``, ``"otwarte spotkanie"``.
        comments: How many comments or opinions came in; ``None`` when unknown.
        description: Anything else the document says.

    Raises:
        InvalidValueError: *drafts* is below 1 (``code="no_drafts"``) or *comments*
            is negative (``code="negative_count"``).

    .. versionadded:: 0.1
    """

    FORM: ClassVar[str | None] = "consultation_with_ngos"
    BASIS: ClassVar[Citation] = Citation("5", "2", "3")

    subject: str = attrs.field(validator=not_blank(), metadata=meta("Projekt aktu", "Draft act"))
    with_ngos: bool = attrs.field(
        default=True,
        metadata=meta("Z organizacjami", "With NGOs", basis="art. 5 ust. 2 pkt 3"),
    )
    with_council: bool = attrs.field(
        default=False,
        metadata=meta(
            "Z radą działalności pożytku publicznego",
            "With the public-benefit council",
            basis="art. 5 ust. 2 pkt 4",
        ),
    )
    period: Period | None = attrs.field(
        default=None, metadata=meta("Termin konsultacji", "Consultation period")
    )
    drafts: int = attrs.field(default=1, metadata=meta("Liczba projektów", "Number of drafts"))
    methods: tuple[str, ...] = attrs.field(
        default=(), validator=_texts, metadata=meta("Formy konsultacji", "Methods")
    )
    comments: int | None = attrs.field(
        default=None, validator=_count, metadata=meta("Liczba uwag", "Number of comments")
    )
    description: str = attrs.field(default="", metadata=meta("Opis", "Description"))

    @drafts.validator
    def _check_drafts(self, attribute: attrs.Attribute[int], value: int) -> None:
        _count(self, attribute, value)
        if value < 1:
            raise InvalidValueError("no_drafts", path=("drafts",), value=value)

    @property
    def bases(self) -> tuple[Citation, ...]:
        """The provisions this consultation falls under (pkt 3, pkt 4, or both)."""
        found = []
        if self.with_ngos:
            found.append(Citation("5", "2", "3"))
        if self.with_council:
            found.append(Citation("5", "2", "4"))
        return tuple(found)

    @property
    def forms(self) -> tuple[str, ...]:
        """The codes of :data:`wspolpraca.codelists.FORMS` this consultation falls under."""
        found = []
        if self.with_ngos:
            found.append("consultation_with_ngos")
        if self.with_council:
            found.append("consultation_with_council")
        return tuple(found)


@attrs.frozen(kw_only=True)
class TeamMember:
    """
    A member of a joint team, by the side they represent.

    Args:
        side: A code of :data:`wspolpraca.codelists.TEAM_SIDES`: ``"ngo"``,
            ``"entity_art_3_3"``, ``"administration"`` or ``"other"``.
        name: The person's name; may be empty (documents often list organisations only).
        organisation: The organisation they represent, for the organisations' side.
        office: The office or unit they represent, for the administration's side,
            such as ``"Wydział Kultury i Dziedzictwa Narodowego"``.
        role: Their role, such as ``"przewodniczący"``; may be empty.

    .. versionadded:: 0.1
    """

    side: str = attrs.field(
        validator=code_in("team_sides"),
        metadata=meta("Reprezentowana strona", "Side", codelist="team_sides"),
    )
    name: str = attrs.field(default="", metadata=meta("Imię i nazwisko", "Name"))
    organisation: Organisation | None = attrs.field(
        default=None, metadata=meta("Organizacja", "Organisation")
    )
    office: str | None = attrs.field(default=None, metadata=meta("Urząd / jednostka", "Office"))
    role: str = attrs.field(default="", metadata=meta("Funkcja", "Role"))


@attrs.frozen(kw_only=True)
class TeamMeeting:
    """
    A meeting of a joint team.

    Args:
        held_on: The day it was held.
        topic: What it dealt with; may be empty.
        attendance: How many members attended; ``None`` when unknown.

    .. versionadded:: 0.1
    """

    held_on: dt.date = attrs.field(validator=plausible_date(), metadata=meta("Data", "Date"))
    topic: str = attrs.field(default="", metadata=meta("Temat", "Topic"))
    attendance: int | None = attrs.field(
        default=None, validator=_count, metadata=meta("Obecni", "Attendance")
    )


@attrs.frozen(kw_only=True)
class JointTeam:
    """
    A joint advisory and initiative team (*wspólny zespół o charakterze doradczym
    i inicjatywnym*, art. 5 ust. 2 pkt 5), such as a Kraków *Komisja Dialogu Obywatelskiego*.

    The act defines the team as made up of representatives of NGOs (or art. 3 ust. 3 entities)
    and of the competent public bodies; a record that breaks this still loads, and rules
    ``WSP-NFN-001`` and ``WSP-NFN-002`` report it.

    Args:
        name: The team's name, such as ``"Komisja Dialogu Obywatelskiego ds. Kultury"``.
        theme: Its field of work; may be empty.
        established_by: The resolution or order that established it; ``None`` when unknown.
        regulations: The act that sets the rules for teams of its kind, such as Kraków's
            Zarządzenie nr 2638/2014 of 19 September 2014 for the KDOs; ``None`` when unknown.
        term: Its term of office; ``None`` when it has none or it is not stated.
        members: Its members.
        meetings: Its meetings.
        description: Anything else the document says.

    .. versionadded:: 0.1
    """

    FORM: ClassVar[str | None] = "joint_teams"
    BASIS: ClassVar[Citation] = Citation("5", "2", "5")

    name: str = attrs.field(validator=not_blank(), metadata=meta("Nazwa", "Name"))
    theme: str = attrs.field(default="", metadata=meta("Tematyka", "Theme"))
    established_by: Resolution | None = attrs.field(
        default=None, metadata=meta("Akt powołania", "Established by")
    )
    regulations: Resolution | None = attrs.field(
        default=None, metadata=meta("Regulamin", "Regulations")
    )
    term: Period | None = attrs.field(default=None, metadata=meta("Kadencja", "Term"))
    members: tuple[TeamMember, ...] = attrs.field(
        default=(), metadata=meta("Członkowie", "Members", basis="art. 5 ust. 2 pkt 5")
    )
    meetings: tuple[TeamMeeting, ...] = attrs.field(
        default=(), metadata=meta("Posiedzenia", "Meetings")
    )
    description: str = attrs.field(default="", metadata=meta("Opis", "Description"))

    @property
    def ngo_members(self) -> tuple[TeamMember, ...]:
        """The members representing NGOs or art. 3 ust. 3 entities."""
        return tuple(member for member in self.members if member.side in NGO_SIDES)

    @property
    def administration_members(self) -> tuple[TeamMember, ...]:
        """The members representing the public administration."""
        return tuple(member for member in self.members if member.side == ADMINISTRATION_SIDE)


@attrs.frozen(kw_only=True)
class PartnershipAgreement:
    """
    A partnership agreement (*umowa partnerska*, art. 5 ust. 2 pkt 7 — wording unconfirmed).

    Args:
        title: What the agreement is called or is about.
        partners: The organisations that are party to it.
        signed_on: When it was signed; ``None`` when unknown.
        period: The period it covers; ``None`` when not stated.
        subject: What the partners do together; may be empty.

    .. versionadded:: 0.1
    """

    FORM: ClassVar[str | None] = "partnership_agreements"
    BASIS: ClassVar[Citation] = Citation("5", "2", "7", confidence=Confidence.UNCONFIRMED)

    title: str = attrs.field(validator=not_blank(), metadata=meta("Tytuł", "Title"))
    partners: tuple[Organisation, ...] = attrs.field(
        default=(), metadata=meta("Partnerzy", "Partners")
    )
    signed_on: dt.date | None = attrs.field(
        validator=plausible_date(), default=None, metadata=meta("Data zawarcia", "Date signed")
    )
    period: Period | None = attrs.field(default=None, metadata=meta("Okres", "Period"))
    subject: str = attrs.field(default="", metadata=meta("Przedmiot", "Subject"))


@attrs.frozen(kw_only=True)
class InKindSupport:
    """
    In-kind support (*wsparcie pozafinansowe*): premises, equipment, promotion, patronage.

    Not named in art. 5 ust. 2, whose list is open; municipal programmes add it.

    Args:
        kind: A code of :data:`wspolpraca.codelists.IN_KIND_SUPPORT` (``"premises"``,
            ``"equipment"``, ``"promotion"``, ``"patronage"``) or a local one; an open list.
        description: What was given, such as ``"sale szkoleniowe i biurowe"``.
        provider: Who gives it, such as ``"Centrum Obywatelskie …"``; ``None`` when not stated.
        place: Where, such as an address; ``None`` when not stated.
        recipients: The organisations supported, when the document names them.
        beneficiaries: How many organisations or groups used it; ``None`` when unknown.
        value: The estimated value in złoty; ``None`` when unknown.
        period: When it was available; ``None`` when not stated.

    .. versionadded:: 0.1
    """

    FORM: ClassVar[str | None] = None
    BASIS: ClassVar[Citation] = _OPEN_LIST

    kind: str = attrs.field(
        validator=not_blank(), metadata=meta("Rodzaj", "Kind", codelist="in_kind_support")
    )
    description: str = attrs.field(default="", metadata=meta("Opis", "Description"))
    provider: str | None = attrs.field(default=None, metadata=meta("Udzielający", "Provider"))
    place: str | None = attrs.field(default=None, metadata=meta("Miejsce", "Place"))
    recipients: tuple[Organisation, ...] = attrs.field(
        default=(), metadata=meta("Wspierane organizacje", "Recipients")
    )
    beneficiaries: int | None = attrs.field(
        default=None,
        validator=_count,
        metadata=meta("Liczba korzystających", "Number of beneficiaries"),
    )
    value: Decimal | None = attrs.field(
        default=None, validator=money(), metadata=meta("Szacunkowa wartość", "Estimated value")
    )
    period: Period | None = attrs.field(default=None, metadata=meta("Okres", "Period"))


@attrs.frozen(kw_only=True)
class Training:
    """
    Training or advice for NGOs (*szkolenia i doradztwo*).

    Not named in art. 5 ust. 2, whose list is open; municipal programmes add it.

    Args:
        title: The subject, such as ``"Rozliczanie dotacji"``.
        advisory: ``True`` for advice (*doradztwo*, consultations one to one),
            ``False`` for training.
        held_on: The day it was held (the first day, for a series); ``None`` when not stated.
        provider: Who ran it; ``None`` when not stated.
        participants: How many people took part; ``None`` when unknown.
        description: Anything else the document says.

    .. versionadded:: 0.1
    """

    FORM: ClassVar[str | None] = None
    BASIS: ClassVar[Citation] = _OPEN_LIST

    title: str = attrs.field(validator=not_blank(), metadata=meta("Temat", "Title"))
    advisory: bool = attrs.field(default=False, metadata=meta("Doradztwo", "Advice"))
    held_on: dt.date | None = attrs.field(
        validator=plausible_date(), default=None, metadata=meta("Data", "Date")
    )
    provider: str | None = attrs.field(default=None, metadata=meta("Prowadzący", "Provider"))
    participants: int | None = attrs.field(
        default=None, validator=_count, metadata=meta("Liczba uczestników", "Participants")
    )
    description: str = attrs.field(default="", metadata=meta("Opis", "Description"))


@attrs.frozen(kw_only=True)
class Event:
    """
    An event for or with NGOs: a conference (Kraków's "Wspólnie dla Krakowa"), NGO Day, a fair.

    Not named in art. 5 ust. 2, whose list is open; municipal programmes add it.

    Args:
        name: The event's name.
        held_on: The (first) day.
        ends_on: The last day of an event of several days; ``None`` for one day.
        place: Where; may be empty.
        organiser: Who organised it; may be empty.
        participants: How many people took part; ``None`` when unknown.
        organisations: The organisations that took part, when the document names them.
        description: Anything else the document says.

    Raises:
        InconsistentError: *ends_on* is before *held_on* (``code="end_before_start"``).

    .. versionadded:: 0.1
    """

    FORM: ClassVar[str | None] = None
    BASIS: ClassVar[Citation] = _OPEN_LIST

    name: str = attrs.field(validator=not_blank(), metadata=meta("Nazwa", "Name"))
    held_on: dt.date = attrs.field(validator=plausible_date(), metadata=meta("Data", "Date"))
    ends_on: dt.date | None = attrs.field(
        validator=plausible_date(), default=None, metadata=meta("Data zakończenia", "End date")
    )
    place: str = attrs.field(default="", metadata=meta("Miejsce", "Place"))
    organiser: str = attrs.field(default="", metadata=meta("Organizator", "Organiser"))
    participants: int | None = attrs.field(
        default=None, validator=_count, metadata=meta("Liczba uczestników", "Participants")
    )
    organisations: tuple[Organisation, ...] = attrs.field(
        default=(), metadata=meta("Organizacje uczestniczące", "Participating organisations")
    )
    description: str = attrs.field(default="", metadata=meta("Opis", "Description"))

    def __attrs_post_init__(self) -> None:
        if self.ends_on is not None and self.ends_on < self.held_on:
            raise InconsistentError(
                "end_before_start",
                path=("ends_on",),
                params={"start": self.held_on, "end": self.ends_on},
            )


ITEM_FIELDS: tuple[str, ...] = (
    "information",
    "consultations",
    "teams",
    "partnerships",
    "in_kind_support",
    "trainings",
    "events",
)
"""The fields of :class:`NonFinancialActivity` that list items, in document order."""


@attrs.frozen(kw_only=True)
class NonFinancialActivity:
    """
    A unit's record of its non-financial cooperation with NGOs in one year
    (document kind ``"non_financial_activity"``).

    Args:
        unit: The unit of local government.
        year: The year the record covers.
        title: A title; may be empty.
        responsible: The office that coordinates cooperation, such as ``"Biuro MOWIS"``;
            ``None`` when not stated.
        information: Mutual information (art. 5 ust. 2 pkt 2).
        consultations: Consultations of draft acts (art. 5 ust. 2 pkt 3 and 4).
        teams: Joint advisory and initiative teams (art. 5 ust. 2 pkt 5).
        partnerships: Partnership agreements (art. 5 ust. 2 pkt 7, unconfirmed).
        in_kind_support: In-kind support: premises, equipment, promotion, patronage.
        trainings: Training and advice.
        events: Conferences, NGO Day and other events.
        notes: Editorial notes about this record, not part of it: its sources, and which
            values are illustrative.

    Raises:
        InvalidValueError: *year* is outside 1990-2100.

    .. versionadded:: 0.1
    """

    unit: Unit = attrs.field(metadata=meta("Jednostka samorządu", "Local government unit"))
    year: int = attrs.field(metadata=meta("Rok", "Year"))
    title: str = attrs.field(default="", metadata=meta("Tytuł", "Title"))
    responsible: str | None = attrs.field(
        default=None, metadata=meta("Komórka koordynująca", "Coordinating office")
    )
    information: tuple[MutualInformation, ...] = attrs.field(
        default=(),
        metadata=meta("Wzajemne informowanie", "Mutual information", basis="art. 5 ust. 2 pkt 2"),
    )
    consultations: tuple[Consultation, ...] = attrs.field(
        default=(),
        metadata=meta(
            "Konsultacje projektów aktów",
            "Consultations of draft acts",
            basis="art. 5 ust. 2 pkt 3-4",
        ),
    )
    teams: tuple[JointTeam, ...] = attrs.field(
        default=(),
        metadata=meta("Wspólne zespoły", "Joint teams", basis="art. 5 ust. 2 pkt 5"),
    )
    partnerships: tuple[PartnershipAgreement, ...] = attrs.field(
        default=(),
        metadata=meta("Umowy partnerskie", "Partnership agreements", basis="art. 5 ust. 2 pkt 7"),
    )
    in_kind_support: tuple[InKindSupport, ...] = attrs.field(
        default=(), metadata=meta("Wsparcie pozafinansowe", "In-kind support")
    )
    trainings: tuple[Training, ...] = attrs.field(
        default=(), metadata=meta("Szkolenia i doradztwo", "Training and advice")
    )
    events: tuple[Event, ...] = attrs.field(default=(), metadata=meta("Wydarzenia", "Events"))
    notes: tuple[str, ...] = attrs.field(
        default=(), metadata=meta("Uwagi redakcyjne", "Editorial notes")
    )

    def __attrs_post_init__(self) -> None:
        check_year(self.year, ("year",))

    @property
    def period(self) -> Period:
        """The calendar year the record covers."""
        return Period.calendar_year(self.year)

    @property
    def meetings(self) -> int:
        """How many team meetings the record lists, over all teams."""
        return sum(len(team.meetings) for team in self.teams)

    def items(self) -> tuple[Any, ...]:
        """Every item of every form, in document order."""
        return tuple(item for name in ITEM_FIELDS for item in getattr(self, name))
