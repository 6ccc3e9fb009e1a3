"""
Rules over a municipality's dossier (``WSP-DOS-*``): duties that connect documents.

Sources (law.md §2, §3.1, §4.1, §5, §13):

- art. 5a ust. 1: the annual programme is adopted *po konsultacjach* with organisations,
  carried out in the manner of art. 5 ust. 5 (confirmed); art. 5a ust. 2: a multi-year
  programme is adopted "w sposób określony w ust. 1" (confirmed); art. 5 ust. 5: the local
  resolution on consultation (secondary);
- art. 5 ust. 2 pkt 4 and art. 41i ust. 1 pkt 2: draft acts on public tasks, programmes
  among them, are consulted with the public-benefit council where one exists (confirmed);
- art. 41i ust. 2: the council gives its opinion on a draft programme within 14 days of
  receiving it; no opinion in time is a waiver (confirmed). The term is counted by art. 111
  § 2 of the Civil Code (law.md §13): the day of receipt is not counted, so a draft received
  on 2 October may be opined on until the end of 16 October;
- art. 5a ust. 4 pkt 5: the programme lists its priority public tasks (confirmed);
- art. 11 ust. 2: commissioning follows an open competition unless another act provides
  otherwise (secondary); art. 19a: the small-grant mode (secondary, as in the small-grant family).

A dossier may be incomplete (a document missing from the set is not a missing act) and its
documents are matched by heuristics (a draft's title naming the programme's year, an
organisation's KRS, NIP or name), so only a breach shown by dates the dossier records is an
error. Documents adopted before the 2010 amendment (12 March 2010), which introduced
art. 5a and the councils of art. 41e–41i, are not judged.

The "report on a year with no programme" check is ``WSP-HST-006``, which runs on every
dossier because a :class:`~wspolpraca.Dossier` is a :class:`~wspolpraca.ProgrammeHistory`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from typing import Any

from .._model._agreement import Agreement
from .._model._competition import OpenCompetition
from .._model._consultation import ConsultationRound
from .._model._council import Council, Opinion
from .._model._dossier import Dossier
from .._model._multiyear import MultiYearProgramme
from .._model._offer import TaskOffer
from .._model._programme import AnnualProgramme
from .._model._small_grant import SmallGrantRegister
from .._text import Text
from ..law import Citation, Confidence
from . import (
    competition,
    consultation,
    council,
    multiyear,
    nonfinancial,
    paperwork,
    programme,
    report,
    small_grant,
)
from ._engine import Context, Hit, Rule, Severity
from ._inforce import AMENDMENT_2010
from .chain import key
from .competition import _same_organisation
from .council import OPINION_DEADLINE

__all__ = ["PARAMETERS", "REFERENCE_DATES", "RULES", "drafts_annual", "reference_date"]

PARAMETERS = ()
"""The dossier rules read :data:`~wspolpraca.rules.council.OPINION_DEADLINE`, listed by its family."""

Programme = AnnualProgramme | MultiYearProgramme


def reference_date(dossier: Dossier) -> dt.date:
    """
    The latest relevant date of its documents (today for a dossier without dated ones).

    Each document counts with its own family's date: an agreement the day it was signed, a
    task offer the day whose form applies (else the task's start), a task report the day it
    was submitted (else the end of its period). Budget data (``budget_year``,
    ``population``) does not count: no rule reads it as law, and its year's end would move
    the law applied to the whole dossier.
    """
    finders: dict[type[Any], Callable[[Any], dt.date]] = {
        **programme.REFERENCE_DATES,
        **multiyear.REFERENCE_DATES,
        **report.REFERENCE_DATES,
        **council.REFERENCE_DATES,
        **nonfinancial.REFERENCE_DATES,
        **competition.REFERENCE_DATES,
        **small_grant.REFERENCE_DATES,
        **consultation.REFERENCE_DATES,
        **paperwork.REFERENCE_DATES,
    }
    days = [finders[type(doc)](doc) for doc in dossier.documents if type(doc) in finders]
    return max(days, default=dt.date.today())  # noqa: DTZ011 - a calendar date, no zone


REFERENCE_DATES = {Dossier: reference_date}
"""How to find the relevant date of each document class this family checks."""

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _years(text: str) -> set[int]:
    return {int(found) for found in _YEAR.findall(text)}


def _is_multi_year(title: str, act_kind: str | None) -> bool:
    return act_kind == "multi_year_programme" or "wieloletni" in title.casefold()


def _drafts(programme_: Programme, title: str, act_kind: str | None = None) -> bool:
    """
    Whether a draft titled *title* (of the kind *act_kind*, when known) is the draft of
    *programme_*: a programme of the same kind whose title names the programme's year (an
    annual one) or first year (a multi-year one).
    """
    if isinstance(programme_, MultiYearProgramme):
        named = "program" in title.casefold() or act_kind == "multi_year_programme"
        return (
            named
            and _is_multi_year(title, act_kind)
            and programme_.period.start.year in _years(title)
        )
    return drafts_annual(title, act_kind, programme_.year)


def drafts_annual(title: str, act_kind: str | None, year: int) -> bool:
    """
    Whether a draft titled *title* (of the kind *act_kind*, when known) is the draft of the
    annual programme for *year*: a programme, not a multi-year one, whose title names *year*.
    """
    text = title.casefold()
    if "program" not in text and act_kind != "annual_programme":
        return False
    return not _is_multi_year(title, act_kind) and year in _years(title)


def _label(programme_: Programme) -> str:
    if isinstance(programme_, MultiYearProgramme):
        return f"{programme_.period.start.year}–{programme_.period.end.year}"
    return str(programme_.year)


def _adopted(dossier: Dossier) -> Iterator[tuple[int, Programme, dt.date]]:
    """The adopted programmes the act's art. 5a applied to, with their positions."""
    for index, doc in enumerate(dossier.documents):
        if isinstance(doc, AnnualProgramme | MultiYearProgramme) and doc.resolution is not None:
            adopted_on = doc.resolution.adopted_on
            if adopted_on >= AMENDMENT_2010:
                yield index, doc, adopted_on


def _rounds_before(
    dossier: Dossier, programme_: Programme, adopted_on: dt.date
) -> list[tuple[int, ConsultationRound]]:
    """The consultation rounds of the programme's draft that opened by its adoption."""
    return [
        (index, doc)
        for index, doc in enumerate(dossier.documents)
        if isinstance(doc, ConsultationRound)
        and doc.window.start <= adopted_on
        and _drafts(programme_, doc.draft.title, doc.draft.act_kind)
    ]


def _not_consulted(dossier: Dossier, context: Context) -> Iterator[Hit]:
    for index, programme_, adopted_on in _adopted(dossier):
        if not _rounds_before(dossier, programme_, adopted_on):
            yield Hit(
                path=("documents", index, "resolution"),
                params={"programme": _label(programme_), "adopted_on": adopted_on},
            )


def _adopted_during_consultation(dossier: Dossier, context: Context) -> Iterator[Hit]:
    for index, programme_, adopted_on in _adopted(dossier):
        for round_index, round_ in _rounds_before(dossier, programme_, adopted_on):
            if round_.report is not None and round_.report.act is not None:
                continue  # the round records the act itself: WSP-CNS-005 judges it
            if adopted_on <= round_.window.end:
                yield Hit(
                    path=("documents", index, "resolution", "adopted_on"),
                    params={
                        "programme": _label(programme_),
                        "adopted_on": adopted_on,
                        "end": round_.window.end,
                        "round": dossier.name_of(round_index),
                    },
                )


def _councils(dossier: Dossier, day: dt.date) -> Iterator[tuple[int, Council]]:
    """The statutory councils of a municipality or county that existed on *day*."""
    for index, doc in enumerate(dossier.documents):
        if not (isinstance(doc, Council) and doc.statutory and doc.is_local):
            continue
        if doc.terms:
            exists = any(
                term.start <= day and (term.end is None or day <= term.end) for term in doc.terms
            )
        else:
            exists = doc.created_on is not None and doc.created_on <= day
        if exists:
            yield index, doc


def _opinions_on(
    council_: Council, programme_: Programme, adopted_on: dt.date
) -> Iterator[Opinion]:
    """The council's opinions on the programme's draft, received (if known) by its adoption."""
    for opinion in council_.opinions:
        if opinion.task not in {None, "resolution_opinion"}:
            continue
        if opinion.received_on is not None and opinion.received_on > adopted_on:
            continue
        if _drafts(programme_, opinion.draft):
            yield opinion


def _not_sent_to_council(dossier: Dossier, context: Context) -> Iterator[Hit]:
    for _, programme_, adopted_on in _adopted(dossier):
        for index, council_ in _councils(dossier, adopted_on):
            if next(_opinions_on(council_, programme_, adopted_on), None) is None:
                yield Hit(
                    path=("documents", index, "opinions"),
                    params={
                        "programme": _label(programme_),
                        "adopted_on": adopted_on,
                        "council": council_.name,
                    },
                )


def _adopted_before_opinion_term(dossier: Dossier, context: Context) -> Iterator[Hit]:
    for index, programme_, adopted_on in _adopted(dossier):
        for _, council_ in _councils(dossier, adopted_on):
            for opinion in _opinions_on(council_, programme_, adopted_on):
                if opinion.received_on is None:
                    continue
                if opinion.given_on is not None and opinion.given_on <= adopted_on:
                    continue  # the council spoke before the adoption
                dated = context.value(OPINION_DEADLINE, opinion.received_on)
                if dated is None:
                    continue
                # Art. 111 § 2 KC: the day of receipt is not counted.
                last_day = opinion.received_on + dt.timedelta(days=dated.value)
                if adopted_on <= last_day:
                    yield Hit(
                        path=("documents", index, "resolution", "adopted_on"),
                        params={
                            "programme": _label(programme_),
                            "adopted_on": adopted_on,
                            "council": council_.name,
                            "received_on": opinion.received_on,
                            "days": dated.value,
                            "last_day": last_day,
                        },
                        confidence=dated.confidence,
                    )


def _normalised(text: str) -> str:
    return " ".join(text.casefold().split())


def _lists_task(programme_: AnnualProgramme, competition_: OpenCompetition) -> bool:
    task = _normalised(competition_.task)
    title = _normalised(competition_.title)
    for planned in programme_.priority_tasks:
        if planned.sphere is not None and planned.sphere == competition_.sphere:
            return True
        name = _normalised(planned.title)
        if name in task or name in title or task in name:
            return True
    return False


def _competition_outside_programme(dossier: Dossier, context: Context) -> Iterator[Hit]:
    annual = [doc for doc in dossier.documents if isinstance(doc, AnnualProgramme)]
    for index, doc in enumerate(dossier.documents):
        if not isinstance(doc, OpenCompetition) or doc.announcement is None:
            continue
        if doc.announcement.announced_on < AMENDMENT_2010:
            continue
        # A competition announced late in a year may be for the next year's tasks.
        year = doc.announcement.offer_deadline.year
        programmes = [
            p for p in annual if p.year in {year, year + 1} and p.priority_tasks and not p.amends
        ]
        if programmes and not any(_lists_task(p, doc) for p in programmes):
            yield Hit(
                path=("documents", index, "task"),
                params={"task": doc.task, "years": " / ".join(str(p.year) for p in programmes)},
            )


def _backed_by_competition(competition: OpenCompetition, agreement: Agreement) -> bool:
    """
    Whether *competition* backs *agreement*: decided by its signing and either named by it
    (its announcing act is the agreement's competition reference) or awarding a grant to
    its organisation.
    """
    if competition.results is None or competition.results.decided_on > agreement.signed_on:
        return False
    reference = key(agreement.competition_reference)
    announcement = competition.announcement
    if (
        reference is not None
        and announcement is not None
        and key(announcement.reference) == reference
    ):
        return True
    return any(
        offer.awarded_amount is not None
        and _same_organisation(offer.organisation, agreement.organisation)
        for offer in competition.offers
    )


def _backed_by_offer(offer: TaskOffer, agreement: Agreement) -> bool:
    """
    Whether *offer* backs *agreement*: a simplified offer of the small-grant mode (art. 19a)
    that the agreement names by number, submitted by its signing.
    """
    number = key(agreement.offer_number)
    return (
        offer.small_grant
        and number is not None
        and key(offer.number) == number
        and (offer.submitted_on is None or offer.submitted_on <= agreement.signed_on)
    )


def _backed(dossier: Dossier, agreement: Agreement) -> bool:
    for doc in dossier.documents:
        if isinstance(doc, OpenCompetition) and _backed_by_competition(doc, agreement):
            return True
        if isinstance(doc, TaskOffer) and _backed_by_offer(doc, agreement):
            return True
        if isinstance(doc, SmallGrantRegister) and any(
            _same_organisation(grant.organisation, agreement.organisation)
            and (
                grant.agreement_signed_on == agreement.signed_on
                or _normalised(grant.task_title) == _normalised(agreement.task_title)
            )
            for grant in doc.grants
        ):
            return True
    return False


def _agreement_without_basis(dossier: Dossier, context: Context) -> Iterator[Hit]:
    for index, doc in enumerate(dossier.documents):
        if isinstance(doc, Agreement) and not _backed(dossier, doc):
            yield Hit(
                path=("documents", index, "organisation"),
                params={
                    "organisation": doc.organisation.name,
                    "task": doc.task_title,
                    "signed_on": doc.signed_on,
                },
            )


RULES: tuple[Rule, ...] = (
    Rule(
        code="WSP-DOS-001",
        title=Text(
            pl="Program uchwalony po konsultacjach",
            en="A programme is adopted after a consultation",
        ),
        message=Text(
            pl="w dossier nie ma konsultacji projektu programu na {programme} rozpoczętych "
            "przed jego uchwaleniem {adopted_on}",
            en="the dossier holds no consultation round of the draft programme for "
            "{programme} opened before its adoption on {adopted_on}",
        ),
        severity=Severity.WARNING,
        basis=(
            Citation("5a", "1"),
            Citation("5", "5", confidence=Confidence.SECONDARY),
        ),
        applies_to=Dossier,
        check=_not_consulted,
        valid_from=AMENDMENT_2010,
        description=Text(
            pl="Program roczny (i wieloletni, art. 5a ust. 2) uchwala się po konsultacjach "
            "przeprowadzonych w sposób określony uchwałą z art. 5 ust. 5. Konsultacje wiąże się "
            "z programem po tytule projektu (słowo „program” i rok). Brak konsultacji w dossier "
            "może oznaczać niekompletne dossier, dlatego to ostrzeżenie.",
            en="An annual programme (and a multi-year one, art. 5a(2)) is adopted after a "
            "consultation carried out as the resolution of art. 5(5) sets. A round is matched "
            "to a programme by the draft's title (the word 'program' and the year). A round "
            "missing from the dossier may mean an incomplete dossier, so this is a warning.",
        ),
    ),
    Rule(
        code="WSP-DOS-002",
        title=Text(
            pl="Program uchwalony dopiero po zakończeniu konsultacji",
            en="A programme is adopted only after its consultation closes",
        ),
        message=Text(
            pl="program na {programme} uchwalono {adopted_on}, zanim zakończyły się jego "
            "konsultacje ({end}, {round})",
            en="the programme for {programme} was adopted on {adopted_on}, before its "
            "consultation closed ({end}, {round})",
        ),
        severity=Severity.ERROR,
        basis=(Citation("5a", "1"),),
        applies_to=Dossier,
        check=_adopted_during_consultation,
        valid_from=AMENDMENT_2010,
        description=Text(
            pl="Organ stanowiący uchwala program „po konsultacjach” (art. 5a ust. 1). Program "
            "uchwalony w ostatnim dniu konsultacji jego projektu lub wcześniej został "
            "uchwalony przed ich zakończeniem. Gdy dokument konsultacji sam wskazuje "
            "przyjęty akt, ocenia go reguła WSP-CNS-005.",
            en="The council adopts the programme 'after consultations' (art. 5a(1)). A "
            "programme adopted on the last day of its draft's consultation or earlier was "
            "adopted before the consultation ended. When the round itself records the "
            "adopted act, rule WSP-CNS-005 judges it.",
        ),
    ),
    Rule(
        code="WSP-DOS-003",
        title=Text(
            pl="Projekt programu przesłany istniejącej radzie pożytku",
            en="The draft programme is sent to an existing public-benefit council",
        ),
        message=Text(
            pl="rada {council} istniała w dniu uchwalenia programu na {programme} "
            "({adopted_on}), ale jej dokument nie wskazuje opinii o projekcie",
            en="the council {council} existed when the programme for {programme} was adopted "
            "({adopted_on}), but its record shows no opinion on the draft",
        ),
        severity=Severity.WARNING,
        basis=(Citation("41i", "1", "2"), Citation("5", "2", "4")),
        applies_to=Dossier,
        check=_not_sent_to_council,
        valid_from=AMENDMENT_2010,
        description=Text(
            pl="Rada działalności pożytku publicznego opiniuje projekty programów współpracy "
            "(art. 41i ust. 1 pkt 2), a projekty aktów o sferze zadań publicznych konsultuje "
            "się z radą, jeżeli ją utworzono (art. 5 ust. 2 pkt 4). Rada istnieje, gdy jej "
            "kadencja obejmuje dzień uchwalenia (bez kadencji: od utworzenia). Opinię wiąże "
            "się z programem po tytule projektu, a rejestr opinii rady może być niepełny, "
            "dlatego to ostrzeżenie.",
            en="The public-benefit council gives opinions on draft cooperation programmes "
            "(art. 41i(1)(2)), and drafts on public tasks are consulted with the council where "
            "one was created (art. 5(2)(4)). A council exists when one of its terms covers the "
            "adoption day (without terms: from its creation). An opinion is matched by the "
            "draft's title and a council's record of opinions may be incomplete, so this is a "
            "warning.",
        ),
    ),
    Rule(
        code="WSP-DOS-004",
        title=Text(
            pl="Program uchwalony po upływie terminu na opinię rady",
            en="A programme is adopted after the council's opinion term",
        ),
        message=Text(
            pl="program na {programme} uchwalono {adopted_on}, zanim upłynął termin rady "
            "{council} na opinię ({days} dni od otrzymania projektu {received_on}, do "
            "{last_day}), a rada opinii nie wydała",
            en="the programme for {programme} was adopted on {adopted_on}, before the term of "
            "the council {council} for its opinion ran out ({days} days from receiving the "
            "draft on {received_on}, until {last_day}), and the council had given none",
        ),
        severity=Severity.ERROR,
        basis=(Citation("41i", "2"),),
        applies_to=Dossier,
        check=_adopted_before_opinion_term,
        valid_from=AMENDMENT_2010,
        parameters=(OPINION_DEADLINE,),
        description=Text(
            pl="Rada wyraża opinię o projekcie programu w terminie 14 dni od jego otrzymania "
            "(art. 41i ust. 2); termin liczy się według art. 111 § 2 KC, bez dnia otrzymania. "
            "Program uchwalony przed upływem tego terminu, zanim rada wydała opinię, odbiera "
            "radzie prawo do jej wyrażenia. Opinia wydana przed uchwaleniem zamyka termin.",
            en="The council gives its opinion on a draft programme within 14 days of receiving "
            "it (art. 41i(2)); the term is counted by art. 111 § 2 of the Civil Code, without "
            "the day of receipt. A programme adopted before the term runs out and before the "
            "council has given its opinion takes that right away. An opinion given before the "
            "adoption closes the term.",
        ),
    ),
    Rule(
        code="WSP-DOS-005",
        title=Text(
            pl="Konkurs na zadanie z programu",
            en="A competition for a task of the programme",
        ),
        message=Text(
            pl="zadania konkursu „{task}” nie ma wśród zadań priorytetowych programu na "
            "{years} (ani sfery, ani tytułu)",
            en="the competition's task “{task}” is not among the priority tasks of the "
            "programme for {years} (neither sphere nor title)",
        ),
        severity=Severity.WARNING,
        basis=(Citation("5a", "4", "5"),),
        applies_to=Dossier,
        check=_competition_outside_programme,
        valid_from=AMENDMENT_2010,
        description=Text(
            pl="Konkursy realizują zadania priorytetowe programu rocznego (art. 5a ust. 4 "
            "pkt 5) na rok terminu składania ofert albo na rok następny. Zadanie uznaje się za "
            "wymienione, gdy zgadza się sfera pożytku publicznego albo tytuł zawiera tytuł "
            "zadania programu. Ustawa nie zakazuje konkursu na inne zadanie, dlatego to "
            "ostrzeżenie.",
            en="Competitions carry out the priority tasks of the annual programme (art. "
            "5a(4)(5)) for the year of the offer deadline or the next one. A task counts as "
            "listed when the sphere of public tasks matches or a title contains the "
            "programme task's title. The act does not forbid a competition for another task, "
            "so this is a warning.",
        ),
    ),
    Rule(
        code="WSP-DOS-006",
        title=Text(
            pl="Umowa poprzedzona konkursem albo małym grantem",
            en="An agreement follows a competition or a small grant",
        ),
        message=Text(
            pl="umowy z {organisation} na „{task}” z {signed_on} nie poprzedza w dossier "
            "rozstrzygnięcie konkursu ani mały grant tej organizacji",
            en="the agreement with {organisation} for “{task}” of {signed_on} is preceded "
            "by no competition result or small grant of that organisation in the dossier",
        ),
        severity=Severity.WARNING,
        basis=(
            Citation("11", "2", confidence=Confidence.SECONDARY),
            Citation("19a", confidence=Confidence.SECONDARY),
        ),
        applies_to=Dossier,
        check=_agreement_without_basis,
        valid_from=AMENDMENT_2010,
        description=Text(
            pl="Zlecenie zadania następuje po otwartym konkursie ofert (art. 11 ust. 2) albo w "
            "trybie art. 19a. Umowa jest poparta, gdy organizacja (KRS, NIP albo nazwa) "
            "otrzymała dotację w rozstrzygniętym wcześniej konkursie dossier, gdy umowa "
            "wskazuje oznaczenie takiego konkursu, gdy wskazuje numer uproszczonej oferty "
            "(art. 19a) z dossier złożonej przed jej zawarciem, albo gdy organizacja ma mały "
            "grant z tą samą datą umowy lub tytułem zadania. Inne tryby (regranting, odrębne "
            "ustawy) i niepełne dossier są możliwe, dlatego to ostrzeżenie.",
            en="A task is commissioned after an open competition (art. 11(2)) or in the mode "
            "of art. 19a. An agreement is backed when the organisation (KRS, NIP or name) was "
            "awarded a grant in a competition of the dossier decided by then, when the "
            "agreement names such a competition by its reference, when it names by number a "
            "simplified offer (art. 19a) of the dossier submitted before it was signed, or "
            "when the organisation has a small grant with the same agreement date or task "
            "title. Other modes (regranting, separate acts) and an incomplete dossier are "
            "possible, so this is a warning.",
        ),
    ),
)
