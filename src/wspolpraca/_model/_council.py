"""
Public-benefit councils (*rady działalności pożytku publicznego*, art. 41a–41i): terms, members, opinions.

The shape follows council-information standards: a council has legislative *terms*
(OParl's ``LegislativeTerm``), people hold *memberships* in it (Popolo's ``Membership``),
and roles such as a secretary who is not a member are *posts* (Popolo's ``Post``).
"""

from __future__ import annotations

import datetime as dt

import attrs

from ..errors import InconsistentError, InvalidValueError
from ..validators import code_in, not_blank
from ._common import Period, Resolution, Unit, plausible_date
from ._fields import meta


def _not_negative(inst: object, attr: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, int) and value < 0:
        raise InvalidValueError("negative_count", path=(attr.name,), value=value)


def _positive(inst: object, attr: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, int) and value < 1:
        raise InvalidValueError("not_positive", path=(attr.name,), value=value)


def _check_span(start: dt.date | None, end: dt.date | None) -> None:
    if start is not None and end is not None and end < start:
        raise InconsistentError(
            "end_before_start", path=("end",), params={"start": start, "end": end}
        )


@attrs.frozen(kw_only=True)
class SeatAllocation:
    """
    How many seats a council has for one category of members (art. 41f).

    Args:
        category: A code of :data:`wspolpraca.codelists.SEAT_CATEGORIES`, such as ``"ngo"``.
        seats: The number of seats; not negative.

    Raises:
        UnknownCodeError: *category* is not a seat category; the error lists the valid ones.
        InvalidValueError: *seats* is negative (``code="negative_count"``).

    .. versionadded:: 0.1
    """

    category: str = attrs.field(
        validator=code_in("seat_categories"),
        metadata=meta("Kategoria miejsc", "Seat category", codelist="seat_categories"),
    )
    seats: int = attrs.field(
        validator=_not_negative, metadata=meta("Liczba miejsc", "Number of seats")
    )


@attrs.frozen(kw_only=True)
class CouncilRequest:
    """
    The joint request of organisations that led to a council's creation (art. 41e ust. 1, art. 41a).

    Args:
        submitted_on: The day the request was submitted.
        organisations: How many organisations (NGOs and art. 3 ust. 3 entities) made it.
        description: Who they were or where the request is recorded; may be empty.

    Raises:
        InvalidValueError: *organisations* is negative (``code="negative_count"``).

    .. versionadded:: 0.1
    """

    submitted_on: dt.date = attrs.field(
        validator=plausible_date(), metadata=meta("Data złożenia wniosku", "Submitted on")
    )
    organisations: int = attrs.field(
        validator=_not_negative,
        metadata=meta(
            "Liczba wnioskujących organizacji",
            "Number of requesting organisations",
            basis="art. 41e ust. 1",
        ),
    )
    description: str = attrs.field(default="", metadata=meta("Opis", "Description"))


@attrs.frozen(kw_only=True)
class Membership:
    """
    A person's membership of a council in one term, on a seat of one category.

    Only the person's name is stored, **by design**: no address, birth date, contact
    details or other personal data, because a council's composition is public but
    nothing else about its members needs to be.

    Args:
        person: The member's name as published, such as ``"Jan Kowalski"``.
        category: The seat's category, a code of :data:`wspolpraca.codelists.SEAT_CATEGORIES`.
        represents: The organisation or body the member represents; may be empty.
        role: A role the member holds in the council, such as ``"chair"``, ``"co_chair"``,
            ``"deputy_chair"`` or ``"secretary"``; ``None`` for an ordinary member.
            A role held by someone who is not a member is a :class:`Post`.
        start: The first day of the membership; ``None``: the term's first day.
        end: The last day (a member can be replaced mid-term); ``None``: the term's last day.
        voting: Whether the member has a vote.

    Raises:
        UnknownCodeError: *category* is not a seat category; the error lists the valid ones.
        InconsistentError: *end* is before *start* (``code="end_before_start"``).

    .. versionadded:: 0.1
    """

    person: str = attrs.field(validator=not_blank(), metadata=meta("Osoba", "Person"))
    category: str = attrs.field(
        validator=code_in("seat_categories"),
        metadata=meta("Kategoria miejsca", "Seat category", codelist="seat_categories"),
    )
    represents: str = attrs.field(default="", metadata=meta("Reprezentowany podmiot", "Represents"))
    role: str | None = attrs.field(default=None, metadata=meta("Funkcja", "Role"))
    start: dt.date | None = attrs.field(
        validator=plausible_date(), default=None, metadata=meta("Początek", "Start")
    )
    end: dt.date | None = attrs.field(
        validator=plausible_date(), default=None, metadata=meta("Koniec", "End")
    )
    voting: bool = attrs.field(default=True, metadata=meta("Prawo głosu", "Voting right"))

    def __attrs_post_init__(self) -> None:
        _check_span(self.start, self.end)


@attrs.frozen(kw_only=True)
class Post:
    """
    A role in a council held by someone who is not thereby a member (Popolo's *Post*),
    such as a secretary from the city office. Only the holder's name is stored, by design.

    Args:
        role: The role, such as ``"secretary"``.
        holder: The name of the person who holds it.
        represents: The body the holder comes from; may be empty.
        start: The first day; ``None``: the term's first day.
        end: The last day; ``None``: the term's last day.

    Raises:
        InconsistentError: *end* is before *start* (``code="end_before_start"``).

    .. versionadded:: 0.1
    """

    role: str = attrs.field(validator=not_blank(), metadata=meta("Funkcja", "Role"))
    holder: str = attrs.field(validator=not_blank(), metadata=meta("Osoba", "Holder"))
    represents: str = attrs.field(default="", metadata=meta("Reprezentowany podmiot", "Represents"))
    start: dt.date | None = attrs.field(
        validator=plausible_date(), default=None, metadata=meta("Początek", "Start")
    )
    end: dt.date | None = attrs.field(
        validator=plausible_date(), default=None, metadata=meta("Koniec", "End")
    )

    def __attrs_post_init__(self) -> None:
        _check_span(self.start, self.end)


@attrs.frozen(kw_only=True)
class Term:
    """
    A term of a council (*kadencja*, OParl's *LegislativeTerm*).

    Args:
        number: The term's number, from 1.
        start: The first day of the term.
        end: The last day; ``None`` when not known.
        appointment: The act appointing the members, such as Zarządzenie 1951/2019;
            ``None`` when not known.
        election: When the NGO representatives were elected; ``None`` when not known.
        election_rules: How they were elected (support a candidate needs, votes per
            organisation); may be empty.
        seats: The seats of this term by category, when they differ from the council's;
            empty: the council's ``seats``.
        memberships: The members, including those who replaced others mid-term.
        posts: Roles held by people who are not thereby members.

    Raises:
        InvalidValueError: *number* is below 1 (``code="not_positive"``).
        InconsistentError: *end* is before *start* (``code="end_before_start"``).

    .. versionadded:: 0.1
    """

    number: int = attrs.field(validator=_positive, metadata=meta("Numer kadencji", "Number"))
    start: dt.date = attrs.field(
        validator=plausible_date(), metadata=meta("Początek kadencji", "Start")
    )
    end: dt.date | None = attrs.field(
        validator=plausible_date(),
        default=None,
        metadata=meta("Koniec kadencji", "End", basis="art. 41e ust. 3"),
    )
    appointment: Resolution | None = attrs.field(
        default=None, metadata=meta("Akt powołania", "Appointing act")
    )
    election: Period | None = attrs.field(
        default=None, metadata=meta("Okres wyborów", "Election period")
    )
    election_rules: str = attrs.field(
        default="", metadata=meta("Zasady wyborów", "Election rules", basis="art. 41g")
    )
    seats: tuple[SeatAllocation, ...] = attrs.field(
        default=(), metadata=meta("Miejsca w kadencji", "Seats in this term", basis="art. 41f")
    )
    memberships: tuple[Membership, ...] = attrs.field(
        default=(), metadata=meta("Członkostwa", "Memberships")
    )
    posts: tuple[Post, ...] = attrs.field(default=(), metadata=meta("Funkcje", "Posts"))

    def __attrs_post_init__(self) -> None:
        _check_span(self.start, self.end)


@attrs.frozen(kw_only=True)
class Opinion:
    """
    A council's opinion on a draft (a programme, a strategy, a resolution).

    Args:
        draft: What the draft is, such as its title.
        task: The task of art. 41i ust. 1 the opinion serves, a code of
            :data:`wspolpraca.codelists.COUNCIL_TASKS`; ``None`` when not stated.
        received_on: The day the council received the draft; ``None`` when not known.
        given_on: The day the council gave its opinion; ``None`` when it gave none.
        positive: Whether the opinion was positive; ``None`` when not stated or not given.
        summary: What the opinion says; may be empty.

    Raises:
        UnknownCodeError: *task* is not a task of art. 41i ust. 1.
        InconsistentError: the opinion was given before the draft was received
            (``code="opinion_before_draft"``).

    .. versionadded:: 0.1
    """

    draft: str = attrs.field(validator=not_blank(), metadata=meta("Projekt", "Draft"))
    task: str | None = attrs.field(
        default=None,
        validator=attrs.validators.optional(code_in("council_tasks")),
        metadata=meta(
            "Zadanie rady", "Council task", basis="art. 41i ust. 1", codelist="council_tasks"
        ),
    )
    received_on: dt.date | None = attrs.field(
        validator=plausible_date(),
        default=None,
        metadata=meta("Data otrzymania projektu", "Draft received on"),
    )
    given_on: dt.date | None = attrs.field(
        validator=plausible_date(),
        default=None,
        metadata=meta("Data wydania opinii", "Opinion given on", basis="art. 41i ust. 2"),
    )
    positive: bool | None = attrs.field(default=None, metadata=meta("Opinia pozytywna", "Positive"))
    summary: str = attrs.field(default="", metadata=meta("Treść opinii", "Summary"))

    def __attrs_post_init__(self) -> None:
        if (
            self.received_on is not None
            and self.given_on is not None
            and self.given_on < self.received_on
        ):
            raise InconsistentError(
                "opinion_before_draft",
                path=("given_on",),
                value=self.given_on,
                params={"given_on": self.given_on, "received_on": self.received_on},
            )


@attrs.frozen(kw_only=True)
class Council:
    """
    A public-benefit council (*rada działalności pożytku publicznego*), or a non-statutory body.

    Statutory councils are those of a municipality or county (art. 41e–41i) and of a
    voivodeship (art. 41a–41d); a body such as an NGO-only council is not statutory,
    and the composition rules of art. 41f are not applied to it.

    Args:
        name: The council's name, such as ``"Krakowska Rada Działalności Pożytku Publicznego"``.
        unit: The unit of local government whose council it is; its level decides which
            articles apply.
        statutory: Whether it is a council under art. 41a–41i (``False`` for other bodies).
        created_on: The day it was created (the creating act); ``None`` when not known.
        request: The organisations' request that led to it; ``None`` when none is recorded.
        appointment_resolutions: The resolutions on its mode of appointment, organisation and
            working (art. 41g), such as Kraków's XXXIV/432/11 and XLI/731/16.
        seats: Its seats by category (Kraków: 8 NGO, 4 council, 4 executive).
        terms: Its terms, in any order.
        opinions: Its opinions on drafts.
        notes: Editorial notes about this record, not part of the council's acts:
            its sources, and which values are illustrative.

    .. versionadded:: 0.1
    """

    name: str = attrs.field(validator=not_blank(), metadata=meta("Nazwa", "Name"))
    unit: Unit = attrs.field(metadata=meta("Jednostka samorządu", "Local government unit"))
    statutory: bool = attrs.field(
        default=True,
        metadata=meta("Rada ustawowa", "Statutory council", basis="art. 41a–41i"),
    )
    created_on: dt.date | None = attrs.field(
        validator=plausible_date(),
        default=None,
        metadata=meta("Data utworzenia", "Created on", basis="art. 41e ust. 1"),
    )
    request: CouncilRequest | None = attrs.field(
        default=None,
        metadata=meta("Wniosek o utworzenie", "Request to create", basis="art. 41e ust. 1"),
    )
    appointment_resolutions: tuple[Resolution, ...] = attrs.field(
        default=(),
        metadata=meta("Uchwały o trybie powoływania", "Appointment resolutions", basis="art. 41g"),
    )
    seats: tuple[SeatAllocation, ...] = attrs.field(
        default=(), metadata=meta("Miejsca", "Seats", basis="art. 41f")
    )
    terms: tuple[Term, ...] = attrs.field(default=(), metadata=meta("Kadencje", "Terms"))
    opinions: tuple[Opinion, ...] = attrs.field(default=(), metadata=meta("Opinie", "Opinions"))
    notes: tuple[str, ...] = attrs.field(
        default=(), metadata=meta("Uwagi redakcyjne", "Editorial notes")
    )

    @property
    def is_local(self) -> bool:
        """Whether it is a municipality's or county's council (art. 41e–41i apply)."""
        return self.unit.level != "voivodeship"

    def seats_of(self, term: Term) -> tuple[SeatAllocation, ...]:
        """The seats of *term*: its own when it states them, else the council's."""
        return term.seats or self.seats
