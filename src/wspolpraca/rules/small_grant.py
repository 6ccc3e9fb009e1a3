"""
Rules for small grants (art. 19a) and agreements (art. 16) (``WSP-SGR-*``).

Sources (law.md §0.3, §4.4, §4.7, §12):

- art. 19a, introduced by the 2010 amendment (in force 12 March 2010): a task of local or
  regional character may be commissioned without an open competition when the grant is
  at most 10 000 zł (ust. 1 pkt 1) and the task lasts at most 90 days (ust. 1 pkt 2);
  the offer is published within 7 working days for 7 days, anyone may comment within
  7 days, then the agreement is signed (SECONDARY: municipal pages quoting the act);
- the 20 000 zł yearly cap per organisation (SECONDARY, "added in 2015"; the amendment's
  in-force date is unconfirmed) and the 20 % share of the year's planned grants
  (art. 19a ust. 7, SECONDARY; when it was added is not sourced);
- Dz.U. 2026 poz. 1040, in force 1 September 2026, keyed on the offer submission date:
  20 000 zł per task (SECONDARY, law.md §12: the government draft planned it), no duration
  limit, 40 000 zł per organisation, 30 % (all UNCONFIRMED, third-party only): findings
  that rest on an unconfirmed value are warnings (the ``*`` twins below) and say so;
- art. 16 ust. 1: the agreement (SECONDARY); no source confirms a 5-year cap on
  multi-year agreements (law.md §12), so none is checked. The tranche schedule is a term of
  the framework agreement (annex 3 of the regulation of 24 October 2018, Dz.U. 2018
  poz. 2057, issued under art. 19; earlier Dz.U. 2011 Nr 6 poz. 25 and Dz.U. 2016 poz. 1300,
  law.md §13, secondary), not of art. 16 ust. 1 itself: tranches that do not add up to the
  grant are a consistency warning (``WSP-SGR-011``);
- art. 11 ust. 2: a task is commissioned after an open competition unless a separate act
  provides another mode; the act's own other modes are art. 19a (small grants) and art. 16a
  (regranting, from 2015): an agreement whose record names no such mode is a warning
  (``WSP-SGR-014``), and one granting more than was awarded is an error (``WSP-SGR-015``);
- art. 19a ust. 3: the offer is made public in the BIP, on the notice board at the seat and
  on the website (the same three channels as art. 13 ust. 3; SECONDARY); a record listing
  its publications without one of them is a warning (``WSP-SGR-013``);
- days are counted by art. 111 § 2 of the Civil Code (the day of the event is not counted):
  an offer published on 2 October for 7 days is on display until 9 October; the 7 working
  days of publication run from the day after receipt (``add_working_days``).
- the move of a deadline ending on a Saturday or a day off to the next working day
  (Kodeks postępowania administracyjnego art. 57 § 4; UNCONFIRMED, and whether the code
  applies to art. 19a is doubtful): warnings only.

Each limit is a dated :class:`~wspolpraca.rules.Parameter` read with
:meth:`~wspolpraca.rules.Context.value` on the offer submission date, so a municipal
profile can tighten it. The error-severity rules skip values whose confidence is
unconfirmed; their warning twins check exactly those.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any, TypeVar

from .._model._agreement import Agreement
from .._model._small_grant import SmallGrant, SmallGrantRegister
from .._text import Text
from .._workdays import add_working_days, deadline_end
from ..law import Confidence
from ._engine import Context, DatedValue, Hit, Parameter, Rule, Severity
from ._inforce import ACT_IN_FORCE
from ._small_grant_limits import (
    _11_MODE,
    _19_TEMPLATES,
    _19A,
    _19A_DURATION,
    _19A_PUBLIC,
    _19A_SHARE,
    _19A_TASK,
    _CHANNELS,
    AMENDMENT_2010,
    AMENDMENT_2026,
    CAPS_FROM,
    COMMENT_DAYS,
    DISPLAY_DAYS,
    DURATION_LIMIT,
    ORGANISATION_CAP,
    PARAMETERS,
    PROCEDURES,
    PUBLICATION_DEADLINE,
    SHARE_CAP,
    TASK_LIMIT,
    _16,
)

__all__ = [
    "AMENDMENT_2010",
    "AMENDMENT_2026",
    "COMMENT_DAYS",
    "DISPLAY_DAYS",
    "DURATION_LIMIT",
    "ORGANISATION_CAP",
    "PARAMETERS",
    "PUBLICATION_DEADLINE",
    "REFERENCE_DATES",
    "RULES",
    "SHARE_CAP",
    "TASK_LIMIT",
]

T = TypeVar("T")


def _register_date(register: SmallGrantRegister) -> dt.date:
    """The last day of the register's year (each grant is checked on its own offer date)."""
    return dt.date(register.year, 12, 31)


def _agreement_date(agreement: Agreement) -> dt.date:
    """The day the agreement was signed."""
    return agreement.signed_on


REFERENCE_DATES: dict[type[Any], Callable[[Any], dt.date]] = {
    SmallGrantRegister: _register_date,
    Agreement: _agreement_date,
}
"""How to find the relevant date of each document class this family checks."""


def _checked(dated: DatedValue[T] | None, *, unconfirmed: bool) -> DatedValue[T] | None:
    """
    *dated* when a rule of the given kind checks it, else ``None``: the error rules
    skip unconfirmed values, their warning twins check only those.
    """
    if dated is None or (dated.confidence is Confidence.UNCONFIRMED) is not unconfirmed:
        return None
    return dated


def _by_offer_date(register: SmallGrantRegister) -> list[int]:
    """
    The grants' indexes in the order their offers were submitted, ties in register order.

    Grouped by day, then the days sorted: linear in the grants (a register has thousands of
    grants but at most a few hundred offer dates), where sorting the grants themselves grew
    faster than the register (``benchmarks/bench_kinds.py``).
    """
    by_day: dict[dt.date, list[int]] = {}
    for index, grant in enumerate(register.grants):
        day = grant.offer_submitted_on
        if day in by_day:
            by_day[day].append(index)
        else:
            by_day[day] = [index]
    return [index for day in sorted(by_day) for index in by_day[day]]


def _memo(
    context: Context, parameter: Parameter[T], *, unconfirmed: bool
) -> Callable[[dt.date], DatedValue[T] | None]:
    """
    ``_checked(context.value(parameter, day), ...)``, looked up once per day: a register
    has thousands of grants but at most a few hundred offer dates.
    """
    found: dict[dt.date, DatedValue[T] | None] = {}

    def lookup(day: dt.date) -> DatedValue[T] | None:
        if day not in found:
            found[day] = _checked(context.value(parameter, day), unconfirmed=unconfirmed)
        return found[day]

    return lookup


# ---------------------------------------------------------------------------------------
# Checks


def _task_limit(register: SmallGrantRegister, context: Context) -> Iterator[Hit]:
    for index, grant in enumerate(register.grants):
        dated = _checked(context.value(TASK_LIMIT, grant.offer_submitted_on), unconfirmed=False)
        if dated is None:
            continue
        if grant.amount > dated.value:
            yield Hit(
                path=("grants", index, "amount"),
                params={
                    "amount": grant.amount,
                    "limit": dated.value,
                    "submitted_on": grant.offer_submitted_on,
                },
                confidence=dated.confidence,
            )


def _duration_limit(register: SmallGrantRegister, context: Context) -> Iterator[Hit]:
    for index, grant in enumerate(register.grants):
        if grant.task_period is None:
            continue
        dated = _checked(context.value(DURATION_LIMIT, grant.offer_submitted_on), unconfirmed=False)
        if dated is None:
            continue
        limit = dated.value
        if limit is not None and grant.task_period.days > limit:
            yield Hit(
                path=("grants", index, "task_period"),
                params={
                    "days": grant.task_period.days,
                    "limit": limit,
                    "submitted_on": grant.offer_submitted_on,
                },
                confidence=dated.confidence,
            )


def _organisation_cap(
    register: SmallGrantRegister, context: Context, *, unconfirmed: bool
) -> Iterator[Hit]:
    totals: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    cap_on = _memo(context, ORGANISATION_CAP, unconfirmed=unconfirmed)
    grants = register.grants
    for index in _by_offer_date(register):
        grant = grants[index]
        key = grant.organisation_key
        totals[key] += grant.amount
        dated = cap_on(grant.offer_submitted_on)
        if dated is None:
            continue
        if totals[key] > dated.value:
            yield Hit(
                path=("grants", index, "amount"),
                params={
                    "organisation": grant.organisation.name,
                    "total": totals[key],
                    "cap": dated.value,
                    "year": register.year,
                    "submitted_on": grant.offer_submitted_on,
                },
                confidence=dated.confidence,
            )


def _organisation_cap_secondary(register: SmallGrantRegister, context: Context) -> Iterator[Hit]:
    return _organisation_cap(register, context, unconfirmed=False)


def _organisation_cap_unconfirmed(register: SmallGrantRegister, context: Context) -> Iterator[Hit]:
    return _organisation_cap(register, context, unconfirmed=True)


def _share_cap(
    register: SmallGrantRegister, context: Context, *, unconfirmed: bool
) -> Iterator[Hit]:
    planned = register.planned_grants_total
    if planned is None:
        return
    total = Decimal(0)
    share_on = _memo(context, SHARE_CAP, unconfirmed=unconfirmed)
    grants = register.grants
    for index in _by_offer_date(register):
        grant = grants[index]
        total += grant.amount
        dated = share_on(grant.offer_submitted_on)
        if dated is None:
            continue
        cap = planned * dated.value
        if total > cap:
            yield Hit(
                path=("grants", index, "amount"),
                params={
                    "total": total,
                    "percent": int(dated.value * 100),
                    "planned": planned,
                    "cap": cap.quantize(Decimal("0.01")),
                    "submitted_on": grant.offer_submitted_on,
                },
                confidence=dated.confidence,
            )


def _share_cap_secondary(register: SmallGrantRegister, context: Context) -> Iterator[Hit]:
    return _share_cap(register, context, unconfirmed=False)


def _share_cap_unconfirmed(register: SmallGrantRegister, context: Context) -> Iterator[Hit]:
    return _share_cap(register, context, unconfirmed=True)


def _publication_deadline(register: SmallGrantRegister, context: Context) -> Iterator[Hit]:
    for index, grant in enumerate(register.grants):
        if grant.published_on is None:
            continue
        dated = context.value(PUBLICATION_DEADLINE, grant.offer_submitted_on)
        if dated is None:
            continue
        deadline = add_working_days(grant.offer_submitted_on, dated.value)
        if grant.published_on > deadline:
            yield Hit(
                path=("grants", index, "published_on"),
                params={
                    "published_on": grant.published_on,
                    "submitted_on": grant.offer_submitted_on,
                    "days": dated.value,
                    "deadline": deadline,
                },
                confidence=dated.confidence,
            )


def _display(register: SmallGrantRegister, context: Context) -> Iterator[Hit]:
    for index, grant in enumerate(register.grants):
        if grant.published_on is None or grant.displayed_until is None:
            continue
        dated = context.value(DISPLAY_DAYS, grant.offer_submitted_on)
        if dated is None:
            continue
        # art. 111 § 2 KC: the day of publication is not counted.
        shown = (grant.displayed_until - grant.published_on).days
        if shown < dated.value:
            yield Hit(
                path=("grants", index, "displayed_until"),
                params={"shown": shown, "days": dated.value, "until": grant.displayed_until},
                confidence=dated.confidence,
            )


def _comment_close(
    grant: SmallGrant, context: Context
) -> tuple[dt.date, dt.date, DatedValue[int]] | None:
    """The signing day, the last day of the comment window and the parameter, when known."""
    if grant.published_on is None or grant.agreement_signed_on is None:
        return None
    dated = context.value(COMMENT_DAYS, grant.offer_submitted_on)
    if dated is None:
        return None
    # "within 7 days of the publication": the day of publication is not counted.
    return grant.agreement_signed_on, grant.published_on + dt.timedelta(days=dated.value), dated


def _signed_in_window(
    register: SmallGrantRegister, context: Context, *, shifted: bool
) -> Iterator[Hit]:
    for index, grant in enumerate(register.grants):
        found = _comment_close(grant, context)
        if found is None:
            continue
        signed, close, dated = found
        moved = deadline_end(close)
        breached = close < signed <= moved if shifted else signed <= close
        if breached:
            yield Hit(
                path=("grants", index, "agreement_signed_on"),
                params={
                    "signed_on": signed,
                    "close": moved if shifted else close,
                    "last_day": close,
                },
                confidence=Confidence.UNCONFIRMED if shifted else dated.confidence,
            )


def _signed_before_close(register: SmallGrantRegister, context: Context) -> Iterator[Hit]:
    return _signed_in_window(register, context, shifted=False)


def _signed_before_moved_close(register: SmallGrantRegister, context: Context) -> Iterator[Hit]:
    return _signed_in_window(register, context, shifted=True)


def _tranches_sum(agreement: Agreement, context: Context) -> Iterator[Hit]:
    if agreement.tranches and agreement.tranches_total != agreement.grant:
        yield Hit(
            path=("tranches",),
            params={"total": agreement.tranches_total, "grant": agreement.grant},
        )


def _offer_channels(register: SmallGrantRegister, context: Context) -> Iterator[Hit]:
    for index, grant in enumerate(register.grants):
        if not grant.publications:
            continue  # the record gives one date only: nothing to say about the channels
        used = {publication.channel for publication in grant.publications}
        for code in _CHANNELS:
            if code not in used:
                yield Hit(
                    path=("grants", index, "publications"),
                    params={"channel": code, "organisation": grant.organisation.name},
                )


def _lawful_procedure(agreement: Agreement, context: Context) -> Iterator[Hit]:
    if agreement.procedure is not None and agreement.procedure not in PROCEDURES:
        yield Hit(path=("procedure",), params={"procedure": agreement.procedure})


def _within_award(agreement: Agreement, context: Context) -> Iterator[Hit]:
    awarded = agreement.awarded_amount
    if awarded is not None and agreement.grant > awarded:
        yield Hit(
            path=("grant",),
            params={
                "grant": agreement.grant,
                "awarded": awarded,
                "excess": agreement.grant - awarded,
            },
        )


def _tranches_in_period(agreement: Agreement, context: Context) -> Iterator[Hit]:
    for index, tranche in enumerate(agreement.tranches):
        if tranche.due_on not in agreement.period:
            yield Hit(
                path=("tranches", index, "due_on"),
                params={
                    "due_on": tranche.due_on,
                    "start": agreement.period.start,
                    "end": agreement.period.end,
                },
            )


# ---------------------------------------------------------------------------------------
# The catalogue

_UNCONFIRMED_NOTE = Text(
    pl=" Wartość z nowelizacji Dz.U. 2026 poz. 1040 jest niepotwierdzona.",
    en=" The value from the amendment Dz.U. 2026 poz. 1040 is unconfirmed.",
)

RULES: tuple[Rule, ...] = (
    Rule(
        code="WSP-SGR-001",
        title=Text(
            pl="Kwota małego grantu w granicach limitu na zadanie",
            en="A small grant within the per-task limit",
        ),
        message=Text(
            pl="dotacja {amount} przekracza limit {limit} obowiązujący dla oferty złożonej "
            "{submitted_on}",
            en="the grant {amount} exceeds the limit {limit} in force for an offer submitted "
            "on {submitted_on}",
        ),
        severity=Severity.ERROR,
        basis=(_19A_TASK,),
        applies_to=SmallGrantRegister,
        check=_task_limit,
        valid_from=AMENDMENT_2010,
        parameters=(TASK_LIMIT,),
        description=Text(
            pl="W trybie art. 19a dotacja na jedno zadanie nie może przekroczyć 10 000 zł, "
            "a dla ofert złożonych od 1 września 2026 r. 20 000 zł (Dz.U. 2026 poz. 1040; "
            "źródła wtórne). Limit ustala się według daty złożenia oferty.",
            en="Under art. 19a the grant for one task may not exceed 10 000 zł, and for "
            "offers submitted from 1 September 2026 20 000 zł (Dz.U. 2026 poz. 1040; "
            "secondary sources). The limit follows the offer submission date.",
        ),
    ),
    Rule(
        code="WSP-SGR-002",
        title=Text(
            pl="Okres realizacji małego grantu w granicach limitu",
            en="A small grant's task period within the limit",
        ),
        message=Text(
            pl="zadanie trwa {days} dni, dłużej niż {limit} dni dopuszczalne dla oferty "
            "złożonej {submitted_on}",
            en="the task lasts {days} days, longer than the {limit} days allowed for an offer "
            "submitted on {submitted_on}",
        ),
        severity=Severity.ERROR,
        basis=(_19A_DURATION,),
        applies_to=SmallGrantRegister,
        check=_duration_limit,
        valid_from=AMENDMENT_2010,
        parameters=(DURATION_LIMIT,),
        description=Text(
            pl="Dla ofert złożonych przed 1 września 2026 r. zadanie w trybie art. 19a trwa "
            "najwyżej 90 dni (oba końce liczone). Dla późniejszych ofert limit podobno "
            "zniesiono (niepotwierdzone), więc reguła ich nie sprawdza.",
            en="For offers submitted before 1 September 2026 an art. 19a task lasts at most "
            "90 days (both ends counted). The limit was reportedly lifted for later offers "
            "(unconfirmed), so the rule does not check them.",
        ),
    ),
    Rule(
        code="WSP-SGR-003",
        title=Text(
            pl="Roczny limit małych grantów dla jednej organizacji",
            en="The yearly small-grant cap for one organisation",
        ),
        message=Text(
            pl="organizacja {organisation} otrzymała w {year} r. łącznie {total} w trybie "
            "art. 19a, więcej niż limit {cap} (oferta z {submitted_on})",
            en="the organisation {organisation} received {total} in {year} under art. 19a, "
            "more than the cap {cap} (offer of {submitted_on})",
        ),
        severity=Severity.ERROR,
        basis=(_19A,),
        applies_to=SmallGrantRegister,
        check=_organisation_cap_secondary,
        valid_from=CAPS_FROM,
        parameters=(ORGANISATION_CAP,),
        description=Text(
            pl="Ta sama organizacja może otrzymać od jednej jednostki w trybie art. 19a "
            "najwyżej 20 000 zł w roku kalendarzowym (od nowelizacji z 2015 r.; stosowane "
            "od 2016 r., bo data wejścia w życie jest niepotwierdzona). Granty sumuje się w "
            "kolejności złożenia ofert; wynik wskazuje grant, który przekroczył limit. "
            "Organizację rozpoznaje się po KRS, NIP albo nazwie.",
            en="One organisation may receive at most 20 000 zł a calendar year from one "
            "unit under art. 19a (since the 2015 amendment; applied from 2016 because its "
            "in-force date is unconfirmed). Grants add up in the order the offers were "
            "submitted; the finding points at the grant that broke the cap. Organisations "
            "are matched by KRS, NIP or name.",
        ),
    ),
    Rule(
        code="WSP-SGR-004",
        title=Text(
            pl="Roczny limit dla jednej organizacji według nowelizacji z 2026 r. (niepotwierdzone)",
            en="The yearly cap for one organisation under the 2026 amendment (unconfirmed)",
        ),
        message=Text(
            pl="organizacja {organisation} otrzymała w {year} r. łącznie {total} w trybie "
            "art. 19a, więcej niż niepotwierdzony limit {cap} (oferta z {submitted_on})",
            en="the organisation {organisation} received {total} in {year} under art. 19a, "
            "more than the unconfirmed cap {cap} (offer of {submitted_on})",
        ),
        severity=Severity.WARNING,
        basis=(_19A,),
        applies_to=SmallGrantRegister,
        check=_organisation_cap_unconfirmed,
        valid_from=AMENDMENT_2026,
        parameters=(ORGANISATION_CAP,),
        description=Text(
            pl="Jak WSP-SGR-003, dla ofert złożonych od 1 września 2026 r. z limitem "
            "40 000 zł." + _UNCONFIRMED_NOTE.pl + " Dlatego to ostrzeżenie.",
            en="As WSP-SGR-003, for offers submitted from 1 September 2026 with the cap of "
            "40 000 zł." + _UNCONFIRMED_NOTE.en + " Hence a warning.",
        ),
    ),
    Rule(
        code="WSP-SGR-005",
        title=Text(
            pl="Udział małych grantów w dotacjach planowanych na rok",
            en="The share of small grants in the year's planned grants",
        ),
        message=Text(
            pl="małe granty do oferty z {submitted_on} wynoszą łącznie {total}, więcej niż "
            "{percent}% planowanych dotacji {planned} ({cap})",
            en="the small grants up to the offer of {submitted_on} total {total}, more than "
            "{percent}% of the planned grants {planned} ({cap})",
        ),
        severity=Severity.ERROR,
        basis=(_19A_SHARE,),
        applies_to=SmallGrantRegister,
        check=_share_cap_secondary,
        valid_from=CAPS_FROM,
        parameters=(SHARE_CAP,),
        description=Text(
            pl="Łączna kwota dotacji w trybie art. 19a nie może przekroczyć 20% dotacji "
            "planowanych w roku budżetowym na zadania realizowane przez organizacje "
            "(art. 19a ust. 7; stosowane od 2016 r.). Granty sumuje się w kolejności złożenia "
            "ofert, a limit ustala według daty każdej oferty.",
            en="The small grants under art. 19a may not total more than 20% of the grants "
            "planned in the budget year for tasks carried out by organisations (art. 19a(7); "
            "applied from 2016). Grants add up in the order the offers were submitted, each "
            "against the cap in force on its offer date.",
        ),
    ),
    Rule(
        code="WSP-SGR-006",
        title=Text(
            pl="Udział małych grantów według nowelizacji z 2026 r. (niepotwierdzone)",
            en="The share of small grants under the 2026 amendment (unconfirmed)",
        ),
        message=Text(
            pl="małe granty do oferty z {submitted_on} wynoszą łącznie {total}, więcej niż "
            "niepotwierdzone {percent}% planowanych dotacji {planned} ({cap})",
            en="the small grants up to the offer of {submitted_on} total {total}, more than "
            "the unconfirmed {percent}% of the planned grants {planned} ({cap})",
        ),
        severity=Severity.WARNING,
        basis=(_19A_SHARE,),
        applies_to=SmallGrantRegister,
        check=_share_cap_unconfirmed,
        valid_from=AMENDMENT_2026,
        parameters=(SHARE_CAP,),
        description=Text(
            pl="Jak WSP-SGR-005, dla ofert złożonych od 1 września 2026 r. z udziałem 30%."
            + _UNCONFIRMED_NOTE.pl
            + " Dlatego to ostrzeżenie.",
            en="As WSP-SGR-005, for offers submitted from 1 September 2026 with a share of 30%."
            + _UNCONFIRMED_NOTE.en
            + " Hence a warning.",
        ),
    ),
    Rule(
        code="WSP-SGR-007",
        title=Text(
            pl="Oferta zamieszczona w BIP w ciągu 7 dni roboczych",
            en="The offer published in the BIP within 7 working days",
        ),
        message=Text(
            pl="ofertę złożoną {submitted_on} zamieszczono {published_on}, po terminie "
            "{days} dni roboczych ({deadline})",
            en="the offer submitted on {submitted_on} was published on {published_on}, after "
            "the {days} working days allowed ({deadline})",
        ),
        severity=Severity.ERROR,
        basis=(_19A,),
        applies_to=SmallGrantRegister,
        check=_publication_deadline,
        valid_from=AMENDMENT_2010,
        parameters=(PUBLICATION_DEADLINE,),
        description=Text(
            pl="Organ wykonawczy zamieszcza ofertę w BIP, na tablicy ogłoszeń i na stronie "
            "internetowej w terminie 7 dni roboczych od jej wpływu. Dni robocze to dni od "
            "poniedziałku do piątku poza świętami ustawowymi.",
            en="The executive publishes the offer in the BIP, on its notice board and on its "
            "website within 7 working days of receiving it. Working days are Monday to "
            "Friday except public holidays.",
        ),
    ),
    Rule(
        code="WSP-SGR-008",
        title=Text(
            pl="Umowa zawarta po upływie terminu na uwagi",
            en="The agreement signed after the comment window closed",
        ),
        message=Text(
            pl="umowę zawarto {signed_on}, a termin na uwagi upływał {close}",
            en="the agreement was signed on {signed_on}, while the comment window closed "
            "on {close}",
        ),
        severity=Severity.ERROR,
        basis=(_19A,),
        applies_to=SmallGrantRegister,
        check=_signed_before_close,
        valid_from=AMENDMENT_2010,
        parameters=(COMMENT_DAYS,),
        description=Text(
            pl="Każdy może zgłosić uwagi w ciągu 7 dni od zamieszczenia oferty (dnia "
            "zamieszczenia nie wlicza się); umowę zawiera się po upływie tego terminu, "
            "a więc najwcześniej następnego dnia.",
            en="Anyone may comment within 7 days of the offer's publication (the day of "
            "publication not counted); the agreement is signed after that window, so on the "
            "next day at the earliest.",
        ),
    ),
    Rule(
        code="WSP-SGR-009",
        title=Text(
            pl="Termin na uwagi przesunięty z dnia wolnego (niepotwierdzone)",
            en="A comment window moved off a day off (unconfirmed)",
        ),
        message=Text(
            pl="umowę zawarto {signed_on}, a termin na uwagi kończący się {last_day} (dzień "
            "wolny lub sobota) upływał {close}",
            en="the agreement was signed on {signed_on}, while the comment window ending on "
            "{last_day} (a day off or a Saturday) closed on {close}",
        ),
        severity=Severity.WARNING,
        basis=(_19A,),
        applies_to=SmallGrantRegister,
        check=_signed_before_moved_close,
        valid_from=AMENDMENT_2010,
        parameters=(COMMENT_DAYS,),
        description=Text(
            pl="Gdy koniec terminu przypada na dzień wolny od pracy lub sobotę, termin upływa "
            "następnego dnia roboczego (art. 57 § 4 Kodeksu postępowania administracyjnego; "
            "podobnie art. 115 Kodeksu cywilnego). Czy przepis ten stosuje się do trybu "
            "art. 19a, jest niepotwierdzone, więc to tylko ostrzeżenie.",
            en="A deadline ending on a day off or a Saturday ends on the next working day "
            "(Code of Administrative Procedure art. 57 § 4; likewise Civil Code art. 115). "
            "Whether that applies to the art. 19a procedure is unconfirmed, so this is only "
            "a warning.",
        ),
    ),
    Rule(
        code="WSP-SGR-010",
        title=Text(
            pl="Oferta wywieszona przez 7 dni",
            en="The offer on display for 7 days",
        ),
        message=Text(
            pl="oferta była wywieszona {shown} dni (do {until}), krócej niż {days} dni",
            en="the offer was on display for {shown} days (until {until}), less than {days} days",
        ),
        severity=Severity.WARNING,
        basis=(_19A,),
        applies_to=SmallGrantRegister,
        check=_display,
        valid_from=AMENDMENT_2010,
        parameters=(DISPLAY_DAYS,),
        description=Text(
            pl="Ofertę zamieszcza się na okres 7 dni, liczonych według art. 111 § 2 Kodeksu "
            "cywilnego: dnia zamieszczenia nie wlicza się, więc oferta zamieszczona 2 "
            "października wisi do 9 października. Art. 19a nie potwierdzono w tekście ustawy, "
            "więc to ostrzeżenie.",
            en="The offer is published for 7 days, counted by art. 111 § 2 of the Civil Code: "
            "the day of publication is not counted, so an offer published on 2 October stays "
            "up until 9 October. Art. 19a was not read in the act's text, so this is a "
            "warning.",
        ),
    ),
    Rule(
        code="WSP-SGR-011",
        title=Text(
            pl="Transze sumują się do kwoty dotacji",
            en="The tranches add up to the grant",
        ),
        message=Text(
            pl="transze wynoszą łącznie {total}, a dotacja {grant}",
            en="the tranches total {total}, while the grant is {grant}",
        ),
        severity=Severity.WARNING,
        basis=(_16, _19_TEMPLATES),
        applies_to=Agreement,
        check=_tranches_sum,
        valid_from=ACT_IN_FORCE,
        description=Text(
            pl="Harmonogram wypłat to postanowienie ramowego wzoru umowy (rozporządzenie z 24 "
            "października 2018 r., Dz.U. 2018 poz. 2057, wydane na podstawie art. 19), nie "
            "samego art. 16 ust. 1: transze niesumujące się do dotacji to niespójność umowy, "
            "ostrzeżenie. Umowa bez harmonogramu nie jest sprawdzana.",
            en="The payment schedule is a term of the framework agreement (regulation of "
            "24 October 2018, Dz.U. 2018 poz. 2057, issued under art. 19), not of art. 16(1) "
            "itself: tranches that do not add up to the grant are an inconsistency of the "
            "agreement, a warning. An agreement without a schedule is not checked.",
        ),
    ),
    Rule(
        code="WSP-SGR-012",
        title=Text(
            pl="Transze w okresie realizacji zadania",
            en="The tranches within the task period",
        ),
        message=Text(
            pl="transza płatna {due_on} wypada poza okresem realizacji {start} – {end}",
            en="the tranche due on {due_on} falls outside the task period {start} – {end}",
        ),
        severity=Severity.WARNING,
        basis=(_16,),
        applies_to=Agreement,
        check=_tranches_in_period,
        valid_from=ACT_IN_FORCE,
        description=Text(
            pl="Dotacja finansuje zadanie w okresie jego realizacji, więc transze przypadają "
            "w tym okresie. Ustawa nie mówi tego wprost, dlatego to ostrzeżenie.",
            en="The grant funds the task during its period, so the tranches fall within it. "
            "The act does not say so explicitly, hence a warning.",
        ),
    ),
    Rule(
        code="WSP-SGR-013",
        title=Text(
            pl="Oferta z art. 19a podana do wiadomości w trzech miejscach",
            en="A small-grant offer made public in all three channels",
        ),
        message=Text(
            pl="oferty organizacji {organisation} nie zamieszczono: {channel}",
            en="the offer of {organisation} was not made public: {channel}",
        ),
        severity=Severity.WARNING,
        basis=(_19A_PUBLIC,),
        applies_to=SmallGrantRegister,
        check=_offer_channels,
        valid_from=AMENDMENT_2010,
        description=Text(
            pl="Ofertę zamieszcza się w BIP, na tablicy ogłoszeń w siedzibie organu i na jego "
            "stronie internetowej (art. 19a ust. 3, źródło wtórne). Ocenia się tylko rekord, "
            "który wymienia publikacje; brak jednego z miejsc to ostrzeżenie.",
            en="The offer is made public in the BIP, on the notice board at the body's seat and "
            "on its website (art. 19a(3), a secondary source). Only a record listing its "
            "publications is judged; a missing channel is a warning.",
        ),
    ),
    Rule(
        code="WSP-SGR-014",
        title=Text(
            pl="Umowę poprzedził tryb przewidziany w ustawie",
            en="The agreement was preceded by a lawful mode",
        ),
        message=Text(
            pl="umowę poprzedził tryb {procedure!r}, a nie konkurs, art. 19a, art. 16a ani "
            "tryb z odrębnej ustawy",
            en="the agreement was preceded by {procedure!r}, not a competition, art. 19a, "
            "art. 16a or a mode of a separate act",
        ),
        severity=Severity.WARNING,
        basis=(_11_MODE,),
        applies_to=Agreement,
        check=_lawful_procedure,
        valid_from=ACT_IN_FORCE,
        description=Text(
            pl="Zlecenie zadania następuje po otwartym konkursie ofert, chyba że przepisy "
            "odrębne przewidują inny tryb (art. 11 ust. 2), albo w trybie art. 19a lub "
            "art. 16a. Rekord bez trybu nie jest oceniany; tryb spoza listy (także „none”) to "
            "ostrzeżenie, bo rekord może go nazywać inaczej.",
            en="A task is commissioned after an open competition unless a separate act "
            "provides another mode (art. 11(2)), or under art. 19a or art. 16a. A record "
            "without a mode is not judged; a mode outside the list (including 'none') is a "
            "warning, since the record may name it differently.",
        ),
    ),
    Rule(
        code="WSP-SGR-015",
        title=Text(
            pl="Dotacja w umowie nie przekracza kwoty przyznanej",
            en="The agreement's grant does not exceed the amount awarded",
        ),
        message=Text(
            pl="umowa przyznaje {grant}, więcej niż przyznano w rozstrzygnięciu ({awarded}, "
            "o {excess})",
            en="the agreement grants {grant}, more than was awarded ({awarded}, by {excess})",
        ),
        severity=Severity.ERROR,
        basis=(_16, _11_MODE),
        applies_to=Agreement,
        check=_within_award,
        valid_from=ACT_IN_FORCE,
        description=Text(
            pl="Umowa wykonuje rozstrzygnięcie konkursu albo decyzję z art. 19a: kwota "
            "dotacji nie może przekroczyć kwoty przyznanej. Mniejsza kwota jest dopuszczalna "
            "(np. po aktualizacji oferty).",
            en="The agreement carries out the competition's results or the art. 19a decision: "
            "its grant cannot exceed the amount awarded. A smaller grant is fine (after an "
            "updated offer, for instance).",
        ),
    ),
)
