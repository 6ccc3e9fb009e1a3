"""
The statutory calendar of a programme cycle: what must be done, by when, and what was missed.

:func:`deadlines` answers a municipal officer's question "what must we do, by when, for the
programme for *year*?". Every date is computed from the same dated
:class:`~wspolpraca.rules.Parameter` objects the rules read, through the same
:class:`~wspolpraca.rules.Context` (so a municipal profile's local values apply), on the
same day each rule reads them. The calendar and :func:`~wspolpraca.check` therefore cannot
disagree: a deadline whose :attr:`Deadline.rule` is set is *missed* exactly when that rule
reports the document.

The cycle of the programme for year *Y*:

- consultation of the draft: the information campaign and the window (only when a profile
  sets ``consultation.min_information_days`` / ``consultation.min_window_days``: the statute
  sets no minimum);
- the public-benefit council's opinion on the draft (14 days, art. 41i ust. 2);
- adoption by 30 November of *Y* − 1 (art. 5a ust. 1);
- the announcement of each open competition of *Y*, at least 21 days before its offer
  deadline (art. 13 ust. 1);
- the publication of each small-grant offer of *Y* within 7 working days (art. 19a);
- the report: submission to the council and publication in the BIP by 31 May of *Y* + 1
  (30 April in older years; art. 5a ust. 3);
- the end of each council term falling in the cycle (1 January *Y* − 1 to the report deadline),
  when a council document is given (art. 41e ust. 3).

Terms in days are counted by art. 111 § 2 of the Civil Code, as the rules count them: the
day of the event that starts a term is not counted, so a 21-day consultation opened on
2 October ends on 23 October, and a council given a draft on 2 October has until
16 October for its opinion.

Without documents, the steps that depend on an event (the council opinion, the consultation)
are *planned*: their latest dates counted back from the adoption deadline
(:attr:`Deadline.planned` is true). Competitions, small grants and council terms need their
documents.

>>> import datetime as dt
>>> from wspolpraca.calendar import deadlines
>>> [(d.key, str(d.due)) for d in deadlines(2027, today=dt.date(2026, 1, 1))]
... # doctest: +NORMALIZE_WHITESPACE
[('council.opinion', '2026-11-30'), ('programme.adoption', '2026-11-30'),
 ('report.submission', '2028-05-31'), ('report.publication', '2028-05-31')]

The function is :func:`deadlines` (re-exported as ``wspolpraca.deadlines``) in the module
``wspolpraca.calendar``: a module and a function of the same name would shadow each other.

.. versionadded:: 0.1
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
from collections.abc import Iterable, Iterator
from typing import Any, Literal, TypeVar

import attrs

from ._model._common import Period
from ._model._competition import OpenCompetition
from ._model._consultation import ConsultationRound
from ._model._council import Council
from ._model._fields import meta
from ._model._programme import AnnualProgramme
from ._model._report import ImplementationReport
from ._model._small_grant import SmallGrantRegister
from ._text import Lang, Text
from ._workdays import add_working_days
from .errors import Path
from .law import Citation, Confidence
from .rules._engine import Context, DatedValue, Parameter, weakest
from .rules.competition import NOTICE_PERIOD
from .rules.consultation import MIN_INFORMATION_DAYS, MIN_WINDOW_DAYS
from .rules.council import OPINION_DEADLINE, TERM_LENGTH
from .rules.programme import ADOPTION_DEADLINE
from .rules.report import REPORT_DEADLINE
from .rules.small_grant import PUBLICATION_DEADLINE

__all__ = ["REMINDERS", "Deadline", "DeadlineStatus", "cycle", "deadlines", "to_ical"]


def __dir__() -> list[str]:
    return __all__


T = TypeVar("T")

BasisKind = Literal["statutory", "local"]


class DeadlineStatus(enum.Enum):
    """
    Where a deadline stands.

    ``MET``: the document records a date that keeps it. ``MISSED``: the recorded date breaks it.
    ``OPEN``: nothing is recorded yet and the deadline has not passed (relative to *today*).
    ``UNKNOWN``: the deadline has passed and no document records the date.

    .. versionadded:: 0.1
    """

    MET = "met"
    MISSED = "missed"
    OPEN = "open"
    UNKNOWN = "unknown"

    def label(self, lang: Lang = "pl") -> str:
        """The status's name in *lang*."""
        return _STATUS_LABELS[self](lang)


_STATUS_LABELS = {
    DeadlineStatus.MET: Text(pl="dotrzymany", en="met"),
    DeadlineStatus.MISSED: Text(pl="przekroczony", en="missed"),
    DeadlineStatus.OPEN: Text(pl="otwarty", en="open"),
    DeadlineStatus.UNKNOWN: Text(pl="brak danych", en="unknown"),
}


@attrs.frozen(kw_only=True)
class Deadline:
    """
    One deadline of a programme cycle.

    Args:
        key: What the deadline is, stably: ``"programme.adoption"``, ``"council.opinion"``,
            ``"consultation.information"``, ``"consultation.window"``,
            ``"competition.announcement"``, ``"small_grant.publication"``,
            ``"report.submission"``, ``"report.publication"``, ``"council.term_end"``.
        title: What must be done, in both languages.
        due: The last day to do it; for ``consultation.window``, the earliest day the window
            may close.
        start: The first day of the window the deadline closes (the council's receipt of the
            draft, the window's opening), when there is one.
        parameter: The name of the :class:`~wspolpraca.rules.Parameter` it is computed from.
        basis: The provision of the act behind the value; ``None`` for a local value.
        act: The local act that sets the value, such as ``"uchwała CXI/2904/18"``.
        kind: ``"statutory"`` or ``"local"``.
        confidence: How sure the value and its dates are (the weaker of value and provision).
        rule: The code of the rule that checks the same deadline, when there is one.
        actual: The date the document records (the adoption, the publication …).
        status: Met, missed, open or unknown.
        document: The kind of document the actual date comes from (``"annual_programme"``).
        path: Where in that document.
        subject: What the deadline is about (a competition's title, an organisation's name).
        planned: Whether the date is a planning date counted back from the adoption deadline,
            rather than one the act fixes.
        uid: A stable identifier for calendars (the iCalendar ``UID``), set by
            :func:`deadlines` from the unit's TERYT code, the cycle's year, the key and the
            document, path and subject it concerns; never from the due day or the order, so a
            profile or a later export does not change it. Empty for a deadline made by hand.

    .. versionadded:: 0.1
    """

    key: str = attrs.field(metadata=meta("Klucz", "Key"))
    title: Text = attrs.field(metadata=meta("Czynność", "What"))
    due: dt.date = attrs.field(metadata=meta("Termin", "Due"))
    start: dt.date | None = attrs.field(default=None, metadata=meta("Początek", "Start"))
    parameter: str = attrs.field(metadata=meta("Parametr", "Parameter"))
    basis: Citation | None = attrs.field(default=None, metadata=meta("Podstawa", "Basis"))
    act: str | None = attrs.field(default=None, metadata=meta("Akt lokalny", "Local act"))
    kind: BasisKind = attrs.field(default="statutory", metadata=meta("Rodzaj", "Kind"))
    confidence: Confidence = attrs.field(
        default=Confidence.CONFIRMED, metadata=meta("Pewność", "Confidence")
    )
    rule: str | None = attrs.field(default=None, metadata=meta("Reguła", "Rule"))
    actual: dt.date | None = attrs.field(default=None, metadata=meta("Data faktyczna", "Actual"))
    status: DeadlineStatus = attrs.field(
        default=DeadlineStatus.OPEN, metadata=meta("Stan", "Status")
    )
    document: str | None = attrs.field(default=None, metadata=meta("Dokument", "Document"))
    path: Path = attrs.field(default=(), metadata=meta("Ścieżka", "Path"))
    subject: str = attrs.field(default="", metadata=meta("Przedmiot", "Subject"))
    planned: bool = attrs.field(default=False, metadata=meta("Termin planistyczny", "Planned"))
    uid: str = attrs.field(default="", metadata=meta("Identyfikator", "UID"))

    def legal_basis(self, lang: Lang = "pl") -> str:
        """The basis as a short citation: the local act, or the provision of the act."""
        if self.act is not None:
            return self.act
        return self.basis.short(lang) if self.basis is not None else ""

    def as_dict(self, lang: Lang = "pl") -> dict[str, object]:
        """A JSON-ready description."""
        return {
            "key": self.key,
            "title": self.title(lang),
            "subject": self.subject,
            "start": self.start.isoformat() if self.start else None,
            "due": self.due.isoformat(),
            "actual": self.actual.isoformat() if self.actual else None,
            "status": self.status.value,
            "kind": self.kind,
            "basis": self.legal_basis(lang),
            "parameter": self.parameter,
            "confidence": self.confidence.value,
            "rule": self.rule,
            "document": self.document,
            "path": _jsonpath(self.path) if self.document else None,
            "planned": self.planned,
            "uid": self.uid,
        }


def _jsonpath(path: Path) -> str:
    from .errors import format_path  # noqa: PLC0415 - tiny helper, keeps imports flat

    return format_path(path)


_T = {
    "consultation.information": Text(
        pl="Ogłoszenie konsultacji projektu programu (kampania informacyjna)",
        en="Announce the consultation of the draft programme (information campaign)",
    ),
    "consultation.window": Text(
        pl="Konsultacje projektu programu trwają co najmniej wymagany czas",
        en="The consultation of the draft programme lasts at least the required time",
    ),
    "council.opinion": Text(
        pl="Opinia rady działalności pożytku publicznego o projekcie programu",
        en="The public-benefit council's opinion on the draft programme",
    ),
    "programme.adoption": Text(
        pl="Uchwalenie rocznego programu współpracy",
        en="Adopt the annual cooperation programme",
    ),
    "competition.announcement": Text(
        pl="Ogłoszenie otwartego konkursu ofert (co najmniej przed terminem ofert)",
        en="Announce the open competition (at least ahead of the offer deadline)",
    ),
    "small_grant.publication": Text(
        pl="Zamieszczenie oferty w trybie art. 19a w BIP",
        en="Publish the small-grant offer in the BIP",
    ),
    "report.submission": Text(
        pl="Przedłożenie sprawozdania z realizacji programu organowi stanowiącemu",
        en="Submit the programme's implementation report to the council",
    ),
    "report.publication": Text(
        pl="Opublikowanie sprawozdania z realizacji programu w BIP",
        en="Publish the programme's implementation report in the BIP",
    ),
    "council.term_end": Text(
        pl="Koniec kadencji rady działalności pożytku publicznego (powołanie następnej)",
        en="The public-benefit council's term ends (appoint the next one)",
    ),
}


def cycle(year: int, *, profile: Any = None) -> Period:
    """
    The span of the cycle of the programme for *year*: 1 January of the preceding year
    to the report deadline of the following year (as the *profile* sets it); for a year
    before the act, when no report was due, to the end of the following year.
    """
    return Period(start=dt.date(year - 1, 1, 1), end=_cycle_end(year, _context(year, profile)))


def _context(year: int, profile: Any) -> Context:
    overrides = profile.overrides() if profile is not None else {}
    return Context(dt.date(year - 1, 11, 30), overrides)


def _report_due(year: int, context: Context) -> tuple[dt.date, DatedValue[tuple[int, int]]] | None:
    """The day the report on *year* is due, and its value; ``None`` before the act required one."""
    dated = context.value(REPORT_DEADLINE, dt.date(year + 1, 1, 1))
    if dated is None:  # a programme from before the act (Kraków's from 1997): no report was due
        return None
    month, day = dated.value
    return dt.date(year + 1, month, day), dated


def _cycle_end(year: int, context: Context) -> dt.date:
    """The last day of the cycle: the report deadline, or the end of the following year."""
    due = _report_due(year, context)
    return dt.date(year + 1, 12, 31) if due is None else due[0]


@attrs.frozen
class _Value:
    """A parameter's value as read for the calendar, with what the deadline cites."""

    dated: DatedValue[Any]
    parameter: Parameter[Any]

    def fields(self) -> dict[str, Any]:
        basis = self.dated.basis
        confidences = [self.dated.confidence] + ([basis.confidence] if basis else [])
        return {
            "parameter": self.parameter.name,
            "basis": basis,
            "act": self.dated.act,
            "kind": "local" if self.dated.act is not None else "statutory",
            "confidence": weakest(confidences),
        }


def _read(context: Context, parameter: Parameter[T], day: dt.date) -> _Value | None:
    dated = context.value(parameter, day)
    if dated is None or dated.value is None:
        return None
    return _Value(dated, parameter)


def _status(
    due: dt.date, actual: dt.date | None, today: dt.date, *, kept: bool | None = None
) -> DeadlineStatus:
    """*kept* overrides the plain ``actual <= due`` comparison (windows compare lengths)."""
    if actual is not None:
        ok = actual <= due if kept is None else kept
        return DeadlineStatus.MET if ok else DeadlineStatus.MISSED
    return DeadlineStatus.OPEN if today <= due else DeadlineStatus.UNKNOWN


def deadlines(
    year: int,
    *,
    profile: Any = None,
    documents: Iterable[object] = (),
    today: dt.date | None = None,
) -> tuple[Deadline, ...]:
    """
    The deadlines of the cycle of the programme for *year*, in date order.

    Args:
        year: The programme's year.
        profile: A :class:`~wspolpraca.profiles.Profile` whose local values apply
            (a consultation resolution's minimums, an earlier report date); ``None``: the statute.
        documents: Loaded documents of the cycle: the annual programme for *year*, its
            consultation round, the council, the open competitions and small-grant register of
            *year*, the report on *year*. Documents of other years or kinds are ignored.
        today: The day against which undone steps are open or overdue (default: today).

    Returns:
        The deadlines, ordered by due date.

    .. versionadded:: 0.1
    """
    day = dt.date.today() if today is None else today  # noqa: DTZ011 - a calendar date
    context = _context(year, profile)
    docs = tuple(documents)
    found: list[Deadline] = []
    adoption = _adoption(year, context, docs, day)
    found.extend(adoption)
    adoption_due = adoption[0].due if adoption else dt.date(year - 1, 11, 30)
    opinion = list(_council_opinion(year, context, docs, day, adoption_due))
    found.extend(opinion)
    referral = min((d.start for d in opinion if d.start is not None), default=adoption_due)
    found.extend(_consultation(year, context, docs, day, referral))
    found.extend(_competitions(year, context, docs, day))
    found.extend(_small_grants(year, context, docs, day))
    found.extend(_report(year, context, docs, day))
    found.extend(_council_terms(year, context, docs, day))
    found.sort(key=lambda d: (d.due, _ORDER.get(d.key, 99), d.subject))
    return _with_uids(found, year, _unit_code(docs, profile))


def _unit_code(docs: tuple[object, ...], profile: Any) -> str:
    """The TERYT code of the unit whose cycle it is: from the documents, else the profile."""
    for doc in docs:
        unit = getattr(doc, "unit", None)
        if unit is not None:
            return str(unit.teryt)
    unit = getattr(profile, "unit", None)
    return "" if unit is None else str(unit.teryt)


def _with_uids(found: list[Deadline], year: int, teryt: str) -> tuple[Deadline, ...]:
    """
    Give each deadline its UID: unit, year, key and a digest of what it concerns.

    Deadlines that concern the same thing (two grants to one organisation on one path are
    impossible, but two competitions with one title are not) are numbered in date order.
    """
    seen: dict[tuple[object, ...], int] = {}
    out = []
    for deadline in found:
        about = (deadline.key, deadline.document, deadline.path, deadline.subject)
        seen[about] = seen.get(about, -1) + 1
        out.append(attrs.evolve(deadline, uid=_uid(deadline, year, teryt, seen[about])))
    return tuple(out)


def _uid(deadline: Deadline, year: int, teryt: str, occurrence: int) -> str:
    concerns = json.dumps(
        [deadline.document, [str(step) for step in deadline.path], deadline.subject, occurrence],
        ensure_ascii=False,
    )
    digest = hashlib.sha256(concerns.encode("utf-8")).hexdigest()[:12]
    return f"{teryt or 'unit'}-{year}-{deadline.key}-{digest}@wspolpraca"


_ORDER = {key: index for index, key in enumerate(_T)}


def _of(docs: tuple[object, ...], kind: type[T]) -> Iterator[T]:
    return (doc for doc in docs if isinstance(doc, kind))


def _adoption(
    year: int, context: Context, docs: tuple[object, ...], today: dt.date
) -> list[Deadline]:
    programme = next((p for p in _of(docs, AnnualProgramme) if p.year == year), None)
    actual = None
    if programme is not None and programme.resolution is not None:
        actual = programme.resolution.adopted_on
    # The rule reads the parameter on the adoption day; a draft on the deadline's own day.
    value = _read(context, ADOPTION_DEADLINE, actual or dt.date(year - 1, 11, 30))
    if value is None:
        return []
    month, day = value.dated.value
    due = dt.date(year - 1, month, day)
    return [
        Deadline(
            key="programme.adoption",
            title=_T["programme.adoption"],
            due=due,
            rule="WSP-PRG-001",
            actual=actual,
            status=_status(due, actual, today),
            document="annual_programme" if programme is not None else None,
            path=("resolution", "adopted_on"),
            **value.fields(),
        )
    ]


def _is_programme_draft(title: str) -> bool:
    return "program" in title.casefold()


def _council_opinion(
    year: int, context: Context, docs: tuple[object, ...], today: dt.date, adoption: dt.date
) -> Iterator[Deadline]:
    recorded = False
    for council in _of(docs, Council):
        if not (council.statutory and council.is_local):
            continue  # the rule WSP-CNC-010 reads only statutory local councils
        for index, opinion in enumerate(council.opinions):
            received = opinion.received_on
            if received is None or received.year != year - 1:
                continue
            if opinion.task != "resolution_opinion" or not _is_programme_draft(opinion.draft):
                continue
            value = _read(context, OPINION_DEADLINE, received)
            if value is None:
                continue
            recorded = True
            due = received + dt.timedelta(days=value.dated.value)
            yield Deadline(
                key="council.opinion",
                title=_T["council.opinion"],
                due=due,
                start=received,
                rule="WSP-CNC-010",
                actual=opinion.given_on,
                status=_status(due, opinion.given_on, today),
                document="council",
                path=("opinions", index, "given_on"),
                subject=council.name,
                **value.fields(),
            )
    if recorded:
        return
    value = _read(context, OPINION_DEADLINE, adoption)
    if value is not None:
        start = adoption - dt.timedelta(days=value.dated.value)
        yield Deadline(
            key="council.opinion",
            title=_T["council.opinion"],
            due=adoption,
            start=start,
            status=_status(adoption, None, today),
            planned=True,
            **value.fields(),
        )


def _consultation(
    year: int, context: Context, docs: tuple[object, ...], today: dt.date, referral: dt.date
) -> Iterator[Deadline]:
    rounds = [
        r
        for r in _of(docs, ConsultationRound)
        if r.window.start.year == year - 1 and _is_programme_draft(r.draft.title)
    ]
    if not rounds:
        yield from _planned_consultation(context, today, referral)
        return
    for round_ in rounds:
        start = round_.window.start
        info = _read(context, MIN_INFORMATION_DAYS, start)
        if info is not None:
            due = start - dt.timedelta(days=info.dated.value)
            actual = round_.announcement.published_on if round_.announcement else None
            yield Deadline(
                key="consultation.information",
                title=_T["consultation.information"],
                due=due,
                rule="WSP-CNS-002",
                actual=actual,
                status=_status(due, actual, today),
                document="consultation_round",
                path=("announcement", "published_on"),
                subject=round_.draft.title,
                **info.fields(),
            )
        window = _read(context, MIN_WINDOW_DAYS, start)
        if window is not None:
            # art. 111 § 2 KC: the opening day is not counted (2 October + 21 days = 23 October).
            earliest_end = start + dt.timedelta(days=window.dated.value)
            yield Deadline(
                key="consultation.window",
                title=_T["consultation.window"],
                due=earliest_end,
                start=start,
                rule="WSP-CNS-001",
                actual=round_.window.end,
                status=_status(
                    earliest_end,
                    round_.window.end,
                    today,
                    kept=(round_.window.end - start).days >= window.dated.value,
                ),
                document="consultation_round",
                path=("window", "end"),
                subject=round_.draft.title,
                **window.fields(),
            )


def _planned_consultation(
    context: Context, today: dt.date, referral: dt.date
) -> Iterator[Deadline]:
    """Latest dates: the window closes when the draft goes to the council."""
    window = _read(context, MIN_WINDOW_DAYS, referral)
    if window is None:
        return
    start = referral - dt.timedelta(days=window.dated.value)  # art. 111 § 2 KC
    info = _read(context, MIN_INFORMATION_DAYS, start)
    if info is not None:
        due = start - dt.timedelta(days=info.dated.value)
        yield Deadline(
            key="consultation.information",
            title=_T["consultation.information"],
            due=due,
            status=_status(due, None, today),
            planned=True,
            **info.fields(),
        )
    yield Deadline(
        key="consultation.window",
        title=_T["consultation.window"],
        due=referral,
        start=start,
        status=_status(referral, None, today),
        planned=True,
        **window.fields(),
    )


def _competitions(
    year: int, context: Context, docs: tuple[object, ...], today: dt.date
) -> Iterator[Deadline]:
    for competition in _of(docs, OpenCompetition):
        announcement = competition.announcement
        if announcement is None or announcement.offer_deadline.year != year:
            continue
        last = announcement.last_publication or announcement.announced_on
        value = _read(context, NOTICE_PERIOD, last)
        if value is None:
            continue
        due = announcement.offer_deadline - dt.timedelta(days=value.dated.value)
        path: Path = (
            ("announcement", "publications")
            if announcement.last_publication
            else ("announcement", "announced_on")
        )
        yield Deadline(
            key="competition.announcement",
            title=_T["competition.announcement"],
            due=due,
            start=None,
            rule="WSP-CMP-001",
            actual=last,
            status=_status(due, last, today),
            document="open_competition",
            path=path,
            subject=competition.title,
            **value.fields(),
        )


def _small_grants(
    year: int, context: Context, docs: tuple[object, ...], today: dt.date
) -> Iterator[Deadline]:
    for register in _of(docs, SmallGrantRegister):
        if register.year != year:
            continue
        for index, grant in enumerate(register.grants):
            value = _read(context, PUBLICATION_DEADLINE, grant.offer_submitted_on)
            if value is None:
                continue
            due = add_working_days(grant.offer_submitted_on, value.dated.value)
            yield Deadline(
                key="small_grant.publication",
                title=_T["small_grant.publication"],
                due=due,
                start=grant.offer_submitted_on,
                rule="WSP-SGR-007",
                actual=grant.published_on,
                status=_status(due, grant.published_on, today),
                document="small_grant_register",
                path=("grants", index, "published_on"),
                subject=f"{grant.organisation.name}: {grant.task_title}",
                **value.fields(),
            )


def _report(
    year: int, context: Context, docs: tuple[object, ...], today: dt.date
) -> Iterator[Deadline]:
    report = next((r for r in _of(docs, ImplementationReport) if r.year == year), None)
    found = _report_due(year, context)
    if found is None:
        return
    due, dated = found
    value = _Value(dated, REPORT_DEADLINE)
    for key, field, rule in (
        ("report.submission", "submitted_on", "WSP-RPT-001"),
        ("report.publication", "published_on", "WSP-RPT-002"),
    ):
        actual: dt.date | None = getattr(report, field) if report is not None else None
        yield Deadline(
            key=key,
            title=_T[key],
            due=due,
            rule=rule,
            actual=actual,
            status=_status(due, actual, today),
            document="implementation_report" if report is not None else None,
            path=(field,),
            **value.fields(),
        )


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _council_terms(
    year: int, context: Context, docs: tuple[object, ...], today: dt.date
) -> Iterator[Deadline]:
    first, last = dt.date(year - 1, 1, 1), _cycle_end(year, context)
    for council in _of(docs, Council):
        terms = sorted(enumerate(council.terms), key=lambda pair: (pair[1].start, pair[0]))
        for position, (index, term) in enumerate(terms):
            value = _read(context, TERM_LENGTH, term.start)
            if value is None:
                continue
            end = term.end or _add_years(term.start, value.dated.value) - dt.timedelta(days=1)
            if not first <= end <= last:
                continue
            following = terms[position + 1] if position + 1 < len(terms) else None
            actual = following[1].start if following is not None else None
            path: Path = ("terms", index, "end")
            if following is not None:
                path = ("terms", following[0], "start")
            yield Deadline(
                key="council.term_end",
                title=_T["council.term_end"],
                due=end,
                start=term.start,
                actual=actual,
                status=_status(
                    end,
                    actual,
                    today,
                    kept=None if actual is None else actual <= end + dt.timedelta(days=1),
                ),
                document="council",
                path=path,
                subject=f"{council.name} ({term.number})",
                **value.fields(),
            )


REMINDERS: tuple[dt.timedelta, ...] = (dt.timedelta(days=7), dt.timedelta(days=1))
"""How long before each deadline the iCalendar file reminds (one ``VALARM`` each)."""

_WINDOW_DAYS = 62
"""Windows up to this long become multi-day events; longer spans (a council term) do not."""

_ICAL_MISSING = (
    "the iCalendar export needs the 'icalendar' package; "
    "install the extra: pip install 'wspolpraca[calendar]'"
)


def to_ical(
    found: Iterable[Deadline],
    *,
    lang: Lang = "pl",
    name: str = "wspolpraca",
    stamp: dt.datetime | None = None,
    reminders: Iterable[dt.timedelta] = REMINDERS,
) -> bytes:
    """
    The deadlines as an iCalendar file (RFC 5545) to import into Outlook or Google Calendar:
    one all-day ``VEVENT`` per deadline on its due day (spanning its window, such as the
    council's 14 days, when it has a short one), each with a ``VALARM`` per reminder.

    Needs the optional extra ``wspolpraca[calendar]`` (the ``icalendar`` package).

    Args:
        found: The deadlines, as :func:`deadlines` returns them.
        lang: The language of summaries and descriptions.
        name: The calendar's name (``X-WR-CALNAME``).
        stamp: The ``DTSTAMP`` of every event (default: now, UTC).
        reminders: How long before the due day each reminder fires.

    Raises:
        ModuleNotFoundError: ``icalendar`` is not installed; the message names the extra.

    .. versionadded:: 0.1
    """
    try:
        import icalendar  # noqa: PLC0415 - optional extra, imported lazily
    except ModuleNotFoundError as exc:
        raise ModuleNotFoundError(_ICAL_MISSING, name="icalendar") from exc
    when = stamp or dt.datetime.now(dt.UTC)
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//wspolpraca//calendar//PL")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    alarms = tuple(reminders)
    for index, deadline in enumerate(found):
        event = icalendar.Event()
        summary = deadline.title(lang)
        if deadline.subject:
            summary += f" — {deadline.subject}"
        uid = deadline.uid or _uid(deadline, deadline.due.year, "", index)
        event.add("uid", uid)
        event.add("dtstamp", when)
        first = deadline.due
        if deadline.start is not None and (deadline.due - deadline.start).days <= _WINDOW_DAYS:
            first = deadline.start  # a window (the council's 14 days): the event spans it
        event.add("dtstart", first)
        event.add("dtend", deadline.due + dt.timedelta(days=1))
        event.add("summary", summary)
        event.add("description", _describe(deadline, lang))
        event.add("categories", [deadline.key])
        event.add("transp", "TRANSPARENT")
        for before in alarms:
            alarm = icalendar.Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", summary)
            alarm.add("trigger", -before)
            event.add_component(alarm)
        calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data


_DESCRIBE = Text(
    pl="Podstawa: {basis} ({kind}, {confidence}). Stan: {status}.",
    en="Basis: {basis} ({kind}, {confidence}). Status: {status}.",
)
_KIND = {
    "statutory": Text(pl="ustawa", en="statute"),
    "local": Text(pl="akt lokalny", en="local act"),
}
_PLANNED = Text(
    pl="Termin planistyczny liczony wstecz od terminu uchwalenia programu.",
    en="A planning date counted back from the programme's adoption deadline.",
)


def _describe(deadline: Deadline, lang: Lang) -> str:
    text = _DESCRIBE.format(
        lang,
        {
            "basis": deadline.legal_basis(lang),
            "kind": _KIND[deadline.kind],
            "confidence": deadline.confidence.value,
            "status": deadline.status.label(lang),
        },
    )
    if deadline.rule:
        text += f" {deadline.rule}."
    if deadline.planned:
        text += " " + _PLANNED(lang)
    return text
