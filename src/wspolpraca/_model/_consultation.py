"""
A consultation round on a draft act (*konsultacje*, art. 5 ust. 2 pkt 3–4, art. 5 ust. 5, art. 5a ust. 1).

The statute requires a programme to be adopted *po konsultacjach* carried out in the manner a
local resolution sets (art. 5 ust. 5); the minimums (how long, how many forms) come from that
resolution, so they are rule parameters, never fields or constants here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import attrs

from ..errors import InconsistentError, InvalidTypeError, InvalidValueError
from ..validators import code_in, not_blank
from ._common import Period, Resolution, Unit, plausible_date
from ._fields import meta
from ._organisation import Organisation


def _non_negative(inst: object, attr: attrs.Attribute[int | None], value: int | None) -> None:
    if value is not None and value < 0:
        raise InvalidValueError(
            "negative_count", path=(attr.name,), value=value, params={"minimum": 0}
        )


def _codes_not_blank(
    inst: object, attr: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]
) -> None:
    check = not_blank()
    for index, item in enumerate(value):
        try:
            check(inst, attr, item)
        except (InvalidTypeError, InvalidValueError) as exc:
            raise type(exc)(
                exc.code, path=(attr.name, index), value=exc.value, params=exc.params
            ) from None


@attrs.frozen(kw_only=True)
class DraftAct:
    """
    The draft act a round consults: a programme, a council resolution, a regulation.

    Args:
        title: The draft's title as published for consultation.
        act_kind: What kind of act it is, free text such as ``"annual_programme"``,
            ``"multi_year_programme"``, ``"resolution"`` or ``"regulation"``.
        version: The draft's version or date as the municipality labels it; empty when unlabelled.

    .. versionadded:: 0.2
    """

    title: str = attrs.field(validator=not_blank(), metadata=meta("Tytuł projektu", "Title"))
    act_kind: str = attrs.field(validator=not_blank(), metadata=meta("Rodzaj aktu", "Kind of act"))
    version: str = attrs.field(default="", metadata=meta("Wersja projektu", "Version"))


@attrs.frozen(kw_only=True)
class ConsultationAnnouncement:
    """
    The notice that opens a round (*ogłoszenie o konsultacjach*).

    Args:
        published_on: The day the notice was published.
        channels: Where, codes of :data:`wspolpraca.codelists.PUBLICATION_CHANNELS`
            (an open list: local channels load).
        reference: An address or reference a reader can follow; empty when unknown.

    .. versionadded:: 0.2
    """

    published_on: dt.date = attrs.field(
        validator=plausible_date(), metadata=meta("Data ogłoszenia", "Date of the notice")
    )
    channels: tuple[str, ...] = attrs.field(
        default=(),
        validator=_codes_not_blank,
        metadata=meta("Miejsca ogłoszenia", "Channels", codelist="publication_channels"),
    )
    reference: str = attrs.field(default="", metadata=meta("Odnośnik", "Reference"))


@attrs.frozen(kw_only=True)
class ConsultationMeeting:
    """
    A consultation meeting: open meeting, thematic meeting or workshop.

    Args:
        held_on: The day of the meeting; a year outside 1990–2100 is refused.
        theme: What the meeting was about, such as ``"Seniorzy"``; empty for a general meeting.
        place: Where it was held; ``None`` when not stated or online only.
        online: Whether it was held online.
        moderator: The organisation that moderated it, such as an NGO running the consultation;
            ``None`` when officials moderated or it is not stated.
        participants: How many people took part; ``None`` when not recorded.

    Raises:
        InvalidValueError: *held_on* is outside 1990–2100 (``code="date_out_of_range"``),
            or *participants* is negative (``code="negative_count"``).

    .. versionadded:: 0.2
    """

    held_on: dt.date = attrs.field(
        validator=plausible_date(), metadata=meta("Data spotkania", "Date")
    )
    theme: str = attrs.field(default="", metadata=meta("Temat", "Theme"))
    place: str | None = attrs.field(default=None, metadata=meta("Miejsce", "Place"))
    online: bool = attrs.field(default=False, metadata=meta("Spotkanie online", "Online"))
    moderator: Organisation | None = attrs.field(
        default=None, metadata=meta("Moderator", "Moderator")
    )
    participants: int | None = attrs.field(
        default=None,
        validator=_non_negative,
        metadata=meta("Liczba uczestników", "Number of participants"),
    )


@attrs.frozen(kw_only=True)
class Answer:
    """
    The municipality's answer to a remark (*stanowisko wobec uwagi*).

    Args:
        state: The canonical state, a code of :data:`wspolpraca.codelists.ANSWER_STATES`
            (``accepted``, ``partly_accepted``, ``rejected``, ``not_applicable``);
            an unknown code is refused.
        local_state: The municipality's own name for the state, such as
            ``"uwaga nieuwzględniona – poza zakresem"``; ``None`` when it uses the canonical one.
        justification: Why, in the report's words; may be empty (a rule reports a
            rejection without one). Any Unicode text round-trips unchanged.

    .. versionadded:: 0.2
    """

    state: str = attrs.field(
        validator=code_in("answer_states"),
        metadata=meta("Stanowisko", "State", codelist="answer_states"),
    )
    local_state: str | None = attrs.field(
        default=None, metadata=meta("Lokalna nazwa stanowiska", "Local state name")
    )
    justification: str = attrs.field(default="", metadata=meta("Uzasadnienie", "Justification"))


@attrs.frozen(kw_only=True)
class Remark:
    """
    A remark (*uwaga*) submitted in a round, and its answer.

    Args:
        id: The remark's identifier within the round, such as ``"U-12"``; unique in the round.
        submitter: Who submitted it: an organisation's name, or the council's.
        by_council: Whether the submitter is the public-benefit council (art. 5 ust. 2 pkt 4)
            rather than an organisation.
        part: Which part of the draft it concerns, such as ``"§ 5 ust. 2"``; empty when general.
        theme: The theme it belongs to (a meeting's theme, say); ``None`` when not grouped.
        proposal: What the remark proposes.
        submitted_on: The day it was submitted; ``None`` when not recorded.
        replies_to: The id of another remark this one responds to; ``None`` for a new remark.
        answer: The municipality's answer; ``None`` while unanswered.

    Raises:
        InconsistentError: the remark replies to itself (``code="remark_replies_to_itself"``).
        InvalidValueError: *submitted_on* is outside 1990–2100.

    .. versionadded:: 0.2
    """

    id: str = attrs.field(validator=not_blank(), metadata=meta("Identyfikator", "Identifier"))
    submitter: str = attrs.field(validator=not_blank(), metadata=meta("Zgłaszający", "Submitter"))
    by_council: bool = attrs.field(
        default=False,
        metadata=meta(
            "Zgłoszona przez radę pożytku", "Submitted by the council", basis="art. 5 ust. 2 pkt 4"
        ),
    )
    part: str = attrs.field(default="", metadata=meta("Część projektu", "Part of the draft"))
    theme: str | None = attrs.field(default=None, metadata=meta("Temat", "Theme"))
    proposal: str = attrs.field(validator=not_blank(), metadata=meta("Treść uwagi", "Proposal"))
    submitted_on: dt.date | None = attrs.field(
        default=None,
        validator=plausible_date(),
        metadata=meta("Data zgłoszenia", "Date submitted"),
    )
    replies_to: str | None = attrs.field(
        default=None, metadata=meta("Odpowiedź na uwagę", "Replies to")
    )
    answer: Answer | None = attrs.field(default=None, metadata=meta("Stanowisko", "Answer"))

    def __attrs_post_init__(self) -> None:
        if self.replies_to is not None and self.replies_to == self.id:
            raise InconsistentError(
                "remark_replies_to_itself",
                path=("replies_to",),
                value=self.replies_to,
                params={"id": self.id},
            )


@attrs.frozen(kw_only=True)
class ConsultationReport:
    """
    The report on a round's results (*sprawozdanie z konsultacji*), and the act adopted after it.

    The counts of remarks by answer are not stored: they are derived from the round's
    remarks (:attr:`ConsultationRound.answer_counts`), so they can never disagree.

    Args:
        published_on: The day the report was published; ``None`` while unpublished.
        reference: Where it was published, an address or reference; empty when unknown.
        act: The act adopted after the round (its number, body and date of adoption);
            ``None`` while not adopted.
        act_reference: A link or reference to the adopted act's text; ``None`` when unknown.

    Raises:
        InvalidValueError: *published_on* is outside 1990–2100.

    .. versionadded:: 0.2
    """

    published_on: dt.date | None = attrs.field(
        default=None,
        validator=plausible_date(),
        metadata=meta("Data publikacji", "Date of publication"),
    )
    reference: str = attrs.field(default="", metadata=meta("Odnośnik", "Reference"))
    act: Resolution | None = attrs.field(
        default=None, metadata=meta("Przyjęty akt", "Adopted act", basis="art. 5a ust. 1")
    )
    act_reference: str | None = attrs.field(
        default=None, metadata=meta("Odnośnik do aktu", "Link to the act")
    )


@attrs.frozen(kw_only=True)
class ConsultationRound:
    """
    A consultation round on a draft act (*konsultacje projektu aktu*).

    Args:
        unit: The unit of local government consulting the draft.
        draft: The draft act consulted.
        window: The days remarks could be submitted, both ends included.
        organiser: The office running the round, such as ``"Wydział Spraw Społecznych UMK"``;
            ``None`` when not stated.
        legal_basis: The local consultation resolution (art. 5 ust. 5) the round follows,
            such as Kraków's CXI/2904/18; ``None`` when not stated.
        announcement: The notice that opened the round; ``None`` when not recorded.
        forms: The forms used, codes of :data:`wspolpraca.codelists.CONSULTATION_FORMS`
            (an open list: local forms load, and a rule notes them).
        participants: Who may take part, in the notice's words; empty when not stated.
        meetings: The meetings held, thematic ones included; they may fall outside the
            window (a multi-month working phase often precedes the formal one).
        remarks: The remarks submitted, with their answers; ids unique in the round.
        report: The report on results; ``None`` while none is published.
        notes: Editorial notes about this record, not part of the round:
            its sources, and which values are illustrative.

    Raises:
        InconsistentError: two remarks share an id (``code="duplicate_remark_id"``).

    .. versionadded:: 0.2
    """

    unit: Unit = attrs.field(metadata=meta("Jednostka samorządu", "Local government unit"))
    draft: DraftAct = attrs.field(metadata=meta("Projekt aktu", "Draft act"))
    window: Period = attrs.field(
        metadata=meta("Termin konsultacji", "Consultation window", basis="art. 5 ust. 5"),
    )
    organiser: str | None = attrs.field(default=None, metadata=meta("Organizator", "Organiser"))
    legal_basis: Resolution | None = attrs.field(
        default=None,
        metadata=meta("Uchwała konsultacyjna", "Consultation resolution", basis="art. 5 ust. 5"),
    )
    announcement: ConsultationAnnouncement | None = attrs.field(
        default=None, metadata=meta("Ogłoszenie", "ConsultationAnnouncement")
    )
    forms: tuple[str, ...] = attrs.field(
        default=(),
        validator=_codes_not_blank,
        metadata=meta("Formy konsultacji", "Forms", codelist="consultation_forms"),
    )
    participants: str = attrs.field(
        default="", metadata=meta("Uprawnieni do udziału", "Who may take part")
    )
    meetings: tuple[ConsultationMeeting, ...] = attrs.field(
        default=(), metadata=meta("Spotkania", "Meetings")
    )
    remarks: tuple[Remark, ...] = attrs.field(default=(), metadata=meta("Uwagi", "Remarks"))
    report: ConsultationReport | None = attrs.field(
        default=None, metadata=meta("Sprawozdanie", "Report")
    )
    notes: tuple[str, ...] = attrs.field(
        default=(), metadata=meta("Uwagi redakcyjne", "Editorial notes")
    )

    def __attrs_post_init__(self) -> None:
        seen: set[str] = set()
        for index, remark in enumerate(self.remarks):
            if remark.id in seen:
                raise InconsistentError(
                    "duplicate_remark_id",
                    path=("remarks", index, "id"),
                    value=remark.id,
                    params={"id": remark.id},
                )
            seen.add(remark.id)

    @property
    def remark_ids(self) -> frozenset[str]:
        """The ids of the round's remarks."""
        return frozenset(remark.id for remark in self.remarks)

    @property
    def answer_counts(self) -> Mapping[str, int]:
        """
        How many remarks have each canonical answer, every state listed (zeros included),
        plus ``"unanswered"``; derived from the remarks, never stored.
        """
        from ..codelists import load_codelist  # noqa: PLC0415 - codelists load lazily

        counts = dict.fromkeys(load_codelist("answer_states").codes(), 0)
        counts["unanswered"] = 0
        for remark in self.remarks:
            counts["unanswered" if remark.answer is None else remark.answer.state] += 1
        return counts

    def accepted_share(self, theme: str | None = None) -> float | None:
        """
        The share of answered remarks (of *theme*, or all when ``None``) accepted in full
        or in part; ``None`` when there are none.
        """
        answered = [
            remark.answer.state
            for remark in self.remarks
            if remark.answer is not None and (theme is None or remark.theme == theme)
        ]
        if not answered:
            return None
        accepted = sum(state in {"accepted", "partly_accepted"} for state in answered)
        return accepted / len(answered)
