"""
Rules for public-benefit councils, their terms, members and opinions (``WSP-CNC-*``).

Sources (law.md §5, §0.3, §7.1, §12):

- art. 41e ust. 1: the executive of a gmina or powiat creates a council on the joint request
  of at least 5 NGOs or art. 3 ust. 3 entities, within 2 months of the request (confirmed in
  the current text); before the 2015 amendment creation was optional (confirmed);
- art. 41e ust. 3: the term is 3 years; it was 2 years before the 2015 amendment (confirmed
  both ways). The amendment is the act of 5 August 2015, Dz.U. 2015 poz. 1339, in force
  **9 November 2015** (secondary: law.md §13; instytutrp.org dates the new obligations
  "od 9 listopada 2015 r."; a Sejm committee bill of 8 April 2015 was found, §12), so the
  values that depend on the cut-over are secondary;
- art. 41f: the composition of a gmina or powiat council, NGO representatives making up
  at least half of the members (pkt 3, confirmed);
- art. 41g: the council's resolution sets the mode of appointment (confirmed);
- art. 41a: a voivodeship council is created on the request of at least 50 organisations
  (secondary);
- art. 41i ust. 2: the council gives its opinion on a draft cooperation programme or
  development strategy within 14 days of receiving it; no opinion in time is a waiver
  (confirmed). The term is set for those drafts only, not for every draft resolution of
  ust. 1 pkt 2; it is counted by art. 111 § 2 of the Civil Code (the day of delivery is
  not counted: a draft delivered on 2 October may be given its opinion until 16 October);
- every rule is in force from the 2010 amendment (12 March 2010) that introduced
  art. 41a–41i.

Not here: a programme whose draft went to the council without the council's opinion
attached (art. 5a ust. 2a) needs the link between a programme and its consultation,
which the model does not have yet.
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import math
from collections.abc import Iterator
from fractions import Fraction
from typing import Any

from .._model._council import Council, Membership, Opinion, SeatAllocation, Term
from .._text import Text
from ..codelists import load_codelist
from ..errors import Path
from ..law import Citation, Confidence
from ._engine import Context, DatedValue, Hit, Parameter, Rule, Severity, weakest
from ._inforce import AMENDMENT_2010, AMENDMENT_2015, BEFORE_2015

__all__ = [
    "AMENDMENT_2015",
    "CREATION_DEADLINE",
    "NGO_SHARE",
    "OPINION_DEADLINE",
    "PARAMETERS",
    "REFERENCE_DATES",
    "REQUEST_MINIMUM",
    "RULES",
    "TERM_LENGTH",
    "VOIVODESHIP_REQUEST_MINIMUM",
    "reference_date",
]

_BEFORE_2015 = BEFORE_2015

_CUTOVER_NOTE = (
    "The 2015 amendment is the act of 5 August 2015, Dz.U. 2015 poz. 1339, in force "
    "9 November 2015 (secondary: law.md §13; instytutrp.org dates its programme obligations "
    "'od 9 listopada 2015 r.')."
)

TERM_LENGTH: Parameter[int] = Parameter(
    name="council.term_years",
    unit="count",
    direction="fixed",
    title=Text(
        pl="Długość kadencji gminnej lub powiatowej rady działalności pożytku publicznego (lata)",
        en="Term of a municipal or county public-benefit council (years)",
    ),
    values=(
        DatedValue(
            value=2,
            valid_from=AMENDMENT_2010,
            valid_to=_BEFORE_2015,
            basis=Citation("41e"),
            confidence=Confidence.SECONDARY,
            note="2 years in the pre-2015 text (prawo-pl.com art. 41e, old version); "
            + _CUTOVER_NOTE,
        ),
        DatedValue(
            value=3,
            valid_from=AMENDMENT_2015,
            basis=Citation("41e", "3"),
            confidence=Confidence.SECONDARY,
            note="3 years in the current text (inforlex.pl, Dz.U. 2023 poz. 571); " + _CUTOVER_NOTE,
        ),
    ),
)

NGO_SHARE: Parameter[Fraction] = Parameter(
    name="council.ngo_minimum_share",
    unit="fraction",
    direction="minimum",
    title=Text(
        pl="Najmniejszy udział przedstawicieli organizacji pozarządowych w radzie",
        en="Smallest share of NGO representatives on a council",
    ),
    values=(
        DatedValue(
            value=Fraction(1, 2),
            valid_from=AMENDMENT_2010,
            basis=Citation("41f", None, "3"),
            note="'co najmniej połowę członków' confirmed (prawo-pl.com art. 41f; law.md §5).",
        ),
    ),
)

CREATION_DEADLINE: Parameter[int] = Parameter(
    name="council.creation_deadline_months",
    unit="count",
    direction="maximum",
    title=Text(
        pl="Termin utworzenia rady od złożenia wniosku (miesiące)",
        en="Deadline for creating a council after the request (months)",
    ),
    values=(
        DatedValue(
            value=2,
            valid_from=AMENDMENT_2015,
            basis=Citation("41e", "1"),
            confidence=Confidence.SECONDARY,
            note="2 months confirmed in the current text; creation was optional before the "
            "2015 amendment. " + _CUTOVER_NOTE,
        ),
    ),
)

REQUEST_MINIMUM: Parameter[int] = Parameter(
    name="council.request_minimum",
    unit="count",
    direction="maximum",
    title=Text(
        pl="Najmniejsza liczba organizacji we wniosku o utworzenie gminnej lub powiatowej rady",
        en="Fewest organisations making a request for a municipal or county council",
    ),
    values=(
        DatedValue(
            value=5,
            valid_from=AMENDMENT_2015,
            basis=Citation("41e", "1"),
            confidence=Confidence.SECONDARY,
            note="'co najmniej 5' confirmed in the current text. " + _CUTOVER_NOTE,
        ),
    ),
)

VOIVODESHIP_REQUEST_MINIMUM: Parameter[int] = Parameter(
    name="council.voivodeship_request_minimum",
    unit="count",
    direction="maximum",
    title=Text(
        pl="Najmniejsza liczba organizacji we wniosku o utworzenie wojewódzkiej rady",
        en="Fewest organisations making a request for a voivodeship council",
    ),
    values=(
        DatedValue(
            value=50,
            valid_from=AMENDMENT_2010,
            basis=Citation("41a", "1", confidence=Confidence.SECONDARY),
            confidence=Confidence.SECONDARY,
            note="'przynajmniej 50 organizacji' (instytutrp.org), not read in the act; "
            "the date it applies from is not checked.",
        ),
    ),
)

OPINION_DEADLINE: Parameter[int] = Parameter(
    name="council.opinion_deadline_days",
    unit="days",
    direction="minimum",
    title=Text(
        pl="Termin wydania opinii o projekcie programu lub strategii (dni)",
        en="Deadline for an opinion on a draft programme or strategy (days)",
    ),
    values=(
        DatedValue(
            value=14,
            valid_from=AMENDMENT_2010,
            basis=Citation("41i", "2"),
            note="14 days from delivery confirmed (standardyprawa.pl art. 41i); the councils "
            "of art. 41e–41i came with the 2010 amendment.",
        ),
    ),
)

LOCAL_SEATS: dict[str, Parameter[int]] = {
    category: Parameter(
        name=f"council.local_seats_{category}",
        unit="count",
        direction="any",
        title=Text(
            pl=f"Liczba miejsc kategorii {category} w radzie według uchwały z art. 41g",
            en=f"Seats of the category {category} on the council under the art. 41g resolution",
        ),
        values=(),
    )
    for category in ("ngo", "council_members", "executive")
}
"""
The seat split a council's own resolution (art. 41g) sets, by seat category: no statutory
values, only a municipal profile's (Kraków's XLI/731/16: 8 NGO, 4 City Council, 4 Mayor).
"""

PARAMETERS: tuple[Parameter[Any], ...] = (
    *LOCAL_SEATS.values(),
    TERM_LENGTH,
    NGO_SHARE,
    CREATION_DEADLINE,
    REQUEST_MINIMUM,
    VOIVODESHIP_REQUEST_MINIMUM,
    OPINION_DEADLINE,
)

TERM_TOLERANCE = dt.timedelta(days=62)
"""
How far a term's end may be from the statutory length before it is reported: terms start
with an appointing order or a first meeting, so a term within two months of the statutory
length is taken to be one. Not a legal limit.
"""

_OPINION_TASKS = frozenset({"strategy_opinion", "resolution_opinion"})
"""The tasks of art. 41i ust. 1 whose drafts art. 41i ust. 2 may speak of (strategies, programmes)."""


def _is_programme_draft(draft: str) -> bool:
    """
    Whether *draft* names a draft programme (its title says *program*, as the calendar
    reads it): the record's task code says it is a draft resolution on cooperation.
    """
    return "program" in draft.casefold()


def _has_statutory_term(opinion: Opinion) -> bool:
    """
    Whether art. 41i ust. 2 sets the 14 days for *opinion*: only for a draft cooperation
    programme or a draft development strategy, not for every draft resolution.
    """
    if opinion.task == "strategy_opinion":
        return True
    return opinion.task == "resolution_opinion" and _is_programme_draft(opinion.draft)


def reference_date(council: Council) -> dt.date:
    """
    The date whose law applies to *council*: the start of its latest term, else its creation,
    else its request, else its latest opinion; today when the record carries no date at all.
    """
    if council.terms:
        return max(term.start for term in council.terms)
    if council.created_on is not None:
        return council.created_on
    if council.request is not None:
        return council.request.submitted_on
    days = [
        day
        for opinion in council.opinions
        for day in (opinion.received_on, opinion.given_on)
        if day is not None
    ]
    return max(days) if days else dt.datetime.now(dt.UTC).date()


REFERENCE_DATES = {Council: reference_date}
"""How to find the relevant date of each document class this family checks."""


def _add_months(day: dt.date, months: int) -> dt.date:
    """*day* moved by *months* calendar months, clamped to the month's last day."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _statutory_local(council: Council) -> bool:
    return council.statutory and council.is_local


def _category_label(code: str) -> Text:
    entry = load_codelist("seat_categories").get(code)
    return Text(pl=code, en=code) if entry is None else Text(pl=entry.label_pl, en=entry.label_en)


def _span(membership: Membership, term: Term) -> tuple[dt.date, dt.date]:
    start = membership.start or term.start
    end = membership.end or term.end or dt.date.max
    return start, end


def _person_key(name: str) -> str:
    return " ".join(name.split()).casefold()


# ---------------------------------------------------------------------------------------
# Checks


def _ngo_share(council: Council, context: Context) -> Iterator[Hit]:
    if not _statutory_local(council):
        return
    sets: list[tuple[Path, tuple[SeatAllocation, ...], dt.date]] = [
        (("seats",), council.seats, context.on)
    ]
    sets.extend(
        (("terms", index, "seats"), term.seats, term.start)
        for index, term in enumerate(council.terms)
        if term.seats
    )
    for path, seats, day in sets:
        total = sum(seat.seats for seat in seats)
        dated = context.value(NGO_SHARE, day)
        if not total or dated is None:
            continue
        ngo = sum(seat.seats for seat in seats if seat.category == "ngo")
        if Fraction(ngo, total) < dated.value:
            yield Hit(
                path=path,
                params={"ngo": ngo, "total": total, "minimum": math.ceil(total * dated.value)},
                confidence=dated.confidence,
            )


def _seat_sets(
    council: Council, context: Context
) -> list[tuple[Path, tuple[SeatAllocation, ...], dt.date]]:
    sets: list[tuple[Path, tuple[SeatAllocation, ...], dt.date]] = []
    if council.seats:
        sets.append((("seats",), council.seats, context.on))
    sets.extend(
        (("terms", index, "seats"), term.seats, term.start)
        for index, term in enumerate(council.terms)
        if term.seats
    )
    return sets


_PUBLIC_SIDE = ("council_members", "executive")
"""art. 41f pkt 1–2: representatives of the council (organ stanowiący) and of the executive."""


def _public_side(council: Council, context: Context) -> Iterator[Hit]:
    if not _statutory_local(council):
        return
    for path, seats, _day in _seat_sets(council, context):
        present = {seat.category for seat in seats if seat.seats > 0}
        for category in _PUBLIC_SIDE:
            if category not in present:
                yield Hit(path=path, params={"category": _category_label(category)})


def _local_split(council: Council, context: Context) -> Iterator[Hit]:
    if not _statutory_local(council):
        return
    for path, seats, day in _seat_sets(council, context):
        counts = dict.fromkeys(LOCAL_SEATS, 0)
        for seat in seats:
            if seat.category in counts:
                counts[seat.category] += seat.seats
        for category, parameter in LOCAL_SEATS.items():
            dated = context.value(parameter, day)
            if dated is not None and counts[category] != dated.value:
                yield Hit(
                    path=path,
                    params={
                        "category": _category_label(category),
                        "seats": counts[category],
                        "expected": dated.value,
                    },
                    confidence=dated.confidence,
                )


def _term_length(council: Council, context: Context) -> Iterator[Hit]:
    if not _statutory_local(council):
        return
    for index, term in enumerate(council.terms):
        dated = context.value(TERM_LENGTH, term.start)
        if term.end is None or dated is None:
            continue
        expected_end = _add_months(term.start, 12 * dated.value) - dt.timedelta(days=1)
        if abs(term.end - expected_end) > TERM_TOLERANCE:
            yield Hit(
                path=("terms", index, "end"),
                params={
                    "number": term.number,
                    "start": term.start,
                    "end": term.end,
                    "years": dated.value,
                    "expected_end": expected_end,
                },
                confidence=dated.confidence,
            )


def _consecutive_terms(council: Council) -> Iterator[tuple[int, Term, int, Term]]:
    ordered = sorted(enumerate(council.terms), key=lambda pair: (pair[1].start, pair[0]))
    for (first_index, first), (second_index, second) in itertools.pairwise(ordered):
        yield first_index, first, second_index, second


def _overlapping_terms(council: Council, context: Context) -> Iterator[Hit]:
    for _, first, second_index, second in _consecutive_terms(council):
        if first.end is not None and second.start <= first.end:
            yield Hit(
                path=("terms", second_index, "start"),
                params={
                    "number": second.number,
                    "start": second.start,
                    "previous": first.number,
                    "previous_end": first.end,
                },
            )


def _gaps_between_terms(council: Council, context: Context) -> Iterator[Hit]:
    for _, first, second_index, second in _consecutive_terms(council):
        if first.end is not None and (second.start - first.end).days > 1:
            yield Hit(
                path=("terms", second_index, "start"),
                params={
                    "number": second.number,
                    "start": second.start,
                    "previous": first.number,
                    "previous_end": first.end,
                    "days": (second.start - first.end).days - 1,
                },
            )


def _membership_outside_term(council: Council, context: Context) -> Iterator[Hit]:
    for term_index, term in enumerate(council.terms):
        last = term.end or dt.date.max
        for index, membership in enumerate(term.memberships):
            for field in ("start", "end"):
                day: dt.date | None = getattr(membership, field)
                if day is not None and not term.start <= day <= last:
                    yield Hit(
                        path=("terms", term_index, "memberships", index, field),
                        params={
                            "person": membership.person,
                            "day": day,
                            "number": term.number,
                            "start": term.start,
                            "end": "…" if term.end is None else term.end,
                        },
                    )
                    break


def _two_seats_at_once(council: Council, context: Context) -> Iterator[Hit]:
    for term_index, term in enumerate(council.terms):
        for index, membership in enumerate(term.memberships):
            start, end = _span(membership, term)
            for earlier_index, earlier in enumerate(term.memberships[:index]):
                if _person_key(earlier.person) != _person_key(membership.person):
                    continue
                earlier_start, earlier_end = _span(earlier, term)
                if start <= earlier_end and earlier_start <= end:
                    yield Hit(
                        path=("terms", term_index, "memberships", index, "person"),
                        params={
                            "person": membership.person,
                            "other": earlier_index,
                            "number": term.number,
                        },
                    )
                    break


def _most_at_once(spans: list[tuple[dt.date, dt.date]]) -> int:
    return max(
        (sum(1 for start, end in spans if start <= day <= end) for day, _ in spans), default=0
    )


def _members_over_seats(council: Council, context: Context) -> Iterator[Hit]:
    for term_index, term in enumerate(council.terms):
        allocation = council.seats_of(term)
        if not allocation or not term.memberships:
            continue
        seats: dict[str, int] = {}
        for seat in allocation:
            seats[seat.category] = seats.get(seat.category, 0) + seat.seats
        spans: dict[str, list[tuple[dt.date, dt.date]]] = {}
        for membership in term.memberships:
            spans.setdefault(membership.category, []).append(_span(membership, term))
        for category, held in spans.items():
            members = _most_at_once(held)
            if members > seats.get(category, 0):
                yield Hit(
                    path=("terms", term_index, "memberships"),
                    params={
                        "category": _category_label(category),
                        "members": members,
                        "seats": seats.get(category, 0),
                        "number": term.number,
                    },
                )


def _creation_deadline(council: Council, context: Context) -> Iterator[Hit]:
    request = council.request
    if not _statutory_local(council) or request is None or council.created_on is None:
        return
    deadline_value = context.value(CREATION_DEADLINE, request.submitted_on)
    minimum = context.value(REQUEST_MINIMUM, request.submitted_on)
    if deadline_value is None or minimum is None or request.organisations < minimum.value:
        return
    deadline = _add_months(request.submitted_on, deadline_value.value)
    if council.created_on > deadline:
        yield Hit(
            path=("created_on",),
            params={
                "created_on": council.created_on,
                "submitted_on": request.submitted_on,
                "organisations": request.organisations,
                "months": deadline_value.value,
                "deadline": deadline,
                "days": (council.created_on - deadline).days,
            },
            confidence=weakest((deadline_value.confidence, minimum.confidence)),
        )


def _request_threshold(council: Council, context: Context) -> Iterator[Hit]:
    request = council.request
    if not council.statutory or request is None:
        return
    parameter = REQUEST_MINIMUM if council.is_local else VOIVODESHIP_REQUEST_MINIMUM
    minimum = context.value(parameter, request.submitted_on)
    if minimum is not None and request.organisations < minimum.value:
        yield Hit(
            path=("request", "organisations"),
            params={"organisations": request.organisations, "minimum": minimum.value},
            confidence=minimum.confidence,
        )


def _opinion_deadline(council: Council, context: Context) -> Iterator[Hit]:
    if not _statutory_local(council):
        return
    for index, opinion in enumerate(council.opinions):
        if opinion.received_on is None or opinion.given_on is None:
            continue
        if not _has_statutory_term(opinion):
            continue
        dated = context.value(OPINION_DEADLINE, opinion.received_on)
        if dated is None:
            continue
        deadline = opinion.received_on + dt.timedelta(days=dated.value)
        if opinion.given_on > deadline:
            yield Hit(
                path=("opinions", index, "given_on"),
                params={
                    "draft": opinion.draft,
                    "received_on": opinion.received_on,
                    "given_on": opinion.given_on,
                    "days": dated.value,
                    "deadline": deadline,
                },
                confidence=dated.confidence,
            )


RULES: tuple[Rule, ...] = (
    Rule(
        code="WSP-CNC-001",
        title=Text(
            pl="Przedstawiciele organizacji pozarządowych stanowią co najmniej połowę rady",
            en="NGO representatives make up at least half of the council",
        ),
        message=Text(
            pl="organizacje pozarządowe mają {ngo} z {total} miejsc, "
            "oczekiwano co najmniej {minimum}",
            en="NGOs hold {ngo} of {total} seats, expected at least {minimum}",
        ),
        severity=Severity.ERROR,
        basis=(Citation("41f", None, "3"),),
        applies_to=Council,
        check=_ngo_share,
        valid_from=AMENDMENT_2010,
        parameters=(NGO_SHARE,),
        description=Text(
            pl="W gminnej lub powiatowej radzie działalności pożytku publicznego przedstawiciele "
            "organizacji pozarządowych i podmiotów z art. 3 ust. 3 stanowią co najmniej połowę "
            "członków. Reguła liczy miejsca rady i kadencji, które podają własne miejsca; nie "
            "dotyczy rad wojewódzkich ani ciał pozaustawowych (np. rady samych organizacji).",
            en="On a municipal or county public-benefit council, representatives of NGOs and "
            "art. 3(3) entities make up at least half of the members. The rule counts the "
            "council's seats and those of terms that state their own; it does not apply to "
            "voivodeship councils or non-statutory bodies (such as an NGO-only council).",
        ),
    ),
    Rule(
        code="WSP-CNC-002",
        title=Text(
            pl="Kadencja rady trwa tyle, ile przewidywało prawo w dniu jej rozpoczęcia",
            en="A council's term lasts as long as the law in force at its start says",
        ),
        message=Text(
            pl="kadencja {number} ({start} – {end}) nie trwa {years} lat, "
            "oczekiwano końca około {expected_end}",
            en="term {number} ({start} – {end}) does not last {years} years, "
            "expected it to end about {expected_end}",
        ),
        severity=Severity.WARNING,
        basis=(Citation("41e", "3"),),
        applies_to=Council,
        check=_term_length,
        valid_from=AMENDMENT_2010,
        parameters=(TERM_LENGTH,),
        description=Text(
            pl="Kadencja gminnej lub powiatowej rady trwała 2 lata przed nowelizacją z 2015 r. "
            "i trwa 3 lata po niej. Data wejścia w życie nowelizacji nie jest potwierdzona "
            "(przyjęto 9 listopada 2015 r.), dlatego to ostrzeżenie. Odchylenie do dwóch "
            "miesięcy nie jest zgłaszane.",
            en="The term of a municipal or county council was 2 years before the 2015 "
            "amendment and is 3 years after it. The amendment's in-force date is unconfirmed "
            "(9 November 2015 is assumed), so this is a warning. A difference of up to two "
            "months is not reported.",
        ),
    ),
    Rule(
        code="WSP-CNC-003",
        title=Text(
            pl="Kadencje rady nie nakładają się",
            en="A council's terms do not overlap",
        ),
        message=Text(
            pl="kadencja {number} zaczyna się {start}, przed końcem kadencji {previous} "
            "({previous_end})",
            en="term {number} starts on {start}, before term {previous} ends ({previous_end})",
        ),
        severity=Severity.WARNING,
        basis=(Citation("41e", "3"),),
        applies_to=Council,
        check=_overlapping_terms,
        valid_from=AMENDMENT_2010,
        description=Text(
            pl="Rada ma w danym dniu jedną kadencję; nakładające się kadencje to zwykle "
            "błąd w datach.",
            en="A council has one term on any day; overlapping terms are usually wrong dates.",
        ),
    ),
    Rule(
        code="WSP-CNC-004",
        title=Text(
            pl="Przerwa między kadencjami rady",
            en="A gap between a council's terms",
        ),
        message=Text(
            pl="między końcem kadencji {previous} ({previous_end}) a początkiem kadencji "
            "{number} ({start}) jest {days} dni przerwy",
            en="there are {days} days between the end of term {previous} ({previous_end}) "
            "and the start of term {number} ({start})",
        ),
        severity=Severity.INFO,
        basis=(Citation("41e", "3"),),
        applies_to=Council,
        check=_gaps_between_terms,
        valid_from=AMENDMENT_2010,
        description=Text(
            pl="Przerwa między kadencjami nie narusza ustawy (wybory mogą się opóźnić), "
            "ale w tym czasie rada nie może wydawać opinii.",
            en="A gap between terms breaks no provision (elections can be late), but the "
            "council cannot give opinions meanwhile.",
        ),
    ),
    Rule(
        code="WSP-CNC-005",
        title=Text(
            pl="Członkostwo mieści się w kadencji",
            en="A membership lies within its term",
        ),
        message=Text(
            pl="członkostwo osoby {person} sięga dnia {day}, poza kadencją {number} "
            "({start} – {end})",
            en="the membership of {person} reaches {day}, outside term {number} ({start} – {end})",
        ),
        severity=Severity.WARNING,
        basis=(Citation("41e", "3"),),
        applies_to=Council,
        check=_membership_outside_term,
        valid_from=AMENDMENT_2010,
        description=Text(
            pl="Członków powołuje się na kadencję; członek powołany w jej trakcie (np. w miejsce "
            "odwołanego) pełni funkcję do jej końca.",
            en="Members are appointed for a term; one appointed mid-term (such as a "
            "replacement) serves until the term ends.",
        ),
    ),
    Rule(
        code="WSP-CNC-006",
        title=Text(
            pl="Jedna osoba nie zajmuje jednocześnie dwóch miejsc",
            en="One person does not hold two seats at once",
        ),
        message=Text(
            pl="{person} zajmuje w kadencji {number} drugie miejsce w tym samym czasie "
            "(zob. członkostwo nr {other})",
            en="{person} holds a second seat at the same time in term {number} "
            "(see membership {other})",
        ),
        severity=Severity.WARNING,
        basis=(Citation("41f"),),
        applies_to=Council,
        check=_two_seats_at_once,
        valid_from=AMENDMENT_2010,
        description=Text(
            pl="Osoba liczona dwa razy zniekształca skład rady z art. 41f. Osoby porównuje się "
            "po imieniu i nazwisku (bez wielkości liter i nadmiarowych spacji), więc zbieżność "
            "nazwisk różnych osób też zostanie zgłoszona: to ostrzeżenie, nie błąd.",
            en="A person counted twice distorts the composition of art. 41f. People are "
            "compared by name (ignoring case and extra spaces), so two people of the same "
            "name are reported too: this is a warning, not an error.",
        ),
    ),
    Rule(
        code="WSP-CNC-007",
        title=Text(
            pl="Członków kategorii nie jest więcej niż miejsc",
            en="No more members of a category than seats",
        ),
        message=Text(
            pl="w kadencji {number} jednocześnie zasiada {members} członków kategorii "
            "„{category}”, oczekiwano najwyżej {seats}",
            en="term {number} has {members} members of the category '{category}' at once, "
            "expected at most {seats}",
        ),
        severity=Severity.WARNING,
        basis=(Citation("41g"),),
        applies_to=Council,
        check=_members_over_seats,
        valid_from=AMENDMENT_2010,
        description=Text(
            pl="Liczbę miejsc każdej kategorii ustala uchwała o trybie powoływania członków "
            "(art. 41g). Liczy się członków zasiadających w tym samym dniu, więc zastępstwa "
            "w trakcie kadencji nie są zgłaszane.",
            en="The number of seats of each category is set by the resolution on the mode "
            "of appointment (art. 41g). Members are counted on the same day, so "
            "replacements during the term are not reported.",
        ),
    ),
    Rule(
        code="WSP-CNC-008",
        title=Text(
            pl="Rada utworzona w ciągu 2 miesięcy od wniosku",
            en="Council created within 2 months of the request",
        ),
        message=Text(
            pl="radę utworzono {created_on}, {days} dni po terminie {deadline} "
            "({months} mies. od wniosku {organisations} organizacji z {submitted_on})",
            en="the council was created on {created_on}, {days} days after the deadline "
            "{deadline} ({months} months from the request of {organisations} organisations "
            "of {submitted_on})",
        ),
        severity=Severity.WARNING,
        basis=(Citation("41e", "1"),),
        applies_to=Council,
        check=_creation_deadline,
        valid_from=AMENDMENT_2010,
        parameters=(CREATION_DEADLINE, REQUEST_MINIMUM),
        description=Text(
            pl="Organ wykonawczy gminy lub powiatu tworzy radę w terminie 2 miesięcy od "
            "wspólnego wniosku co najmniej 5 organizacji. Obowiązek wprowadziła nowelizacja "
            "z 2015 r., której data wejścia w życie nie jest potwierdzona, dlatego to "
            "ostrzeżenie.",
            en="The executive of a municipality or county creates the council within 2 months "
            "of a joint request of at least 5 organisations. The duty came with the 2015 "
            "amendment, whose in-force date is unconfirmed, so this is a warning.",
        ),
    ),
    Rule(
        code="WSP-CNC-009",
        title=Text(
            pl="Wniosek o utworzenie rady złożyło mniej organizacji, niż wymaga ustawa",
            en="Fewer organisations made the request than the act requires",
        ),
        message=Text(
            pl="wniosek złożyło {organisations} organizacji, ustawa mówi o co najmniej {minimum}",
            en="{organisations} organisations made the request, the act speaks of at least "
            "{minimum}",
        ),
        severity=Severity.INFO,
        basis=(Citation("41e", "1"), Citation("41a", "1", confidence=Confidence.SECONDARY)),
        applies_to=Council,
        check=_request_threshold,
        valid_from=AMENDMENT_2010,
        parameters=(REQUEST_MINIMUM, VOIVODESHIP_REQUEST_MINIMUM),
        description=Text(
            pl="Gminną lub powiatową radę tworzy się na wniosek co najmniej 5 organizacji, "
            "wojewódzką na wniosek co najmniej 50. Mniejszy wniosek nie obliguje organu, "
            "ale utworzenie rady nie jest przez to wadliwe: to tylko informacja.",
            en="A municipal or county council is created on the request of at least 5 "
            "organisations, a voivodeship council on that of at least 50. A smaller request "
            "does not oblige the executive, but creating the council is not thereby wrong: "
            "information only.",
        ),
    ),
    Rule(
        code="WSP-CNC-010",
        title=Text(
            pl="Opinia rady wydana w ciągu 14 dni od otrzymania projektu",
            en="Council opinion given within 14 days of receiving the draft",
        ),
        message=Text(
            pl="opinię o projekcie „{draft}” wydano {given_on}, po terminie {deadline} "
            "({days} dni od otrzymania {received_on}); niewydanie opinii w terminie oznacza "
            "rezygnację z prawa do jej wyrażenia",
            en="the opinion on the draft '{draft}' was given on {given_on}, after the deadline "
            "{deadline} ({days} days from receipt on {received_on}); an opinion not given in "
            "time counts as waived",
        ),
        severity=Severity.WARNING,
        basis=(Citation("41i", "2"),),
        applies_to=Council,
        check=_opinion_deadline,
        valid_from=AMENDMENT_2010,
        parameters=(OPINION_DEADLINE,),
        description=Text(
            pl="Rada wyraża opinię o projekcie programu współpracy lub strategii rozwoju w "
            "ciągu 14 dni od jego doręczenia; późniejsza opinia nie wiąże organu. Art. 41i "
            "ust. 2 wyznacza ten termin tylko dla projektów programów współpracy i strategii "
            "rozwoju, nie dla każdego projektu uchwały: reguła sprawdza opinie o strategiach "
            "(pkt 1) i o projektach programów współpracy (pkt 2); termin liczy się od dnia "
            "po doręczeniu (art. 111 § 2 Kodeksu cywilnego).",
            en="The council gives its opinion on a draft cooperation programme or development "
            "strategy within 14 days of delivery; a later opinion does not bind the authority. "
            "Art. 41i(2) sets this term only for draft cooperation programmes and development "
            "strategies, not for every draft resolution: the rule checks opinions on "
            "strategies (point 1) and on draft cooperation programmes (point 2); the term "
            "runs from the day after delivery (art. 111 § 2 of the Civil Code).",
        ),
    ),
    Rule(
        code="WSP-CNC-011",
        title=Text(
            pl="W radzie zasiadają przedstawiciele organu stanowiącego i wykonawczego",
            en="The council includes representatives of the council and of the executive",
        ),
        message=Text(
            pl="w składzie rady brak miejsc kategorii: {category}",
            en="the council's composition has no seats of the category: {category}",
        ),
        severity=Severity.WARNING,
        basis=(Citation("41f", None, "1"), Citation("41f", None, "2")),
        applies_to=Council,
        check=_public_side,
        valid_from=AMENDMENT_2010,
        description=Text(
            pl="Gminna lub powiatowa rada składa się z przedstawicieli organu stanowiącego "
            "(art. 41f pkt 1), organu wykonawczego (pkt 2) i organizacji pozarządowych (pkt 3). "
            "Ocenia się skład, o ile dokument go podaje; brak kategorii to ostrzeżenie, bo "
            "dokument może łączyć kategorie.",
            en="A municipal or county council consists of representatives of the council "
            "(art. 41f(1)), of the executive (point 2) and of NGOs (point 3). The composition "
            "is judged as far as the document gives it; a missing category is a warning, since "
            "a document may merge categories.",
        ),
    ),
    Rule(
        code="WSP-CNC-012",
        title=Text(
            pl="Podział miejsc w radzie zgodny z uchwałą gminy (art. 41g)",
            en="The council's seat split follows the municipality's resolution (art. 41g)",
        ),
        message=Text(
            pl="rada ma {seats} miejsc kategorii {category}, a uchwała przewiduje {expected}",
            en="the council has {seats} seats of the category {category}, the resolution "
            "sets {expected}",
        ),
        severity=Severity.WARNING,
        basis=(Citation("41g"),),
        applies_to=Council,
        check=_local_split,
        valid_from=AMENDMENT_2010,
        parameters=tuple(LOCAL_SEATS.values()),
        description=Text(
            pl="Tryb powoływania i skład rady określa uchwała organu stanowiącego (art. 41g); "
            "ustawa nie podaje liczby miejsc, więc reguła działa tylko z profilem gminy "
            "(Kraków, uchwała XLI/731/16: 8 miejsc organizacji, 4 Rady Miasta, 4 Prezydenta).",
            en="The council's resolution sets the mode of appointment and the composition "
            "(art. 41g); the act sets no numbers, so the rule runs only under a municipal "
            "profile (Kraków, resolution XLI/731/16: 8 NGO seats, 4 City Council, 4 Mayor).",
        ),
    ),
)
