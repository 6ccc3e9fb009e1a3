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

- ``consultation.min_window_days`` (int): the fewest days of the window, counted by
  art. 111 § 2 of the Civil Code (the first day, when the consultation opens, is not
  counted): Kraków's 21 days opened on 2 October 2020 end on 23 October 2020, as its
  consultations did (law.md §6: 2–23 Oct 2020, 1–22 Oct 2021, 6–27 Oct 2023);
- ``consultation.min_information_days`` (int): the fewest days from the notice to the
  window's first day;
- ``consultation.min_forms`` (int): the fewest distinct forms of consultation;
- ``consultation.open_meeting_required`` (bool): whether an ``open_meeting`` or a
  ``workshop`` is required;
- ``consultation.answers_required`` (bool): whether the report answers every remark
  (``WSP-CNS-006``);
- ``consultation.justification_required`` (bool): whether a rejected remark is justified
  (``WSP-CNS-007``). The duty to answer and to justify comes from local resolutions, not
  from the act, so those two rules too report only under a profile that sets it.

Every rule of the family is in force from the 2010 amendment (12 March 2010), which gave
art. 5 ust. 5 and art. 5a; a local value applies from the local act's entry into force
(see :mod:`wspolpraca.profiles`), and a value known only from a summary of the act (its
confidence not ``confirmed``) is never an error.

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
from ._inforce import AMENDMENT_2010

__all__ = [
    "ANSWERS_REQUIRED",
    "JUSTIFICATION_REQUIRED",
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
    unit="days",
    direction="minimum",
    title=Text(
        pl="Najkrótszy czas trwania konsultacji w dniach (z uchwały konsultacyjnej gminy)",
        en="Shortest consultation window in days (from the municipality's consultation resolution)",
    ),
    values=(),
)

MIN_INFORMATION_DAYS: Parameter[int] = Parameter(
    name="consultation.min_information_days",
    unit="days",
    direction="minimum",
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
    unit="count",
    direction="minimum",
    title=Text(
        pl="Najmniejsza liczba form konsultacji (z uchwały konsultacyjnej gminy)",
        en="Fewest forms of consultation (from the municipality's consultation resolution)",
    ),
    values=(),
)

OPEN_MEETING_REQUIRED: Parameter[bool] = Parameter(
    name="consultation.open_meeting_required",
    unit="flag",
    direction="required",
    title=Text(
        pl="Czy wymagane jest otwarte spotkanie lub warsztaty (z uchwały konsultacyjnej gminy)",
        en="Whether an open meeting or a workshop is required "
        "(from the municipality's consultation resolution)",
    ),
    values=(),
)

ANSWERS_REQUIRED: Parameter[bool] = Parameter(
    name="consultation.answers_required",
    unit="flag",
    direction="required",
    title=Text(
        pl="Czy sprawozdanie zawiera stanowisko wobec każdej uwagi (z uchwały konsultacyjnej)",
        en="Whether the report answers every remark (from the consultation resolution)",
    ),
    values=(),
)

JUSTIFICATION_REQUIRED: Parameter[bool] = Parameter(
    name="consultation.justification_required",
    unit="flag",
    direction="required",
    title=Text(
        pl="Czy nieuwzględnienie uwagi wymaga uzasadnienia (z uchwały konsultacyjnej)",
        en="Whether a rejected remark must be justified (from the consultation resolution)",
    ),
    values=(),
)

OPEN_MEETING_FORMS = frozenset({"open_meeting", "workshop"})
"""The forms of consultation that satisfy :data:`OPEN_MEETING_REQUIRED`."""

PARAMETERS: tuple[Parameter[object], ...] = (  # type: ignore[assignment]
    MIN_WINDOW_DAYS,
    MIN_INFORMATION_DAYS,
    MIN_FORMS,
    OPEN_MEETING_REQUIRED,
    ANSWERS_REQUIRED,
    JUSTIFICATION_REQUIRED,
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
    days = (round_.window.end - round_.window.start).days  # art. 111 § 2 KC
    if days < dated.value:
        yield Hit(
            path=("window",),
            params={
                "start": round_.window.start,
                "end": round_.window.end,
                "days": days,
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


def _required(parameter: Parameter[bool], round_: ConsultationRound, context: Context) -> bool:
    dated = context.value(parameter, round_.window.start)
    return dated is not None and dated.value


def _unanswered(round_: ConsultationRound, context: Context) -> Iterator[Hit]:
    if round_.report is None or round_.report.published_on is None:
        return
    if not _required(ANSWERS_REQUIRED, round_, context):
        return
    for index, remark in enumerate(round_.remarks):
        if remark.answer is None:
            yield Hit(
                path=("remarks", index, "answer"),
                params={"id": remark.id, "published_on": round_.report.published_on},
            )


_NEEDS_JUSTIFICATION = frozenset({"rejected", "partly_accepted"})


def _unjustified_rejection(round_: ConsultationRound, context: Context) -> Iterator[Hit]:
    if not _required(JUSTIFICATION_REQUIRED, round_, context):
        return
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


def _local_state_names(round_: ConsultationRound, context: Context) -> Iterator[Hit]:
    names = context.local_states.get("answer_states")
    if not names:
        return
    for index, remark in enumerate(round_.remarks):
        answer = remark.answer
        if answer is None or answer.local_state is None:
            continue
        canonical = names.get(answer.local_state)
        if canonical != answer.state:
            yield Hit(
                path=("remarks", index, "answer", "local_state"),
                params={
                    "local": answer.local_state,
                    "state": answer.state,
                    "mapped": canonical if canonical is not None else "—",
                },
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
        valid_from=AMENDMENT_2010,
        parameters=(MIN_WINDOW_DAYS,),
        description=_local(
            "Dni okna liczy się według art. 111 § 2 Kodeksu cywilnego: dnia otwarcia "
            "konsultacji nie wlicza się (21 dni od 2 października kończy się 23 "
            "października), według uchwały obowiązującej w pierwszym dniu konsultacji.",
            "The window's days are counted by art. 111 § 2 of the Civil Code: the opening "
            "day is not counted (21 days from 2 October end on 23 October), under the "
            "resolution in force on the "
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
        valid_from=AMENDMENT_2010,
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
        valid_from=AMENDMENT_2010,
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
        valid_from=AMENDMENT_2010,
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
        basis=(Citation("5a", "1"), Citation("5", "2", "3"), _LOCAL),
        applies_to=ConsultationRound,
        check=_adopted_before_close,
        valid_from=AMENDMENT_2010,
        description=Text(
            pl="Organ stanowiący uchwala program „po konsultacjach” (art. 5a ust. 1); inne "
            "projekty aktów konsultuje się na podstawie art. 5 ust. 2 pkt 3 w sposób "
            "określony uchwałą z art. 5 ust. 5. Akt przyjęty w ostatnim dniu konsultacji lub "
            "wcześniej został przyjęty przed ich zakończeniem.",
            en="The council adopts the programme 'after consultations' (art. 5a(1)); other "
            "drafts are consulted under art. 5(2)(3) in the manner the resolution of art. "
            "5(5) sets. An act adopted on the last day of the window or earlier was adopted "
            "before the consultation ended.",
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
        valid_from=AMENDMENT_2010,
        parameters=(ANSWERS_REQUIRED,),
        description=Text(
            pl="Ustawa nie reguluje odpowiedzi na uwagi; obowiązek wynika z uchwały "
            "konsultacyjnej gminy, więc reguła działa tylko z profilem, który go ustawia "
            "(consultation.answers_required).",
            en="The act does not regulate answers to remarks; the duty comes from the "
            "municipality's consultation resolution, so the rule runs only under a profile "
            "that sets it (consultation.answers_required).",
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
        valid_from=AMENDMENT_2010,
        parameters=(JUSTIFICATION_REQUIRED,),
        description=Text(
            pl="Uwaga nieuwzględniona w całości (rejected) lub w części (partly_accepted) "
            "powinna mieć uzasadnienie. Wymóg pochodzi z uchwały konsultacyjnej gminy, nie z "
            "ustawy, więc reguła działa tylko z profilem, który go ustawia "
            "(consultation.justification_required).",
            en="A remark rejected in whole (rejected) or in part (partly_accepted) should "
            "have a justification. The requirement comes from the municipality's "
            "consultation resolution, not the act, so the rule runs only under a profile "
            "that sets it (consultation.justification_required).",
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
        valid_from=AMENDMENT_2010,
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
        valid_from=AMENDMENT_2010,
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
        valid_from=AMENDMENT_2010,
        description=Text(
            pl="Odwołanie do nieistniejącej uwagi to zwykle literówka w identyfikatorze "
            "albo uwaga pominięta w zapisie rundy.",
            en="A reference to a missing remark is usually a typo in an id, or a remark "
            "left out of the round's record.",
        ),
    ),
    Rule(
        code="WSP-CNS-011",
        title=Text(
            pl="Lokalna nazwa stanowiska odpowiada stanowisku kanonicznemu",
            en="A local answer state matches its canonical state",
        ),
        message=Text(
            pl="lokalne stanowisko {local!r} według profilu oznacza {mapped!r}, a uwagę "
            "oznaczono jako {state!r}",
            en="the local state {local!r} means {mapped!r} in the profile, but the remark "
            "is marked {state!r}",
        ),
        severity=Severity.WARNING,
        basis=(_LOCAL,),
        applies_to=ConsultationRound,
        check=_local_state_names,
        valid_from=AMENDMENT_2010,
        description=Text(
            pl="Profil gminy przypisuje lokalne nazwy stanowisk (np. „uwzględniona”) do "
            "stanowisk kanonicznych; nazwa spoza profilu albo przypisana innemu stanowisku "
            "to niespójność. Bez profilu reguła nie działa.",
            en="A municipal profile maps local state names (such as 'uwzględniona') onto "
            "canonical states; a name the profile does not know, or maps elsewhere, is an "
            "inconsistency. Without a profile the rule does nothing.",
        ),
    ),
)
