"""
Rules for consultation rounds on draft acts (``WSP-CNS-*``).

Sources (law.md §2, §3.1, §6, §12):

- art. 5a ust. 1: the council adopts the programme *po konsultacjach* with NGOs and the entities
  of art. 3 ust. 3, carried out in the manner art. 5 ust. 5 sets (confirmed);
- art. 5 ust. 5: the council sets the detailed manner of consulting by a local resolution
  (secondary: read in local resolutions adopted "na podstawie art. 5 ust. 5");
- art. 5 ust. 2 pkt 3–4: consulting draft normative acts with NGOs and public-benefit councils
  is a form of cooperation (confirmed).

**Local minimums.** The statute sets no minimum length, notice, number of forms or required
meeting: art. 5 ust. 5 leaves them to each municipality's consultation resolution (Kraków's
CXI/2904/18 of 26 September 2018: at least 7 days of information, at least 21 days of
consultation, at least three forms, one of them an open meeting or a workshop; law.md §6,
secondary summary). Each is therefore a :class:`~wspolpraca.rules.Parameter` with **no
statutory values**, and its rule finds nothing unless a municipal profile supplies a local
value through the context's overrides, keyed by these stable names:

- ``consultation.min_window_days`` (int): the fewest days of the window, both ends counted;
- ``consultation.min_information_days`` (int): the fewest days from the notice to the
  window's first day;
- ``consultation.min_forms`` (int): the fewest distinct forms of consultation;
- ``consultation.open_meeting_required`` (bool): whether an ``open_meeting`` or a
  ``workshop`` is required.

A local value is looked up on the first day of the window (the resolution in force when the
round began). For example, Kraków's 21 days:

>>> import datetime as dt
>>> from wspolpraca.rules import Context, DatedValue
>>> from wspolpraca.rules.consultation import MIN_WINDOW_DAYS
>>> MIN_WINDOW_DAYS.on(dt.date(2020, 10, 2)) is None  # no statutory minimum
True
>>> krakow = {MIN_WINDOW_DAYS.name: (DatedValue(value=21, valid_from=dt.date(2018, 10, 1)),)}
>>> Context(dt.date(2020, 10, 2), krakow).value(MIN_WINDOW_DAYS).value
21
>>> Context(dt.date(2017, 10, 2), krakow).value(MIN_WINDOW_DAYS) is None
True

Pass such overrides to ``wspolpraca.rules._engine.run(round_, RULES, on=..., overrides=...)``
to check a round against a municipality's resolution.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from .._model._consultation import ConsultationRound
from .._text import Text
from ..codelists import load_codelist
from ..law import Citation, Confidence
from ._engine import Context, Hit, Parameter, Rule, Severity
from .programme import AMENDMENT_2010

__all__ = [
    "MIN_FORMS",
    "MIN_INFORMATION_DAYS",
    "MIN_WINDOW_DAYS",
    "OPEN_MEETING_FORMS",
    "OPEN_MEETING_REQUIRED",
    "PARAMETERS",
    "REFERENCE_DATES",
    "RULES",
    "reference_date",
]

_LOCAL = Citation("5", "5", confidence=Confidence.SECONDARY)
"""Art. 5 ust. 5, the delegation to the local consultation resolution (law.md §2, secondary)."""

MIN_WINDOW_DAYS: Parameter[int] = Parameter(
    name="consultation.min_window_days",
    title=Text(
        pl="Najkrótszy czas trwania konsultacji w dniach (z uchwały konsultacyjnej gminy)",
        en="Shortest consultation window in days (from the municipality's consultation resolution)",
    ),
    values=(),
)

MIN_INFORMATION_DAYS: Parameter[int] = Parameter(
    name="consultation.min_information_days",
    title=Text(
        pl="Najmniejsza liczba dni między ogłoszeniem a rozpoczęciem konsultacji "
        "(z uchwały konsultacyjnej gminy)",
        en="Fewest days between the notice and the start of the window "
        "(from the municipality's consultation resolution)",
    ),
    values=(),
)

MIN_FORMS: Parameter[int] = Parameter(
    name="consultation.min_forms",
    title=Text(
        pl="Najmniejsza liczba form konsultacji (z uchwały konsultacyjnej gminy)",
        en="Fewest forms of consultation (from the municipality's consultation resolution)",
    ),
    values=(),
)

OPEN_MEETING_REQUIRED: Parameter[bool] = Parameter(
    name="consultation.open_meeting_required",
    title=Text(
        pl="Czy wymagane jest otwarte spotkanie lub warsztaty (z uchwały konsultacyjnej gminy)",
        en="Whether an open meeting or a workshop is required "
        "(from the municipality's consultation resolution)",
    ),
    values=(),
    unit="flag",
    direction="required",
)

OPEN_MEETING_FORMS = frozenset({"open_meeting", "workshop"})
"""The forms of consultation that satisfy :data:`OPEN_MEETING_REQUIRED`."""

PARAMETERS: tuple[Parameter[object], ...] = (  # type: ignore[assignment]
    MIN_WINDOW_DAYS,
    MIN_INFORMATION_DAYS,
    MIN_FORMS,
    OPEN_MEETING_REQUIRED,
)


def reference_date(round_: ConsultationRound) -> dt.date:
    """The date whose law applies to a round: the first day of its window."""
    return round_.window.start


REFERENCE_DATES = {ConsultationRound: reference_date}
"""How to find the relevant date of each document class this family checks."""


def _window_length(round_: ConsultationRound, context: Context) -> Iterator[Hit]:
    dated = context.value(MIN_WINDOW_DAYS, round_.window.start)
    if dated is None:
        return
    if round_.window.days < dated.value:
        yield Hit(
            path=("window",),
            params={
                "start": round_.window.start,
                "end": round_.window.end,
                "days": round_.window.days,
                "minimum": dated.value,
            },
            confidence=dated.confidence,
        )


def _information_period(round_: ConsultationRound, context: Context) -> Iterator[Hit]:
    if round_.announcement is None:
        return
    dated = context.value(MIN_INFORMATION_DAYS, round_.window.start)
    if dated is None:
        return
    published_on = round_.announcement.published_on
    days = (round_.window.start - published_on).days
    if days < dated.value:
        yield Hit(
            path=("announcement", "published_on"),
            params={
                "published_on": published_on,
                "start": round_.window.start,
                "days": days,
                "minimum": dated.value,
            },
            confidence=dated.confidence,
        )


def _number_of_forms(round_: ConsultationRound, context: Context) -> Iterator[Hit]:
    dated = context.value(MIN_FORMS, round_.window.start)
    if dated is None:
        return
    count = len(set(round_.forms))
    if count < dated.value:
        yield Hit(
            path=("forms",),
            params={"count": count, "minimum": dated.value, "forms": round_.forms or "—"},
            confidence=dated.confidence,
        )


def _open_meeting(round_: ConsultationRound, context: Context) -> Iterator[Hit]:
    dated = context.value(OPEN_MEETING_REQUIRED, round_.window.start)
    if dated is None or not dated.value:
        return
    if not OPEN_MEETING_FORMS.intersection(round_.forms):
        yield Hit(
            path=("forms",),
            params={"forms": round_.forms or "—"},
            confidence=dated.confidence,
        )


def _adopted_before_close(round_: ConsultationRound, context: Context) -> Iterator[Hit]:
    report = round_.report
    if report is None or report.act is None:
        return
    adopted_on = report.act.adopted_on
    if adopted_on <= round_.window.end:
        yield Hit(
            path=("report", "act", "adopted_on"),
            params={"adopted_on": adopted_on, "end": round_.window.end},
        )


def _unanswered(round_: ConsultationRound, context: Context) -> Iterator[Hit]:
    if round_.report is None or round_.report.published_on is None:
        return
    for index, remark in enumerate(round_.remarks):
        if remark.answer is None:
            yield Hit(
                path=("remarks", index, "answer"),
                params={"id": remark.id, "published_on": round_.report.published_on},
            )


_NEEDS_JUSTIFICATION = frozenset({"rejected", "partly_accepted"})


def _unjustified_rejection(round_: ConsultationRound, context: Context) -> Iterator[Hit]:
    for index, remark in enumerate(round_.remarks):
        answer = remark.answer
        if (
            answer is not None
            and answer.state in _NEEDS_JUSTIFICATION
            and not answer.justification.strip()
        ):
            yield Hit(
                path=("remarks", index, "answer", "justification"),
                params={"id": remark.id, "state": answer.state},
            )


def _report_after_adoption(round_: ConsultationRound, context: Context) -> Iterator[Hit]:
    report = round_.report
    if report is None or report.published_on is None or report.act is None:
        return
    if report.published_on > report.act.adopted_on:
        yield Hit(
            path=("report", "published_on"),
            params={
                "published_on": report.published_on,
                "adopted_on": report.act.adopted_on,
                "days": (report.published_on - report.act.adopted_on).days,
            },
        )


def _local_forms(round_: ConsultationRound, context: Context) -> Iterator[Hit]:
    forms = load_codelist("consultation_forms")
    for index, form in enumerate(round_.forms):
        if form not in forms:
            yield Hit(path=("forms", index), params={"form": form})


def _dangling_replies(round_: ConsultationRound, context: Context) -> Iterator[Hit]:
    ids = round_.remark_ids
    for index, remark in enumerate(round_.remarks):
        if remark.replies_to is not None and remark.replies_to not in ids:
            yield Hit(
                path=("remarks", index, "replies_to"),
                params={"id": remark.id, "replies_to": remark.replies_to},
            )


_LOCAL_NOTE = Text(
    pl=" Ustawa nie określa minimum: wartość pochodzi z uchwały konsultacyjnej gminy "
    "(art. 5 ust. 5), więc bez profilu gminy reguła niczego nie zgłasza.",
    en=" The act sets no minimum: the value comes from the municipality's consultation "
    "resolution (art. 5(5)), so without a municipal profile the rule reports nothing.",
)


def _local(pl: str, en: str) -> Text:
    return Text(pl=pl + _LOCAL_NOTE.pl, en=en + _LOCAL_NOTE.en)


RULES: tuple[Rule, ...] = (
    Rule(
        code="WSP-CNS-001",
        title=Text(
            pl="Konsultacje trwają co najmniej tyle, ile wymaga uchwała konsultacyjna",
            en="The window is at least as long as the consultation resolution requires",
        ),
        message=Text(
            pl="konsultacje {start} – {end} trwały {days} dni, krócej niż wymagane "
            "co najmniej {minimum} dni",
            en="the consultation {start} – {end} lasted {days} days, shorter than "
            "the required {minimum} days",
        ),
        severity=Severity.ERROR,
        basis=(Citation("5a", "1"), _LOCAL),
        applies_to=ConsultationRound,
        check=_window_length,
        parameters=(MIN_WINDOW_DAYS,),
        description=_local(
            "Dni okna liczy się łącznie z pierwszym i ostatnim dniem (liczenie "
            "najłagodniejsze dla gminy), według uchwały obowiązującej w pierwszym dniu "
            "konsultacji.",
            "The window's days are counted with both its first and last day (the count "
            "most lenient to the municipality), under the resolution in force on the "
            "window's first day.",
        ),
    ),
    Rule(
        code="WSP-CNS-002",
        title=Text(
            pl="Ogłoszenie wyprzedza konsultacje o wymaganą liczbę dni",
            en="The notice precedes the window by the required number of days",
        ),
        message=Text(
            pl="konsultacje ogłoszono {published_on}, {days} dni przed ich rozpoczęciem "
            "{start}; wymagane co najmniej {minimum} dni",
            en="the consultation was announced on {published_on}, {days} days before it "
            "started on {start}; at least {minimum} days are required",
        ),
        severity=Severity.WARNING,
        basis=(_LOCAL,),
        applies_to=ConsultationRound,
        check=_information_period,
        parameters=(MIN_INFORMATION_DAYS,),
        description=_local(
            "Liczy się dni od dnia ogłoszenia do dnia rozpoczęcia konsultacji. Sposób "
            "liczenia okresu informacyjnego różni się między uchwałami, dlatego to "
            "ostrzeżenie. Runda bez zapisanego ogłoszenia nie jest oceniana.",
            "Days are counted from the day of the notice to the first day of the window. "
            "Resolutions count the information period differently, so this is a warning. "
            "A round without a recorded notice is not assessed.",
        ),
    ),
    Rule(
        code="WSP-CNS-003",
        title=Text(
            pl="Liczba form konsultacji nie mniejsza niż wymaga uchwała konsultacyjna",
            en="At least as many forms of consultation as the resolution requires",
        ),
        message=Text(
            pl="użyto {count} form konsultacji ({forms}), wymagane co najmniej {minimum}",
            en="{count} forms of consultation were used ({forms}), at least {minimum} are required",
        ),
        severity=Severity.WARNING,
        basis=(_LOCAL,),
        applies_to=ConsultationRound,
        check=_number_of_forms,
        parameters=(MIN_FORMS,),
        description=_local(
            "Liczy się różne formy wymienione w rundzie. Co uchwała uznaje za odrębną "
            "formę, bywa sporne, dlatego to ostrzeżenie.",
            "Distinct forms listed in the round are counted. What a resolution treats as "
            "a separate form can be disputed, so this is a warning.",
        ),
    ),
    Rule(
        code="WSP-CNS-004",
        title=Text(
            pl="Otwarte spotkanie lub warsztaty, gdy wymaga ich uchwała konsultacyjna",
            en="An open meeting or a workshop where the resolution requires one",
        ),
        message=Text(
            pl="wśród form konsultacji ({forms}) nie ma otwartego spotkania ani warsztatów, "
            "których wymaga uchwała konsultacyjna",
            en="the forms of consultation ({forms}) include neither an open meeting nor "
            "a workshop, which the consultation resolution requires",
        ),
        severity=Severity.WARNING,
        basis=(_LOCAL,),
        applies_to=ConsultationRound,
        check=_open_meeting,
        parameters=(OPEN_MEETING_REQUIRED,),
        description=_local(
            "Wymóg spełnia forma open_meeting albo workshop (tak Kraków, uchwała "
            "CXI/2904/18, według streszczenia wtórnego).",
            "The form open_meeting or workshop meets the requirement (as in Kraków, "
            "resolution CXI/2904/18, per a secondary summary).",
        ),
    ),
    Rule(
        code="WSP-CNS-005",
        title=Text(
            pl="Akt przyjęty dopiero po zakończeniu konsultacji",
            en="The act is adopted only after the consultation closes",
        ),
        message=Text(
            pl="akt przyjęto {adopted_on}, zanim zakończyły się konsultacje ({end})",
            en="the act was adopted on {adopted_on}, before the consultation closed ({end})",
        ),
        severity=Severity.ERROR,
        basis=(Citation("5a", "1"),),
        applies_to=ConsultationRound,
        check=_adopted_before_close,
        valid_from=AMENDMENT_2010,
        description=Text(
            pl="Organ stanowiący uchwala program „po konsultacjach” (art. 5a ust. 1). Akt "
            "przyjęty w ostatnim dniu konsultacji lub wcześniej został przyjęty przed ich "
            "zakończeniem.",
            en="The council adopts the programme 'after consultations' (art. 5a(1)). An act "
            "adopted on the last day of the window or earlier was adopted before the "
            "consultation ended.",
        ),
    ),
    Rule(
        code="WSP-CNS-006",
        title=Text(
            pl="Każda uwaga ma stanowisko w opublikowanym sprawozdaniu",
            en="Every remark has an answer once the report is published",
        ),
        message=Text(
            pl="uwaga {id!r} nie ma stanowiska, choć sprawozdanie opublikowano {published_on}",
            en="the remark {id!r} has no answer, although the report was published "
            "on {published_on}",
        ),
        severity=Severity.WARNING,
        basis=(_LOCAL,),
        applies_to=ConsultationRound,
        check=_unanswered,
        description=Text(
            pl="Ustawa nie reguluje odpowiedzi na uwagi; uchwały konsultacyjne zwykle "
            "wymagają sprawozdania z wynikami, dlatego to ostrzeżenie.",
            en="The act does not regulate answers to remarks; consultation resolutions "
            "usually require a report of the results, so this is a warning.",
        ),
    ),
    Rule(
        code="WSP-CNS-007",
        title=Text(
            pl="Nieuwzględnienie uwagi ma uzasadnienie",
            en="A rejected remark has a justification",
        ),
        message=Text(
            pl="uwaga {id!r} ma stanowisko {state} bez uzasadnienia",
            en="the remark {id!r} is answered {state} without a justification",
        ),
        severity=Severity.WARNING,
        basis=(_LOCAL,),
        applies_to=ConsultationRound,
        check=_unjustified_rejection,
        description=Text(
            pl="Uwaga nieuwzględniona w całości (rejected) lub w części (partly_accepted) "
            "powinna mieć uzasadnienie. Wymóg pochodzi z uchwał konsultacyjnych, nie z "
            "ustawy, dlatego to ostrzeżenie.",
            en="A remark rejected in whole (rejected) or in part (partly_accepted) should "
            "have a justification. The requirement comes from consultation resolutions, "
            "not the act, so this is a warning.",
        ),
    ),
    Rule(
        code="WSP-CNS-008",
        title=Text(
            pl="Sprawozdanie z konsultacji opublikowane przed przyjęciem aktu",
            en="The consultation report is published before the act is adopted",
        ),
        message=Text(
            pl="sprawozdanie opublikowano {published_on}, {days} dni po przyjęciu aktu "
            "({adopted_on})",
            en="the report was published on {published_on}, {days} days after the act "
            "was adopted ({adopted_on})",
        ),
        severity=Severity.WARNING,
        basis=(Citation("5a", "1"), _LOCAL),
        applies_to=ConsultationRound,
        check=_report_after_adoption,
        description=Text(
            pl="Rada powinna znać wyniki konsultacji, gdy uchwala akt; sprawozdanie "
            "opublikowane później sugeruje, że ich nie znała. Ustawa nie wymaga tego "
            "wprost, dlatego to ostrzeżenie.",
            en="The council should know the results of the consultation when it adopts "
            "the act; a report published afterwards suggests it did not. The act does not "
            "require this explicitly, so this is a warning.",
        ),
    ),
    Rule(
        code="WSP-CNS-009",
        title=Text(
            pl="Forma konsultacji spoza listy form",
            en="A form of consultation outside the list of forms",
        ),
        message=Text(
            pl="forma konsultacji {form!r} nie należy do listy consultation_forms "
            "(lista jest otwarta)",
            en="the form of consultation {form!r} is not in the list consultation_forms "
            "(the list is open)",
        ),
        severity=Severity.INFO,
        basis=(_LOCAL,),
        applies_to=ConsultationRound,
        check=_local_forms,
        description=Text(
            pl="Formy konsultacji określa uchwała gminy; lokalna forma jest dozwolona, "
            "ale nie liczy się jako otwarte spotkanie w regule WSP-CNS-004.",
            en="The municipality's resolution sets the forms; a local form is allowed, "
            "but does not count as an open meeting for rule WSP-CNS-004.",
        ),
    ),
    Rule(
        code="WSP-CNS-010",
        title=Text(
            pl="Uwaga odpowiada na istniejącą uwagę",
            en="A remark replies to an existing remark",
        ),
        message=Text(
            pl="uwaga {id!r} odpowiada na uwagę {replies_to!r}, której nie ma w rundzie",
            en="the remark {id!r} replies to the remark {replies_to!r}, which is not in the round",
        ),
        severity=Severity.WARNING,
        basis=(_LOCAL,),
        applies_to=ConsultationRound,
        check=_dangling_replies,
        description=Text(
            pl="Odwołanie do nieistniejącej uwagi to zwykle literówka w identyfikatorze "
            "albo uwaga pominięta w zapisie rundy.",
            en="A reference to a missing remark is usually a typo in an id, or a remark "
            "left out of the round's record.",
        ),
    ),
)
